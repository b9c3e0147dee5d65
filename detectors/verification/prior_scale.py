"""How large may the guideline weights be? Chosen by predicting tasks the fit has not seen.

A calibrator is used on tasks (and suites) it was not fitted on. Weights that separate the
training runs well can be far too confident elsewhere: on the two dev suites one fit put
0.9 on runs of which 0.69 were right. So the scale σ of the weights' prior (HalfNormal(σ) or
Normal(0, σ) on standardised features) is picked empirically: for each σ on a grid from 2 to
0.025, fit the posterior mode on 4/5 of the *tasks* and score the log loss of each held-out
task's runs (3 shuffles). Each task counts once, whatever its number of runs: the question is
how well a new task is predicted. The σ that predicts unseen tasks best is kept, so features that generalise
across tasks keep their weight and features that only fit some tasks are shrunk. NUTS then
samples with that prior. Numpy and scipy only: a few hundred small optimisations, ≈1 s.
"""
from __future__ import annotations

from typing import Any, Sequence

import numpy as np

GRID = (2.0, 1.0, 0.5, 0.25, 0.1, 0.05, 0.025)


MIN_SCALE, MAX_SCALE = 1e-3, 1e3  # outside, the sampler cannot start (1e-320) or the prior says nothing


def is_scale(value: Any) -> bool:
    """A usable σ: a finite number in [MIN_SCALE, MAX_SCALE] (not a bool)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and MIN_SCALE <= value <= MAX_SCALE
MIN_GROUPS = 5  # fewer tasks than folds: nothing to hold out, keep σ = 1


def posterior_mode(Z: np.ndarray, y: np.ndarray, scale: float, prior: str = "positive",
                   alpha_sd: float = 1.5) -> np.ndarray:
    """MAP of the calibration model: [α, w...] with α ~ N(0, 1.5), w ~ HalfNormal(σ) or N(0, σ)."""
    from scipy.optimize import minimize

    k = Z.shape[1]

    def neg_log_post(th: np.ndarray) -> tuple[float, np.ndarray]:
        a, w = th[0], th[1:]
        eta = a + Z @ w
        ll = float(np.sum(y * eta - np.logaddexp(0.0, eta)))
        lp = -a * a / (2 * alpha_sd**2) - float(w @ w) / (2 * scale**2)
        r = y - 1.0 / (1.0 + np.exp(-eta))
        grad = np.concatenate([[r.sum() - a / alpha_sd**2], Z.T @ r - w / scale**2])
        return -(ll + lp), -grad

    bounds = [(None, None)] + [(0.0, None) if prior == "positive" else (None, None)] * k
    return minimize(neg_log_post, np.zeros(k + 1), jac=True, bounds=bounds, method="L-BFGS-B").x


def choose_prior_scale(X: Sequence[Sequence[float]], y: Sequence[int], groups: Sequence[Any], prior: str = "positive",
                       grid: Sequence[float] = GRID, folds: int = 5, repeats: int = 3, seed: int = 0) -> dict[str, Any]:
    """{"scale": best σ, "held_out_log_loss": [[σ, mean over held-out tasks of their runs' log loss], ...],
    "groups": n}."""
    X, y = np.asarray(X, float), np.asarray(y, float)
    if X.ndim != 2 or len(X) != len(y) or len(groups) != len(y):
        raise ValueError(f"X ({X.shape}), y ({len(y)}) and groups ({len(groups)}) must describe the same runs")
    if not np.isfinite(X).all():
        raise ValueError("features must be finite numbers")
    if not set(np.unique(y).tolist()) <= {0.0, 1.0}:
        raise ValueError("labels must be 0 or 1")
    labels = np.asarray([str(g) for g in groups])
    uniq = np.unique(labels)
    if len(uniq) < max(MIN_GROUPS, folds):
        return {"scale": 1.0, "held_out_log_loss": [], "groups": int(len(uniq)), "reason": "too few tasks to hold out"}
    loss: dict[float, list[float]] = {s: [] for s in grid}  # one mean log loss per held-out task and shuffle
    for r in range(repeats):
        order = np.random.default_rng(seed + r).permutation(uniq)
        for part in np.array_split(order, folds):
            held = np.isin(labels, part)
            if held.all() or not held.any() or len(set(y[~held])) < 2:
                continue
            mu, sd = X[~held].mean(axis=0), X[~held].std(axis=0)
            sd = np.where(sd < 1e-9, 1.0, sd)
            Zt, Zh = (X[~held] - mu) / sd, (X[held] - mu) / sd
            names = labels[held]
            for s in grid:
                th = posterior_mode(Zt, y[~held], s, prior)
                eta = th[0] + Zh @ th[1:]
                runs = np.logaddexp(0.0, eta) - y[held] * eta
                loss[s].extend(float(runs[names == t].mean()) for t in part)
    if not loss[grid[0]]:
        return {"scale": 1.0, "held_out_log_loss": [], "groups": int(len(uniq)), "reason": "no fold had both labels"}
    per_task = {float(s): round(float(np.mean(v)), 5) for s, v in loss.items()}
    best = min(per_task, key=lambda s: (per_task[s], -s))  # ties: the wider prior
    return {"scale": best, "held_out_log_loss": [[s, v] for s, v in per_task.items()], "groups": int(len(uniq))}
