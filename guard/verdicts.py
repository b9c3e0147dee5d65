"""Verdicts and how the pipeline merges them.

An interceptor answers every event with one `Verdict`; the pipeline folds them into a
`Decision`. The most severe action wins, rewrites compose in policy order (each
interceptor sees the event as rewritten by the ones before it), instructions accumulate.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, Field



class Action(StrEnum):
    ALLOW = "allow"
    INSTRUCT = "instruct"
    REWRITE = "rewrite"
    ESCALATE = "escalate"
    REFUSE = "refuse"
    HALT = "halt"

    @property
    def severity(self) -> int:
        return _SEVERITY[self]


_SEVERITY = {a: i for i, a in enumerate(Action)}
_REWRITE = 2


class Verdict(BaseModel):
    """One interceptor's answer to one event.

    `rewrite` holds field updates for the event (e.g. `{"arguments": {...}}` for a tool
    call, `{"result": ...}` for a tool result, `{"content": ...}` for output). It is applied
    for `rewrite` and for `escalate` (the approver is asked about the call as rewritten, and
    an approved call runs so: approval must not bring back what a rule removed).
    `instruction` is guidance for the agent's next model call. A passage of content that
    a reason, instruction or `audit_details` string quotes is written with
    `guard.redaction.quote`: spans and audit records leave it out unless content is captured.
    """

    action: Action = Action.ALLOW
    reasons: list[str] = Field(default_factory=list)
    scores: dict[str, float] = Field(default_factory=dict)
    interceptor: str | None = None
    rule: str | None = None
    latency_ms: float = 0.0
    instruction: str | None = None
    rewrite: dict[str, Any] | None = None
    error: str | None = None
    details: dict[str, Any] = Field(default_factory=dict)
    # What the audit record keeps instead of `details`, when that differs: e.g. answers by index
    # with their text quoted (guard.redaction.quote), so that it is left out unless captured.
    audit_details: dict[str, Any] | None = None

    @property
    def reason(self) -> str:
        return "; ".join(self.reasons)

    # Small constructors keep interceptors readable: Verdict.refuse("why", rule="r1").
    @classmethod
    def allow(cls, **kw: Any) -> "Verdict":
        return cls(action=Action.ALLOW, **kw)

    @classmethod
    def instruct(cls, instruction: str, reason: str | None = None, **kw: Any) -> "Verdict":
        return cls(action=Action.INSTRUCT, instruction=instruction, reasons=_r(reason or instruction), **kw)

    @classmethod
    def rewrite_to(cls, updates: dict[str, Any], reason: str, **kw: Any) -> "Verdict":
        return cls(action=Action.REWRITE, rewrite=updates, reasons=_r(reason), **kw)

    @classmethod
    def escalate(cls, reason: str, **kw: Any) -> "Verdict":
        return cls(action=Action.ESCALATE, reasons=_r(reason), **kw)

    @classmethod
    def refuse(cls, reason: str, **kw: Any) -> "Verdict":
        return cls(action=Action.REFUSE, reasons=_r(reason), **kw)

    @classmethod
    def halt(cls, reason: str, **kw: Any) -> "Verdict":
        return cls(action=Action.HALT, reasons=_r(reason), **kw)


def _r(reason: str | None) -> list[str]:
    return [reason] if reason else []


@dataclass(slots=True, eq=False)
class Decision:
    """The merged outcome of every interceptor that saw one event.

    A plain dataclass: one is built per checked event, on the agent's hot path.
    """

    event: Any
    action: Action = Action.ALLOW
    verdicts: list[Verdict] = field(default_factory=list)
    instructions: list[str] = field(default_factory=list)
    original_digest: str = ""
    approved_by: str | None = None

    @property
    def allowed(self) -> bool:
        """True when the action may go ahead (possibly rewritten or with guidance)."""
        return self.action.severity <= _REWRITE

    @property
    def rewritten(self) -> bool:
        return any(v.action is Action.REWRITE or (v.action is Action.ESCALATE and v.rewrite) for v in self.verdicts)

    @property
    def deciding(self) -> Verdict | None:
        """The verdict that set the merged action (the first of the most severe)."""
        for v in self.verdicts:
            if v.action is self.action:
                return v
        return None

    @property
    def reasons(self) -> list[str]:
        return [r for v in self.verdicts if v.action is not Action.ALLOW for r in v.reasons]

    @property
    def reason(self) -> str:
        d = self.deciding
        return d.reason if d and d.reasons else "; ".join(self.reasons)

    def to_dict(self) -> dict[str, Any]:
        return {
            "action": self.action.value, "reason": self.reason, "instructions": list(self.instructions),
            "verdicts": [v.model_dump(mode="json") for v in self.verdicts], "approved_by": self.approved_by,
        }


def merge_action(current: Action, new: Action) -> Action:
    return new if new.severity > current.severity else current
