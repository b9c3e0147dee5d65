"""How many threads the detectors' small CPU models may use while they run.

MiniLM and the NER network multiply matrices of a few hundred rows per call. Spreading
those over every core gains little on an idle machine, costs twice the CPU, and on a busy
one each product waits for threads that are not running: the injection classifier's p99
went from 0.55 s to 1.9 s with two torch threads instead of one while the other core was
busy. So a detector limits torch to a few threads (default 1) for the duration of its own
call and sets the caller's value back after; `AGENTGUARD_TORCH_THREADS=N` changes the
number, `keep` leaves torch's setting alone.
"""
from __future__ import annotations

import contextlib
import os
from typing import Any, Iterator

ENV = "AGENTGUARD_TORCH_THREADS"


def wanted_threads(default: int = 1) -> int | None:
    """Threads for a detector's torch call; None: leave torch as it is."""
    value = os.environ.get(ENV, "").strip()
    if value == "keep":
        return None
    if value.isdigit() and int(value) > 0:
        return int(value)
    return default


@contextlib.contextmanager
def torch_threads(torch: Any, threads: int | None) -> Iterator[None]:
    """torch's intra-op threads set to `threads` inside the block, the caller's after it.
    torch has one process-wide setting, so another thread's torch work in those
    milliseconds runs with this number too."""
    previous = torch.get_num_threads()
    if threads is None or threads == previous:
        yield
        return
    torch.set_num_threads(threads)
    try:
        yield
    finally:
        torch.set_num_threads(previous)
