"""Memory of a `guard proxy` process under sustained streamed load, batch by batch.

Starts the fake upstream and `guard proxy --policy P` (audit to SQLite, buffered), sends
batches of streamed requests at a fixed concurrency, and after each batch prints the
proxy's RSS split into anonymous and file-backed memory and the number of audit rows
already committed (so a growing audit backlog would show). A flat RssAnon across batches
means no leak; steps that keep coming mean memory grows with load. RSS and the audit
records still queued (`/metrics`) are also read the moment each batch ends, before the
pause that lets the buffered writer catch up.

    python benchmarks/proxy_memory.py --policy benchmarks/policies/gate_twice.yaml [--batches 6] [--n 5000]
"""
from __future__ import annotations

import argparse
import asyncio
import json
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import proxy as bench  # noqa: E402  (the proxy benchmark's servers and load generator)


def rss_parts(pid: int) -> dict[str, int]:
    out = {}
    for line in open(f"/proc/{pid}/status"):
        if line.startswith(("VmRSS", "RssAnon", "RssFile")):
            key, value = line.split(":")
            out[key] = int(value.split()[0]) // 1024
    return out


def audit_pending(port: int) -> int:
    import httpx

    text = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=10).text
    return int(next(line.split()[1] for line in text.splitlines() if line.startswith("guard_audit_records_pending ")))


def audit_rows(db: Path) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT count(*) FROM audit_records").fetchone()[0]
    finally:
        con.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--policy", default="default")
    ap.add_argument("--batches", type=int, default=6)
    ap.add_argument("--n", type=int, default=5000, help="requests per batch")
    ap.add_argument("--concurrency", type=int, default=200)
    ap.add_argument("--upstream-client", default="auto", choices=["auto", "aiohttp", "httpx"])
    ap.add_argument("--out", default=None, help="write the rows as JSON here")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp())
    servers = bench.Servers(argparse.Namespace(latency_ms=10.0, latency_jitter_ms=0.0, targets=["guard"], policy=args.policy, litellm="",
                                                   upstream_client=args.upstream_client), tmp)
    t = servers.targets["guard"]
    rows = []
    try:
        asyncio.run(bench.load(t["port"], "/v1/chat/completions", t["auth"], True, args.concurrency, 1000))  # warm-up
        sent = 1000
        rows.append({"sent": sent, **rss_parts(t["pid"]), "audit_rows": audit_rows(tmp / "audit.db")})
        for _ in range(args.batches):
            res = asyncio.run(bench.load(t["port"], "/v1/chat/completions", t["auth"], True, args.concurrency, args.n))
            sent += args.n
            at_end = {"rss_at_end": rss_parts(t["pid"])["VmRSS"], "pending_at_end": audit_pending(t["port"])}
            time.sleep(3)  # let the buffered audit writer catch up before counting
            rows.append({"sent": sent, "rps": round(res["rps"]), "errors": res["errors"], **at_end, **rss_parts(t["pid"]),
                         "audit_rows": audit_rows(tmp / "audit.db"), "pending": audit_pending(t["port"])})
    finally:
        servers.close()
    print(f"policy {args.policy}; upstream client {args.upstream_client}; {args.concurrency} concurrent streams; MB")
    print(f"{'sent':>7} {'req/s':>6} {'errors':>6} {'RSS at end':>10} {'queued at end':>13} {'VmRSS':>6} {'RssAnon':>8} {'RssFile':>8} {'audit rows':>11} {'queued':>6}")
    for r in rows:
        print(f"{r['sent']:>7} {r.get('rps', ''):>6} {r.get('errors', ''):>6} {r.get('rss_at_end', ''):>10} {r.get('pending_at_end', ''):>13} "
              f"{r['VmRSS']:>6} {r['RssAnon']:>8} {r['RssFile']:>8} {r['audit_rows']:>11} {r.get('pending', ''):>6}")
    if args.out:
        Path(args.out).write_text(json.dumps({"policy": args.policy, "upstream_client": args.upstream_client, "rows": rows}, indent=2))


if __name__ == "__main__":
    main()
