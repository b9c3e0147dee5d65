import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from detectors.verification.artifact import ArtifactError, load_artifact
from detectors.verification.engine import scorer_for
from detectors.verification.guidelines import load_packs, parse_pack
from detectors.verification.predictor import Predictor, binary_entropy
from tests.test_glean_support import handmade_artifact, handmade_stage

ROOT = Path(__file__).resolve().parents[1]


def test_round_trip_keeps_draws_and_predictions(tmp_path):
    st = handmade_stage()
    path = handmade_artifact(tmp_path / "m.json", [st])
    back = load_artifact(path)
    assert back.stages[0].w == st.w and back.stages[0].pack_hash == st.pack_hash
    x = np.linspace(-2, 2, len(st.mean))
    assert Predictor(back.stages[0]).predict(x).p == pytest.approx(Predictor(st).predict(x).p)


def test_prediction_is_mean_interval_and_entropy(tmp_path):
    st = handmade_stage(weight=0.5, spread=0.3)
    pr = Predictor(st)
    x = [0.1] * len(st.mean)
    # the posterior draws' logistic values, computed here from the stored fields
    z = (np.array(x) - np.array(st.mean)) / np.array(st.scale)
    P = 1 / (1 + np.exp(-(np.array(st.w) @ z + np.array(st.alpha))))
    assert P.std() > 0.01  # the draws disagree, so mean, interval and entropy say different things
    out = pr.predict(x)
    assert out.p == pytest.approx(P.mean())
    assert (out.lo, out.hi) == pytest.approx(tuple(np.quantile(P, [0.05, 0.95])))
    assert out.lo < out.p < out.hi
    assert out.entropy == pytest.approx(float(binary_entropy(np.array(P.mean()))))
    assert 0 <= out.epistemic <= out.entropy
    assert pr.predict([0.0] * len(st.mean)).entropy > 0.99  # alpha≈0, x=0: a coin flip


def test_hash_mismatch_is_refused(tmp_path):
    path = handmade_artifact(tmp_path / "m.json", [handmade_stage()])
    stage = load_artifact(path).stages[0]
    data = load_packs("general")[0].model_dump()
    data["guidelines"][0]["text"] = "something else"
    with pytest.raises(ArtifactError, match="differ from the ones the model was fitted on"):
        scorer_for(stage, [parse_pack(data)])
    scorer_for(stage)  # the built-in pack matches


def test_bad_artifacts_name_the_problem(tmp_path):
    with pytest.raises(ArtifactError, match="does not exist"):
        load_artifact(tmp_path / "nope.json")
    (tmp_path / "x.json").write_text(json.dumps({"format": "other"}))
    with pytest.raises(ArtifactError, match="format"):
        load_artifact(tmp_path / "x.json")
    data = json.loads(handmade_artifact(tmp_path / "m.json", [handmade_stage()]).read_text())
    data["stages"][0]["w"][0] = [1.0]
    (tmp_path / "y.json").write_text(json.dumps(data))
    with pytest.raises(ArtifactError, match="weights"):
        load_artifact(tmp_path / "y.json")


def test_prediction_path_does_not_import_pymc(tmp_path):
    path = handmade_artifact(tmp_path / "m.json", [handmade_stage()])
    code = (
        "import sys, json\n"
        "from detectors.verification.artifact import load_artifact\n"
        "from detectors.verification.engine import scorer_for\n"
        "from detectors.verification.predictor import Predictor\n"
        "from detectors.verification.trajectory import read_runs\n"
        "import detectors.verification.interceptor\n"
        f"st = load_artifact({str(path)!r}).stages[0]\n"
        "p = Predictor(st).predict([0.3] * len(st.mean))\n"
        "print(json.dumps({'pymc': 'pymc' in sys.modules, 'pytensor': 'pytensor' in sys.modules, 'p': p.p}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    res = json.loads(out.stdout.strip().splitlines()[-1])
    assert res["pymc"] is False and res["pytensor"] is False
    assert 0 < res["p"] < 1


@pytest.mark.parametrize("value", [-1.0, -1e300, 1e300])
@pytest.mark.parametrize("name", ["sigma_alpha", "tau"])
def test_task_spreads_out_of_range_are_refused(tmp_path, name, value):
    """Spreads of ±1e300 loaded, and every prediction became 0.5 (AUROC 0.5) without a word."""
    data = json.loads(handmade_artifact(tmp_path / "m.json", [handmade_stage(draws=4)]).read_text())
    data["stages"][0]["sigma_alpha"] = [0.5] * 4
    data["stages"][0]["tau"] = [0.5] * 4
    (tmp_path / "ok.json").write_text(json.dumps(data))
    load_artifact(tmp_path / "ok.json")
    data["stages"][0][name] = [value] * 4
    (tmp_path / "bad.json").write_text(json.dumps(data))
    with pytest.raises(ArtifactError, match="sigma_alpha and tau are spreads"):
        load_artifact(tmp_path / "bad.json")


def test_task_level_model_predicts_unseen_tasks_with_their_spread():
    st = handmade_stage(weight=1.0, alpha=0.5, draws=40, spread=0.1)
    flat = Predictor(st)
    st.sigma_alpha = [1.2] * 40
    st.tau = [0.4] * 40
    wide = Predictor(st)
    x = np.full(len(st.mean), 0.4)
    # Monte Carlo of the new-task logit N(α + z·w, σ_α² + τ²|z|²) agrees with the probit approximation
    rng = np.random.default_rng(0)
    mu = wide.alpha + wide.w @ x
    s = np.sqrt(1.2**2 + 0.4**2 * (x**2).sum())
    mc = (1 / (1 + np.exp(-(mu[:, None] + s * rng.standard_normal((40, 20000)))))).mean()
    assert wide.predict(x).p == pytest.approx(mc, abs=0.01)
    assert 0.5 < wide.predict(x).p < flat.predict(x).p  # pulled towards 0.5 by task-to-task spread


def test_files_that_are_not_utf8_are_named_in_the_error(tmp_path):
    from detectors.verification.guidelines import GuidelineError, load_pack
    from detectors.verification.trajectory import TrajectoryError, read_runs

    bad = tmp_path / "m.json"
    bad.write_bytes(b"\xff\xfe{}")
    with pytest.raises(ArtifactError, match="m.json: not readable JSON"):
        load_artifact(bad)
    run = tmp_path / "runs" / "r.json"
    run.parent.mkdir()
    run.write_bytes(b"\xff")
    with pytest.raises(TrajectoryError, match="r.json: not readable JSON"):
        read_runs(run.parent)
    pack = tmp_path / "p.yaml"
    pack.write_bytes(b"id: x\ndescription: caf\xe9\n")
    with pytest.raises(GuidelineError, match="p.yaml: cannot read"):
        load_pack(pack)


def _custom_pack(tmp_path: Path, name: str, text: str = "") -> Path:
    data = load_packs("general")[0].model_dump(mode="json")
    data["name"] = name
    if text:
        data["guidelines"][0]["text"] = text
    path = tmp_path / f"{name}-{len(text)}.yaml"
    path.write_text(json.dumps(data))
    return path


def test_a_custom_pack_is_rebuilt_from_the_model_file(tmp_path):
    pack_file = _custom_pack(tmp_path, "mygen")
    st = handmade_stage(str(pack_file))
    path = handmade_artifact(tmp_path / "m.json", [st])
    pack_file.unlink()  # the model must not need the pack's file any more
    scorer = scorer_for(load_artifact(path).stages[0])
    assert [p.name for p in scorer.packs] == ["mygen"] and scorer.hash == st.pack_hash
    # an edited copy of a built-in pack, keeping its name, is the user's pack: no clash with the library's
    edited = _custom_pack(tmp_path, "general", text="a reworded first guideline")
    path = handmade_artifact(tmp_path / "e.json", [handmade_stage(str(edited))])
    assert scorer_for(load_artifact(path).stages[0]).packs[0].guidelines[0].text == "a reworded first guideline"


def test_a_model_fitted_on_a_builtin_pack_that_changed_since_is_refused(tmp_path):
    st = handmade_stage("general")
    assert st.pack_defs[0].builtin
    old = parse_pack(st.pack_defs[0].definition)
    old.guidelines[0].text = "the wording the library used to ship"
    st.pack_defs[0].definition = old.model_dump(mode="json")
    st.pack_hash = old.digest()
    path = handmade_artifact(tmp_path / "m.json", [st])
    with pytest.raises(ArtifactError, match="differ from the ones the model was fitted on.*re-run `guard calibrate`"):
        scorer_for(load_artifact(path).stages[0])


def test_embedded_packs_are_hash_checked_and_old_models_look_packs_up_by_name(tmp_path):
    data = json.loads(handmade_artifact(tmp_path / "m.json", [handmade_stage(str(_custom_pack(tmp_path, "mygen")))]).read_text())
    data["stages"][0]["pack_defs"][0]["definition"]["guidelines"][0]["text"] = "tampered"
    (tmp_path / "t.json").write_text(json.dumps(data))
    with pytest.raises(ArtifactError, match="do not match its pack_hash"):
        scorer_for(load_artifact(tmp_path / "t.json").stages[0])
    legacy = load_artifact(handmade_artifact(tmp_path / "l.json", [handmade_stage("general", embed=False)])).stages[0]
    assert legacy.pack_defs == [] and scorer_for(legacy).packs[0].name == "general"


def test_a_feature_vector_of_the_wrong_length_is_refused_not_broadcast():
    from detectors.verification.predictor import Predictor
    from tests.test_glean_support import handmade_stage

    pred = Predictor(handmade_stage("general"))
    n = len(pred.mean)
    assert 0.0 < pred.predict([0.0] * n).p < 1.0
    for bad in ([0.0], [0.0] * (n + 1), [[0.0] * (n - 1)]):
        with pytest.raises(ValueError, match=f"expected {n} feature"):
            pred.predict(bad)
