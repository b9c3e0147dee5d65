"""Reliability diagram (matplotlib, Agg backend: no display needed)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np


def reliability_diagram(y, p, path: str | Path, title: str = "", bins: int = 15, baselines: dict[str, Any] | None = None) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from detectors.verification.metrics import all_metrics, reliability

    rel = reliability(y, p, bins)
    m = all_metrics(y, p)
    fig, (ax, axh) = plt.subplots(2, 1, figsize=(5.5, 6.5), gridspec_kw={"height_ratios": [3, 1]}, sharex=True)
    ax.plot([0, 1], [0, 1], ls="--", color="grey", lw=1, label="perfect calibration")
    centers = [r["p"] for r in rel]
    ax.bar([(r["lo"] + r["hi"]) / 2 for r in rel], [r["acc"] for r in rel], width=1 / bins, alpha=0.35, edgecolor="k",
           label="observed accuracy per bin")
    ax.plot(centers, [r["acc"] for r in rel], "o-", color="C3", label="GLEAN (mean p in bin)")
    ax.set_ylabel("fraction correct")
    ax.set_ylim(0, 1)
    ax.set_title(title or "reliability", fontsize=10)
    txt = f"AUROC {m['auroc']:.3f}\nBrier {m['brier']:.4f}\nECE {m['ece']:.3f}\nn {m['n']}"
    ax.text(0.03, 0.97, txt, va="top", transform=ax.transAxes, fontsize=9, family="monospace")
    if baselines:
        lines = [f"{k}: AUROC {v['auroc']:.3f} Brier {v['brier']:.3f} ECE {v['ece']:.3f}" for k, v in baselines.items()]
        ax.text(0.03, 0.62, "baselines\n" + "\n".join(lines), va="top", transform=ax.transAxes, fontsize=6)
    ax.legend(loc="lower right", fontsize=7)
    axh.hist(np.asarray(p, float), bins=bins, range=(0, 1), color="C0")
    axh.set_xlabel("predicted P(correct)")
    axh.set_ylabel("runs")
    fig.tight_layout()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path
