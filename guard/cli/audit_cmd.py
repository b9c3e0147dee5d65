"""`guard audit {list,show,verify,export,head}`: review and prove the audit trail.

Exit codes: 0 success (for `verify`: the chain is intact), 1 the answer is "no"
(tampered trail, unknown run), 2 the question could not be asked (missing database,
bad URL or policy).
"""
from __future__ import annotations

import argparse
import csv
import json
import math
import os
import re
import sys
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Iterator, TextIO

from guard.cli.arguments import positive_int

if TYPE_CHECKING:
    from guard.audit import AuditStore
    from guard.cli.main import CLI

ENV_URL = "AGENTGUARD_AUDIT_URL"
FALLBACK_URL = "sqlite:///audit.db"


def register(cli: "CLI") -> None:
    audit = cli.group("audit", help="list, show, verify and export the hash-chained audit trail")
    common = argparse.ArgumentParser(add_help=False)
    where = common.add_argument_group("where the trail is")
    where.add_argument("--db", metavar="URL", help="SQLAlchemy URL or SQLite file path")
    where.add_argument("--policy", metavar="P", help="take the audit URL from this policy (name or YAML path)")

    p = audit.command("list", help="the latest runs in the trail", parents=[common])
    p.add_argument("--limit", type=positive_int, default=50, help="how many runs (default 50)")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.set_defaults(func=cmd_list)

    p = audit.command("show", help="a readable timeline of one run", parents=[common])
    p.add_argument("run_id", metavar="RUN_ID", help="run id (a unique prefix is enough)")
    p.add_argument("--json", action="store_true", help="print the records as JSON lines")
    p.set_defaults(func=cmd_show)

    p = audit.command("verify", help="check the hash chain; exit 1 naming the first bad record", parents=[common])
    p.add_argument("--anchor", metavar="HASH", help="a head hash published earlier that must still be in the chain")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(func=cmd_verify)

    p = audit.command("export", help="write the records as JSON lines or CSV", parents=[common])
    p.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    p.add_argument("--out", metavar="FILE", help="output file (default or '-': stdout)")
    p.add_argument("--run", metavar="RUN_ID", help="only this run")
    p.set_defaults(func=cmd_export)

    p = audit.command("head", help="verify the trail, then print the chain head (seq and hash) to publish as an anchor",
                      parents=[common])
    p.add_argument("--no-verify", action="store_true", help="print the head without verifying the trail first")
    p.set_defaults(func=cmd_head)


# -- commands ---------------------------------------------------------------------


def cmd_list(args: argparse.Namespace) -> int:
    with _open(args) as store:
        runs = store.runs(limit=args.limit)
    if args.json:
        print(json.dumps(_jsonable(runs), indent=2, ensure_ascii=False))  # a tampered blob column as stored, marked
        return 0
    if not runs:
        print("no runs in the audit trail")
        return 0
    rows = [
        [
            _text(r["run_id"]), _text(r["agent"]), _time(r["first_ts"], date=True), _duration(r["first_ts"], r["last_ts"]),
            str(r["n"]), _text(r["worst_action"]), _policy(_text(r["policy_name"], ""), _text(r["policy_version"], "")),
        ]
        for r in runs
    ]
    _table(["RUN", "AGENT", "STARTED (UTC)", "DURATION", "RECORDS", "WORST", "POLICY"], rows)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with _open(args) as store:
        run_id = args.run_id
        recs = store.records(run_id)
        if not recs:
            matches = store.run_ids_like(run_id)
            if len(matches) > 1:
                _err(f"run id prefix {run_id!r} is ambiguous: {', '.join(_printable(_text(m)) for m in matches)}")
                return 1
            if matches:
                run_id = matches[0]
                recs = store.records(run_id)
    if not recs:
        _err(f"no records for run {args.run_id!r} (see `guard audit list`)")
        return 1
    if args.json:
        for r in recs:
            print(json.dumps(_dump(r), ensure_ascii=False))
        return 0
    first = recs[0]
    # escaped like the rows: an agent name holding a line break and a made-up row must not forge the timeline
    digest = _text(first.policy_hash, "")
    print(_printable(f"run {_text(run_id)}  agent {_text(first.agent)}  policy {_policy(_text(first.policy_name, ''), _text(first.policy_version, ''))}"
                     f"{'  hash ' + digest[:12] if digest else ''}"))
    print(f"{len(recs)} record(s), {_time(first.ts, date=True)} UTC, seq {first.seq}..{recs[-1].seq}")
    rows = []
    for r in recs:
        reason = "; ".join(map(str, r.reasons)) if isinstance(r.reasons, list) else _odd(r.reasons)
        if r.error:
            reason += f" [error: {r.error}]"
        action = str(r.action)
        rows.append([_time(r.ts), str(r.step), str(r.hook), str(r.interceptor or "-"),
                     action.upper() if action != "allow" else action, str(r.rule or "-"), reason or "-"])
    _table(["TIME", "STEP", "HOOK", "INTERCEPTOR", "ACTION", "RULE", "REASON"], rows)
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    anchor = args.anchor.strip().lower() if args.anchor else None
    if anchor is not None and not re.fullmatch(r"[0-9a-f]{64}", anchor):
        # a typo in the anchor is a usage error, not evidence of tampering
        raise _Exit(2, f"--anchor: must be the 64 hex digits `guard audit head` printed, not {args.anchor!r}")
    from sqlalchemy.exc import DBAPIError

    from guard.audit import AuditTrailGone

    try:
        with _open(args) as store:
            result = store.verify(anchor=anchor)
    except _Exit as exc:
        if not isinstance(exc.cause, AuditTrailGone):
            raise
        return _tampered(args, "deleted", str(exc.cause))
    except DBAPIError as exc:  # a column dropped or renamed past the store: the table is not what was written
        if "column" not in str(exc.orig).lower():
            raise
        return _tampered(args, "altered", f"the audit table's columns were changed ({str(exc.orig).splitlines()[0]})")
    if args.json:
        print(result.model_dump_json(indent=2))
    elif result.ok:
        print(f"OK: {result.summary()}")
    else:
        where = f"seq {result.first_bad_seq}" if result.first_bad_seq is not None else "the head"
        if result.first_bad_record_id:
            where += f" (record_id {result.first_bad_record_id})"
        print(f"TAMPERED: first bad record: {where}")
        print(f"  {result.problem}")
        print(f"  {result.checked} record(s) before it verified")
    return 0 if result.ok else 1


def _tampered(args: argparse.Namespace, kind: str, problem: str) -> int:
    """Tampering found before any record could be read: said as verify says it, exit 1."""
    if args.json:
        print(json.dumps({"ok": False, "checked": 0, "kind": kind, "problem": problem}, indent=2))
    else:
        print(f"TAMPERED: {problem}")
    return 1


def cmd_export(args: argparse.Namespace) -> int:
    to_file = args.out not in (None, "", "-")  # "-": standard output, as the help says by default
    with _open(args) as store:
        out: TextIO
        if to_file:
            try:
                out = open(args.out, "w", encoding="utf-8", newline="")
            except OSError as exc:
                _err(f"--out: cannot write {args.out}: {exc.strerror or exc}")
                return 2
        else:
            out = sys.stdout
        try:
            n = (_export_csv if args.format == "csv" else _export_jsonl)(store.iter_records(args.run), out)
        finally:
            if to_file:
                out.close()
    if n == 0 and args.run:
        _err(f"no records of run {args.run!r} in the audit trail")
        return 1
    if to_file:
        print(f"exported {n} record(s) to {args.out}", file=sys.stderr)
    return 0


def cmd_head(args: argparse.Namespace) -> int:
    from guard.audit import AuditError

    with _open(args) as store:
        try:
            head = store.head()
        except AuditError as exc:  # the head row was altered: evidence, as `verify` reports it
            _err(str(exc))
            return 1
        # an anchor vouches for everything before it: never publish the head of a tampered trail
        result = store.verify() if head is not None and not args.no_verify else None
    if result is not None and not result.ok:
        _err(f"not printing an anchor: the trail does not verify ({result.problem}); run `guard audit verify`")
        return 1
    if head is None:
        _err("the audit head row is missing: run `guard audit verify`")
        return 1
    print(f"seq {head[0]} hash {head[1]}")
    return 0


# -- helpers ----------------------------------------------------------------------


class _open:
    """Context manager: the store named by --db / --policy / env, or exit 2 with a reason."""

    def __init__(self, args: argparse.Namespace):
        self.args = args
        self.store: "AuditStore | None" = None

    def __enter__(self) -> "AuditStore":
        from guard.audit import AuditError, open_store

        url = resolve_url(self.args)
        try:
            self.store = open_store(url, durability="sync", create=False)
        except AuditError as exc:
            raise _Exit(2, f"{exc} (use --db URL or --policy P)", cause=exc) from None
        return self.store

    def __exit__(self, *exc: object) -> None:
        if self.store is not None:
            self.store.close()


class _Exit(Exception):
    def __init__(self, code: int, message: str, cause: BaseException | None = None):
        super().__init__(message)
        self.code = code
        self.cause = cause  # what the command may read as evidence (a deleted trail for `verify`)


def resolve_url(args: argparse.Namespace) -> str:
    """--db, else the policy's audit.url, else $AGENTGUARD_AUDIT_URL, else the policy default."""
    from guard.audit import AuditError, normalize_url

    try:
        if getattr(args, "db", None):
            return normalize_url(args.db)
        if getattr(args, "policy", None):
            from guard.policy import load_policy

            try:
                policy = load_policy(args.policy)
            except Exception as exc:  # PolicyError lists every problem; others (missing file) too
                raise _Exit(2, f"cannot load policy {args.policy!r}: {exc}") from None
            return normalize_url(policy.audit.url)
        if os.environ.get(ENV_URL):
            return normalize_url(os.environ[ENV_URL])
        return normalize_url(_default_url())
    except AuditError as exc:
        raise _Exit(2, str(exc)) from None


def _default_url() -> str:
    try:
        from guard.policy import AuditConfig

        return AuditConfig().url
    except Exception:  # the policy module is optional for reading a trail
        return FALLBACK_URL


def _export_jsonl(records: Iterator[Any], out: TextIO) -> int:
    n = 0
    for r in records:
        out.write(json.dumps(_dump(r), ensure_ascii=False) + "\n")
        n += 1
    return n


def _export_csv(records: Iterator[Any], out: TextIO) -> int:
    from guard.audit.records import JSON_FIELDS, canonical_json
    from guard.audit.schema import COLUMNS

    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    n = 0
    for r in records:
        d = _dump(r)
        writer.writerow([canonical_json(d[c]) if c in JSON_FIELDS else _cell(d[c]) for c in COLUMNS])
        n += 1
    return n


def _cell(value: Any) -> Any:
    """A CSV cell a spreadsheet shows as text: a value starting with =, +, -, @ or a control
    character (an agent name from a request header, a reason) would run as a formula there, so
    it gets a leading apostrophe (the JSONL export keeps every value as stored)."""
    if value is None:
        return ""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


# A tampered row is still listed, as stored (`guard audit verify` says what changed): values
# of the wrong type are shown marked with "!" instead of stopping the listing.


def _dump(r: Any) -> dict[str, Any]:
    try:
        return r.model_dump(mode="json", warnings=False)
    except ValueError:  # a column's type was changed (a blob that is no UTF-8): exported as stored, marked
        return {k: _jsonable(v) for k, v in r.model_dump(mode="python", warnings=False).items()}


def _jsonable(value: Any) -> Any:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "!0x" + bytes(value).hex()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def _text(value: Any, missing: str = "-") -> str:
    """A listed value: text as it is, a value of another type (a tampered column) marked."""
    if value is None or value == "":
        return missing
    return value if isinstance(value, str) else _odd(value)


def _odd(value: Any) -> str:
    return f"!{str(value)[:40]}"


def _seconds(ts: Any) -> float | None:
    return float(ts) if isinstance(ts, (int, float)) and not isinstance(ts, bool) and math.isfinite(ts) else None


def _time(ts: Any, date: bool = False) -> str:
    if ts is None:
        return "-"
    seconds = _seconds(ts)
    try:
        dt = datetime.fromtimestamp(seconds, tz=timezone.utc) if seconds is not None else None
    except (OverflowError, OSError, ValueError):
        dt = None
    if dt is None:
        return _odd(ts)
    return dt.strftime("%Y-%m-%d %H:%M:%S" if date else "%H:%M:%S.%f")[: 19 if date else 12]


def _duration(first: Any, last: Any) -> str:
    a, b = _seconds(first), _seconds(last)
    if a is None or b is None:
        return "?"
    seconds = b - a
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.1f} s"


def _policy(name: str | None, version: str | None) -> str:
    if not name:
        return "-"
    return f"{name} v{version}" if version else name


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _printable(cell: str) -> str:
    """A cell with its control characters escaped: a reason holding a line break and a made-up
    row, or a terminal escape that erases the line above, must not forge the timeline."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), cell)


def _table(header: list[str], rows: list[list[str]]) -> None:
    """Left-aligned columns; the last column is not padded (reasons can be long)."""
    rows = [[_printable(c) for c in r] for r in rows]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header[:-1])]
    for line in [header, *rows]:
        cells = [c.ljust(w) for c, w in zip(line[:-1], widths)] + [line[-1]]
        print("  ".join(cells).rstrip())


def _err(msg: str) -> None:
    print(f"guard audit: {msg}", file=sys.stderr)


def _wrap(handler):  # noqa: ANN001, ANN202
    """Turn _Exit into an exit code and a message on stderr."""

    def run(args: argparse.Namespace) -> int:
        from sqlalchemy.exc import SQLAlchemyError

        from guard.audit import AuditError

        try:
            return handler(args)
        except _Exit as exc:
            _err(str(exc))
            return exc.code
        except BrokenPipeError:  # `guard audit export | head`: the reader left, not an error of ours
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
        except (AuditError, SQLAlchemyError) as exc:
            orig = getattr(exc, "orig", None) or exc
            _err(f"{type(orig).__name__}: {str(orig).splitlines()[0] if str(orig) else ''}")
            return 2

    run.__name__ = handler.__name__
    run.__doc__ = handler.__doc__
    return run


cmd_list = _wrap(cmd_list)
cmd_show = _wrap(cmd_show)
cmd_verify = _wrap(cmd_verify)
cmd_export = _wrap(cmd_export)
cmd_head = _wrap(cmd_head)
