"""A fake OpenAI chat-completions server speaking the real wire format, for the proxy's
tests and benchmark (the upstream LLM is the one thing outside the project).

Behaviour is chosen per request by an extra body field `fake` (clients send it with
`extra_body={"fake": {...}}`; the proxy must pass unknown fields through untouched):

  content: str               assistant text (default: echo of the last user message)
  tool_calls: [{name, arguments: str}]   proposed calls (arguments sent verbatim)
  arg_split: int             characters per tool-call argument delta (default 7)
  interleave: bool           interleave the deltas of parallel tool calls
  text_split: int            characters per content delta (default 5)
  byte_split: int            write the SSE byte stream in pieces of this many bytes
  status: int                answer with this HTTP status and an OpenAI error body
  status_body: dict          ... or with this body instead
  hang_s: float              sleep before answering (a hung upstream)
  hang_after: int            in a stream: sleep `hang_s` after this many events instead
  truncate_after: int        in a stream: stop after this many events, no [DONE]
  garbage_after: int         in a stream: send an unparseable event after this many events
  delay_s: float             pause between streamed events
  malformed: bool            non-streaming: a body that is not JSON

`latency_ms` on `FakeUpstream` adds a fixed delay to every answer (benchmarks), and
`latency_jitter_ms` spreads it uniformly by up to that much either way (seeded: the same
sequence every run), as a real model's varying latency does. For clients
that cannot send `fake` (the library's own LLM backends), `script` maps a request body to a
whole non-streaming response (e.g. one with `logprobs`), or to None for the default answer.
"""
from __future__ import annotations

import asyncio
import json
import random
import socket
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route


@dataclass
class FakeLog:
    requests: list[dict[str, Any]] = field(default_factory=list)
    bodies: list[bytes] = field(default_factory=list)  # each request's bytes as they came
    headers: list[dict[str, str]] = field(default_factory=list)
    peers: list[tuple[str, int]] = field(default_factory=list)  # the proxy's side of each connection
    urls: list[str] = field(default_factory=list)  # path and query of each chat request
    streams_started: int = 0
    streams_completed: int = 0
    streams_cancelled: int = 0
    outcomes: dict[str, str] = field(default_factory=dict)  # spec `tag` → completed | cancelled

    def clear(self) -> None:
        self.requests.clear()
        self.bodies.clear()
        self.headers.clear()
        self.peers.clear()
        self.urls.clear()
        self.outcomes.clear()
        self.streams_started = self.streams_completed = self.streams_cancelled = 0


def _last_user(messages: list[dict[str, Any]]) -> str:
    for m in reversed(messages):
        if m.get("role") == "user":
            c = m.get("content")
            return c if isinstance(c, str) else json.dumps(c)
    return ""


def _pieces(text: str, n: int) -> list[str]:
    n = max(1, n)
    return [text[i : i + n] for i in range(0, len(text), n)] or [""]


class FakeUpstream:
    def __init__(self, latency_ms: float = 0.0, record: bool = True, latency_jitter_ms: float = 0.0):
        if not 0 <= latency_jitter_ms <= latency_ms:
            raise ValueError(f"latency_jitter_ms must be between 0 and latency_ms ({latency_ms}), got {latency_jitter_ms}")
        self.latency_ms = latency_ms
        self.latency_jitter_ms = latency_jitter_ms
        self._rng = random.Random(0)
        self.record = record
        self.script: Callable[[dict[str, Any]], dict[str, Any] | None] | None = None
        self.log = FakeLog()
        self.app = Starlette(
            routes=[
                Route("/v1/chat/completions", self.chat, methods=["POST"]),
                Route("/v1/models", self.models, methods=["GET"]),
            ]
        )

    async def models(self, request: Request) -> Response:
        return JSONResponse({"object": "list", "data": [{"id": "fake-model", "object": "model", "created": 0, "owned_by": "fake"}]})

    async def chat(self, request: Request) -> Response:
        raw = await request.body()
        body = json.loads(raw)
        if self.record:
            self.log.requests.append(body)
            self.log.bodies.append(raw)
            self.log.headers.append(dict(request.headers))
            self.log.peers.append(tuple(request.client) if request.client else ("", 0))
            self.log.urls.append(request.url.path + ("?" + request.url.query if request.url.query else ""))
        scripted = self.script(body) if self.script is not None else None
        if scripted is not None:
            return JSONResponse(scripted)
        spec = body.get("fake") or {}
        if self.latency_ms:
            jitter = self._rng.uniform(-self.latency_jitter_ms, self.latency_jitter_ms) if self.latency_jitter_ms else 0.0
            await asyncio.sleep((self.latency_ms + jitter) / 1000.0)
        if spec.get("hang_s") and not spec.get("hang_after"):
            await asyncio.sleep(spec["hang_s"])
        if spec.get("status"):
            return JSONResponse(
                spec.get("status_body")
                or {"error": {"message": f"fake upstream failure {spec['status']}", "type": "server_error", "param": None, "code": None}},
                status_code=spec["status"],
            )
        calls = [
            {"id": f"call_{i}_{c['name']}", "type": "function", "function": {"name": c["name"], "arguments": c.get("arguments", "{}")}}
            for i, c in enumerate(spec.get("tool_calls") or [])
        ]
        content = spec.get("content", None if calls else f"You said: {_last_user(body.get('messages') or [])}")
        model = body.get("model", "fake-model")
        if body.get("stream"):
            return StreamingResponse(self._stream(body, spec, content, calls, model), media_type="text/event-stream")
        if spec.get("malformed"):
            return Response(b'{"id": "chatcmpl-x", "choices": [', media_type="application/json")
        message: dict[str, Any] = {"role": "assistant", "content": content, "refusal": None}
        if calls:
            message["tool_calls"] = calls
        return JSONResponse(
            {
                "id": "chatcmpl-fake",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": model,
                "system_fingerprint": "fp_fake",
                "choices": [{"index": 0, "message": message, "logprobs": None, "finish_reason": "tool_calls" if calls else "stop"}],
                "usage": {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18},
            },
            headers={"set-cookie": spec["set_cookie"]} if spec.get("set_cookie") else None,
        )

    def _events(self, body: dict[str, Any], spec: dict[str, Any], content: str, calls: list[dict[str, Any]], model: str) -> list[str]:
        base = {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": int(time.time()), "model": model, "system_fingerprint": "fp_fake"}

        def chunk(delta: dict[str, Any], finish: str | None = None) -> str:
            return json.dumps({**base, "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}]})

        events = [chunk({"role": "assistant", "content": "" if not calls else None, "refusal": None})]
        if content:
            events += [chunk({"content": p}) for p in _pieces(content, spec.get("text_split", 5))]
        per_call = []
        for i, c in enumerate(calls):
            first = {"index": i, "id": c["id"], "type": "function", "function": {"name": c["function"]["name"], "arguments": ""}}
            rest = [{"index": i, "function": {"arguments": p}} for p in _pieces(c["function"]["arguments"], spec.get("arg_split", 7))]
            per_call.append([first] + rest)
        if spec.get("interleave"):
            order = []
            k = 0
            while any(per_call):
                lst = per_call[k % len(per_call)]
                if lst:
                    order.append(lst.pop(0))
                k += 1
        else:
            order = [d for lst in per_call for d in lst]
        events += [chunk({"tool_calls": [d]}) for d in order]
        events.append(chunk({}, "tool_calls" if calls else "stop"))
        if (body.get("stream_options") or {}).get("include_usage"):
            events.append(json.dumps({**base, "choices": [], "usage": {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18}}))
        events.append("[DONE]")
        return events

    async def _stream(self, body: dict[str, Any], spec: dict[str, Any], content: str, calls: list[dict[str, Any]], model: str):
        self.log.streams_started += 1
        events = self._events(body, spec, content, calls, model)
        completed = False
        try:
            data = b""
            for n, ev in enumerate(events):
                if spec.get("truncate_after") is not None and n >= spec["truncate_after"]:
                    completed = True
                    return
                if spec.get("abort_after") is not None and n == spec["abort_after"]:
                    raise ConnectionAbortedError("the fake upstream drops the connection mid-body")
                if spec.get("hang_after") is not None and n == spec["hang_after"]:
                    await asyncio.sleep(spec.get("hang_s", 30))
                if spec.get("garbage_after") is not None and n == spec["garbage_after"]:
                    ev = '{"id": "broken", "choices": [ {'
                frame = f"data: {ev}\n\n".encode()
                if spec.get("byte_split"):
                    data += frame
                    step = spec["byte_split"]
                    while len(data) >= step:
                        yield data[:step]
                        data = data[step:]
                        await asyncio.sleep(0)
                else:
                    yield frame
                if spec.get("delay_s"):
                    await asyncio.sleep(spec["delay_s"])
            if data:
                yield data
            completed = True
        finally:
            if completed:
                self.log.streams_completed += 1
            else:
                self.log.streams_cancelled += 1
            if spec.get("tag"):
                self.log.outcomes[spec["tag"]] = "completed" if completed else "cancelled"


# ------------------------------------------------------------------------------ serving


def free_socket(host: str = "127.0.0.1") -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, 0))
    return sock


class ServerThread:
    """Serve an ASGI app with uvicorn on a free loopback port, in a background thread."""

    def __init__(self, app: Any, log_level: str = "warning", tls: tuple[str, str] | None = None):
        import uvicorn

        self.sock = free_socket()
        self.port = self.sock.getsockname()[1]
        self.scheme = "https" if tls else "http"
        ssl_kw = {"ssl_certfile": tls[0], "ssl_keyfile": tls[1]} if tls else {}
        self.server = uvicorn.Server(uvicorn.Config(app, log_level=log_level, access_log=False, lifespan="auto", timeout_graceful_shutdown=2, **ssl_kw))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}"

    def __enter__(self) -> "ServerThread":
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("server did not start")
            time.sleep(0.01)
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()


def main() -> None:
    """`python tests/fake_upstream.py --port P --latency-ms L [--latency-jitter-ms J]`: serve it in its own process."""
    import argparse

    import uvicorn

    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--latency-ms", type=float, default=0.0)
    ap.add_argument("--latency-jitter-ms", type=float, default=0.0)
    a = ap.parse_args()
    uvicorn.run(FakeUpstream(latency_ms=a.latency_ms, record=False, latency_jitter_ms=a.latency_jitter_ms).app, host="127.0.0.1", port=a.port, log_level="warning", access_log=False)


if __name__ == "__main__":
    main()
