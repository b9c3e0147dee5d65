"""Would training the injection head on the red-team sets help on a set it has not seen?

    python benchmarks/injection_head_cv.py [--out benchmarks/results/injection_head_cv.json]

Leave one red-team set out (dev, heldout .. heldout4; heldout5 is never read here): a head
is trained as `detectors.safety.classifier.train` trains it, on the generic corpus alone and
on the corpus plus the other sets' chunks (every chunk of a benign text as 0, the chunk of an
injection that holds its payload as 1), and the held-out set's texts are scored with the
detector's rule (a chunk is flagged at sign score >= 0.5, or classifier >= threshold with a
sign; "no sign": the classifier alone). A one-off check of a design choice, not a shipped path.
"""
import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
SETS = ["dev", "heldout", "heldout2", "heldout3", "heldout4"]
# (name, head, classifier_needs_sign, classifier_threshold) rows per left-out set
VARIANTS = [("shipped head", "shipped", True, 0.9), ("shipped head, no sign", "shipped", False, 0.9),
            ("shipped head, no sign .97", "shipped", False, 0.97), ("retrained corpus only", "corpus", True, 0.9),
            ("corpus + other sets", "extra", True, 0.9), ("corpus + other sets, no sign", "extra", False, 0.9),
            ("corpus + sets, no sign .97", "extra", False, 0.97)]


def weights(head) -> dict[str, np.ndarray]:
    """A torch head's weights under the names `numpy_forward` reads (as the ONNX export names them)."""
    return {k: v.detach().numpy() for k, v in head.state_dict().items()}


def load_items(enc) -> list[dict]:
    """Every red-team text of SETS, cut into chunks as the detector cuts it, with each chunk's
    sign score, embedding and whether it holds the injection's payload."""
    from detectors.safety.heuristics import score_text
    from detectors.safety.segments import chunk_lines, split_lines

    items = []
    for s in SETS:
        for it in json.loads((ROOT / "benchmarks/data/injection_redteam" / f"{s}.json").read_text()):
            chunks = [c.text for c in chunk_lines(split_lines(it["text"], 320), 320)]
            payload = it.get("payload_value") or ""
            items.append({"set": s, "label": it["label"], "family": it["family"], "chunks": chunks,
                          "h": [score_text(c)[0] for c in chunks], "pos": [bool(payload) and payload in c for c in chunks]})
    emb = enc.encode([c for it in items for c in it["chunks"]])
    k = 0
    for it in items:
        it["emb"], k = emb[k:k + len(it["chunks"])], k + len(it["chunks"])
    return items


def training_rows(items: list[dict], sets: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Benign chunks as 0, the chunk holding an injection's payload as 1 (its other chunks are left out)."""
    xs, ys = [], []
    for it in items:
        if it["set"] in sets:
            for e, pos in zip(it["emb"], it["pos"]):
                if it["label"] == "benign" or pos:
                    xs.append(e)
                    ys.append(0.0 if it["label"] == "benign" else 1.0)
    from detectors.safety.classifier.head import DIM

    return np.array(xs, dtype=np.float32).reshape(-1, DIM), np.array(ys, dtype=np.float32)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=str(ROOT / "benchmarks/results/injection_head_cv.json"))
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    import torch

    from detectors.safety.classifier.corpus import build
    from detectors.safety.classifier.encoder import MiniLMEncoder
    from detectors.safety.classifier.head import numpy_forward, onnx_weights
    from detectors.safety.classifier.runtime import model_path
    from detectors.safety.classifier.train import fit_head
    from detectors.safety.injection import InjectionConfig, InjectionDetector

    torch.set_num_threads(1)
    enc = MiniLMEncoder("cpu")
    items = load_items(enc)
    corpus_texts, corpus_labels = build(1800, 2600, 0)  # what `train` trains the shipped head on
    cx, cy = enc.encode(corpus_texts), np.array(corpus_labels, dtype=np.float32)
    heads = {"shipped": onnx_weights(str(model_path())), "corpus": weights(fit_head(cx, cy))}
    rules = {(needs, thr): InjectionDetector(InjectionConfig(classifier_needs_sign=needs, classifier_threshold=thr))
             for _, _, needs, thr in VARIANTS}
    results = []
    for test in SETS:
        x, y = training_rows(items, [s for s in SETS if s != test])
        heads["extra"] = weights(fit_head(np.concatenate([cx, x]), np.concatenate([cy, y])))
        for name, head, needs, thr in VARIANTS:
            rule = rules[(needs, thr)]

            def flagged(it: dict) -> bool:
                return any(rule.flagged(h, float(p)) for h, p in zip(it["h"], numpy_forward(heads[head], it["emb"])))

            pct = {}
            for key, keep in (("injections", lambda it: it["label"] == "injection"),
                              ("benign", lambda it: it["label"] == "benign"),
                              ("benign_not_discussion", lambda it: it["label"] == "benign" and it["family"] != "benign_discussion")):
                chosen = [it for it in items if it["set"] == test and keep(it)]
                pct[key] = round(100 * float(np.mean([flagged(it) for it in chosen])), 1)
            results.append({"head": name, "test_set": test, "injections_flagged_pct": pct["injections"],
                            "benign_flagged_pct": pct["benign"], "benign_not_discussion_flagged_pct": pct["benign_not_discussion"]})
            print(f"{name:28s} {test:9s} injections flagged {pct['injections']:5.1f}  benign {pct['benign']:5.1f}  "
                  f"benign other than discussions {pct['benign_not_discussion']:5.1f}", flush=True)
    Path(args.out).write_text(json.dumps({"command": "python benchmarks/injection_head_cv.py", "results": results}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
