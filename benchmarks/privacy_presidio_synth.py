"""Generate PII test data with presidio-evaluator's own generator (presidio-research's synthetic set).

    python -m venv /tmp/pe && /tmp/pe/bin/pip install presidio-evaluator==0.3.2
    /tmp/pe/bin/python benchmarks/privacy_presidio_synth.py --seed 2026 --n 1500 \
        --out benchmarks/data/pii/presidio_synth_seed2026.json

A separate environment because presidio-evaluator pins newer numpy/pandas than the
project. `PresidioSentenceFaker(locale="en_US", lower_case_ratio=0.05)` is the set-up of
presidio-research's data-generation notebook, the one behind its synthetic data set;
the output is the format `guard eval pii` reads (full_text + spans, plus template_id).
Nothing here imports agentguard.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--n", type=int, default=1500)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    from presidio_evaluator.data_generator import PresidioSentenceFaker

    PresidioSentenceFaker.seed(args.seed)
    faker = PresidioSentenceFaker(locale="en_US", lower_case_ratio=0.05, random_seed=args.seed)
    records = [
        {"full_text": r.full_text, "template_id": r.template_id,
         "spans": [{"entity_type": s.entity_type, "entity_value": s.entity_value,
                    "start_position": s.start_position, "end_position": s.end_position} for s in r.spans]}
        for r in faker.generate_new_fake_sentences(args.n)
    ]
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(records, f, indent=1, ensure_ascii=False)
    print(Counter(s["entity_type"] for r in records for s in r["spans"]).most_common())


if __name__ == "__main__":
    main()
