"""A generator tool behaves as the generator it wraps: values sent and exceptions thrown reach
it, its return value comes back, and an error it raises is checked like a plain tool's."""
from __future__ import annotations

import asyncio

import pytest

from guard import BaseInterceptor, GuardHalted, Hook, Verdict, register
from tests import interceptors_for_tests  # noqa: F401


@register("test.halt_on_error")
class HaltOnError(BaseInterceptor):
    hooks = frozenset({Hook.TOOL_RESULT})
    inline = True

    def check(self, event, ctx):  # noqa: ANN001, ANN201
        return Verdict.halt("the tool failed") if event.error else Verdict.allow()


def test_send_throw_and_the_return_value_reach_a_generator_tool(make_guard):
    g = make_guard([])

    @g.tool
    def echo():
        got = yield "start"
        try:
            yield f"got {got}"
        except ValueError:
            yield "caught"
        return "done"

    def consumer():  # noqa: ANN202
        gen = echo()
        assert next(gen) == "start"
        assert gen.send(5) == "got 5"
        assert gen.throw(ValueError("boom")) == "caught"
        with pytest.raises(StopIteration) as stop:
            next(gen)
        return stop.value.value

    assert consumer() == "done"


def test_asend_and_athrow_reach_an_async_generator_tool(make_guard):
    g = make_guard([])

    @g.tool
    async def echo():
        got = yield "start"
        try:
            yield f"got {got}"
        except ValueError:
            yield "caught"

    async def consumer() -> list:
        gen = echo()
        return [await gen.__anext__(), await gen.asend(5), await gen.athrow(ValueError("boom"))]

    assert asyncio.run(consumer()) == ["start", "got 5", "caught"]


def test_an_error_raised_after_the_first_item_is_checked(make_guard):
    g = make_guard([{"use": "test.halt_on_error"}])

    @g.tool
    def rows():
        yield 1
        raise RuntimeError("db down")

    @g.tool
    async def arows():
        yield 1
        raise RuntimeError("db down")

    with g.run(agent="a") as run:
        with pytest.raises(GuardHalted, match="the tool failed"):
            list(rows())
        assert run.state.halted

    async def consume() -> None:
        async with g.run(agent="b"):
            async for _ in arows():
                pass

    with pytest.raises(GuardHalted, match="the tool failed"):
        asyncio.run(consume())
