"""onnxruntime sessions for the detectors' exported models: CUDA where it really works, else CPU.

onnxruntime-gpu lists the CUDA provider even on machines without a GPU (and then fails
noisily). On a GPU machine it links against CUDA and cuDNN libraries that may exist only
inside PyTorch's pip packages; `preload_dlls`, onnxruntime's documented way, loads those.
A session whose CUDA provider does not start runs on the CPU, and that is logged here.
"""
from __future__ import annotations

import functools
import logging
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import onnxruntime as ort

log = logging.getLogger("agentguard.onnx")
CUDA, CPU = "CUDAExecutionProvider", "CPUExecutionProvider"


def default_providers() -> list[str]:
    """CUDA first where onnxruntime offers it and torch sees a GPU, CPU always."""
    import onnxruntime as ort

    want = [CUDA, CPU] if _gpu_present() else [CPU]
    return [p for p in want if p in ort.get_available_providers()]


def open_session(path: str | Path, options: ort.SessionOptions | None = None,
                 providers: list[str] | None = None) -> ort.InferenceSession:
    """An inference session on `providers` (default: `default_providers()`); a CUDA provider
    that was asked for and did not start is logged rather than left to a silent CPU run."""
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


@functools.cache
def _preload_cuda_libraries(ort) -> None:
    if not hasattr(ort, "preload_dlls"):
        return
    try:
        ort.preload_dlls()
    except Exception as exc:  # best effort: the session reports what it could start
        log.warning("onnxruntime.preload_dlls failed: %s", exc)
