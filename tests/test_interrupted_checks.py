"""A check interrupted by Ctrl-C or a cancelled task is on the record, and the interruption
reaches the caller."""
from __future__ import annotations

import asyncio

import pytest

from guard import BaseInterceptor, Hook, Verdict, register
from guard.verdicts import Action


@register("test.interrupt")
class Interrupt(BaseInterceptor):
    hooks = frozenset({Hook.TOOL_CALL})
    inline = True

    def check(self, event, ctx):  # noqa: ANN001, ANN201
        raise KeyboardInterrupt


@register("test.slow_async")
class SlowAsync(BaseInterceptor):
    hooks = frozenset({Hook.TOOL_CALL})

    async def check(self, event, ctx):  # noqa: ANN001, ANN201
        await asyncio.sleep(30)
        return Verdict.allow()


def test_an_interrupted_check_is_recorded_and_re_raised(make_guard, spans):
    g = make_guard([{"use": "test.interrupt"}])
    with pytest.raises(KeyboardInterrupt):
        with g.run(agent="a") as run:
            run.tool_call("t", {})
    entries = run.report.entries
    assert [(e.interceptor, e.action, e.rule) for e in entries] == [("test.interrupt", Action.REFUSE, "interrupted")]
    assert spans.named("guard.check test.interrupt")  # the span was ended, so it was exported


def test_a_cancelled_async_check_is_recorded(make_guard, spans):
    g = make_guard([{"use": "test.slow_async", "timeout_ms": 60_000}])

    async def main() -> None:
        async with g.run(agent="a") as run:
            task = asyncio.ensure_future(run.tool_call("t", {}))
            await asyncio.sleep(0.05)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            main.entries = run.report.entries  # type: ignore[attr-defined]

    asyncio.run(main())
    assert [(e.interceptor, e.rule) for e in main.entries] == [("test.slow_async", "interrupted")]  # type: ignore[attr-defined]
    assert spans.named("guard.check test.slow_async")
