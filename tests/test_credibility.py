"""Credibility-weighted aggregation: the mechanism's rules, persistence, and failure handling."""
from __future__ import annotations

import pytest

from detectors.credibility import CredibilityAggregator, CredibilityParams, Evidence
from detectors.credibility import scoring


@pytest.fixture
def agg(tmp_path):
    a = CredibilityAggregator(f"sqlite:///{tmp_path / 'cred.db'}")
    yield a
    a.close()


def _train(agg, good=("g1", "g2"), bad=("b1", "b2", "b3"), n=6, truth="A", wrong="B"):
    """Questions where the good agents say the truth and the bad ones a shared wrong answer."""
    for i in range(n):
        agg.aggregate(f"train-{i}", [(g, truth) for g in good] + [(b, wrong) for b in bad])
        agg.observe(f"train-{i}", truth)


def test_cold_start_is_majority_vote(agg):
    c = agg.aggregate("q", [("a", "X"), ("b", "Y"), ("c", "Y")])
    assert c.winner == "Y"
    assert len(set(c.weights.values())) == 1  # unknown agents weigh the same
    assert c.share["Y"] > c.share["X"]


def test_credible_minority_beats_discredited_majority(agg):
    _train(agg)
    c = agg.aggregate("new", [("g1", "C"), ("b1", "D"), ("b2", "D"), ("b3", "D")])
    assert c.winner == "C"
    assert c.weights["g1"] > 0 and c.weights["b1"] == 0.0
    assert "C" in c.explanation and "g1" in c.explanation


def test_credibility_moves_with_evidence(agg):
    _train(agg, n=4)
    rows = {r["agent"]: r for r in agg.agents()}
    assert rows["g1"]["alpha"] == pytest.approx(4.0) and rows["g1"]["beta"] == pytest.approx(0.0)
    assert rows["b1"]["beta"] == pytest.approx(4.0) and rows["b1"]["alpha"] == pytest.approx(0.0)
    assert rows["g1"]["credibility"] > CredibilityParams().prior_credibility > rows["b1"]["credibility"]
    assert rows["g1"]["established"] and rows["g1"]["opinions"] == 4


def test_confidence_lowers_but_never_raises_influence(agg):
    c = agg.aggregate("q", [("sure", "X", 1.0), ("unsure", "Y", 0.2), ("liar", "Z", 1.0)])
    assert c.weights["unsure"] < c.weights["sure"]
    assert c.weights["liar"] == c.weights["sure"]  # claiming certainty buys nothing beyond credibility


def test_flood_of_new_identities_cannot_outvote_established_agents(agg):
    _train(agg, bad=())
    flood = [(f"fresh-{i}", "WRONG") for i in range(50)]
    c = agg.aggregate("attack", [("g1", "RIGHT"), ("g2", "RIGHT")] + flood)
    assert c.winner == "RIGHT"
    newcomers = sum(w for a, w in c.weights.items() if a.startswith("fresh-"))
    established = c.weights["g1"] + c.weights["g2"]
    assert newcomers <= CredibilityParams().newcomer_cap * established + 1e-6
    assert c.newcomer_scale < 1.0


def test_without_cap_the_flood_would_win(tmp_path):
    a = CredibilityAggregator(f"sqlite:///{tmp_path / 'c.db'}", {"newcomer_cap": 1000.0})
    _train(a, bad=())
    c = a.aggregate("attack", [("g1", "RIGHT"), ("g2", "RIGHT")] + [(f"fresh-{i}", "WRONG") for i in range(50)])
    a.close()
    assert c.winner == "WRONG"  # the cap, not something else, is what protects


def test_anti_bubble_damps_unbacked_surge():
    p = CredibilityParams()
    mature = scoring.AgentStats(alpha=4, beta=4, evidence=8)  # established but unremarkable
    agents = {f"m{i}": mature for i in range(3)}
    ends = [scoring.Endorsement(f"m{i}", "A", 1.0, 0, i) for i in range(3)]
    ends += [scoring.Endorsement(f"n{i}", "B", 1.0, 1, 10 + i) for i in range(6)]
    prev = {"A": scoring.AnswerState(raw=3 * scoring.weight(scoring.credibility(mature, p), 2), credibility=0.6)}
    t = scoring.tally(ends, agents, prev, p.model_copy(update={"newcomer_cap": 1000.0}))
    assert t.penalty["A"] == 1.0  # no growth
    assert t.penalty["B"] < 0.6  # grew from nothing to most of the support with no track record
    assert t.support["B"] < t.raw_support["B"]


def test_anti_bubble_never_reorders_equally_credible_answers():
    p = CredibilityParams()
    for n_a in range(1, 8):
        ends = [scoring.Endorsement(f"a{i}", "A", 1.0, 0, i) for i in range(n_a)]
        ends += [scoring.Endorsement(f"b{i}", "B", 1.0, 0, 100 + i) for i in range(8 - n_a)]
        t = scoring.tally(ends, {}, {}, p)
        if n_a == 4:
            assert t.support["A"] == pytest.approx(t.support["B"])
        else:
            assert (t.support["A"] > t.support["B"]) == (n_a > 8 - n_a)


def test_early_movers_earn_more_than_late_followers(agg):
    agg.aggregate("q", [("early", "T")])
    for _ in range(4):
        agg.aggregate("q", [("early", "T")])
    agg.aggregate("q", [("late", "T")])
    agg.observe("q", "T")
    rows = {r["agent"]: r for r in agg.agents()}
    assert rows["early"]["alpha"] == pytest.approx(1.0)
    p = CredibilityParams()
    import math
    assert rows["late"]["alpha"] == pytest.approx(p.early_share + (1 - p.early_share) * math.exp(-p.kappa * 5))
    assert rows["late"]["evidence"] == pytest.approx(1.0)


def test_weak_signals_accumulate_and_later_evidence_takes_back_noise(agg):
    agg.aggregate("q", [("x", "A"), ("y", "B")])
    agg.observe("q", Evidence(scores={"A": 1.0, "B": 0.0}, strength=0.2))  # a noisy early hint for A
    after_noise = {r["agent"]: r for r in agg.agents()}
    assert after_noise["x"]["alpha"] == pytest.approx(0.2) and after_noise["y"]["beta"] == pytest.approx(0.2)
    agg.observe("q", "B")  # the truth turns out to be B
    final = {r["agent"]: r for r in agg.agents()}
    assert final["x"]["evidence"] == pytest.approx(1.0)
    # belief = mass-weighted: A 0.2, B 1.0 -> P(B) = 1/1.2; x's early credit is mostly taken back
    assert final["x"]["alpha"] == pytest.approx(0.2 / 1.2)
    assert final["y"]["alpha"] == pytest.approx(1.0 / 1.2)
    assert final["y"]["credibility"] > final["x"]["credibility"]


def test_answering_after_the_truth_is_known_earns_nothing(agg):
    agg.aggregate("q", [("honest", "A")])
    agg.observe("q", "A")
    agg.aggregate("q", [("copycat", "A")])
    agg.observe("q", "A")
    rows = {r["agent"]: r for r in agg.agents()}
    assert rows["honest"]["alpha"] == pytest.approx(1.0)
    assert rows["copycat"]["alpha"] == pytest.approx(0.0) and rows["copycat"]["evidence"] == pytest.approx(0.0)


def test_changed_answer_replaces_the_old_one(agg):
    agg.aggregate("q", [("a", "X"), ("b", "Y")])
    c = agg.aggregate("q", [("a", "Y")])
    assert c.endorsements == {"a": "Y", "b": "Y"} and c.winner == "Y" and c.round == 1


def test_state_persists_across_instances(tmp_path):
    url = f"sqlite:///{tmp_path / 'p.db'}"
    with CredibilityAggregator(url) as a:
        _train(a)
    with CredibilityAggregator(url) as b:
        c = b.aggregate("later", [("g1", "A"), ("b1", "B"), ("b2", "B")])
        assert c.winner == "A"
        assert b.store.counts()["agents"] == 5


def test_reset_one_agent_and_all(agg):
    _train(agg, n=2)
    assert agg.reset("b1") == 1
    assert {r["agent"] for r in agg.agents()} == {"g1", "g2", "b2", "b3"}
    assert agg.reset() == 4 and agg.agents() == []


@pytest.mark.parametrize("bad, field", [
    ({"answer": "A", "scores": {"A": 1}}, "exactly one"),
    ({"scores": {"A": -1}}, "non-negative"),
    ({"answer": "A", "strength": 0}, "strength"),
    ({"answr": "A"}, "answr"),
])
def test_bad_evidence_is_refused_with_the_field(agg, bad, field):
    with pytest.raises(ValueError, match=field):
        agg.observe("q", bad)


@pytest.mark.parametrize("bad, field", [
    ([{"agent": "", "answer": "A"}], "agent"),
    ([{"agent": "a", "answer": "A", "confidence": 2}], "confidence"),
    ([{"agent": "a"}], "answer"),
])
def test_bad_opinions_are_refused_with_the_field(agg, bad, field):
    with pytest.raises(ValueError, match=field):
        agg.aggregate("q", bad)


def test_bad_params_are_refused():
    with pytest.raises(ValueError, match="prior_credibility"):
        CredibilityParams(prior_credibility=1.5)
    with pytest.raises(ValueError, match="kapa"):
        CredibilityParams.model_validate({"kapa": 1})


def test_everyone_discredited_falls_back_to_counting(agg):
    _train(agg, good=(), bad=("b1", "b2", "b3"), n=5)
    c = agg.aggregate("q", [("b1", "X"), ("b2", "Y"), ("b3", "Y")])
    assert c.winner == "Y" and "fell back" in c.explanation


def test_in_memory_store_is_thread_safe():
    from concurrent.futures import ThreadPoolExecutor

    a = CredibilityAggregator("sqlite://")
    with ThreadPoolExecutor(4) as ex:
        list(ex.map(lambda i: a.aggregate(f"q{i}", [("a", "X"), ("b", "Y")]), range(40)))
    assert a.agents("a")[0]["opinions"] == 40
    a.close()


def test_candidates_seen_on_a_question_still_count_when_opinions_converge(agg):
    first = agg.aggregate("q", [("a", "X"), ("b", "Y"), ("c", "Z")])
    later = agg.aggregate("q", [("b", "X"), ("c", "X")])  # everyone now says X
    assert later.endorsements == {"a": "X", "b": "X", "c": "X"}
    # K stays 3 (log(2c/(1-c))), not 2: converging must not shrink every agent's weight
    assert later.weights["a"] == pytest.approx(first.weights["a"])
    import math
    c = CredibilityParams().prior_credibility
    assert later.weights["a"] == pytest.approx(math.log(2 * c / (1 - c)), rel=1e-5)


def test_fallback_counts_the_least_discredited_most(agg):
    # m is right 2 times in 6 (below chance for K=2), the bloc never: nobody has a positive log-odds weight.
    for i in range(6):
        agg.aggregate(f"t{i}", [("m", "A" if i % 3 == 0 else "B"), ("b1", "B"), ("b2", "B"), ("b3", "B")])
        agg.observe(f"t{i}", "A")
    c = agg.aggregate("q", [("m", "X"), ("b1", "Y"), ("b2", "Y")])
    assert "fell back" in c.explanation
    assert c.winner == "X"  # two discredited votes do not outweigh one less discredited one
    assert c.weights["m"] > c.weights["b1"] > 0


def test_credibility_is_clamped_so_no_agent_becomes_infinitely_weighty_or_worthless():
    p = CredibilityParams()
    perfect = scoring.credibility(scoring.AgentStats(alpha=1e6, beta=0.0, evidence=1e6), p)
    hopeless = scoring.credibility(scoring.AgentStats(alpha=0.0, beta=1e6, evidence=1e6), p)
    assert perfect == p.max_credibility < 1.0 and hopeless == pytest.approx(1.0 - p.max_credibility) and hopeless > 0.0
    assert scoring.weight(perfect, 2) < float("inf")


@pytest.mark.parametrize("first,second", [("X", "Y"), ("Y", "X")])
def test_an_exact_tie_goes_to_the_answer_endorsed_first(first, second):
    p = CredibilityParams()
    ends = [scoring.Endorsement("a", first, 1.0, 0, 0), scoring.Endorsement("b", second, 1.0, 0, 1)]
    t = scoring.tally(ends, {"a": scoring.AgentStats(), "b": scoring.AgentStats()}, {}, p, first_round=True)
    assert t.support[first] == t.support[second] > 0 and t.winner == first


def test_anti_bubble_waits_for_a_second_tally_and_spares_credibly_backed_growth():
    p = CredibilityParams()
    veteran = scoring.AgentStats(alpha=8.0, beta=0.0, evidence=1000.0)  # matured track record
    novice = scoring.AgentStats(alpha=8.0, beta=0.0, evidence=p.established_after)  # same rate, little evidence yet
    agents = {"x1": veteran, "x2": veteran, **{f"v{i}": veteran for i in range(3)}, **{f"n{i}": novice for i in range(3)}}
    x = [scoring.Endorsement("x1", "X", 1.0, 0, 0), scoring.Endorsement("x2", "X", 1.0, 0, 1)]
    before = scoring.tally(x, agents, {}, p, first_round=True)
    previous = {"X": scoring.AnswerState(raw=before.raw_support["X"], credibility=before.opinion_credibility["X"])}

    def surge(backers):  # three agents pile onto Y since the last tally: 60% of all support is new
        ends = x + [scoring.Endorsement(a, "Y", 1.0, 1, 2 + i) for i, a in enumerate(backers)]
        return scoring.tally(ends, agents, previous, p), scoring.tally(ends, agents, previous, p, first_round=True)

    (by_novices, first), (by_veterans, _) = surge(["n0", "n1", "n2"]), surge(["v0", "v1", "v2"])
    assert first.penalty == {"X": 1.0, "Y": 1.0}  # a question's first tally has nothing to compare with
    assert by_novices.penalty["Y"] < by_veterans.penalty["Y"] < 1.0 and by_novices.penalty["X"] == 1.0


def test_late_wrong_endorsements_are_debited_in_full_only_credit_decays_with_lateness():
    p = CredibilityParams()
    assert scoring.credit_target("X", 6, {"X": 0.0}, 1.0, p) == (0.0, 1.0, 1.0)
    early_right, late_right = scoring.credit_target("X", 0, {"X": 1.0}, 1.0, p), scoring.credit_target("X", 6, {"X": 1.0}, 1.0, p)
    assert early_right == (1.0, 0.0, 1.0) and 0.0 < late_right[0] < 1.0 and late_right[1:] == (0.0, 1.0)


def test_opinion_credibility_remembers_earlier_tallies():
    p = CredibilityParams()
    assert 0.0 < p.opinion_memory < 1.0
    novice = scoring.AgentStats(alpha=8.0, beta=0.0, evidence=p.established_after)
    now = scoring.maturity(novice, p)
    ends = [scoring.Endorsement("n", "Y", 1.0, 1, 0)]
    t = scoring.tally(ends, {"n": novice}, {"Y": scoring.AnswerState(raw=10.0, credibility=1.0)}, p)
    assert t.opinion_credibility["Y"] == pytest.approx(p.opinion_memory * 1.0 + (1 - p.opinion_memory) * now)
    assert scoring.tally(ends, {"n": novice}, {}, p).opinion_credibility["Y"] == pytest.approx(now)


def test_empirical_prior_is_the_method_of_moments_fit_and_needs_enough_agents():
    p = CredibilityParams(empirical_prior=True)
    record = [(9.0, 10.0), (2.0, 10.0), (15.0, 20.0), (3.0, 12.0), (7.0, 8.0), (1.0, 9.0)]  # (right, resolved) per agent
    pop = scoring.Population(agents=len(record), alpha=sum(a for a, _ in record), n=sum(n for _, n in record),
                             alpha2_over_n=sum(a * a / n for a, n in record))
    mu = pop.alpha / pop.n
    tau2 = (sum(n * (a / n - mu) ** 2 for a, n in record) - len(record) * mu * (1 - mu)) / pop.n  # between-agent variance
    expected = min(max(mu * (1 - mu) / tau2 - 1.0, p.prior_strength), p.max_prior_strength)
    pr = scoring.prior(pop, p)
    assert pr.mean == pytest.approx(mu) and pr.strength == pytest.approx(expected)
    assert p.prior_strength < pr.strength < p.max_prior_strength  # the case tests the formula, not a clip
    few = scoring.Population(agents=p.population_min_agents - 1, alpha=pop.alpha, n=pop.n, alpha2_over_n=pop.alpha2_over_n)
    assert scoring.prior(few, p) == scoring.Prior(p.prior_credibility, p.prior_strength)


def test_a_late_endorsement_never_earns_negative_credit(agg):
    """A correction after a copied truth, or belief moving toward a late endorser's answer,
    must not take back credit the endorsement never got (alpha or beta below zero)."""
    agg.aggregate("q", [("a", "x"), ("b", "y")])
    agg.observe("q", "x")
    agg.aggregate("q", [("late", "x")])
    agg.observe("q", "y")  # a correction
    late = {r["agent"]: r for r in agg.agents()}["late"]
    assert late["alpha"] == pytest.approx(0.0) and late["beta"] >= 0.0
    for i in range(5):  # half-known questions, then the late endorser's answer firms up
        agg.aggregate(f"h{i}", [("a", "x"), ("b", "y")])
        agg.observe(f"h{i}", {"scores": {"x": 1, "y": 1}})
        agg.aggregate(f"h{i}", [("late2", "x")])
        for _ in range(3):
            agg.observe(f"h{i}", "x")
    rows = {r["agent"]: r for r in agg.agents()}
    assert all(r["alpha"] >= 0 and r["beta"] >= 0 for r in rows.values())
    assert rows["late2"]["credibility"] < 0.99


def test_a_store_from_before_the_base_columns_is_brought_up_to_date(tmp_path):
    import sqlite3

    path = tmp_path / "old.db"
    CredibilityAggregator(f"sqlite:///{path}").close()
    con = sqlite3.connect(path)
    for col in ("base_alpha", "base_beta", "base_evidence"):
        con.execute(f"ALTER TABLE credibility_endorsements DROP COLUMN {col}")
    con.commit()
    con.close()
    agg = CredibilityAggregator(f"sqlite:///{path}")
    agg.aggregate("q", [("a", "x")])
    agg.observe("q", "x")
    assert {r["agent"]: r for r in agg.agents()}["a"]["alpha"] == pytest.approx(1.0)
    agg.close()


def test_data_files_with_a_nul_or_an_unclosed_quote_are_named_errors(tmp_path):
    """A NUL failed later as a bare `1 validation error for OpinionIn`; an unclosed quote swallowed
    the rest of the file into one answer without a word."""
    import pytest

    from detectors.credibility.evaluate import DataError, load

    truth = tmp_path / "truth.csv"
    truth.write_text("question,truth\nq1,A\nq2,B\n")
    answers = tmp_path / "answers.csv"
    answers.write_text("question,worker,answer\nq1,w1,A\x00\n")
    with pytest.raises(DataError, match=r"answers.csv:2: field 'answer' holds a NUL character"):
        load(answers, truth)
    for unclosed in ('question,worker,answer\nq1,w1,"A\nq2,w2,B\n',
                     'question,worker,answer\nq1,"w1" ,A\nq3,w3,"A\nq4,w4,B\n',  # after loose quoting too
                     'question,worker,answer\nq1,w1,yes\nq2,w2,"no\n'):  # on the last row
        answers.write_text(unclosed)
        with pytest.raises(DataError, match=r"answers.csv:\d: field 'answer' spans several lines: a quote not closed\?"):
            load(answers, truth)
    answers.write_text('question,worker,answer\nq1,"w1" ,A\nq2,w2,"B"x\n')  # loose quoting still reads
    assert load(answers, truth).answers == {"q1": [("w1", "A")], "q2": [("w2", "Bx")]}
