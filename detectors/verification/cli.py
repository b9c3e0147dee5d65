"""`guard calibrate` and `guard eval calibration`."""
from __future__ import annotations

import argparse
import json
import math
import os
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
    _judge_flags(p)
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
    _judge_flags(e)
    e.add_argument("--bootstrap", type=int, default=1000)
    e.add_argument("--json", action="store_true", help="print JSON")
    e.add_argument("--plot", default=None, help="write a reliability diagram (PNG)")
    e.set_defaults(func=_eval)


def _judge_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument("--judge-url", default=None, help="LLM judge: an OpenAI-compatible base URL (rates the guidelines "
                   "that name a judge question; the gate then needs the same `judge:`)")
    p.add_argument("--judge-model", default=None, help="LLM judge: the model name")
    p.add_argument("--judge-key-env", default="OPENAI_API_KEY", help="LLM judge: the variable holding its API key")


def _judge(args: argparse.Namespace):
    """The judge rater the flags ask for, or None."""
    if args.judge_url is None and args.judge_model is None:
        return None
    if not (args.judge_url and args.judge_model):
        raise ValueError("--judge-url and --judge-model go together")
    from pydantic import ValidationError

    from detectors.verification.raters.llm_judge import JudgeRater

    try:
        return JudgeRater({"base_url": args.judge_url, "model": args.judge_model, "api_key_env": args.judge_key_env or None})
    except ValidationError as exc:
        raise ValueError(f"--judge-*: {exc.errors()[0]['msg']}") from None


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


def _writable(path: str | Path, flag: str) -> Path:
    """Refuse an output path before the work rather than after it: a directory, or a place we cannot write."""
    p = Path(path)
    if p.is_dir():
        raise ValueError(f"{flag} {str(path)!r} is a directory; give a file path")
    if p.parent.is_dir():
        existed = p.exists()
        try:
            with open(p, "ab"):
                pass
        except OSError as exc:
            raise ValueError(f"{flag} {str(path)!r}: cannot write there ({exc.strerror or exc})") from exc
        if not existed:
            p.unlink(missing_ok=True)  # a failed run leaves nothing behind
        return p
    # missing folders are not made yet (a failed run left them behind): they are made when the
    # result is written
    base = p.parent
    while not base.exists() and base != base.parent:
        base = base.parent
    if not base.is_dir() or not os.access(base, os.W_OK | os.X_OK):
        raise ValueError(f"{flag} {str(path)!r}: cannot write there ({base} is not a writable folder)")
    return p


def _plot_path(text: str) -> Path:
    """The file the diagram is written to: matplotlib adds `.png` to a name without a suffix."""
    p = Path(text)
    if p.is_dir():
        raise ValueError(f"--plot {text!r} is a directory; give a file path such as {str(p / 'reliability.png')!r}")
    if not p.suffix:
        p = p.with_name(p.name + ".png")
    elif p.suffix.lower() not in (".png", ".svg", ".pdf"):
        raise ValueError(f"--plot {text!r}: the file must end in .png, .svg or .pdf")
    return _writable(p, "--plot")


def _at_least(args: argparse.Namespace, **minimum: int) -> None:
    for name, lo in minimum.items():
        if getattr(args, name) < lo:
            raise ValueError(f"--{name} must be {'a positive integer' if lo == 1 else 'an integer ≥ 0'}, got {getattr(args, name)}")


def _finite(obj):
    """NaN/inf → None, so `--json` prints valid JSON (null: a metric that cannot be computed)."""
    if isinstance(obj, float):
        return obj if math.isfinite(obj) else None
    if isinstance(obj, dict):
        return {k: _finite(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_finite(v) for v in obj]
    return obj


def _num(v: float, fmt: str) -> str:
    return format(v, fmt) if math.isfinite(v) else "n/a"


# below these the posterior draws are not a trustworthy sample (the usual R-hat bound; ESS of 100 is tiny)
R_HAT_MAX = 1.05
ESS_MIN = 100


def _prior_scale(text: str) -> float | str:
    if text == "auto":
        return text
    from detectors.verification.prior_scale import MAX_SCALE, MIN_SCALE, is_scale

    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not is_scale(value):
        raise ValueError(f"--prior-scale must be 'auto' or a number from {MIN_SCALE:g} to {MAX_SCALE:g}, got {text!r}")
    return value


def _calibrate(args: argparse.Namespace) -> int:
    from detectors.verification.artifact import ArtifactError
    from detectors.verification.engine import calibrate
    from detectors.verification.features import default_raters
    from detectors.verification.guidelines import GuidelineError, load_packs
    from detectors.verification.raters.llm_judge import JudgeError
    from detectors.verification.trajectory import TrajectoryError

    try:
        _at_least(args, draws=1, tune=0, seed=0)
        if not 0 <= args.beta <= 1:
            raise ValueError("--beta must be in [0, 1]")
        out = _writable(args.out, "--out")
        packs = load_packs(args.guidelines)
        expand = load_packs(args.expand) if args.expand else []
        judge = _judge(args)
        raters = default_raters([*packs, *expand], judge=judge) if judge is not None else None
        runs = _runs(args.runs, args.filter)
        art = calibrate(runs, packs, expand, beta=args.beta, prior=args.prior, draws=args.draws, tune=args.tune, seed=args.seed,
                        hierarchy=args.hierarchy, prior_scale=_prior_scale(args.prior_scale), raters=raters)
    except (GuidelineError, TrajectoryError, ArtifactError, JudgeError, ValueError, OSError) as exc:
        return _fail(str(exc))
    try:
        art.save(out)
    except OSError as exc:
        return _fail(f"--out {args.out!r}: cannot write the model ({exc.strerror or exc})")
    for i, st in enumerate(art.stages):
        d = st.diagnostics
        print(f"stage {i} ({','.join(st.features.packs)}): n={st.training['n']} features={len(st.features.guidelines)} "
              f"r_hat_max={d['r_hat_max']:.3f} ess_bulk_min={d['ess_bulk_min']:.0f} divergences={d['divergences']} "
              f"sampling={d['seconds']}s prior_scale={d.get('prior_scale', 1.0)}")
        if not (d["r_hat_max"] <= R_HAT_MAX and d["ess_bulk_min"] >= ESS_MIN):  # NaN counts as not converged
            print(f"guard: warning: stage {i} did not converge (r_hat_max={d['r_hat_max']:.3f}, want ≤ {R_HAT_MAX}; "
                  f"ess_bulk_min={d['ess_bulk_min']:.0f}, want ≥ {ESS_MIN}): its predictions are unreliable; "
                  f"re-run with more --draws and --tune", file=sys.stderr)
    print(f"wrote {out}")
    return 0


def _eval(args: argparse.Namespace) -> int:
    from detectors.verification.artifact import ArtifactError, load_artifact
    from detectors.verification.engine import evaluate, scorer_for, stage_packs
    from detectors.verification.features import default_raters
    from detectors.verification.guidelines import GuidelineError
    from detectors.verification.raters.llm_judge import JudgeError
    from detectors.verification.trajectory import TrajectoryError

    try:
        _at_least(args, bootstrap=1)
        plot = _plot_path(args.plot) if args.plot else None
        art = load_artifact(args.model)
        if not 0 <= args.stage < len(art.stages):
            raise ValueError(f"--stage {args.stage}: the model has {len(art.stages)} stage(s)")
        stage = art.stages[args.stage]
        judge = _judge(args)
        if judge is None:
            scorer = scorer_for(stage)
        else:
            packs = stage_packs(stage)
            scorer = scorer_for(stage, packs, default_raters(packs, judge=judge))
        test = _runs(args.runs, args.filter)
        train = _runs(args.train_runs, args.train_filter) if args.train_runs else None
        if train is not None and len({t.label for t in train if t.label is not None}) < 2:
            # the fitted baselines would be constant, and GLEAN would "beat" them
            raise ValueError(f"--train-runs {args.train_runs}: the runs must hold both correct and incorrect ones")
        res = evaluate(test, stage, train=train, scorer=scorer, bootstrap_n=args.bootstrap)
    except (GuidelineError, TrajectoryError, ArtifactError, JudgeError, ValueError) as exc:
        return _fail(str(exc))
    p, y = res.pop("_p"), res.pop("_y")
    if not math.isfinite(res["auroc"]):
        res["note"] = "AUROC (and ΔAUROC) n/a: the test runs are all one class"
    if args.json:
        print(json.dumps(_finite(res), indent=2, allow_nan=False))
    else:
        ci = res["ci95"]
        print(f"n={res['n']}  AUROC={_num(res['auroc'], '.3f')} [{_num(ci['auroc'][0], '.3f')}, {_num(ci['auroc'][1], '.3f')}]  "
              f"Brier={res['brier']:.4f} [{_num(ci['brier'][0], '.4f')}, {_num(ci['brier'][1], '.4f')}]  "
              f"ECE={res['ece']:.3f} [{_num(ci['ece'][0], '.3f')}, {_num(ci['ece'][1], '.3f')}]  Risk@0.5={res['risk_at_half']:.3f}")
        print(f"{'baseline':18s} {'AUROC':>7s} {'Brier':>7s} {'ECE':>6s}   ΔAUROC (95% CI)          ΔBrier (95% CI)")
        for name, m in res["baselines"].items():
            da, db = m["delta_auroc_ci95"], m["delta_brier_ci95"]
            print(f"{name:18s} {_num(m['auroc'], '7.3f'):>7s} {m['brier']:7.4f} {m['ece']:6.3f}   "
                  f"{_num(da[0], '+.3f')} [{_num(da[1], '+.3f')},{_num(da[2], '+.3f')}]   "
                  f"{_num(db[0], '+.4f')} [{_num(db[1], '+.4f')},{_num(db[2], '+.4f')}]")
        print(f"(baselines fitted on {res['baselines_fitted_on']})")
        if "baselines_not_fitted" in res:
            skipped = res["baselines_not_fitted"]
            print(f"({', '.join(skipped['names'])} not fitted: {skipped['reason']})")
        if "note" in res:
            print(f"({res['note']})")
    if plot:
        from detectors.verification.plot import reliability_diagram

        try:
            written = reliability_diagram(y, p, plot, title=f"GLEAN ({','.join(stage.features.packs)}) on {Path(args.runs).name}",
                                          baselines={k: v for k, v in res["baselines"].items()})
        except OSError as exc:
            return _fail(f"--plot {args.plot!r}: cannot write the diagram ({exc.strerror or exc})")
        if not args.json:
            print(f"wrote {written}")
    return 0
