"""Spans nest the same way with or without an application span around the agent."""
from __future__ import annotations

import pytest

from guard import BaseInterceptor, Hook, Verdict, register


SEEN: list = []


@register("test.spans_inside")
class SpansInside(BaseInterceptor):
    """A pool-run (not inline) interceptor: the span current where it runs is where its own
    spans would go."""

    hooks = frozenset({Hook.TOOL_CALL})

    def check(self, event, ctx):  # noqa: ANN001, ANN201
        from opentelemetry import trace

        SEEN.append(trace.get_current_span().get_span_context())
        return Verdict.allow()


@pytest.mark.parametrize("app_span", [False, True])
def test_tool_and_application_spans_nest_under_the_agent(make_guard, spans, app_span):
    g = make_guard([{"use": "test.spans_inside"}])
    tracer = spans.provider.get_tracer("app")

    @g.tool
    def lookup() -> str:
        return "r"

    @g.agent
    def assistant(task: str) -> str:
        with tracer.start_as_current_span("llm-call"):
            pass
        return lookup()

    if app_span:
        with tracer.start_as_current_span("app-request"):
            assistant("hi")
    else:
        assistant("hi")
    by_name = {s.name: s for s in spans.get()}
    agent = by_name["invoke_agent assistant"]
    for child in ("llm-call", "execute_tool lookup"):
        assert by_name[child].parent is not None and by_name[child].parent.span_id == agent.context.span_id, child
    assert SEEN[-1].trace_id == agent.context.trace_id  # the pool thread ran in the agent's context


def test_runs_ended_out_of_order_or_in_another_task_leave_no_span_current(make_guard, caplog):
    import asyncio
    import logging

    from opentelemetry import trace

    g = make_guard([])
    a, b = g.run(agent="a"), g.run(agent="b")
    a.__enter__()
    b.__enter__()
    a.__exit__(None, None, None)
    b.__exit__(None, None, None)
    assert not trace.get_current_span().get_span_context().is_valid

    async def main() -> None:
        scope = g.run(agent="s")
        await scope.__aenter__()
        await asyncio.ensure_future(scope.__aexit__(None, None, None))  # ended by another task, as a streamed response is

    with caplog.at_level(logging.ERROR, logger="opentelemetry.context"):
        asyncio.run(main())
    assert not [r for r in caplog.records if "detach" in r.getMessage()]
