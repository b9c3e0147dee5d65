"""GLEAN cross-suite calibration on AgentDojo runs: fit on one suite, test on the other.

Prints a table and writes benchmarks/results/glean_calibration.json (+ reliability PNGs).
Usage: .venv/bin/python benchmarks/glean_calibration.py [--runs DIR] [--packs general] [--bootstrap 1000]
Suites are split by the path component after the pipeline; tasks never cross the split
(different suites have disjoint user tasks).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
import warnings
from pathlib import Path

warnings.filterwarnings("ignore")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from detectors.verification.engine import Scorer, evaluate, fit_stage  # noqa: E402
from detectors.verification.guidelines import load_packs  # noqa: E402
from detectors.verification.predictor import Predictor  # noqa: E402
from detectors.verification.trajectory import read_runs  # noqa: E402


def suite_of(t) -> str:
    return t.meta.get("suite_name") or t.id.split("/")[1]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", default=str(ROOT.parent / "shared" / "data" / "agentdojo-runs"))
    ap.add_argument("--packs", default="general")
    ap.add_argument("--bootstrap", type=int, default=1000)
    ap.add_argument("--priors", default="positive,normal")
    ap.add_argument("--hierarchies", default="none", help="none,task")
    ap.add_argument("--name", default="glean_calibration", help="results file stem")
    ap.add_argument("--no-scale", action="store_true", help="skip the 2,000-run fit-time / latency measurement")
    ap.add_argument("--scale-only", action="store_true", help="only the 2,000-run fit-time / latency measurement")
    ap.add_argument("--prior-scale", default="auto", help="σ of the weights' prior: 'auto' (held-out tasks) or a number")
    ap.add_argument("--scale-hierarchy", default="none", choices=["none", "task"], help="model fitted for the 2,000-run timing")
    args = ap.parse_args()
    pscale = args.prior_scale if args.prior_scale == "auto" else float(args.prior_scale)
    runs = read_runs(args.runs)
    packs = load_packs(args.packs)
    suites = sorted({suite_of(t) for t in runs})
    out: dict = {"runs": args.runs, "packs": args.packs, "n_runs": len(runs), "directions": [], "machine": f"{os.cpu_count()} CPUs (shared)"}
    plots = ROOT / "benchmarks" / "results"
    combos = [] if args.scale_only else [(pr, h) for h in args.hierarchies.split(",") for pr in args.priors.split(",")]
    for prior, hier in combos:
        for tr in suites:
            for te in suites:
                if tr == te:
                    continue
                train = [t for t in runs if suite_of(t) == tr]
                test = [t for t in runs if suite_of(t) == te]
                assert not ({(t.meta.get("user_task_id"), tr) for t in train} & {(t.meta.get("user_task_id"), te) for t in test})
                t0 = time.perf_counter()
                stage = fit_stage(train, Scorer(packs), prior=prior, hierarchy=hier, prior_scale=pscale)
                fit_s = time.perf_counter() - t0
                res = evaluate(test, stage, train=train, bootstrap_n=args.bootstrap)
                p, y = res.pop("_p"), res.pop("_y")
                res["oracle_recalibrated_on_test"] = oracle_recalibration(p, y)
                if prior == "positive" and hier == "none":
                    from detectors.verification.plot import reliability_diagram

                    reliability_diagram(y, p, plots / f"{args.name.replace('calibration', 'reliability')}_{tr}_to_{te}.png", title=f"GLEAN ({args.packs}) fit {tr} → test {te}",
                                        baselines=res["baselines"])
                res.pop("reliability")
                out["directions"].append({"prior": prior, "hierarchy": hier, "prior_scale": stage.training.get("prior_scale"), "train": tr, "test": te, "n_train": len(train), "fit_seconds": round(fit_s, 2),
                                          "diagnostics": stage.diagnostics, "weights_mean": dict(zip(stage.features.guidelines,
                                          [round(sum(c) / len(c), 3) for c in zip(*stage.w)])), **res})
    if args.no_scale:
        return report(out, args)
    # fit time on 2,000 trajectories (the 1,749 runs plus a resample to 2,000), rating included
    rng = random.Random(0)
    big = runs + [rng.choice(runs) for _ in range(2000 - len(runs))] if len(runs) < 2000 else runs[:2000]
    t0 = time.perf_counter()
    sc = Scorer(packs)
    rated = sc.score(big)
    rate_s = time.perf_counter() - t0
    t1 = time.perf_counter()
    stage = fit_stage(big, sc, prior="positive", hierarchy=args.scale_hierarchy, prior_scale=pscale)
    fit_total = time.perf_counter() - t1
    pred = Predictor(stage)
    xs = rated.X[:1000]
    t2 = time.perf_counter()
    for x in xs:
        pred.predict(x)
    lat_ms = (time.perf_counter() - t2) / len(xs) * 1000
    t3 = time.perf_counter()
    sc.score(big[:200])
    rate_ms = (time.perf_counter() - t3) / 200 * 1000
    out["scale"] = {"n": len(big), "hierarchy": args.scale_hierarchy, "rating_seconds": round(rate_s, 2), "fit_seconds_incl_rating_and_compile": round(fit_total, 2),
                    "sampling_seconds": stage.diagnostics["seconds"], "diagnostics": stage.diagnostics,
                    "predict_ms_per_trajectory": round(lat_ms, 4), "rule_rating_ms_per_trajectory": round(rate_ms, 3)}
    return report(out, args)


def oracle_recalibration(p, y) -> dict:
    """Not a result: the best affine map of GLEAN's logit, fitted on the *test* runs themselves.
    What it leaves of ECE no recalibration of this model without test labels could remove."""
    import numpy as np

    from detectors.verification import metrics as M

    q = np.clip(np.asarray(p, float), 1e-6, 1 - 1e-6)
    z = np.log(q / (1 - q))[:, None]
    pr = M.fit_logistic_mle(z, y)(z)
    return {"ece": round(M.ece(y, pr), 4), "brier": round(M.brier(y, pr), 4)}


def report(out: dict, args) -> int:
    plots = ROOT / "benchmarks" / "results"
    (plots / f"{args.name}.json").write_text(json.dumps(out, indent=2))

    print(f"GLEAN cross-suite ({args.packs}), n_runs={out['n_runs']}")
    print(f"{'prior':9s} {'train→test':18s} {'model':>8s} {'AUROC':>22s} {'Brier':>24s} {'ECE':>20s} {'Risk@.5':>8s}")
    for d in out["directions"]:
        ci = d["ci95"]
        print(f"{d['prior'][:4] + '/' + d['hierarchy']:9s} {d['train'] + '→' + d['test']:18s} {'GLEAN':>8s} {d['auroc']:.3f} [{ci['auroc'][0]:.3f},{ci['auroc'][1]:.3f}]"
              f"   {d['brier']:.4f} [{ci['brier'][0]:.4f},{ci['brier'][1]:.4f}]   {d['ece']:.3f} [{ci['ece'][0]:.3f},{ci['ece'][1]:.3f}]  {d['risk_at_half']:.3f}")
        ps = d.get("prior_scale") or {}
        if ps:
            print(f"{'':9s} {'':18s} prior scale σ = {ps.get('scale')} (mean held-out-task log loss, σ: loss: {dict(ps.get('held_out_log_loss') or [])})")
        o = d.get("oracle_recalibrated_on_test")
        if o:
            print(f"{'':9s} {'':18s} {'(oracle: affine recalibration fitted on the test runs) ECE':>60s} {o['ece']:.3f}  Brier {o['brier']:.4f}")
        for name, b in d["baselines"].items():
            print(f"{'':9s} {'':18s} {name[:18]:>18s} {b['auroc']:.3f}  ΔAUROC {b['delta_auroc_ci95'][0]:+.3f} [{b['delta_auroc_ci95'][1]:+.3f},{b['delta_auroc_ci95'][2]:+.3f}]"
                  f"  Brier {b['brier']:.4f} ΔBrier {b['delta_brier_ci95'][0]:+.4f} [{b['delta_brier_ci95'][1]:+.4f},{b['delta_brier_ci95'][2]:+.4f}]  ECE {b['ece']:.3f}")
    s = out.get("scale")
    if s:
        print(f"scale ({s.get('hierarchy', 'none')}): n={s['n']} rating {s['rating_seconds']}s, fit {s['fit_seconds_incl_rating_and_compile']}s (sampling {s['sampling_seconds']}s, "
              f"r_hat_max {s['diagnostics']['r_hat_max']}, ess_bulk_min {s['diagnostics']['ess_bulk_min']}), "
              f"predict {s['predict_ms_per_trajectory']} ms/trajectory, rule rating {s['rule_rating_ms_per_trajectory']} ms/trajectory")
    return 0


if __name__ == "__main__":
    sys.exit(main())
