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
from pydantic import BaseModel, ConfigDict, Field, StrictInt, ValidationError, field_validator

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
    if isinstance(v, str):
        return [v]
    if isinstance(v, list) and all(isinstance(x, str) for x in v):
        if not v:  # a norm that could match nothing: a `deny` that silently never applies
            raise ValueError("is an empty list: name at least one, or write 'any'")
        if "any" in v and len(v) > 1:
            raise ValueError(f"mixes 'any' with names ({', '.join(x for x in v if x != 'any')}): write 'any' alone, or the names")
        return None if "any" in v else v
    # a number, a mapping, a list of them: say so rather than fail on list(5)
    raise ValueError("must be a name, a list of names, or 'any'")


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
    priority: StrictInt = 0  # `priority: true` is a mistake, not priority 1

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

    @field_validator("sender")
    @classmethod
    def _known_senders(cls, v):
        for t in v or []:
            if t not in RECIPIENTS:  # a sender is one of the same roles a recipient can be
                raise ValueError(f"unknown sender {t!r} (known: {', '.join(RECIPIENTS)})")
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

    @field_validator("norms")
    @classmethod
    def _unique_ids(cls, v: list[Norm]) -> list[Norm]:
        first: dict[str, int] = {}
        for i, n in enumerate(v):
            if first.setdefault(n.id, i) != i:  # an audit record names the deciding norm by id
                raise ValueError(f"norm id {n.id!r} is used twice (norms.{first[n.id]} and norms.{i})")
        return v


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
    """A norm file that cannot be used; `errors` holds every problem, one line each."""

    def __init__(self, errors: list[str] | str):
        self.errors = [errors] if isinstance(errors, str) else list(errors)
        super().__init__("; ".join(self.errors))


def norms_path(path: str | Path | None = None) -> Path:
    """The file a `norms:` setting names: a path, a name in policies/privacy/, or the default."""
    p = Path(path) if path else NORMS_DIR / "default.yaml"
    if not p.suffix and not p.exists():
        p = NORMS_DIR / f"{p}.yaml"
    return p


def load_norms(path: str | Path | None = None) -> NormSet:
    """Load a norm set: a YAML file, a name in policies/privacy/, or the default. Read like a
    policy (YAML 1.2 booleans, a key given twice is an error: `action: deny` then `action:
    allow` must not load as allow); every problem is reported, each naming the file and field."""
    from guard.policy import load_yaml

    p = norms_path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise NormError(f"privacy norms: no such file {p}") from None
    except UnicodeDecodeError as exc:
        raise NormError(f"privacy norms {p}: not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:  # a folder, no permission
        raise NormError(f"privacy norms {p}: cannot read it ({exc.strerror or exc})") from None
    try:
        raw = load_yaml(text)
    except RecursionError:
        raise NormError(f"privacy norms {p}: nested too deeply to read") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        raise NormError(f"privacy norms {p}: invalid YAML{where}: {getattr(exc, 'problem', None) or exc}") from None
    if not isinstance(raw, dict):
        got = "an empty file" if raw is None else f"a {type(raw).__name__}"
        raise NormError(f"privacy norms {p}: must be a mapping with 'name' and 'norms', got {got}")
    try:
        return NormSet.model_validate(raw)
    except RecursionError:
        raise NormError(f"privacy norms {p}: nested too deeply to read") from None
    except ValidationError as exc:
        raise NormError([f"privacy norms {p}: field '{_where(err['loc'])}': {_message(err)}"
                         for err in exc.errors()]) from None


def _where(loc: tuple) -> str:
    # pydantic names a list/str union's branches ("data_type.list[str].0"): the author wrote data_type.0
    return ".".join(str(x) for x in loc if not (isinstance(x, str) and ("[" in x or x in ("str", "int")))) or "(root)"


def _message(err: dict) -> str:
    msg = err["msg"]
    return msg[len("Value error, "):] if msg.startswith("Value error, ") else msg


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
