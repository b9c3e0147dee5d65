"""Task-level model: a run of an unseen task is predicted by integrating over that task's
unknown intercept and weights. The numpy closed form (probit approximation) must agree with
brute-force Monte Carlo over the random effects, and must temper, never sharpen."""
import numpy as np

from detectors.verification.predictor import Predictor
from tests.test_glean_support import handmade_stage


def _grouped(sigma_alpha: float, tau: float, weight: float = 1.2, alpha: float = 0.4):
    st = handmade_stage(weight=weight, alpha=alpha, draws=40, spread=0.2, seed=3)
    n = len(st.alpha)
    return st.model_copy(update={"sigma_alpha": [sigma_alpha] * n, "tau": [tau] * n})


def _monte_carlo(st, X: np.ndarray, m: int = 4000) -> np.ndarray:
    rng = np.random.default_rng(0)
    alpha, w = np.asarray(st.alpha), np.asarray(st.w)
    sa, tau = np.asarray(st.sigma_alpha), np.asarray(st.tau)
    out = []
    for x in X:
        z = (x - np.asarray(st.mean)) / np.asarray(st.scale)
        a = rng.normal(size=(len(alpha), m))
        b = rng.normal(size=(len(alpha), m, len(z)))
        eta = alpha[:, None] + sa[:, None] * a + (z * (w[:, None, :] + tau[:, None, None] * b)).sum(-1)
        out.append((1 / (1 + np.exp(-eta))).mean())
    return np.asarray(out)


def test_unseen_task_prediction_matches_monte_carlo_over_task_effects():
    st = _grouped(sigma_alpha=1.1, tau=0.3)
    k = len(st.mean)
    X = np.random.default_rng(1).normal(scale=0.7, size=(12, k))
    ours = Predictor(st).predict_many(X)["p"]
    mc = _monte_carlo(st, X)
    assert np.max(np.abs(ours - mc)) < 0.02, (ours, mc)


def test_task_spread_tempers_towards_half_and_zero_spread_is_the_flat_model():
    k = len(_grouped(0.0, 0.0).mean)
    X = np.random.default_rng(2).normal(size=(30, k))
    flat = Predictor(_grouped(0.0, 0.0)).predict_many(X)["p"]
    plain = Predictor(handmade_stage(weight=1.2, alpha=0.4, draws=40, spread=0.2, seed=3)).predict_many(X)["p"]
    assert np.allclose(flat, plain)
    wide = Predictor(_grouped(1.5, 0.4)).predict_many(X)["p"]
    assert np.all(np.abs(wide - 0.5) <= np.abs(flat - 0.5) + 1e-12)
    assert np.mean(np.abs(flat - 0.5) - np.abs(wide - 0.5)) > 0.05
    assert np.all(np.sign(wide - 0.5) == np.sign(flat - 0.5))
