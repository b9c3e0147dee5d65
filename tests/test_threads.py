"""detectors/threads.py: a detector's torch threads while it runs, the caller's after."""
from __future__ import annotations

import pytest

from detectors.threads import torch_threads, wanted_threads


class FakeTorch:
    def __init__(self, n: int):
        self.n, self.calls = n, []

    def get_num_threads(self) -> int:
        return self.n

    def set_num_threads(self, n: int) -> None:
        self.calls.append(n)
        self.n = n


@pytest.mark.parametrize("env, expected", [(None, 1), ("4", 4), ("keep", None), ("0", 1), ("lots", 1), (" 2 ", 2)])
def test_the_thread_count_comes_from_the_environment(monkeypatch, env, expected):
    if env is None:
        monkeypatch.delenv("AGENTGUARD_TORCH_THREADS", raising=False)
    else:
        monkeypatch.setenv("AGENTGUARD_TORCH_THREADS", env)
    assert wanted_threads() == expected


def test_the_callers_setting_is_back_even_after_an_error():
    torch = FakeTorch(8)
    with pytest.raises(RuntimeError):
        with torch_threads(torch, 1):
            assert torch.n == 1
            raise RuntimeError("inside")
    assert torch.n == 8 and torch.calls == [1, 8]


def test_nothing_is_set_when_it_is_already_so_or_left_alone():
    torch = FakeTorch(1)
    with torch_threads(torch, 1):
        pass
    with torch_threads(torch, None):
        pass
    assert torch.calls == []
