"""The classifier head: a small MLP over 384-d MiniLM embeddings, and its numpy twin.

Training happens in torch; the head ships as ONNX. `numpy_forward` recomputes the ONNX
graph's result from its own initialisers, which is what the parity test compares against.
"""
from __future__ import annotations

import numpy as np

DIM = 384
HIDDEN = 64


def build_torch_head():
    import torch

    return torch.nn.Sequential(torch.nn.Linear(DIM, HIDDEN), torch.nn.ReLU(), torch.nn.Linear(HIDDEN, 1), torch.nn.Sigmoid())


def numpy_forward(weights: dict[str, np.ndarray], x: np.ndarray) -> np.ndarray:
    """Probability of injection per row, from the exported weights (names as torch writes them)."""
    h = np.maximum(x @ weights["0.weight"].T + weights["0.bias"], 0.0)
    z = h @ weights["2.weight"].T + weights["2.bias"]
    return (1.0 / (1.0 + np.exp(-z))).reshape(-1)


def onnx_weights(path: str) -> dict[str, np.ndarray]:
    import onnx
    from onnx import numpy_helper

    model = onnx.load(path)
    return {t.name: numpy_helper.to_array(t) for t in model.graph.initializer}
