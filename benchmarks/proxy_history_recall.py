"""What replaying a conversation's history with recall costs the proxy per request.

    python benchmarks/proxy_history_recall.py [--out FILE]

The proxy is stateless: every request replays the conversation's earlier messages into a fresh
run (`run.observe(event, recall=True)`), and `safety.injection` applies the reading it kept of
each earlier tool result to the new run's taint ledger. This times that replay for conversations
of N tool results of a given size (the default pack, audit off): the first request that reads
them (cold: every result read), and a later request that replays them (warm: the readings kept).
A request of the benchmark in `benchmarks/proxy.py` has no history, so it pays none of this.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import time

WORDS = ("the order shipment invoice account report quarter data total balance customer item value status "
         "review note team project meeting update please check send book pay").split()


def result(rng: random.Random, chars: int, i: int) -> str:
    lines = []
    while sum(map(len, lines)) < chars:
        lines.append(" ".join(rng.choice(WORDS) for _ in range(12)) + f" ref {rng.randint(1000, 99999)}.")
    if i % 10 == 3:  # an order now and then, as real data has
        lines.append(f"TODO: book the Harbour Lights Hotel from the 2nd to the 5th of July, ref {i}.")
    return "\n".join(lines)


async def replay(guard, history) -> float:
    async with guard.run(agent="bench") as run:
        t0 = time.perf_counter()
        for event in history:
            await run.observe(event.model_copy(), recall=True)
        return (time.perf_counter() - t0) * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=None)
    args = ap.parse_args()
    from guard import Guard
    from guard.events import InputEvent, ToolCallEvent, ToolResultEvent

    guard = Guard("default", audit=False)
    guard.warmup()
    rows = []
    for n, size in ((10, 2_000), (50, 2_000), (200, 2_000), (50, 20_000), (200, 20_000)):
        rng = random.Random(f"{n}/{size}")
        history = [InputEvent(content="Summarise the exports and book nothing.")]
        for i in range(n):
            history += [ToolCallEvent(tool="read_file", arguments={"path": f"export-{i}.txt"}, call_id=f"c{i}"),
                        ToolResultEvent(tool="read_file", arguments={"path": f"export-{i}.txt"}, call_id=f"c{i}",
                                        result=result(rng, size, i))]
        cold = asyncio.run(replay(guard, history))
        warm = [asyncio.run(replay(guard, history)) for _ in range(5)]
        rows.append({"tool_results": n, "chars_each": size, "cold_ms": round(cold, 1), "warm_ms_median": round(statistics.median(warm), 2),
                     "warm_ms_per_result": round(statistics.median(warm) / n, 3)})
        print(f"{n:4d} results x {size:6,d} chars: cold {cold:8.1f} ms, warm {statistics.median(warm):7.2f} ms "
              f"({statistics.median(warm) / n:.3f} ms per result)")
    guard.close()
    if args.out:
        with open(args.out, "w") as f:
            json.dump({"rows": rows}, f, indent=1)


if __name__ == "__main__":
    main()
