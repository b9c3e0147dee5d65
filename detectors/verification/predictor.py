"""Numpy-only prediction from posterior draws: the hot path never imports PyMC.

For a feature row x, every draw d gives p_d = σ(α_d + z·w_d). A task-level model
(fitted with groups) predicts a run of an unseen task: its logit is then Gaussian,
N(α_d + z·w_d, σ_α,d² + τ_d²·|z|²), and p_d = E[σ(·)] by the probit approximation
σ(μ / √(1 + π s²/8)). The prediction is the
posterior predictive mean p̄, a central credible interval of p_d, and the predictive
entropy H(p̄) in bits (1.0 = a coin flip), which the gate uses to decide when to look
harder.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Sequence

import numpy as np

from detectors.verification.artifact import Stage


@dataclass
class Prediction:
    p: float
    lo: float
    hi: float
    entropy: float
    epistemic: float  # mutual information: the part of the entropy more data would remove

    def as_dict(self) -> dict[str, float]:
        return {k: round(v, 4) for k, v in asdict(self).items()}


def binary_entropy(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-12, 1 - 1e-12)
    return -(p * np.log2(p) + (1 - p) * np.log2(1 - p))


class Predictor:
    def __init__(self, stage: Stage, interval: float = 0.9):
        self.stage = stage
        self.mean = np.asarray(stage.mean, float)
        self.scale = np.asarray(stage.scale, float)
        self.alpha = np.asarray(stage.alpha, float)
        self.w = np.asarray(stage.w, float)
        n = len(self.alpha)
        self.sigma_alpha = np.asarray(stage.sigma_alpha or [0.0] * n, float)
        self.tau = np.asarray(stage.tau or [0.0] * n, float)
        self.grouped = bool(np.any(self.sigma_alpha) or np.any(self.tau))
        self.q = ((1 - interval) / 2, 1 - (1 - interval) / 2)

    @property
    def keys(self) -> list[str]:
        return self.stage.features.guidelines + self.stage.features.extras

    def draws(self, X: Sequence[Sequence[float]]) -> np.ndarray:
        """p for every (row, draw): shape n × D."""
        X = np.atleast_2d(np.asarray(X, float))
        if X.ndim != 2 or X.shape[1] != len(self.mean):  # numpy would broadcast one value over every feature
            raise ValueError(f"expected {len(self.mean)} feature(s) per row ({', '.join(self.keys[:3])}, ...), "
                             f"got shape {tuple(X.shape)}")
        Z = (X - self.mean) / self.scale
        eta = Z @ self.w.T + self.alpha
        if self.grouped:
            s2 = self.sigma_alpha ** 2 + np.outer((Z ** 2).sum(axis=1), self.tau ** 2)
            eta = eta / np.sqrt(1.0 + np.pi * s2 / 8.0)
        return 1.0 / (1.0 + np.exp(-eta))

    def predict_many(self, X: Sequence[Sequence[float]]) -> dict[str, np.ndarray]:
        P = self.draws(X)
        pbar = P.mean(axis=1)
        lo, hi = np.quantile(P, self.q, axis=1)
        ent = binary_entropy(pbar)
        epi = ent - binary_entropy(P).mean(axis=1)
        return {"p": pbar, "lo": lo, "hi": hi, "entropy": ent, "epistemic": epi}

    def predict(self, x: Sequence[float]) -> Prediction:
        r = self.predict_many([x])
        return Prediction(*(float(r[k][0]) for k in ("p", "lo", "hi", "entropy", "epistemic")))

    def contributions(self, x: Sequence[float]) -> dict[str, float]:
        """Posterior-mean logit contribution of each feature (for explanations)."""
        z = (np.asarray(x, float) - self.mean) / self.scale
        c = z * self.w.mean(axis=0)
        return {k: round(float(v), 3) for k, v in zip(self.keys, c)}


def stage_from_fit(fitted: dict[str, Any], spec: Any, pack_hash: str, training: dict[str, Any],
                   pack_defs: Sequence[Any] = ()) -> Stage:
    return Stage(
        features=spec, pack_hash=pack_hash, pack_defs=list(pack_defs),
        mean=[float(v) for v in fitted["mean"]], scale=[float(v) for v in fitted["scale"]],
        alpha=[round(float(v), 6) for v in fitted["alpha"]],
        w=[[round(float(v), 6) for v in row] for row in fitted["w"]],
        sigma_alpha=[round(float(v), 6) for v in fitted.get("sigma_alpha", [])] if np.any(fitted.get("sigma_alpha", 0)) else [],
        tau=[round(float(v), 6) for v in fitted.get("tau", [])] if np.any(fitted.get("tau", 0)) else [],
        prior=fitted["prior"], diagnostics=fitted["diagnostics"], training=training,
    )
