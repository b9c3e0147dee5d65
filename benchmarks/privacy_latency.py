"""Latency of the privacy instructor per tool result, and of the analyzer per KB (CPU).

    python benchmarks/privacy_latency.py [--n 200] [--threads 1]

Tool results are built from Faker (records, notes, e-mails, 0.2-3 KB, a third with a
sensitive sentence); each goes through `PrivacyInstructor.check` on a `tool_result`
event (analysis + norms + guidance), after a warm-up. Also measures the analyzer alone
on 1 KB texts. Both wall-clock and CPU time (time.process_time) are reported: on a
shared machine the wall figure mostly measures the other tenants, CPU time is closer
to what one free core would take. Writes benchmarks/results/privacy_latency.json.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import time
from pathlib import Path


def _texts(n: int, seed: int) -> list[str]:
    from faker import Faker

    fk = Faker("en_US")
    Faker.seed(seed)
    rng = random.Random(seed)
    sensitive = [
        "{name} said she was diagnosed with {cond} last month.",
        "{name} owes the bank money after his loan went into default.",
        "{name}'s custody hearing is scheduled for next Tuesday.",
        "Card on file for {name}: {card}.",
    ]
    out = []
    for _ in range(n):
        parts = []
        target = rng.choice([256, 512, 1024, 2048, 3072])
        while sum(len(p) for p in parts) < target:
            r = rng.random()
            if r < 0.15:
                parts.append(rng.choice(sensitive).format(name=fk.name(), cond=rng.choice(["asthma", "depression", "diabetes"]),
                                                          card=fk.credit_card_number()))
            elif r < 0.3:
                parts.append(f"Contact {fk.name()} at {fk.email()} or {fk.phone_number()}.")
            else:
                parts.append(fk.paragraph(nb_sentences=3))
        out.append(" ".join(parts))
    return out


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return round(xs[min(len(xs) - 1, int(q * len(xs)))], 2)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--out", default=str(Path(__file__).parent / "results" / "privacy_latency.json"))
    args = ap.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", str(args.threads))
    from guard.events import Hook, ToolResultEvent
    from guard.interceptors import CheckContext

    from detectors.privacy.engine import get_analyzer
    from detectors.privacy.instructor import PrivacyInstructor

    ins = PrivacyInstructor()
    analyzer = get_analyzer()
    texts = _texts(args.n, 11)
    for t in texts[:5]:
        analyzer.analyze(t)
    task = "Email my coworker a short update on the project."
    load_start = os.getloadavg()[0]
    lat, cpu, sizes, instructed = [], [], [], 0
    for i, t in enumerate(texts):
        ctx = CheckContext(run_id=str(i), hook=Hook.TOOL_RESULT, agent="b", policy_name="bench", state={}, task=task)
        ev = ToolResultEvent(tool="NotesRead", step=1, result=t)
        t0, c0 = time.perf_counter(), time.process_time()
        v = ins.check(ev, ctx)
        lat.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
        sizes.append(len(t.encode()))
        instructed += v.action.value == "instruct"
    kb_texts = [t[:1024] for t in texts if len(t) >= 1024][:100]
    per_kb, per_kb_cpu = [], []
    for t in kb_texts:
        t0, c0 = time.perf_counter(), time.process_time()
        analyzer.analyze(t)
        per_kb.append((time.perf_counter() - t0) * 1000)
        per_kb_cpu.append((time.process_time() - c0) * 1000)
    t0, c0 = time.perf_counter(), time.process_time()
    analyzer.analyze_batch(kb_texts)
    batch_ms_per_kb = (time.perf_counter() - t0) * 1000 / max(1, len(kb_texts))
    batch_cpu_per_kb = (time.process_time() - c0) * 1000 / max(1, len(kb_texts))
    res = {
        "tool_result_ms": {"p50": pct(lat, 0.5), "p90": pct(lat, 0.9), "p99": pct(lat, 0.99), "mean": round(statistics.mean(lat), 2),
                           "cpu_p50": pct(cpu, 0.5), "cpu_p99": pct(cpu, 0.99), "n": len(lat), "mean_kb": round(statistics.mean(sizes) / 1024, 2), "instructed": instructed},
        "analyzer_ms_per_kb": {"p50": pct(per_kb, 0.5), "p99": pct(per_kb, 0.99), "mean": round(statistics.mean(per_kb), 2),
                               "batched_mean": round(batch_ms_per_kb, 2), "cpu_p50": pct(per_kb_cpu, 0.5),
                               "cpu_p99": pct(per_kb_cpu, 0.99), "cpu_batched_mean": round(batch_cpu_per_kb, 2),
                               "n": len(per_kb)},
        "machine": {"cpu_count": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version(),
                    "load_avg_1m_start": round(load_start, 2), "load_avg_1m_end": round(os.getloadavg()[0], 2), "spacy_model": analyzer.model},
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(res, indent=2))
    print(f"{'metric (ms)':<28}{'p50':>8}{'p99':>8}{'cpu p50':>9}{'cpu p99':>9}")
    tr = res["tool_result_ms"]
    print(f"{'instructor per tool result':<28}{tr['p50']:>8}{tr['p99']:>8}{tr['cpu_p50']:>9}{tr['cpu_p99']:>9}"
          f"   (mean {tr['mean_kb']} KB)")
    a = res["analyzer_ms_per_kb"]
    print(f"{'analyzer per 1 KB':<28}{a['p50']:>8}{a['p99']:>8}{a['cpu_p50']:>9}{a['cpu_p99']:>9}"
          f"   (batched: {a['batched_mean']} wall, {a['cpu_batched_mean']} cpu)")
    m = res["machine"]
    print(f"load average {m['load_avg_1m_start']} -> {m['load_avg_1m_end']} on {m['cpu_count']} cores -> {args.out}")


if __name__ == "__main__":
    main()
