"""`guard credibility show|reset|observe` and `guard eval credibility`."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def register(cli: Any) -> None:
    g = cli.group("credibility", help="inspect and manage stored agent credibility")
    p = g.command("show", help="list agents with their credibility and record")
    _store_arg(p)
    p.add_argument("--agent", help="show only this agent")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=_show)

    p = g.command("reset", help="forget stored credibility (all of it, or one agent's)")
    _store_arg(p)
    p.add_argument("--agent", help="forget only this agent (its record and endorsements)")
    p.add_argument("--yes", action="store_true", help="required when resetting everything")
    p.set_defaults(func=_reset)

    p = g.command("observe", help="record evidence about a question: a revealed truth or a weak signal")
    _store_arg(p)
    p.add_argument("question", help="question id as passed to aggregate / run.opinions")
    p.add_argument("truth", help="the answer the evidence points to")
    p.add_argument("--strength", type=float, default=1.0, help="how settled, in (0,1]; 1 = revealed truth")
    p.set_defaults(func=_observe)

    p = cli.eval_command("credibility", help="online credibility aggregation vs majority vote and Dawid-Skene "
                         "on answer.csv (question,worker,answer) and truth.csv (question,truth)")
    p.add_argument("answers", metavar="ANSWERS.csv")
    p.add_argument("truth", metavar="TRUTH.csv")
    p.add_argument("--delay", type=int, default=10, help="questions decided before a truth is revealed (default 10)")
    p.add_argument("--reveal", type=float, default=0.5, help="fraction of questions whose truth is revealed "
                   "(default 0.5)")
    p.add_argument("--sybils", type=float, default=0.0, help="fraction of injected adversarial workers, "
                   "coordinated and always wrong (default 0)")
    p.add_argument("--seed", type=int, default=0, help="seed of question order, reveals and adversaries")
    p.add_argument("--repeat", type=int, default=1, help="run seeds seed..seed+R-1 and report means with 95%% CI")
    p.add_argument("--no-dawid-skene", action="store_true", help="skip the offline Dawid-Skene reference")
    p.add_argument("--json", action="store_true", help="print JSON (keys accuracy, majority_accuracy, "
                   "dawid_skene_accuracy, n_questions, ...)")
    p.set_defaults(func=_eval)


def _store_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store", help="SQLAlchemy URL or SQLite file path (default: $AGENTGUARD_CREDIBILITY_URL or the user data dir)")


def _aggregator(args: argparse.Namespace) -> Any:
    from detectors.credibility.aggregator import CredibilityAggregator

    return CredibilityAggregator(args.store)


def safe_url(url: str) -> str:
    """The store's URL without its password (imported here: SQLAlchemy loads only when needed)."""
    from guard.audit.engine import safe_url as shown

    return shown(url)


def _fail(msg: str, code: int = 2) -> int:
    print(f"guard: {msg}", file=sys.stderr)
    return code


def _show(args: argparse.Namespace) -> int:
    from detectors.credibility.store import sqlite_file, store_url

    url = store_url(args.store)
    shown = safe_url(url)
    path = sqlite_file(url)
    if path is not None and not Path(path).exists():  # a read command creates no store
        if args.agent:
            return _fail(f"no agent {args.agent!r}: there is no credibility store at {path} yet", 1)
        print(json.dumps({"store": shown, "agents": []}, indent=2) if args.json else f"store: {shown}\n(no store yet)")
        return 0
    if path is not None and not _has_store_tables(path):  # nor adds its tables to another database
        return _fail(f"{path} holds no credibility store (another database, or not one at all)", 1)
    try:
        agg = _aggregator(args)
    except Exception as exc:
        return _fail(f"cannot open credibility store: {exc}")
    with agg:
        rows = agg.agents(args.agent)
        shown = safe_url(agg.store.url)  # never the database's password
    if args.agent and not rows:
        return _fail(f"no agent {args.agent!r} in {shown}", 1)
    if args.json:
        print(json.dumps({"store": shown, "agents": rows}, indent=2, default=str))
        return 0
    print(f"store: {shown}")
    if not rows:
        print("(no agents yet)")
        return 0
    print(f"{'agent':<32} {'cred':>6} {'w(K=2)':>7} {'evidence':>9} {'right':>7} {'wrong':>7} {'opinions':>9}  status")
    for r in sorted(rows, key=lambda r: -r["credibility"]):
        status = "established" if r["established"] else "newcomer"
        print(f"{r['agent'][:32]:<32} {r['credibility']:>6.3f} {r['weight_k2']:>7.2f} {r['evidence']:>9.2f} "
              f"{r['alpha']:>7.2f} {r['beta']:>7.2f} {r['opinions']:>9d}  {status}")
    return 0


def _has_store_tables(path: str) -> bool:
    """Whether the SQLite file holds the credibility tables, read without writing to it."""
    import sqlite3

    from detectors.credibility.store import agents_table

    try:
        con = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            found = con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                                (agents_table.name,)).fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return False
    return found is not None


def _reset(args: argparse.Namespace) -> int:
    if args.agent is None and not args.yes:
        return _fail("resetting all credibility needs --yes (or --agent NAME for one agent)")
    try:
        agg = _aggregator(args)
    except Exception as exc:
        return _fail(f"cannot open credibility store: {exc}")
    with agg:
        n = agg.reset(args.agent)
    if args.agent is not None and n == 0:
        return _fail(f"no agent {args.agent!r} to reset", 1)
    print(f"removed {n} agent record(s)")
    return 0


def _observe(args: argparse.Namespace) -> int:
    if not 0.0 < args.strength <= 1.0:
        return _fail("--strength must be in (0, 1]")
    if not args.question:
        return _fail("question: must be a non-empty question id")
    try:
        agg = _aggregator(args)
    except Exception as exc:
        return _fail(f"cannot open credibility store: {exc}")
    with agg:
        with agg.store.transaction() as conn:
            answered = bool(agg.store.endorsements(conn, args.question))
        out = agg.observe(args.question, {"answer": args.truth, "strength": args.strength})
        url = safe_url(agg.store.url)
    print(f"question {args.question!r}: resolved {out['resolved']:.2f}, {len(out['agents'])} agent(s) updated")
    if not answered:  # most likely the wrong --store: say where the evidence went
        print(f"warning: no agent has answered {args.question!r} in the store {url}; the evidence is kept for "
              "agents that answer it later (wrong --store or question id?)", file=sys.stderr)
    return 0


def _eval(args: argparse.Namespace) -> int:
    from detectors.credibility.evaluate import DataError, evaluate, load, summarize

    if args.repeat < 1:
        return _fail("--repeat must be >= 1")
    try:
        data = load(args.answers, args.truth)
        runs = [evaluate(data, delay=args.delay, reveal=args.reveal, sybils=args.sybils, seed=args.seed + i,
                         dawid_skene=not args.no_dawid_skene) for i in range(args.repeat)]
    except (DataError, ValueError) as exc:
        return _fail(str(exc))
    result = runs[0] if args.repeat == 1 else {**summarize(runs), "runs": runs}
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    ci = (lambda k: f" ± {result[k + '_ci95']:.3f}" if result.get(k + "_ci95") is not None else "")
    print(f"{result['n_questions']} questions, {result['n_workers']} workers, {result['n_adversaries']} adversaries; "
          f"delay {args.delay}, reveal {args.reveal:g}, sybils {args.sybils:g}, "
          f"seed{'s' if args.repeat > 1 else ''} {args.seed}{'..' + str(args.seed + args.repeat - 1) if args.repeat > 1 else ''}")
    print(f"  credibility (online) {result['accuracy']:.3f}{ci('accuracy')}")
    print(f"  majority (online)    {result['majority_accuracy']:.3f}{ci('majority_accuracy')}")
    if result.get("dawid_skene_accuracy") is not None:
        print(f"  Dawid-Skene (offline){result['dawid_skene_accuracy']:>6.3f}{ci('dawid_skene_accuracy')}")
    return 0
