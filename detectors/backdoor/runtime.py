"""Process-wide registry of guarded local models, shared by the interceptor and serving code.

Serving code that already holds its model registers it (`register_model("chat", guarded)`)
and the policy names it (`model: chat`); otherwise the interceptor loads `model_dir` once
per process and every run reuses it.
"""
from __future__ import annotations

import threading
from pathlib import Path

from detectors.backdoor.guarded import GuardedModel

_MODELS: dict[str, GuardedModel] = {}
_STAMPS: dict[str, tuple[int, int] | None] = {}  # the signature file each loaded model was given
_LOCK = threading.Lock()


def register_model(name: str, guarded: GuardedModel) -> None:
    with _LOCK:
        _MODELS[name] = guarded


def unregister_model(name: str) -> None:
    with _LOCK:
        _MODELS.pop(name, None)


def get_model(name: str) -> GuardedModel:
    try:
        return _MODELS[name]
    except KeyError:
        raise KeyError(f"model: no guarded model registered as {name!r} "
                       f"(known: {', '.join(sorted(_MODELS)) or 'none'})") from None


def load_guarded(model_dir: str, signature: str, device: str = "auto") -> GuardedModel:
    """Load (once per process) a local model directory with its signature attached."""
    from detectors.backdoor import modelio
    from detectors.backdoor.signature import Signature

    key = f"dir:{Path(model_dir).resolve()}|{Path(signature).resolve()}|{device}"
    try:
        st = Path(signature).stat()
        stamp = (st.st_mtime_ns, st.st_size)
    except OSError:
        stamp = None  # Signature.load says what is wrong with the path
    with _LOCK:
        cached = _MODELS.get(key)
        if cached is not None and _STAMPS.get(key) == stamp:
            return cached
        # a signature fitted again at the same path (after a policy reload) is read again; the
        # model already loaded is reused (the earlier GuardedModel keeps its own probes)
        model, tok = (cached.model, cached.tokenizer) if cached is not None else modelio.load_model(model_dir, device)
        guarded = GuardedModel(model, tok, Signature.load(signature))
        _MODELS[key], _STAMPS[key] = guarded, stamp
        return guarded
