"""`guard` command line. Core commands live here; detector packages add theirs through
the `agentguard.cli` entry-point group, so the core never imports a detector."""
from __future__ import annotations

import argparse
import os
import sys
from importlib.metadata import entry_points
from typing import Callable, Sequence

Handler = Callable[[argparse.Namespace], int]


class CLI:
    """What a plugin's `register(cli)` receives.

    `cli.command("scan-model", help=...)` adds `guard scan-model`; `cli.eval_command("pii")`
    adds `guard eval pii`; `cli.group("backdoor")` returns a CLI for `guard backdoor ...`.
    Set the handler with `parser.set_defaults(func=handler)`; it returns the exit code.
    """

    def __init__(self, subparsers: argparse._SubParsersAction, root: "CLI | None" = None):
        self._sub = subparsers
        self._root = root or self
        self._groups: dict[str, CLI] = {}

    def command(self, name: str, help: str = "", **kw) -> argparse.ArgumentParser:
        return self._sub.add_parser(name, help=help, description=help, **kw)

    def group(self, name: str, help: str = "") -> "CLI":
        if name not in self._groups:
            p = self.command(name, help=help)
            p.set_defaults(func=lambda a, p=p: _usage(p))
            self._groups[name] = CLI(p.add_subparsers(dest=f"{name}_command", metavar="COMMAND"), self._root)
        return self._groups[name]

    def eval_command(self, name: str, help: str = "", **kw) -> argparse.ArgumentParser:
        return self._root.group("eval", help="measure a detector on a data set").command(name, help=help, **kw)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def build_parser() -> tuple[argparse.ArgumentParser, list[str]]:
    from guard.cli import audit_cmd, demo_cmd, policy_cmd

    parser = argparse.ArgumentParser(prog="guard", description="agentguard: runtime guardrails for LLM agents")
    cli = CLI(parser.add_subparsers(dest="command", metavar="COMMAND"))
    for module in (demo_cmd, policy_cmd, audit_cmd):
        module.register(cli)
    try:
        from guard.proxy import cli as proxy_cli  # optional extra: fastapi/uvicorn
    except ImportError:
        proxy_cli = None
    if proxy_cli is not None:
        proxy_cli.register(cli)
    problems = []
    for ep in sorted(entry_points(group="agentguard.cli"), key=lambda e: e.name):
        try:
            ep.load()(cli)
        except Exception as exc:  # a broken plugin must not take the whole CLI down
            problems.append(f"guard: commands from {ep.name!r} unavailable ({type(exc).__name__}: {exc})")
    return parser, problems


def main(argv: Sequence[str] | None = None) -> int:
    # what the commands print (audit exports a reviewer re-hashes, names in any script) is UTF-8,
    # whatever the locale says: a cp1252 pipe crashed on "日本語" and wrote "café" as cp1252
    if not os.environ.get("PYTHONIOENCODING"):  # a choice the user made stands
        for stream in (sys.stdout, sys.stderr):
            if (getattr(stream, "encoding", "utf-8") or "").lower().replace("-", "") != "utf8" and hasattr(stream, "reconfigure"):
                stream.reconfigure(encoding="utf-8", errors=stream.errors)
    parser, problems = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        for p in problems:
            print(p, file=sys.stderr)
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except ModuleNotFoundError as exc:  # a detector's command without its extra installed
        from guard.cli.extras import missing_module_message

        message = missing_module_message(exc, getattr(args.func, "__module__", ""))
        if message is None:
            raise
        print(f"guard: {message}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `guard ... | head`: the reader left; no traceback for that
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # the flush at exit must not fail again
        except OSError:
            pass
        return 141  # 128 + SIGPIPE, as a shell reports it


if __name__ == "__main__":
    sys.exit(main())
