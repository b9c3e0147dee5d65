"""Audit store throughput and append latency: sync vs buffered, SQLite (and PostgreSQL).

Each append is timed individually in the caller's thread (what a guarded agent waits
for); throughput counts from the first append until everything is committed (flush).
Records look like the ones the core writes (reasons, scores, trace ids, digests).
PostgreSQL runs on a private temporary cluster with fsync on (tests/pg_fixture.py)
when the binaries are installed. Prints a table and writes benchmarks/results/audit.json.

    python benchmarks/audit.py [--records 20000] [--sync-records 1000] [--no-postgres]

Runs: buffered (1 thread), sync (1 thread), sync (8 threads appending at once).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import threading
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


def bench(url: str, durability: str, n: int, threads: int = 1) -> dict:
    store = open_store(url, durability=durability)
    store.append(make_records(1)[0])  # warm up: engine, connection, writer thread
    store.flush()
    per_thread = [make_records(n // threads) for _ in range(threads)]
    lats: list[list[float]] = [[] for _ in range(threads)]
    start = threading.Barrier(threads + 1)

    def work(k: int) -> None:
        out = lats[k]
        start.wait()
        for rec in per_thread[k]:
            t0 = time.perf_counter_ns()
            store.append(rec)
            out.append((time.perf_counter_ns() - t0) / 1000.0)

    workers = [threading.Thread(target=work, args=(k,)) for k in range(threads)]
    for w in workers:
        w.start()
    start.wait()
    t_start = time.perf_counter()
    for w in workers:
        w.join()
    t_appended = time.perf_counter()
    store.flush(timeout=600)
    t_done = time.perf_counter()
    t_verify = time.perf_counter()
    result = store.verify()
    verify_s = time.perf_counter() - t_verify
    store.close()
    assert result.ok, result.problem
    lat = sorted(x for xs in lats for x in xs)
    total = len(lat)
    return {
        "durability": durability,
        "threads": threads,
        "records": total,
        "append_p50_us": round(statistics.median(lat), 2),
        "append_p99_us": round(lat[int(0.99 * (total - 1))], 2),
        "append_max_us": round(lat[-1], 2),
        "records_per_s": round(total / (t_done - t_start), 1),
        "append_phase_s": round(t_appended - t_start, 4),
        "until_committed_s": round(t_done - t_start, 4),
        "verify_records_per_s": round(result.checked / verify_s, 1),
    }


RUNS = (("buffered", 1), ("sync", 1), ("sync", 8))


def _runs(backend: str, url_for, args) -> list[dict]:
    rows = []
    for durability, threads in RUNS:
        n = args.records if durability == "buffered" else args.sync_records
        rows.append({"backend": backend, **bench(url_for(durability, threads), durability, n, threads)})
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=20_000, help="records per buffered run")
    ap.add_argument("--sync-records", type=int, default=1_000, help="records per sync run (each one a durable commit)")
    ap.add_argument("--no-postgres", action="store_true")
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "audit.json"))
    args = ap.parse_args()

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        rows += _runs("sqlite", lambda d, t: f"sqlite:///{tmp}/{d}-{t}.db", args)
    pg_note = None
    if not args.no_postgres:
        try:
            from pg_fixture import PgUnavailable, temporary_postgres

            with temporary_postgres(durable=True) as server:
                rows += _runs("postgresql", lambda d, t: server.create_database(), args)
        except PgUnavailable as exc:
            pg_note = f"PostgreSQL skipped: {exc}"

    cols = ["backend", "durability", "threads", "records", "append_p50_us", "append_p99_us", "records_per_s", "verify_records_per_s"]
    widths = [max(len(c), *(len(str(r[c])) for r in rows)) for c in cols]
    print("  ".join(c.ljust(w) for c, w in zip(cols, widths)))
    for r in rows:
        print("  ".join(str(r[c]).ljust(w) for c, w in zip(cols, widths)))
    if pg_note:
        print(pg_note)

    out = {
        "benchmark": "audit",
        "command": "python benchmarks/audit.py " + " ".join(sys.argv[1:]),
        "machine": {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count(),
                    "load_avg_1m_at_end": round(os.getloadavg()[0], 2)},
        "notes": [
            "append latency is measured in the caller's thread; buffered appends are enqueued and hashed/written "
            "by a background thread, sync appends return after a durable commit (SQLite WAL synchronous=FULL; "
            "PostgreSQL default synchronous_commit=on, fsync on)",
            "throughput counts from the first append until flush() returns (everything committed)",
            "sync with 8 threads: appends waiting at the same time share one commit (group commit)",
        ] + ([pg_note] if pg_note else []),
        "results": rows,
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(out, indent=2) + "\n")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
