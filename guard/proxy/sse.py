"""Server-sent events, parsed incrementally: upstream bytes arrive split anywhere,
even inside a multi-byte UTF-8 character, so nothing is decoded before a line is whole."""
from __future__ import annotations

from typing import Any

from guard.proxy.jsonio import dumps

DONE = "[DONE]"


class SSEParser:
    """Feed raw bytes, get back the `data` payloads of every completed event."""

    def __init__(self, max_event_bytes: int = 8 * 1024 * 1024):
        self._buf = b""
        self._data: list[bytes] = []
        self._max = max_event_bytes

    def feed(self, chunk: bytes) -> list[str]:
        self._buf += chunk
        out: list[str] = []
        while True:
            nl = self._buf.find(b"\n")
            if nl < 0:
                break
            line = self._buf[:nl].rstrip(b"\r")
            self._buf = self._buf[nl + 1:]
            if not line:
                if self._data:
                    out.append(b"\n".join(self._data).decode("utf-8"))
                    self._data = []
                continue
            if line.startswith(b":"):
                continue  # comment / keep-alive
            field, _, value = line.partition(b":")
            if field == b"data":
                self._data.append(value[1:] if value.startswith(b" ") else value)
        if len(self._buf) + sum(map(len, self._data)) > self._max:
            raise ValueError(f"an SSE event exceeded {self._max} bytes")
        return out

    def close(self) -> list[str]:
        """Flush an event the stream ended without a blank line after (lenient, as browsers are)."""
        if self._buf.strip():
            self.feed(b"\n")
        if self._data:
            event = b"\n".join(self._data).decode("utf-8")
            self._data = []
            return [event]
        return []


def frame(obj: dict[str, Any] | str) -> bytes:
    """One SSE event in the OpenAI style (`data: <json>` and a blank line)."""
    payload = obj.encode("utf-8") if isinstance(obj, str) else dumps(obj)
    return b"data: " + payload + b"\n\n"


DONE_FRAME = b"data: [DONE]\n\n"
