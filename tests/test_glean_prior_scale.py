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


def test_posterior_mode_is_the_mode_of_the_written_out_posterior():
    rng = np.random.default_rng(2)
    Z = rng.normal(size=(200, 3))
    y = (rng.random(200) < 0.4).astype(float)
    scale, a_sd = 0.05, 1.5

    def f(th):
        eta = th[0] + Z @ th[1:]
        return -(np.sum(y * eta - np.logaddexp(0, eta)) - th[0] ** 2 / (2 * a_sd**2) - th[1:] @ th[1:] / (2 * scale**2))

    def g(th):
        eta = th[0] + Z @ th[1:]
        r = y - 1 / (1 + np.exp(-eta))
        return -np.concatenate([[r.sum() - th[0] / a_sd**2], Z.T @ r - th[1:] / scale**2])

    mode = posterior_mode(Z, y, scale, "normal")
    assert np.linalg.norm(g(mode)) < 1e-3  # a stationary point of log-likelihood + both priors
    assert f(mode) <= min(f(mode + d) for d in 0.01 * np.eye(4)) and f(mode) <= min(f(mode - d) for d in 0.01 * np.eye(4))


def test_bad_inputs_are_refused_by_name():
    X, y, g = _runs(consistent=True, groups=6, per=10)
    with pytest.raises(ValueError, match="finite"):
        choose_prior_scale(np.where(X > 1, np.nan, X), y, g)
    with pytest.raises(ValueError, match="0 or 1"):
        choose_prior_scale(X, 2 * y - 1, g)
    with pytest.raises(ValueError, match="same runs"):
        choose_prior_scale(X, y, g[:-1])



def test_every_held_out_task_counts_once_whatever_its_number_of_runs(monkeypatch):
    import detectors.verification.prior_scale as ps

    monkeypatch.setattr(ps, "posterior_mode", lambda Z, y, s, prior: np.array([2.0] + [0.0] * Z.shape[1]))
    big = [0] * 90 + [1] * 10  # one task of 100 runs, mostly wrong
    small = [0] + [1] * 9  # five tasks of 10 runs, mostly right
    y = np.array(big + small * 5)
    g = ["big"] * 100 + [f"t{k}" for k in range(5) for _ in range(10)]
    X = np.random.default_rng(0).normal(size=(len(y), 2))
    lose = lambda label: np.log1p(np.exp(-2.0 if label else 2.0))  # log loss at logit 2
    task_mean = lambda labels: np.mean([lose(v) for v in labels])
    want = (task_mean(big) + 5 * task_mean(small)) / 6  # 0.59; weighted by runs it would be 1.39
    got = ps.choose_prior_scale(X, y, g)
    assert [s for s, _ in got["held_out_log_loss"]] == list(ps.GRID)  # every σ was scored
    assert all(v == pytest.approx(want, abs=1e-4) for _, v in got["held_out_log_loss"])
