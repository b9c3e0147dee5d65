"""PII analysis time on number-heavy text (tables of figures, digit runs) and the privacy
instructor's time on calls with many short strings: inputs that are all phone candidates,
or all separate strings, took seconds where ordinary text of the same size takes tens of ms.

    python benchmarks/privacy_numeric_text.py [--repeats 3] [--out FILE]

Run it with PYTHONPATH pointing at another checkout to compare code versions.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import time


def analyzer_cases() -> dict[str, str]:
    rng = random.Random(1)
    return {
        "prices table (10 KB)": " ".join(f"{rng.uniform(0, 1000):.2f}" for _ in range(1400)),
        "integers, tab-separated (10 KB)": "\t".join(str(rng.randint(0, 99999)) for _ in range(1700)),
        "ISO dates (10 KB)": " ".join(f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" for _ in range(900)),
        "contact list, 330 phones (9 KB)": "\n".join(f"Contact {i}: (415) 555-{rng.randint(1000, 9999)}" for i in range(330)),
        "1-1-1-... (10 KB)": "1-1-" * 2500,
        "12 12 12 ... (10 KB)": "12 " * 3300,
        "prose, one phone (10 KB)": ("The quarterly review covers shipping, hiring and the office move. " * 150)
        + "Call Ana on (212) 555-0143.",
    }


def instructor_cases() -> dict[str, dict]:
    return {
        "2,000 short strings in a list": {"items": [f"ok {i}" for i in range(2000)]},
        "500 records of two fields": {"rows": [{"name": f"item {i}", "desc": "A widget for the office."} for i in range(500)]},
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--out", default=None)
    args = ap.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from detectors.privacy.engine import PiiAnalyzer
    from detectors.privacy.instructor import PrivacyInstructor
    from guard.events import Hook, ToolCallEvent
    from guard.interceptors import CheckContext

    analyzer = PiiAnalyzer()
    analyzer.analyze("warm up: Jane Doe, 415-555-0132, jane@example.com")
    rows = []
    for name, text in analyzer_cases().items():
        times = []
        for _ in range(args.repeats):
            t0 = time.perf_counter()
            analyzer.analyze(text)
            times.append(time.perf_counter() - t0)
        med = statistics.median(times)
        rows.append({"kind": "analyzer", "case": name, "chars": len(text), "median_s": round(med, 3),
                     "ms_per_kb": round(med * 1000 / (len(text) / 1024), 1)})
        print(f"analyzer    {name:36s} {med:7.3f} s  ({rows[-1]['ms_per_kb']:7.1f} ms/KB)", flush=True)
    ins = PrivacyInstructor({})
    task = "Email my coworker Jo the offsite plan."
    ctx = CheckContext(run_id="r", hook=Hook.TOOL_CALL, agent="a", policy_name="bench", state={"task": task}, task=task)
    ins.check(ToolCallEvent(tool="send_email", arguments={"to": "jo@example.com", "body": "warm up Jane Doe"}), ctx)
    for name, extra in instructor_cases().items():
        times = []
        for _ in range(args.repeats):
            t0 = time.perf_counter()
            ins.check(ToolCallEvent(tool="send_email", arguments={"to": "jo@example.com", **extra}), ctx)
            times.append(time.perf_counter() - t0)
        med = statistics.median(times)
        rows.append({"kind": "instructor", "case": name, "median_s": round(med, 3)})
        print(f"instructor  {name:36s} {med:7.3f} s", flush=True)
    if args.out:
        with open(args.out, "w") as f:
            json.dump({"repeats": args.repeats, "rows": rows}, f, indent=2)
            f.write("\n")


if __name__ == "__main__":
    main()
