"""The Starlette app: OpenAI-compatible endpoints in front of one upstream.

Starlette rather than FastAPI: there is no schema to generate (bodies pass through as
they are) and every microsecond of routing is added latency for every request.
"""
from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import re
import time
import uuid
from typing import Any, AsyncIterator
from urllib.parse import urlsplit

import anyio
from opentelemetry import trace
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response, StreamingResponse
from starlette.routing import Route

from guard.audit.engine import AuditError
from guard.events import InputEvent, ModelRequestEvent, ModelResponseEvent, OutputEvent, ToolCallEvent, ToolResultEvent
from guard.proxy import jsonio, mapping
from guard.proxy.auth import KeyChecker
from guard.proxy.config import ProxyConfig
from guard.proxy.decisions import LEGACY_CALL_ID, decide_response, prepare_request
from guard.proxy.errors import (
    HALT_PREFIX,
    ProxyError,
    audit_unavailable,
    bad_gateway,
    bad_request,
    client_gone,
    error_body,
    halted,
    too_large,
    unauthorized,
    unsupported_encoding,
)
from guard.proxy.history import DecidedMessages, HaltedRuns
from guard.proxy.metrics import ProxyMetrics
from guard.proxy.sse import DONE, DONE_FRAME, SSEError, SSEParser, frame
from guard.proxy.streaming import CHECKED_MESSAGE_KEYS, StreamAssembler, answered_choice, check_choice, envelope, passed
from guard.proxy.upstream import Upstream, UpstreamStatus, shortened
from guard.proxy.validation import validate_payload
from guard.redaction import redact_label
from guard.verdicts import Decision

log = logging.getLogger("guard.proxy")

_PROPAGATOR = TraceContextTextMapPropagator()
CHAT_PATH = "/chat/completions"


class FastJSON(JSONResponse):
    def render(self, content: Any) -> bytes:
        return jsonio.dumps(content)


def error_response(err: ProxyError, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(err.body(), status_code=err.status, headers={**(headers or {}), **err.headers} or None)


_RUN_ID = re.compile(r"[ -~]{1,256}")


class GuardedRun:
    """The run as the proxy uses it: every decision is counted for `/metrics`, and a hook
    no interceptor handles is not checked at all; its event is only added to the history
    (`observe`), so interceptors on later hooks still see the whole conversation."""

    _HOOKS = ("input", "model_request", "model_response", "tool_call", "tool_result", "output")

    def __init__(self, run: Any, metrics: ProxyMetrics, active: frozenset[str]):
        self._run = run
        self._metrics = metrics
        self._active = active

    def observe(self, event: Any, recall: bool = False) -> Any:
        return self._run.observe(event, recall=recall)

    def __getattr__(self, name: str) -> Any:
        target = getattr(self._run, name)
        if name not in self._HOOKS:
            return target
        if name not in self._active:
            return lambda *a, **kw: _unchecked(self._run, name, *a, **kw)

        async def call(*args: Any, **kw: Any) -> Any:
            d = await target(*args, **kw)
            self._metrics.decided(name, d.action.value)
            if name == "tool_call" and not d.allowed:
                self._metrics.tool_calls_refused += 1
            return d

        return call


async def _unchecked(run: Any, hook: str, *args: Any, **kw: Any) -> Decision:
    event = _EVENT_BUILDERS[hook](*args, **kw)
    if not getattr(event, "partial", False) and hook != "model_request":
        run.observe(event)
    return Decision(event=event)


_EVENT_BUILDERS: dict[str, Any] = {
    "input": lambda content, **kw: InputEvent(content=content),
    "model_request": lambda messages, model=None, **kw: ModelRequestEvent(model=model),
    "model_response": lambda content=None, tool_calls=None, **kw: ModelResponseEvent(content=content, tool_calls=tool_calls or []),
    "tool_call": lambda tool, arguments=None, call_id=None, **kw: ToolCallEvent(tool=tool, arguments=arguments or {}, call_id=call_id),
    "tool_result": lambda tool, result=None, arguments=None, call_id=None, error=None, **kw: ToolResultEvent(
        tool=tool, result=result, arguments=arguments or {}, call_id=call_id, error=error),
    "output": lambda content, partial=False: OutputEvent(content=content, partial=partial),
}


MAX_HALTED_RUNS = 100_000


class ProxyApp:
    def __init__(self, cfg: ProxyConfig, backend: Any, transport: Any = None, server_gc: bool = False):
        self.cfg = cfg
        self.server_gc = server_gc
        self.backend = backend
        self.keys = KeyChecker(cfg.api_key_hashes)
        self.upstream = Upstream(cfg, transport=transport)
        self.metrics = ProxyMetrics()
        self.active = backend.active_hooks()
        parsed = urlsplit(cfg.upstream or "")
        self._upstream_host = (parsed.hostname or "", parsed.port or (443 if parsed.scheme == "https" else 80))
        self.ready = False
        self.halted_runs = HaltedRuns(MAX_HALTED_RUNS)  # per worker process
        self.decided = DecidedMessages()  # what earlier turns forwarded in place of each message

    # ------------------------------------------------------------------ helpers
    async def _read_body(self, request: Request) -> bytes:
        encoding = request.headers.get("content-encoding", "").strip().lower()
        if encoding not in ("", "identity"):  # a gzip body read as "not valid JSON"
            raise unsupported_encoding(encoding)
        limit = self.cfg.max_body_bytes
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limit:
            raise too_large(limit)
        body = bytearray()
        async for part in request.stream():
            body += part
            if len(body) > limit:
                raise too_large(limit)
        return bytes(body)

    def _client(self, request: Request) -> str | None:
        """The client's tag (see KeyChecker.client_tag); None when its key is missing or wrong."""
        return self.keys.client_tag(request.headers.get("authorization"), request.headers.get("x-api-key"))

    def _upstream_headers(self, request: Request, span: Any) -> dict[str, str]:
        extra: dict[str, str] = {}
        if span is None or not span.get_span_context().is_valid:
            return self.upstream.headers(request.headers, extra)  # not tracing: the client's context passes as it came
        _PROPAGATOR.inject(extra, context=trace.set_span_in_context(span))
        headers = self.upstream.headers(request.headers, extra)
        if "tracestate" not in extra:  # the state belongs to the trace it came with, which this span may not continue
            headers.pop("tracestate", None)
        return headers

    # ------------------------------------------------------------------ endpoints
    async def healthz(self, request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def readyz(self, request: Request) -> Response:
        if not self.ready:
            return JSONResponse({"status": "starting"}, status_code=503)
        return JSONResponse({"status": "ready", "policy": self.backend.policy_label(), "upstream": self.cfg.shown_upstream})

    async def metrics_endpoint(self, request: Request) -> Response:
        stats = getattr(self.backend, "audit_stats", None)
        return PlainTextResponse(self.metrics.render(stats() if stats else None), media_type="text/plain; version=0.0.4")

    async def models(self, request: Request) -> Response:
        if self._client(request) is None:
            self.metrics.request("models", 401)
            return error_response(unauthorized())
        try:
            status, body, headers = await self.upstream.get_json("/models", self.upstream.headers(request.headers))
        except ProxyError as err:
            err = self._scrubbed(err)
            self._count_error(err, "models")
            return error_response(err)
        self.metrics.request("models", status)
        return JSONResponse(self._scrubbed_body(body) if status >= 400 else body, status_code=status, headers=headers)

    async def chat(self, request: Request) -> Response:
        client = self._client(request)
        if client is None:
            self.metrics.request("chat", 401)
            return error_response(unauthorized())
        try:
            raw = await self._read_body(request)
            try:
                payload = jsonio.loads(raw)
            except jsonio.DecodeError:
                raise bad_request("The request body is not valid JSON.", "invalid_json") from None
            messages = validate_payload(payload, self.cfg.max_messages)
        except ProxyError as err:
            self.metrics.request("chat", err.status)
            return error_response(err)
        stream = payload.get("stream") is True
        model = payload.get("model")
        named = (request.headers.get("x-guard-run-id") or "").strip() or None  # empty: derived, as before
        if named is not None and not _RUN_ID.fullmatch(named):
            err = bad_request("The X-Guard-Run-Id header must be at most 256 printable ASCII characters.", "invalid_run_id")
            self.metrics.request("chat", err.status)
            return error_response(err)
        run_id = named or mapping.derive_run_id(messages)
        scope = None if named else messages  # a derived id is shared by every conversation that opens alike
        agent = request.headers.get("x-guard-agent") or self.cfg.agent
        # a halt is kept per client: another client's key naming the same run id neither meets the
        # halt (a denial of its own run) nor reads its reason (the first client's tool and values)
        halt_key = f"{client}|{run_id}"
        stopped = self.halted_runs.reason(halt_key, scope)
        if stopped is not None:  # a halted run stays halted: nothing more of it is forwarded
            self.metrics.request("chat", 403)
            return error_response(halted(stopped), {"x-guard-run-id": run_id})
        parent = _PROPAGATOR.extract(request.headers) if "traceparent" in request.headers else None
        meta = {"surface": "proxy", "model": model, "stream": stream}
        out_headers = {"x-guard-run-id": run_id}

        stack = contextlib.AsyncExitStack()
        self.metrics.in_flight += 1
        stack.callback(self._done_in_flight)
        try:
            run = GuardedRun(await stack.enter_async_context(self.backend.run(agent, run_id, parent, meta)), self.metrics, self.active)
            span = stack.enter_context(self.backend.chat_span(run._run, model, run_id))
            if span is not None and span.get_span_context().is_valid:
                _PROPAGATOR.inject(out_headers, context=trace.set_span_in_context(span))
                if span.is_recording():
                    span.set_attribute("gen_ai.system", "openai")
                    span.set_attribute("gen_ai.output.type", "text")
                    span.set_attribute("server.address", self._upstream_host[0])
                    if self._upstream_host[1]:
                        span.set_attribute("server.port", self._upstream_host[1])
                    if isinstance(payload.get("temperature"), (int, float)):
                        span.set_attribute("gen_ai.request.temperature", float(payload["temperature"]))
                    if isinstance(payload.get("max_tokens"), int):
                        span.set_attribute("gen_ai.request.max_tokens", payload["max_tokens"])
            prepared = await prepare_request(run, payload, self.cfg, self.active, gone=request.is_disconnected,
                                             decided=self.decided)
            if prepared.refusal is not None:
                await _close(stack)
                self.metrics.request("chat", 200)
                out_headers["x-guard-action"] = "refuse"
                return _refusal_response(prepared.refusal, model, stream, payload, out_headers)
            # always the payload as checked, never the bytes as sent: a key given twice was read as
            # its last value, and an upstream's parser may take the first
            try:
                body = jsonio.dumps(prepared.payload)
            except RecursionError:
                raise bad_request("The request is nested too deeply to forward.", "invalid_request") from None
            if await request.is_disconnected():  # the last chance not to spend an upstream call on no one
                raise client_gone()
            headers = self._upstream_headers(request, span)
            if not stream:
                status, data, up_headers = await _unless_gone(request, self.upstream.post_json(CHAT_PATH, body, headers))
                if status < 300:
                    data = await self._decide_completion(run, data, model, span)
                else:
                    data = self._scrubbed_body(data)
                await _close(stack)
                self.metrics.request("chat", status)
                return FastJSON(data, status_code=status, headers={**up_headers, **out_headers})
            upstream_stream = await _unless_gone(request, self.upstream.open_stream(CHAT_PATH, body, headers))
            stack.push_async_callback(upstream_stream.aclose)
        except ProxyError as err:
            await _close(stack)
            err = self._scrubbed(err)
            self._remember_halt(halt_key, err, scope)
            self._count_error(err, "chat")
            return error_response(err, out_headers)
        except UpstreamStatus as up:
            await _close(stack)
            self.metrics.request("chat", up.status)
            return JSONResponse(self._scrubbed_body(up.body), status_code=up.status, headers={**up.headers, **out_headers})
        except AuditError as exc:
            await _close(stack)
            err = _audit_failed(exc)
            self._count_error(err, "chat")
            return error_response(err, out_headers)
        except BaseException:
            await _close(stack)
            raise
        self.metrics.streams += 1  # counted by its status when it ends (`_relay`): 200, or 499 if the client left
        return StreamingResponse(
            self._relay(upstream_stream, run, model, stack, span, halt_key, scope, _stream_expects(payload)),
            media_type="text/event-stream",
            headers={**upstream_stream.headers, **out_headers, "cache-control": "no-cache"},
        )

    def _count_error(self, err: ProxyError, endpoint: str) -> None:
        if err.status in (502, 504):
            self.metrics.upstream_errors[err.code or err.type] += 1
        self.metrics.request(endpoint, err.status)

    def _done_in_flight(self) -> None:
        self.metrics.in_flight -= 1

    def _remember_halt(self, halt_key: str, err: ProxyError, scope: list[dict[str, Any]] | None) -> None:
        """`scope`: the messages of a run whose id was derived from the conversation."""
        if err.code == "run_halted":
            self.halted_runs.remember(halt_key, err.message.removeprefix(HALT_PREFIX), scope)

    async def _decide_completion(self, run: Any, data: dict[str, Any], model: str | None, span: Any) -> dict[str, Any]:
        choices = data.get("choices")
        if not isinstance(choices, list):
            raise bad_gateway("The upstream response has no `choices` array.", "malformed_response")
        for i, choice in enumerate(choices):
            message = choice.get("message") if isinstance(choice, dict) else None
            if not isinstance(message, dict):
                raise bad_gateway("An upstream choice has no `message` object.", "malformed_response")
            check_choice(choice, i, "malformed_response")
        for choice in choices:
            message = choice["message"]
            raw_calls = list(message.get("tool_calls") or [])
            legacy = message.get("function_call")
            if legacy:
                raw_calls.append({"id": LEGACY_CALL_ID, "type": "function", "function": legacy})
            content = message.get("content")
            outcome = await decide_response(run, content if isinstance(content, str) else None, raw_calls, choice.get("finish_reason"), self.cfg, model)
            if outcome.content != content:
                message["content"] = outcome.content
                choice["logprobs"] = None
            if legacy:  # each kept call back in its own shape
                message.pop("function_call", None)
                message.pop("tool_calls", None)
                kept_legacy = [c for c in outcome.tool_calls if c.get("id") == LEGACY_CALL_ID]
                kept_calls = [c for c in outcome.tool_calls if c.get("id") != LEGACY_CALL_ID]
                if kept_legacy:
                    message["function_call"] = kept_legacy[-1]["function"]
                if kept_calls:
                    message["tool_calls"] = kept_calls
            elif outcome.tool_calls:
                message["tool_calls"] = outcome.tool_calls
            else:
                message.pop("tool_calls", None)
            choice["finish_reason"] = outcome.finish_reason
        _usage_attrs(span, data)
        # only what the checks read, or what carries no text, goes to the client (see streaming.passed)
        out = envelope(data)
        out["choices"] = [answered_choice(c, i, passed(c["message"], CHECKED_MESSAGE_KEYS, self.cfg.pass_through_fields), self.cfg)
                          for i, c in enumerate(choices)]
        return out

    async def _relay(self, upstream_stream: Any, run: Any, model: str | None, stack: contextlib.AsyncExitStack, span: Any = None,
                     halt_key: str = "", scope: list[dict[str, Any]] | None = None,
                     expects: tuple[int, bool] = (1, False)) -> AsyncIterator[bytes]:
        parser = SSEParser()
        assembler = StreamAssembler(run, self.cfg, model, self.active)
        envelope: dict[str, Any] | None = None
        usage: Any = None
        done = gone = False
        try:
            async with contextlib.aclosing(upstream_stream.chunks()) as chunks:
                async for raw in chunks:
                    try:
                        events = parser.feed(raw)
                    except SSEError as exc:
                        raise bad_gateway(f"The upstream stream is malformed: {exc}.", "malformed_stream") from None
                    for name, data in events:
                        if name is not None:  # a named event is no chat chunk
                            if name == "error":
                                raise bad_gateway(f"The upstream reported an error mid-stream: {_event_error(data)}", "upstream_stream_error")
                            continue  # `ping` and the like: dropped, not relayed
                        if data.strip() == DONE:
                            for f in await assembler.on_done(envelope):
                                yield f
                            yield DONE_FRAME
                            done = True
                            break
                        chunk = _parse_chunk(data)
                        envelope = chunk
                        usage = chunk.get("usage") or usage
                        for f in await assembler.on_chunk(chunk):
                            yield f
                    if done:
                        break
            if not done and assembler.all_finished:
                # every choice finished, so all of it was checked and sent: only the marker is missing
                yield DONE_FRAME
                done = True
            if done:
                await upstream_stream.drain()  # lets the upstream connection be reused
            else:
                raise bad_gateway("The upstream stream ended before [DONE]; the held-back part of the response was not sent.", "truncated_stream")
        except (ProxyError, AuditError) as exc:
            n_choices, wants_usage = expects
            if (isinstance(exc, ProxyError) and exc.code == "upstream_timeout" and not done and assembler.all_finished
                    and len(assembler.choices) >= n_choices and (usage is not None or not wants_usage)):
                # every choice asked for had finished (and the usage asked for had come), so all of it
                # was checked and sent: an upstream that stalls before [DONE] costs the client only
                # the marker, not an error. Counted as the upstream's timeout all the same.
                self.metrics.upstream_errors[exc.code] += 1
                yield DONE_FRAME
                return
            err = self._scrubbed(exc) if isinstance(exc, ProxyError) else _audit_failed(exc)
            self._remember_halt(halt_key, err, scope)
            self.metrics.upstream_errors[err.code or err.type] += err.status in (502, 504)
            if span is not None and span.is_recording():
                span.set_attribute("error.type", err.code or err.type)
            yield err.sse()
        except Exception:  # noqa: BLE001 - a bug mid-stream: the client gets an error event, not a silent end
            log.exception("proxy stream failed")
            if span is not None and span.is_recording():
                span.set_attribute("error.type", "internal_error")
            yield ProxyError(500, "The proxy failed while relaying the stream.", "server_error", "internal_error").sse()
        except (GeneratorExit, anyio.get_cancelled_exc_class()):
            gone = True  # the client disconnected mid-stream: the response stops here
            raise
        finally:
            self.metrics.request("chat", 499 if gone else 200)
            if envelope is not None:
                _usage_attrs(span, {**envelope, "usage": usage, "choices": [{"finish_reason": r} for r in assembler.finish_reasons]})
            with anyio.CancelScope(shield=True):  # a client disconnect still closes upstream and run
                await stack.aclose()

    def _scrubbed(self, err: ProxyError) -> ProxyError:
        """An upstream's error as the client gets it: its text scrubbed (see upstream.scrubbed)."""
        if err.type != "upstream_error":
            return err
        return ProxyError(err.status, self.upstream.scrub(err.message), err.type, err.code, err.param)

    def _scrubbed_body(self, body: dict[str, Any]) -> dict[str, Any]:
        err = body.get("error")
        if not isinstance(err, dict):
            return body
        return {**body, "error": {k: self.upstream.scrub(v) if isinstance(v, str) else v for k, v in err.items()}}

    # ------------------------------------------------------------------ app
    def build(self) -> Starlette:
        @contextlib.asynccontextmanager
        async def lifespan(app: Starlette) -> AsyncIterator[None]:
            await anyio.to_thread.run_sync(self.backend.warmup)  # models load before /readyz says ready
            if self.server_gc:
                tune_gc(self.cfg)
            self.ready = True
            try:
                yield
            finally:
                self.ready = False
                await self.upstream.aclose()
                await self.backend.close()

        routes = [
            Route("/v1/chat/completions", self.chat, methods=["POST"]),
            Route("/chat/completions", self.chat, methods=["POST"]),
            Route("/v1/models", self.models, methods=["GET"]),
            Route("/healthz", self.healthz, methods=["GET"]),
            Route("/readyz", self.readyz, methods=["GET"]),
            Route("/metrics", self.metrics_endpoint, methods=["GET"]),
        ]
        handlers = {HTTPException: _http_error, Exception: self._internal_error}
        app = Starlette(routes=routes, lifespan=lifespan, exception_handlers=handlers)
        app.router.redirect_slashes = False  # "/v1/chat/completions/" is a 404 in OpenAI's shape, not a bare redirect
        app.state.proxy = self
        return app

    async def _internal_error(self, request: Request, exc: Exception) -> Response:
        """The last resort for a bug, not for bad input (that is a 400 naming the field): the
        client gets OpenAI's error shape and no traceback, `/metrics` counts it, and the
        server log keeps the traceback (Starlette re-raises it to uvicorn after this)."""
        endpoint = "chat" if request.url.path.endswith(CHAT_PATH) else request.url.path.rsplit("/", 1)[-1][:40] or "other"
        self.metrics.request(endpoint, 500)
        return JSONResponse(error_body("The proxy failed while handling the request.", "server_error", "internal_error"), status_code=500)


async def _http_error(request: Request, exc: Exception) -> Response:
    """Starlette's own 404/405 in OpenAI's error shape, so clients report them like any API error.
    Unknown endpoints are not relayed: content sent to them would pass no check."""
    assert isinstance(exc, HTTPException)
    where = f"{request.method} {request.url.path[:200]}"
    if exc.status_code == 404:
        message, code = f"Invalid URL ({where}): this proxy serves POST /v1/chat/completions, GET /v1/models, /healthz, /readyz and /metrics.", "unknown_url"
    elif exc.status_code == 405:
        message, code = f"Method not allowed ({where}); allowed: {(exc.headers or {}).get('Allow', '')}.", "method_not_allowed"
    else:
        message, code = str(exc.detail), None
    return JSONResponse(error_body(message, "invalid_request_error", code), status_code=exc.status_code, headers=exc.headers)


def _audit_failed(exc: AuditError) -> ProxyError:
    log.error("a guard decision could not be recorded, the request stops here: %s", exc)
    return audit_unavailable()


async def _close(stack: contextlib.AsyncExitStack) -> None:
    with anyio.CancelScope(shield=True):
        await stack.aclose()


def _parse_chunk(data: bytes) -> dict[str, Any]:
    try:
        chunk = jsonio.loads(data)
    except jsonio.DecodeError:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            raise bad_gateway("The upstream stream carried an event that is not valid UTF-8.", "malformed_stream") from None
        raise bad_gateway("The upstream stream carried an event that is not valid JSON.", "malformed_stream") from None
    if not isinstance(chunk, dict):
        raise bad_gateway("The upstream stream carried an event that is not a JSON object.", "malformed_stream")
    return chunk


def _event_error(data: bytes) -> str:
    """The message of an upstream `event: error`: OpenAI's `{"error": {"message"}}`, a bare
    `{"message"}`, or the data itself, shortened."""
    try:
        obj: Any = jsonio.loads(data)
    except jsonio.DecodeError:
        obj = None
    msg: Any = None
    if isinstance(obj, dict):
        err = obj.get("error", obj)
        msg = err.get("message") if isinstance(err, dict) else err
    if not isinstance(msg, str) or not msg:
        msg = data.decode("utf-8", "replace") or "(no details)"
    return shortened(msg, 500)


async def _unless_gone(request: Request, work: Any) -> Any:
    """`work`'s answer, or `client_gone` (499) as soon as the client disconnects: a client that
    leaves while the upstream thinks (a non-streamed answer, a stream's first byte) cancels the
    upstream request, instead of the proxy paying for an answer no one reads."""
    task = asyncio.ensure_future(work)

    async def gone() -> None:
        while (await request.receive()).get("type") != "http.disconnect":
            pass

    watcher = asyncio.ensure_future(gone())
    try:
        await asyncio.wait({task, watcher}, return_when=asyncio.FIRST_COMPLETED)
    except BaseException:  # cancelled itself: nothing of it goes on
        task.cancel()
        watcher.cancel()
        raise
    if task.done():
        watcher.cancel()
        return task.result()
    task.cancel()
    with contextlib.suppress(BaseException):
        await task  # the upstream request is closed before the 499 is counted
    raise client_gone()


def _stream_expects(payload: dict[str, Any]) -> tuple[int, bool]:
    """(choices the request asked for, whether it asked for a usage chunk): a stream is whole only
    with all of them."""
    n = payload.get("n")
    options = payload.get("stream_options")
    wants_usage = isinstance(options, dict) and options.get("include_usage") is True
    return (n if isinstance(n, int) and not isinstance(n, bool) and n > 0 else 1), wants_usage


def _usage_attrs(span: Any, data: dict[str, Any]) -> None:
    if span is None or not span.is_recording():
        return
    if isinstance(data.get("model"), str):
        span.set_attribute("gen_ai.response.model", redact_label(data["model"]))
    if isinstance(data.get("id"), str):  # the upstream's labels, as any other label (guard.redaction)
        span.set_attribute("gen_ai.response.id", redact_label(data["id"]))
    usage = data.get("usage") or {}
    if isinstance(usage, dict):
        for key, attr in (("prompt_tokens", "gen_ai.usage.input_tokens"), ("completion_tokens", "gen_ai.usage.output_tokens")):
            if isinstance(usage.get(key), int):
                span.set_attribute(attr, usage[key])
    reasons = [c.get("finish_reason") for c in data.get("choices") or [] if isinstance(c, dict) and c.get("finish_reason")]
    if reasons:
        span.set_attribute("gen_ai.response.finish_reasons", reasons)


def _refusal_response(text: str, model: str | None, stream: bool, payload: dict[str, Any], headers: dict[str, str]) -> Response:
    """A completion that carries the guard's refusal, in whichever shape the client asked for."""
    cid = "chatcmpl-guard-" + uuid.uuid4().hex[:24]
    created = int(time.time())
    if not stream:
        return JSONResponse(
            {
                "id": cid,
                "object": "chat.completion",
                "created": created,
                "model": model or "",
                "choices": [{"index": 0, "message": {"role": "assistant", "content": text, "refusal": None}, "logprobs": None, "finish_reason": "content_filter"}],
                "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
            },
            headers=headers,
        )
    base = {"id": cid, "object": "chat.completion.chunk", "created": created, "model": model or ""}

    async def body() -> AsyncIterator[bytes]:
        yield frame({**base, "choices": [{"index": 0, "delta": {"role": "assistant", "content": text}, "finish_reason": None}]})
        yield frame({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "content_filter"}]})
        if (payload.get("stream_options") or {}).get("include_usage"):
            yield frame({**base, "choices": [], "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}})
        yield DONE_FRAME

    return StreamingResponse(body(), media_type="text/event-stream", headers=headers)


def tune_gc(cfg: ProxyConfig) -> None:
    """The server process's collector, once start-up is done (benchmarks/RESULTS.md, issue 3).

    What start-up built (policy, detectors, their models' Python objects, ~450k objects with the
    default policy) lives as long as the process; left in the oldest generation, every full
    collection walked it while requests waited. And at Python's default young threshold,
    requests still in flight survive two collections and land in the old generation, which
    then fills with short-lived garbage and is collected every second or two under load."""
    if cfg.gc_freeze:
        gc.collect()
        gc.freeze()
    if cfg.gc_young_threshold is not None:
        gc.set_threshold(cfg.gc_young_threshold, *gc.get_threshold()[1:])


def create_app(cfg: ProxyConfig, backend: Any, transport: Any = None, server_gc: bool = False) -> Starlette:
    """`server_gc`: tune the collector after warm-up (`tune_gc`) as the config says. The server
    process does; an app embedded in a larger process (tests, an ASGI host) leaves it alone."""
    return ProxyApp(cfg, backend, transport=transport, server_gc=server_gc).build()
