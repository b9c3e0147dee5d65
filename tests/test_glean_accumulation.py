import math

import pytest

from detectors.verification.features import accumulate, accumulate_path, failing, logit


def test_accumulation_follows_the_recursion():
    ps = [0.8, 0.2, 0.9]
    s1 = logit(0.8)
    s2 = 0.5 * s1 + logit(0.2)
    s3 = 0.5 * s2 + logit(0.9)
    assert accumulate(ps, beta=0.5) == pytest.approx(s3)
    assert accumulate_path(ps, beta=0.5) == pytest.approx([s1, s2, s3])


def test_beta_weighs_the_past():
    ps = [0.9, 0.9, 0.2]
    assert accumulate(ps, beta=0.0) == pytest.approx(logit(0.2))  # only the last step counts
    assert accumulate(ps, beta=1.0) == pytest.approx(2 * logit(0.9) + logit(0.2))  # plain sum
    assert accumulate([], beta=0.5) == 0.0  # no evidence either way
    assert accumulate([0.5] * 4) == pytest.approx(0.0)


def test_beta_out_of_range_is_refused():
    with pytest.raises(ValueError, match="beta"):
        accumulate([0.7], beta=1.5)


def test_failing_lists_negative_guidelines_worst_first():
    r = {"g.a": [(1, 0.9)], "g.b": [(1, 0.3)], "g.c": [(2, 0.1)], "g.d": []}
    f = failing(r)
    assert list(f) == ["g.c", "g.b"]
    assert f["g.c"] == pytest.approx(round(logit(0.1), 3))
    assert math.isclose(logit(0.5), 0.0)


def test_a_raters_certainty_is_clipped_and_a_non_probability_is_named():
    """A plugged-in rater answering 1.0 raised a bare ZeroDivisionError, 0.0 or 1.5 a `math
    domain error`, and NaN gave NaN features silently."""
    import math

    import pytest

    from detectors.verification.engine import Scorer
    from detectors.verification.guidelines import load_packs
    from detectors.verification.trajectory import from_agentdojo
    from tests.test_glean_support import good_run

    class Fixed:
        name = "rule"

        def __init__(self, v):  # noqa: ANN001
            self.v = v

        def supports(self, g):  # noqa: ANN001, ANN201
            return True

        def rate(self, g, items):  # noqa: ANN001, ANN201
            return [self.v for _ in items]

    runs = [from_agentdojo(good_run(), "g")]
    for v in (1.0, 0.0):
        X = Scorer(load_packs("general"), {"rule": Fixed(v)}).score(runs).X
        assert all(math.isfinite(x) for x in X[0])
    for v in (float("nan"), 1.5, -0.2, "yes"):
        with pytest.raises(ValueError, match=r"rater 'rule' rated a step of guideline general\."):
            Scorer(load_packs("general"), {"rule": Fixed(v)}).score(runs)
