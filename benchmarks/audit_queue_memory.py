"""Memory of a guarded agent whose buffered audit writer falls behind.

A tight loop of guarded tool calls with a writer that cannot keep up: every `--every`
calls the database is held locked by another connection for `--hold` seconds (a busy or
slow database), so records pile up in the buffered queue. After each block of calls it
prints RSS, records pending and records written. With the bounded queue (`audit.max_pending`)
pending stays near the bound and RSS levels off; an unbounded queue grows with the backlog.

    python benchmarks/audit_queue_memory.py [--blocks 8] [--calls 5000] [--max-pending 10000] [--out FILE]
"""
from __future__ import annotations

import argparse
import gc
import json
import sqlite3
import sys
import tempfile
import threading
import time
from pathlib import Path


def rss_mb() -> float:
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS"):
            return int(line.split()[1]) / 1024
    return float("nan")


def hold_lock(db: Path, seconds: float, stop: threading.Event, every: float) -> None:
    """Hold SQLite's write lock for `seconds` out of every `every` seconds."""
    while not stop.is_set():
        con = sqlite3.connect(db, timeout=30)
        con.execute("BEGIN IMMEDIATE")
        stop.wait(seconds)
        con.execute("ROLLBACK")
        con.close()
        stop.wait(every - seconds)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--blocks", type=int, default=8)
    ap.add_argument("--calls", type=int, default=5000)
    ap.add_argument("--max-pending", type=int, default=None, help="audit.max_pending (default: the policy's default)")
    ap.add_argument("--hold", type=float, default=1.8, help="seconds the database stays locked ...")
    ap.add_argument("--every", type=float, default=2.0, help="... out of every this many seconds")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()

    from guard import Guard

    tmp = Path(tempfile.mkdtemp(prefix="agentguard-queue-"))
    db = tmp / "audit.db"
    audit = {"url": f"sqlite:///{db}", "durability": "buffered"}
    if args.max_pending is not None:
        audit["max_pending"] = args.max_pending
    g = Guard.from_policy({"extends": "default", "name": "queue-bench", "version": 1, "audit": audit,
                           "telemetry": {"exporter": "none"}})

    @g.tool
    def lookup(city: str, n: int) -> str:
        return f"weather in {city}: sunny, reading {n}"

    @g.agent
    def agent(i: int) -> str:
        return lookup("Paris", i)

    agent(0)
    g.flush()
    stop = threading.Event()
    locker = threading.Thread(target=hold_lock, args=(db, args.hold, stop, args.every), daemon=True)
    locker.start()
    rows = []
    t0 = time.perf_counter()
    print(f"{'block':>5} {'calls':>7} {'s':>6} {'rss MB':>7} {'pending':>8} {'written':>8}")
    for b in range(args.blocks):
        for i in range(args.calls):
            agent(i)
        gc.collect()
        row = {"block": b, "calls": (b + 1) * args.calls, "s": round(time.perf_counter() - t0, 1), "rss_mb": round(rss_mb(), 1),
               "pending": g.audit.pending, "written": g.audit.stats()["written"]}
        rows.append(row)
        print(f"{row['block']:>5} {row['calls']:>7} {row['s']:>6} {row['rss_mb']:>7} {row['pending']:>8} {row['written']:>8}", flush=True)
    stop.set()
    locker.join()
    g.flush(); g.close()
    if args.out:
        args.out.write_text(json.dumps({"args": {k: str(v) for k, v in vars(args).items()}, "rows": rows}, indent=1))


if __name__ == "__main__":
    sys.exit(main())
