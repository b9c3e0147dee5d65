"""`guard calibrate` / `guard eval calibration` end to end (small sampler settings)."""
import json

import pytest

from guard.cli.main import main
from tests.test_glean_support import write_runs


@pytest.fixture(scope="module")
def fitted(tmp_path_factory):
    d = tmp_path_factory.mktemp("glean-cli")
    runs = write_runs(d / "runs", n=80, seed=1)
    model = d / "model.json"
    rc = main(["calibrate", "--runs", str(runs), "--guidelines", "general", "--out", str(model), "--draws", "150", "--tune", "150"])
    assert rc == 0
    return d, runs, model


def test_calibrate_writes_a_loadable_model(fitted, capsys):
    d, runs, model = fitted
    data = json.loads(model.read_text())
    st = data["stages"][0]
    assert data["format"] == "agentguard.glean/1" and st["features"]["packs"] == ["general"]
    assert len(st["alpha"]) == 300 and "r_hat_max" in st["diagnostics"]
    chosen = st["training"]["prior_scale"]  # picked by held-out tasks, and the fit used it
    assert chosen["scale"] in [s for s, _ in chosen["held_out_log_loss"]] and st["diagnostics"]["prior_scale"] == chosen["scale"]


def test_eval_json_and_plot(fitted, capsys):
    d, runs, model = fitted
    png = d / "rel.png"
    capsys.readouterr()
    rc = main(["eval", "calibration", "--runs", str(runs), "--model", str(model), "--json", "--plot", str(png), "--bootstrap", "50"])
    assert rc == 0
    out = json.loads(capsys.readouterr().out)
    for k in ("auroc", "brier", "ece", "risk_at_half", "n", "baselines"):
        assert k in out
    assert out["n"] == 80 and out["auroc"] > 0.75
    assert set(out["baselines"]) == {"mean_rating", "last_step_rating", "mle_logistic", "length_heuristic"}
    assert all({"auroc", "brier", "ece"} <= set(v) for v in out["baselines"].values())
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_bad_inputs_give_clear_errors_and_nonzero_exit(fitted, tmp_path, capsys):
    d, runs, model = fitted
    assert main(["calibrate", "--runs", str(tmp_path / "missing"), "--out", str(tmp_path / "m.json")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert main(["calibrate", "--runs", str(runs), "--guidelines", "nope", "--out", str(tmp_path / "m.json")]) == 2
    assert "not found" in capsys.readouterr().err
    (tmp_path / "junk.json").write_text("[1, 2")
    assert main(["eval", "calibration", "--runs", str(runs), "--model", str(tmp_path / "junk.json")]) == 2
    assert "not readable JSON" in capsys.readouterr().err
    assert main(["calibrate", "--runs", str(runs), "--prior-scale", "wide", "--out", str(tmp_path / "m.json")]) == 2
    assert "--prior-scale must be 'auto' or a number from" in capsys.readouterr().err
    assert not (tmp_path / "m.json").exists()
    data = json.loads(model.read_text())
    data["stages"][0]["pack_hash"] = "0" * 64
    (tmp_path / "other.json").write_text(json.dumps(data))
    assert main(["eval", "calibration", "--runs", str(runs), "--model", str(tmp_path / "other.json")]) == 2
    assert "re-run `guard calibrate`" in capsys.readouterr().err


def test_a_model_fitted_on_a_custom_pack_evaluates_and_gates_without_the_pack_file(fitted, tmp_path, capsys):
    from guard import Guard
    from detectors.verification.guidelines import load_pack

    d, runs, _ = fitted
    data = load_pack("general").model_dump(mode="json")
    data["name"] = "mygen"
    pack = tmp_path / "mygen.yaml"
    pack.write_text(json.dumps(data))
    model = tmp_path / "m.json"
    assert main(["calibrate", "--runs", str(runs), "--guidelines", str(pack), "--out", str(model), "--draws", "60",
                 "--tune", "60", "--prior-scale", "1"]) == 0
    pack.unlink()
    capsys.readouterr()
    assert main(["eval", "calibration", "--runs", str(runs), "--model", str(model), "--bootstrap", "20", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["n"] == 80
    Guard.from_policy({"name": "g", "version": 1, "interceptors": [
        {"use": "verification.glean", "on": ["output"], "config": {"model": str(model)}}]})


def test_the_same_pack_in_guidelines_and_expand_is_refused_before_fitting(fitted, tmp_path, capsys):
    d, runs, _ = fitted
    out = tmp_path / "m.json"
    assert main(["calibrate", "--runs", str(runs), "--guidelines", "general", "--expand", "general", "--out", str(out)]) == 2
    assert "general is given both in --guidelines and --expand" in capsys.readouterr().err and not out.exists()


def test_eval_on_one_class_reports_auroc_as_not_available_and_prints_valid_json(fitted, tmp_path, capsys):
    d, runs, model = fitted
    one = tmp_path / "one"
    for f in sorted(runs.rglob("*.json")):
        if json.loads(f.read_text())["utility"]:
            (one / f.name).parent.mkdir(exist_ok=True)
            (one / f.name).write_text(f.read_text())
    capsys.readouterr()
    assert main(["eval", "calibration", "--runs", str(one), "--model", str(model), "--bootstrap", "20", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)  # strict JSON: no bare NaN
    assert out["auroc"] is None and out["ci95"]["auroc"] == [None, None] and out["brier"] > 0
    assert out["baselines"]["mean_rating"]["delta_auroc_ci95"] == [None, None, None] and "one class" in out["note"]
    # fitted on these one-class runs, the fitted baselines predicted them exactly (Brier 0): not fitted
    assert "mle_logistic" not in out["baselines"] and "length_heuristic" not in out["baselines"]
    assert out["baselines_not_fitted"]["names"] == ["mle_logistic", "length_heuristic"]
    assert main(["eval", "calibration", "--runs", str(one), "--model", str(model), "--bootstrap", "20"]) == 0
    text = capsys.readouterr().out
    assert "AUROC=n/a [n/a, n/a]" in text and "Brier=0." in text and "not fitted: the runs they would learn from" in text


def test_output_paths_and_counts_are_checked_before_the_work(fitted, tmp_path, capsys):
    d, runs, model = fitted
    ev = ["eval", "calibration", "--runs", str(runs), "--model", str(model)]
    for flag, err in ((["--bootstrap", "0"], "--bootstrap must be a positive integer"),
                      (["--plot", "/proc/rel.png"], "--plot '/proc/rel.png': cannot write there"),
                      (["--plot", str(tmp_path)], "is a directory"),
                      (["--plot", str(tmp_path / "rel.jpg2")], "must end in .png")):
        assert main(ev + flag) == 2, flag
        captured = capsys.readouterr()
        assert err in captured.err and captured.out == "" and "Traceback" not in captured.err
    assert main(ev + ["--bootstrap", "10", "--plot", str(tmp_path / "rel")]) == 0
    assert f"wrote {tmp_path / 'rel.png'}" in capsys.readouterr().out and (tmp_path / "rel.png").is_file()
    cal = ["calibrate", "--runs", str(runs), "--out"]
    for out, flag, err in (("/proc/x.json", [], "--out '/proc/x.json': cannot write there"),
                           (str(tmp_path), [], "is a directory"),
                           (str(tmp_path / "m.json"), ["--draws", "0"], "--draws must be a positive integer"),
                           (str(tmp_path / "m.json"), ["--tune", "-1"], "--tune must be an integer ≥ 0"),
                           (str(tmp_path / "m.json"), ["--seed", "-1"], "--seed must be an integer ≥ 0")):
        assert main(cal + [out] + flag) == 2, (out, flag)
        assert err in capsys.readouterr().err
    assert not (tmp_path / "m.json").exists()


def test_an_unconverged_fit_is_written_with_a_warning(fitted, tmp_path, capsys):
    d, runs, _ = fitted
    out = tmp_path / "m.json"
    assert main(["calibrate", "--runs", str(runs), "--out", str(out), "--draws", "5", "--tune", "5", "--prior-scale", "1"]) == 0
    err = capsys.readouterr().err
    assert out.is_file() and "guard: warning: stage 0 did not converge" in err and "ess_bulk_min=" in err and "--draws" in err


def test_guidelines_rated_by_an_llm_judge_can_be_calibrated_and_evaluated_from_the_cli(fake, tmp_path, capsys, monkeypatch):
    from tests.test_glean_raters import judge_reply

    monkeypatch.setenv("JUDGE_KEY", "sk-test")
    fake.log.clear()
    fake.script = judge_reply
    try:
        runs = write_runs(tmp_path / "runs", n=24, seed=3)
        model = tmp_path / "judged.json"
        judge = ["--judge-url", fake.url, "--judge-model", "judge-1", "--judge-key-env", "JUDGE_KEY"]
        rc = main(["calibrate", "--runs", str(runs), "--expand", "general-deep", "--out", str(model),
                   "--draws", "40", "--tune", "40", "--prior-scale", "1", *judge])
        assert rc == 0, capsys.readouterr().err
        stage1 = json.loads(model.read_text())["stages"][1]
        assert any("judge" in names for names in stage1["features"]["raters"].values())  # the judge rated when fitting
        asked = len(fake.log.requests)
        assert asked > 0
        capsys.readouterr()
        assert main(["eval", "calibration", "--runs", str(runs), "--model", str(model), "--stage", "1",
                     "--bootstrap", "20", "--json", *judge]) == 0
        assert json.loads(capsys.readouterr().out)["n"] == 24 and len(fake.log.requests) > asked
        # without the judge the model cannot be used: said, not guessed
        assert main(["eval", "calibration", "--runs", str(runs), "--model", str(model), "--stage", "1", "--bootstrap", "20"]) == 2
        assert "configure the same raters" in capsys.readouterr().err
        assert main(["calibrate", "--runs", str(runs), "--out", str(model), "--judge-url", fake.url]) == 2
        assert "--judge-url and --judge-model go together" in capsys.readouterr().err
    finally:
        fake.script = None


def test_a_failed_run_leaves_no_folder_behind_and_bad_scales_are_refused(fitted, tmp_path, capsys):
    d, runs, model = fitted
    plot = tmp_path / "a" / "b" / "x.png"
    assert main(["eval", "calibration", "--runs", str(runs), "--model", str(tmp_path / "none.json"), "--plot", str(plot)]) == 2
    assert not (tmp_path / "a").exists()
    assert main(["calibrate", "--runs", str(runs), "--prior-scale", "1e-320", "--out", str(tmp_path / "m.json")]) == 2
    assert "from 0.001 to 1000" in capsys.readouterr().err


def test_eval_refuses_training_runs_of_one_class(fitted, tmp_path, capsys):
    d, runs, model = fitted
    one = tmp_path / "one"
    one.mkdir()
    for f in sorted(runs.rglob("*.json")):
        if json.loads(f.read_text()).get("utility") is True:
            (one / f.name).write_text(f.read_text())
    assert main(["eval", "calibration", "--runs", str(runs), "--model", str(model), "--train-runs", str(one)]) == 2
    assert "both correct and incorrect" in capsys.readouterr().err


@pytest.mark.parametrize("edit", ["swap", "rename"])
def test_a_model_whose_feature_names_were_edited_is_refused(fitted, tmp_path, capsys, edit):
    d, runs, model = fitted
    data = json.loads(model.read_text())
    names = data["stages"][0]["features"]["guidelines"]
    if edit == "swap":
        names[0], names[1] = names[1], names[0]
    else:
        names[0] = "general.something_else"
    (tmp_path / "m.json").write_text(json.dumps(data))
    assert main(["eval", "calibration", "--runs", str(runs), "--model", str(tmp_path / "m.json")]) == 2
    assert "do not match its packs" in capsys.readouterr().err


def test_a_model_with_a_denormal_scale_is_refused(fitted, tmp_path, capsys):
    d, runs, model = fitted
    data = json.loads(model.read_text())
    data["stages"][0]["scale"] = [1e-320] * len(data["stages"][0]["scale"])
    (tmp_path / "m.json").write_text(json.dumps(data))
    assert main(["eval", "calibration", "--runs", str(runs), "--model", str(tmp_path / "m.json")]) == 2
    assert "at least 1e-09" in capsys.readouterr().err


def test_costly_packs_go_with_expand_and_only_there(fitted, tmp_path, capsys):
    """`costly: true` was read by nothing: a costly pack rated every answer, a cheap one was
    accepted as the active-verification expansion."""
    d, runs, _ = fitted
    out = tmp_path / "m.json"
    capsys.readouterr()
    assert main(["calibrate", "--runs", str(runs), "--guidelines", "general,general-deep", "--out", str(out)]) == 2
    assert "general-deep is costly" in capsys.readouterr().err and not out.exists()
    assert main(["calibrate", "--runs", str(runs), "--guidelines", "general", "--expand", "finance", "--out", str(out)]) == 2
    assert "finance is not costly" in capsys.readouterr().err and not out.exists()
