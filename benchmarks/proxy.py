"""Proxy overhead: direct vs. through `guard proxy` vs. LiteLLM proxy, same fake upstream.

    .venv/bin/python benchmarks/proxy.py                      # full run (≈ 7 min on 2 busy cores)
    .venv/bin/python benchmarks/proxy.py --quick              # smaller cells, no load test
    .venv/bin/python benchmarks/proxy.py --litellm /tmp/litellm-venv/bin/litellm
    python benchmarks/proxy.py --pin-targets 0-1 --pin-others 4-15   # proxies on 2 cores of their own

Every server is a separate process on loopback: the fake OpenAI upstream (fixed latency),
`guard proxy` with the default policy (its tool gate checks the tool call every response
carries; audit to SQLite), `guard proxy --pass-through` (the HTTP relay alone), and the
LiteLLM proxy (its own venv, so its pins cannot touch ours; master key, no DB, no
guardrails). The load generator is a minimal keep-alive HTTP/1.1 client, so its own cost
stays small and identical for every target. Targets run back to back inside each cell, so
contention on a shared machine hits them alike. `CPU ms/req` is the CPU time the target
process (and its workers) spent per request (for `direct`: the fake upstream's), a figure
that, unlike latency, hardly moves with other load. On a machine with cores to spare,
`--pin-targets` / `--pin-others` give the proxies their own cores and the load generator and
fake upstream others, so what is measured is the proxy, not its share of a crowded machine.
Writes benchmarks/results/proxy.json.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import re
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
KEY = "sk-bench-0123456789abcdef0123456789"
TOOL_ARGS = json.dumps({"city": "Oslo", "unit": "celsius"})
FAKE_SPEC = {"content": "Let me check the weather for you.", "tool_calls": [{"name": "get_weather", "arguments": TOOL_ARGS}], "arg_split": 9, "text_split": 12}
TOOLS = [{"type": "function", "function": {"name": "get_weather", "parameters": {"type": "object", "properties": {"city": {"type": "string"}}}}}]


# ----------------------------------------------------------------------------- load generator


class Conn:
    """One keep-alive HTTP/1.1 connection; reads content-length and chunked bodies."""

    def __init__(self, port: int):
        self.port = port
        self.r: asyncio.StreamReader | None = None
        self.w: asyncio.StreamWriter | None = None

    async def request(self, path: str, body: bytes, auth: str | None) -> tuple[int, bytes]:
        if self.w is None:
            self.r, self.w = await asyncio.open_connection("127.0.0.1", self.port)
        head = f"POST {path} HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\n"
        if auth:
            head += f"authorization: Bearer {auth}\r\n"
        self.w.write(head.encode() + b"\r\n" + body)
        r = self.r
        status = int((await r.readline()).split()[1])
        length, chunked, close = None, False, False
        while True:
            line = await r.readline()
            if line in (b"\r\n", b""):
                break
            k, _, v = line.decode("latin-1").partition(":")
            k, v = k.strip().lower(), v.strip().lower()
            if k == "content-length":
                length = int(v)
            elif k == "transfer-encoding" and "chunked" in v:
                chunked = True
            elif k == "connection" and v == "close":
                close = True
        if chunked:
            parts = []
            while True:
                size = int((await r.readline()).split(b";")[0], 16)
                if size == 0:
                    await r.readline()
                    break
                parts.append(await r.readexactly(size))
                await r.readexactly(2)
            data = b"".join(parts)
        else:
            data = await r.readexactly(length or 0)
        if close:
            self.w.close()
            self.w = None
        return status, data

    def close(self) -> None:
        if self.w is not None:
            self.w.close()


def body_for(stream: bool, i: int) -> bytes:
    msgs = [{"role": "system", "content": "You are a weather agent."}, {"role": "user", "content": f"Weather in Oslo? (request {i})"}]
    return json.dumps({"model": "fake-model", "messages": msgs, "tools": TOOLS, "stream": stream, "fake": FAKE_SPEC}).encode()


def valid(stream: bool, status: int, data: bytes) -> bool:
    if status != 200:
        return False
    if stream:
        return data.endswith(b"data: [DONE]\n\n") and b"get_weather" in data
    try:
        msg = json.loads(data)["choices"][0]["message"]
        return msg["tool_calls"][0]["function"]["name"] == "get_weather"
    except (ValueError, KeyError, IndexError, TypeError):
        return False


async def load(port: int, path: str, auth: str | None, stream: bool, concurrency: int, total: int, max_s: float | None = None) -> dict[str, Any]:
    """`total` requests over `concurrency` connections (stopping early after `max_s` seconds)."""
    lat: list[float] = []
    errors: list[str] = []
    counter = iter(range(total))
    conns = [Conn(port) for _ in range(concurrency)]
    deadline = time.perf_counter() + max_s if max_s else float("inf")

    async def worker(conn: Conn) -> None:
        for i in counter:
            if time.perf_counter() > deadline:
                break
            t0 = time.perf_counter()
            try:
                status, data = await asyncio.wait_for(conn.request(path, body_for(stream, i), auth), 60)
            except Exception as exc:  # noqa: BLE001 - counted, reported
                errors.append(type(exc).__name__)
                conn.close()
                conn.w = None
                continue
            lat.append((time.perf_counter() - t0) * 1000)
            if not valid(stream, status, data):
                errors.append(f"HTTP {status}: {data[:120]!r}")

    t0 = time.perf_counter()
    await asyncio.gather(*(worker(c) for c in conns))
    wall = time.perf_counter() - t0
    for c in conns:
        c.close()
    lat.sort()

    def pct(p: float) -> float:
        return lat[min(len(lat) - 1, int(p / 100 * len(lat)))] if lat else float("nan")

    done = len(lat) + sum(1 for e in errors if not e.startswith("HTTP"))
    return {"n": done, "errors": len(errors), "error_samples": errors[:3], "p50_ms": pct(50), "p99_ms": pct(99),
            "mean_ms": sum(lat) / max(1, len(lat)), "rps": done / wall, "wall_s": wall}


# ----------------------------------------------------------------------------- processes


def cpu_list(spec: str) -> set[int]:
    """argparse type: '0-1,4' -> {0, 1, 4}, cores this process may use."""
    cpus: set[int] = set()
    for part in spec.split(","):
        lo, dash, hi = part.strip().partition("-")
        if not lo.isdigit() or (dash and not hi.isdigit()) or (hi and int(hi) < int(lo)):
            raise argparse.ArgumentTypeError(f"{spec!r}: expected cores like 0-1,4 (ranges low-high)")
        cpus.update(range(int(lo), int(hi or lo) + 1))
    unknown = cpus - os.sched_getaffinity(0)
    if unknown:
        raise argparse.ArgumentTypeError(f"cores {sorted(unknown)} are not available here (have {sorted(os.sched_getaffinity(0))})")
    return cpus


def pinning(targets: set[int] | None, others: set[int] | None) -> tuple[set[int] | None, set[int] | None]:
    """Disjoint core sets; with only the targets given, the others get every remaining core."""
    if targets and others is None:
        others = os.sched_getaffinity(0) - targets
    if targets and others is not None and (not others or targets & others):
        raise SystemExit(f"--pin-targets and --pin-others must be disjoint and leave cores for both (targets {sorted(targets)}, "
                         f"others {sorted(others)})")
    return targets, others


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ready(port: int, proc: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"process exited with {proc.returncode}: {proc.args}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"port {port} not ready: {proc.args}")


def wait_for_lines(log: Path, text: str, count: int, proc: subprocess.Popen, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"process exited with {proc.returncode}: {proc.args} (see {log})")
        if log.read_text(errors="replace").count(text) >= count:
            return
        time.sleep(0.2)
    raise RuntimeError(f"{count} x {text!r} not seen in {log} within {timeout:g} s")


def cpu_s(pid: int | None) -> float:
    """User+system CPU seconds of a process and its children (uvicorn workers): unlike
    latency, CPU per request barely moves when other jobs share the cores."""
    if pid is None:
        return float("nan")
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    pids = [pid]
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        pids += [int(c) for c in task.read_text().split()]
    for p in pids:
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / tick  # utime, stime
    return total


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def write_policy(tmp: Path, source: str = "default", upstream_client: str = "auto") -> Path:
    import yaml

    from guard.policy import load_policy
    from guard.proxy.config import hash_key

    policy = load_policy(source).model_dump(mode="json", exclude_none=True)
    policy["name"] = "default-bench"
    policy["audit"] = {"url": f"sqlite:///{tmp}/audit.db", "durability": "buffered"}
    policy["telemetry"] = {"exporter": "none"}
    policy["proxy"] = {"api_key_hashes": [hash_key(KEY)], "upstream_timeout_s": 60, "upstream_client": upstream_client}
    path = tmp / "bench-policy.yaml"
    path.write_text(yaml.safe_dump(policy, sort_keys=False))
    return path


class Servers:
    def __init__(self, args: argparse.Namespace, tmp: Path, pin_targets: set[int] | None = None):
        self.procs: list[subprocess.Popen] = []
        self.logs = tmp
        self.env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.litellm_note: str | None = None
        self.pin_targets = pin_targets
        try:
            self._start(args, tmp)
        except BaseException:
            self.close()  # never leave servers behind when one fails to start
            raise

    def _start(self, args: argparse.Namespace, tmp: Path) -> None:
        self.fake = free_port()
        fake = self.spawn("fake", [PY, str(ROOT / "tests" / "fake_upstream.py"), "--port", str(self.fake), "--latency-ms", str(args.latency_ms),
                                  "--latency-jitter-ms", str(args.latency_jitter_ms)], self.fake)
        upstream = f"http://127.0.0.1:{self.fake}/v1"
        policy = write_policy(tmp, args.policy, args.upstream_client)
        script = Path(PY).parent / "guard"  # absent where the project is on PYTHONPATH, not installed
        guard_bin = [str(script)] if script.exists() else [PY, "-m", "guard.cli.main"]
        self.targets: dict[str, dict[str, Any]] = {"direct": {"port": self.fake, "auth": None, "pid": None, "cpu_pid": fake.pid}}
        if "guard" in args.targets:
            port = free_port()
            p = self.spawn("guard", [*guard_bin, "proxy", "--policy", str(policy), "--upstream", upstream, "--port", str(port)], port)
            self.targets["guard"] = {"port": port, "auth": KEY, "pid": p.pid}
        for name in args.targets:  # guard-2w, guard-4w, ...: that many uvicorn worker processes
            workers = re.fullmatch(r"guard-(\d+)w", name)
            if workers:
                port = free_port()
                p = self.spawn(name, [*guard_bin, "proxy", "--policy", str(policy), "--upstream", upstream, "--port", str(port),
                                      "--workers", workers.group(1), "--log-level", "info"], port)
                # the port is bound before the workers start: wait until each has warmed up
                wait_for_lines(self.logs / f"{name}.log", "Application startup complete", int(workers.group(1)), p)
                self.targets[name] = {"port": port, "auth": KEY, "pid": p.pid}
        if "pass-through" in args.targets:
            port = free_port()
            p = self.spawn("pass", [*guard_bin, "proxy", "--policy", str(policy), "--upstream", upstream, "--port", str(port), "--pass-through"], port)
            self.targets["pass-through"] = {"port": port, "auth": KEY, "pid": p.pid}
        if "litellm" in args.targets:
            if not Path(args.litellm).exists():
                self.litellm_note = f"LiteLLM not run: {args.litellm} does not exist (install litellm[proxy] into a separate venv)"
            else:
                port = free_port()
                cfg = tmp / "litellm.yaml"
                cfg.write_text(
                    "model_list:\n  - model_name: fake-model\n    litellm_params:\n      model: openai/fake-model\n"
                    f"      api_base: {upstream}\n      api_key: sk-fake\nlitellm_settings:\n  telemetry: false\n"
                )
                env = {**self.env, "LITELLM_MASTER_KEY": KEY, "LITELLM_LOCAL_MODEL_COST_MAP": "True", "LITELLM_TELEMETRY": "False",
                       "LITELLM_LOG": "ERROR"}
                p = self.spawn("litellm", [args.litellm, "--config", str(cfg), "--host", "127.0.0.1", "--port", str(port), "--num_workers", "1"], port, env)
                self.targets["litellm"] = {"port": port, "auth": KEY, "pid": p.pid}
                if "litellm-2w" in args.targets:
                    port = free_port()
                    try:
                        p = self.spawn("litellm2", [args.litellm, "--config", str(cfg), "--host", "127.0.0.1", "--port", str(port), "--num_workers", "2"], port, env)
                    except RuntimeError as exc:  # seen here: uvicorn's worker health check kills workers still importing litellm
                        self.litellm_note = f"litellm-2w not measured: {exc} (see {self.logs}/litellm2.log)"
                        self.stop(self.procs.pop())  # its restart loop would otherwise eat CPU all run long
                    else:
                        time.sleep(10)
                        self.targets["litellm-2w"] = {"port": port, "auth": KEY, "pid": p.pid}
                self.litellm_version = subprocess.run([str(Path(args.litellm).parent / "python"), "-c", "import importlib.metadata as m; print(m.version('litellm'))"],
                                                      capture_output=True, text=True).stdout.strip()

    def spawn(self, name: str, cmd: list[str], port: int, env: dict[str, str] | None = None) -> subprocess.Popen:
        log = open(self.logs / f"{name}.log", "w")
        pin = self.pin_targets if name != "fake" else None  # the fake upstream inherits --pin-others
        p = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env or self.env, cwd=self.logs,
                             preexec_fn=(lambda: os.sched_setaffinity(0, pin)) if pin else None)
        self.procs.append(p)
        wait_ready(port, p)
        return p

    @staticmethod
    def stop(p: subprocess.Popen) -> None:
        p.terminate()
        try:
            p.wait(timeout=15)
        except subprocess.TimeoutExpired:
            p.kill()

    def close(self) -> None:
        stop_all(self.procs)


def stop_all(procs: list[subprocess.Popen]) -> None:
    """Terminate the servers (last started first), killing any that will not stop."""
    for p in reversed(procs):
        p.terminate()
    for p in procs:
        try:
            p.wait(timeout=15)
        except subprocess.TimeoutExpired:
            p.kill()


# ----------------------------------------------------------------------------- main


def run(args: argparse.Namespace) -> dict[str, Any]:
    tmp = Path(tempfile.mkdtemp(prefix="proxy-bench-"))
    targets_cpus, others = pinning(args.pin_targets, args.pin_others)
    if others:  # this process (the load generator) and, inherited, the fake upstream
        os.sched_setaffinity(0, others)
    servers = Servers(args, tmp, targets_cpus)
    out: dict[str, Any] = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "load_avg_start": os.getloadavg(),
                                       "pin_targets": sorted(servers.pin_targets or []) or None, "pin_others": sorted(others or []) or None},
                           "upstream_latency_ms": args.latency_ms,
                           "upstream_latency_jitter_ms": args.latency_jitter_ms, "cells": [], "notes": []}
    if servers.litellm_note:
        out["notes"].append(servers.litellm_note)
    if "litellm" in servers.targets:
        out["litellm_version"] = servers.litellm_version
    try:
        targets = servers.targets
        for name, t in targets.items():  # warm every path (imports, pools, JIT-ish caches)
            for stream in (False, True):
                asyncio.run(load(t["port"], "/v1/chat/completions", t["auth"], stream, 8, args.warmup))
        for stream in (False, True):
            for conc in args.concurrency:
                n = max(args.min_requests, conc * args.per_conn)
                cell: dict[str, Any] = {"stream": stream, "concurrency": conc}
                for name, t in targets.items():
                    pid = t.get("cpu_pid", t["pid"])
                    c0 = cpu_s(pid)
                    cell[name] = asyncio.run(load(t["port"], "/v1/chat/completions", t["auth"], stream, conc, n, args.cell_seconds))
                    cell[name]["cpu_ms_per_req"] = (cpu_s(pid) - c0) * 1000 / max(1, cell[name]["n"])
                base = cell["direct"]
                for name in targets:
                    if name != "direct":
                        cell[name]["added_p50_ms"] = cell[name]["p50_ms"] - base["p50_ms"]
                        cell[name]["added_p99_ms"] = cell[name]["p99_ms"] - base["p99_ms"]
                if "guard" in cell and "litellm" in cell:
                    cell["guard_vs_litellm_rps"] = cell["guard"]["rps"] / cell["litellm"]["rps"]
                if "guard-2w" in cell and "litellm-2w" in cell:
                    cell["guard_2w_vs_litellm_2w_rps"] = cell["guard-2w"]["rps"] / cell["litellm-2w"]["rps"]
                out["cells"].append(cell)
                print_cell(cell, list(targets))
        if args.load_requests and "guard" in targets:
            try:
                out["load_test"] = load_test(targets["guard"], args)
            except Exception as exc:  # noqa: BLE001 - keep the cells already measured
                out["load_test"] = {"failed": f"{type(exc).__name__}: {exc}"}
                print(f"\nload test failed: {exc!r}")
            lt = out["load_test"]
            if "failed" not in lt:
                print(f"\nload test: {lt['n']} streamed requests, {lt['concurrency']} concurrent: {lt['errors']} errors, {lt['rps']:.0f} req/s, "
                      f"p50 {lt['p50_ms']:.1f} ms, p99 {lt['p99_ms']:.1f} ms; RSS {lt['rss_before_mb']:.1f} → {lt['rss_after_mb']:.1f} MB "
                      f"(after a second batch {lt['rss_after_second_mb']:.1f} MB"
                      + "".join(f", then {x:.1f}" for x in lt.get("rss_after_extra_batches_mb", [])) + ")")
    finally:
        servers.close()
    out["machine"]["load_avg_end"] = os.getloadavg()
    print(f"load average start {out['machine']['load_avg_start']}, end {out['machine']['load_avg_end']}")
    return out


def load_test(t: dict[str, Any], args: argparse.Namespace) -> dict[str, Any]:
    asyncio.run(load(t["port"], "/v1/chat/completions", t["auth"], True, args.load_concurrency, 1000))
    before = rss_mb(t["pid"])
    res = asyncio.run(load(t["port"], "/v1/chat/completions", t["auth"], True, args.load_concurrency, args.load_requests))
    after = rss_mb(t["pid"])
    second = asyncio.run(load(t["port"], "/v1/chat/completions", t["auth"], True, args.load_concurrency, args.load_requests // 2))
    res.update(concurrency=args.load_concurrency, rss_before_mb=before, rss_after_mb=after, rss_after_second_mb=rss_mb(t["pid"]),
               second_batch_errors=second["errors"])
    # Further batches tell a plateau (allocator high-water mark, bounded caches) from a leak.
    res["rss_after_extra_batches_mb"], res["extra_batch_errors"] = [], 0
    for _ in range(args.load_extra_batches):
        extra = asyncio.run(load(t["port"], "/v1/chat/completions", t["auth"], True, args.load_concurrency, args.load_requests // 2))
        res["rss_after_extra_batches_mb"].append(rss_mb(t["pid"]))
        res["extra_batch_errors"] += extra["errors"]
    return res


def print_cell(cell: dict[str, Any], targets: list[str]) -> None:
    mode = "stream" if cell["stream"] else "json"
    print(f"\n[{mode}] concurrency {cell['concurrency']}")
    print(f"  {'target':<13}{'p50 ms':>9}{'p99 ms':>9}{'+p50 ms':>9}{'+p99 ms':>9}{'req/s':>9}{'errors':>8}{'CPU ms/req':>12}")
    for name in targets:
        r = cell[name]
        add50 = f"{r['added_p50_ms']:9.2f}" if "added_p50_ms" in r else f"{'':>9}"
        add99 = f"{r['added_p99_ms']:9.2f}" if "added_p99_ms" in r else f"{'':>9}"
        print(f"  {name:<13}{r['p50_ms']:9.2f}{r['p99_ms']:9.2f}{add50}{add99}{r['rps']:9.0f}{r['errors']:8d}{r.get('cpu_ms_per_req', float('nan')):12.2f}")
    if "guard_vs_litellm_rps" in cell:
        print(f"  guard / litellm throughput: {cell['guard_vs_litellm_rps']:.2f}x")
    if "guard_2w_vs_litellm_2w_rps" in cell:
        print(f"  guard-2w / litellm-2w throughput: {cell['guard_2w_vs_litellm_2w_rps']:.2f}x")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--latency-ms", type=float, default=10.0, help="fixed upstream latency (10: throughput-bound; 100: closer to real LLM calls)")
    ap.add_argument("--latency-jitter-ms", type=float, default=0.0,
                    help="spread the upstream latency uniformly by up to this much either way (0: fixed, as the issue asks)")
    ap.add_argument("--concurrency", type=int, nargs="+", default=[1, 16, 64])
    ap.add_argument("--targets", nargs="+", default=["guard", "pass-through", "litellm"],
                    help="any of guard, guard-Nw (N uvicorn workers, e.g. guard-2w), pass-through, litellm, litellm-2w (direct is always measured)")
    ap.add_argument("--litellm", default="/tmp/litellm-venv/bin/litellm")
    ap.add_argument("--per-conn", type=int, default=40, help="requests per connection in a cell")
    ap.add_argument("--min-requests", type=int, default=300)
    ap.add_argument("--warmup", type=int, default=200)
    ap.add_argument("--cell-seconds", type=float, default=20.0, help="stop a target's cell after this long (slow targets)")
    ap.add_argument("--load-requests", type=int, default=10_000)
    ap.add_argument("--load-concurrency", type=int, default=200)
    ap.add_argument("--policy", default="default", help="policy pack or file the guard proxy runs (audit/telemetry/keys are set by the script)")
    ap.add_argument("--upstream-client", default="auto", choices=["auto", "aiohttp", "httpx"],
                    help="what carries the guard proxy's requests upstream (proxy.upstream_client)")
    ap.add_argument("--load-extra-batches", type=int, default=0, help="more batches of load-requests/2 after the second, RSS after each")
    ap.add_argument("--pin-targets", type=cpu_list, help="cores for the proxies under test, e.g. 0-1 (default: not pinned)")
    ap.add_argument("--pin-others", type=cpu_list,
                    help="cores for the load generator and the fake upstream, e.g. 4-15 (default with --pin-targets: all other cores)")
    ap.add_argument("--quick", action="store_true", help="small cells, no load test")
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "proxy.json"))
    args = ap.parse_args()
    if not 0 <= args.latency_jitter_ms <= args.latency_ms:
        ap.error(f"--latency-jitter-ms must be between 0 and --latency-ms ({args.latency_ms:g}), got {args.latency_jitter_ms:g}")
    if args.quick:
        args.per_conn, args.min_requests, args.warmup, args.load_requests = 10, 100, 50, 0
    sys.path.insert(0, str(ROOT))
    result = run(args)
    result["command"] = " ".join([Path(sys.argv[0]).as_posix(), *sys.argv[1:]])
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2))
    print(f"\nwrote {args.out}")


if __name__ == "__main__":
    main()
