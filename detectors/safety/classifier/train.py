"""Train the injection head on the generic corpus and export it to ONNX.

    python -m detectors.safety.classifier.train [--out PATH] [--seed 0] [--epochs 60] [--n-pos 1800] [--n-neg 2600]

Writes `injection_head.onnx` in the current directory unless `--out` says where: the shipped head
is replaced only on purpose (`--out` = the path `guard` loads, printed by `--shipped-path`). The
corpus is the same for a seed everywhere; the fitted weights are repeatable on one machine, and may
differ in the last digits on another CPU (its float sums), which sixty epochs can widen (a retrain
here differed from the shipped head by up to 0.036 in probability). Prints held-out accuracy on a
fresh corpus draw.
"""
from __future__ import annotations

import argparse
import json
import time

import numpy as np

from detectors.safety.classifier.corpus import build
from detectors.safety.classifier.head import DIM, build_torch_head


def fit_head(x: np.ndarray, y: np.ndarray, seed: int = 0, epochs: int = 60):
    """The head fitted to embeddings `x` and 0/1 labels `y` (deterministic for a seed), in eval mode."""
    import torch

    torch.manual_seed(seed)
    x, y = torch.tensor(x), torch.tensor(y, dtype=torch.float32).unsqueeze(1)
    head = build_torch_head()
    opt = torch.optim.AdamW(head.parameters(), lr=3e-3, weight_decay=1e-3)
    loss_fn = torch.nn.BCELoss()
    g = torch.Generator().manual_seed(seed)
    for _ in range(epochs):
        perm = torch.randperm(len(x), generator=g)
        for i in range(0, len(x), 128):
            idx = perm[i : i + 128]
            opt.zero_grad()
            loss_fn(head(x[idx]), y[idx]).backward()
            opt.step()
    return head.eval()


def train(seed: int = 0, epochs: int = 60, n_pos: int = 1800, n_neg: int = 2600, encoder=None):
    import torch

    from detectors.safety.classifier.encoder import MiniLMEncoder

    enc = encoder or MiniLMEncoder("cpu")
    texts, labels = build(n_pos, n_neg, seed)
    head = fit_head(enc.encode(texts), np.asarray(labels, dtype=np.float32), seed, epochs)
    # held-out: a different random draw of the same generators
    vt, vl = build(400, 500, seed + 1000)
    with torch.no_grad():
        p = head(torch.tensor(enc.encode(vt))).numpy().reshape(-1)
    vl = np.array(vl)
    metrics = {
        "heldout_accuracy": float(((p >= 0.5) == vl).mean()),
        "heldout_fpr_at_0.9": float((p[vl == 0] >= 0.9).mean()),
        "heldout_tpr_at_0.9": float((p[vl == 1] >= 0.9).mean()),
    }
    return head, metrics


def export(head, path: str) -> None:
    import torch

    dummy = torch.zeros(1, DIM)
    torch.onnx.export(head, (dummy,), path, input_names=["embedding"], output_names=["p_injection"],
                      dynamic_axes={"embedding": {0: "batch"}, "p_injection": {0: "batch"}}, opset_version=17,
                      dynamo=False)


def main(argv=None) -> int:
    from detectors.safety.classifier.runtime import model_path

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default="injection_head.onnx", help="where to write the head (default: ./injection_head.onnx)")
    ap.add_argument("--shipped-path", action="store_true", help="print the path of the head guard loads, and exit")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--epochs", type=int, default=60)
    ap.add_argument("--n-pos", type=int, default=1800)
    ap.add_argument("--n-neg", type=int, default=2600)
    a = ap.parse_args(argv)
    if a.shipped_path:
        print(model_path())
        return 0
    import torch

    torch.set_num_threads(2)
    t0 = time.time()
    head, metrics = train(a.seed, a.epochs, a.n_pos, a.n_neg)
    export(head, a.out)
    print(json.dumps({**metrics, "out": a.out, "seconds": round(time.time() - t0, 1)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
