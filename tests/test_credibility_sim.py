"""The POLIS-like simulation: its metrics mean what they say, and governance matters where it should."""
from __future__ import annotations

import json

import pytest

from benchmarks import credibility_sim as sim


def _world(scenario: str, seed: int = 0, questions: int = 8):
    return sim.build_world(scenario, seed, sim.Config(questions=questions))


def test_worlds_are_reproducible_and_shared_by_every_rule():
    a, b = _world("bots"), _world("bots")
    assert a.private == b.private and a.public == b.public and a.truth == b.truth
    assert a.bots[0] == [] and a.bots[-1]  # the bloc arrives after the start
    assert a.bots[2] != a.bots[-1]  # and comes back under fresh identities at half-run


def test_misalignment_starts_with_most_agents_wrong():
    w = _world("misalignment", questions=20)
    wrong = sum(s != w.truth[q] for q in range(20) for s in w.private[q][0]) / (20 * w.cfg.agents)
    assert 0.55 <= wrong <= 0.75


def test_metrics_on_a_known_trace():
    w = _world("baseline", questions=4)
    w.cfg.rounds = 4
    tr = sim.Trace(correct=[[True] * 4, [False, False, True, True], [False] * 4, [False, True, False, True]],
                   truth_share=[[1.0] * 4, [0.5] * 4, [0.0] * 4, [0.25] * 4])
    m = sim.metrics(tr, w)
    assert m["final_accuracy"] == pytest.approx(0.75)
    assert m["lock_in_rate"] == pytest.approx(0.25)  # only the question wrong in each of the last 3 rounds
    # wrong at round 0: q1 recovers from round 2, q2 never (censored at R=4), q3 from round 3
    assert m["rounds_to_recover"] == pytest.approx((2 + 4 + 3) / 3)
    assert m["recovery_rate"] == pytest.approx(2 / 3)
    assert m["truth_influence_share"] == pytest.approx((1.0 + 0.5 + 0.0 + 0.25) / 4)


def test_credibility_escapes_a_misaligned_majority_that_voting_locks_in():
    cred, maj = [], []
    for seed in range(3):
        w = _world("misalignment", seed=seed, questions=20)
        cred.append(sim.metrics(sim.run_rule(w, "credibility"), w))
        maj.append(sim.metrics(sim.run_rule(w, "majority"), w))
    mean = lambda runs, key: sum(r[key] for r in runs) / len(runs)  # noqa: E731
    assert mean(cred, "final_accuracy") > mean(maj, "final_accuracy") + 0.3
    assert mean(cred, "lock_in_rate") < mean(maj, "lock_in_rate")
    assert mean(cred, "truth_influence_share") > mean(maj, "truth_influence_share")
    # it learns over time: the last quarter of the run is better than the first
    assert sum(r["accuracy_by_quarter"][-1] for r in cred) > sum(r["accuracy_by_quarter"][0] for r in cred)


def test_cli_writes_json(tmp_path):
    out = tmp_path / "sim.json"
    assert sim.main(["--seeds", "2", "--questions", "4", "--rounds", "3", "--scenarios", "bots",
                     "--rules", "credibility", "--out", str(out)]) == 0
    data = json.loads(out.read_text())
    s = data["results"]["bots"]["credibility"]["final_accuracy"]
    assert 0.0 <= s["mean"] <= 1.0 and s["ci95"] is not None
    assert data["params"]["n_candidates"] == 4
    with pytest.raises(SystemExit):
        sim.main(["--scenarios", "nope", "--out", str(out)])
