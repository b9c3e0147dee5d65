"""The audit record and the hash that chains records together.

One record per verdict. The hash covers every field except `hash` itself (so also
`seq` and `prev_hash`), serialised as canonical JSON; changing any stored value, the
order of records or the link between them therefore changes some hash. The same
function hashes a record at write time and a stored row at verify time, so the two can
never drift apart.
"""
from __future__ import annotations

import hashlib
import json
import math
import time
import uuid
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

GENESIS_HASH = "0" * 64

# Fields serialised as JSON text in the store (everything else is a scalar column).
JSON_FIELDS = ("reasons", "scores", "details")
# Actions by rising severity (guard.verdicts.Action); an unknown action ranks below allow.
ACTION_SEVERITY = {"allow": 0, "instruct": 1, "rewrite": 2, "escalate": 3, "refuse": 4, "halt": 5}

_HEX = r"^[0-9a-f]+$"


def canonical_json(value: Any) -> str:
    """Sorted keys, no whitespace, UTF-8 kept: identical bytes for identical content."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def chain_hash(payload: dict[str, Any]) -> str:
    """SHA-256 of a record's fields (without `hash`, with `seq` and `prev_hash`)."""
    body = {k: v for k, v in payload.items() if k != "hash"}
    return hashlib.sha256(canonical_json(body).encode("utf-8")).hexdigest()


def json_details(details: dict[str, Any]) -> dict[str, Any]:
    """`details` as storage will return it: a JSON round trip (a snapshot, too — later
    changes to the interceptor's objects cannot reach the record)."""
    if not details:
        return details
    text = json.dumps(details, allow_nan=True, default=_to_json_value)
    if "\\u0000" in text:  # PostgreSQL text cannot hold NUL: one record with it stopped the writer
        text = text.replace("\\u0000", "\\ufffd")
    return _flattened_below(json.loads(text), MAX_DETAILS_DEPTH)


MAX_DETAILS_DEPTH = 64


def _flattened_below(value: Any, depth: int) -> Any:
    """`value` with every container deeper than `depth` written as its JSON text: a record
    nested 300 deep (a model's tool arguments, quoted by an interceptor) could not be
    serialised again, and it stopped a buffered writer with every record queued behind it."""
    if not isinstance(value, (dict, list)):
        return value
    if depth <= 0:
        return json.dumps(value, allow_nan=True)
    if isinstance(value, dict):
        return {k: _flattened_below(v, depth - 1) for k, v in value.items()}
    return [_flattened_below(v, depth - 1) for v in value]


def _to_json_value(obj: Any) -> Any:
    """JSON stand-in for a value json cannot encode (numpy scalars/arrays, sets, bytes, objects)."""
    if hasattr(obj, "tolist") and callable(obj.tolist):
        return obj.tolist()
    if hasattr(obj, "item") and callable(obj.item):
        return obj.item()
    if isinstance(obj, (set, frozenset)):
        return sorted(obj, key=repr)
    if isinstance(obj, (bytes, bytearray)):  # as text, for the redactor to read: hex hid a key from it
        try:
            return bytes(obj).decode("utf-8")
        except UnicodeDecodeError:
            return f"<{len(obj)} bytes, not UTF-8>"
    return str(obj)


class AuditRecord(BaseModel):
    """One verdict as it is kept for compliance review.

    The caller fills the verdict's fields (and generates `record_id` so the span can
    carry it); the store assigns `seq`, `prev_hash` and `hash` when the record joins
    the chain. Records are frozen: what was appended is what gets hashed.
    """

    # coerce_numbers_to_str: policies declare `version: 1`, the audit keeps text ("1.2" fits too).
    model_config = ConfigDict(extra="forbid", frozen=True, coerce_numbers_to_str=True)

    record_id: str = Field(default_factory=lambda: uuid.uuid4().hex, pattern=r"^[0-9a-f]{32}$")
    ts: float = Field(default_factory=time.time, allow_inf_nan=False, description="Unix time of the verdict, seconds")
    run_id: str = Field(min_length=1)
    step: int = Field(default=0, ge=0, lt=2**31)  # a 32-bit column on PostgreSQL; larger stopped a buffered writer
    agent: str | None = None
    hook: str = Field(min_length=1)
    interceptor: str | None = None
    action: str = Field(min_length=1)
    rule: str | None = None
    reasons: list[str] = Field(default_factory=list)
    scores: dict[str, float] = Field(default_factory=dict)
    policy_name: str = ""
    policy_version: str = ""
    policy_hash: str = ""
    event_digest: str | None = None
    trace_id: str | None = Field(default=None, pattern=_HEX)
    span_id: str | None = Field(default=None, pattern=_HEX)
    latency_ms: float | None = None
    error: str | None = None
    details: dict[str, Any] = Field(default_factory=dict)
    # Assigned by the store when the record joins the chain.
    seq: int | None = None
    prev_hash: str | None = None
    hash: str | None = None

    @field_validator("run_id", "agent", "hook", "interceptor", "action", "rule", "policy_name", "policy_version",
                     "event_digest", "error", mode="after")
    @classmethod
    def _no_nul(cls, v: str | None) -> str | None:
        return v.replace("\x00", "\ufffd") if v and "\x00" in v else v

    @field_validator("reasons", mode="after")
    @classmethod
    def _no_nul_in_reasons(cls, v: list[str]) -> list[str]:
        return [r.replace("\x00", "\ufffd") if "\x00" in r else r for r in v]

    @field_validator("latency_ms")
    @classmethod
    def _finite_latency(cls, v: float | None) -> float | None:
        # SQLite stores NaN as NULL, and the record would then read as tampered
        return v + 0.0 if v is not None and math.isfinite(v) else None  # -0.0 too: SQLite keeps it as 0

    @field_validator("ts")
    @classmethod
    def _no_negative_zero(cls, v: float) -> float:
        return v + 0.0  # SQLite stores -0.0 as 0, which would read back as an altered record

    @field_validator("details")
    @classmethod
    def _json_able(cls, v: dict[str, Any]) -> dict[str, Any]:
        # Normalise to exactly what comes back from storage (tuples -> lists, ...), so
        # the hash computed at write time is the one recomputed at verify time. Values
        # JSON cannot hold are converted, not rejected: a numpy scalar in an
        # interceptor's details must not turn an audit write into an agent crash.
        return json_details(v)

    def chain_payload(self) -> dict[str, Any]:
        """The JSON form that is hashed (and stored)."""
        return self.model_dump(mode="json")

    def severity(self) -> int:
        return ACTION_SEVERITY.get(self.action, -1)
