"""Cost per step of one long-lived run (an agent working a queue inside one `guard.run()`) with
the `default` pack: a check that reads the whole history at every call grows with the run.

    python benchmarks/long_run.py [--steps 4000] [--out FILE]

Each step is a tool call, its result (a ticket with an address, an invoice number and an account
number) and a reply to that address; the table prints the milliseconds per step over each fifth
of the run, and the process's resident memory (the run keeps its history and report)."""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) / 1024 for line in f if line.startswith("VmRSS"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--steps", type=int, default=4000)
    ap.add_argument("--out", default=None)
    args = ap.parse_args()
    from guard import Guard

    tmp = tempfile.mkdtemp()
    g = Guard("default", audit_url=f"sqlite:///{tmp}/a.db")
    g.warmup()
    base, rows, fifth = rss_mb(), [], max(1, args.steps // 5)
    with g.run(agent="queue-worker") as run:
        last = time.perf_counter()
        for i in range(1, args.steps + 1):
            run.tool_call("get_ticket", {"id": i})
            run.tool_result("get_ticket", f"Ticket {i}: customer c{i}@example.com asks about invoice INV-{i:06d} "
                                          f"for account 4000{i:08d}.")
            run.tool_call("send_email", {"to": f"c{i}@example.com", "body": f"Re INV-{i:06d}"})
            run.take_instructions()
            if i % fifth == 0:
                now = time.perf_counter()
                rows.append({"steps": i, "ms_per_step": round((now - last) / fifth * 1000, 2),
                             "rss_mb_added": round(rss_mb() - base, 1)})
                print(f"steps {i:6d}   {rows[-1]['ms_per_step']:6.2f} ms/step   rss +{rows[-1]['rss_mb_added']} MB", flush=True)
                last = now
    g.close()
    if args.out:
        Path(args.out).write_text(json.dumps({"steps": args.steps, "rows": rows}, indent=2))


if __name__ == "__main__":
    main()
