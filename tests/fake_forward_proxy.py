"""A forward HTTP proxy for the tests (the egress proxy is outside the project).

It speaks what real ones do: `CONNECT host:port` opens a tunnel (https targets); an
absolute-form request (`POST http://host:port/path`) is relayed to that host (http targets;
servers must accept absolute-form). With `credentials` it answers 407 unless the request
carries them as Basic `Proxy-Authorization`, which it strips before relaying. It records the
first request line and Proxy-Authorization of each connection.
"""
from __future__ import annotations

import asyncio
import base64
import threading
from typing import Any
from urllib.parse import urlsplit


class ForwardProxy:
    def __init__(self, credentials: str | None = None):
        self.credentials = credentials
        self.requests: list[tuple[str, str]] = []  # (method, target), one per client connection
        self.auth: list[str | None] = []
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._server: Any = None
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> "ForwardProxy":
        self._thread.start()
        self._server = asyncio.run_coroutine_threadsafe(asyncio.start_server(self._handle, "127.0.0.1", 0), self._loop).result(10)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    def __exit__(self, *exc: Any) -> None:
        async def stop() -> None:
            self._server.close()
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

        asyncio.run_coroutine_threadsafe(stop(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await self._serve(reader, writer)
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError, asyncio.CancelledError):
            pass  # the client went away, or the proxy is stopping
        finally:
            writer.close()

    def _allowed(self, head: bytes) -> tuple[str, str, list[str]] | None:
        """Record the request; its method, target and header lines without Proxy-Authorization,
        or None when the credentials are wrong."""
        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        auth = next((line.split(":", 1)[1].strip() for line in lines[1:] if line.lower().startswith("proxy-authorization:")), None)
        self.requests.append((method, target))
        self.auth.append(auth)
        if self.credentials and auth != "Basic " + base64.b64encode(self.credentials.encode()).decode():
            return None
        return method, target, [line for line in lines if not line.lower().startswith("proxy-authorization:")]

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        request = self._allowed(await reader.readuntil(b"\r\n\r\n"))
        if request is None:
            writer.write(b'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="test"\r\n'
                         b"Content-Length: 0\r\nConnection: close\r\n\r\n")
            await writer.drain()
            return
        method, target, lines = request
        if method == "CONNECT":
            host, port = target.rsplit(":", 1)
            up_reader, up_writer = await asyncio.open_connection(host, int(port))
            writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
            try:
                await asyncio.gather(_pipe(reader, up_writer), _pipe(up_reader, writer))
            finally:
                up_writer.close()
            return
        parts = urlsplit(target)
        up_reader, up_writer = await asyncio.open_connection(parts.hostname, parts.port or 80)
        responses = asyncio.ensure_future(_pipe(up_reader, writer))
        try:
            while True:  # each request on a kept-alive connection is read, checked and stripped
                length = next((int(line.split(":", 1)[1]) for line in lines if line.lower().startswith("content-length:")), 0)
                up_writer.write("\r\n".join(lines).encode("latin-1") + await reader.readexactly(length))
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except asyncio.IncompleteReadError:
                    return
                request = self._allowed(head)
                if request is None:
                    return
                lines = request[2]
        finally:
            up_writer.close()
            responses.cancel()


async def _pipe(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
    try:
        while data := await src.read(65536):
            dst.write(data)
            await dst.drain()
    except (ConnectionError, asyncio.CancelledError):
        pass
    finally:
        dst.close()
