"""Loading a model draws no progress bar, and the caller's setting survives the load."""
import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import pytest

from detectors.quiet import no_progress_bars


def test_progress_bars_are_off_during_a_load_and_restored_after():
    tlog = pytest.importorskip("transformers.utils.logging")
    tlog.enable_progress_bar()
    with no_progress_bars():
        assert not tlog.is_progress_bar_enabled()
    assert tlog.is_progress_bar_enabled()
    tlog.disable_progress_bar()
    with no_progress_bars():
        pass
    assert not tlog.is_progress_bar_enabled()  # a caller who turned them off keeps them off
    tlog.enable_progress_bar()


def test_loading_minilm_prints_no_loading_bar(capfd):
    pytest.importorskip("sentence_transformers")
    from detectors.verification.raters.embedding import Embedder

    Embedder().encode(["hello"])
    out, err = capfd.readouterr()
    assert "Loading weights" not in out + err
