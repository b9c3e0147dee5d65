"""`guard demo`: the offline scripted agent under a policy, with its audit and traces."""
from __future__ import annotations

import argparse
from pathlib import Path


def register(cli) -> None:
    p = cli.command("demo", help="run the offline guarded demo agent (no LLM, no network)")
    p.add_argument("--policy", default="full", help="policy pack or file (default: full)")
    p.add_argument("--db", default="sqlite:///agentguard-demo.db", help="audit database URL or file")
    p.add_argument("--traces", default="agentguard-demo-traces.jsonl", help="where spans go when no OTEL exporter is set")
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    import sys

    from guard.audit.engine import normalize_url
    from guard.demo import run_demo
    from guard.errors import GuardError
    from guard.policy import load_policy

    try:  # a wrong pack name is the likely mistake: say so in one line, as `guard proxy` does
        load_policy(args.policy)
        return run_demo(policy=args.policy, db=normalize_url(args.db), traces=Path(args.traces))
    except GuardError as exc:  # the policy, the audit database, an interceptor that cannot be built
        print(f"guard demo: {exc}", file=sys.stderr)
        return 2
