"""agentguard's core: runtime guardrails and verification for LLM agents.

    from guard import Guard
    guard = Guard.from_policy("default")

    @guard.tool
    def send_email(to: str, body: str) -> str: ...
"""
from guard.audit.engine import AuditError, AuditWriteError
from guard.core import Guard
from guard.decorators import UncheckableCall
from guard.errors import GuardError, GuardHalted, GuardRefused, PolicyError, Refusal, ToolRefused
from guard.events import (
    Hook,
    InputEvent,
    Message,
    ModelRequestEvent,
    ModelResponseEvent,
    Opinion,
    OpinionsEvent,
    OutputEvent,
    ToolCallEvent,
    ToolCallRequest,
    ToolResultEvent,
)
from guard.interceptors import BaseInterceptor, CheckContext, register
from guard.policy import Policy, load_policy
from guard.run import AsyncRun, EscalationRequest, GuardInputError, Run, RunReport, current_run
from guard.verdicts import Action, Decision, Verdict

__version__ = "0.1.0"
__all__ = [
    "Guard", "Policy", "load_policy", "Verdict", "Action", "Decision", "Refusal", "ToolRefused", "GuardRefused",
    "GuardHalted", "GuardError", "PolicyError", "BaseInterceptor", "CheckContext", "register", "Run", "AsyncRun",
    "RunReport", "EscalationRequest", "current_run", "Hook", "InputEvent", "ModelRequestEvent", "ModelResponseEvent",
    "ToolCallEvent", "ToolResultEvent", "OutputEvent", "OpinionsEvent", "Opinion", "Message", "ToolCallRequest",
    "GuardInputError", "UncheckableCall", "AuditError", "AuditWriteError",
]
