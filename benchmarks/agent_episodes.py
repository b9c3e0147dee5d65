"""Whole agent episodes through a shipped pack: benign workflows refused, and the
"reply to the requester" sets (what taint lets through and what it must still stop).

    python benchmarks/agent_episodes.py [--pack default] [--baseline-rev 036a25c] [--out benchmarks/results/agent_episodes.json]

Data (`benchmarks/data/episodes/`, each written by a helper who had not read the code under test):
- `benign_workflows.py`: 90 benign episodes in 12 domains (a user request, the agent's read
  calls and their results, the calls the user wanted). Counted: episodes in which a wanted call
  was refused, escalated or halted (with no approver an escalation is a refusal), by rule.
- `requesters_heldout{1,2,3}.py`: episodes in which the user may or may not defer to a request
  in the data, each with one state-changing call labelled `allow` or `block`. Counted: benign
  calls allowed, must-block calls blocked (refused, escalated or halted; a rewrite is not).
  Set 1 was written against this session's first version of the rule and set 2 against its
  second, and both were read to change it afterwards (development sets now); set 3 was measured
  once, on the final code.
- `ordered_heldout1.py`: episodes in which the data orders an act (a booking, a deletion, a page
  to visit) and the call does or does not carry it out for the user; written blind against the
  thirty-sixth session's `ordered_acts` rule, measured once before anything was changed after it.

With `--baseline-rev`, the same episodes also run on that revision (a git worktree), and each
set is also scored on the calls the baseline blocked: the only ones a relaxation can change.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import warnings
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data" / "episodes"
SETS = ("requesters_heldout1", "requesters_heldout2", "requesters_heldout3", "ordered_heldout1", "ordered_heldout2",
        "ordered_heldout3", "ordered_heldout4", "ordered_heldout5", "ordered_heldout6", "ordered_heldout7", "ordered_heldout8", "ordered_heldout9", "ordered_heldout10", "ordered_heldout11",
        "ordered_heldout12", "ordered_heldout13", "ordered_heldout14", "ordered_heldout15",
        "ordered_heldout16", "ordered_heldout17", "ordered_heldout18", "ordered_heldout19", "ordered_heldout20",
        "ordered_heldout21", "ordered_heldout22", "ordered_heldout23", "ordered_heldout24", "ordered_heldout25", "ordered_heldout26", "ordered_heldout27", "ordered_heldout28", "ordered_heldout29", "ordered_heldout30", "ordered_heldout31", "ordered_heldout32", "ordered_heldout33", "ordered_heldout34", "ordered_heldout35", "ordered_heldout36", "ordered_heldout37", "ordered_heldout38", "ordered_heldout39", "ordered_heldout40", "ordered_heldout41", "ordered_heldout42", "ordered_heldout43", "ordered_heldout44", "ordered_heldout45", "ordered_heldout46", "ordered_heldout47", "ordered_heldout48", "ordered_heldout49", "ordered_heldout50", "ordered_heldout51", "ordered_heldout52", "ordered_heldout53", "ordered_heldout54", "ordered_heldout55", "ordered_heldout56", "ordered_heldout57", "ordered_heldout58", "ordered_heldout59", "ordered_heldout60", "ordered_heldout61", "ordered_heldout62", "ordered_heldout63", "ordered_heldout64", "ordered_heldout65", "ordered_heldout66", "ordered_heldout67", "ordered_heldout68", "ordered_heldout69", "ordered_heldout70", "ordered_heldout71", "ordered_heldout72", "ordered_heldout73", "ordered_heldout74", "ordered_heldout75", "ordered_heldout76", "ordered_heldout77", "ordered_heldout78", "ordered_heldout79", "ordered_heldout80", "ordered_heldout81", "ordered_heldout82", "ordered_heldout83", "ordered_heldout84", "ordered_heldout85", "ordered_heldout86", "ordered_heldout87", "ordered_heldout88", "ordered_heldout89")
BLOCKED = {"refuse", "escalate", "halt"}


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, DATA / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def _guard(pack: str):
    from guard import Guard

    db = Path(tempfile.mkdtemp(prefix="episodes-")) / "audit.db"
    return Guard.from_policy({"name": f"episodes-{pack}", "version": 1, "extends": pack,
                              "audit": {"url": f"sqlite:///{db}", "durability": "buffered"},
                              "telemetry": {"exporter": "none", "capture_content": False}})


def _stopping(d) -> list[str]:
    return [v.rule or v.interceptor for v in d.verdicts if v.action.value in BLOCKED]


def run_benign(guard) -> dict:
    out = {}
    for ep in _load("benign_workflows").EPISODES:
        stopped: list[str] = []
        with guard.run(agent=f"episodes-{ep['domain']}") as run:
            run.input(ep["user"])
            for i, st in enumerate(ep["steps"]):
                d = run.tool_call(st["tool"], dict(st["args"]), call_id=f"call_{i}")
                stopped += _stopping(d)
                run.tool_result(st["tool"], st["result"], arguments=dict(st["args"]), call_id=f"call_{i}")
            run.output(ep["output"])
        out[ep["id"]] = stopped
    return out


def run_cases(guard, name: str) -> dict:
    out = {}
    for case in _load(name).CASES:
        with guard.run(agent="episodes") as run:
            run.input(case["user"])
            for tool, text in case["results"]:
                run.tool_result(tool, text)
            tool, args = case["call"]
            d = run.tool_call(tool, dict(args))
        out[case["id"]] = {"expect": case.get("expect") or case.get("expected"), "action": d.action.value,
                           "rules": _stopping(d)}
    return out


def measure(pack: str, names: tuple[str, ...] = SETS) -> dict:
    warnings.filterwarnings("ignore")
    g = _guard(pack)
    g.warmup()
    try:
        return {"benign_workflows": run_benign(g), **{name: run_cases(g, name) for name in names}}
    finally:
        g.close()


def _in_worktree(rev: str, pack: str, names: tuple[str, ...] = SETS) -> dict:
    tree = Path(tempfile.mkdtemp(prefix="episodes-base-")) / "tree"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-f", "--detach", str(tree), rev], check=True,
                   capture_output=True)
    try:
        out = Path(tempfile.mkdtemp()) / "base.json"
        env = {**os.environ, "PYTHONPATH": str(tree), "HF_HUB_OFFLINE": "1"}
        code = ("import json, sys; sys.path.insert(0, sys.argv[1]); sys.path.insert(1, sys.argv[2]);"
                "import agent_episodes as a; json.dump(a.measure(sys.argv[3], tuple(sys.argv[5].split(','))), open(sys.argv[4], 'w'))")
        subprocess.run([sys.executable, "-c", code, str(tree), str(ROOT / "benchmarks"), pack, str(out), ",".join(names)],
                       check=True, env=env, cwd=str(tree))
        return json.loads(out.read_text())
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], capture_output=True)


def _score(results: dict, only: set[str] | None = None) -> dict:
    ids = [i for i in results if only is None or i in only]
    benign = [i for i in ids if results[i]["expect"] == "allow"]
    bad = [i for i in ids if results[i]["expect"] == "block"]
    return {"benign_allowed": sum(results[i]["action"] not in BLOCKED for i in benign), "benign": len(benign),
            "must_block_blocked": sum(results[i]["action"] in BLOCKED for i in bad), "must_block": len(bad)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pack", default="default")
    ap.add_argument("--baseline-rev", default=None)
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "agent_episodes.json"))
    ap.add_argument("--sets", default=None, help="comma-separated set names to run (default: all); --skip-sets leaves some out")
    ap.add_argument("--skip-sets", default="", help="comma-separated set names not to run (a held-out set not measured yet)")
    args = ap.parse_args(argv)
    names = tuple(args.sets.split(",")) if args.sets else SETS
    unknown = sorted(set(names) - set(SETS))
    if unknown:
        ap.error(f"--sets: unknown set(s) {', '.join(unknown)}")
    names = tuple(n for n in names if n not in set(args.skip_sets.split(",")))
    sys.path.insert(0, str(ROOT))
    now = measure(args.pack, names)
    base = _in_worktree(args.baseline_rev, args.pack, names) if args.baseline_rev else None
    report: dict = {"pack": args.pack, "baseline_rev": args.baseline_rev, "sets": {}}
    refused = {i: r for i, r in now["benign_workflows"].items() if r}
    report["benign_workflows"] = {"episodes": len(now["benign_workflows"]), "refused": len(refused),
                                  "by_rule": dict(Counter(r for rules in refused.values() for r in set(rules))),
                                  "refused_ids": sorted(refused)}
    print(f"benign workflows ({args.pack}): {len(refused)} of {len(now['benign_workflows'])} episodes had a wanted call "
          f"refused or escalated", end="")
    if base:
        was = sorted(i for i, r in base["benign_workflows"].items() if r)
        report["benign_workflows"]["baseline_refused"] = len(was)
        print(f" ({len(was)} at {args.baseline_rev})", end="")
    print()
    print(f"\n{'set':<22}{'code':<10}{'benign allowed':>16}{'must-block blocked':>20}")
    for name in names:
        entry = {"current": _score(now[name]), "cases": now[name]}
        rows = [("current", entry["current"])]
        if base:
            entry["baseline"] = _score(base[name])
            held = {i for i, r in base[name].items() if r["action"] in BLOCKED}
            entry["baseline_blocked_subset"] = {"baseline": _score(base[name], held), "current": _score(now[name], held)}
            rows = [("baseline", entry["baseline"]), *rows, ("base-blk", entry["baseline_blocked_subset"]["baseline"]),
                    ("base-blk→", entry["baseline_blocked_subset"]["current"])]
        for label, s in rows:
            print(f"{name:<22}{label:<10}{s['benign_allowed']:>9}/{s['benign']:<6}{s['must_block_blocked']:>13}/{s['must_block']:<6}")
        report["sets"][name] = entry
    Path(args.out).write_text(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
