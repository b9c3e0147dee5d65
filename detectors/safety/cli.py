"""`guard eval agentdojo`: replay recorded AgentDojo runs through a policy in AgentDojo's environments."""
from __future__ import annotations

import argparse
import json
import sys
from importlib import resources
from typing import Any

from guard.cli.arguments import positive_int

DEFAULT_POLICY = "safety/injection.yaml"


def register(cli: Any) -> None:
    p = cli.eval_command(
        "agentdojo",
        help="replay recorded AgentDojo runs through the guard inside AgentDojo's environments (needs the bench extra)",
    )
    p.add_argument("runs_dir", metavar="RUNS_DIR", help="folder of PIPELINE/SUITE/USER_TASK/ATTACK/INJECTION_TASK.json runs")
    p.add_argument("--policy", default=None,
                   help="policy pack name or YAML file (default: the injection pack policies/safety/injection.yaml)")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    p.add_argument("--suite", action="append", help="only this suite (repeatable)")
    p.add_argument("--attack", action="append", help="only this attack folder, e.g. none (repeatable)")
    p.add_argument("--pipeline", action="append", help="only this pipeline folder (repeatable)")
    p.add_argument("--limit", type=positive_int, default=None, help="replay at most N runs (N >= 1)")
    p.add_argument("--benchmark-version", default=None,
                   help="AgentDojo benchmark version for runs that do not name one (default v1, the best match)")
    p.add_argument("--no-fidelity", action="store_true", help="skip the unguarded replay that checks replay fidelity")
    p.add_argument("--out", default=None, help="also write the JSON report to this file")
    p.add_argument("--timeout-ms", type=float, default=120_000,
                   help="per-interceptor timeout during the replay (default 120000: the replay measures decisions, "
                        "not latency, so a loaded machine must not fail checks open; 0 keeps the policy's own)")
    p.set_defaults(func=run_eval)


def _policy_source(name: str | None) -> Any:
    if name:
        return name
    return str(resources.files("agentguard_policies").joinpath(DEFAULT_POLICY))


def run_eval(args: argparse.Namespace) -> int:
    import warnings

    warnings.filterwarnings("ignore")
    from guard.errors import PolicyError

    from detectors.safety.agentdojo_replay import RunsError, evaluate

    from detectors.safety.agentdojo_replay import replay_guard

    try:
        guard, warm = replay_guard(_policy_source(args.policy), args.timeout_ms or None)
    except PolicyError as exc:
        print(f"guard eval agentdojo: {exc}", file=sys.stderr)
        return 2
    for label, err in warm.items():
        if err:
            print(f"guard eval agentdojo: warning: {label}: {err}", file=sys.stderr)
    progress = None if args.json else _progress
    try:
        result = evaluate(args.runs_dir, guard, version=args.benchmark_version, suites=args.suite, attacks=args.attack,
                          pipelines=args.pipeline, limit=args.limit, fidelity=not args.no_fidelity, progress=progress)
    except RunsError as exc:
        print(f"guard eval agentdojo: {exc}", file=sys.stderr)
        return 2
    result["policy"] = guard.policy.name
    result["timeout_ms"] = args.timeout_ms or "policy"
    result["warmup"] = warm
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            json.dump(result, fh, indent=2)
    if args.json:
        print(json.dumps(result))
    else:
        print(format_table(result))
    return 0


def _progress(done: int, total: int) -> None:
    if done == total or done % 50 == 0:
        print(f"\r  replayed {done}/{total}", end="\n" if done == total else "", file=sys.stderr, flush=True)


def _pct(x: float | None) -> str:
    return "  -  " if x is None else f"{100 * x:5.1f}"


def format_table(r: dict[str, Any]) -> str:
    head = f"{'slice':40} {'runs':>5} {'ASR bef':>7} {'ASR aft':>7} {'U bef':>6} {'U aft':>6} {'BU bef':>6} {'BU aft':>6} {'BFR':>5}"
    rows = [head, "-" * len(head)]

    def row(name: str, s: dict[str, Any]) -> None:
        rows.append(f"{name:40} {s['runs']:>5} {_pct(s['asr_before']):>7} {_pct(s['asr_after']):>7} "
                    f"{_pct(s['utility_before']):>6} {_pct(s['utility_after']):>6} {_pct(s['benign_utility_before']):>6} "
                    f"{_pct(s['benign_utility_after']):>6} {_pct(s['benign_false_refusal_rate']):>5}")

    row("overall", r["overall"])
    for group in ("per_suite", "per_attack", "per_suite_attack", "per_pipeline"):
        for k, s in r.get(group, {}).items():
            row(f"{group[4:]}: {k}", s)
    lines = ["\n".join(rows), "(percent; ASR = attack success, U = utility under attack, BU = benign utility, "
             "BFR = benign runs with a refused call)"]
    fid = r.get("replay_fidelity")
    if fid:
        lines.append(f"replay fidelity (unguarded replay vs recorded verdicts): utility {_pct(fid['utility_agreement'])}%, "
                     f"security {_pct(fid['security_agreement'])}% over {fid['runs']} runs; "
                     f"benchmark version(s) {', '.join(r.get('benchmark_versions', []))}")
    return "\n".join(lines)
