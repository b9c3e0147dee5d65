"""Small interceptors with controllable behaviour, registered under `test.*` names."""
from __future__ import annotations

import asyncio
import time
from typing import Any

from pydantic import BaseModel, ConfigDict

from guard import BaseInterceptor, Hook, Verdict, register
from guard.verdicts import Action

ALL_HOOKS = frozenset(Hook)


class SleepConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    ms: float = 0


@register("test.sleep")
class Sleeper(BaseInterceptor):
    hooks = ALL_HOOKS
    Config = SleepConfig

    def check(self, event, ctx):
        time.sleep(self.config.ms / 1000)
        return Verdict.allow(reasons=["slept"])


class TimeoutVerdictConfig(SleepConfig):
    on_timeout: str = "refuse"  # "refuse", "none" or "raise"


@register("test.sleep_with_timeout_verdict")
class SleeperWithTimeoutVerdict(Sleeper):
    """Says what an event it could not check in time means."""

    Config = TimeoutVerdictConfig

    def on_timeout(self, event, ctx):
        if self.config.on_timeout == "raise":
            raise RuntimeError("on_timeout exploded")
        if self.config.on_timeout == "none":
            return None
        return Verdict.refuse("not checked in time", rule="test.unchecked")


@register("test.async_sleep")
class AsyncSleeper(BaseInterceptor):
    hooks = ALL_HOOKS
    Config = SleepConfig

    async def check(self, event, ctx):
        await asyncio.sleep(self.config.ms / 1000)
        return Verdict.allow(reasons=["slept"])


class RaiseConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    message: str = "detector exploded"


@register("test.raise")
class Raiser(BaseInterceptor):
    hooks = ALL_HOOKS
    Config = RaiseConfig

    def check(self, event, ctx):
        raise RuntimeError(self.config.message)


@register("test.bad_return")
class BadReturn(BaseInterceptor):
    hooks = ALL_HOOKS

    def check(self, event, ctx):
        return "allow"


class MutateConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    field: str
    value: Any = None


@register("test.mutated_verdict")
class MutatedVerdict(BaseInterceptor):
    """Builds a valid verdict, then assigns one field (assignment is not validated)."""

    hooks = ALL_HOOKS
    Config = MutateConfig

    def check(self, event, ctx):
        v = Verdict.allow()
        setattr(v, self.config.field, self.config.value)
        return v


class FixedConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    action: Action = Action.ALLOW
    reason: str = "fixed"
    instruction: str | None = None
    rewrite: dict[str, Any] | None = None
    tools: list[str] | None = None
    details: dict[str, Any] = {}


@register("test.fixed")
class Fixed(BaseInterceptor):
    """Returns the configured verdict (optionally only for some tools)."""

    hooks = ALL_HOOKS
    Config = FixedConfig
    inline = True

    def check(self, event, ctx):
        c = self.config
        if c.tools is not None and getattr(event, "tool", None) not in c.tools:
            return Verdict.allow()
        return Verdict(action=c.action, reasons=[c.reason], instruction=c.instruction, rewrite=c.rewrite, rule="fixed",
                       details=dict(c.details))


@register("test.append")
class Appender(BaseInterceptor):
    """Rewrites text content by appending a marker: shows rewrites composing in order."""

    class Config(BaseModel):
        model_config = ConfigDict(extra="forbid")
        marker: str

    hooks = frozenset({Hook.OUTPUT, Hook.TOOL_RESULT})
    inline = True

    def check(self, event, ctx):
        if event.hook == "output":
            return Verdict.rewrite_to({"content": event.content + self.config.marker}, f"append {self.config.marker}")
        return Verdict.rewrite_to({"result": f"{event.result}{self.config.marker}"}, f"append {self.config.marker}")


@register("test.history")
class HistoryProbe(BaseInterceptor):
    """Refuses a tool call when the run's history holds events of another run: catches mixing."""

    hooks = frozenset({Hook.TOOL_CALL, Hook.TOOL_RESULT})
    inline = True

    def check(self, event, ctx):
        mixed = [e for e in ctx.history if e.run_id != ctx.run_id]
        seen = ctx.state.setdefault("seen", [])
        seen.append(event.step)
        if mixed:
            return Verdict.halt(f"history of run {ctx.run_id} holds {len(mixed)} foreign events")
        return Verdict.allow(scores={"history": float(len(ctx.history))})


@register("test.needs_missing_extra")
class NeedsMissingExtra(BaseInterceptor):
    """Stands for a detector whose extra is not installed."""

    hooks = ALL_HOOKS

    def __init__(self, config=None):
        super().__init__(config)
        import agentguard_not_installed_anywhere  # noqa: F401

    def check(self, event, ctx):
        return Verdict.refuse("unreachable")


class WarmConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    fail: bool = False


@register("test.warm")
class Warm(BaseInterceptor):
    """Refuses until warmed up, as a model-backed check that has not loaded would."""

    hooks = ALL_HOOKS
    Config = WarmConfig

    def __init__(self, config: Any = None):
        super().__init__(config)
        self.loaded = False

    def warmup(self) -> None:
        if self.config.fail:
            raise OSError("model file missing")
        self.loaded = True

    def check(self, event, ctx):
        return Verdict.allow() if self.loaded else Verdict.refuse("not loaded")


@register("test.inline_sleep")
class InlineSleeper(Sleeper):
    """Declared inline (cheap) but slow this time, as on a CPU-starved machine."""

    inline = True


@register("test.bad_close")
class BadClose(BaseInterceptor):
    """Allows everything; fails when closed, and records that it was asked."""

    hooks = ALL_HOOKS
    closed: list[str] = []

    def check(self, event, ctx):
        return Verdict.allow()

    def close(self):
        BadClose.closed.append("asked")
        raise RuntimeError("socket already gone")


@register("test.scored")
class Scored(BaseInterceptor):
    """Allows, with the configured scores (their names may name a person, as `weight.<agent>` does)."""

    class Config(BaseModel):
        model_config = ConfigDict(extra="forbid")
        scores: dict[str, float]

    hooks = ALL_HOOKS
    inline = True

    def check(self, event, ctx):
        return Verdict.allow(scores=dict(self.config.scores))


@register("test.cyclic_details")
class CyclicDetails(BaseInterceptor):
    """Allows with details that contain themselves (no JSON for them) and quote what it read."""

    hooks = ALL_HOOKS
    inline = True

    def check(self, event, ctx):
        from guard.redaction import quote

        details: dict = {"read": quote("Marisol Quintanilla was diagnosed with HIV")}
        details["self"] = details
        return Verdict.allow(details=details)


@register("test.hang_on")
class HangOn(BaseInterceptor):
    """Sleeps `ms` on calls of the tool named `hang` (a detector stuck on one input), allows others at once."""

    hooks = ALL_HOOKS
    Config = SleepConfig

    def check(self, event, ctx):
        if getattr(event, "tool", None) == "hang":
            time.sleep(self.config.ms / 1000)
        return Verdict.allow(reasons=["checked"])
