"""Pooled httpx connections to the upstream (the transport an `httpx.AsyncClient` wraps),
with its failures mapped to the status a client should see: timeout → 504,
5xx / unreadable body → 502, 4xx as sent."""
from __future__ import annotations

import functools
import itertools
import os
from typing import Any, AsyncIterator

import anyio
import httpx

from guard.errors import PolicyError
from guard.redaction import partial_text, redact_known_keys
from guard.proxy import jsonio
from guard.proxy.config import ProxyConfig
from guard.proxy.egress import resolve_egress
from guard.proxy.errors import ProxyError, bad_gateway, upstream_timeout

POOL_SHARD = 32
PASS_REQUEST_HEADERS = ("openai-organization", "openai-project", "openai-beta", "traceparent", "tracestate")
PASS_RESPONSE_HEADERS = ("x-request-id", "openai-processing-ms", "openai-model", "x-ratelimit-remaining-requests", "x-ratelimit-remaining-tokens")


class Upstream:
    def __init__(self, cfg: ProxyConfig, transport: httpx.AsyncBaseTransport | None = None):
        assert cfg.upstream, "proxy.upstream is required"
        self.cfg = cfg
        self.base = cfg.upstream
        # Read once; kept only in this object, never in logs, spans or error messages.
        self._key = os.environ.get(cfg.upstream_key_env) or None
        self.scrub = functools.partial(scrubbed, key=self._key)
        timeout = httpx.Timeout(cfg.upstream_timeout_s, connect=cfg.upstream_connect_timeout_s, pool=cfg.upstream_timeout_s)
        # The transport is called directly: the proxy needs none of httpx's client layer
        # (cookies, redirects, auth flows), and skipping it is cheaper per request. aiohttp, when
        # installed, carries the requests (see aiohttp_transport). httpcore's own pool keeps
        # bookkeeping quadratic in its connection count (every request and release scans all
        # connections, and for each idle one all of them again); at 200 concurrent streams that
        # was over half the proxy's CPU, so it is split into shards of <= POOL_SHARD, used in turn.
        self.egress = resolve_egress(cfg.upstream, cfg.upstream_proxy, cfg.upstream_proxy_auth_env) if transport is None else None
        proxy_url = self.egress.url if self.egress else None
        if transport is None and _use_aiohttp(cfg.upstream_client):
            from guard.proxy.aiohttp_transport import AiohttpTransport

            limits = httpx.Limits(max_connections=cfg.max_connections, keepalive_expiry=cfg.upstream_keepalive_s)
            transport = AiohttpTransport(limits, proxy=proxy_url)
        if transport is not None:
            self.transports: list[Any] = [transport]
        else:
            shards = -(-cfg.max_connections // POOL_SHARD)
            per = -(-cfg.max_connections // shards)
            limits = httpx.Limits(max_connections=per, max_keepalive_connections=per, keepalive_expiry=cfg.upstream_keepalive_s)
            proxy = httpx.Proxy(proxy_url) if proxy_url else None
            self.transports = [httpx.AsyncHTTPTransport(limits=limits, retries=0, proxy=proxy) for _ in range(shards)]
        self.transport = self.transports[0]
        self._next = itertools.cycle(self.transports).__next__
        self._timeout = timeout.as_dict()
        self._urls: dict[str, httpx.URL] = {}

    def _request(self, method: str, path: str, headers: dict[str, str], body: bytes = b"") -> httpx.Request:
        url = self._urls.get(path)
        if url is None:  # the path goes after the base's own path (as written), before its query (a gateway's `?key=`)
            where, _, query = self.base.split("#", 1)[0].partition("?")
            url = self._urls[path] = httpx.URL(where.rstrip("/") + path + (f"?{query}" if query else ""))
        return httpx.Request(method, url, headers=headers, content=body, extensions={"timeout": self._timeout})

    async def _send(self, request: httpx.Request) -> httpx.Response:
        try:
            return await self._next().handle_async_request(request)
        except httpx.TimeoutException:
            raise upstream_timeout(self.cfg.upstream_timeout_s) from None
        except httpx.ProxyError:  # the proxy answered CONNECT with an error (e.g. 407)
            raise bad_gateway("The egress proxy refused to open a connection to the upstream.", "upstream_proxy_error") from None
        except httpx.HTTPError as exc:
            via = " (through the egress proxy)" if self.egress else ""
            raise bad_gateway(f"Could not reach the upstream{via}: {type(exc).__name__}.", "upstream_unreachable") from None

    async def _read(self, resp: httpx.Response) -> bytes:
        try:
            return await resp.aread()
        except httpx.TimeoutException:
            raise upstream_timeout(self.cfg.upstream_timeout_s) from None
        except httpx.HTTPError as exc:
            raise bad_gateway(f"The upstream response broke off ({type(exc).__name__}).", "truncated_response") from None
        finally:
            await resp.aclose()

    def headers(self, incoming: Any, extra: dict[str, str] | None = None) -> dict[str, str]:
        h = {"content-type": "application/json", "accept": "application/json, text/event-stream"}
        for name in PASS_REQUEST_HEADERS:
            v = incoming.get(name)
            if v:
                h[name] = v
        if self._key:
            h["authorization"] = f"Bearer {self._key}"
        elif self.cfg.forward_client_auth and not self.cfg.auth_required and incoming.get("authorization"):
            h["authorization"] = incoming.get("authorization")
        if extra:
            h.update(extra)
        return h

    async def post_json(self, path: str, body: bytes, headers: dict[str, str]) -> tuple[int, dict[str, Any], dict[str, str]]:
        resp = await self._send(self._request("POST", path, headers, body))
        content = await self._read(resp)
        return resp.status_code, _json_or_error(resp.status_code, content), _pass_headers(resp.headers)

    async def get_json(self, path: str, headers: dict[str, str]) -> tuple[int, dict[str, Any], dict[str, str]]:
        resp = await self._send(self._request("GET", path, headers))
        content = await self._read(resp)
        return resp.status_code, _json_or_error(resp.status_code, content), _pass_headers(resp.headers)

    async def open_stream(self, path: str, body: bytes, headers: dict[str, str]) -> "UpstreamStream":
        """Send the request and wait for the status line, so errors can still be real HTTP errors."""
        resp = await self._send(self._request("POST", path, headers, body))
        if resp.status_code >= 400 or "text/event-stream" not in resp.headers.get("content-type", ""):
            content = await self._read(resp)
            if resp.status_code < 400:
                raise bad_gateway("The upstream answered a streaming request without an event stream.", "malformed_stream")
            raise UpstreamStatus(resp.status_code, _json_or_error(resp.status_code, content), _pass_headers(resp.headers))
        return UpstreamStream(resp, self.cfg)

    async def aclose(self) -> None:
        for t in self.transports:
            await t.aclose()


def shortened(text: str, limit: int) -> str:
    """Upstream text cut to `limit` characters for the client, without the last, cut run of key
    characters: the key is scrubbed later by matching it whole, and a key cut in two (15 of an
    Azure key's 32 hex digits) no longer matches."""
    if len(text) <= limit:
        return text
    kept = partial_text(text[:limit])
    return kept + "…" if kept.strip() else "(the upstream's message, one token too long to show)"


def scrubbed(text: str, key: str | None) -> str:
    """Upstream text bound for the client: an upstream (or a gateway before it) may echo the key it
    was sent, the proxy's own secret. That key goes, and keys of a known shape; the rest stays as
    the upstream wrote it (its limits and field names are what the client needs to read)."""
    if key and key in text:
        text = text.replace(key, "<UPSTREAM_KEY>")
    return redact_known_keys(text)


class UpstreamStatus(Exception):
    """A non-2xx answer the client should see as the upstream sent it (4xx) or as 502 (5xx)."""

    def __init__(self, status: int, body: dict[str, Any], headers: dict[str, str]):
        self.status, self.body, self.headers = status, body, headers


class UpstreamStream:
    def __init__(self, resp: httpx.Response, cfg: ProxyConfig):
        self.resp = resp
        self.cfg = cfg
        self.headers = _pass_headers(resp.headers)
        self._raw: Any = None

    async def chunks(self) -> AsyncIterator[bytes]:
        encoded = self.resp.headers.get("content-encoding", "identity").strip().lower() not in ("", "identity")
        # raw bytes, as they come, unless the upstream compressed the stream (gzip and the like):
        # then httpx's decoder, as for a JSON body (read raw, gzip failed as a "truncated" stream)
        self._raw = (self.resp.aiter_bytes() if encoded else self.resp.stream).__aiter__()  # type: ignore[union-attr]
        try:
            async for raw in self._raw:
                yield raw
        except httpx.TimeoutException:
            raise upstream_timeout(self.cfg.upstream_timeout_s) from None
        except httpx.DecodingError:
            raise bad_gateway("The upstream stream could not be decoded (its content-encoding does not match its bytes).",
                              "malformed_stream") from None
        except httpx.HTTPError as exc:
            raise bad_gateway(f"The upstream stream broke off ({type(exc).__name__}).", "truncated_stream") from None

    async def drain(self, max_bytes: int = 65536, max_s: float = 0.5) -> None:
        """Read what follows `[DONE]` (normally only the end of the chunked body): a response
        closed before its end also closes its connection, and every streamed request would
        then pay for a new TCP connection to the upstream. An upstream that keeps talking is cut off."""
        if self._raw is None:
            return
        seen = 0
        with anyio.move_on_after(max_s):
            try:
                async for raw in self._raw:
                    seen += len(raw)
                    if seen > max_bytes:
                        return
            except httpx.HTTPError:
                return

    async def aclose(self) -> None:
        await self.resp.aclose()


def _use_aiohttp(choice: str) -> bool:
    if choice == "httpx":
        return False
    try:
        import aiohttp  # noqa: F401
    except ImportError:
        if choice == "aiohttp":
            raise PolicyError(["proxy.upstream_client: 'aiohttp' needs the aiohttp package (pip install 'agentguard[proxy]')"], "policy") from None
        return False
    return True


def _pass_headers(headers: httpx.Headers) -> dict[str, str]:
    return {k: headers[k] for k in PASS_RESPONSE_HEADERS if k in headers}


def _json_or_error(status: int, content: bytes) -> dict[str, Any]:
    """The upstream body as JSON; a 5xx or unreadable body becomes the proxy's own 502 error."""
    if status == 407:  # from a proxy on the way, not the upstream: the client has no proxy to authenticate to
        raise bad_gateway("A proxy between the guard and the upstream refused the request (HTTP 407): "
                          "its credentials are missing or wrong.", "upstream_proxy_error")
    try:
        body = jsonio.loads(content) if content else None
    except jsonio.DecodeError:
        body = None
    if status >= 500:
        detail = ""
        if isinstance(body, dict) and isinstance(body.get("error"), dict):
            detail = f": {shortened(str(body['error'].get('message', '')), 300)}"
        raise bad_gateway(f"The upstream failed with HTTP {status}{detail}", "upstream_server_error")
    if 300 <= status < 400:  # redirects are not followed, and the body was never checked
        raise bad_gateway(f"The upstream answered HTTP {status}; the proxy does not follow redirects.", "upstream_http_error")
    if status >= 400:  # only the error goes back: a completion in an error's body was never checked
        err = body.get("error") if isinstance(body, dict) else None
        if not isinstance(err, dict):
            hint = " Does --upstream include the API's version path (e.g. …/v1)?" if status == 404 else ""
            return {"error": {"message": f"The upstream answered HTTP {status} without an error object.{hint}", "type": "upstream_error",
                              "param": None, "code": "upstream_http_error"}}
        return {"error": {"message": shortened(str(err.get("message") or ""), 1000), "type": _text_or_none(err.get("type")),
                          "param": _text_or_none(err.get("param")), "code": _text_or_none(err.get("code"))}}
    if not isinstance(body, dict):
        raise bad_gateway("The upstream answered with a body that is not a JSON object.", "malformed_response")
    return body


def _text_or_none(value: Any) -> str | None:
    return shortened(str(value), 200) if value is not None else None


__all__ = ["Upstream", "UpstreamStream", "UpstreamStatus", "ProxyError"]
