"""The injection signs' worst case per chunk: text crafted to make their regexes backtrack.

    python benchmarks/injection_sign_worst_case.py [--out benchmarks/results/injection_sign_worst_case.json]

A tool result is cut into chunks of at most 320 characters and every chunk goes through the
signs (`score_text`) before the classifier, so a page of text that is slow for one regex
costs that much per chunk, up to `max_scan_chars` (200,000). Each probe repeats a token (with
a separator and a prefix) to 4,000 characters, cuts it as the detector does and times the
signs per chunk; the table lists the slowest probes. The scan budget (`scan_budget_ms`,
2.5 s) bounds the whole scan, signs included.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

TOKENS = ["ai-", "a-", "ai ", "assistant ", "user: ", "[", "agent_", "you ", "a.", "a@", "-", "x:", "ignore ", "<!--", "style='",
          "a", "aA", "a_", "a'", "bot-", "AI ", "if ", "for ", "please ", "send ", "1", "1.", "1-", ". ", '"', "'", ":", "whoever ",
          "agents ", "Send ", "TODO: ", "—", "(", ")", "{", "#", "a,", ", ", ">", "]", "*", "|", "=", "/", "@", "+", "!", "?", ";",
          "&", "%", "~", "<", "`", "ai-ai-", "e-mail "]
SEPARATORS = ["", "\n", " \n", "\n\n"]
PREFIXES = ["", "Assistant, ", "If the ", "[", "For the ", "AI agent: ", "User: a@b.co\n", "if the ai-"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=str(ROOT / "benchmarks/results/injection_sign_worst_case.json"))
    ap.add_argument("--top", type=int, default=10)
    a = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from detectors.safety.heuristics import score_text
    from detectors.safety.segments import chunk_lines, split_lines

    rows = []
    for token in TOKENS:
        for sep in SEPARATORS:
            for prefix in PREFIXES:
                chunks = chunk_lines(split_lines((prefix + (token + sep) * 2000)[:4000], 320), 320)
                if not chunks:
                    continue
                start = time.perf_counter()
                for c in chunks:
                    score_text(c.text)
                per_chunk = (time.perf_counter() - start) / len(chunks)
                rows.append({"prefix": prefix, "token": token, "separator": sep, "chunks": len(chunks),
                             "ms_per_chunk": round(per_chunk * 1000, 2)})
    rows.sort(key=lambda r: -r["ms_per_chunk"])
    print(f"{'ms/chunk':>9}  prefix / token / separator   (probes: {len(rows)})")
    for r in rows[: a.top]:
        print(f"{r['ms_per_chunk']:9.2f}  {r['prefix']!r} {r['token']!r} {r['separator']!r}")
    worst = rows[0]["ms_per_chunk"]
    print(f"worst case for a 200,000-character result (625 chunks): {worst * 625 / 1000:.1f} s of signs")
    Path(a.out).write_text(json.dumps({"command": "python benchmarks/injection_sign_worst_case.py", "probes": len(rows),
                                       "slowest": rows[: a.top]}, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
