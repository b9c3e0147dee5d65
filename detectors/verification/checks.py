"""Differential checks for active verification: pluggable callables.

A check is `fn(trajectory, event) -> CheckResult | float | bool | None` — an
independent second look at the outcome (re-query a source, recompute a figure, ask
another model). Its q = P(correct | this check alone) is folded into the calibrated p
as independent evidence: logit p' = logit p + weight·logit q. None means "no opinion".
A number (int or float, CheckResult.q too) is q itself and must lie in [0, 1]; it is
clipped to [0.02, 0.98] so one check cannot decide alone. A bool is a pass/fail vote
worth q = 0.8 / 0.2. Anything else (NaN, ±inf, 80, a string) is an error the gate
records, never evidence. Reference one from a policy as `"module.path:function"`.
"""
from __future__ import annotations

import decimal
import importlib
import math
import numbers
from dataclasses import dataclass, field
from typing import Any, Callable

from detectors.verification.trajectory import Trajectory


@dataclass
class CheckResult:
    q: float
    detail: dict[str, Any] = field(default_factory=dict)


Check = Callable[[Trajectory, Any], "CheckResult | float | bool | None"]


def resolve(ref: str | Check) -> Check:
    if callable(ref):
        return ref
    mod, _, attr = str(ref).partition(":")
    if not mod or not attr:
        raise ValueError(f"check {ref!r} must look like 'package.module:function'")
    fn = getattr(importlib.import_module(mod), attr, None)
    if not callable(fn):
        raise ValueError(f"check {ref!r}: {attr!r} is not a callable in {mod}")
    return fn


def _probability(q: Any, what: str) -> float:
    if isinstance(q, decimal.Decimal):
        q = float(q)
    if isinstance(q, bool) or not isinstance(q, numbers.Real):
        raise ValueError(f"{what} must be a probability in [0, 1], got {type(q).__name__} {q!r}")
    q = float(q)
    if not 0.0 <= q <= 1.0:  # NaN fails this too
        raise ValueError(f"{what} must be a probability in [0, 1], got {q!r}")
    return min(0.98, max(0.02, q))


def normalise(out: Any) -> CheckResult | None:
    """A check's return value as evidence; ValueError for one that is not (see the module doc)."""
    if out is None:
        return None
    if isinstance(out, CheckResult):
        return CheckResult(_probability(out.q, "CheckResult.q"), out.detail)
    if isinstance(out, bool) or (type(out).__module__ == "numpy" and type(out).__name__ in ("bool", "bool_")):  # numpy's too
        return CheckResult(0.8 if bool(out) else 0.2)
    return CheckResult(_probability(out, "a check's result"))


def fold(p: float, q: float, weight: float = 1.0) -> float:
    """`p` moved by a check's evidence `q` (its logit times `weight`); never 0 or 1 exactly."""
    if not (math.isfinite(p) and math.isfinite(q)):  # NaN passed the clamp below as p = 1
        raise ValueError(f"cannot fold a check's evidence into P = {p!r} with q = {q!r}")
    lp = math.log(p / (1 - p)) + weight * math.log(q / (1 - q))
    lp = max(-36.0, min(36.0, lp))  # exp overflowed past ~709 (a "wrong" vote became an error); 36: p stays below 1
    return 1 / (1 + math.exp(-lp))


def failed_actions_recovered(traj: Trajectory, event: Any = None) -> CheckResult | None:
    """Every state-changing call that errored was later repeated without an error."""
    calls = [s for s in traj.steps if s.kind == "observation"]
    if not any(s.kind == "action" for s in traj.steps):
        return None
    failed = {s.tool for s in calls if s.error}
    recovered = {s.tool for s in calls if not s.error}
    open_failures = sorted(t for t in failed if t not in recovered)
    return CheckResult(0.3 if open_failures else 0.6, {"open_failures": open_failures})
