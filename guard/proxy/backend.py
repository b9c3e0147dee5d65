"""The small seam between the HTTP layer and the guard.

Everything the proxy asks of the guard goes through `GuardBackend`: open a run for a
request, and start the `chat {model}` span under it. `PassThroughBackend` allows
everything; it exists to measure the proxy's own HTTP cost separately from the
interceptors' (benchmarks/proxy.py) and to serve as a plain relay when asked to.
"""
from __future__ import annotations

import contextlib
import inspect
from typing import Any, AsyncIterator

from guard.events import (
    Event,
    Hook,
    InputEvent,
    ModelRequestEvent,
    ModelResponseEvent,
    OutputEvent,
    ToolCallEvent,
    ToolResultEvent,
)
from guard.verdicts import Decision


async def maybe_await(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


# In `active_hooks`: some output interceptor decides only complete answers (BaseInterceptor.reads_partial_output).
WHOLE_OUTPUT = "output:whole"


class GuardBackend:
    """Runs on a real `guard.Guard` (async run API)."""

    name = "guard"

    def __init__(self, guard: Any):
        self.guard = guard

    @contextlib.asynccontextmanager
    async def run(self, agent: str, run_id: str, trace_context: Any, metadata: dict[str, Any]) -> AsyncIterator[Any]:
        async with self.guard.run(agent=agent, run_id=run_id, trace_context=trace_context, metadata=metadata) as run:
            yield run

    @contextlib.contextmanager
    def chat_span(self, run: Any, model: str | None, run_id: str):
        """`chat {model}` as a child of the run's span; yields the span (or None)."""
        telemetry = getattr(self.guard, "telemetry", None)
        start = getattr(telemetry, "start_chat_span", None)
        if start is None:
            yield None
            return
        parent = _run_context(run)
        span = start(model, run_id, parent=parent)
        try:
            yield span
        finally:
            span.end()

    def warmup(self) -> None:
        """Load the policy's detector models (blocking; the app runs it off the event loop)."""
        self.guard.warmup()

    def active_hooks(self) -> frozenset[str]:
        """Hooks at least one interceptor of the policy handles; others need no check."""
        stages_for = getattr(getattr(self.guard, "pipeline", None), "stages_for", None)
        if stages_for is None:
            return frozenset(h.value for h in Hook)
        active = {h.value for h in Hook if stages_for(h)}
        if any(not getattr(st.interceptor, "reads_partial_output", True) for st in stages_for(Hook.OUTPUT)):
            active.add(WHOLE_OUTPUT)  # an output check that decides only complete answers
        return frozenset(active)

    def audit_stats(self) -> dict[str, Any] | None:
        """The audit store's counters for `/metrics`; None when the policy keeps no trail."""
        audit = getattr(self.guard, "audit", None)
        return audit.stats() if audit is not None else None

    def policy_label(self) -> str:
        policy = getattr(self.guard, "policy", None)
        return f"{getattr(policy, 'name', '?')}@{getattr(policy, 'version_text', '?')}" if policy else "?"

    async def close(self) -> None:
        close = getattr(self.guard, "aclose", None) or getattr(self.guard, "close", None)
        if close:
            await maybe_await(close())


def _run_context(run: Any) -> Any:
    """The OpenTelemetry context of the run's `invoke_agent` span, so `chat` nests under it."""
    span = getattr(getattr(run, "state", None), "span", None) or getattr(run, "span", None)
    if span is None:
        return None
    from opentelemetry import trace

    return trace.set_span_in_context(span)


class PassThroughRun:
    """A run that allows every event: the same surface as the guard's async run."""

    def __init__(self, run_id: str):
        self.run_id = run_id
        self.history: list[Event] = []

    def observe(self, event: Event, recall: bool = False) -> None:
        self.history.append(event)

    def _allow(self, event: Event) -> Decision:
        self.history.append(event)
        return Decision(event=event, original_digest="")

    async def input(self, text: str, **_: Any) -> Decision:
        return self._allow(InputEvent(content=text, run_id=self.run_id))

    async def model_request(self, messages: list[Any], model: str | None = None, **_: Any) -> Decision:
        return self._allow(ModelRequestEvent(messages=messages, model=model, run_id=self.run_id))

    async def model_response(self, content: str | None, tool_calls: list[Any] | None = None, **_: Any) -> Decision:
        return self._allow(ModelResponseEvent(content=content, tool_calls=tool_calls or [], run_id=self.run_id))

    async def tool_call(self, tool: str, arguments: dict[str, Any], call_id: str | None = None, **_: Any) -> Decision:
        return self._allow(ToolCallEvent(tool=tool, arguments=arguments, call_id=call_id, run_id=self.run_id))

    async def tool_result(self, tool: str, result: Any, arguments: dict[str, Any] | None = None, call_id: str | None = None, error: str | None = None, **_: Any) -> Decision:
        return self._allow(ToolResultEvent(tool=tool, result=result, arguments=arguments or {}, call_id=call_id, error=error, run_id=self.run_id))

    async def output(self, text: str, **_: Any) -> Decision:
        return self._allow(OutputEvent(content=text, run_id=self.run_id))


class PassThroughBackend:
    name = "pass-through"

    @contextlib.asynccontextmanager
    async def run(self, agent: str, run_id: str, trace_context: Any, metadata: dict[str, Any]) -> AsyncIterator[PassThroughRun]:
        yield PassThroughRun(run_id)

    @contextlib.contextmanager
    def chat_span(self, run: Any, model: str | None, run_id: str):
        yield None

    def warmup(self) -> None:
        """Nothing to load: no interceptors run."""

    def active_hooks(self) -> frozenset[str]:
        return frozenset()

    def audit_stats(self) -> None:
        return None

    def policy_label(self) -> str:
        return "pass-through"

    async def close(self) -> None:
        return None
