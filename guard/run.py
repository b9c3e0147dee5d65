"""A guarded run: the state of one agent trajectory and the explicit run API over it.

`RunState` holds what interceptors may see (history, per-interceptor state, the task)
and does the bookkeeping for every check (decision spans, audit records, the report).
`Run` and `AsyncRun` are thin sync and async faces over it; integrations and the proxy
use them, and the decorators are built on them too.
"""
from __future__ import annotations

import inspect
import itertools
import logging
from dataclasses import asdict, dataclass, field
import threading

from collections import defaultdict
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, Callable, Iterable

from opentelemetry import context as otel_context
from opentelemetry import trace
from pydantic import BaseModel, ValidationError

from guard.errors import GuardError
from guard.events import (
    Event,
    Hook,
    InputEvent,
    ModelRequestEvent,
    ModelResponseEvent,
    OpinionsEvent,
    OutputEvent,
    ToolCallEvent,
    ToolCallRequest,
    ToolResultEvent,
    _EventBase,
    new_id,
    parse_arguments,
)
from guard.interceptors import BaseInterceptor, CheckContext
from guard.pipeline import off_loop
from guard.redaction import partial_text, quote, redact_label
from guard.telemetry import record_error
from guard.verdicts import Action, Decision, Verdict

if TYPE_CHECKING:
    from guard.core import Guard
    from guard.pipeline import Stage

_current: ContextVar["RunState | None"] = ContextVar("agentguard_run", default=None)


class GuardInputError(GuardError, ValueError):
    """The caller handed the run API something that is not a valid event."""


@dataclass(slots=True)
class ReportEntry:
    step: int
    hook: str
    interceptor: str | None
    action: Action
    reasons: list[str] = field(default_factory=list)
    rule: str | None = None
    scores: dict[str, float] = field(default_factory=dict)
    latency_ms: float = 0.0
    error: str | None = None
    record_id: str | None = None


@dataclass
class RunReport:
    """Every verdict of a run, in order; what a caller inspects after the agent returns."""

    run_id: str
    agent: str | None
    entries: list[ReportEntry] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"run_id": self.run_id, "agent": self.agent, "entries": [asdict(e) for e in self.entries]}

    @property
    def actions(self) -> list[Action]:
        return [e.action for e in self.entries]

    def by_hook(self, hook: str) -> list[ReportEntry]:
        return [e for e in self.entries if e.hook == hook]

    @property
    def worst(self) -> Action:
        return max(self.actions, key=lambda a: a.severity, default=Action.ALLOW)


class EscalationRequest(BaseModel):
    """What an approver sees: the event awaiting confirmation and why it was escalated."""

    run_id: str
    agent: str | None
    event: Event
    reasons: list[str]


def current_run() -> "RunState | None":
    return _current.get()


class RunState:
    def __init__(self, guard: "Guard", agent: str | None, run_id: str | None, metadata: dict[str, Any] | None, trace_context: Any):
        if run_id is not None and (not isinstance(run_id, str) or not run_id.strip()):
            raise GuardInputError(f"run_id: must be a non-empty string, not {type(run_id).__name__} {run_id!r:.40}")
        if agent is not None and not isinstance(agent, str):
            raise GuardInputError(f"agent: must be a string, not {type(agent).__name__}")
        self.guard = guard
        self.agent = agent
        self.run_id = run_id or new_id()
        # as spans and the audit keep them (a caller's label may hold a key or an address): once per run
        self.shown_run_id = redact_label(self.run_id)
        self.shown_agent = redact_label(agent) if agent else agent
        self.metadata = metadata or {}
        self.history: list[Event] = []
        self.run_state: dict[str, Any] = {}
        self.task: str | None = None
        self.pending_instructions: list[str] = []
        self.report = RunReport(run_id=self.run_id, agent=agent)
        self._states: dict[str, dict[str, Any]] = defaultdict(dict)
        self._recall_failed: set[str] = set()  # stages whose recall failed in this run (logged once)
        self._steps = itertools.count(1)
        self._lock = threading.Lock()
        self.span = guard.telemetry.start_agent_span(agent, self.run_id, parent=trace_context)
        self._span_ctx = trace.set_span_in_context(self.span, trace_context)
        self._trace_id = self.span.get_span_context().trace_id
        self._trace_hex = f"{self._trace_id:032x}"
        self._token = None
        self._otel_token: Any = None  # the agent span made current for code inside the run
        self._probe: Any = None  # proves a later detach happens in the context that attached
        self.by_agent = False  # opened by an `@guard.agent` call (a sub-agent acts inside it)
        self.closed = False
        self.halted: str | None = None  # the reason of the halt that stopped this run, if one did
        self.outer: RunState | None = None  # the run that was current when this one started

    # -- plumbing for the pipeline ----------------------------------------------------------------
    def prepare(self, event: Event) -> Event:
        with self._lock:
            step = next(self._steps)
        # Plain stores: these are our own int/str values, so pydantic's per-assignment
        # machinery (a measurable share of the hot path) adds nothing.
        fields = event.__dict__
        fields["step"] = step
        fields["run_id"] = self.run_id
        if fields.get("agent") is None:
            fields["agent"] = self.agent
        event.__pydantic_private__["_digest"] = None
        return event

    def trace_hex(self, trace_id: int) -> str:
        """A span's trace id as hex; formatted once per run for the run's own trace."""
        return self._trace_hex if trace_id == self._trace_id else f"{trace_id:032x}"

    def _parent(self) -> Any:
        """Nest under the caller's current span when it is inside this run's trace."""
        current = otel_context.get_current()  # read once and hand on: start_span need not read it again
        sc = trace.get_current_span(current).get_span_context()
        if sc.is_valid and sc.trace_id == self._trace_id:
            return current
        return self._span_ctx

    def recall(self, event: Event) -> None:
        """Each interceptor on the event's hook that recalls (`BaseInterceptor.recall`) takes in
        the event. One that fails is skipped, and logged once per run: the history stays whole,
        though the interceptor may have kept part of what it read."""
        for stage in self.guard.pipeline.stages_for(event.hook):
            recall = getattr(type(stage.interceptor), "recall", None)  # a method of the class, not any attribute
            if not callable(recall) or recall is BaseInterceptor.recall:
                continue
            try:
                if inspect.isawaitable(out := recall(stage.interceptor, event, self.make_ctx(stage, event))):
                    out.close()  # type: ignore[attr-defined]
                    raise TypeError("recall must be a plain method: it runs while history is replayed")
            except Exception:  # noqa: BLE001 - one interceptor's failure must not lose the history
                if stage.label not in self._recall_failed:
                    self._recall_failed.add(stage.label)
                    logging.getLogger(__name__).warning("%s could not take in replayed history (%s event)", stage.label,
                                                        event.hook, exc_info=True)

    def make_ctx(self, stage: "Stage", event: Event) -> CheckContext:
        return CheckContext(
            run_id=self.run_id,
            hook=Hook(event.hook),
            agent=self.agent,
            policy_name=self.guard.policy.name,
            history=self.history,
            state=self._states[stage.key or stage.label],
            run_state=self.run_state,
            task=self.task,
        )

    def begin(self, stage: "Stage", event: Event) -> tuple[Any, Event]:
        span = self.guard.telemetry.start_decision_span(stage.label, event.hook, self._parent())
        return span, event

    def record(self, stage: "Stage | None", handle: tuple[Any, Event], verdict: Verdict) -> None:
        span, event = handle
        telemetry = self.guard.telemetry
        # redacted once for both the span and the audit record
        captured = None
        if telemetry.capture_content:
            text = event.text()
            # a streamed answer so far may end inside a key: its last word waits for the next check
            captured = telemetry.captured(partial_text(text) if getattr(event, "partial", False) else text)
        try:
            record_id = self.guard.audit_verdict(self, event, verdict, span, captured)
        except BaseException:  # the trail refused it (closed under the run, database down): the span still ends
            telemetry.end_decision(span, verdict, event.hook, {"guard.run_id": self.shown_run_id, "guard.step": event.step,
                                                              "guard.audit.error": True})
            raise
        extra = {"guard.audit.record_id": record_id or "", "guard.run_id": self.shown_run_id, "guard.step": event.step}
        if captured is not None:
            extra["guard.content"] = captured
        telemetry.end_decision(span, verdict, event.hook, extra)
        self.report.entries.append(
            ReportEntry(
                step=event.step, hook=event.hook, interceptor=verdict.interceptor, action=verdict.action,
                reasons=verdict.reasons, rule=verdict.rule, scores=verdict.scores, latency_ms=verdict.latency_ms,
                error=verdict.error, record_id=record_id,
            )
        )

    def finish(self, decision: Decision, original: Event) -> Decision:
        try:
            decision.original_digest = original.digest() if decision.rewritten else ""
        except Exception:  # noqa: BLE001 - content that cannot be serialised must not crash the agent
            decision.original_digest = ""
        event = decision.event
        self.history.append(event)
        if event.hook == Hook.INPUT and self.task is None:
            self.task = event.content
        if decision.action is Action.HALT and self.halted is None:
            self.halted = decision.reason or "halted by policy"
        instructions = decision.instructions
        if not decision.allowed and decision.rewritten:
            # a rewrite's notice ("the guard changed your call: removed argument …") describes
            # something that did not happen when the call was refused after all
            notices = _rewrite_notices(decision)
            instructions = [i for i in instructions if i not in notices]
        if instructions and event.hook in (Hook.TOOL_RESULT, Hook.INPUT, Hook.MODEL_RESPONSE, Hook.TOOL_CALL):
            self.pending_instructions.extend(instructions)
        return decision

    def stopped(self, event: Event) -> Decision | None:
        """A run that a halt stopped stays stopped: every later event is halted too, on the
        record, without asking the interceptors again (None while the run goes on)."""
        if self.halted is None:
            return None
        verdict = self._record_own(event, Verdict(action=Action.HALT, reasons=[f"the run was halted earlier: {self.halted}"],
                                                  interceptor="guard.halted", rule="run_halted"))
        return Decision(event=event, action=Action.HALT, verdicts=[verdict])

    def _record_own(self, event: Event, verdict: Verdict) -> Verdict:
        """A verdict the guard made itself (an escalation settled, a rewrite refused, a halted
        run), in its own span and on the record like any interceptor's."""
        span = self.guard.telemetry.start_decision_span(verdict.interceptor, event.hook, self._parent())
        self.record(None, (span, event), verdict)
        return verdict

    def needs_approval(self, decision: Decision) -> bool:
        return decision.action is Action.ESCALATE

    def settle(self, decision: Decision, answer: Any, who: str) -> Decision:
        """Turn an escalation into allow / refuse / halt and record who decided."""
        note = ""
        if isinstance(answer, Action):
            action = answer
        elif isinstance(answer, str):
            try:
                action = Action(answer if answer != "approve" else "allow")
            except ValueError:  # an answer we cannot read approves nothing (and must not crash the agent)
                action, who = Action.REFUSE, f"{who} (unrecognised answer)"
                note = f" {quote(answer[:200])}"  # the approver's words: content, quoted in the reason only
        elif isinstance(answer, bool):
            action = Action.ALLOW if answer else Action.REFUSE
        else:  # {"approved": False}, ["no"], 2, None ...: only True, "allow"/"approve" or Action.ALLOW approve
            action = Action.REFUSE
            if answer is not None:
                who = f"{who} (unrecognised answer of type {type(answer).__name__})"
        if action not in (Action.ALLOW, Action.REFUSE, Action.HALT):
            action = Action.REFUSE
        why = "; ".join(r for v in decision.verdicts if v.action is Action.ESCALATE for r in v.reasons) or "escalated"
        reason = f"{why} — {'approved' if action is Action.ALLOW else 'not approved'} by {who}{note}"
        verdict = self._record_own(decision.event, Verdict(action=action, reasons=[reason], interceptor="guard.escalation", rule=who))
        decision.verdicts.append(verdict)
        decision.action = action
        decision.approved_by = who
        return decision

    def refuse_unhonoured(self, decision: Decision, why: str) -> Decision:
        """A rewritten tool call that cannot run as rewritten (an argument the rewrite removed
        would come back from the tool's own default): refused instead, and on the record."""
        reason = f"{why}, so it cannot run as the policy changed it ({decision.reason or 'rewritten by policy'})"
        verdict = self._record_own(decision.event, Verdict(action=Action.REFUSE, reasons=[reason], interceptor="guard.rewrite",
                                                           rule="rewrite_unhonoured"))
        decision.verdicts.append(verdict)
        decision.action = Action.REFUSE
        # its notices ("the guard changed your call: removed argument …") describe a call that
        # does not run: they must not reach the agent with its next tool result (other guidance
        # on the call, "do not share health data", still does, as on any refused call)
        notices = _rewrite_notices(decision)
        for text in notices:
            for i in range(len(self.pending_instructions) - 1, -1, -1):
                if self.pending_instructions[i] == text:
                    del self.pending_instructions[i]
                    break
        decision.instructions = [i for i in decision.instructions if i not in notices]
        return decision

    def approval_request(self, decision: Decision) -> EscalationRequest:
        return EscalationRequest(run_id=self.run_id, agent=self.agent, event=decision.event, reasons=decision.reasons)

    def close(self, exc: BaseException | None) -> None:
        if self.closed:  # a second exit ends nothing twice
            return
        self.closed = True
        if exc is not None and not isinstance(exc, GeneratorExit):
            record_error(self.span, exc, self.guard.telemetry.error_redact)
        self.span.set_attribute("guard.worst_action", self.report.worst.value)
        self.span.end()
        self.guard._remember(self.report)

    def take_instructions(self) -> list[str]:
        out, self.pending_instructions = self.pending_instructions, []
        return out


# ---------------------------------------------------------------------------- event builders


def _build(cls: type, **fields: Any) -> Event:
    try:
        return cls(**{k: v for k, v in fields.items() if v is not None})
    except ValidationError as exc:
        raise _input_error(cls.__name__, exc) from None


def _input_error(what: str, exc: ValidationError) -> GuardInputError:
    """One line naming each bad field (pydantic's own message spans several lines per error)."""
    problems = "; ".join(f"{'.'.join(str(p) for p in e['loc']) or what}: {e['msg']}" for e in exc.errors()[:5])
    more = f" (and {exc.error_count() - 5} more)" if exc.error_count() > 5 else ""
    return GuardInputError(f"invalid {what}: {problems}{more}")


def _opinion(o: Any) -> Any:
    """An Opinion, a mapping, or an (agent, answer[, confidence]) tuple as the aggregator takes it."""
    if isinstance(o, tuple) and 2 <= len(o) <= 3:
        return dict(zip(("agent", "answer", "confidence"), o))
    return o


def _tool_calls(calls: Iterable[Any] | None) -> list[ToolCallRequest] | None:
    """Accept our ToolCallRequest, plain dicts, or OpenAI's `{id, function: {name, arguments}}`."""
    if calls is None:
        return None
    if isinstance(calls, (str, bytes, dict)) or not isinstance(calls, Iterable):
        raise GuardInputError(f"tool_calls: must be a list of tool calls, not {type(calls).__name__}")
    out = []
    for i, c in enumerate(calls):
        if isinstance(c, ToolCallRequest):
            out.append(c)
            continue
        if hasattr(c, "model_dump"):
            c = c.model_dump()
        if not isinstance(c, dict):
            raise GuardInputError(f"tool_calls[{i}]: must be a tool call (a mapping), not {type(c).__name__}")
        fn = c.get("function")
        try:
            if isinstance(fn, dict):
                args = fn.get("arguments") or {}
                if isinstance(args, str):
                    args = parse_arguments(args)  # text that is no JSON object is checked whole, never dropped
                out.append(ToolCallRequest(id=c.get("id"), name=fn.get("name", ""), arguments=args))
            else:
                out.append(ToolCallRequest.model_validate(c))
        except ValidationError as exc:
            raise _input_error(f"tool_calls[{i}]", exc) from None
    return out


class _Events:
    """The event constructors shared by the sync and async faces."""

    state: RunState

    @property
    def run_id(self) -> str:
        return self.state.run_id

    @property
    def report(self) -> RunReport:
        return self.state.report

    @property
    def history(self) -> list[Event]:
        return self.state.history

    def observe(self, event: Event | dict[str, Any], recall: bool = False) -> Event:
        """Add an event that already happened (replayed history) without checking it. With
        `recall`, the interceptors on its hook take in what their checks of it would have left in
        the run's state (`BaseInterceptor.recall`: an injection found in an earlier turn's tool
        result still taints this turn's calls); nothing is decided or recorded."""
        if isinstance(event, dict):
            from guard.events import parse_event

            try:
                event = parse_event(event)
            except ValidationError as exc:
                raise _input_error("event", exc) from None
        elif not isinstance(event, _EventBase):
            raise GuardInputError(f"event: must be an event or a mapping, not {type(event).__name__}")
        self.state.prepare(event)
        self.state.history.append(event)
        if event.hook == Hook.INPUT and self.state.task is None:
            self.state.task = event.content
        if recall:
            self.state.recall(event)
        return event

    def take_instructions(self) -> list[str]:
        """Guidance accumulated since the last call, for the agent's next model call."""
        return self.state.take_instructions()

    @staticmethod
    def _input(content: str, metadata: dict[str, Any]) -> Event:
        return _build(InputEvent, content=content, metadata=metadata)

    @staticmethod
    def _model_request(messages: list[Any], model: str | None, tools: list[dict] | None) -> Event:
        return _build(ModelRequestEvent, messages=messages, model=model, tools=tools)  # pydantic validates each message

    @staticmethod
    def _model_response(content: str | None, tool_calls: Any, model: str | None) -> Event:
        return _build(ModelResponseEvent, content=content, tool_calls=_tool_calls(tool_calls), model=model)

    @staticmethod
    def _tool_call(tool: str, arguments: dict[str, Any] | None, call_id: str | None, metadata: dict[str, Any]) -> Event:
        return _build(ToolCallEvent, tool=tool, arguments=arguments or {}, call_id=call_id, metadata=metadata)

    @staticmethod
    def _tool_result(tool: str, result: Any, arguments: dict | None, call_id: str | None, error: str | None, metadata: dict) -> Event:
        return _build(ToolResultEvent, tool=tool, result=result, arguments=arguments or {}, call_id=call_id, error=error, metadata=metadata)

    @staticmethod
    def _output(content: str, partial: bool) -> Event:
        return _build(OutputEvent, content=content, partial=partial)

    @staticmethod
    def _opinions(question_id: str, opinions: list[Any], question: str | None) -> Event:
        ops = [_opinion(o) for o in opinions] if isinstance(opinions, (list, tuple)) else opinions
        return _build(OpinionsEvent, question_id=question_id, opinions=ops, question=question)


def _open_or_raise(state: RunState, event: Any) -> None:
    """An event after the run ended would land in a finished report, a closed span and an audit
    run that reads as complete: refused loudly instead. So is what is no event at all."""
    if not isinstance(event, _EventBase):  # `run.check(5)` raised an AttributeError deep inside
        raise GuardInputError(f"check() takes an event (as run.tool_call(...) or run.input(...) build one), "
                              f"not {type(event).__name__}")
    if state.closed:
        raise GuardError(f"run {state.run_id} is closed: start a new run (guard.run()) for more events")
    if state.guard.closed:  # its audit store and interceptors are shut: nothing could be checked or recorded
        raise GuardError("the guard is closed (guard.close()): no more events can be checked")


class Run(_Events):
    """Synchronous run API: every method checks one event and returns the Decision."""

    def __init__(self, state: RunState):
        self.state = state

    def check(self, event: Event) -> Decision:
        state = self.state
        _open_or_raise(state, event)
        state.prepare(event)
        decision = state.stopped(event) or state.guard.pipeline.check(event, state.make_ctx, state.begin, state.record)
        if state.needs_approval(decision):
            try:
                answer, who = state.guard._approve_sync(state.approval_request(decision))
            except BaseException as exc:  # interrupted while asking: settled on the record, then let go
                state.settle(decision, False, f"approver (interrupted: {type(exc).__name__})")
                raise
            state.settle(decision, answer, who)
        return state.finish(decision, event)

    def input(self, content: str, **metadata: Any) -> Decision:
        return self.check(self._input(content, metadata))

    def model_request(self, messages: list[Any], model: str | None = None, tools: list[dict] | None = None) -> Decision:
        return self.check(self._model_request(messages, model, tools))

    def model_response(self, content: str | None = None, tool_calls: Any = None, model: str | None = None) -> Decision:
        return self.check(self._model_response(content, tool_calls, model))

    def tool_call(self, tool: str, arguments: dict[str, Any] | None = None, call_id: str | None = None, **metadata: Any) -> Decision:
        return self.check(self._tool_call(tool, arguments, call_id, metadata))

    def tool_result(self, tool: str, result: Any = None, arguments: dict[str, Any] | None = None, call_id: str | None = None,
                    error: str | None = None, **metadata: Any) -> Decision:
        return self.check(self._tool_result(tool, result, arguments, call_id, error, metadata))

    def output(self, content: str, partial: bool = False) -> Decision:
        return self.check(self._output(content, partial))

    def opinions(self, question_id: str, opinions: list[Any], question: str | None = None) -> Decision:
        return self.check(self._opinions(question_id, opinions, question))


async def _inline(fn: Callable[..., Any], *args: Any) -> Any:
    return fn(*args)


class AsyncRun(_Events):
    """Asynchronous run API: the same methods as `Run`, awaited."""

    def __init__(self, state: RunState):
        self.state = state

    def observe(self, event: Event | dict[str, Any], recall: bool = False) -> Any:
        """`Run.observe`; with `recall`, an awaitable: what interceptors take in from history may
        mean reading it (a reading not kept), which must not hold the event loop."""
        if not recall:
            return super().observe(event)
        event = super().observe(event)

        async def recalled() -> Event:
            await off_loop(self.state.recall, event)
            return event

        return recalled()

    async def check(self, event: Event) -> Decision:
        state = self.state
        _open_or_raise(state, event)
        state.prepare(event)
        # the guard's own verdicts are recorded as interceptors' are: a durable write on a thread
        own = off_loop if state.guard.pipeline.offload_records else _inline
        stopped = await own(state.stopped, event) if state.halted is not None else None
        decision = stopped or await state.guard.pipeline.acheck(event, state.make_ctx, state.begin, state.record)
        if state.needs_approval(decision):
            try:
                answer, who = await state.guard._approve_async(state.approval_request(decision))
            except BaseException as exc:  # cancelled or interrupted while asking: settled on the record
                await own(state.settle, decision, False, f"approver (interrupted: {type(exc).__name__})")
                raise
            await own(state.settle, decision, answer, who)
        return state.finish(decision, event)

    async def input(self, content: str, **metadata: Any) -> Decision:
        return await self.check(self._input(content, metadata))

    async def model_request(self, messages: list[Any], model: str | None = None, tools: list[dict] | None = None) -> Decision:
        return await self.check(self._model_request(messages, model, tools))

    async def model_response(self, content: str | None = None, tool_calls: Any = None, model: str | None = None) -> Decision:
        return await self.check(self._model_response(content, tool_calls, model))

    async def tool_call(self, tool: str, arguments: dict[str, Any] | None = None, call_id: str | None = None, **metadata: Any) -> Decision:
        return await self.check(self._tool_call(tool, arguments, call_id, metadata))

    async def tool_result(self, tool: str, result: Any = None, arguments: dict[str, Any] | None = None, call_id: str | None = None,
                          error: str | None = None, **metadata: Any) -> Decision:
        return await self.check(self._tool_result(tool, result, arguments, call_id, error, metadata))

    async def output(self, content: str, partial: bool = False) -> Decision:
        return await self.check(self._output(content, partial))

    async def opinions(self, question_id: str, opinions: list[Any], question: str | None = None) -> Decision:
        return await self.check(self._opinions(question_id, opinions, question))


class RunScope:
    """`with guard.run(...) as run` (a `Run`) or `async with guard.run(...) as run` (an `AsyncRun`).

    The run is the current one for code inside the block (a context variable), which is
    how `@guard.tool` functions find it, across threads and concurrent asyncio tasks alike.
    """

    def __init__(self, guard: "Guard", agent: str | None, run_id: str | None, metadata: dict | None, trace_context: Any):
        self._args = (guard, agent, run_id, metadata, trace_context)
        self.state: RunState | None = None
        self.implicit = False  # a run a tool opened for itself (called outside any run): not counted in open_runs

    def _open(self) -> RunState:
        if self.state is not None and not self.state.closed:  # one scope, two tasks: the first exit would end the second's run
            raise GuardError("this run scope is already open: call guard.run(...) once per run")
        self.state = RunState(*self._args)
        self.state.outer = _current.get()
        self.state._token = _current.set(self.state)
        # the agent's span is the current span inside the run: the application's own spans (a
        # model call) and the guard's tool spans nest under it, with or without an outer span
        _attach_span(self.state)
        if not self.implicit:
            self.state.guard._count_run(1)
        return self.state

    def _close(self, exc: BaseException | None) -> None:
        assert self.state is not None
        _detach_span(self.state)
        _leave(self.state)
        if not self.implicit:
            self.state.guard._count_run(-1)
        self.state.close(exc)

    def suspended(self) -> "_SuspendedRun":
        """For the duration of a `yield` out of a generator holding this scope: the consumer
        runs outside the run (generators share their consumer's context), and the run is
        current again when the generator resumes."""
        return _SuspendedRun(self)

    def __enter__(self) -> Run:
        return Run(self._open())

    def __exit__(self, et: Any, exc: BaseException | None, tb: Any) -> None:
        self._close(exc)

    async def __aenter__(self) -> AsyncRun:
        return AsyncRun(self._open())

    async def __aexit__(self, et: Any, exc: BaseException | None, tb: Any) -> None:
        self._close(exc)


class _SuspendedRun:
    __slots__ = ("scope",)

    def __init__(self, scope: RunScope):
        self.scope = scope

    def __enter__(self) -> None:
        if self.scope.state is not None:
            _detach_span(self.scope.state)
            _leave(self.scope.state)

    def __exit__(self, *exc: Any) -> bool:
        st = self.scope.state
        if st is not None:
            st._token = _current.set(st)
            _attach_span(st)
        return False


_CONTEXT_PROBE: ContextVar[Any] = ContextVar("agentguard_context_probe", default=None)


def _attach_span(state: RunState) -> None:
    state._otel_token = otel_context.attach(state._span_ctx)
    state._probe = _CONTEXT_PROBE.set(state)


def _detach_span(state: RunState) -> None:
    """Undo the run's span attachment. Only in the context that made it (a streamed response
    ends its run in another task: OpenTelemetry would log a failed detach on every request),
    and only while it is still the current one: a run ended out of order (enter A, enter B,
    exit A) is detached when the run above it ends."""
    token, probe = state._otel_token, state._probe
    if token is None:
        return
    try:
        _CONTEXT_PROBE.reset(probe)
    except (ValueError, RuntimeError):  # another context (or already used): nothing here to undo
        state._otel_token = state._probe = None
        return
    state._probe = None
    if otel_context.get_current() is not state._span_ctx:
        return
    state._otel_token = None
    otel_context.detach(token)
    outer = state.outer  # runs that ended below this one: their context is current again now
    while outer is not None and outer.closed and outer._otel_token is not None \
            and otel_context.get_current() is outer._span_ctx:
        token, outer._otel_token = outer._otel_token, None
        otel_context.detach(token)
        outer = outer.outer


def _rewrite_notices(decision: Decision) -> set[str]:
    """The instructions that tell the agent how its call was changed."""
    return {v.instruction for v in decision.verdicts
            if v.instruction and (v.action is Action.REWRITE or (v.action is Action.ESCALATE and v.rewrite))}


def _leave(state: RunState) -> None:
    """Make `state` no longer the current run in this context, if it is.

    Runs may end out of order (enter A, enter B, exit A): A's exit leaves B current, and B's
    exit skips A, which has ended, so no later call lands in a closed run's report."""
    if state._token is None:
        return
    if _current.get() is state:
        try:
            _current.reset(state._token)
        except ValueError:  # left in another context (a generator finalised or resumed elsewhere): nothing to undo here
            pass
        current = _current.get()
        while current is not None and current.closed:
            current = current.outer
        if current is not _current.get():
            _current.set(current)
    state._token = None


def is_awaitable(x: Any) -> bool:
    return inspect.isawaitable(x)


__all__ = ["Run", "AsyncRun", "RunScope", "RunState", "RunReport", "ReportEntry", "EscalationRequest", "current_run", "GuardInputError"]
