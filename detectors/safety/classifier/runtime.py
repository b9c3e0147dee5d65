"""Run the shipped injection classifier: MiniLM embeddings → ONNX head on onnxruntime.

The encoder and the head run on the GPU when onnxruntime-gpu's CUDA provider starts
(detectors/onnx_session.py), on the CPU otherwise.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from importlib import resources
from pathlib import Path
from typing import Sequence

import numpy as np

MODEL_FILE = "injection_head.onnx"
CACHE_SIZE = 4096  # chunks; tool output repeats within a run (re-reads, localisation re-scores)


def model_path() -> Path:
    return Path(str(resources.files("detectors.safety.classifier").joinpath(MODEL_FILE)))


# One score cache per model file, shared by every detector using that model in this process.
_CACHES: dict[str, tuple[OrderedDict[str, float], threading.Lock]] = {}


class InjectionClassifier:
    def __init__(self, session, encoder, cache_size: int = CACHE_SIZE, cache_key: str | None = None):
        self.session = session
        self.encoder = encoder
        self.input_name = session.get_inputs()[0].name
        self._cache, self._lock = _CACHES.setdefault(cache_key or str(id(self)), (OrderedDict(), threading.Lock()))
        self._cache_size = cache_size

    @classmethod
    def load(cls, path: str | Path | None = None, providers: list[str] | None = None,
             cache_size: int = CACHE_SIZE) -> "InjectionClassifier":
        import onnxruntime as ort

        from detectors.onnx_session import CUDA, open_session
        from detectors.safety.classifier.encoder import shared_encoder

        path = Path(path) if path else model_path()
        if not path.exists():
            raise FileNotFoundError(f"injection classifier not found at {path}; train it with "
                                    "`python -m detectors.safety.classifier.train`")
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1
        session = open_session(path, opts, providers)
        device = "cuda" if CUDA in session.get_providers() else "cpu"
        return cls(session, shared_encoder(device), cache_size, f"{path.resolve()}:{path.stat().st_mtime_ns}")

    def predict_embeddings(self, emb: np.ndarray) -> np.ndarray:
        if len(emb) == 0:
            return np.zeros(0, dtype=np.float32)
        return self.session.run(None, {self.input_name: emb.astype(np.float32)})[0].reshape(-1)

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        """P(injection) per text; texts scored before are answered from a small LRU cache."""
        texts = list(texts)
        with self._lock:
            known = {t: self._cache[t] for t in texts if t in self._cache}
            for t in known:
                self._cache.move_to_end(t)
        todo = list(dict.fromkeys(t for t in texts if t not in known))
        if todo:
            probs = self.predict_embeddings(self.encoder.encode(todo))
            fresh = dict(zip(todo, (float(p) for p in probs)))
            with self._lock:
                for t, p in fresh.items():
                    self._cache[t] = p
                while len(self._cache) > self._cache_size:
                    self._cache.popitem(last=False)
            known.update(fresh)
        return np.array([known[t] for t in texts], dtype=np.float32)
