"""Correlation of `assess_flow` scores with human privacy judgements (held-out check).

    python benchmarks/privacy_flow_corr.py VIGNETTES.txt LABELS.txt [--out FILE]

VIGNETTES: one flow description per line ("Information about X is collected by Y in
order to Z"); lines in ConfAIde's tier_2a.txt format (a rating prompt, then a literal
"\\n", then the vignette) are accepted too. LABELS: one human rating per line (ConfAIde
tier_2_labels.txt: mean agreement in [-100, 100]). Prints Pearson and Spearman
correlations and writes benchmarks/results/privacy_flow_corr.json. The data is not
shipped here; nothing in detectors/privacy was tuned on it.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
from pathlib import Path


def _rank(xs: list[float]) -> list[float]:
    order = sorted(range(len(xs)), key=lambda i: xs[i])
    ranks = [0.0] * len(xs)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and xs[order[j + 1]] == xs[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2
        i = j + 1
    return ranks


def pearson(a: list[float], b: list[float]) -> float:
    n = len(a)
    ma, mb = sum(a) / n, sum(b) / n
    cov = sum((x - ma) * (y - mb) for x, y in zip(a, b))
    va = sum((x - ma) ** 2 for x in a) ** 0.5
    vb = sum((y - mb) ** 2 for y in b) ** 0.5
    return cov / (va * vb) if va and vb else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("vignettes")
    ap.add_argument("labels")
    ap.add_argument("--out", default=str(Path(__file__).parent / "results" / "privacy_flow_corr.json"))
    args = ap.parse_args()
    from detectors.privacy.flow import assess_flow

    texts = [ln.split("\\n")[-1].strip() for ln in Path(args.vignettes).read_text().splitlines() if ln.strip()]
    labels = [float(x) for x in Path(args.labels).read_text().split()]
    if len(texts) != len(labels):
        raise SystemExit(f"{len(texts)} vignettes but {len(labels)} labels")
    scores, parsed = [], 0
    for t in texts:
        a = assess_flow(t)
        scores.append(a.score)
        parsed += a.parsed_by == "survey"
    res = {
        "n": len(texts), "pearson": round(pearson(scores, labels), 4),
        "spearman": round(pearson(_rank(scores), _rank(labels)), 4),
        "parsed_as_survey_form": parsed, "distinct_scores": len(set(scores)),
        "vignettes": Path(args.vignettes).name, "labels": Path(args.labels).name,
        "machine": {"cpu_count": os.cpu_count(), "python": platform.python_version()},
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(res, indent=2))
    print(f"n={res['n']}  pearson={res['pearson']}  spearman={res['spearman']}  "
          f"parsed={parsed}/{len(texts)}  distinct scores={res['distinct_scores']}  -> {args.out}")


if __name__ == "__main__":
    main()
