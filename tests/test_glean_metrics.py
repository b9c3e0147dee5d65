"""The calibration metrics behind every GLEAN figure, checked against their definitions."""
import itertools

import numpy as np
import pytest

from detectors.verification.metrics import auroc, bootstrap, brier, ece, fit_logistic_mle, reliability, risk_at


def _pairwise_auroc(y, p):
    pos = [pi for yi, pi in zip(y, p) if yi == 1]
    neg = [pi for yi, pi in zip(y, p) if yi == 0]
    return sum(1.0 if a > b else 0.5 if a == b else 0.0 for a, b in itertools.product(pos, neg)) / (len(pos) * len(neg))


def test_auroc_is_the_pairwise_probability_with_ties_counted_half():
    rng = np.random.default_rng(3)
    for _ in range(20):
        y = rng.integers(0, 2, 40)
        y[:2] = [0, 1]
        p = np.round(rng.random(40), 1)  # coarse, so many ties
        assert auroc(y, p) == pytest.approx(_pairwise_auroc(y, p), abs=1e-12)
    assert auroc([0, 0, 1, 1], [0.1, 0.2, 0.8, 0.9]) == 1.0 and auroc([0, 0, 1, 1], [0.9, 0.8, 0.2, 0.1]) == 0.0
    assert np.isnan(auroc([1, 1], [0.2, 0.3]))


def test_brier_and_ece_on_a_worked_example():
    y = [0, 1, 1, 1, 0]
    p = [0.05, 0.05, 0.95, 0.95, 0.5]
    assert brier(y, p) == pytest.approx((0.05**2 + 0.95**2 + 0.05**2 + 0.05**2 + 0.5**2) / 5)
    # bins of width 1/15: {0.05, 0.05} → bin 0, {0.95, 0.95} → bin 14, {0.5} → bin 7
    assert [(r["n"], r["lo"]) for r in reliability(y, p)] == [(2, 0.0), (1, 7 / 15), (2, 14 / 15)]
    assert ece(y, p) == pytest.approx(2 / 5 * 0.45 + 1 / 5 * 0.5 + 2 / 5 * 0.05)
    # p = 1.0 falls in the last bin, not past it; a perfectly calibrated split scores 0
    assert reliability([1], [1.0])[0]["lo"] == 14 / 15
    assert ece([0, 1, 0, 1], [0.5, 0.5, 0.5, 0.5]) == 0.0
    # 15 bins, as the issue fixes: 0.62 and 0.68 fall in bins 9 and 10 (with 10 bins they would share one)
    assert ece([1, 0], [0.62, 0.68]) == pytest.approx((0.38 + 0.68) / 2)


def test_risk_at_half_is_the_error_rate_of_the_most_confident_half():
    assert risk_at([1, 0, 1, 0], [0.9, 0.8, 0.3, 0.2]) == 0.5
    assert risk_at([1, 1, 0, 0], [0.9, 0.8, 0.3, 0.2]) == 0.0
    assert risk_at([0, 0, 1, 1, 1, 1], [0.9, 0.8, 0.7, 0.6, 0.5, 0.4]) == pytest.approx(2 / 3)


def test_bootstrap_interval_brackets_the_estimate_and_narrows_with_more_data():
    rng = np.random.default_rng(0)
    y = rng.integers(0, 2, 400)
    p = np.clip(0.3 + 0.4 * y + rng.normal(0, 0.2, 400), 0.01, 0.99)
    lo, hi = bootstrap(y, p, auroc, n=300)
    assert lo < auroc(y, p) < hi
    lo_s, hi_s = bootstrap(y[:80], p[:80], auroc, n=300)
    assert hi - lo < hi_s - lo_s


def test_mle_logistic_solves_the_score_equations():
    rng = np.random.default_rng(1)
    X = rng.normal(size=(300, 3))
    y = (rng.random(300) < 1 / (1 + np.exp(-(0.5 + X @ [1.5, -2.0, 0.0])))).astype(float)
    p = fit_logistic_mle(X, y)(X)
    Z = np.hstack([np.ones((300, 1)), X])
    assert np.abs(Z.T @ (y - p)).max() < 1e-4  # gradient of the log-likelihood is zero at the MLE


def test_bootstraps_skip_one_class_resamples_and_say_nan_when_none_is_left():
    from detectors.verification.metrics import auroc, bootstrap, paired_bootstrap_diff

    y, p = np.array([1] * 18 + [0] * 2), np.linspace(0.1, 0.9, 20)
    d = paired_bootstrap_diff(y, p, 1 - p, auroc, n=200)
    assert all(np.isfinite(d)) and d[1] <= d[0] <= d[2]  # many resamples hold one class; the rest still count
    assert all(np.isnan(bootstrap(np.ones(5), p[:5], auroc, n=50)))
    assert all(np.isnan(paired_bootstrap_diff(np.ones(5), p[:5], p[:5], auroc, n=50)))


def test_risk_at_half_shares_a_tied_group_and_does_not_depend_on_the_runs_order():
    """Ties were broken by the runs' order (the CLI sorts them by file name), and an odd count
    rounded half to even: the same runs reversed gave 0.0 and 1.0."""
    y, p = [1, 0, 1, 0], [0.5, 0.5, 0.5, 0.5]
    assert risk_at(y, p) == risk_at(y[::-1], p[::-1]) == pytest.approx(0.5)
    # 5 runs, 3 places (2.5 rounded half up): the top run, then 2 of the four tied ones, half of them wrong
    y5, p5 = [1, 1, 0, 0, 1], [0.9, 0.4, 0.4, 0.4, 0.4]
    assert risk_at(y5, p5) == pytest.approx((0 + 2 * 0.5) / 3)
    # without ties it is the share wrong among the top round-half-up(n/2) runs, whatever the order
    assert risk_at([1, 1, 0, 1, 0], [0.9, 0.8, 0.7, 0.2, 0.1]) == pytest.approx(1 / 3)
    assert risk_at([1, 0, 1], [0.9, 0.8, 0.1]) == pytest.approx(0.5)
    rng = np.random.default_rng(3)
    ys, ps = rng.integers(0, 2, 41), rng.choice([0.2, 0.5, 0.8], 41)
    order = rng.permutation(41)
    assert risk_at(ys, ps) == pytest.approx(risk_at(ys[order], ps[order]))


def test_metrics_refuse_probabilities_that_are_not_probabilities():
    """NaN was dropped from ECE's bins while n stayed (0.25 for a NaN row) and ranked first by
    AUROC (1.0): a broken rater read as a good score."""
    for fn in (auroc, brier, ece, risk_at):
        for bad in (float("nan"), float("inf"), 1.5, -0.1):
            with pytest.raises(ValueError, match="probability 0"):
                fn([1, 0], [bad, 0.5])


def test_a_paired_difference_reports_the_observed_difference_with_its_interval():
    """The bootstrap resamples' mean was reported as the difference (+0.035 for an observed +0.037)."""
    from detectors.verification.metrics import paired_bootstrap_diff

    rng = np.random.default_rng(0)
    y = rng.integers(0, 2, 60)
    a, b = np.clip(y * 0.3 + rng.random(60) * 0.7, 0, 1), rng.random(60)
    d, lo, hi = paired_bootstrap_diff(y, a, b, auroc, n=200)
    assert d == pytest.approx(auroc(y, a) - auroc(y, b), abs=1e-12)
    assert lo <= d <= hi
