"""`guard calibrate` and `guard eval calibration`."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def register(cli) -> None:
    p = cli.command("calibrate", help="fit a GLEAN correctness model on labelled AgentDojo-format runs")
    p.add_argument("--runs", required=True, help="directory of run JSON files (label: each run's `utility`)")
    p.add_argument("--guidelines", default="general", help="pack names or paths, comma-separated (default: general)")
    p.add_argument("--expand", default="", help="costly packs for the active-verification stage, comma-separated")
    p.add_argument("--out", required=True, help="where to write the model JSON")
    p.add_argument("--filter", default="", help="only runs whose relative path contains this text")
    p.add_argument("--beta", type=float, default=0.5, help="evidence decay β in s_t = β·s_{t−1} + logit p_t")
    p.add_argument("--prior", choices=["positive", "normal"], default="positive")
    p.add_argument("--hierarchy", choices=["none", "task"], default="none",
                   help="'task': task-level intercepts/weights, predictions for unseen tasks widen by their spread (slower)")
    p.add_argument("--prior-scale", default="auto",
                   help="σ of the weights' prior on standardised features; 'auto' (default): the σ whose fit best predicts "
                        "tasks held out of it")
    p.add_argument("--draws", type=int, default=500)
    p.add_argument("--tune", type=int, default=500)
    p.add_argument("--seed", type=int, default=0)
    p.set_defaults(func=_calibrate)

    e = cli.eval_command("calibration", help="AUROC, Brier, ECE, Risk@0.5 of a GLEAN model vs. baselines")
    e.add_argument("--runs", required=True, help="test runs (directory of AgentDojo-format JSON)")
    e.add_argument("--model", required=True, help="model JSON from `guard calibrate`")
    e.add_argument("--train-runs", default=None, help="runs the fitted baselines learn from (use the model's training runs)")
    e.add_argument("--filter", default="", help="only test runs whose relative path contains this text")
    e.add_argument("--train-filter", default="", help="only training runs whose relative path contains this text")
    e.add_argument("--stage", type=int, default=0, help="0: base packs; 1: with the costly packs, when fitted")
    e.add_argument("--bootstrap", type=int, default=1000)
    e.add_argument("--json", action="store_true", help="print JSON")
    e.add_argument("--plot", default=None, help="write a reliability diagram (PNG)")
    e.set_defaults(func=_eval)


def _runs(path: str, flt: str):
    from detectors.verification.trajectory import read_runs

    runs = read_runs(path)
    if flt:
        runs = [t for t in runs if flt in t.id]
        if not runs:
            raise ValueError(f"no runs under {path} match --filter {flt!r}")
    return runs


def _fail(msg: str) -> int:
    print(f"guard: error: {msg}", file=sys.stderr)
    return 2


def _prior_scale(text: str) -> float | str:
    if text == "auto":
        return text
    from detectors.verification.prior_scale import is_scale

    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not is_scale(value):
        raise ValueError(f"--prior-scale must be 'auto' or a positive number, got {text!r}")
    return value


def _calibrate(args: argparse.Namespace) -> int:
    from detectors.verification.artifact import ArtifactError
    from detectors.verification.engine import calibrate
    from detectors.verification.guidelines import GuidelineError, load_packs
    from detectors.verification.trajectory import TrajectoryError

    try:
        packs = load_packs(args.guidelines)
        expand = load_packs(args.expand) if args.expand else []
        runs = _runs(args.runs, args.filter)
        if not 0 <= args.beta <= 1:
            raise ValueError("--beta must be in [0, 1]")
        art = calibrate(runs, packs, expand, beta=args.beta, prior=args.prior, draws=args.draws, tune=args.tune, seed=args.seed,
                        hierarchy=args.hierarchy, prior_scale=_prior_scale(args.prior_scale))
    except (GuidelineError, TrajectoryError, ArtifactError, ValueError) as exc:
        return _fail(str(exc))
    art.save(args.out)
    for i, st in enumerate(art.stages):
        d = st.diagnostics
        print(f"stage {i} ({','.join(st.features.packs)}): n={st.training['n']} features={len(st.features.guidelines)} "
              f"r_hat_max={d['r_hat_max']:.3f} ess_bulk_min={d['ess_bulk_min']:.0f} divergences={d['divergences']} "
              f"sampling={d['seconds']}s prior_scale={d.get('prior_scale', 1.0)}")
    print(f"wrote {args.out}")
    return 0


def _eval(args: argparse.Namespace) -> int:
    from detectors.verification.artifact import ArtifactError, load_artifact
    from detectors.verification.engine import evaluate, scorer_for
    from detectors.verification.guidelines import GuidelineError
    from detectors.verification.trajectory import TrajectoryError

    try:
        art = load_artifact(args.model)
        if not 0 <= args.stage < len(art.stages):
            raise ValueError(f"--stage {args.stage}: the model has {len(art.stages)} stage(s)")
        stage = art.stages[args.stage]
        scorer = scorer_for(stage)
        test = _runs(args.runs, args.filter)
        train = _runs(args.train_runs, args.train_filter) if args.train_runs else None
        res = evaluate(test, stage, train=train, scorer=scorer, bootstrap_n=args.bootstrap)
    except (GuidelineError, TrajectoryError, ArtifactError, ValueError) as exc:
        return _fail(str(exc))
    p, y = res.pop("_p"), res.pop("_y")
    if args.plot:
        from detectors.verification.plot import reliability_diagram

        reliability_diagram(y, p, args.plot, title=f"GLEAN ({','.join(stage.features.packs)}) on {Path(args.runs).name}",
                            baselines={k: v for k, v in res["baselines"].items()})
    if args.json:
        print(json.dumps(res, indent=2))
        return 0
    print(f"n={res['n']}  AUROC={res['auroc']:.3f} [{res['ci95']['auroc'][0]:.3f}, {res['ci95']['auroc'][1]:.3f}]  "
          f"Brier={res['brier']:.4f} [{res['ci95']['brier'][0]:.4f}, {res['ci95']['brier'][1]:.4f}]  "
          f"ECE={res['ece']:.3f} [{res['ci95']['ece'][0]:.3f}, {res['ci95']['ece'][1]:.3f}]  Risk@0.5={res['risk_at_half']:.3f}")
    print(f"{'baseline':18s} {'AUROC':>7s} {'Brier':>7s} {'ECE':>6s}   ΔAUROC (95% CI)          ΔBrier (95% CI)")
    for name, m in res["baselines"].items():
        da, db = m["delta_auroc_ci95"], m["delta_brier_ci95"]
        print(f"{name:18s} {m['auroc']:7.3f} {m['brier']:7.4f} {m['ece']:6.3f}   {da[0]:+.3f} [{da[1]:+.3f},{da[2]:+.3f}]   "
              f"{db[0]:+.4f} [{db[1]:+.4f},{db[2]:+.4f}]")
    print(f"(baselines fitted on {res['baselines_fitted_on']})")
    if args.plot:
        print(f"wrote {args.plot}")
    return 0
