"""Audit store throughput and append latency: sync vs buffered, SQLite (and PostgreSQL).

Each append is timed individually in the caller's thread (what a guarded agent waits
for); throughput counts from the first append until everything is committed (flush).
Records look like the ones the core writes (reasons, scores, trace ids, digests).
PostgreSQL runs on a private temporary cluster with fsync on (tests/pg_fixture.py)
when the binaries are installed. Prints a table and writes benchmarks/results/audit.json.

    python benchmarks/audit.py [--records 20000] [--sync-records 1000] [--no-postgres]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from guard.audit import AuditRecord, open_store  # noqa: E402


def make_records(n: int) -> list[AuditRecord]:
    run = uuid.uuid4().hex
    return [
        AuditRecord(
            run_id=run, step=i, agent="bench-agent", hook="tool_call", interceptor="safety.tool_gate",
            action="refuse" if i % 10 == 0 else "allow", rule="transfer_*" if i % 10 == 0 else None,
            reasons=["money transfers need a human"] if i % 10 == 0 else [], scores={"risk": (i % 100) / 100},
            policy_name="default", policy_version="1", policy_hash="ab" * 32, event_digest=uuid.uuid4().hex * 2,
            trace_id=uuid.uuid4().hex, span_id=uuid.uuid4().hex[:16], latency_ms=0.042, details={"tool": "send_email"},
        )
        for i in range(n)
    ]


def bench(url: str, durability: str, n: int) -> dict:
    store = open_store(url, durability=durability)
    store.append(make_records(1)[0])  # warm up: engine, connection, writer thread
    store.flush()
    records = make_records(n)
    lat = []
    t_start = time.perf_counter()
    for rec in records:
        t0 = time.perf_counter_ns()
        store.append(rec)
        lat.append((time.perf_counter_ns() - t0) / 1000.0)
    t_appended = time.perf_counter()
    store.flush(timeout=600)
    t_done = time.perf_counter()
    t_verify = time.perf_counter()
    result = store.verify()
    verify_s = time.perf_counter() - t_verify
    store.close()
    assert result.ok, result.problem
    lat.sort()
    return {
        "durability": durability,
        "records": n,
        "append_p50_us": round(statistics.median(lat), 2),
        "append_p99_us": round(lat[int(0.99 * (len(lat) - 1))], 2),
        "append_max_us": round(lat[-1], 2),
        "records_per_s": round(n / (t_done - t_start), 1),
        "append_phase_s": round(t_appended - t_start, 4),
        "until_committed_s": round(t_done - t_start, 4),
        "verify_records_per_s": round(result.checked / verify_s, 1),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=20_000, help="records per buffered run")
    ap.add_argument("--sync-records", type=int, default=1_000, help="records per sync run (each one a durable commit)")
    ap.add_argument("--no-postgres", action="store_true")
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "audit.json"))
    args = ap.parse_args()

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for durability, n in (("buffered", args.records), ("sync", args.sync_records)):
            rows.append({"backend": "sqlite", **bench(f"sqlite:///{tmp}/{durability}.db", durability, n)})
    pg_note = None
    if not args.no_postgres:
        try:
            from pg_fixture import PgUnavailable, temporary_postgres

            with temporary_postgres(durable=True) as server:
                for durability, n in (("buffered", args.records), ("sync", args.sync_records)):
                    rows.append({"backend": "postgresql", **bench(server.create_database(), durability, n)})
        except PgUnavailable as exc:
            pg_note = f"PostgreSQL skipped: {exc}"

    cols = ["backend", "durability", "records", "append_p50_us", "append_p99_us", "records_per_s", "verify_records_per_s"]
    widths = [max(len(c), *(len(str(r[c])) for r in rows)) for c in cols]
    print("  ".join(c.ljust(w) for c, w in zip(cols, widths)))
    for r in rows:
        print("  ".join(str(r[c]).ljust(w) for c, w in zip(cols, widths)))
    if pg_note:
        print(pg_note)

    out = {
        "benchmark": "audit",
        "command": "python benchmarks/audit.py " + " ".join(sys.argv[1:]),
        "machine": {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count()},
        "notes": [
            "append latency is measured in the caller's thread; buffered appends are enqueued and hashed/written "
            "by a background thread, sync appends return after a durable commit (SQLite WAL synchronous=FULL; "
            "PostgreSQL default synchronous_commit=on, fsync on)",
            "throughput counts from the first append until flush() returns (everything committed)",
        ] + ([pg_note] if pg_note else []),
        "results": rows,
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(out, indent=2) + "\n")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
