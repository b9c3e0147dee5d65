"""Detections on ordinary text that holds (almost) no personal data: a false-positive probe.

    python benchmarks/privacy_false_positives.py [--data benchmarks/data/pii/benign_probe.json]

The probe is 76 short texts a reviewer wrote to provoke the recognizers: team e-mails and
sign-offs, calendar entries, Slack messages, code and logs, JSON tool output, product and
recipe text, changelogs ("Unit 5 tests", "Suite 3 Performance", "Via Email 2", "Dr Pepper",
"Flight UA 12345"). A handful of its detections are right (a country, a film director);
nearly all the rest over-redact. Prints the count per entity type and every detection, and
writes benchmarks/results/privacy_false_positives.json. Lower is better; compare revisions.
"""
from __future__ import annotations

import argparse
import json
import os
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(ROOT / "benchmarks" / "data" / "pii" / "benign_probe.json"))
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "privacy_false_positives.json"))
    a = ap.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from detectors.privacy.engine import get_analyzer

    analyzer = get_analyzer()
    texts = [r["text"] for r in json.loads(Path(a.data).read_text(encoding="utf-8"))]
    found = [[{"type": e.type, "text": e.text} for e in analyzer.analyze(t)] for t in texts]
    per_type = Counter(d["type"] for f in found for d in f)
    res = {"texts": len(texts), "detections": sum(per_type.values()), "texts_with_detections": sum(bool(f) for f in found),
           "per_type": dict(per_type.most_common()), "detections_per_text": found}
    Path(a.out).write_text(json.dumps(res, indent=1, ensure_ascii=False))
    for i, f in enumerate(found):
        if f:
            print(f"{i:3d} {texts[i][:60]!r}: " + ", ".join(f"{d['type']} {d['text']!r}" for d in f))
    print(f"{res['detections']} detections in {res['texts_with_detections']} of {len(texts)} texts: {dict(per_type)}")


if __name__ == "__main__":
    main()
