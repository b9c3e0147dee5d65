"""`guard policy validate|schema|list`."""
from __future__ import annotations

import argparse
import json
import sys

from guard.errors import PolicyError


def register(cli) -> None:
    group = cli.group("policy", help="validate policies and print their schema")
    v = group.command("validate", help="validate policy files; print every error with its YAML path")
    v.add_argument("files", nargs="+", metavar="FILE", help="policy YAML files or pack names")
    v.set_defaults(func=_validate)
    s = group.command("schema", help="print the policy JSON Schema")
    s.add_argument("--out", help="write to this file instead of stdout")
    s.set_defaults(func=_schema)
    ls = group.command("list", help="list the policy packs shipped with agentguard")
    ls.set_defaults(func=_list)


def _validate(args: argparse.Namespace) -> int:
    from guard.policy import load_policy

    status = 0
    for f in args.files:
        try:
            p = load_policy(f)
            if p.proxy is not None:  # checked here too, not only when `guard proxy` starts
                from guard.proxy.config import load_proxy_config

                load_proxy_config(p.proxy, origin=str(f))
        except PolicyError as exc:
            status = 1
            print(f"{f}: invalid", file=sys.stderr)
            for e in exc.errors:
                print(f"  {e}", file=sys.stderr)
            continue
        print(f"{f}: ok — {p.name} v{p.version_text}, {len(p.interceptors)} interceptor(s), hash {p.hash[:16]}")
    return status


def schema_json() -> str:
    from guard.policy import Policy

    schema = Policy.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "agentguard policy"
    return json.dumps(schema, indent=2, sort_keys=True) + "\n"


def _schema(args: argparse.Namespace) -> int:
    text = schema_json()
    if args.out:
        try:
            with open(args.out, "w", encoding="utf-8") as fh:
                fh.write(text)
        except OSError as exc:  # a missing folder, a directory, no permission
            print(f"guard policy schema: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
            return 2
    else:
        sys.stdout.write(text)
    return 0


def _list(args: argparse.Namespace) -> int:
    from guard.errors import PolicyError
    from guard.policy import load_policy, packs

    names = packs()
    width = max(map(len, names), default=0)
    status = 0
    for name in names:
        try:
            p = load_policy(name)
        except PolicyError as exc:  # e.g. a detector's extra missing: name the pack and go on
            print(f"{name:{width}s}  (cannot load: {'; '.join(exc.errors)})")
            status = 1
            continue
        print(f"{name:{width}s}  v{p.version_text}  {p.description}")
    return status
