"""Step ratings → accumulated evidence → the feature vector the calibrator sees.

Per guideline g the evidence accumulates in logit space along the trajectory,
s_t = β·s_{t−1} + logit(p_t), over the steps where g applies (β < 1 lets later
steps weigh more: a fixed error counts less than one left at the end). A guideline
that never applies contributes s = 0, i.e. no evidence either way.

Feature vector (documented in the artifact's `feature_spec`): one final score s_T per
guideline, in pack order, named `pack.guideline`. Nothing else: trajectory length is a
baseline here, not a feature, so the model cannot win by counting steps.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

from detectors.verification.guidelines import Guideline, GuidelinePack
from detectors.verification.raters import clip_p
from detectors.verification.trajectory import Step, Trajectory, iter_applicable


def logit(p: float) -> float:
    return math.log(p / (1.0 - p))


def accumulate(ps: Iterable[float], beta: float = 0.5) -> float:
    """Final score of s_t = β·s_{t−1} + logit(p_t), s_0 = 0."""
    if not 0.0 <= beta <= 1.0:
        raise ValueError(f"beta must be in [0, 1], got {beta}")
    s = 0.0
    for p in ps:
        s = beta * s + logit(p)
    return s


def accumulate_path(ps: Iterable[float], beta: float = 0.5) -> list[float]:
    """Every s_t (for explanations: where the evidence turned)."""
    s, out = 0.0, []
    for p in ps:
        s = beta * s + logit(p)
        out.append(s)
    return out


@dataclass
class Ratings:
    """Per trajectory: guideline key → [(step index, p)], in step order."""

    by_guideline: list[dict[str, list[tuple[int, float]]]]
    keys: list[str]
    raters_used: dict[str, list[str]] = field(default_factory=dict)


def guideline_keys(packs: Sequence[GuidelinePack]) -> list[str]:
    return [f"{p.name}.{g.id}" for p in packs for g in p.guidelines]


def rate(trajs: Sequence[Trajectory], packs: Sequence[GuidelinePack], raters: dict[str, Any]) -> Ratings:
    """Rate every applicable step of every trajectory, one batch per guideline and rater.

    A guideline rated by several available raters gets the mean of their logits.
    A guideline none of whose raters is available is an error: silently dropping
    it would change the meaning of the feature vector.
    """
    keys = guideline_keys(packs)
    out: list[dict[str, list[tuple[int, float]]]] = [{k: [] for k in keys} for _ in trajs]
    used: dict[str, list[str]] = {}
    for pack in packs:
        for g in pack.guidelines:
            key = f"{pack.name}.{g.id}"
            names = [n for n in g.raters() if n in raters]
            if not names:
                raise ValueError(f"guideline {key} needs a {' or '.join(g.raters())} rater, none is configured")
            used[key] = names
            items: list[tuple[Trajectory, Step]] = []
            owners: list[int] = []
            for ti, t in enumerate(trajs):
                for s in iter_applicable(t, g.applies):
                    items.append((t, s))
                    owners.append(ti)
            if not items:
                continue
            per_rater = [_checked_ratings(n, key, raters[n].rate(g, items), len(items)) for n in names]
            for i, (ti, (_, step)) in enumerate(zip(owners, items)):
                ls = [logit(r[i]) for r in per_rater if r[i] is not None]
                if ls:
                    m = sum(ls) / len(ls)
                    out[ti][key].append((step.index, 1.0 / (1.0 + math.exp(-m))))
    return Ratings(out, keys, used)


def _checked_ratings(name: str, key: str, ps: Sequence[float | None], n: int) -> list[float | None]:
    """A rater's answers as probabilities the logit can take (0 and 1 clipped); a wrong count, or a
    value that is no probability, is an error naming the rater, not a `math domain error`."""
    ps = list(ps)
    if len(ps) != n:
        raise ValueError(f"rater {name!r} returned {len(ps)} ratings for {n} steps of guideline {key}")
    out: list[float | None] = []
    for p in ps:
        if p is None:
            out.append(None)
            continue
        try:
            v = float(p)
        except (TypeError, ValueError):
            raise ValueError(f"rater {name!r} rated a step of guideline {key} {p!r}: not a probability") from None
        if not 0.0 <= v <= 1.0:  # NaN fails this too
            raise ValueError(f"rater {name!r} rated a step of guideline {key} {v!r}: a probability is in [0, 1]")
        out.append(clip_p(v))
    return out


def features(ratings: Ratings, beta: float = 0.5) -> list[list[float]]:
    return [[accumulate((p for _, p in r[k]), beta) for k in ratings.keys] for r in ratings.by_guideline]


def failing(ratings_one: dict[str, list[tuple[int, float]]], beta: float = 0.5) -> dict[str, float]:
    """Guidelines whose accumulated evidence is negative, worst first (what a re-plan should fix)."""
    scores = {k: accumulate((p for _, p in v), beta) for k, v in ratings_one.items() if v}
    return dict(sorted(((k, round(s, 3)) for k, s in scores.items() if s < 0), key=lambda kv: kv[1]))


def default_raters(packs: Sequence[GuidelinePack], judge: Any = None, embedder: Any = None) -> dict[str, Any]:
    """Rule rater always; the embedding rater when a pack uses exemplars; the judge only when given."""
    from detectors.verification.raters.rules import RuleRater

    raters: dict[str, Any] = {"rule": RuleRater()}
    if any(g.exemplars for p in packs for g in p.guidelines):
        from detectors.verification.raters.embedding import EmbeddingRater

        raters["embedding"] = EmbeddingRater(embedder)
    if judge is not None:
        raters["judge"] = judge
    return raters


def simple_baselines(ratings: Ratings, trajs: Sequence[Trajectory]) -> dict[str, list[float]]:
    """Raw (uncalibrated) baselines that need no fitting: mean rating and last-step rating."""
    mean_r, last_r = [], []
    for r in ratings.by_guideline:
        allp = [p for k in ratings.keys for _, p in r[k]]
        mean_r.append(sum(allp) / len(allp) if allp else 0.5)
        last_idx = max((i for k in ratings.keys for i, _ in r[k]), default=None)
        lastp = [p for k in ratings.keys for i, p in r[k] if i == last_idx]
        last_r.append(sum(lastp) / len(lastp) if lastp else 0.5)
    return {"mean_rating": mean_r, "last_step_rating": last_r}
