"""Discrimination and calibration metrics, baselines, bootstrap intervals (numpy only).

- AUROC: rank statistic (ties count half).
- Brier: mean squared error of p against the 0/1 label.
- ECE: 15 equal-width bins, |mean p − accuracy| weighted by bin share.
- Risk@0.5: selective risk at 50% coverage — the share of incorrect runs among the half
  the model is most confident are correct (what an accept-the-top-half policy would let through).
  The cut takes coverage·n runs rounded half up; runs tied at the cut count in proportion, so the
  figure does not depend on the runs' order.

Every metric refuses a probability that is NaN, infinite or outside [0, 1]: dropped from a bin
or ranked first, it made a broken rater's output read as a good score.
"""
from __future__ import annotations

import math
from typing import Callable, Sequence

import numpy as np


def _checked(y, p) -> tuple[np.ndarray, np.ndarray]:
    y, p = np.asarray(y, float), np.asarray(p, float)
    if y.shape != p.shape:
        raise ValueError(f"labels ({len(y)}) and probabilities ({len(p)}) differ in length")
    bad = ~np.isfinite(p) | (p < 0) | (p > 1)
    if bad.any():
        k = int(np.flatnonzero(bad)[0])
        raise ValueError(f"probability {k} is {p[k]!r}: every probability must be a number in [0, 1]")
    return y, p


def auroc(y: Sequence[int], p: Sequence[float]) -> float:
    y, p = _checked(y, p)
    y = y.astype(int)
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
    y, p = _checked(y, p)
    return float(np.mean((p - y) ** 2))


def reliability(y, p, bins: int = 15) -> list[dict[str, float]]:
    y, p = _checked(y, p)
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
    """Share of incorrect runs among the `coverage` share with the highest p. A group of tied
    runs that straddles the cut counts with its mean error for the places left in the cut."""
    y, p = _checked(y, p)
    if not len(y):
        return float("nan")
    room = max(1.0, math.floor(coverage * len(y) + 0.5))  # whole runs, half up (round() made n=5 cover 2, n=7 cover 4)
    values, inverse = np.unique(-p, return_inverse=True)  # groups of equal p, highest first
    wrong = np.bincount(inverse, weights=1.0 - y, minlength=len(values))
    size = np.bincount(inverse, minlength=len(values)).astype(float)
    taken, errors = 0.0, 0.0
    for w, n in zip(wrong, size):
        share = min(n, room - taken)
        errors += w * share / n
        taken += share
        if taken >= room:
            break
    return float(errors / taken)


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
    """(observed, lo, hi): fn(model a) − fn(model b) on the runs themselves, and the 95%
    percentile interval of that difference over the same resamples for both models.

    Resamples where fn has no value (AUROC of one class) are skipped, as in `bootstrap`;
    the interval is (nan, nan) when none has one."""
    y, p_a, p_b = np.asarray(y), np.asarray(p_a), np.asarray(p_b)
    observed = float(fn(y, p_a) - fn(y, p_b))
    rng = np.random.default_rng(seed)
    d = []
    for _ in range(n):
        i = rng.integers(0, len(y), len(y))
        v = fn(y[i], p_a[i]) - fn(y[i], p_b[i])
        if not np.isnan(v):
            d.append(v)
    if not d:
        return observed, float("nan"), float("nan")
    d = np.asarray(d)
    return observed, float(np.quantile(d, 0.025)), float(np.quantile(d, 0.975))


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
