"""Discrimination and calibration metrics, baselines, bootstrap intervals (numpy only).

- AUROC: rank statistic (ties count half).
- Brier: mean squared error of p against the 0/1 label.
- ECE: 15 equal-width bins, |mean p − accuracy| weighted by bin share.
- Risk@0.5: selective risk at 50% coverage — the share of incorrect runs among the half
  the model is most confident are correct (what an accept-the-top-half policy would let through).
"""
from __future__ import annotations

from typing import Callable, Sequence

import numpy as np


def auroc(y: Sequence[int], p: Sequence[float]) -> float:
    y, p = np.asarray(y, int), np.asarray(p, float)
    pos, neg = y.sum(), len(y) - y.sum()
    if pos == 0 or neg == 0:
        return float("nan")
    order = np.argsort(p, kind="mergesort")
    ranks = np.empty(len(p))
    sp = p[order]
    i = 0
    while i < len(sp):  # average ranks over ties
        j = i
        while j + 1 < len(sp) and sp[j + 1] == sp[i]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2 + 1
        i = j + 1
    return float((ranks[y == 1].sum() - pos * (pos + 1) / 2) / (pos * neg))


def brier(y, p) -> float:
    y, p = np.asarray(y, float), np.asarray(p, float)
    return float(np.mean((p - y) ** 2))


def reliability(y, p, bins: int = 15) -> list[dict[str, float]]:
    y, p = np.asarray(y, float), np.asarray(p, float)
    idx = np.minimum((p * bins).astype(int), bins - 1)
    out = []
    for b in range(bins):
        m = idx == b
        if m.any():
            out.append({"lo": b / bins, "hi": (b + 1) / bins, "n": int(m.sum()), "p": float(p[m].mean()), "acc": float(y[m].mean())})
    return out


def ece(y, p, bins: int = 15) -> float:
    n = len(y)
    return float(sum(r["n"] / n * abs(r["p"] - r["acc"]) for r in reliability(y, p, bins)))


def risk_at(y, p, coverage: float = 0.5) -> float:
    y, p = np.asarray(y, int), np.asarray(p, float)
    k = max(1, int(round(coverage * len(y))))
    top = np.argsort(-p, kind="mergesort")[:k]
    return float(1.0 - y[top].mean())


def all_metrics(y, p) -> dict[str, float]:
    return {"auroc": auroc(y, p), "brier": brier(y, p), "ece": ece(y, p), "risk_at_half": risk_at(y, p, 0.5), "n": int(len(y))}


def bootstrap(y, p, fn: Callable, n: int = 1000, seed: int = 0, level: float = 0.95) -> tuple[float, float]:
    """Percentile CI of fn(y, p) over resampled runs; (nan, nan) when no resample gives a value
    (AUROC of a test set that is all one class)."""
    y, p = np.asarray(y), np.asarray(p)
    rng = np.random.default_rng(seed)
    vals = []
    for _ in range(n):
        i = rng.integers(0, len(y), len(y))
        v = fn(y[i], p[i])
        if not np.isnan(v):
            vals.append(v)
    if not vals:
        return float("nan"), float("nan")
    a = (1 - level) / 2
    return float(np.quantile(vals, a)), float(np.quantile(vals, 1 - a))


def paired_bootstrap_diff(y, p_a, p_b, fn: Callable, n: int = 1000, seed: int = 0) -> tuple[float, float, float]:
    """(mean, lo, hi) of fn(model a) − fn(model b) on the same resamples.

    Resamples where fn has no value (AUROC of one class) are skipped, as in `bootstrap`;
    (nan, nan, nan) when none has one."""
    y, p_a, p_b = np.asarray(y), np.asarray(p_a), np.asarray(p_b)
    rng = np.random.default_rng(seed)
    d = []
    for _ in range(n):
        i = rng.integers(0, len(y), len(y))
        v = fn(y[i], p_a[i]) - fn(y[i], p_b[i])
        if not np.isnan(v):
            d.append(v)
    if not d:
        return float("nan"), float("nan"), float("nan")
    d = np.asarray(d)
    return float(d.mean()), float(np.quantile(d, 0.025)), float(np.quantile(d, 0.975))


def fit_logistic_mle(X, y, ridge: float = 1e-6, iters: int = 100) -> Callable[[np.ndarray], np.ndarray]:
    """Maximum-likelihood logistic regression (Newton/IRLS; a negligible ridge keeps separable data finite)."""
    X, y = np.asarray(X, float), np.asarray(y, float)
    mu = X.mean(axis=0)
    sd = X.std(axis=0)
    sd = np.where(sd < 1e-9, 1.0, sd)
    Z = np.hstack([np.ones((len(X), 1)), (X - mu) / sd])
    th = np.zeros(Z.shape[1])
    for _ in range(iters):
        p = 1 / (1 + np.exp(-(Z @ th)))
        g = Z.T @ (y - p) - ridge * th
        H = Z.T @ (Z * (p * (1 - p))[:, None]) + ridge * np.eye(len(th))
        step = np.linalg.solve(H, g)
        th += step
        if np.max(np.abs(step)) < 1e-8:
            break

    def predict(Xn):
        Zn = np.hstack([np.ones((len(Xn), 1)), (np.asarray(Xn, float) - mu) / sd])
        return 1 / (1 + np.exp(-(Zn @ th)))

    return predict
