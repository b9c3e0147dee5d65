"""Guideline packs: the expert protocol GLEAN rates every step against.

A pack is data (YAML under `policies/guidelines/` or any path), validated here so a
typo fails at load with the field's path. Its hash is stored in every calibration
artifact: a model fitted on one wording of the guidelines must not score another.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator, model_validator

from guard.policy import data_path

STEP_KINDS = ("task", "plan", "lookup", "action", "observation", "answer")
StepKind = Literal["task", "plan", "lookup", "action", "observation", "answer"]
HookName = Literal["input", "model_response", "tool_call", "tool_result", "output"]
PACK_DIR = data_path("guidelines")  # shipped with the package: loads from a wheel too


class GuidelineError(ValueError):
    """A guideline pack could not be found or did not validate."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Applies(_Strict):
    """Where a guideline is rated. Empty lists mean "any"; all given filters must match."""

    hooks: list[HookName] = Field(default_factory=list)
    step_kinds: list[StepKind] = Field(default_factory=list)
    tools: list[str] = Field(default_factory=list, description="fnmatch patterns on the tool name")


class RuleSpec(_Strict):
    """A deterministic criterion from `detectors.verification.raters.rules.CRITERIA`."""

    criterion: str
    params: dict[str, Any] = Field(default_factory=dict)

    @field_validator("criterion")
    @classmethod
    def _known(cls, v: str) -> str:
        from detectors.verification.raters.rules import CRITERIA

        if v not in CRITERIA:
            raise ValueError(f"unknown criterion {v!r} (known: {', '.join(sorted(CRITERIA))})")
        return v


class Exemplars(_Strict):
    """Examples of aligned / misaligned steps for the embedding rater."""

    aligned: list[str] = Field(default_factory=list)
    misaligned: list[str] = Field(default_factory=list)
    reference: Literal["exemplars", "task"] = Field(
        "exemplars", description="'task': rate by similarity of the step to the user's request instead"
    )
    scale: float = Field(12.0, gt=0, le=1000, allow_inf_nan=False,
                         description="logit slope per unit of cosine-similarity difference")
    center: float = Field(0.0, ge=-2, le=2, allow_inf_nan=False,
                          description="similarity difference (or similarity, for reference=task) rated 0.5")

    @model_validator(mode="after")
    def _both(self) -> "Exemplars":
        if self.reference == "exemplars" and (not self.aligned or not self.misaligned):
            raise ValueError("exemplars need at least one aligned and one misaligned example")
        return self


class JudgeSpec(_Strict):
    """A yes/no question for an LLM judge; "yes" means the step is aligned."""

    question: str


class Guideline(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    text: str
    applies: Applies = Field(default_factory=Applies)
    rule: RuleSpec | None = None
    exemplars: Exemplars | None = None
    judge: JudgeSpec | None = None

    @model_validator(mode="after")
    def _rated_somehow(self) -> "Guideline":
        if not (self.rule or self.exemplars or self.judge):
            raise ValueError(f"guideline {self.id!r} needs a rule, exemplars or a judge question")
        if self.rule:
            from detectors.verification.raters.rules import check_params

            try:
                check_params(self.rule.criterion, self.rule.params)
            except ValueError as exc:
                raise ValueError(f"guideline {self.id!r}: rule.params: {exc}") from None
        return self

    def raters(self) -> list[str]:
        return [n for n, v in (("rule", self.rule), ("embedding", self.exemplars), ("judge", self.judge)) if v]


class GuidelinePack(_Strict):
    name: str = Field(pattern=r"^[a-z][a-z0-9_-]*$")
    version: int = 1
    description: str = ""
    domain: str | None = Field(None, description="null for a domain-agnostic pack")
    costly: bool = Field(False, description="only rated during active verification (slow raters)")
    guidelines: list[Guideline] = Field(min_length=1)
    # loaded from the library's own pack folder: a model fitted on it is checked against the library's
    # current copy (not part of the hash, so where a pack was read from never changes a fitted model)
    _builtin: bool = PrivateAttr(False)

    @property
    def builtin(self) -> bool:
        return self._builtin

    @model_validator(mode="after")
    def _unique(self) -> "GuidelinePack":
        seen: set[str] = set()
        for g in self.guidelines:
            if g.id in seen:
                raise ValueError(f"duplicate guideline id {g.id!r}")
            seen.add(g.id)
        return self

    def digest(self) -> str:
        return pack_hash([self])


def pack_hash(packs: list[GuidelinePack]) -> str:
    """sha256 over the packs' canonical JSON, in order: what a fitted model depends on."""
    blob = json.dumps([p.model_dump(mode="json") for p in packs], sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode()).hexdigest()


def available_packs() -> list[str]:
    return sorted(p.stem for p in PACK_DIR.glob("*.yaml"))


def load_pack(name_or_path: str | Path) -> GuidelinePack:
    """Load a pack by built-in name (`general`) or by file path; errors name the field."""
    path = Path(name_or_path)
    if not path.suffix and not path.exists():
        path = PACK_DIR / f"{name_or_path}.yaml"
    if not path.is_file():
        raise GuidelineError(f"guideline pack {str(name_or_path)!r} not found (built-in: {', '.join(available_packs())})")
    from guard.policy import load_yaml  # as policies and norms are read: a key given twice is an error

    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except RecursionError:
        raise GuidelineError(f"{path}: nested too deeply to read") from None
    except yaml.YAMLError as exc:
        raise GuidelineError(f"{path}: not valid YAML: {exc}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise GuidelineError(f"{path}: cannot read ({exc})") from exc
    pack = parse_pack(data, source=str(path))
    pack._builtin = path.resolve().parent == PACK_DIR.resolve()
    return pack


def parse_pack(data: Any, source: str = "<dict>") -> GuidelinePack:
    if not isinstance(data, dict):
        raise GuidelineError(f"{source}: a guideline pack must be a mapping")
    try:
        return GuidelinePack.model_validate(data)
    except ValidationError as exc:
        lines = [f"{'.'.join(str(p) for p in e['loc']) or '<root>'}: {e['msg']}" for e in exc.errors()]
        raise GuidelineError(f"{source}: invalid guideline pack:\n  " + "\n  ".join(lines)) from exc


def load_packs(spec: str | list[str]) -> list[GuidelinePack]:
    """`"general,finance"` or a list → packs, in order."""
    names = [s.strip() for s in spec.split(",")] if isinstance(spec, str) else list(spec)
    packs = [load_pack(n) for n in names if n]
    if not packs:
        raise GuidelineError("no guideline pack given")
    ids = [f"{p.name}.{g.id}" for p in packs for g in p.guidelines]
    if len(ids) != len(set(ids)):
        raise GuidelineError("the same pack was given twice")
    return packs


def json_schema() -> dict[str, Any]:
    return GuidelinePack.model_json_schema()
