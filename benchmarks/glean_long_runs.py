"""Time of the GLEAN gate at the answer of long runs (many tool calls): the rule rater reads
every earlier observation at each call step, which grew with the square of the run's length.

    python benchmarks/glean_long_runs.py [--calls 50,100,200] [--out FILE]

A handmade model (the test suite's, weights 1.0 on the `general` pack's features); each run
makes N calls whose results are 100 random words with numbers; the output is then gated.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

WORDS = "alpha beta gamma delta invoice total march payment account number value record".split()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--calls", default="50,100,200")
    ap.add_argument("--out", default=None)
    args = ap.parse_args()
    from guard import Guard
    from tests.test_glean_support import handmade_artifact, handmade_stage

    tmp = Path(tempfile.mkdtemp(prefix="glean-long-"))
    model = handmade_artifact(tmp / "model.json", [handmade_stage(weight=1.0)])
    g = Guard.from_policy({"name": "glean-long", "version": 1, "audit": {"enabled": False}, "interceptors": [
        {"use": "verification.glean", "on": ["output"], "timeout_ms": 600000, "config": {"model": str(model)}}]})
    rows = []
    for n in (int(c) for c in args.calls.split(",")):
        rng = random.Random(n)
        with g.run(agent="a") as run:
            run.input("Find the invoice total for March and send it to alice@example.com")
            for i in range(n):
                tool = "send_email" if i % 3 == 0 else "get_record"
                run.tool_call(tool, {"id": i, "to": f"user{i}@example.com", "body": " ".join(rng.choice(WORDS) for _ in range(20))},
                              call_id=f"c{i}")
                run.tool_result(tool, " ".join(rng.choice(WORDS) + str(rng.randint(0, 10**6)) for _ in range(100)), call_id=f"c{i}")
            t0 = time.perf_counter()
            d = run.output("Done: the total is 310, sent to alice@example.com")
            seconds = time.perf_counter() - t0
        rows.append({"calls": n, "seconds": round(seconds, 3), "action": d.action.value})
        print(f"{n:4d} calls  {seconds:7.2f} s  {d.action.value}", flush=True)
    if args.out:
        Path(args.out).write_text(json.dumps({"rows": rows}, indent=1))


if __name__ == "__main__":
    main()
