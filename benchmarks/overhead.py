"""Overhead of `@guard.tool` over the bare function.

Configurations: empty policy; tool_gate only; tool_gate + buffered audit; tool_gate + sync
audit. Spans go to an in-memory exporter (so span creation and export are counted). Each
call is timed individually; 1 thread, and 8 threads each running its own agent run.
Prints a table and writes benchmarks/results/overhead.json.

    python benchmarks/overhead.py [--calls 5000]
"""
from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from guard import Guard

GATE = {
    "use": "safety.tool_gate",
    "config": {
        "risk_classes": {"transfer_*": "financial"},
        "risk_actions": {"financial": "escalate"},
        "rules": [
            {"tool": "send_email", "args": {"to": {"allow": ["*@example.com"]}, "bcc": {"deny": ["*"], "on_violation": "drop"}}},
            {"tool": "search*", "max_calls": 10_000_000},
        ],
    },
}


def configs(tmp: Path) -> dict[str, dict]:
    base = {"name": "bench", "version": 1}
    return {
        "empty policy": {**base, "interceptors": [], "audit": {"enabled": False}},
        "tool_gate only": {**base, "interceptors": [GATE], "audit": {"enabled": False}},
        "tool_gate + buffered audit": {**base, "interceptors": [GATE], "audit": {"url": f"sqlite:///{tmp / 'buf.db'}", "durability": "buffered"}},
        "tool_gate + sync audit": {**base, "interceptors": [GATE], "audit": {"url": f"sqlite:///{tmp / 'sync.db'}", "durability": "sync"}},
    }


def bare_send_email(to: str, subject: str, body: str) -> str:
    return "ok"


def measure(fn, calls: int) -> list[float]:
    out = []
    for i in range(calls):
        t0 = time.perf_counter_ns()
        fn("bob@example.com", "s", "b")
        out.append((time.perf_counter_ns() - t0) / 1000.0)
    return out


def run_config(policy: dict, calls: int, threads: int) -> list[float]:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    guard = Guard.from_policy(policy, tracer_provider=provider)
    tool = guard.tool(bare_send_email, name="send_email")
    samples: list[list[float]] = [[] for _ in range(threads)]
    per_thread = calls if threads == 1 else max(calls // threads, 500)

    def worker(k: int) -> None:
        with guard.run(agent=f"bench-{k}"):
            measure(tool, 200)  # warm-up
            samples[k] = measure(tool, per_thread)
            exporter.clear()

    ts = [threading.Thread(target=worker, args=(k,)) for k in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    guard.close()
    provider.shutdown()
    return [x for s in samples for x in s]


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--calls", type=int, default=5000)
    ap.add_argument("--out", default=str(Path(__file__).parent / "results" / "overhead.json"))
    args = ap.parse_args()
    bare = measure(bare_send_email, args.calls)
    bare_p50 = statistics.median(bare)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, policy in configs(Path(tmp)).items():
            for threads in (1, 8):
                xs = run_config(policy, args.calls, threads)
                rows.append({"config": name, "threads": threads, "calls": len(xs),
                             "p50_us": round(pct(xs, 0.50) - bare_p50, 1), "p99_us": round(pct(xs, 0.99) - bare_p50, 1)})
    print(f"bare function p50: {bare_p50:.2f} µs  (python {platform.python_version()}, {platform.machine()})")
    print(f"{'configuration':<30} {'threads':>7} {'p50 µs':>9} {'p99 µs':>9}")
    for r in rows:
        print(f"{r['config']:<30} {r['threads']:>7} {r['p50_us']:>9.1f} {r['p99_us']:>9.1f}")
    target = next(r for r in rows if r["config"] == "tool_gate + buffered audit" and r["threads"] == 1)
    met = target["p50_us"] <= 100
    print(f"target p50 <= 100 µs (tool_gate + buffered audit, 1 thread): {'met' if met else 'NOT met'} ({target['p50_us']} µs)")
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps({"bare_p50_us": bare_p50, "rows": rows, "target_met": met,
                                          "python": sys.version.split()[0], "cpus": __import__("os").cpu_count()}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
