"""Exceptions and the refusal result an agent receives instead of a tool's output."""
from __future__ import annotations

from typing import Any

from pydantic import BaseModel


class GuardError(Exception):
    """Base class for everything agentguard raises."""


class PolicyError(GuardError):
    """A policy did not validate; `errors` lists `path: message` lines."""

    def __init__(self, errors: list[str], source: str | None = None):
        self.errors = errors
        self.source = source
        where = f" in {source}" if source else ""
        super().__init__(f"invalid policy{where}:\n" + "\n".join(f"  {e}" for e in errors))


class GuardHalted(GuardError):
    """The policy stopped the run. The audit trail holds the reason."""

    def __init__(self, reason: str, decision: Any = None):
        self.reason = reason
        self.decision = decision
        super().__init__(f"run halted by guard: {reason}")


class GuardRefused(GuardError):
    """Raised instead of returning a `Refusal` when the policy says `on_refusal: raise`."""

    def __init__(self, refusal: "Refusal"):
        self.refusal = refusal
        super().__init__(refusal.message)


class ToolRefused(GuardRefused):
    """A refused tool call, raised when the policy says `on_refusal: raise`."""


class Refusal(BaseModel):
    """A first-class result: the action did not happen, and the agent is told why.

    `str(refusal)` is the text a model should see, so an agent that passes tool output
    straight into its next prompt can reason about the refusal and continue.
    """

    tool: str | None = None
    hook: str
    reason: str
    interceptor: str | None = None
    rule: str | None = None
    suggestion: str | None = None

    @property
    def message(self) -> str:
        what = f"The call to `{self.tool}` was refused" if self.tool else "This action was refused"
        text = f"{what} by the guard: {self.reason}."
        if self.suggestion:
            text += f" {self.suggestion}"
        return text

    def __str__(self) -> str:
        return self.message

    def __bool__(self) -> bool:  # a refusal is not a successful result
        return False


def describe_error(exc: BaseException, quoted: bool = False) -> str:
    """`Type: message` for logs, spans and audit records; an exception whose `str()` itself fails
    must not replace the tool's own error with one of the guard's. `quoted` writes the message
    as a quotation (guard.redaction.quote): content, left out of telemetry unless captured."""
    try:
        text = str(exc)
    except Exception:  # noqa: BLE001 - any failure of a foreign __str__
        text, quoted = "<message could not be read>", False
    if quoted and text:
        from guard.redaction import quote

        text = quote(text)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
