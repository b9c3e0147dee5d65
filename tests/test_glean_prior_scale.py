"""The weights' prior scale is chosen by how well a fit predicts tasks it did not see."""
import numpy as np
import pytest

from detectors.verification.prior_scale import GRID, choose_prior_scale, posterior_mode


def _runs(consistent: bool, groups: int = 20, per: int = 40, seed: int = 0):
    rng = np.random.default_rng(seed)
    X, y, g = [], [], []
    for k in range(groups):
        offset, base = rng.normal(0, 2), rng.normal(0, 2)  # each task its own feature level and its own success rate
        for _ in range(per):
            x = rng.normal(offset, 1.0)
            logit = 2.0 * x if consistent else base  # the feature decides, or only the task does
            X.append([x, rng.normal()])
            y.append(int(rng.random() < 1 / (1 + np.exp(-logit))))
            g.append(f"task{k}")
    return np.array(X), np.array(y), g


def test_a_feature_that_decides_in_every_task_keeps_a_wide_prior():
    X, y, g = _runs(consistent=True)
    got = choose_prior_scale(X, y, g)
    assert got["scale"] >= 0.25 and [s for s, _ in got["held_out_log_loss"]] == list(GRID)


def test_a_feature_that_only_tracks_which_task_it_is_gets_shrunk():
    X, y, g = _runs(consistent=False)
    got = choose_prior_scale(X, y, g)
    assert got["scale"] <= 0.05
    loss = dict(got["held_out_log_loss"])
    assert loss[got["scale"]] < loss[1.0]


def test_too_few_tasks_keep_the_unit_prior():
    X, y, g = _runs(consistent=True, groups=3)
    assert choose_prior_scale(X, y, g) == {"scale": 1.0, "held_out_log_loss": [], "groups": 3,
                                          "reason": "too few tasks to hold out"}


def test_posterior_mode_respects_the_sign_constraint_and_the_scale():
    rng = np.random.default_rng(1)
    Z = rng.normal(size=(400, 2))
    y = (rng.random(400) < 1 / (1 + np.exp(-(1.5 * Z[:, 0] - 1.5 * Z[:, 1])))).astype(float)
    pos = posterior_mode(Z, y, 1.0, "positive")
    assert pos[1] > 1.0 and pos[2] == pytest.approx(0.0, abs=1e-6)  # a negative effect is cut at 0
    free = posterior_mode(Z, y, 1.0, "normal")
    assert free[2] < -1.0
    assert abs(posterior_mode(Z, y, 0.01, "normal")[1]) < 0.1  # a tight prior holds weights near 0
