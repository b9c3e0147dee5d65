"""onnxruntime sessions for the detectors' exported models: CUDA where it really works, else CPU.

onnxruntime-gpu lists the CUDA provider even on machines without a GPU (and then fails
noisily), and on a GPU machine it links against the CUDA and cuDNN libraries that PyTorch's
pip packages bring: `preload_dlls` loads those, otherwise the session quietly runs on the CPU.
"""
from __future__ import annotations

import logging
import threading
from pathlib import Path

log = logging.getLogger("agentguard.onnx")
CUDA, CPU = "CUDAExecutionProvider", "CPUExecutionProvider"
_preloaded = threading.Event()


def default_providers() -> list[str]:
    """CUDA first where onnxruntime offers it and torch sees a GPU, CPU always."""
    import onnxruntime as ort

    want = [CUDA, CPU] if _gpu_present() else [CPU]
    return [p for p in want if p in ort.get_available_providers()]


def open_session(path: str | Path, options=None, providers: list[str] | None = None):
    import onnxruntime as ort

    chosen = list(providers or default_providers())
    if CUDA in chosen:
        _preload_cuda_libraries(ort)
    session = ort.InferenceSession(str(path), options, providers=chosen)
    if CUDA in chosen and CUDA not in session.get_providers():
        log.warning("onnxruntime could not start the CUDA provider for %s; running on %s",
                    Path(path).name, session.get_providers()[0])
    return session


def _gpu_present() -> bool:
    try:
        import torch
    except ImportError:
        return False
    return torch.cuda.is_available()


def _preload_cuda_libraries(ort) -> None:
    if _preloaded.is_set() or not hasattr(ort, "preload_dlls"):
        return
    try:
        ort.preload_dlls()
    except Exception as exc:  # best effort: the session reports what it could start
        log.warning("onnxruntime.preload_dlls failed: %s", exc)
    _preloaded.set()
