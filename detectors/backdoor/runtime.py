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
    with _LOCK:
        if key in _MODELS:
            return _MODELS[key]
        model, tok = modelio.load_model(model_dir, device)
        guarded = GuardedModel(model, tok, Signature.load(signature))
        _MODELS[key] = guarded
        return guarded
