"""Detections on ordinary text that holds (almost) no personal data: a false-positive probe.

    python benchmarks/privacy_false_positives.py [--data benchmarks/data/pii/benign_probe.json]

The probe is 76 short texts a reviewer wrote to provoke the recognizers: team e-mails and
sign-offs, calendar entries, Slack messages, code and logs, JSON tool output, product and
recipe text, changelogs ("Unit 5 tests", "Suite 3 Performance", "Via Email 2", "Dr Pepper",
"Flight UA 12345"). A handful of its detections are right (a country, a film director);
nearly all the rest over-redact. Prints the count per entity type and every detection, and
writes benchmarks/results/privacy_false_positives.json. Lower is better; compare revisions.
Rows that list `expect_personal` strings are personal texts: each string must lie inside
one detection (recall, reported separately; those rows are not counted as ordinary text).
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
    ap.add_argument("--out", default=None, help="default: benchmarks/results/privacy_false_positives.json for the "
                    "default probe, privacy_false_positives_<data name>.json for another (never the default's file)")
    a = ap.parse_args()
    if a.out is None:
        stem = Path(a.data).stem
        suffix = "" if Path(a.data).resolve() == (ROOT / "benchmarks" / "data" / "pii" / "benign_probe.json") else f"_{stem}"
        a.out = str(ROOT / "benchmarks" / "results" / f"privacy_false_positives{suffix}.json")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from detectors.privacy.engine import get_analyzer

    analyzer = get_analyzer()
    rows = json.loads(Path(a.data).read_text(encoding="utf-8"))
    # Rows may list the personal data they hold ("expect_personal"); only rows without any
    # count as ordinary text, and for the others each expected string must lie inside a detection.
    ordinary = [r["text"] for r in rows if not r.get("expect_personal")]
    personal = [r for r in rows if r.get("expect_personal")]
    texts = ordinary
    found = [[{"type": e.type, "text": e.text} for e in analyzer.analyze(t)] for t in texts]
    per_type = Counter(d["type"] for f in found for d in f)
    res = {"texts": len(texts), "detections": sum(per_type.values()), "texts_with_detections": sum(bool(f) for f in found),
           "per_type": dict(per_type.most_common()), "detections_per_text": found}
    if personal:
        missed = []
        for r in personal:
            spans = [(e.start, e.end) for e in analyzer.analyze(r["text"])]
            for want in r["expect_personal"]:
                at = r["text"].find(want)
                if at < 0 or not any(s <= at and at + len(want) <= e for s, e in spans):
                    missed.append({"text": r["text"], "missed": want})
        expected = sum(len(r["expect_personal"]) for r in personal)
        res["personal_texts"] = len(personal)
        res["expected_found"] = f"{expected - len(missed)}/{expected}"
        res["missed"] = missed
    Path(a.out).write_text(json.dumps(res, indent=1, ensure_ascii=False))
    for i, f in enumerate(found):
        if f:
            print(f"{i:3d} {texts[i][:60]!r}: " + ", ".join(f"{d['type']} {d['text']!r}" for d in f))
    print(f"{res['detections']} detections in {res['texts_with_detections']} of {len(texts)} ordinary texts: {dict(per_type)}")
    if personal:
        print(f"personal data found whole in a detection: {res['expected_found']} (in {len(personal)} texts)")


if __name__ == "__main__":
    main()
