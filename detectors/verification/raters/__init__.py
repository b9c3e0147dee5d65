"""Raters turn (guideline, step) into p in (0,1): the probability the step is aligned."""
from __future__ import annotations

from typing import Protocol

from detectors.verification.guidelines import Guideline
from detectors.verification.trajectory import Step, Trajectory

P_MIN, P_MAX = 0.02, 0.98  # ratings are evidence, never certainty: keeps logit(p) finite


def clip_p(p: float) -> float:
    p = float(p)
    if p != p:  # NaN compared as P_MIN: a broken rater read as a confident "no"
        raise ValueError("a rater returned NaN as a probability")
    return min(P_MAX, max(P_MIN, p))


class Rater(Protocol):
    """Rates many (trajectory, step) pairs for one guideline at once (batching for models).

    Returns one p per pair, or None where the guideline does not apply to that step.
    """

    name: str

    def supports(self, guideline: Guideline) -> bool: ...

    def rate(self, guideline: Guideline, items: list[tuple[Trajectory, Step]]) -> list[float | None]: ...
