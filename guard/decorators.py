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


class GuidedList(list):
    """A list result with the guidance that rides on it: still a list to the agent's code
    (`len`, iteration, JSON), and `str()` shows the guidance as text does."""

    guard_instructions: list[str]

    def __str__(self) -> str:
        return attach_guidance(list.__repr__(self), self.guard_instructions)


def carries_guidance(result: Any) -> bool:
    """Whether guidance can ride on this result without changing what it is to the agent's code:
    a number, None, a tuple or an object stays as it is, and its guidance waits for the run's
    next text, dict or list result (or `take_instructions()`)."""
    return isinstance(result, (str, dict, list))


def attach_guidance(result: Any, instructions: list[str]) -> Any:
    if not instructions:
        return result
    if isinstance(result, str):
        return result + "\n\n" + GUIDANCE_HEADER + "\n" + "\n".join(f"- {i}" for i in instructions)
    if isinstance(result, dict):
        return {**result, "guard_instructions": list(instructions)}
    if isinstance(result, list):
        guided = GuidedList(result)
        guided.guard_instructions = list(instructions)
        return guided
    raise TypeError(f"guidance cannot ride on a {type(result).__name__} result (see carries_guidance)")


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


def _halt_on_error(decision: Decision, exc: BaseException) -> None:
    """A tool's error, checked as its result: a halt on the error's text stops the run, as on
    any result (otherwise the caller re-raises the tool's own exception)."""
    if decision.action is Action.HALT:
        raise GuardHalted(decision.reason, decision) from exc


class UncheckableCall(GuardInputError, TypeError):
    """A tool call whose arguments cannot be matched to its parameters, so the rules that name
    them cannot be checked: it is not run (a TypeError too, as calling the function would be)."""


_SIMPLE_KINDS = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)
_Plan = tuple[tuple[str, ...], int, dict[str, Any]]


def _receiver(sig: inspect.Signature) -> str | None:
    """A method's `self` or `cls`: the first positional parameter of that name, and only it (a
    `cls=` or `self=` later in a plain function is an argument like any other, and checked)."""
    first = next(iter(sig.parameters.values()), None)
    if first is not None and first.name in ("self", "cls") and first.kind in (
            inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD):
        return first.name
    return None


def _plan(sig: inspect.Signature) -> _Plan | None:
    """Names, positional count and defaults of a signature with only plain parameters
    (the common tool), so binding a call is a zip instead of `Signature.bind`.
    Computed once per decorated function."""
    params = list(sig.parameters.values())
    if any(p.kind not in _SIMPLE_KINDS for p in params) or _receiver(sig):
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
    receiver = _receiver(sig)
    for name, value in bound.arguments.items():
        kind = sig.parameters[name].kind
        if name == receiver:
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
    receiver = _receiver(sig)
    for p in params:
        name = p.name
        if name == receiver:
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


def _input_texts(sig: inspect.Signature, args: tuple, kwargs: dict, input_arg: str | None) -> list[tuple[str, str]]:
    """(parameter name, text) of the agent's user input: `input_arg`, else the first text
    parameter with an input's name (`task`, `prompt`, `message`, …), else every text argument
    (in `support(user_id, msg)` the first text is an id, and guessing it would leave the
    message unchecked), each checked as an input."""
    try:
        bound = sig.bind_partial(*args, **kwargs)
    except TypeError:
        return []
    receiver = _receiver(sig)
    texts = {n: v for n, v in bound.arguments.items() if isinstance(v, str) and n != receiver}
    for n in [input_arg] if input_arg else _INPUT_NAMES:
        if n in texts:
            return [(n, texts[n])]
    for n, v in bound.arguments.items():  # `chat(messages)`: the last user message of a chat
        if (input_arg is None or n == input_arg) and isinstance(v, list):
            last = _last_user_message(v)
            if last is not None:
                return [(f"{n}[{last}]", v[last]["content"])]
    # the longest first: the first input is the run's task (`u-42` would be a poor one)
    return [] if input_arg else sorted(texts.items(), key=lambda kv: -len(kv[1]))


def _check_input_arg(sig: inspect.Signature, input_arg: str | None, agent: str) -> None:
    """`input_arg` must name a parameter the input can arrive in: a misspelt one matched no
    argument, and every input went unchecked (and unrecorded) without a word."""
    if input_arg is None:
        return
    if not isinstance(input_arg, str) or not input_arg:
        raise TypeError(f"input_arg of agent {agent!r} must be a parameter's name, got {input_arg!r}")
    var = (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD)
    receiver = _receiver(sig)
    names = [n for n, p in sig.parameters.items() if n != receiver and p.kind not in var]
    if input_arg not in names:  # a key of `**kwargs` is not read as the input either
        raise TypeError(f"input_arg={input_arg!r} of agent {agent!r} is not one of its named parameters "
                        f"({', '.join(names) or 'none'}): its input would never be checked")


def _last_user_message(messages: list) -> int | None:
    """Index of the last `{"role": "user", "content": "…"}` in a chat's messages, or None."""
    for i in range(len(messages) - 1, -1, -1):
        m = messages[i]
        if isinstance(m, dict) and m.get("role") == "user" and isinstance(m.get("content"), str):
            return i
    return None


def _replace_arg(sig: inspect.Signature, args: tuple, kwargs: dict, name: str, value: Any) -> tuple[tuple, dict]:
    bound = sig.bind_partial(*args, **kwargs)
    if name.endswith("]"):  # a chat message's content (`messages[3]`): the caller's list is left as it was
        param, index = name[:-1].split("[")
        messages = list(bound.arguments[param])
        messages[int(index)] = {**messages[int(index)], "content": value}
        bound.arguments[param] = messages
    else:
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


def _named(wrapper: Callable, fn: Callable, name: str) -> Callable:
    """A partial or a callable object has no `__name__` for `functools.wraps` to copy: frameworks
    that name tools by `__name__` would see `sync_wrapper`. They see the checked name instead."""
    if not isinstance(getattr(fn, "__name__", None), str):
        wrapper.__name__ = wrapper.__qualname__ = name
    return wrapper


def _descriptor(make: Callable[..., Callable]) -> Callable[..., Any]:
    """`make` applied to the function inside a `staticmethod` or `classmethod`, wrapped again
    in the same kind: `@guard.tool` above `@staticmethod` guards the function, not the descriptor."""
    def build(guard: "Guard", fn: Any, *rest: Any) -> Any:
        if isinstance(fn, (staticmethod, classmethod)):
            return type(fn)(make(guard, fn.__func__, *rest))
        return make(guard, fn, *rest)
    return build


def _checked_name(name: Any, what: str) -> None:
    """A name given to `@guard.tool`/`@guard.agent`: text, or nothing (the function's own name, as
    `""` also means). `name=5` failed only at the first call, and `"  "` named the tool blank."""
    if name is not None and (not isinstance(name, str) or (name and not name.strip())):
        raise TypeError(f"{what} name must be non-empty text, got {name!r}")


def make_tool(guard: "Guard", fn: Callable, name: str | None) -> Callable:
    _checked_name(name, "a tool's")
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
        return attach_guidance(value, run.take_instructions()) if carries_guidance(value) else value

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
                gen = fn(*args, **kwargs)
                step: tuple[str, Any] = ("send", None)  # what the consumer handed the tool last
                try:
                    while True:
                        try:
                            item = await (gen.asend(step[1]) if step[0] == "send" else gen.athrow(step[1]))
                        except StopAsyncIteration:
                            return
                        except Exception as exc:
                            if step[0] == "throw" and exc is step[1]:
                                raise  # the consumer's own exception, not a failure of the tool
                            r = await run.tool_result(tool, None, arguments=d.event.arguments, error=describe_error(exc))
                            _halt_on_error(r, exc)
                            raise
                        out = result_outcome(run, await run.tool_result(tool, item, arguments=d.event.arguments), item)
                        try:
                            with _between_items(current, scope):
                                step = ("send", (yield out))
                        except GeneratorExit:
                            raise
                        except BaseException as exc:  # noqa: BLE001 - handed to the tool, as `yield from` would
                            step = ("throw", exc)
                        if isinstance(out, Refusal):
                            return
                finally:
                    await gen.aclose()

        return _named(agen_wrapper, fn, tool)

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
                    _halt_on_error(r, exc)
                    raise
                except BaseException as exc:  # cancelled, Ctrl-C: the call's outcome is on the record too
                    await run.tool_result(tool, None, arguments=d.event.arguments, error=_interrupted(exc))
                    raise
                r = await run.tool_result(tool, result, arguments=d.event.arguments)
                return result_outcome(run, r, result)

        return _named(async_wrapper, fn, tool)

    if inspect.isgeneratorfunction(kind):

        @functools.wraps(fn)
        def gen_wrapper(*args: Any, **kwargs: Any) -> Any:
            s, scope = state()
            if scope is not None:
                with scope as run:
                    return (yield from _gen_tool(run, args, kwargs, scope))
            return (yield from _gen_tool(Run(s), args, kwargs))

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
                # driven by hand rather than by `for`: what the consumer sends or throws reaches
                # the tool, its return value comes back, and an error it raises is checked
                gen = fn(*args, **kwargs)
                step: tuple[str, Any] = ("send", None)
                try:
                    while True:
                        try:
                            item = gen.send(step[1]) if step[0] == "send" else gen.throw(step[1])
                        except StopIteration as done:
                            return done.value
                        except Exception as exc:
                            if step[0] == "throw" and exc is step[1]:
                                raise  # the consumer's own exception, not a failure of the tool
                            r = run.tool_result(tool, None, arguments=d.event.arguments, error=describe_error(exc))
                            _halt_on_error(r, exc)
                            raise
                        out = result_outcome(run, run.tool_result(tool, item, arguments=d.event.arguments), item)
                        try:
                            with _between_items(current, scope):
                                step = ("send", (yield out))
                        except GeneratorExit:
                            raise
                        except BaseException as exc:  # noqa: BLE001 - handed to the tool, as `yield from` would
                            step = ("throw", exc)
                        if isinstance(out, Refusal):
                            return None
                finally:
                    gen.close()

        return _named(gen_wrapper, fn, tool)

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
                _halt_on_error(r, exc)
                raise
            except BaseException as exc:  # Ctrl-C, SystemExit: the call's outcome is on the record too
                run.tool_result(tool, None, arguments=d.event.arguments, error=_interrupted(exc))
                raise
            return result_outcome(run, run.tool_result(tool, result, arguments=d.event.arguments), result)

    return _named(sync_wrapper, fn, tool)


def _interrupted(exc: BaseException) -> str:
    """The error a tool call interrupted while it ran is recorded with (it may have acted already)."""
    return f"interrupted: {type(exc).__name__}"


# ---------------------------------------------------------------------------- agent


def make_agent(guard: "Guard", fn: Callable, name: str | None, input_arg: str | None) -> Callable:
    _checked_name(name, "an agent's")
    agent = name or tool_name(fn)
    sig = inspect.signature(fn)
    _check_input_arg(sig, input_arg, agent)
    kind = _kind_of(fn)
    as_tool = make_tool(guard, fn, agent)

    def sub_agent() -> Callable | None:
        """The agent as a tool of the current run, when it is called inside another agent's run:
        its input was written by the calling agent, not by the user, so it must not open a run
        of its own, in which it would count as the user's words, start with no taint and
        escape a halt. Its call and its answer are checked as a tool's (`tool_call`,
        `tool_result`), in the caller's run."""
        s = current_run()
        # only inside another agent's run: a run the application opened itself (`with
        # guard.run(): agent(text)`) holds the user's text, which the agent's input check reads
        if s is None or s.guard is not guard or s.closed or not s.by_agent:
            return None
        return as_tool

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
    def agent_run() -> Iterator[tuple[Run, Any]]:
        """The agent's run and its scope; `last_report()` is this run's however it ends (it
        raised, or a generator agent's consumer stopped early)."""
        scope = guard.run(agent=agent)
        with scope as run:
            run.state.by_agent = True
            try:
                yield run, scope
            finally:
                guard._set_last(run.report)

    @contextlib.asynccontextmanager
    async def async_agent_run(generator: bool = False) -> AsyncIterator[tuple[AsyncRun, Any]]:
        scope = guard.run(agent=agent)
        async with scope as run:
            run.state.by_agent = True
            if generator:  # an async generator left by `break` is closed later, by a finaliser in another
                guard._set_last(run.report)  # context, where `finally` sets it for no one: now, in the consumer's
            try:
                yield run, scope
            finally:
                guard._set_last(run.report)

    if inspect.isasyncgenfunction(kind):

        @functools.wraps(fn)
        async def agen_agent(*args: Any, **kwargs: Any) -> Any:
            nested = sub_agent()
            if nested is not None:
                async for item in nested(*args, **kwargs):
                    yield item
                return
            async with async_agent_run(generator=True) as (run, scope):
                for arg, text in _input_texts(sig, args, kwargs, input_arg):
                    stop, args, kwargs = checked_input(await run.input(text), args, kwargs, arg)
                    if stop is not None:
                        with scope.suspended():
                            yield stop
                        return
                parts: list[str] = []
                async for chunk in fn(*args, **kwargs):
                    out = checked_output(await run.output(_as_text(chunk), partial=True), chunk)
                    # the consumer runs outside the agent's run while it holds the item: a consumer
                    # that stops early (`break`) would otherwise keep the ended run as its current one
                    with scope.suspended():
                        yield out
                    if isinstance(out, Refusal):
                        return
                    parts.append(_as_text(out))
                # the whole answer can break a rule no chunk broke alone ("LAUNCH-", "CODE-", "1234"):
                # the chunks are out, but the consumer learns it (a last Refusal, or the exception)
                stop = _stop_or_refuse(guard, await run.output("".join(parts)), None)
                if stop is not None:
                    with scope.suspended():
                        yield stop

        return _named(agen_agent, fn, agent)

    if inspect.iscoroutinefunction(kind):

        @functools.wraps(fn)
        async def async_agent(*args: Any, **kwargs: Any) -> Any:
            nested = sub_agent()
            if nested is not None:
                return await nested(*args, **kwargs)
            async with async_agent_run() as (run, scope):
                result: Any
                for arg, text in _input_texts(sig, args, kwargs, input_arg):
                    stop, args, kwargs = checked_input(await run.input(text), args, kwargs, arg)
                    if stop is not None:
                        return stop
                result = await fn(*args, **kwargs)
                if result is not None and not isinstance(result, Refusal):
                    result = checked_output(await run.output(_as_text(result)), result)
            return result

        return _named(async_agent, fn, agent)

    if inspect.isgeneratorfunction(kind):

        @functools.wraps(fn)
        def gen_agent(*args: Any, **kwargs: Any) -> Any:
            nested = sub_agent()
            if nested is not None:
                yield from nested(*args, **kwargs)
                return
            with agent_run() as (run, scope):
                for arg, text in _input_texts(sig, args, kwargs, input_arg):
                    stop, args, kwargs = checked_input(run.input(text), args, kwargs, arg)
                    if stop is not None:
                        with scope.suspended():
                            yield stop
                        return
                parts: list[str] = []
                for chunk in fn(*args, **kwargs):
                    out = checked_output(run.output(_as_text(chunk), partial=True), chunk)
                    with scope.suspended():  # as the async twin
                        yield out
                    if isinstance(out, Refusal):
                        return
                    parts.append(_as_text(out))
                stop = _stop_or_refuse(guard, run.output("".join(parts)), None)  # as the async twin
                if stop is not None:
                    with scope.suspended():
                        yield stop

        return _named(gen_agent, fn, agent)

    @functools.wraps(fn)
    def sync_agent(*args: Any, **kwargs: Any) -> Any:
        nested = sub_agent()
        if nested is not None:
            return nested(*args, **kwargs)
        with agent_run() as (run, _):
            for arg, text in _input_texts(sig, args, kwargs, input_arg):
                stop, args, kwargs = checked_input(run.input(text), args, kwargs, arg)
                if stop is not None:
                    return stop
            result = _plain_result(fn(*args, **kwargs), f"agent {agent!r}")
            if result is not None and not isinstance(result, Refusal):
                result = checked_output(run.output(_as_text(result)), result)
        return result

    return _named(sync_agent, fn, agent)


guard_tool = _descriptor(make_tool)
guard_agent = _descriptor(make_agent)
