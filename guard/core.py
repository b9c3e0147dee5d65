"""`Guard`: a policy made runnable — pipeline, telemetry, audit, approver, decorators."""
from __future__ import annotations

import concurrent.futures
import inspect
import os
import threading
import weakref
from collections import OrderedDict
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, Awaitable, Callable

from guard.decorators import guard_agent, guard_tool
from guard.events import Event, new_id
from guard.executor import abandon, call_on_daemon_thread
from guard.pipeline import Pipeline
from guard.policy import Policy, load_policy
from guard.run import EscalationRequest, RunReport, RunScope, RunState
from guard.telemetry import Telemetry
from guard.verdicts import Action, Verdict

Approver = Callable[[EscalationRequest], "bool | str | Action | Awaitable[bool | str | Action]"]


if TYPE_CHECKING:
    from guard.executor import ContextThreadPoolExecutor


class Guard:
    """Build one per policy and share it: it is thread-safe and asyncio-safe.

    `tracer_provider` / `meter_provider` override the telemetry destination (the
    application's global providers are used when set); `approver` answers escalations
    (without one, `escalation.fallback` decides); `audit_url` overrides `audit.url`.
    """

    def __init__(
        self,
        policy: "Policy | str | os.PathLike[str] | dict[str, Any]" = "default",
        *,
        tracer_provider: Any = None,
        meter_provider: Any = None,
        approver: Approver | None = None,
        audit_url: str | None = None,
        audit: bool | None = None,
    ):
        self.policy = load_policy(policy)
        p = self.policy
        self.telemetry = Telemetry(
            p.telemetry, tracer_provider, meter_provider,
            policy_attrs={"guard.policy.name": p.name, "guard.policy.version": p.version_text, "guard.policy.hash": p.hash},
        )
        self.pipeline = Pipeline(p)
        self.approver = approver
        self.audit = None
        if (p.audit.enabled if audit is None else audit):
            from guard.audit import open_store

            self.audit = open_store(
                audit_url or p.audit.url, durability=p.audit.durability,
                batch_size=p.audit.batch_size, flush_interval_ms=p.audit.flush_interval_ms,
                max_pending=p.audit.max_pending,
            )
        self.pipeline.offload_records = self.audit is not None and self.audit.durability == "sync"
        self._reports: OrderedDict[str, RunReport] = OrderedDict()
        self.closed = False  # close() was called: no run may check more events
        self.open_runs = 0  # runs of this guard open now, in any thread (see make_tool's warning)
        self._runs_lock = threading.Lock()

    @classmethod
    def from_policy(cls, policy: "Policy | str | os.PathLike[str] | dict[str, Any]", **kwargs: Any) -> "Guard":
        return cls(policy, **kwargs)

    # -- surfaces -----------------------------------------------------------------------------------
    def run(self, agent: str | None = None, run_id: str | None = None, metadata: dict[str, Any] | None = None,
            trace_context: Any = None) -> RunScope:
        """Open a run: `with guard.run(agent="a") as run:` or `async with ...`."""
        return RunScope(self, agent, run_id, metadata, trace_context)

    def _count_run(self, delta: int) -> None:
        with self._runs_lock:
            self.open_runs += delta

    def executor(self, max_workers: int | None = None, **kwargs: Any) -> "ContextThreadPoolExecutor":
        """A thread pool for an agent's parallel tool calls: tasks stay in the submitting
        agent's run (a plain pool's tasks would each be a run of their own)."""
        from guard.executor import ContextThreadPoolExecutor

        return ContextThreadPoolExecutor(max_workers, **kwargs)

    def tool(self, fn: Callable | None = None, *, name: str | None = None) -> Any:
        """Guard a tool: `@guard.tool` or `@guard.tool(name="send_email")`."""
        if fn is None:
            return lambda f: guard_tool(self, f, name)
        return guard_tool(self, fn, name)

    def agent(self, fn: Callable | None = None, *, name: str | None = None, input_arg: str | None = None) -> Any:
        """Guard an agent entry point: opens a run, checks its input and its final output."""
        if fn is None:
            return lambda f: guard_agent(self, f, name, input_arg)
        return guard_agent(self, fn, name, input_arg)

    def ensemble(self, agents: Any, input: Any, **kwargs: Any) -> Any:
        """Run several agents on one input and return their credibility-weighted consensus."""
        from guard.ensemble import ensemble

        return ensemble(self, agents, input, **kwargs)

    async def aensemble(self, agents: Any, input: Any, **kwargs: Any) -> Any:
        from guard.ensemble import aensemble

        return await aensemble(self, agents, input, **kwargs)

    # -- reports ------------------------------------------------------------------------------------
    def report(self, run_id: str) -> RunReport | None:
        return self._reports.get(run_id)

    def last_report(self) -> RunReport | None:
        """The report of the last `@guard.agent` call made from this context."""
        for ref, report in _LAST_REPORTS.get():
            if ref() is self:
                return report
        return None

    def _set_last(self, report: RunReport) -> None:
        # one context variable for every Guard, holding live guards' reports only: a variable per
        # Guard stayed in every context it was set in after the Guard was gone, with its report
        kept = tuple((ref, r) for ref, r in _LAST_REPORTS.get() if ref() is not None and ref() is not self)
        _LAST_REPORTS.set((*kept, (weakref.ref(self), report)))

    def _remember(self, report: RunReport) -> None:
        self._reports[report.run_id] = report
        while len(self._reports) > 1000:
            self._reports.popitem(last=False)

    # -- escalation ---------------------------------------------------------------------------------
    def _approve_sync(self, request: EscalationRequest) -> tuple[Any, str]:
        """The approver's answer within `escalation.timeout_s` (asked from a worker thread, so a
        slow human cannot hold the agent past it, and an async approver runs even when this
        thread already runs an event loop); no answer, or a failure, approves nothing."""
        if self.approver is None:
            return self.policy.escalation.fallback, "policy fallback"
        timeout = self.policy.escalation.timeout_s
        fut = _ask_in_thread(self.approver, request)
        try:
            return fut.result(timeout=timeout), "approver"
        except concurrent.futures.TimeoutError:
            abandon(fut)
            return False, f"approver (no answer within {timeout:g} s)"
        except BaseException as exc:  # noqa: BLE001 - a failing approver approves nothing
            if not _raised_by(fut, exc):  # e.g. Ctrl-C while waiting: the caller's, not the approver's
                raise
            return False, f"approver (failed: {type(exc).__name__})"

    async def _approve_async(self, request: EscalationRequest) -> tuple[Any, str]:
        if self.approver is None:
            return self.policy.escalation.fallback, "policy fallback"
        import asyncio

        timeout = self.policy.escalation.timeout_s
        fut: concurrent.futures.Future | None = None
        try:
            if inspect.iscoroutinefunction(self.approver):  # runs on this loop: it may use the app's resources
                answer = await asyncio.wait_for(self.approver(request), timeout)
            else:  # a blocking function must not stall the loop
                fut = _ask_in_thread(self.approver, request)
                answer = await asyncio.wait_for(asyncio.wrap_future(fut), timeout)
            return answer, "approver"
        except asyncio.TimeoutError:
            if fut is not None:
                abandon(fut)
            return False, f"approver (no answer within {timeout:g} s)"
        except asyncio.CancelledError as exc:
            task = asyncio.current_task()
            if task is not None and task.cancelling():  # this task is being cancelled: let it go
                raise
            return False, f"approver (failed: {type(exc).__name__})"
        except Exception as exc:  # noqa: BLE001
            return False, f"approver (failed: {type(exc).__name__})"

    # -- audit --------------------------------------------------------------------------------------
    def audit_verdict(self, state: RunState, event: Event, verdict: Verdict, span: Any, captured: str | None = None) -> str | None:
        audit = self.audit
        if audit is None:
            return None
        sc = span.get_span_context()
        record_id = new_id()
        details = _snapshot(verdict.details if verdict.audit_details is None else verdict.audit_details,
                            self.telemetry.redact if self.telemetry.capture_content else None)
        if verdict.instruction:  # guidance may quote tool output: content, kept only when captured
            details["instruction"] = self.telemetry.guard_text(verdict.instruction)
        if verdict.rewrite is not None:
            details["rewrite_fields"] = sorted(verdict.rewrite)
        if captured is not None:  # the redacted content, when the policy captures it (see RunState.record)
            details["content"] = captured
        p = self.policy
        # Plain fields, validated by the audit writer: every value comes from a validated
        # verdict, event or policy, and the model check is a tenth of the guarded call.
        audit.append_fields(
            {
                "record_id": record_id, "ts": event.ts, "run_id": state.shown_run_id, "step": event.step,
                "agent": state.shown_agent,
                "hook": event.hook, "interceptor": verdict.interceptor or "", "action": verdict.action.value,
                "rule": self.telemetry.guard_rule(verdict.rule) if verdict.rule else verdict.rule,
                "reasons": [self.telemetry.guard_text(r) for r in verdict.reasons], "scores": _score_names(verdict.scores), "policy_name": p.name,
                "policy_version": p.version_text, "policy_hash": p.hash,
                "trace_id": state.trace_hex(sc.trace_id) if sc.is_valid else None, "span_id": f"{sc.span_id:016x}" if sc.is_valid else None,
                "latency_ms": verdict.latency_ms, "error": self.telemetry.guard_text(verdict.error) if verdict.error else None, "details": details,
            },
            event,  # the audit writer takes event.digest() (cached once computed), off the hot path
        )
        return record_id

    # -- lifecycle ----------------------------------------------------------------------------------
    def warmup(self) -> dict[str, str | None]:
        """Load every interceptor's models now (servers call this before reporting ready).
        Returns each warmed interceptor's label with None, or the error it hit."""
        return self.pipeline.warmup()

    def flush(self) -> None:
        if self.audit is not None:
            self.audit.flush()
        force = getattr(self.telemetry.provider, "force_flush", None)
        if callable(force):
            force()

    def close(self) -> None:
        self.closed = True
        self.pipeline.close()
        if self.audit is not None:
            self.audit.close()
        self.telemetry.shutdown()

    def __enter__(self) -> "Guard":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


_LAST_REPORTS: ContextVar[tuple[tuple["weakref.ref[Guard]", RunReport], ...]] = ContextVar("agentguard_last_reports", default=())


def _snapshot(details: dict[str, Any], captured: Callable[[str], str] | None = None) -> dict[str, Any]:
    """The verdict's details as they are now: the record is validated later, by the audit
    writer, and must not show what an interceptor changes in its own objects meanwhile."""
    if not details:
        return {}
    from guard.audit.records import json_details
    from guard.redaction import elide_quotes, map_strings, redact_key, redact_patterns

    try:
        snapshot = json_details(details)
    except Exception as exc:  # noqa: BLE001 - not JSON-able even converted (a cycle, a failing tolist)
        # kept as its text, redacted like every other string here: stored as the object itself, the
        # writer flagged it and kept its repr, e-mails and keys included
        text = _text_of(details)
        text = redact_patterns(elide_quotes(text)) if captured is None else captured(text)
        return {"unserialisable_details": text, "details_error": type(exc).__name__}
    # every string, keys too, through the pattern redactor (e-mail, phone, card, IBAN, keys and
    # tokens): an interceptor may name the value it acted on (a tainted IBAN, a secret it found),
    # and the audit trail keeps no such value even with content capture off; without capture, the
    # passages it quotes (guard.redaction.quote) are left out too, and with it a string that
    # quotes one goes through the capture redactor (Presidio: names). (A JSON round trip: no cycles.)
    if captured is None:
        return map_strings(snapshot, lambda s: redact_patterns(elide_quotes(s)), keys=redact_key)
    return map_strings(snapshot, lambda s: captured(s) if '"' in s else redact_patterns(s), keys=redact_key)


def _text_of(details: dict[str, Any]) -> str:
    from guard.redaction import cut_at_space

    try:
        text = repr(details)
    except Exception as exc:  # noqa: BLE001 - a value whose repr fails
        return f"<unrepresentable: {type(exc).__name__}>"
    return text if len(text) <= 2000 else cut_at_space(text, 2000)


def _raised_by(fut: concurrent.futures.Future, exc: BaseException) -> bool:
    """Whether `exc` is what the approver's future failed with."""
    return fut.done() and not fut.cancelled() and fut.exception(timeout=0) is exc


def _ask_in_thread(approver: Callable[..., Any], request: EscalationRequest) -> concurrent.futures.Future:
    """The approver's answer, asked in a daemon thread (in the caller's context): an approver
    that never answers must not keep the process alive at exit, as a pool's joined workers
    would. An async approver runs to completion on that thread's own loop. Escalations are
    rare; a thread each is cheap."""

    def ask() -> Any:
        answer = approver(request)
        if inspect.isawaitable(answer):
            import asyncio

            async def wait() -> Any:
                return await answer

            answer = asyncio.run(wait())
        return answer

    return call_on_daemon_thread(ask, name="agentguard-approver")


def _score_names(scores: dict[str, float]) -> dict[str, float]:
    from guard.redaction import redact_score_names

    return redact_score_names(scores)
