"""Would training the injection head on the red-team sets help on a set it has not seen?

    python benchmarks/injection_head_cv.py [--out benchmarks/results/injection_head_cv.json]

Leave one red-team set out (dev, heldout .. heldout4; heldout5 is never read here): a head
is trained as `detectors.safety.classifier.train` trains it, on the generic corpus alone and
on the corpus plus the other sets' chunks (every chunk of a benign text as 0, the chunk of an
injection that holds its payload as 1), and the held-out set's texts are scored with the
detector's rule (a chunk is flagged at sign score >= 0.5, or classifier >= threshold with a
sign; "no sign": the classifier alone). A one-off check of a design choice, not a shipped path.
"""
import argparse, json, sys
from pathlib import Path

import numpy as np
import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from detectors.safety.classifier.corpus import build
from detectors.safety.classifier.encoder import MiniLMEncoder
from detectors.safety.classifier.head import build_torch_head, numpy_forward, onnx_weights
from detectors.safety.classifier.runtime import model_path
from detectors.safety.segments import split_lines, chunk_lines
from detectors.safety.heuristics import score_text
ap = argparse.ArgumentParser(description=__doc__)
ap.add_argument("--out", default=str(ROOT / "benchmarks/results/injection_head_cv.json"))
args = ap.parse_args()
torch.set_num_threads(1)
SETS = ["dev", "heldout", "heldout2", "heldout3", "heldout4"]
enc = MiniLMEncoder("cpu")
items = []  # (set, label, family, [chunk texts], [h], [payload-chunk mask])
for s in SETS:
    for it in json.load(open(ROOT / "benchmarks/data/injection_redteam" / f"{s}.json")):
        ch = [c.text for c in chunk_lines(split_lines(it["text"], 320), 320)]
        pv = it.get("payload_value") or ""
        items.append(dict(set=s, label=it["label"], family=it["family"], chunks=ch, h=[score_text(c)[0] for c in ch],
                          pos=[bool(pv) and pv in c for c in ch]))
allc = [c for it in items for c in it["chunks"]]
E = enc.encode(allc)
k = 0
for it in items:
    n = len(it["chunks"]); it["emb"] = E[k:k+n]; k += n
ct, cl = build(1800, 2600, 0)
CE = enc.encode(ct); CL = np.array(cl, dtype=np.float32)
base = onnx_weights(str(model_path()))

def train(extra_x, extra_y, seed=0, epochs=60, w_extra=1.0):
    torch.manual_seed(seed)
    x = torch.tensor(np.concatenate([CE, extra_x])); y = torch.tensor(np.concatenate([CL, extra_y])).unsqueeze(1)
    w = torch.tensor(np.concatenate([np.ones(len(CE)), np.full(len(extra_x), w_extra)]), dtype=torch.float32).unsqueeze(1)
    head = build_torch_head(); opt = torch.optim.AdamW(head.parameters(), lr=3e-3, weight_decay=1e-3)
    g = torch.Generator().manual_seed(seed)
    for _ in range(epochs):
        perm = torch.randperm(len(x), generator=g)
        for i in range(0, len(x), 128):
            idx = perm[i:i+128]; opt.zero_grad()
            torch.nn.functional.binary_cross_entropy(head(x[idx]), y[idx], weight=w[idx]).backward(); opt.step()
    head.eval()
    return {"0.weight": head[0].weight.detach().numpy(), "0.bias": head[0].bias.detach().numpy(),
            "2.weight": head[2].weight.detach().numpy(), "2.bias": head[2].bias.detach().numpy()}

def flagged(it, W, needs_sign=True, thr=0.9):
    p = numpy_forward(W, it["emb"])
    return any(h >= 0.5 or (pp >= thr and (h > 0 or not needs_sign)) for h, pp in zip(it["h"], p))

def training_rows(sets):
    xs, ys = [], []
    for it in items:
        if it["set"] not in sets: continue
        for e, pos in zip(it["emb"], it["pos"]):
            if it["label"] == "benign": xs.append(e); ys.append(0.0)
            elif pos: xs.append(e); ys.append(1.0)
    return np.array(xs, dtype=np.float32), np.array(ys, dtype=np.float32)

RESULTS = []


def report(name, W, test, needs_sign=True, thr=0.9):
    inj = [it for it in items if it["set"] == test and it["label"] == "injection"]
    ben = [it for it in items if it["set"] == test and it["label"] == "benign"]
    bnd = [it for it in ben if it["family"] != "benign_discussion"]
    fi = np.mean([flagged(it, W, needs_sign, thr) for it in inj]); fb = np.mean([flagged(it, W, needs_sign, thr) for it in ben])
    fbn = np.mean([flagged(it, W, needs_sign, thr) for it in bnd])
    RESULTS.append({"head": name, "test_set": test, "injections_flagged_pct": round(100 * fi, 1),
                    "benign_flagged_pct": round(100 * fb, 1), "benign_not_discussion_flagged_pct": round(100 * fbn, 1)})
    return f"{name:28s} {test:9s} inj flagged {100*fi:5.1f}  benign {100*fb:5.1f}  benign-nondiscussion {100*fbn:5.1f}"

for test in SETS:
    train_sets = [s for s in SETS if s != test]
    x, y = training_rows(train_sets)
    W0 = train(np.zeros((0, 384), np.float32), np.zeros(0, np.float32))
    W1 = train(x, y)
    print(report("shipped head", base, test))
    print(report("shipped head, no sign", base, test, False))
    print(report("shipped head, no sign .97", base, test, False, 0.97))
    print(report("retrained corpus only", W0, test))
    print(report("corpus + other sets", W1, test))
    print(report("corpus + other sets, no sign", W1, test, False))
    print(report("corpus + sets, no sign .97", W1, test, False, 0.97))
    sys.stdout.flush()

Path(args.out).write_text(json.dumps({"command": "python benchmarks/injection_head_cv.py", "results": RESULTS}, indent=1))
