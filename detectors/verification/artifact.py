"""The calibration artifact: posterior draws + what they mean, as one JSON file.

It holds the feature spec (guideline keys in order, β, the raters used), the
standardisation, the posterior draws, the packs' full definitions with their hash,
and library versions. A model is self-contained: its packs are rebuilt from the file
(so a custom pack needs no file of its own at run time), except built-in packs, which
are taken from the library and refused when their hash differs: a model fitted on one
wording of the guidelines says nothing about another.
"""
from __future__ import annotations

import json
import math
import os
import time
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

FORMAT = "agentguard.glean/1"


class ArtifactError(ValueError):
    """An artifact could not be read, or does not match the guidelines in use."""


class FeatureSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    packs: list[str]
    guidelines: list[str] = Field(description="feature order: `pack.guideline`, one accumulated score each")
    beta: float = Field(ge=0.0, le=1.0)
    raters: dict[str, list[str]] = Field(default_factory=dict, description="guideline key → raters whose logits were averaged")
    extras: list[str] = Field(default_factory=list, max_length=0,
                              description="reserved: no scorer produces extra features yet, so a model with them cannot be used")


class PackRecord(BaseModel):
    """One pack as fitted: its full definition, and whether it came from the library's built-ins."""

    model_config = ConfigDict(extra="forbid")

    builtin: bool = Field(description="true: checked against the library's pack of that name when loaded")
    definition: dict[str, Any]


class Stage(BaseModel):
    """One fitted model. Stage 0 uses the cheap packs; stage 1 adds the costly ones."""

    model_config = ConfigDict(extra="forbid")

    features: FeatureSpec
    pack_hash: str
    pack_defs: list[PackRecord] = Field(default_factory=list, description="the packs, in order (empty: a model from "
                                        "before packs were embedded; its packs are looked up by name)")
    mean: list[float]
    scale: list[float]
    alpha: list[float]
    w: list[list[float]]
    sigma_alpha: list[float] = Field(default_factory=list, description="per draw: spread of task intercepts (empty: flat model)")
    tau: list[float] = Field(default_factory=list, description="per draw: spread of task weights (empty: flat model)")
    prior: str
    diagnostics: dict[str, Any] = Field(default_factory=dict)
    training: dict[str, Any] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _shapes(self) -> "Stage":
        k = len(self.features.guidelines) + len(self.features.extras)
        if len(self.mean) != k or len(self.scale) != k:
            raise ValueError(f"mean/scale need {k} entries (one per feature)")
        if len(self.alpha) != len(self.w) or not self.alpha:
            raise ValueError("alpha and w need the same, non-zero number of draws")
        for name in ("sigma_alpha", "tau"):
            if getattr(self, name) and len(getattr(self, name)) != len(self.alpha):
                raise ValueError(f"{name} needs one value per draw")
        if any(len(row) != k for row in self.w):
            raise ValueError(f"every draw of w needs {k} weights")
        numbers = [*self.mean, *self.scale, *self.alpha, *(x for row in self.w for x in row), *self.sigma_alpha, *self.tau]
        if not all(math.isfinite(x) for x in numbers):  # NaN gave P = nan on every output, and an ECE of 0.000
            raise ValueError("mean, scale, alpha, w, sigma_alpha and tau must be finite numbers")
        if any(abs(x) > MAX_COEFFICIENT for x in [*self.alpha, *(x for row in self.w for x in row)]):
            raise ValueError(f"alpha and w must lie within ±{MAX_COEFFICIENT:g} (larger ones overflow to P = nan)")
        if any(not 0 <= x <= MAX_COEFFICIENT for x in [*self.sigma_alpha, *self.tau]):  # spreads: -1e300 loaded
            raise ValueError(f"sigma_alpha and tau are spreads: each from 0 to {MAX_COEFFICIENT:g}")
        if any(s < MIN_SCALE for s in self.scale):  # 1e-320 passed "> 0" and gave P = nan
            raise ValueError(f"every scale must be at least {MIN_SCALE:g} (features are divided by it)")
        if self.pack_defs and [d.definition.get("name") for d in self.pack_defs] != self.features.packs:
            raise ValueError("pack_defs must define the packs named in features.packs, in order")
        return self


MIN_SCALE = 1e-9  # the floor `standardise` puts under a feature's spread
MAX_COEFFICIENT = 1e6  # far past any fitted logistic weight (standardised features; priors of scale ≤ 1e3)


class Artifact(BaseModel):
    model_config = ConfigDict(extra="forbid")

    format: str = FORMAT
    created: float = Field(default_factory=time.time)
    versions: dict[str, str] = Field(default_factory=dict)
    stages: list[Stage] = Field(min_length=1)

    def save(self, path: str | Path) -> Path:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_name(path.name + ".part")  # an interrupted save leaves the old model whole
        part.write_text(self.model_dump_json())
        os.replace(part, path)
        return path


def load_artifact(path: str | Path) -> Artifact:
    """The model in `path`, validated. The last one read is kept while its file is unchanged:
    a policy's validation reads it, then the gate it builds (a large model took seconds each)."""
    path = Path(path)
    try:
        stat = path.stat()
        key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    except OSError:
        key = None
    if key is not None and _last_loaded[0] == key:
        return _last_loaded[1]
    artifact = _read_artifact(path)
    if key is not None:
        _last_loaded[:] = [key, artifact]
    return artifact


_last_loaded: list[Any] = [None, None]  # (path, mtime, size) and the artifact read from it


def _read_artifact(path: Path) -> Artifact:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ArtifactError(f"model file {str(path)!r} does not exist") from exc
    except (OSError, ValueError, RecursionError) as exc:  # ValueError: bad JSON, or not UTF-8; RecursionError: nested past reason
        raise ArtifactError(f"{path}: not readable JSON ({type(exc).__name__ if isinstance(exc, RecursionError) else exc})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ArtifactError(f"{path}: not a GLEAN model (field 'format' must be {FORMAT!r})")
    try:
        return Artifact.model_validate(data)
    except ValidationError as exc:
        lines = [f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()]
        raise ArtifactError(f"{path}: invalid GLEAN model:\n  " + "\n  ".join(lines)) from exc


def check_hash(stage: Stage, actual_hash: str, packs: list[str]) -> None:
    if stage.pack_hash != actual_hash:
        raise ArtifactError(
            f"guideline packs {','.join(packs)} (hash {actual_hash[:12]}) differ from the ones the model was fitted on "
            f"({','.join(stage.features.packs)}, hash {stage.pack_hash[:12]}); re-run `guard calibrate`"
        )


def library_versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for name in ("agentguard", "pymc", "numpy", "pytensor", "sentence-transformers"):
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            pass
    return out
