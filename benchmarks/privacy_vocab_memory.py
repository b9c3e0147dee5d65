"""Memory of a long-running PII analyzer fed text full of words it has never seen.

    python benchmarks/privacy_vocab_memory.py [--texts 40000]

spaCy keeps every word it meets (a lexeme, its strings, a tokenizer cache entry), so a
guard that reads tool results with fresh order numbers, names, e-mails and hashes grows
for as long as it runs. The analyzer loads a fresh pipeline in the background once its
vocabulary holds `max_vocab` lexemes. Each limit runs in its own process: none (spaCy's
own behaviour), the default 100,000, and 20,000 (many reloads). The texts are Faker tool
results (orders, tickets, e-mails; about 190 characters, several fresh words each), one
call per text as a guard makes them. Reported: RSS and vocabulary every 1,000 texts,
reloads, per-call wall latency (p50, p99, max) and CPU per text including the background
loads. Writes benchmarks/results/privacy_vocab_memory.json.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODES = {"none": "none", "100,000 (default)": "default", "20,000": "20000"}


def _texts(n: int, seed: int) -> list[str]:
    from faker import Faker

    fk = Faker("en_US")
    Faker.seed(seed)
    forms = [
        lambda: f"Order {fk.bothify('??-#######').upper()} for {fk.name()} ships to {fk.street_address()}, "
                f"{fk.city()}; tracking {fk.bothify('1Z###??#########').upper()}, contact {fk.email()}.",
        lambda: f"Ticket #{fk.random_int(10**5, 10**7)} from {fk.user_name()} ({fk.ipv4()}): "
                f"{fk.sentence(8)} Ref {fk.uuid4()[:13]}, callback {fk.phone_number()}.",
        lambda: f"From: {fk.name()} <{fk.email()}> Subject: invoice {fk.bothify('INV-####-???')} "
                f"of {fk.pricetag()} for {fk.company()}, IBAN {fk.iban()}.",
    ]
    return [forms[i % len(forms)]() for i in range(n)]


def _rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _analyzer(mode: str):
    from detectors.privacy.engine import MAX_VOCAB, PiiAnalyzer

    if mode == "none":
        return PiiAnalyzer(max_vocab=None)
    return PiiAnalyzer(max_vocab=MAX_VOCAB if mode == "default" else int(mode))


def _child(mode: str, n_texts: int, every: int) -> dict:
    """One limit in this process: RSS and the vocabulary every `every` texts, call latencies."""
    an = _analyzer(mode)
    for t in _texts(200, seed=1):  # warm-up: lazy tables, first allocations
        an.analyze(t)
    texts = _texts(n_texts, seed=2)
    rows, waits = [], []
    cpu0, start = time.process_time(), time.perf_counter()
    for k, text in enumerate(texts, 1):
        t0 = time.perf_counter()
        an.analyze(text)
        waits.append(time.perf_counter() - t0)
        if k % every == 0:
            rows.append({"texts": k, "rss_mb": round(_rss_mb(), 1),
                         "lexemes": len(an.engine.nlp_engine.nlp["en"].vocab), "reloads": an.pipeline_refreshes})
    waits.sort()

    def pick(q: float) -> float:
        return round(1000 * waits[min(len(waits) - 1, int(q * len(waits)))], 2)

    return {"mode": mode, "rows": rows, "reloads": an.pipeline_refreshes, "p50_ms": pick(0.5),
            "p99_ms": pick(0.99), "max_ms": round(1000 * waits[-1], 1),
            "cpu_ms_per_text": round(1000 * (time.process_time() - cpu0) / n_texts, 3),
            "seconds": round(time.perf_counter() - start, 1)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--texts", type=int, default=40_000)
    ap.add_argument("--every", type=int, default=1000)
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--out", default=str(ROOT / "benchmarks/results/privacy_vocab_memory.json"))
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(_child(args.child, args.texts, args.every)))
        return 0

    def run(mode: str) -> dict:
        out = subprocess.run([sys.executable, __file__, "--child", mode, "--texts", str(args.texts), "--every",
                              str(args.every)], check=True, capture_output=True, text=True,
                             env={**os.environ, "HF_HUB_OFFLINE": "1"})
        return json.loads(out.stdout.strip().splitlines()[-1])

    limits = {label: run(mode) for label, mode in MODES.items()}
    rows = limits["none"]["rows"]
    step = max(1, len(rows) // 10)
    print(f"{'max_vocab, after texts':<26}" + "".join(f"{r['texts']:>8}" for r in rows[step - 1::step]))
    for label, res in limits.items():
        print(f"{label + ': RSS MB':<26}" + "".join(f"{r['rss_mb']:>8.0f}" for r in res["rows"][step - 1::step]))
    for label, res in limits.items():
        print(f"{label + ': lexemes':<26}" + "".join(f"{r['lexemes']:>8}" for r in res["rows"][step - 1::step]))
    print(f"\n{'max_vocab':<20}{'reloads':>8}{'p50 ms':>8}{'p99 ms':>8}{'max ms':>8}{'CPU ms/text':>12}")
    for label, res in limits.items():
        print(f"{label:<20}{res['reloads']:>8}{res['p50_ms']:>8}{res['p99_ms']:>8}{res['max_ms']:>8}"
              f"{res['cpu_ms_per_text']:>12}")
    result = {"texts": args.texts, "every": args.every, "limits": limits,
              "python": platform.python_version(), "cpus": os.cpu_count()}
    Path(args.out).write_text(json.dumps(result, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
