"""Contextual-integrity norms: load them from YAML and resolve a flow to a decision.

A flow is the 5-tuple of contextual integrity (data type, subject, sender, recipient,
transmission principle/purpose). Norms are data (policies/privacy/*.yaml) so that a
deployment can tighten or relax them without code; the resolver is a pure function so
that the same flow always gets the same answer, with the norm that decided it.
"""
from __future__ import annotations

from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from detectors.privacy.taxonomy import DATA_TYPES
from guard.policy import data_path

SUBJECTS = ("self", "other", "child")
RECIPIENTS = (
    "subject", "user", "family", "friend", "colleague", "employer", "healthcare", "legal",
    "financial", "government", "education", "service_provider", "acquaintance", "public", "unknown",
)
PURPOSES = ("task_requires", "consent", "emergency", "commercial", "other")
NORMS_DIR = data_path("privacy")


class NormAction(StrEnum):
    ALLOW = "allow"
    MINIMISE = "minimise"
    DENY = "deny"

    @property
    def strictness(self) -> int:
        return {"allow": 0, "minimise": 1, "deny": 2}[self.value]


def _as_list(v):
    if v is None or v == "any":
        return None
    return [v] if isinstance(v, str) else list(v)


class Norm(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    action: NormAction
    why: str
    data_type: list[str] | None = None
    subject: list[str] | None = None
    sender: list[str] | None = None
    recipient: list[str] | None = None
    purpose: list[str] | None = None
    priority: int = 0

    @field_validator("data_type", "subject", "sender", "recipient", "purpose", mode="before")
    @classmethod
    def _listify(cls, v):
        return _as_list(v)

    @field_validator("data_type")
    @classmethod
    def _known_types(cls, v):
        for t in v or []:
            if t not in DATA_TYPES:
                raise ValueError(f"unknown data_type {t!r} (known: {', '.join(DATA_TYPES)})")
        return v

    @field_validator("subject")
    @classmethod
    def _known_subjects(cls, v):
        for t in v or []:
            if t not in SUBJECTS:
                raise ValueError(f"unknown subject {t!r} (known: {', '.join(SUBJECTS)})")
        return v

    @field_validator("recipient")
    @classmethod
    def _known_recipients(cls, v):
        for t in v or []:
            if t not in RECIPIENTS:
                raise ValueError(f"unknown recipient {t!r} (known: {', '.join(RECIPIENTS)})")
        return v

    @field_validator("purpose")
    @classmethod
    def _known_purposes(cls, v):
        for t in v or []:
            if t not in PURPOSES:
                raise ValueError(f"unknown purpose {t!r} (known: {', '.join(PURPOSES)})")
        return v

    @property
    def specificity(self) -> int:
        return (
            (self.data_type is not None) + (self.subject is not None) + (self.sender is not None)
            + 2 * (self.recipient is not None) + 2 * (self.purpose is not None)
        )

    def matches(self, flow: "Flow") -> bool:
        return all(
            allowed is None or value in allowed
            for allowed, value in (
                (self.data_type, flow.data_type), (self.subject, flow.subject),
                (self.sender, flow.sender), (self.recipient, flow.recipient), (self.purpose, flow.purpose),
            )
        )


class NormSet(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    version: int = 1
    norms: list[Norm] = Field(min_length=1)


class Flow(BaseModel):
    """One information flow in contextual-integrity terms."""

    data_type: str
    subject: Literal["self", "other", "child"] = "other"
    sender: str = "user"
    recipient: str = "unknown"
    purpose: str = "other"


class Resolution(BaseModel):
    flow: Flow
    action: NormAction
    norm_id: str
    why: str


class NormError(ValueError):
    pass


def load_norms(path: str | Path | None = None) -> NormSet:
    """Load a norm set: a YAML file, a name in policies/privacy/, or the default."""
    p = Path(path) if path else NORMS_DIR / "default.yaml"
    if not p.suffix and not p.exists():
        p = NORMS_DIR / f"{p}.yaml"
    try:
        raw = yaml.safe_load(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise NormError(f"privacy norms: no such file {p}") from None
    except yaml.YAMLError as exc:
        raise NormError(f"privacy norms {p}: invalid YAML ({exc})") from None
    try:
        return NormSet.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(x) for x in err["loc"])
        raise NormError(f"privacy norms {p}: field '{where}': {err['msg']}") from None


@lru_cache(maxsize=16)
def cached_norms(path: str | None = None) -> NormSet:
    return load_norms(path)


def resolve(flow: Flow, norms: NormSet) -> Resolution:
    """The deciding norm for a flow: priority, then specificity, then strictness."""
    matching = [n for n in norms.norms if n.matches(flow)]
    if not matching:
        return Resolution(flow=flow, action=NormAction.MINIMISE, norm_id="(none)",
                          why="No norm covers this flow; minimising by default.")
    best = max(matching, key=lambda n: (n.priority, n.specificity, n.action.strictness))
    return Resolution(flow=flow, action=best.action, norm_id=best.id, why=best.why)


def resolve_types(types: set[str], base: Flow, norms: NormSet) -> Resolution:
    """Resolve every data type of a finding and keep the strictest outcome."""
    results = [resolve(base.model_copy(update={"data_type": t}), norms) for t in sorted(types)]
    return max(results, key=lambda r: r.action.strictness)
