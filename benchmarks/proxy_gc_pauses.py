"""Garbage-collector pauses in `guard proxy` under load, per collector setting.

    .venv/bin/python benchmarks/proxy_gc_pauses.py                    # ≈ 3 min on 2 cores
    .venv/bin/python benchmarks/proxy_gc_pauses.py --settings off freeze+10000 --requests 6000

Each setting runs a fresh `guard proxy` (default policy, 10 ms fake upstream) whose collector
is set by the policy's `proxy.gc_freeze` / `proxy.gc_young_threshold`: `off` is Python's own
(no freeze, threshold 700), `freeze` freezes what start-up built, `freeze+N` also sets the
young threshold to N. The server process reports every collection through `gc.callbacks`; the
table counts the full (generation 2) collections that happen while the measured load runs,
and their pauses. Writes benchmarks/results/proxy_gc_pauses.json.
"""
from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import proxy as bench  # noqa: E402  (the load generator, ports, policy writer)


def serve_with_pause_log(stats_path: str, cli_args: list[str]) -> None:
    """Run `guard proxy` in this process, writing its collections to `stats_path` every 0.5 s."""
    full: list[list[float]] = []  # [wall time, pause ms]
    counts = {0: 0, 1: 0, 2: 0}
    started: dict[str, float] = {}

    def on_gc(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            started["t"] = time.perf_counter()
            return
        counts[info["generation"]] += 1
        if info["generation"] == 2:
            full.append([time.time(), (time.perf_counter() - started["t"]) * 1000])

    def dump() -> None:  # whole files only: the benchmark may read at any moment
        tmp = Path(stats_path + ".tmp")
        while True:
            time.sleep(0.5)
            tmp.write_text(json.dumps({"full": list(full), "counts": dict(counts)}))
            os.replace(tmp, stats_path)

    gc.callbacks.append(on_gc)
    threading.Thread(target=dump, daemon=True).start()
    from guard.cli.main import main

    main(cli_args)


def gc_setting(text: str) -> str:
    """argparse type: off, freeze, or freeze+N (N a young threshold the policy accepts)."""
    head, plus, n = text.partition("+")
    if head not in ("off", "freeze") or (plus and not (head == "freeze" and n.isdigit() and 100 <= int(n) <= 1_000_000)):
        raise argparse.ArgumentTypeError(f"{text!r}: expected off, freeze or freeze+N with 100 <= N <= 1000000")
    return text


def policy_for(tmp: Path, setting: str) -> Path:
    import yaml

    path = bench.write_policy(tmp)
    policy = yaml.safe_load(path.read_text())
    freeze, _, threshold = setting.partition("+")
    policy["proxy"]["gc_freeze"] = freeze == "freeze"
    policy["proxy"]["gc_young_threshold"] = int(threshold) if threshold else None
    path.write_text(yaml.safe_dump(policy, sort_keys=False))
    return path


def run_setting(setting: str, args: argparse.Namespace) -> dict[str, Any]:
    tmp = Path(tempfile.mkdtemp(prefix="proxy-gc-"))
    procs: list[subprocess.Popen] = []
    try:
        fake_port = bench.free_port()
        procs.append(subprocess.Popen([sys.executable, str(ROOT / "tests" / "fake_upstream.py"), "--port", str(fake_port),
                                       "--latency-ms", str(args.latency_ms)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        bench.wait_ready(fake_port, procs[-1])
        port, stats = bench.free_port(), tmp / "gc.json"
        cli = ["proxy", "--policy", str(policy_for(tmp, setting)), "--upstream", f"http://127.0.0.1:{fake_port}/v1", "--port", str(port)]
        procs.append(subprocess.Popen([sys.executable, __file__, "--serve", str(stats), *cli],
                                      stdout=open(tmp / "guard.log", "w"), stderr=subprocess.STDOUT))
        bench.wait_ready(port, procs[-1])
        asyncio.run(bench.load(port, "/v1/chat/completions", bench.KEY, False, 8, args.warmup))
        time.sleep(1.0)
        t0 = time.time()
        res = asyncio.run(bench.load(port, "/v1/chat/completions", bench.KEY, args.stream, args.concurrency, args.requests))
        time.sleep(1.0)  # one more dump of the server's log
        log = json.loads(stats.read_text())
        during = [ms for t, ms in log["full"] if t >= t0]
        return {"setting": setting, "requests": res["n"], "errors": res["errors"], "rps": res["rps"], "p50_ms": res["p50_ms"],
                "p99_ms": res["p99_ms"], "full_collections": len(during), "full_pause_max_ms": round(max(during, default=0.0), 1),
                "full_pause_total_ms": round(sum(during), 1), "collections_since_start": log["counts"]}
    finally:
        bench.stop_all(procs)


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--serve":
        serve_with_pause_log(sys.argv[2], sys.argv[3:])
        return
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--settings", nargs="+", type=gc_setting, default=["off", "freeze", "freeze+10000", "freeze+50000"])
    ap.add_argument("--concurrency", type=int, default=64)
    ap.add_argument("--requests", type=int, default=12_000)
    ap.add_argument("--warmup", type=int, default=400)
    ap.add_argument("--latency-ms", type=float, default=10.0)
    ap.add_argument("--stream", action="store_true")
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "proxy_gc_pauses.json"))
    args = ap.parse_args()
    rows = [run_setting(s, args) for s in args.settings]
    print(f"{'setting':<15}{'req/s':>8}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}{'full GCs':>10}{'max ms':>9}{'total ms':>10}")
    for r in rows:
        print(f"{r['setting']:<15}{r['rps']:8.0f}{r['p50_ms']:9.1f}{r['p99_ms']:9.1f}{r['errors']:8d}{r['full_collections']:10d}"
              f"{r['full_pause_max_ms']:9.1f}{r['full_pause_total_ms']:10.1f}")
    out = {"command": " ".join([Path(sys.argv[0]).as_posix(), *sys.argv[1:]]), "cpus": os.cpu_count(), "load_avg": os.getloadavg(),
           "concurrency": args.concurrency, "stream": args.stream, "upstream_latency_ms": args.latency_ms, "rows": rows}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(out, indent=2))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
