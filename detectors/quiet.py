"""Model loading without transformers' progress bars.

transformers 5 draws a "Loading weights" bar on every `from_pretrained`, also for a model read
from a local folder in milliseconds: noise in a CLI's output and in an agent's logs.
"""
from __future__ import annotations

import contextlib
from typing import Iterator


@contextlib.contextmanager
def no_progress_bars() -> Iterator[None]:
    """Progress bars off while loading; the caller's own setting is restored after."""
    try:
        from transformers.utils import logging as tlog
    except ImportError:  # pragma: no cover - transformers is in the extras that load models
        yield
        return
    was = tlog.is_progress_bar_enabled()
    tlog.disable_progress_bar()
    try:
        yield
    finally:
        if was:
            tlog.enable_progress_bar()
