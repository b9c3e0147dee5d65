"""The `credibility.aggregate` interceptor through a real Guard, the ensemble helper, the CLI and the eval."""
from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path

import pytest

from guard.errors import GuardError
from guard.events import Hook, Opinion, OpinionsEvent
from guard.interceptors import CheckContext
from guard.verdicts import Action

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data" / "credibility"


def _policy(tmp_path, **config):
    # These tests are about what is decided and kept, not about time: the default 1000 ms timed out
    # on a loaded CI host while the store opened (the opinions were refused, failing closed).
    return [{"use": "credibility.aggregate", "on": ["opinions"], "timeout_ms": 60000,
             "config": {"store_url": f"sqlite:///{tmp_path / 'cred.db'}", **config}}]


def test_interceptor_returns_consensus_and_weights(tmp_path):
    from detectors.credibility.interceptor import CredibilityInterceptor

    icp = CredibilityInterceptor({"store_url": f"sqlite:///{tmp_path / 'c.db'}"})
    ev = OpinionsEvent(question_id="q1", opinions=[Opinion(agent="a", answer="X"), Opinion(agent="b", answer="X"),
                                                   Opinion(agent="c", answer="Y")])
    v = icp.check(ev, CheckContext(run_id="r", hook=Hook.OPINIONS, agent=None, policy_name="p"))
    icp.close()
    assert v.action is Action.ALLOW
    c = v.details["consensus"]
    assert c["winner"] == "X" and set(c["weights"]) == {"a", "b", "c"}
    assert json.loads(json.dumps(c)) == c  # JSON-able for span and audit
    assert v.scores["support_share"] == pytest.approx(c["share"]["X"])
    assert {"weight.a", "weight.b", "weight.c"} <= set(v.scores)


def test_warmup_opens_the_store_before_the_first_opinions(make_guard, tmp_path):
    """Without it the store opened inside the first check, under its timeout."""
    g = make_guard(_policy(tmp_path))
    assert not (tmp_path / "cred.db").exists()
    assert g.warmup() == {"credibility.aggregate": None}
    assert (tmp_path / "cred.db").exists()
    with g.run(agent="judge") as run:
        assert run.opinions("q1", [{"agent": "a", "answer": "yes"}]).allowed


def test_interceptor_config_is_validated():
    from detectors.credibility.interceptor import CredibilityInterceptor

    with pytest.raises(ValueError, match="escalate_below_share"):
        CredibilityInterceptor({"escalate_below_share": 2})
    with pytest.raises(ValueError, match="kappa"):
        CredibilityInterceptor({"params": {"kappa": -1}})


def test_guard_opinions_hook_end_to_end_with_span(make_guard, tmp_path, spans):
    g = make_guard(_policy(tmp_path))
    with g.run(agent="judge") as run:
        d = run.opinions("q1", [{"agent": "a", "answer": "yes"}, {"agent": "b", "answer": "yes"},
                                {"agent": "c", "answer": "no", "confidence": 0.3}])
    assert d.allowed
    assert d.deciding.details["consensus"]["winner"] == "yes"
    checks = spans.named("guard.check credibility.aggregate")
    assert len(checks) == 1
    attrs = checks[0].attributes
    assert {"guard.scores.weight.a", "guard.scores.weight.b", "guard.scores.weight.c"} <= set(attrs)
    assert attrs["guard.scores.weight.c"] < attrs["guard.scores.weight.a"]


@pytest.mark.parametrize("capture", [False, True])
def test_the_winning_answer_is_quoted_in_spans_and_audit_only_when_content_is_captured(make_guard, tmp_path, spans, capture):
    g = make_guard(_policy(tmp_path), telemetry={"capture_content": capture})
    answer = "Dr Helen Marsh treats the patient"  # a name no pattern redactor knows
    with g.run(agent="judge") as run:
        d = run.opinions("q1", [{"agent": "a", "answer": answer}, {"agent": "b", "answer": answer}])
    g.flush()
    assert answer in d.deciding.reason  # the caller's own verdict keeps it
    span_reason = spans.named("guard.check credibility.aggregate")[0].attributes["guard.reason"]
    stored = g.audit.records(run.run_id)[0].reasons[0]
    if capture:
        assert "wins with" in stored and "[quoted content not captured]" not in stored + span_reason
    else:
        assert "Marsh" not in span_reason and "Marsh" not in stored
        assert stored.startswith('"[quoted content not captured]" wins with 100%')


def test_split_support_escalates_when_configured(make_guard, tmp_path):
    g = make_guard(_policy(tmp_path, escalate_below_share=0.6))
    with g.run() as run:
        d = run.opinions("q", [{"agent": "a", "answer": "x"}, {"agent": "b", "answer": "y"},
                               {"agent": "c", "answer": "z"}])
    assert d.action is Action.ESCALATE or d.approved_by is not None
    assert any(v.rule == "credibility.split" for v in d.verdicts)


def test_ensemble_runs_agents_and_returns_consensus(make_guard, tmp_path):
    from guard.ensemble import ensemble

    g = make_guard(_policy(tmp_path))

    def broken(q):
        raise RuntimeError("model down")

    agents = {"a": lambda q: "Paris", "b": lambda q: {"answer": "Paris", "confidence": 0.9},
              "c": lambda q: ("Lyon", 1.0), "d": broken}
    res = ensemble(g, agents, "capital of France?", question_id="cap-fr")
    assert res.winner == "Paris"
    assert res.consensus["endorsements"] == {"a": "Paris", "b": "Paris", "c": "Lyon"}
    assert "d" in res.errors and "model down" in res.errors["d"]
    assert res.output in ("Paris", {"answer": "Paris", "confidence": 0.9})


def test_async_ensemble_mixes_sync_and_async_agents(make_guard, tmp_path):
    from guard.ensemble import aensemble

    g = make_guard(_policy(tmp_path))

    async def a(q):
        await asyncio.sleep(0)
        return "42"

    res = asyncio.run(aensemble(g, {"a": a, "b": lambda q: "42", "c": lambda q: "41"}, "answer?"))
    assert res.winner == "42" and len(res.opinions) == 3


def test_ensemble_without_aggregator_says_what_is_missing(make_guard):
    from guard.ensemble import ensemble

    g = make_guard([])
    with pytest.raises(GuardError, match="credibility.aggregate"):
        ensemble(g, {"a": lambda q: "x"}, "q")


def _guard_cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "guard.cli.main", *args], capture_output=True, text=True,
                          timeout=300, cwd=ROOT, env=env)


def test_cli_show_observe_reset(tmp_path):
    from detectors.credibility import CredibilityAggregator

    url = f"sqlite:///{tmp_path / 'c.db'}"
    with CredibilityAggregator(url) as a:
        a.aggregate("q", [("alice", "A"), ("bob", "B")])
    r = _guard_cli("credibility", "observe", "q", "A", "--store", url)
    assert r.returncode == 0, r.stderr
    r = _guard_cli("credibility", "show", "--store", url, "--json")
    rows = {x["agent"]: x for x in json.loads(r.stdout)["agents"]}
    assert rows["alice"]["alpha"] == 1.0 and rows["bob"]["beta"] == 1.0
    r = _guard_cli("credibility", "show", "--store", url)
    assert r.stdout.index("alice") < r.stdout.index("bob")  # sorted by credibility
    assert _guard_cli("credibility", "reset", "--store", url).returncode == 2  # needs --yes
    assert _guard_cli("credibility", "reset", "--store", url, "--agent", "nobody").returncode == 1
    r = _guard_cli("credibility", "reset", "--store", url, "--yes")
    assert r.returncode == 0 and "2" in r.stdout
    assert "no agents" in _guard_cli("credibility", "show", "--store", url).stdout


def test_cli_show_creates_no_store_and_takes_a_file_path(tmp_path):
    import os

    env = {**os.environ, "AGENTGUARD_HOME": str(tmp_path / "home")}
    env.pop("AGENTGUARD_CREDIBILITY_URL", None)
    r = _guard_cli("credibility", "show", env=env)
    assert r.returncode == 0 and "no store yet" in r.stdout
    assert not (tmp_path / "home").exists()  # a read command creates nothing
    path = tmp_path / "plain.db"
    assert _guard_cli("credibility", "observe", "q", "A", "--store", str(path)).returncode == 0
    assert path.exists()
    r = _guard_cli("credibility", "show", "--store", str(path), "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["store"] == f"sqlite:///{path}"


def test_cli_eval_json_keys_and_bad_files(tmp_path):
    ds = DATA / "k4-mixed"
    r = _guard_cli("eval", "credibility", str(ds / "answer.csv"), str(ds / "truth.csv"), "--json", "--seed", "3")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    for k in ("accuracy", "majority_accuracy", "dawid_skene_accuracy", "n_questions"):
        assert k in out
    assert out["n_questions"] == 800 and out["accuracy"] > out["majority_accuracy"]

    bad = tmp_path / "bad.csv"
    bad.write_text("question,who,answer\nq1,w1,A\n")
    r = _guard_cli("eval", "credibility", str(bad), str(ds / "truth.csv"))
    assert r.returncode == 2 and "worker" in r.stderr
    r = _guard_cli("eval", "credibility", str(tmp_path / "missing.csv"), str(ds / "truth.csv"))
    assert r.returncode == 2 and "no such file" in r.stderr
    dup = tmp_path / "dup.csv"
    dup.write_text("question,worker,answer\nq00001,w1,A\nq00001,w1,B\n")
    r = _guard_cli("eval", "credibility", str(dup), str(ds / "truth.csv"))
    assert r.returncode == 2 and ":3:" in r.stderr
    r = _guard_cli("eval", "credibility", str(ds / "answer.csv"), str(ds / "truth.csv"), "--reveal", "2")
    assert r.returncode == 2 and "reveal" in r.stderr


@pytest.mark.parametrize("name", ["binary-mixed", "k3-confusion-sparse"])
def test_eval_targets_on_generated_data(name):
    """Above majority when reliabilities differ; with 20% coordinated adversaries lose <= 2 points."""
    from detectors.credibility.evaluate import evaluate, load

    data = load(DATA / name / "answer.csv", DATA / name / "truth.csv")
    clean = evaluate(data, seed=1, dawid_skene=False)
    attacked = evaluate(data, seed=1, sybils=0.2, dawid_skene=False)
    assert clean["accuracy"] > clean["majority_accuracy"]
    assert clean["accuracy"] - attacked["accuracy"] <= 0.02
    assert clean["majority_accuracy"] - attacked["majority_accuracy"] >= 0.10


@pytest.mark.parametrize("order", [("yes", "no"), ("no", "yes")])
def test_an_even_split_escalates_as_a_tie_and_the_explanation_says_so(make_guard, tmp_path, order):
    g = make_guard(_policy(tmp_path, escalate_below_share=0.5))
    with g.run() as run:
        d = run.opinions("q-tie", [{"agent": "a", "answer": order[0]}, {"agent": "b", "answer": order[1]}])
    # 50% is no majority: this once went to whichever answer came first in the list, unescalated
    assert any(v.rule == "credibility.tie" for v in d.verdicts)
    assert d.action is not Action.ALLOW
    c = d.verdicts[0].details["consensus"]
    assert "ties with" in c["explanation"]


def test_the_audit_record_keeps_answers_by_index_and_quoted(make_guard, tmp_path):
    g = make_guard(_policy(tmp_path))
    with g.run(agent="judge") as run:
        d = run.opinions("q1", [{"agent": "a", "answer": "Contact jane.doe@example.com, Dr Helen Marsh"},
                                {"agent": "b", "answer": "Contact jane.doe@example.com, Dr Helen Marsh"},
                                {"agent": "c", "answer": "call Walter Brennan"}])
    g.flush()
    assert d.deciding.details["consensus"]["winner"] == "Contact jane.doe@example.com, Dr Helen Marsh"  # the caller's
    kept = g.audit.records(run.run_id)[0].details["consensus"]
    text = json.dumps(kept)
    for raw in ("jane.doe", "Marsh", "Brennan"):
        assert raw not in text, raw
    assert kept["answers"] == ['"[quoted content not captured]"'] * 2
    assert kept["winner"] == "0" and kept["endorsements"] == {"a": "0", "b": "0", "c": "1"}
    assert set(kept["support"]) == set(kept["share"]) == {"0", "1"} and kept["share"]["0"] > kept["share"]["1"]


@pytest.mark.parametrize("row, problem", [
    ("q1,w1,A,1,2,3", r"answer\.csv:2: 6 fields, the header has 3"),
    ("q1," + "w" * 300 + ",A", r"answer\.csv:2: field 'worker' has 300 characters, at most 255"),
    ("q1,w1," + "A" * 10_001, r"answer\.csv:2: field 'answer' has 10,001 characters"),
])
def test_eval_names_the_line_of_a_malformed_row(tmp_path, row, problem):
    import re

    (tmp_path / "answer.csv").write_text(f"question,worker,answer\n{row}\n")
    (tmp_path / "truth.csv").write_text("question,truth\nq1,A\n")
    r = _guard_cli("eval", "credibility", str(tmp_path / "answer.csv"), str(tmp_path / "truth.csv"))
    assert r.returncode == 2 and re.search(problem, r.stderr) and "Traceback" not in r.stderr, r.stderr


def test_with_capture_on_the_quoted_answers_in_the_audit_record_are_redacted_for_names(make_guard, tmp_path):
    pytest.importorskip("presidio_analyzer")
    g = make_guard(_policy(tmp_path), telemetry={"capture_content": True})
    with g.run(agent="judge") as run:
        run.opinions("q1", [{"agent": "a", "answer": "The patient is Marisol Quintanilla"},
                            {"agent": "b", "answer": "The patient is Marisol Quintanilla"}])
    g.flush()
    kept = g.audit.records(run.run_id)[0].details["consensus"]
    assert "Quintanilla" not in json.dumps(kept) and kept["answers"][0].startswith('"The patient is <')


def test_observe_refuses_an_empty_question_id(tmp_path):
    from detectors.credibility.aggregator import CredibilityAggregator

    with CredibilityAggregator(f"sqlite:///{tmp_path / 'c.db'}") as agg, pytest.raises(ValueError, match="question_id"):
        agg.observe("", "A")
    r = _guard_cli("credibility", "observe", "", "A", "--store", str(tmp_path / "c.db"))
    assert r.returncode == 2 and "non-empty question id" in r.stderr


@pytest.mark.parametrize("bad", [{"answer": "Paris", "confidence": 90}, ("Paris", float("nan"))])
def test_an_agent_whose_answer_cannot_be_read_is_left_out_not_fatal(make_guard, tmp_path, bad):
    from guard.ensemble import aensemble, ensemble

    g = make_guard(_policy(tmp_path))
    agents = {"a": lambda q: "Paris", "b": lambda q: "Paris", "c": lambda q: bad}
    res = ensemble(g, agents, "capital of France?", question_id=f"cap-{len(str(bad))}")
    assert res.winner == "Paris" and "c" in res.errors and "unreadable answer" in res.errors["c"]

    class Unprintable(Exception):
        def __str__(self):  # noqa: D105
            raise RuntimeError("no str")

    def fails(q):  # noqa: ANN001, ANN202
        raise Unprintable()

    res = asyncio.run(aensemble(g, {"a": lambda q: "Paris", "b": fails}, "capital?", question_id="cap-async"))
    assert res.winner == "Paris" and "b" in res.errors


# ---- a review of the ensemble and the store's inputs (thirtieth session) -----------------

@pytest.mark.parametrize("bad", ["x" * 20_000, "bad \udc80 text", "nul\x00"])
def test_one_unusable_answer_is_left_out_not_the_ensemble(make_guard, tmp_path, bad):
    from guard.ensemble import ensemble

    g = make_guard(_policy(tmp_path))
    res = ensemble(g, {"a": lambda q: "yes", "b": lambda q: "yes", "c": lambda q: bad}, "ok?", question_id="q")
    assert res.winner == "yes" and "c" in res.errors and "unreadable answer" in res.errors["c"]


def test_the_default_question_id_names_the_content_not_the_object(make_guard, tmp_path):
    from guard.ensemble import _question_id, ensemble
    from guard.run import GuardInputError

    assert _question_id({"a": 1, "b": 2}) == _question_id({"b": 2, "a": 1})
    assert _question_id("q1") != _question_id("q2")

    class Ticket:
        def __init__(self, n: int) -> None:
            self.n = n

    g = make_guard(_policy(tmp_path))
    with pytest.raises(GuardInputError, match="question_id"):
        ensemble(g, {"a": lambda t: "x"}, Ticket(41))
    assert ensemble(g, {"a": lambda t: "x"}, Ticket(41), question_id="t-41").winner == "x"


def test_agent_names_that_are_not_text_still_give_the_output(make_guard, tmp_path):
    from guard.ensemble import ensemble

    g = make_guard(_policy(tmp_path))
    res = ensemble(g, {1: lambda q: "A", 2: lambda q: "A", 3: lambda q: "B"}, "Q?", question_id="q")
    assert res.output == "A"


@pytest.mark.parametrize("qid, opinions, field", [
    ("q" * 256, [("a", "x")], "question_id"), ("q\x00", [("a", "x")], "question_id"),
    ("q", [("a", "x\x00")], "answer"),
])
def test_identifiers_a_database_cannot_keep_are_refused_by_name(tmp_path, qid, opinions, field):
    from detectors.credibility import CredibilityAggregator

    agg = CredibilityAggregator(f"sqlite:///{tmp_path / 'c.db'}")
    with pytest.raises(ValueError, match=field):
        agg.aggregate(qid, opinions)
    with pytest.raises(ValueError, match="answer"):
        agg.observe("q", {"answer": "x" * 20_000})
    agg.close()


def test_cli_observe_warns_when_no_agent_answered_the_question(tmp_path):
    store = str(tmp_path / "c.db")
    proc = _guard_cli("credibility", "observe", "inv-41", "no", "--strength", "0.2", "--store", store)
    assert proc.returncode == 0 and "no agent has answered 'inv-41'" in proc.stderr and store in proc.stderr


def test_cli_show_on_another_database_adds_no_tables_to_it(tmp_path):
    """`guard credibility show --store audit.db` created the credibility tables in the audit trail."""
    import sqlite3

    from guard.audit import open_store

    path = tmp_path / "audit.db"
    open_store(path).close()
    before = sqlite3.connect(path).execute("SELECT name FROM sqlite_master ORDER BY name").fetchall()
    r = _guard_cli("credibility", "show", "--store", str(path))
    assert r.returncode == 1 and "holds no credibility store" in r.stderr
    assert sqlite3.connect(path).execute("SELECT name FROM sqlite_master ORDER BY name").fetchall() == before
