"""An httpx transport that sends through aiohttp.

httpcore's pure-Python HTTP/1.1 (h11 plus anyio cancel scopes on every read) was about half of
the bare relay's CPU per request; aiohttp parses responses in C. The proxy still speaks to the
upstream through httpx's interface (`httpx.Request` in, `httpx.Response` out, httpx's
exceptions), so `Upstream` and its error mapping are the same for either transport.

The session is stateless on purpose: no cookie jar (one client's cookies must never ride on
another's request), no automatic Accept-Encoding or User-Agent (the wire carries what the
proxy put there and nothing else), no decompression (httpx decodes what it reads)."""
from __future__ import annotations

import ssl
from typing import Any, AsyncIterator

import aiohttp
import httpx

from guard.errors import describe_error

# Headers aiohttp computes itself from the URL and the body.
_DROP = frozenset({"host", "content-length", "transfer-encoding"})


def _to_httpx(exc: BaseException, request: httpx.Request) -> httpx.HTTPError | None:
    """The httpx exception an httpcore transport would have raised; None: not ours to map.
    Timeouts come first: aiohttp's timeout errors are also connection errors."""
    msg = describe_error(exc)
    if isinstance(exc, TimeoutError):  # connect, pool wait or read: the client sees one 504 for all
        return httpx.TimeoutException(msg, request=request)
    if isinstance(exc, aiohttp.ClientHttpProxyError):  # the egress proxy answered CONNECT with an error
        return httpx.ProxyError(msg, request=request)
    if isinstance(exc, aiohttp.ClientConnectorError):
        return httpx.ConnectError(msg, request=request)
    if isinstance(exc, aiohttp.ClientError):  # a body cut short, a dropped connection, a malformed response
        return httpx.RemoteProtocolError(msg, request=request)
    return None


class _Body(httpx.AsyncByteStream):
    def __init__(self, resp: aiohttp.ClientResponse, request: httpx.Request):
        self._resp = resp
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._resp.content.iter_any():
                yield chunk
        except Exception as exc:
            mapped = _to_httpx(exc, self._request)
            if mapped is None:
                raise
            raise mapped from None

    async def aclose(self) -> None:
        # A body read to its end has already handed its connection back to the pool (aiohttp
        # does so at end of payload); one cut short is closed here, so the upstream sees the
        # client's disconnect and stops generating.
        self._resp.close()


class AiohttpTransport(httpx.AsyncBaseTransport):
    def __init__(self, limits: httpx.Limits, verify: ssl.SSLContext | bool = True, proxy: str | None = None):
        self._limits = limits
        self._verify = verify
        self._proxy = proxy  # decided once by guard.proxy.egress; the session itself ignores the environment
        self._session: aiohttp.ClientSession | None = None

    def _open(self) -> aiohttp.ClientSession:
        """Made on first use: an aiohttp session belongs to the running event loop, and the
        transport is built before uvicorn starts the loop (once per worker process)."""
        ctx: Any = httpx.create_ssl_context() if self._verify is True else self._verify
        connector = aiohttp.TCPConnector(
            limit=self._limits.max_connections or 0, limit_per_host=0,
            keepalive_timeout=self._limits.keepalive_expiry or 0, ssl=ctx,
        )
        return aiohttp.ClientSession(
            connector=connector, cookie_jar=aiohttp.DummyCookieJar(), auto_decompress=False,
            skip_auto_headers=("Accept-Encoding", "User-Agent"), trust_env=False, timeout=aiohttp.ClientTimeout(total=None),
        )

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        session = self._session
        if session is None:
            session = self._session = self._open()
        t = request.extensions.get("timeout") or {}
        timeout = aiohttp.ClientTimeout(total=None, connect=t.get("pool"), sock_connect=t.get("connect"), sock_read=t.get("read"))
        headers = {k: v for k, v in request.headers.items() if k not in _DROP}
        try:
            resp = await session.request(
                request.method, str(request.url), headers=headers, data=request.content or None,
                allow_redirects=False, timeout=timeout, proxy=self._proxy,
            )
        except Exception as exc:
            mapped = _to_httpx(exc, request)
            if mapped is None:
                raise
            raise mapped from None
        return httpx.Response(resp.status, headers=resp.raw_headers, stream=_Body(resp, request), request=request)

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None
