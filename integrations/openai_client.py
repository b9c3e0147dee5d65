"""Guard an `openai` client in-process: `guard_openai(OpenAI(...), guard)`.

The same mapping as `guard proxy`, without the proxy: each `chat.completions.create`
call is checked as one step of a run — the newest user message (`input`), new `tool`
messages (`tool_result`; instructions reach the model as a system message), then the
response (`model_response`, each `tool_call`, final `output`). A refused tool call is
removed from the returned message and its refusal is stated in the content (or kept as
a call to the `guard_refusal` pseudo-tool, `refusal_style="guard_refusal"`), so the
caller's agent loop never executes it. Everything else on the client passes through.

Streaming is not wrapped here (`stream=True` raises `GuardInputError`): a guard that
checks streamed tool calls before they are released is what `guard proxy` does. Other
ways to get model output from the wrapped client (`responses`, legacy `completions`,
`beta`, `chat.completions.with_raw_response` / `with_streaming_response` / `parse` /
`stream`) raise the same error instead of passing through unguarded; `with_options()`
returns a wrapped client.
"""
from __future__ import annotations

import functools
import inspect
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Coroutine

from pydantic import ValidationError

from guard.errors import GuardHalted
from guard.run import GuardInputError
from guard.proxy import mapping
from guard.proxy.config import ProxyConfig
from guard.proxy.decisions import LEGACY_CALL_ID, PreparedRequest, decide_response, prepare_request
from guard.proxy.errors import ProxyError
from guard.proxy.history import DecidedMessages, HaltedRuns
from guard.proxy.streaming import CHECKED_MESSAGE_KEYS, answered_choice, check_choice, envelope
from guard.proxy.validation import validate_payload

if TYPE_CHECKING:
    from guard.core import Guard

RUN_ID_ARG = "guard_run_id"
MAX_HALTED_RUNS = 10_000
_OPTIONS = {"refusal_style", "check_model_request"}


def guard_openai(client: Any, guard: "Guard", *, agent: str | None = None, **config: Any) -> Any:
    """Wrap an `openai.OpenAI` or `openai.AsyncOpenAI` client.

    `config` takes the proxy's response options (`refusal_style`, `check_model_request`).
    A call may pass `guard_run_id=` to name its run; otherwise the run is derived from
    the conversation's opening messages, so the turns of one conversation share a run.
    """
    unknown = set(config) - _OPTIONS
    if unknown:
        raise GuardInputError(f"guard_openai: unknown option(s) {', '.join(sorted(unknown))} (known: {', '.join(sorted(_OPTIONS))})")
    return _wrapped(client, guard, agent, config, _Memory())


class _Memory:
    """What a wrapped client (and the copies `with_options` makes of it) remembers across calls:
    what earlier calls sent in place of each message, and which runs a halt stopped."""

    def __init__(self) -> None:
        self.decided = DecidedMessages()
        self.halted = HaltedRuns(MAX_HALTED_RUNS)


def _wrapped(client: Any, guard: "Guard", agent: str | None, config: dict[str, Any], memory: _Memory) -> "_Client":
    try:
        cfg = ProxyConfig.model_validate({"request_check_budget_s": None, **config})  # the caller is the agent itself
    except ValidationError as exc:  # a raw "ValidationError for ProxyConfig" named a class the caller never used
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors(include_input=False))
        raise GuardInputError(f"guard_openai: {problems}") from None
    create = inspect.unwrap(client.chat.completions.create)  # the SDK wraps it to check required args
    completions = _AsyncCompletions if inspect.iscoroutinefunction(create) else _Completions
    return _Client(client, completions(client.chat.completions, guard, agent, cfg, memory), (guard, agent, config, memory))


# Other ways to get model output from a client: refused rather than passed through
# unguarded (the unwrapped client is still there for a caller who means to bypass).
_RAW = frozenset({"with_raw_response", "with_streaming_response"})
# (the client's own HTTP methods reach /chat/completions too; batches run completions offline)
_UNGUARDED_CLIENT = frozenset({"responses", "completions", "beta", "realtime", "batches",
                               "post", "get", "put", "patch", "delete", "request", "get_api_list"}) | _RAW
# Resources of the client that reach no model's text (listing models, files, embeddings,
# moderation, fine-tuning jobs, uploads, vector stores, webhooks, admin): every other resource is
# refused, including ones a newer SDK adds (`decisions`, `live`), as an allowlist must.
_GUARD_FREE_RESOURCES = frozenset({"models", "files", "embeddings", "moderations", "fine_tuning", "uploads",
                                   "vector_stores", "webhooks", "admin"})
# the client's own request methods, private ones too (`_request_api_list`)
_REQUEST_METHODS = frozenset({"_request_api_list", "_send_request", "_send_with_auth_retry", "_get_api_list",
                              "_post", "_get", "_put", "_patch", "_delete"})
# (stored completions come back as the model answered, before the guard's changes)
_UNGUARDED_COMPLETIONS = frozenset({"parse", "stream", "retrieve", "list", "update", "messages"}) | _RAW | _REQUEST_METHODS


class UnguardedPathError(GuardInputError, AttributeError):
    """A way to reach the model that the wrapper does not guard. An AttributeError too, so
    `hasattr(client, "responses")` is simply False."""


def _is_resource(value: Any) -> bool:
    """Whether `value` is one of the SDK's API resources (`client.responses`, `client.decisions`)."""
    try:
        from openai._resource import AsyncAPIResource, SyncAPIResource
    except ImportError:  # pragma: no cover - an SDK without the module: the names above decide
        return False
    return isinstance(value, (SyncAPIResource, AsyncAPIResource))


def _unguarded(where: str) -> UnguardedPathError:
    return UnguardedPathError(f"{where} is not guarded by guard_openai; use chat.completions.create() "
                              "(or the unwrapped client, to bypass the guard on purpose)")


class _Client:
    """The wrapped client: `chat.completions` is guarded, every other attribute is the client's."""

    def __init__(self, client: Any, completions: Any, wrap_args: tuple[Any, Any, dict[str, Any], "_Memory"]):
        self._client = client
        self._wrap_args = wrap_args
        self.chat = _Chat(client.chat, completions)

    def with_options(self, **options: Any) -> "_Client":
        guard, agent, config, memory = self._wrap_args  # the copy shares what this client remembers
        return _wrapped(self._client.with_options(**options), guard, agent, config, memory)

    copy = with_options

    # `with guard_openai(OpenAI(), g) as client:` closes the client's connections at the end, as the
    # SDK's own client does (dunder methods are looked up on the class, not through __getattr__)
    def __enter__(self) -> "_Client":
        self._client.__enter__()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._client.__exit__(*exc)

    async def __aenter__(self) -> "_Client":
        await self._client.__aenter__()
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self._client.__aexit__(*exc)

    def __getattr__(self, name: str) -> Any:
        if name in _UNGUARDED_CLIENT or name in _REQUEST_METHODS:
            raise _unguarded(f"client.{name}")
        value = getattr(self._client, name)
        if name not in _GUARD_FREE_RESOURCES and _is_resource(value):
            raise _unguarded(f"client.{name}")
        return value


class _Chat:
    def __init__(self, chat: Any, completions: Any):
        self._chat = chat
        self.completions = completions

    def __getattr__(self, name: str) -> Any:
        if name in _RAW or name in _REQUEST_METHODS:  # `client.chat._post("/chat/completions", …)`
            raise _unguarded(f"chat.{name}")
        return getattr(self._chat, name)


class _Base:
    def __init__(self, completions: Any, guard: "Guard", agent: str | None, cfg: ProxyConfig, memory: "_Memory"):
        self._completions = completions
        self._guard = guard
        self._agent = agent
        self._cfg = cfg
        self._decided = memory.decided
        self._halted = memory.halted

    def __getattr__(self, name: str) -> Any:
        if name in _UNGUARDED_COMPLETIONS:
            raise _unguarded(f"chat.completions.{name}")
        return getattr(self._completions, name)

    def _request(self, kwargs: dict[str, Any]) -> tuple[dict[str, Any], str, list[dict[str, Any]] | None]:
        """The call as the JSON payload the proxy would see, checked as the proxy checks it: a
        malformed message is a GuardInputError (a ValueError) naming the field, before any of
        it is read. The SDK sends `extra_body` merged over the other arguments, so it is read
        merged too (`extra_body={"messages": …}` replaces the messages). Also the run id, and
        the messages that scope a halt of a run derived from them."""
        payload = {k: v for k, v in kwargs.items() if k not in (RUN_ID_ARG, "extra_body") and not _omitted(v)}
        extra = kwargs.get("extra_body")
        if extra is not None:  # the SDK merges any mapping over the arguments (`{**json, **extra_body}`)
            if not isinstance(extra, Mapping):
                raise GuardInputError(f"extra_body must be a mapping, not {type(extra).__name__}")
            payload.update(dict(extra))
        messages = payload.get("messages")
        if messages is not None and not isinstance(messages, (str, bytes, dict)):  # any iterable, as the SDK takes
            payload["messages"] = [_plain(m) for m in messages]
        try:
            validate_payload(payload, self._cfg.max_messages)
        except ProxyError as exc:
            raise _as_guard_error(exc) from None
        if payload.get("stream"):
            raise GuardInputError("stream=True is not guarded by the client wrapper; run `guard proxy` for streamed calls")
        named = kwargs.get(RUN_ID_ARG)
        run_id = named or mapping.derive_run_id(payload["messages"])
        scope = None if named else payload["messages"]
        reason = self._halted.reason(run_id, scope)
        if reason is not None:  # a halted run stays halted, as in the proxy
            raise GuardHalted(reason)
        return payload, run_id, scope

    @staticmethod
    def _forward(kwargs: dict[str, Any], prepared: PreparedRequest) -> dict[str, Any]:
        out = {k: v for k, v in kwargs.items() if k != RUN_ID_ARG}
        out["messages"] = prepared.payload["messages"]
        extra = kwargs.get("extra_body")
        if isinstance(extra, Mapping) and "messages" in extra:  # what the SDK would send in their place
            out["extra_body"] = {**dict(extra), "messages": prepared.payload["messages"]}
        return out

    def _remember_halt(self, run_id: str, scope: list[dict[str, Any]] | None, exc: GuardHalted) -> None:
        self._halted.remember(run_id, exc.reason or "halted by policy", scope)


class _Completions(_Base):
    def create(self, **kwargs: Any) -> Any:
        payload, run_id, scope = self._request(kwargs)
        try:
            with self._guard.run(agent=self._agent, run_id=run_id) as run:
                shim = _Awaiting(run)
                prepared = _complete(prepare_request(shim, payload, self._cfg, decided=self._decided))
                if prepared.refusal is not None:
                    return _refusal_completion(payload, prepared.refusal)
                response = self._completions.create(**self._forward(kwargs, prepared))
                raw = _checked(response)
                outcomes = [_complete(decide_response(shim, *_choice_args(c, self._cfg), model=response.model))
                            for c in response.choices]
                return _rebuilt(response, raw, outcomes, self._cfg)
        except GuardHalted as exc:
            self._remember_halt(run_id, scope, exc)
            raise


class _AsyncCompletions(_Base):
    async def create(self, **kwargs: Any) -> Any:
        payload, run_id, scope = self._request(kwargs)
        try:
            async with self._guard.run(agent=self._agent, run_id=run_id) as run:
                prepared = await _translated(prepare_request(run, payload, self._cfg, decided=self._decided))
                if prepared.refusal is not None:
                    return _refusal_completion(payload, prepared.refusal)
                response = await self._completions.create(**self._forward(kwargs, prepared))
                raw = _checked(response)
                outcomes = [await _translated(decide_response(run, *_choice_args(c, self._cfg), model=response.model))
                            for c in response.choices]
                return _rebuilt(response, raw, outcomes, self._cfg)
        except GuardHalted as exc:
            self._remember_halt(run_id, scope, exc)
            raise


# ---------------------------------------------------------------------------- plumbing


class _Awaiting:
    """A sync run whose hook methods can be awaited: the proxy's decision code is async,
    and with this shim it never really suspends, so `_complete` runs it to the end."""

    def __init__(self, run: Any):
        self._run = run

    def observe(self, event: Any, recall: bool = False) -> Any:
        return self._run.observe(event, recall=recall)

    @property
    def run_id(self) -> str:
        return self._run.run_id

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._run, name)

        async def call(*args: Any, **kwargs: Any) -> Any:
            return method(*args, **kwargs)

        return call


def _complete(coro: Coroutine[Any, Any, Any]) -> Any:
    try:
        try:
            coro.send(None)
        except StopIteration as stop:
            return stop.value
        except ProxyError as exc:
            raise _as_guard_error(exc) from None
    finally:
        coro.close()
    raise RuntimeError("a guard check suspended inside a synchronous client call")


async def _translated(coro: Coroutine[Any, Any, Any]) -> Any:
    try:
        return await coro
    except ProxyError as exc:
        raise _as_guard_error(exc) from None


def _as_guard_error(exc: ProxyError) -> Exception:
    if exc.type == "guard_halted":
        return GuardHalted(exc.message.removeprefix("The guard halted this run: "))
    return GuardInputError(exc.message)


def _omitted(value: Any) -> bool:
    """The SDK's markers for an argument not given (`NOT_GIVEN`, `omit`): absent, not a value to check."""
    return isinstance(value, _omission_markers())


@functools.lru_cache(maxsize=1)
def _omission_markers() -> tuple[type, ...]:
    import openai

    return tuple(m for m in (getattr(openai, "NotGiven", None), getattr(openai, "Omit", None)) if m is not None)


def _plain(message: Any) -> Any:
    """A message as the JSON dict the API takes (the SDK's own message objects included)."""
    if hasattr(message, "model_dump"):
        return message.model_dump(exclude_none=True)
    return message


def _choice_args(choice: Any, cfg: ProxyConfig) -> tuple[Any, ...]:
    msg = choice.message
    calls = [c.model_dump() for c in (msg.tool_calls or [])]
    legacy = getattr(msg, "function_call", None)
    if legacy is not None:  # the legacy form of a tool call (`functions=`) is checked as the call it is
        calls.append({"id": LEGACY_CALL_ID, "type": "function", "function": legacy.model_dump()})
    return msg.content, calls, choice.finish_reason, cfg


def _checked(response: Any) -> dict[str, Any]:
    """The answer as JSON, its shapes checked as the proxy checks them: what the checks read must
    be what the agent gets (a custom tool call has no `function` to check; an id can hide text)."""
    raw = response.model_dump(warnings=False)  # an answer of the wrong shape is reported below, not warned about
    choices = raw.get("choices")
    if not isinstance(choices, list):  # `choices: null` failed later as a bare TypeError
        raise GuardInputError("The upstream response carried `choices` that is not an array.")
    for i, choice in enumerate(choices):
        if not isinstance(choice, dict) or not isinstance(choice.get("message"), dict):
            raise GuardInputError(f"The upstream response carried `choices[{i}]` without a message object.")
        try:
            check_choice(choice, i, "malformed_response")
        except ProxyError as exc:
            raise _as_guard_error(exc) from None
    return raw


def _rebuilt(response: Any, raw: dict[str, Any], outcomes: list[Any], cfg: ProxyConfig) -> Any:
    """The SDK's own response object with each choice's content, calls and finish reason
    as the guard left them, and nothing the checks did not read (as the proxy answers: the
    envelope, usage counts, no logprobs). Built as the SDK builds responses, without
    validating them, so a provider's own values (`service_tier: "on_demand"`) still load."""
    data = {**envelope(raw), "choices": raw["choices"]}
    for key in ("object", "created", "model"):
        data.setdefault(key, raw.get(key))
    for i, (choice, outcome) in enumerate(zip(data["choices"], outcomes)):
        data["choices"][i] = choice = answered_choice(choice, i, choice["message"], cfg)
        message = choice["message"]
        legacy = message.get("function_call") is not None
        for key in message:  # what no check read (`refusal`, `audio`, ...) does not reach the agent
            if key not in CHECKED_MESSAGE_KEYS:
                message[key] = None
        message["content"] = outcome.content
        if legacy:  # as the proxy answers it: each kept call back in its own shape
            kept_legacy = [c for c in outcome.tool_calls if c.get("id") == LEGACY_CALL_ID]
            message["tool_calls"] = [c for c in outcome.tool_calls if c.get("id") != LEGACY_CALL_ID] or None
            message["function_call"] = kept_legacy[-1]["function"] if kept_legacy else None
        else:
            message["tool_calls"] = outcome.tool_calls or None
        choice["finish_reason"] = outcome.finish_reason or choice["finish_reason"]
    rebuilt = type(response).construct(**data)
    if getattr(response, "_request_id", None) is not None:  # the SDK's private request id, for support tickets
        rebuilt._request_id = response._request_id
    return rebuilt


def _refusal_completion(payload: dict[str, Any], text: str) -> Any:
    """A completion that answers with the guard's refusal instead of calling the model."""
    from openai.types.chat import ChatCompletion

    return ChatCompletion.model_validate({
        "id": "guard-refusal", "object": "chat.completion", "created": int(time.time()),
        "model": payload.get("model") or "guard",
        "choices": [{"index": 0, "finish_reason": "content_filter",
                     "message": {"role": "assistant", "content": text}}],
    })
