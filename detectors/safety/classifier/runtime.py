"""Run the shipped injection classifier: MiniLM embeddings → ONNX head on onnxruntime.

CUDA execution provider where onnxruntime-gpu finds a GPU, CPU otherwise.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Sequence

import numpy as np

MODEL_FILE = "injection_head.onnx"


def model_path() -> Path:
    return Path(str(resources.files("detectors.safety.classifier").joinpath(MODEL_FILE)))


def default_providers() -> list[str]:
    import onnxruntime as ort

    avail = ort.get_available_providers()
    return [p for p in ("CUDAExecutionProvider", "CPUExecutionProvider") if p in avail]


class InjectionClassifier:
    def __init__(self, session, encoder):
        self.session = session
        self.encoder = encoder
        self.input_name = session.get_inputs()[0].name

    @classmethod
    def load(cls, path: str | Path | None = None, providers: list[str] | None = None) -> "InjectionClassifier":
        import onnxruntime as ort

        from detectors.safety.classifier.encoder import shared_encoder

        path = Path(path) if path else model_path()
        if not path.exists():
            raise FileNotFoundError(f"injection classifier not found at {path}; train it with "
                                    "`python -m detectors.safety.classifier.train`")
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1
        session = ort.InferenceSession(str(path), opts, providers=providers or default_providers())
        device = "cuda" if "CUDAExecutionProvider" in session.get_providers() else "cpu"
        return cls(session, shared_encoder(device))

    def predict_embeddings(self, emb: np.ndarray) -> np.ndarray:
        if len(emb) == 0:
            return np.zeros(0, dtype=np.float32)
        return self.session.run(None, {self.input_name: emb.astype(np.float32)})[0].reshape(-1)

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        return self.predict_embeddings(self.encoder.encode(list(texts)))
