"""spaCy's NER pass per KB: spaCy's own decoder against agentguard's (greedy_ner + ner_encoder).

    python benchmarks/privacy_ner_decode.py [--rounds 3]

Three pipelines from the same model, each with the matrix products through numpy:
spaCy's NER as shipped, the fast decode with thinc's token encoder, and the fast
decode with the numpy encoder (what the analyzer runs). CPU time per 1 KB text, one
text at a time and in batches of 64; also checks that all three give the same
entities. Writes benchmarks/results/privacy_ner_decode.json.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--out", default=str(Path(__file__).parent / "results" / "privacy_ner_decode.json"))
    args = ap.parse_args()
    import spacy

    from detectors.privacy import greedy_ner
    from detectors.privacy.engine import DEFAULT_MODEL, _numpy_matmul
    from privacy_latency import _texts

    exclude = ["tok2vec", "parser", "tagger", "attribute_ruler", "lemmatizer", "senter"]

    def load(fast: bool, encoder: bool):
        nlp = spacy.load(DEFAULT_MODEL, exclude=exclude)
        _numpy_matmul(nlp)
        if fast:
            assert greedy_ner.install(nlp)
            if not encoder:
                decoder = nlp.get_pipe("ner").decoder
                decoder.encode = decoder.tok2vec.predict
        return nlp

    variants = {"spacy": load(False, False), "greedy, thinc encoder": load(True, False),
                "greedy, numpy encoder": load(True, True)}
    texts = [t[:1024] for t in _texts(200, 7) if len(t) >= 1024][:60]
    ents = {name: [[(e.start, e.end, e.label_) for e in nlp(t).ents] for t in texts] for name, nlp in variants.items()}
    same = all(v == ents["spacy"] for v in ents.values())
    rows: dict[str, dict[str, list[float]]] = {name: {"single": [], "batched": []} for name in variants}
    for _ in range(args.rounds):
        for name, nlp in variants.items():
            c0 = time.process_time()
            for t in texts:
                nlp(t)
            rows[name]["single"].append(round((time.process_time() - c0) * 1000 / len(texts), 2))
            c0 = time.process_time()
            list(nlp.pipe(texts, batch_size=64))
            rows[name]["batched"].append(round((time.process_time() - c0) * 1000 / len(texts), 2))
    print(f"{'NER pass, CPU ms per KB':<26}{'single (per round)':<28}batched")
    for name, r in rows.items():
        print(f"{name:<26}{' / '.join(map(str, r['single'])):<28}{' / '.join(map(str, r['batched']))}")
    print(f"same entities on {len(texts)} texts: {same}")
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps({"ms_per_kb": rows, "same_entities": same, "texts": len(texts)}, indent=2))


if __name__ == "__main__":
    main()
