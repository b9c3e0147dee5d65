"""Glue: packs + raters + trajectories → features → fitted stages / predictions / evaluation."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

import numpy as np

from detectors.verification.artifact import (
    Artifact, ArtifactError, FeatureSpec, PackRecord, Stage, check_hash, library_versions,
)
from detectors.verification.features import Ratings, default_raters, features, guideline_keys, rate, simple_baselines
from detectors.verification.guidelines import GuidelineError, GuidelinePack, load_pack, load_packs, pack_hash, parse_pack
from detectors.verification.predictor import Predictor, stage_from_fit
from detectors.verification.trajectory import Trajectory


@dataclass
class Scored:
    X: np.ndarray
    ratings: Ratings


class Scorer:
    """Rates trajectories against a fixed list of packs with fixed raters."""

    def __init__(self, packs: Sequence[GuidelinePack], raters: dict[str, Any] | None = None, beta: float = 0.5):
        self.packs = list(packs)
        self.raters = raters if raters is not None else default_raters(self.packs)
        self.beta = beta

    @property
    def hash(self) -> str:
        return pack_hash(self.packs)

    def score(self, trajs: Sequence[Trajectory]) -> Scored:
        r = rate(trajs, self.packs, self.raters)
        return Scored(np.asarray(features(r, self.beta), float).reshape(len(trajs), len(r.keys)), r)

    def spec(self, ratings: Ratings) -> FeatureSpec:
        return FeatureSpec(packs=[p.name for p in self.packs], guidelines=ratings.keys, beta=self.beta, raters=ratings.raters_used)

    def records(self) -> list[PackRecord]:
        return [PackRecord(builtin=p.builtin, definition=p.model_dump(mode="json")) for p in self.packs]


def stage_packs(stage: Stage) -> list[GuidelinePack]:
    """The packs a stage was fitted with, rebuilt from the model file.

    Custom packs come from their embedded definitions (the file they were read from is
    not needed). Built-in packs come from the library, so a model fitted on a built-in
    pack that has since been reworded is refused by `scorer_for`'s hash check.
    Models without embedded packs look theirs up by name.
    """
    if not stage.pack_defs:
        return load_packs(stage.features.packs)
    embedded = []
    for i, rec in enumerate(stage.pack_defs):
        try:
            embedded.append(parse_pack(rec.definition, source=f"pack_defs[{i}]"))
        except GuidelineError as exc:
            raise ArtifactError(f"the model's embedded pack is invalid: {exc}") from exc
    if pack_hash(embedded) != stage.pack_hash:
        raise ArtifactError("the model's embedded pack definitions do not match its pack_hash (was the model file edited?); "
                            "re-run `guard calibrate`")
    return [load_pack(pk.name) if rec.builtin else pk for pk, rec in zip(embedded, stage.pack_defs)]


def task_group(t: Trajectory) -> str:
    """Runs of the same task share a group: the task id when recorded, else the request text."""
    return str(t.meta.get("user_task_id") and f"{t.meta.get('suite_name')}/{t.meta['user_task_id']}" or t.task.strip().lower())


def fit_stage(trajs: Sequence[Trajectory], scorer: Scorer, prior: str = "positive", draws: int = 500, tune: int = 500,
              chains: int = 2, seed: int = 0, hierarchy: str = "none", prior_scale: float | str = "auto") -> Stage:
    """Rate, pick the weights' prior scale (`"auto"`: by held-out-task likelihood), fit with NUTS."""
    from detectors.verification.calibrate import fit
    from detectors.verification.prior_scale import choose_prior_scale, is_scale

    if prior_scale != "auto" and not is_scale(prior_scale):
        raise ValueError(f"prior_scale must be 'auto' or a positive number, got {prior_scale!r}")
    labelled = [t for t in trajs if t.label is not None]
    if len(labelled) < 10:
        raise ValueError(f"need at least 10 labelled runs to calibrate, got {len(labelled)}")
    sc = scorer.score(labelled)
    y = np.array([t.label for t in labelled], int)
    if hierarchy not in ("task", "none"):
        raise ValueError(f"hierarchy must be 'task' or 'none', got {hierarchy!r}")
    tasks = [task_group(t) for t in labelled]
    groups = tasks if hierarchy == "task" else None
    if groups is not None and len(set(groups)) < 2:
        groups = None  # one task only: nothing to learn about task-to-task spread
    if prior_scale == "auto":
        choice = choose_prior_scale(sc.X, y, tasks, prior, seed=seed)
    else:
        choice = {"scale": float(prior_scale), "held_out_log_loss": [], "groups": len(set(tasks)), "reason": "given"}
    fitted = fit(sc.X, y, prior=prior, draws=draws, tune=tune, chains=chains, seed=seed, groups=groups,
                 scale=choice["scale"])
    training = {"n": len(labelled), "positives": int(y.sum()), "hierarchy": hierarchy if groups else "none",
                "groups": len(set(groups)) if groups else 1, "prior_scale": choice}
    return stage_from_fit(fitted, scorer.spec(sc.ratings), scorer.hash, training, scorer.records())


def calibrate(trajs: Sequence[Trajectory], packs: Sequence[GuidelinePack], expand: Sequence[GuidelinePack] = (),
              beta: float = 0.5, prior: str = "positive", draws: int = 500, tune: int = 500, seed: int = 0,
              raters: dict[str, Any] | None = None, hierarchy: str = "none", prior_scale: float | str = "auto") -> Artifact:
    """Stage 0 on `packs`; stage 1 on `packs + expand` when costly packs are given."""
    both = {p.name for p in packs} & {p.name for p in expand}
    if both:  # stage 1 would rate the pack twice under the same keys: a model no one could load
        raise ValueError(f"pack {', '.join(sorted(both))} is given both in --guidelines and --expand")
    # `costly` says where a pack is rated: a costly one on every answer would put its slow raters
    # on the hot path, and a cheap one as the expansion would add nothing worth waiting for
    costly = [p.name for p in packs if p.costly]
    if costly:
        raise ValueError(f"pack {', '.join(costly)} is costly (rated only in active verification): give it with --expand")
    cheap = [p.name for p in expand if not p.costly]
    if cheap:
        raise ValueError(f"pack {', '.join(cheap)} is not costly: --expand takes packs marked `costly: true` "
                         "(give it with --guidelines)")
    stages = [fit_stage(trajs, Scorer(packs, raters, beta), prior, draws, tune, seed=seed, hierarchy=hierarchy,
                        prior_scale=prior_scale)]
    if expand:
        allp = list(packs) + list(expand)
        stages.append(fit_stage(trajs, Scorer(allp, raters, beta), prior, draws, tune, seed=seed, hierarchy=hierarchy,
                                prior_scale=prior_scale))
    return Artifact(versions=library_versions(), stages=stages)


def scorer_for(stage: Stage, packs: Sequence[GuidelinePack] | None = None, raters: dict[str, Any] | None = None) -> Scorer:
    """The scorer a stage was fitted with; refuses packs whose hash differs."""
    packs = list(packs) if packs is not None else stage_packs(stage)
    scorer = Scorer(packs, raters, stage.features.beta)
    check_hash(stage, scorer.hash, [p.name for p in packs])
    keys = guideline_keys(packs)
    if stage.features.guidelines != keys:  # renamed or reordered: weights would meet the wrong features
        raise ArtifactError(f"the model's features.guidelines ({len(stage.features.guidelines)}) do not match its packs' "
                            f"guidelines ({len(keys)}) in order: the model file was edited or is damaged")
    for pk in packs:
        for g in pk.guidelines:
            key = f"{pk.name}.{g.id}"
            now = [n for n in g.raters() if n in scorer.raters]
            if key not in stage.features.raters:  # the record is what tells a judge-fitted model from another
                raise ArtifactError(f"the model's features.raters has no entry for {key}: the model file was edited "
                                    "or is damaged (fit it again with `guard calibrate`)")
            if now != stage.features.raters[key]:
                raise ArtifactError(f"guideline {key} was rated by {stage.features.raters[key]} when fitted but would be "
                                    f"rated by {now} now (configure the same raters, e.g. the LLM judge)")
    return scorer


def evaluate(trajs: Sequence[Trajectory], stage: Stage, train: Sequence[Trajectory] | None = None,
             scorer: Scorer | None = None, bootstrap_n: int = 1000) -> dict[str, Any]:
    """Metrics for the model and for the baselines on the same test runs.

    Baselines that need fitting (MLE logistic on the same features, the length
    heuristic) are fitted on `train` when given; without training runs they are fitted
    on the test runs themselves, which flatters them (reported as `baselines_fitted_on`).
    """
    from detectors.verification import metrics as M

    scorer = scorer or scorer_for(stage)
    test = [t for t in trajs if t.label is not None]
    if not test:
        raise ValueError("no labelled runs to evaluate")
    y = np.array([t.label for t in test], int)
    sc = scorer.score(test)
    pred = Predictor(stage).predict_many(sc.X)
    p = pred["p"]
    out: dict[str, Any] = M.all_metrics(y, p)
    out["ci95"] = {k: M.bootstrap(y, p, f, n=bootstrap_n) for k, f in (("auroc", M.auroc), ("brier", M.brier), ("ece", M.ece))}
    out["reliability"] = M.reliability(y, p)
    out["mean_entropy"] = float(pred["entropy"].mean())

    fit_on = [t for t in (train or []) if t.label is not None] or test
    sc_fit = scorer.score(fit_on) if fit_on is not test else sc
    y_fit = np.array([t.label for t in fit_on], int)
    base: dict[str, np.ndarray] = {k: np.asarray(v) for k, v in simple_baselines(sc.ratings, test).items()}
    if len(set(y_fit.tolist())) > 1:
        base["mle_logistic"] = M.fit_logistic_mle(sc_fit.X, y_fit)(sc.X)
        L_fit = np.log1p([[len(t.steps)] for t in fit_on])
        base["length_heuristic"] = M.fit_logistic_mle(L_fit, y_fit)(np.log1p([[len(t.steps)] for t in test]))
    else:  # fitted on one class they predict it exactly: Brier 0 on these very runs, a baseline "beating" GLEAN
        out["baselines_not_fitted"] = {
            "names": ["mle_logistic", "length_heuristic"],
            "reason": "the runs they would learn from are all one class (give --train-runs with both)"}
    out["baselines"] = {}
    for name, pb in base.items():
        m = M.all_metrics(y, pb)
        m.pop("n")
        m["delta_auroc_ci95"] = M.paired_bootstrap_diff(y, p, pb, M.auroc, n=bootstrap_n)
        m["delta_brier_ci95"] = M.paired_bootstrap_diff(y, p, pb, M.brier, n=bootstrap_n)
        out["baselines"][name] = m
    out["baselines_fitted_on"] = "train" if fit_on is not test else "test (no --train-runs given)"
    out["_p"] = p
    out["_y"] = y
    return out
