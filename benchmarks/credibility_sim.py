"""POLIS-like simulation: credibility governance against voting rules, under manipulation.

A run is a sequence of questions, each with K candidate answers of which one is true. On
every question N honest agents of different reliability deliberate for R rounds: each round
an agent gets a private noisy signal (right with its reliability), from round D on a weak,
noisy public signal about the truth (the delayed truth signal), and the decision broadcast
by the governance rule after the previous round (social feedback: what the collective
decides steers what its members believe next). Every rule decides every round from the
agents' current answers. The rules compared, each run on the same world (same agents,
signals and bots; common random numbers), differ only in how they decide:

* credibility  - the real `CredibilityAggregator` (in-memory SQLite), fed the same weak
                 public signals as `observe` evidence; its credibility carries across questions;
* majority     - one agent one vote;
* confidence   - votes weighted by self-reported confidence (bots claim 1.0);
* stake        - votes weighted by a fixed stake (lognormal, unrelated to reliability);
* none         - no governance: whichever agent happens to act decides (a random agent each
                 round), and that is also what the others see.

Scenarios: `baseline` (mixed reliabilities), `misalignment` (60-70% of agents start on a
shared wrong answer and their private signals keep pointing there), `noise` (noisier
private signals and a public signal contaminated towards the decoy), `shock` (a
misinformation campaign mid-run: half the agents, experts included, are fed the decoy and the
public signal is contaminated for a window of questions), `bots` (a coordinated bloc of bot
identities, 40% of the honest headcount, amplifies the most popular wrong answer from a
quarter of the run on; at half-run the bloc switches to fresh identities).

Metrics per rule (mean and 95% CI over seeds): final-round accuracy, accuracy over all rounds,
accuracy by run quarter (over time), accuracy by round within a question, rounds to recover
(questions whose first decision was wrong: first round from which the decision stays right,
R if never), recovery rate, lock-in rate (wrong in each of the last 3 rounds), and the
influence share of truth-aligned agents (share of decision weight held by agents whose
current answer is the truth).

Usage: nice -n 5 .venv/bin/python benchmarks/credibility_sim.py [--seeds 10] [--set PARAM=VALUE] [--quick]
Prints tables and writes benchmarks/results/credibility_sim.json. Nothing here is fitted:
the aggregator runs with its documented defaults.
"""
from __future__ import annotations

import argparse
import json
import math
import platform
import random
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from detectors.credibility import CredibilityAggregator, CredibilityParams, Evidence  # noqa: E402
from detectors.credibility.evaluate import _ci95  # noqa: E402

RULES = ("credibility", "majority", "confidence", "stake", "none")
SCENARIOS = ("baseline", "misalignment", "noise", "shock", "bots")


@dataclass
class Config:
    """World constants (the same for every rule and scenario unless the scenario says otherwise)."""

    k: int = 4
    agents: int = 30
    questions: int = 40
    rounds: int = 8
    delay: int = 2  # rounds before the public truth signal starts
    public_accuracy: float = 0.45  # public signal points to the truth this often (chance is 1/K)
    public_strength: float = 0.15  # how much each public signal settles the question for `observe`
    w_self: float = 1.0  # agents' weight on their own private signal
    w_public: float = 0.6  # ... on the public signal
    w_social: float = 0.5  # ... on the broadcast decision of the previous round
    bot_fraction: float = 0.4  # bots per honest agent in the `bots` scenario


@dataclass
class Agent:
    name: str
    rho: float  # probability a private signal points to the truth
    decoy: float  # when it does not: probability it points to the question's decoy
    stake: float
    bot: bool = False


@dataclass
class World:
    """Everything random, drawn once per (scenario, seed) and shared by all rules."""

    cfg: Config
    agents: list[Agent]
    truth: list[int]
    decoy: list[int]
    private: list[list[list[int]]]  # [question][round][agent] -> signalled label
    public: list[list[int | None]]  # [question][round] -> label or None before the delay
    actor: list[list[int]]  # [question][round] -> the agent that decides under `none`
    bots: list[list[str]]  # [question] -> active bot identities
    bot_target: list[int | None]  # [question] -> the wrong answer the bloc amplifies
    tie: list[list[list[float]]]  # [question][agent][label] tiny tie-breaking noise
    shock: tuple[int, int] | None = None


def _labels(k: int) -> list[str]:
    return [f"A{i}" for i in range(k)]


def _draw_signal(rng: random.Random, k: int, truth: int, decoy: int, rho: float, m: float) -> int:
    if rng.random() < rho:
        return truth
    if rng.random() < m:
        return decoy
    return rng.choice([c for c in range(k) if c != truth])


def build_world(scenario: str, seed: int, cfg: Config) -> World:
    rng = random.Random(f"{scenario}:{seed}")
    k, n, Q, R = cfg.k, cfg.agents, cfg.questions, cfg.rounds
    agents: list[Agent] = []
    # Misalignment: exactly a quarter of experts; the rest are followers whose signals mostly point to the
    # shared decoy, so 60-70% of first answers are wrong on every seed.
    experts = set(rng.sample(range(n), round(0.25 * n))) if scenario == "misalignment" else set()
    for i in range(n):
        u = rng.random()
        if scenario == "misalignment":
            a = Agent(f"h{i:02d}", rng.uniform(0.75, 0.9), 0.5, 0.0) if i in experts else \
                Agent(f"h{i:02d}", rng.uniform(0.15, 0.25), 0.85, 0.0)
        else:
            rho = rng.uniform(0.75, 0.9) if u < 0.3 else rng.uniform(0.4, 0.55) if u < 0.7 else rng.uniform(0.2, 0.3)
            a = Agent(f"h{i:02d}", rho, 0.5, 0.0)
        a.stake = math.exp(rng.gauss(0.0, 1.0))
        agents.append(a)
    truth = [rng.randrange(k) for _ in range(Q)]
    decoy = [rng.choice([c for c in range(k) if c != t]) for t in truth]
    shock = (Q // 2, Q // 2 + max(1, Q // 8)) if scenario == "shock" else None
    misinformed = set(rng.sample(range(n), n // 2)) if shock else set()
    private, public = [], []
    for q in range(Q):
        t, d = truth[q], decoy[q]
        in_shock = shock is not None and shock[0] <= q < shock[1]
        rows = []
        for _r in range(R):
            row = []
            for i, a in enumerate(agents):
                rho, m = a.rho, a.decoy
                if scenario == "noise" and rng.random() < 0.2:  # observation noise: a uniformly random signal
                    row.append(rng.randrange(k))
                    continue
                if in_shock and i in misinformed:
                    rho, m = 0.1, 0.9
                row.append(_draw_signal(rng, k, t, d, rho, m))
            rows.append(row)
        private.append(rows)
        pub: list[int | None] = []
        for r in range(R):
            if r < cfg.delay:
                pub.append(None)
                continue
            contamination = 0.5 if in_shock else 0.15 if scenario == "noise" else 0.0
            if rng.random() < contamination:
                pub.append(d)
            else:
                pub.append(_draw_signal(rng, k, t, d, cfg.public_accuracy, 0.0))
        public.append(pub)
    n_bots = round(cfg.bot_fraction * n) if scenario == "bots" else 0
    bots: list[list[str]] = []
    for q in range(Q):
        if n_bots == 0 or q < Q // 4:
            bots.append([])
        else:
            wave = 0 if q < Q // 2 else 1  # at half-run the bloc comes back under fresh identities
            bots.append([f"bot{wave}-{j:02d}" for j in range(n_bots)])
    # The bloc amplifies the most popular wrong answer among honest agents' first answers (ties: the decoy).
    bot_target: list[int | None] = []
    for q in range(Q):
        if not bots[q]:
            bot_target.append(None)
            continue
        counts = [0] * k
        for s in private[q][0]:
            counts[s] += 1
        wrong = [c for c in range(k) if c != truth[q]]
        bot_target.append(max(wrong, key=lambda c: (counts[c], c == decoy[q])))
    bot_agents = {b for bs in bots for b in bs}
    median_stake = sorted(a.stake for a in agents)[n // 2]
    for b in sorted(bot_agents):
        agents.append(Agent(b, 0.0, 1.0, median_stake, bot=True))
    actor = [[rng.randrange(n + len(bots[q])) for _ in range(R)] for q in range(Q)]
    tie = [[[rng.random() * 1e-6 for _ in range(k)] for _ in range(n)] for _ in range(Q)]
    return World(cfg, agents, truth, decoy, private, public, actor, bots, bot_target, tie, shock)


@dataclass
class Trace:
    """What one rule did in one world."""

    correct: list[list[bool]] = field(default_factory=list)  # [question][round]
    truth_share: list[list[float]] = field(default_factory=list)  # influence share of truth-aligned agents


def _softmax_max(b: list[float], j: int) -> float:
    m = max(b)
    z = sum(math.exp(x - m) for x in b)
    return math.exp(b[j] - m) / z


def run_rule(world: World, rule: str, params: CredibilityParams | None = None) -> Trace:
    cfg, k = world.cfg, world.cfg.k
    labels = _labels(k)
    honest = [a for a in world.agents if not a.bot]
    by_name = {a.name: a for a in world.agents}
    # The candidates are known in a POLIS-like setting, so K is given (else it is the number of distinct answers).
    params = params or CredibilityParams(n_candidates=k)
    agg = CredibilityAggregator("sqlite://", params) if rule == "credibility" else None
    trace = Trace()
    try:
        for q in range(cfg.questions):
            t = world.truth[q]
            qid = f"q{q:04d}"
            belief = [[0.0] * k for _ in honest]
            answer = [0] * len(honest)
            decided: int | None = None
            bots = world.bots[q]
            row_ok, row_share = [], []
            for r in range(cfg.rounds):
                pub = world.public[q][r]
                conf = []
                for i in range(len(honest)):
                    b = belief[i]
                    b[world.private[q][r][i]] += cfg.w_self
                    if pub is not None:
                        b[pub] += cfg.w_public
                    if decided is not None:
                        b[decided] += cfg.w_social
                    noisy = [x + e for x, e in zip(b, world.tie[q][i])]
                    best = max(noisy)
                    # Keep the current answer when it is still among the best (no flip-flopping on ties).
                    if r == 0 or b[answer[i]] < max(b) - 1e-9:
                        answer[i] = noisy.index(best)
                    conf.append(_softmax_max(b, answer[i]))
                votes = [(a.name, answer[i], conf[i]) for i, a in enumerate(honest)]
                votes += [(name, world.bot_target[q], 1.0) for name in bots]  # type: ignore[misc]
                if pub is not None and agg is not None:
                    agg.observe(qid, Evidence(scores={labels[pub]: 1.0}, strength=cfg.public_strength))
                decided, weights = _decide(rule, votes, by_name, agg, qid, labels, world.actor[q][r])
                total = sum(weights.values())
                share = (sum(weights[name] for name, lab, _ in votes if lab == t) / total
                         if total > 0 else sum(1 for v in votes if v[1] == t) / len(votes))
                row_ok.append(decided == t)
                row_share.append(share)
            trace.correct.append(row_ok)
            trace.truth_share.append(row_share)
    finally:
        if agg is not None:
            agg.close()
    return trace


def _decide(rule: str, votes: list[tuple[str, int, float]], by_name: dict[str, Agent], agg: Any, qid: str,
            labels: list[str], actor: int) -> tuple[int, dict[str, float]]:
    """The rule's decision and each voter's weight in it (in `votes` order)."""
    if rule == "credibility":
        c = agg.aggregate(qid, [(name, labels[lab], conf) for name, lab, conf in votes])
        return labels.index(c.winner), {name: c.weights.get(name, 0.0) for name, _, _ in votes}
    if rule == "none":
        name, lab, _ = votes[actor]
        return lab, {n: (1.0 if n == name else 0.0) for n, _, _ in votes}
    if rule == "majority":
        w = {name: 1.0 for name, _, _ in votes}
    elif rule == "confidence":
        w = {name: conf for name, _, conf in votes}
    elif rule == "stake":
        w = {name: by_name[name].stake for name, _, _ in votes}
    else:
        raise ValueError(rule)
    tally = [0.0] * len(labels)
    for name, lab, _ in votes:
        tally[lab] += w[name]
    best = max(tally)
    first = next(lab for _, lab, _ in votes if tally[lab] == best)  # ties: the answer given first
    return first, w


def metrics(trace: Trace, world: World) -> dict[str, Any]:
    cfg = world.cfg
    Q, R = cfg.questions, cfg.rounds
    final = [row[-1] for row in trace.correct]
    out: dict[str, Any] = {
        "final_accuracy": sum(final) / Q,
        "mean_accuracy": sum(sum(row) for row in trace.correct) / (Q * R),
        "lock_in_rate": sum(1 for row in trace.correct if not any(row[-3:])) / Q,
        "truth_influence_share": sum(sum(s) for s in trace.truth_share) / (Q * R),
        "accuracy_by_round": [sum(row[r] for row in trace.correct) / Q for r in range(R)],
    }
    quarters = [range(i * Q // 4, (i + 1) * Q // 4) for i in range(4)]
    out["accuracy_by_quarter"] = [sum(final[q] for q in qs) / len(qs) for qs in quarters]
    wrong_first = [row for row in trace.correct if not row[0]]
    rec = []
    for row in wrong_first:
        stay = R
        for r in range(R - 1, -1, -1):
            if not row[r]:
                break
            stay = r
        rec.append(stay)
    out["initially_wrong"] = len(wrong_first) / Q
    out["rounds_to_recover"] = sum(rec) / len(rec) if rec else 0.0
    out["recovery_rate"] = sum(1 for x in rec if x < R) / len(rec) if rec else 1.0
    if world.shock is not None:
        a, b = world.shock
        out["shock_window_accuracy"] = sum(final[a:b]) / (b - a)
        after = final[b:b + (b - a)]
        out["post_shock_accuracy"] = sum(after) / max(1, len(after))
        out["pre_shock_accuracy"] = sum(final[a - (b - a):a]) / (b - a)
    return out


def _summ(values: list[float]) -> dict[str, float | None]:
    return {"mean": sum(values) / len(values), "ci95": _ci95(values)}


def summarize(runs: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, v in runs[0].items():
        if isinstance(v, list):
            out[key] = [_summ([r[key][i] for r in runs]) for i in range(len(v))]
        else:
            out[key] = _summ([r[key] for r in runs])
    return out


def _fmt(s: dict[str, Any], pct: bool = True) -> str:
    m, ci = s["mean"], s["ci95"] or 0.0
    return f"{100 * m:5.1f}±{100 * ci:4.1f}" if pct else f"{m:4.2f}±{ci:4.2f}"


def print_tables(results: dict[str, Any], cfg: Config) -> None:
    for sc, by_rule in results.items():
        print(f"\n## {sc}")
        cols = ["final acc %", "all-round acc %", "lock-in %", "rounds to recover", "recovery %",
                "truth-aligned influence %"]
        extra = ["shock window acc %", "post-shock acc %"] if "shock_window_accuracy" in next(iter(by_rule.values())) else []
        print("| rule | " + " | ".join(cols + extra) + " |")
        print("|---" * (len(cols) + len(extra) + 1) + "|")
        for rule, s in by_rule.items():
            cells = [_fmt(s["final_accuracy"]), _fmt(s["mean_accuracy"]), _fmt(s["lock_in_rate"]),
                     _fmt(s["rounds_to_recover"], pct=False), _fmt(s["recovery_rate"]),
                     _fmt(s["truth_influence_share"])]
            if extra:
                cells += [_fmt(s["shock_window_accuracy"]), _fmt(s["post_shock_accuracy"])]
            print(f"| {rule} | " + " | ".join(cells) + " |")
        print("\naccuracy over time (final-round accuracy % by quarter of the run):")
        print("| rule | Q1 | Q2 | Q3 | Q4 |\n|---|---|---|---|---|")
        for rule, s in by_rule.items():
            print(f"| {rule} | " + " | ".join(_fmt(x) for x in s["accuracy_by_quarter"]) + " |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, default=10)
    ap.add_argument("--scenarios", default=",".join(SCENARIOS))
    ap.add_argument("--rules", default=",".join(RULES))
    ap.add_argument("--questions", type=int, default=Config.questions)
    ap.add_argument("--agents", type=int, default=Config.agents)
    ap.add_argument("--rounds", type=int, default=Config.rounds)
    ap.add_argument("--set", action="append", default=[], metavar="PARAM=VALUE",
                    help="override a CredibilityParams field for the credibility rule (ablations)")
    ap.add_argument("--quick", action="store_true", help="3 seeds, 16 questions: a smoke run")
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "credibility_sim.json"))
    args = ap.parse_args(argv)
    if args.quick:
        args.seeds, args.questions = 3, 16
    cfg = Config(questions=args.questions, agents=args.agents, rounds=args.rounds)
    scenarios = [s for s in args.scenarios.split(",") if s]
    rules = [r for r in args.rules.split(",") if r]
    for name in scenarios + rules:
        if name not in SCENARIOS + RULES:
            ap.error(f"unknown scenario or rule {name!r}")
    overrides: dict[str, Any] = {"n_candidates": cfg.k}
    for item in args.set:
        key, _, value = item.partition("=")
        overrides[key] = json.loads(value)
    params = CredibilityParams.model_validate(overrides)
    t0 = time.time()
    raw: dict[str, dict[str, list[dict[str, Any]]]] = {s: {r: [] for r in rules} for s in scenarios}
    for sc in scenarios:
        for seed in range(args.seeds):
            world = build_world(sc, seed, cfg)
            for rule in rules:
                raw[sc][rule].append(metrics(run_rule(world, rule, params), world))
        print(f"[{sc}: {args.seeds} seeds done, {time.time() - t0:.0f}s]", file=sys.stderr)
    results = {sc: {rule: summarize(raw[sc][rule]) for rule in rules} for sc in scenarios}
    print_tables(results, cfg)
    elapsed = time.time() - t0
    print(f"\n{args.seeds} seeds per scenario; 95% CI = t x sd / sqrt(seeds); {elapsed:.0f}s")
    out = {
        "command": "benchmarks/credibility_sim.py " + " ".join(argv if argv is not None else sys.argv[1:]),
        "config": cfg.__dict__, "seeds": args.seeds, "rules": rules, "scenarios": scenarios,
        "params": params.model_dump(), "elapsed_s": round(elapsed, 1),
        "machine": f"{platform.machine()} {platform.python_version()}",
        "definitions": {
            "final_accuracy": "decision at a question's last round is the truth",
            "mean_accuracy": "over every round of every question",
            "lock_in_rate": "questions whose decision is wrong in each of the last 3 rounds",
            "rounds_to_recover": "questions whose round-0 decision was wrong: first round from which the decision "
                                 "stays right to the end; R (= rounds) when it never does",
            "recovery_rate": "share of those questions that do recover",
            "truth_influence_share": "share of the decision weight held by agents whose current answer is the truth",
            "accuracy_by_quarter": "final-round accuracy per quarter of the run (time)",
        },
        "results": results, "runs": raw,
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(out, indent=1))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
