"""Real NUTS on a small synthetic set: the numpy predictor must reproduce PyMC's posterior predictive."""
import numpy as np
import pytest

from detectors.verification.calibrate import compile_dir, fit, posterior_predictive_p
from detectors.verification.engine import Scorer, calibrate, evaluate
from detectors.verification.guidelines import load_packs
from detectors.verification.predictor import Predictor, stage_from_fit
from detectors.verification.trajectory import read_runs
from tests.test_glean_support import write_runs


@pytest.fixture(scope="module")
def small_fit():
    rng = np.random.default_rng(1)
    X = rng.normal(size=(160, 3))
    y = (rng.random(160) < 1 / (1 + np.exp(-(0.3 + 1.5 * X[:, 0] + 0.0 * X[:, 1])))).astype(int)
    return X, y, fit(X, y, prior="normal", draws=200, tune=200, seed=3)


def test_numpy_prediction_matches_pymc_posterior_predictive(small_fit):
    X, y, fitted = small_fit
    from detectors.verification.artifact import FeatureSpec

    spec = FeatureSpec(packs=["t"], guidelines=["t.a", "t.b", "t.c"], beta=0.5)
    stage = stage_from_fit(fitted, spec, "h", {"n": len(y)})
    X_new = np.random.default_rng(2).normal(size=(25, 3))
    ours = Predictor(stage).predict_many(X_new)["p"]
    theirs = posterior_predictive_p(fitted, X_new)
    assert np.allclose(ours, theirs, atol=1e-4)


def test_fit_recovers_the_informative_feature_and_reports_diagnostics(small_fit):
    _, _, fitted = small_fit
    w = fitted["w"].mean(axis=0)
    assert w[0] > 0.8 and abs(w[1]) < 0.5
    d = fitted["diagnostics"]
    assert d["r_hat_max"] < 1.05 and d["ess_bulk_min"] > 100 and d["chains"] == 2
    assert str(compile_dir()).endswith("pytensor")


def test_calibrate_end_to_end_on_runs(tmp_path):
    runs = read_runs(write_runs(tmp_path / "runs", n=80))
    packs = load_packs("general")
    art = calibrate(runs, packs, draws=150, tune=150)
    st = art.stages[0]
    assert st.features.guidelines[0] == "general.grounded_arguments" and st.pack_hash == Scorer(packs).hash
    assert "pymc" in art.versions and st.training["n"] == 80
    res = evaluate(runs, st, bootstrap_n=50)
    assert res["auroc"] > 0.75  # labels follow the good/bad pattern up to 15% noise
    assert set(res["baselines"]) == {"mean_rating", "last_step_rating", "mle_logistic", "length_heuristic"}


@pytest.mark.slow
def test_task_level_fit_stores_spreads_and_predicts(tmp_path):
    runs = read_runs(write_runs(tmp_path / "runs", n=80, seed=4))
    art = calibrate(runs, load_packs("general"), draws=100, tune=150, hierarchy="task")
    st = art.stages[0]
    assert st.training["hierarchy"] == "task" and st.training["groups"] == 10
    assert len(st.tau) == len(st.alpha) == 200 and min(st.sigma_alpha) >= 0
    res = evaluate(runs, st, bootstrap_n=20)
    assert res["auroc"] > 0.7


def test_importing_the_fitting_stack_writes_nothing_under_home(tmp_path):
    """ArviZ's daily stamp and matplotlib's config and font cache went to the home directory
    (and an unusable home crashed `guard calibrate` with a traceback)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    home, cache = tmp_path / "home", tmp_path / "cache"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("XDG_CACHE_HOME", "MPLCONFIGDIR", "PYTENSOR_FLAGS")}
    env.update(HOME=str(home), AGENTGUARD_CACHE_DIR=str(cache), PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    code = ("import os; from detectors.verification.calibrate import _import_pymc; _import_pymc(); "
            "import matplotlib, pytensor; print(pytensor.config.base_compiledir); print(matplotlib.get_cachedir()); "
            "print(os.environ.get('MPLCONFIGDIR'), os.environ.get('XDG_CACHE_HOME'))")
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    compiled, mpl, leftover = out.stdout.splitlines()
    assert Path(compiled) == cache / "pytensor" and Path(mpl).is_relative_to(cache)
    assert leftover == "None None"  # the environment is the caller's again
    assert not any(home.rglob("*")), sorted(home.rglob("*"))
    assert "ArviZ is undergoing" not in out.stderr
