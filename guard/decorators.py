"""`@guard.agent` and `@guard.tool` for sync, async, generator and async-generator functions.

A tool call is checked before the tool runs (refuse: the agent gets a `Refusal`, or
`ToolRefused` is raised; rewrite: the tool runs with the rewritten arguments), and its
result is checked after (refuse withholds it; rewrite replaces it; guidance is attached
so the agent's next model call sees it). `halt` raises `GuardHalted` everywhere.
"""
from __future__ import annotations

import contextlib
import functools
import inspect
import logging
from typing import TYPE_CHECKING, Any, AsyncIterator, Callable, Iterator

from opentelemetry.trace import Status, StatusCode

from guard.errors import GuardHalted, GuardRefused, Refusal, ToolRefused, describe_error
from guard.events import Hook, text_json
from guard.run import AsyncRun, GuardInputError, Run, RunState, current_run
from guard.telemetry import active_span
from guard.verdicts import Action, Decision

if TYPE_CHECKING:
    from guard.core import Guard

log = logging.getLogger("guard")

_INPUT_NAMES = ("input", "prompt", "query", "message", "task", "question", "request", "text")
GUIDANCE_HEADER = "[agentguard guidance]"


class GuardedResult:
    """A tool result that is not text or a dict, with the guidance that rides on it."""

    def __init__(self, value: Any, instructions: list[str]):
        self.value = value
        self.instructions = instructions

    def __repr__(self) -> str:
        return f"GuardedResult({self.value!r}, instructions={self.instructions!r})"

    def __str__(self) -> str:
        return attach_guidance(str(self.value), self.instructions)


def attach_guidance(result: Any, instructions: list[str]) -> Any:
    if not instructions:
        return result
    if isinstance(result, str):
        return result + "\n\n" + GUIDANCE_HEADER + "\n" + "\n".join(f"- {i}" for i in instructions)
    if isinstance(result, dict):
        return {**result, "guard_instructions": list(instructions)}
    return GuardedResult(result, list(instructions))


def split_guidance(text: str) -> tuple[str, list[str]]:
    """The inverse of `attach_guidance` for text: (the tool's own result, the instructions)."""
    value, sep, block = text.partition("\n\n" + GUIDANCE_HEADER + "\n")
    return value, [line[2:] for line in block.splitlines() if line.startswith("- ")] if sep else []


# ---------------------------------------------------------------------------- outcomes


GENERIC_SUGGESTION = "Do not retry the same call unchanged; continue another way the policy allows, or tell the user."


def _refusal(decision: Decision, tool: str | None) -> Refusal:
    v = decision.deciding
    # An interceptor that knows what would be allowed says so in `details.suggestion`.
    hint = v.details.get("suggestion") if v is not None and isinstance(v.details, dict) else None
    return Refusal(
        tool=tool, hook=decision.event.hook, reason=decision.reason or "refused by policy",
        interceptor=v.interceptor if v else None, rule=v.rule if v else None,
        suggestion=hint if isinstance(hint, str) and hint.strip() else GENERIC_SUGGESTION,
    )


def _stop_or_refuse(guard: "Guard", decision: Decision, tool: str | None) -> Refusal | None:
    """None when the action may go ahead; a Refusal (or an exception) otherwise."""
    if decision.action is Action.HALT:
        raise GuardHalted(decision.reason, decision)
    if decision.allowed:
        return None
    refusal = _refusal(decision, tool)
    if guard.policy.on_refusal == "raise":
        raise ToolRefused(refusal) if tool else GuardRefused(refusal)
    return refusal


class UncheckableCall(GuardInputError, TypeError):
    """A tool call whose arguments cannot be matched to its parameters, so the rules that name
    them cannot be checked: it is not run (a TypeError too, as calling the function would be)."""


_SIMPLE_KINDS = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)
_Plan = tuple[tuple[str, ...], int, dict[str, Any]]


def _plan(sig: inspect.Signature) -> _Plan | None:
    """Names, positional count and defaults of a signature with only plain parameters
    (the common tool), so binding a call is a zip instead of `Signature.bind`.
    Computed once per decorated function."""
    params = list(sig.parameters.values())
    if any(p.kind not in _SIMPLE_KINDS or p.name in ("self", "cls") for p in params):
        return None
    names = tuple(p.name for p in params)
    positional = sum(p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD for p in params)
    defaults = {p.name: p.default for p in params if p.default is not inspect.Parameter.empty}
    return names, positional, defaults


def _bind(sig: inspect.Signature, args: tuple, kwargs: dict, plan: _Plan | None = None) -> dict[str, Any]:
    if plan is not None:
        names, positional, defaults = plan
        if len(args) <= positional:
            out = dict(zip(names, args))
            if not kwargs.keys() & out.keys() and kwargs.keys() <= set(names):
                out.update(kwargs)
                if len(out) < len(names):
                    for name in names:
                        if name not in out and name in defaults:
                            out[name] = defaults[name]
                if len(out) == len(names):
                    return {n: out[n] for n in names}
    try:
        bound = sig.bind(*args, **kwargs)
    except TypeError as exc:  # the rules name parameters: a call that binds to none cannot be checked
        raise UncheckableCall(f"the call's arguments do not match the tool's signature {sig} ({exc}), so its "
                              "argument rules cannot be checked; it is not run") from None
    bound.apply_defaults()
    out: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for name, value in bound.arguments.items():
        kind = sig.parameters[name].kind
        if name in ("self", "cls"):
            continue
        if kind is inspect.Parameter.VAR_KEYWORD:
            extra = value
        elif kind is inspect.Parameter.VAR_POSITIONAL:
            out[name] = list(value)
        else:
            out[name] = value
    clash = extra.keys() & out.keys()
    if clash:  # `f(*args, **kw)` called with `args=...`: one name, two values, and only one could be checked
        raise UncheckableCall(f"keyword argument(s) {', '.join(map(repr, sorted(clash)))} of the call share a name with "
                              "another parameter's value, so the checked arguments would not be the ones run; it is not run")
    out.update(extra)
    return out


def _rebind(sig: inspect.Signature, args: tuple, kwargs: dict, new: dict[str, Any]) -> tuple[tuple, dict]:
    """The call's args with the rewritten argument values. Parameters that must be passed by
    position (positional-only, or followed by `*args`) stay positional; a removed one is
    left out, or given its default when a later positional one must still be passed."""
    bound = sig.bind(*args, **kwargs)
    params = list(sig.parameters.values())
    by_position = {inspect.Parameter.POSITIONAL_ONLY}
    if any(p.kind is inspect.Parameter.VAR_POSITIONAL for p in params):
        by_position.add(inspect.Parameter.POSITIONAL_OR_KEYWORD)
    pos: list[Any] = []
    gap: list[inspect.Parameter] = []  # removed positional parameters not yet placed
    kw: dict[str, Any] = {}
    for p in params:
        name = p.name
        if name in ("self", "cls") and p.kind in (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD):
            if name in bound.arguments:
                pos.append(bound.arguments[name])
            continue
        if p.kind is inspect.Parameter.VAR_KEYWORD:  # its keys: any not naming another parameter (its own name may be one)
            kw.update({k: v for k, v in new.items() if k not in sig.parameters or sig.parameters[k].kind is p.kind})
        elif p.kind is inspect.Parameter.VAR_POSITIONAL:
            rest = new.get(name, bound.arguments.get(name, ()))
            if rest:
                pos.extend(_fill(gap) + list(rest))
                gap = []
        elif p.kind in by_position:
            if name in new:
                pos.extend(_fill(gap) + [new[name]])
                gap = []
            else:
                gap.append(p)
        elif name in new:
            kw[name] = new[name]
    return tuple(pos), kw


def _fill(gap: list[inspect.Parameter]) -> list[Any]:
    """Defaults for removed positional parameters that a later positional argument must pass."""
    missing = [p.name for p in gap if p.default is inspect.Parameter.empty]
    if missing:
        raise _Unhonoured(f"argument {missing[0]!r} cannot be removed: the tool requires it")
    return [p.default for p in gap]


class _Unhonoured(Exception):
    """A rewrite the call cannot carry out as decided (the reason is the message)."""


def _rewritten_call(sig: inspect.Signature, args: tuple, kwargs: dict, before: dict[str, Any], new: dict[str, Any]) -> tuple[tuple, dict]:
    """The call as rewritten, or `_Unhonoured` when an argument the rewrite removed would come
    back: the tool's own default or a value bound with functools.partial would fill it in,
    and the tool would run with a value the policy took out."""
    call = _rebind(sig, args, kwargs, new)
    removed = [n for n in before if n not in new]
    if removed:
        try:
            sig.bind(*call[0], **call[1])
        except TypeError:  # a required argument is gone: the call would fail in the agent
            raise _Unhonoured(f"argument {removed[0]!r} cannot be removed: the tool requires it") from None
        effective = _bind(sig, *call)
        for name in removed:
            if effective.get(name) not in (None, [], ()):  # an empty *args is no value either
                # the value is not repeated: a default can be a credential
                raise _Unhonoured(f"argument {name!r} cannot be removed: the tool fills in a value for it itself")
    return call


def _go_ahead(guard: "Guard", state: RunState, d: Decision, tool: str, sig: inspect.Signature, args: tuple,
              kwargs: dict, before: dict[str, Any]) -> tuple[Refusal | None, tuple, dict]:
    """What a checked tool call does next: (None, args, kwargs) to run, rewritten if the policy
    rewrote it; else (the refusal, ...) — also when the rewrite cannot be honoured, on the record."""
    stop = _stop_or_refuse(guard, d, tool)
    if stop is None and d.rewritten:
        try:
            args, kwargs = _rewritten_call(sig, args, kwargs, before, d.event.arguments)
        except _Unhonoured as why:
            stop = _stop_or_refuse(guard, state.refuse_unhonoured(d, str(why)), tool)
    return stop, args, kwargs


def _input_text(sig: inspect.Signature, args: tuple, kwargs: dict, input_arg: str | None) -> tuple[str | None, str | None]:
    """(parameter name, text) of the agent's user input."""
    try:
        bound = sig.bind_partial(*args, **kwargs)
    except TypeError:
        return None, None
    names = [input_arg] if input_arg else [n for n in _INPUT_NAMES if n in bound.arguments]
    names += [n for n, v in bound.arguments.items() if isinstance(v, str) and n not in ("self", "cls")]
    for n in names:
        v = bound.arguments.get(n)
        if isinstance(v, str):
            return n, v
    return None, None


def _replace_arg(sig: inspect.Signature, args: tuple, kwargs: dict, name: str, value: Any) -> tuple[tuple, dict]:
    bound = sig.bind_partial(*args, **kwargs)
    bound.arguments[name] = value
    return bound.args, bound.kwargs


def _as_text(value: Any) -> str:
    return value if isinstance(value, str) else text_json(value)  # never raises: the agent's value is its own


# ---------------------------------------------------------------------------- tool


@contextlib.contextmanager
def _between_items(span: Any, scope: Any) -> Iterator[None]:
    """While a generator tool's item is with its consumer: the tool's span is not current there,
    nor the run the tool opened for itself (when called outside any run)."""
    with span.suspended(), (scope.suspended() if scope is not None else contextlib.nullcontext()):
        yield


def tool_name(fn: Callable) -> str:
    """The name a tool is checked under: its __name__, a partial's function's, or a callable
    object's class name; `name=` overrides it."""
    inner = fn
    while isinstance(inner, functools.partial):
        inner = inner.func
    name = getattr(inner, "__name__", None) or type(inner).__name__
    if not isinstance(name, str) or not name:
        raise TypeError(f"guard.tool cannot name this tool ({name!r}): pass name=\"...\"")
    return name


def _kind_of(fn: Callable) -> Callable:
    """What decides the wrapper's kind: the function itself, or a callable object's `__call__`
    (an object whose `__call__` is `async def` would otherwise be wrapped as a sync tool, and its
    coroutine passed on unchecked)."""
    if inspect.isroutine(fn) or isinstance(fn, functools.partial) or isinstance(fn, type):
        return fn
    return getattr(type(fn), "__call__", fn)


def _plain_result(value: Any, what: str) -> Any:
    """A sync function's result, refused when it is a coroutine or generator the guard cannot check."""
    if inspect.isawaitable(value) or inspect.isgenerator(value) or inspect.isasyncgen(value):
        close = getattr(value, "close", None)
        if callable(close) and not inspect.isasyncgen(value):
            close()  # never awaited or iterated: no "coroutine was never awaited" warning later
        raise TypeError(f"{what} returned a {type(value).__name__} from a plain function, which the guard cannot check: "
                        "make it `async def` or a generator function itself")
    return value


def make_tool(guard: "Guard", fn: Callable, name: str | None) -> Callable:
    tool = name or tool_name(fn)
    sig = inspect.signature(fn)
    plan = _plan(sig)
    kind = _kind_of(fn)

    warned: list[bool] = []

    def state() -> tuple[RunState | None, Any]:
        s = current_run()
        if s is not None and s.guard is guard:
            return s, None
        if guard.open_runs and not warned:
            warned.append(True)
            log.warning(
                "tool %r was called outside any run while a run of its guard is open (another thread? a plain "
                "ThreadPoolExecutor starts tasks without the agent's context): it is checked as a run of its own, "
                "outside the agent's limits and taint. Submit it with guard.executor() or contextvars.copy_context().run",
                tool,
            )
        scope = guard.run(agent=None)
        scope.implicit = True
        return None, scope

    def open_span(s: RunState) -> Any:
        return guard.telemetry.start_tool_span(tool, None, s.run_id, parent=s._parent())

    def result_outcome(run: Run | AsyncRun, d: Decision, fallback: Any) -> Any:
        stop = _stop_or_refuse(guard, d, tool)
        if stop is not None:
            return stop
        value = d.event.result if d.rewritten else fallback
        return attach_guidance(value, run.take_instructions())

    if inspect.isasyncgenfunction(kind):

        @functools.wraps(fn)
        async def agen_wrapper(*args: Any, **kwargs: Any) -> Any:
            s, scope = state()
            async with contextlib.AsyncExitStack() as stack:
                run = await stack.enter_async_context(scope) if scope is not None else AsyncRun(s)
                # aclosing: an early aclose() of this generator closes the guarded one now (its
                # span ends, its context is restored), not whenever the loop finalises it.
                inner = await stack.enter_async_context(contextlib.aclosing(_agen_tool(run, args, kwargs, scope)))
                # `yield from` for async generators: what the consumer sends or throws reaches the tool
                try:
                    item = await inner.__anext__()
                except StopAsyncIteration:
                    return
                while True:
                    try:
                        sent = yield item
                    except GeneratorExit:
                        raise
                    except BaseException as exc:  # noqa: BLE001 - handed to the tool, as `yield from` would
                        try:
                            item = await inner.athrow(exc)
                        except StopAsyncIteration:
                            return
                    else:
                        try:
                            item = await inner.asend(sent)
                        except StopAsyncIteration:
                            return

        async def _agen_tool(run: AsyncRun, args: tuple, kwargs: dict, scope: Any = None) -> Any:
            span = open_span(run.state)
            with active_span(span, guard.telemetry.error_redact) as current:
                before = _bind(sig, args, kwargs, plan)
                d = await run.tool_call(tool, before)
                stop, args, kwargs = _go_ahead(guard, run.state, d, tool, sig, args, kwargs, before)
                if stop is not None:
                    with _between_items(current, scope):
                        yield stop
                    return
                async for item in fn(*args, **kwargs):
                    r = await run.tool_result(tool, item, arguments=d.event.arguments)
                    out = result_outcome(run, r, item)
                    with _between_items(current, scope):
                        yield out
                    if isinstance(out, Refusal):
                        return

        return agen_wrapper

    if inspect.iscoroutinefunction(kind):

        @functools.wraps(fn)
        async def async_wrapper(*args: Any, **kwargs: Any) -> Any:
            s, scope = state()
            if scope is not None:
                async with scope as run:
                    return await _async_tool(run, args, kwargs)
            return await _async_tool(AsyncRun(s), args, kwargs)

        async def _async_tool(run: AsyncRun, args: tuple, kwargs: dict) -> Any:
            span = open_span(run.state)
            with active_span(span, guard.telemetry.error_redact):
                before = _bind(sig, args, kwargs, plan)
                d = await run.tool_call(tool, before)
                stop, args, kwargs = _go_ahead(guard, run.state, d, tool, sig, args, kwargs, before)
                if stop is not None:
                    span.set_status(Status(StatusCode.ERROR, "refused"))
                    return stop
                try:
                    result = await fn(*args, **kwargs)
                except Exception as exc:
                    r = await run.tool_result(tool, None, arguments=d.event.arguments, error=describe_error(exc))
                    if r.action is Action.HALT:
                        raise GuardHalted(r.reason, r) from exc
                    raise
                r = await run.tool_result(tool, result, arguments=d.event.arguments)
                return result_outcome(run, r, result)

        return async_wrapper

    if inspect.isgeneratorfunction(kind):

        @functools.wraps(fn)
        def gen_wrapper(*args: Any, **kwargs: Any) -> Any:
            s, scope = state()
            if scope is not None:
                with scope as run:
                    yield from _gen_tool(run, args, kwargs, scope)
                return
            yield from _gen_tool(Run(s), args, kwargs)

        def _gen_tool(run: Run, args: tuple, kwargs: dict, scope: Any = None) -> Any:
            span = open_span(run.state)
            with active_span(span, guard.telemetry.error_redact) as current:
                before = _bind(sig, args, kwargs, plan)
                d = run.tool_call(tool, before)
                stop, args, kwargs = _go_ahead(guard, run.state, d, tool, sig, args, kwargs, before)
                if stop is not None:
                    with _between_items(current, scope):
                        yield stop
                    return
                for item in fn(*args, **kwargs):
                    out = result_outcome(run, run.tool_result(tool, item, arguments=d.event.arguments), item)
                    with _between_items(current, scope):
                        yield out
                    if isinstance(out, Refusal):
                        return

        return gen_wrapper

    @functools.wraps(fn)
    def sync_wrapper(*args: Any, **kwargs: Any) -> Any:
        s, scope = state()
        if scope is not None:
            with scope as run:
                return _sync_tool(run, args, kwargs)
        return _sync_tool(Run(s), args, kwargs)

    def _sync_tool(run: Run, args: tuple, kwargs: dict) -> Any:
        span = open_span(run.state)
        with active_span(span, guard.telemetry.error_redact):
            before = _bind(sig, args, kwargs, plan)
            d = run.tool_call(tool, before)
            stop, args, kwargs = _go_ahead(guard, run.state, d, tool, sig, args, kwargs, before)
            if stop is not None:
                span.set_status(Status(StatusCode.ERROR, "refused"))
                return stop
            try:
                result = _plain_result(fn(*args, **kwargs), f"tool {tool!r}")
            except Exception as exc:
                r = run.tool_result(tool, None, arguments=d.event.arguments, error=describe_error(exc))
                if r.action is Action.HALT:  # a halt on the error's text stops the run, as on any result
                    raise GuardHalted(r.reason, r) from exc
                raise
            return result_outcome(run, run.tool_result(tool, result, arguments=d.event.arguments), result)

    return sync_wrapper


# ---------------------------------------------------------------------------- agent


def make_agent(guard: "Guard", fn: Callable, name: str | None, input_arg: str | None) -> Callable:
    agent = name or tool_name(fn)
    sig = inspect.signature(fn)
    kind = _kind_of(fn)

    def checked_input(d: Decision, args: tuple, kwargs: dict, arg: str | None) -> tuple[Refusal | None, tuple, dict]:
        stop = _stop_or_refuse(guard, d, None)
        if stop is not None:
            return stop, args, kwargs
        if d.rewritten and arg:
            args, kwargs = _replace_arg(sig, args, kwargs, arg, d.event.content)
        return None, args, kwargs

    def checked_output(d: Decision, value: Any) -> Any:
        stop = _stop_or_refuse(guard, d, None)
        if stop is not None:
            return stop
        return d.event.content if d.rewritten else value

    @contextlib.contextmanager
    def agent_run() -> Iterator[Run]:
        """The agent's run; `last_report()` is this run's however it ends (it raised, or a
        generator agent's consumer stopped early)."""
        with guard.run(agent=agent) as run:
            try:
                yield run
            finally:
                guard._set_last(run.report)

    @contextlib.asynccontextmanager
    async def async_agent_run() -> AsyncIterator[AsyncRun]:
        async with guard.run(agent=agent) as run:
            try:
                yield run
            finally:
                guard._set_last(run.report)

    if inspect.isasyncgenfunction(kind):

        @functools.wraps(fn)
        async def agen_agent(*args: Any, **kwargs: Any) -> Any:
            async with async_agent_run() as run:
                arg, text = _input_text(sig, args, kwargs, input_arg)
                if text is not None:
                    stop, args, kwargs = checked_input(await run.input(text), args, kwargs, arg)
                    if stop is not None:
                        yield stop
                        return
                parts: list[str] = []
                async for chunk in fn(*args, **kwargs):
                    out = checked_output(await run.output(_as_text(chunk), partial=True), chunk)
                    yield out
                    if isinstance(out, Refusal):
                        return
                    parts.append(_as_text(out))
                final = await run.output("".join(parts))
                if final.action is Action.HALT:
                    raise GuardHalted(final.reason, final)

        return agen_agent

    if inspect.iscoroutinefunction(kind):

        @functools.wraps(fn)
        async def async_agent(*args: Any, **kwargs: Any) -> Any:
            async with async_agent_run() as run:
                arg, text = _input_text(sig, args, kwargs, input_arg)
                result: Any
                if text is not None:
                    stop, args, kwargs = checked_input(await run.input(text), args, kwargs, arg)
                    if stop is not None:
                        return stop
                result = await fn(*args, **kwargs)
                if result is not None and not isinstance(result, Refusal):
                    result = checked_output(await run.output(_as_text(result)), result)
            return result

        return async_agent

    if inspect.isgeneratorfunction(kind):

        @functools.wraps(fn)
        def gen_agent(*args: Any, **kwargs: Any) -> Any:
            with agent_run() as run:
                arg, text = _input_text(sig, args, kwargs, input_arg)
                if text is not None:
                    stop, args, kwargs = checked_input(run.input(text), args, kwargs, arg)
                    if stop is not None:
                        yield stop
                        return
                parts: list[str] = []
                for chunk in fn(*args, **kwargs):
                    out = checked_output(run.output(_as_text(chunk), partial=True), chunk)
                    yield out
                    if isinstance(out, Refusal):
                        return
                    parts.append(_as_text(out))
                final = run.output("".join(parts))
                if final.action is Action.HALT:
                    raise GuardHalted(final.reason, final)

        return gen_agent

    @functools.wraps(fn)
    def sync_agent(*args: Any, **kwargs: Any) -> Any:
        with agent_run() as run:
            arg, text = _input_text(sig, args, kwargs, input_arg)
            if text is not None:
                stop, args, kwargs = checked_input(run.input(text), args, kwargs, arg)
                if stop is not None:
                    return stop
            result = _plain_result(fn(*args, **kwargs), f"agent {agent!r}")
            if result is not None and not isinstance(result, Refusal):
                result = checked_output(run.output(_as_text(result)), result)
        return result

    return sync_agent
