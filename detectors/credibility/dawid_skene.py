"""Dawid–Skene (1979) by EM, with numpy: the offline reference for truth inference.

Each worker has a full K x K confusion matrix; item classes are latent. Sees every answer
at once and no revealed truth, so it is an upper reference for label-free aggregation,
not an online method.
"""
from __future__ import annotations

import numpy as np


def dawid_skene(items: np.ndarray, workers: np.ndarray, labels: np.ndarray, n_items: int, n_workers: int,
                n_classes: int, iterations: int = 100, tol: float = 1e-6, smoothing: float = 0.01) -> np.ndarray:
    """Posterior class probabilities per item, shape (n_items, n_classes).

    `items`, `workers`, `labels` are parallel integer arrays, one entry per answer.
    Initialised from (soft) majority vote; `smoothing` is a Dirichlet pseudo-count that keeps
    confusion rows away from zeros for workers with few answers.
    """
    T = np.zeros((n_items, n_classes))
    np.add.at(T, (items, labels), 1.0)
    T = _normalize(T + 1e-9)
    prev = None
    for _ in range(iterations):
        # M-step: class priors and per-worker confusion matrices from the soft labels.
        prior = _normalize(T.sum(axis=0) + smoothing)
        conf = np.full((n_workers, n_classes, n_classes), smoothing)
        np.add.at(conf, (workers, slice(None), labels), T[items])
        conf /= conf.sum(axis=2, keepdims=True)
        # E-step: item posteriors from the answers' likelihoods, in log space.
        logp = np.tile(np.log(prior), (n_items, 1))
        np.add.at(logp, items, np.log(conf[workers, :, labels]))
        logp -= logp.max(axis=1, keepdims=True)
        T = _normalize(np.exp(logp))
        if prev is not None and np.abs(T - prev).max() < tol:
            break
        prev = T
    return T


def _normalize(a: np.ndarray) -> np.ndarray:
    return a / a.sum(axis=-1, keepdims=True)
