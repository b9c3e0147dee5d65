"""Server-sent events, parsed incrementally as the WHATWG spec frames them: upstream bytes
arrive split anywhere, even inside a multi-byte UTF-8 character or between the CR and LF
of a line break, so the parser splits bytes into lines (ended by CRLF, LF or a bare CR)
and never decodes an event's data: the JSON parser takes it as bytes and checks its UTF-8."""
from __future__ import annotations

from typing import Any

from guard.proxy.jsonio import dumps

DONE = b"[DONE]"


class SSEError(ValueError):
    """The byte stream cannot be framed into events (one event over the size limit)."""


class SSEParser:
    """Feed raw bytes, get back `(event, data)` for every completed event, in order.

    `event` is None for the default type (no `event:` field, or `event: message`), else the
    event's name; `data` is the event's data lines joined by LF, as bytes. An event without
    data lines dispatches nothing (the spec's empty data buffer), and neither does a default
    event whose data is empty (a lone `data:`), which carries no payload. `id:` and `retry:`
    are ignored, as are comments (keep-alives)."""

    def __init__(self, max_event_bytes: int = 8 * 1024 * 1024):
        self._part: list[bytes] = []  # the line being received, not yet ended
        self._part_len = 0
        self._data: list[bytes] = []  # the current event's data lines
        self._data_len = 0
        self._event = b""  # the current event's type
        self._cr = False  # the last chunk ended in CR: an LF opening the next one ends no further line
        self._started = False  # a byte-order mark may open the stream
        self._bom = b""  # its bytes so far, when a read ended inside it
        self._max = max_event_bytes

    def feed(self, chunk: bytes) -> list[tuple[str | None, bytes]]:
        if not chunk:  # nothing: a pending CR still waits for a possible LF
            return []
        if not self._started:
            # a byte-order mark before the first line is not part of it, even when the reads split
            # it ("\xef\xbb" then "\xbf…"): its first bytes wait for the rest
            head = self._bom + chunk
            if len(head) < 3 and b"\xef\xbb\xbf".startswith(head):
                self._bom = head
                return []
            self._started, self._bom = True, b""
            chunk = head[3:] if head.startswith(b"\xef\xbb\xbf") else head
            if not chunk:
                return []
        if self._cr:
            self._cr = False
            if chunk[:1] == b"\n":
                chunk = chunk[1:]
        end = chunk.rfind(b"\n") + 1  # just past the last line end
        cr = b"\r" in chunk
        if cr and end < len(chunk):
            end = max(end, chunk.rfind(b"\r") + 1)
        part = self._part
        if not end:  # no line ends in this chunk
            if chunk:
                part.append(chunk)
                self._part_len += len(chunk)
                if self._part_len + self._data_len > self._max:
                    raise SSEError(f"an SSE event exceeded {self._max} bytes")
            return []
        rest = len(chunk) - end
        if part:
            part.append(chunk[:end] if rest else chunk)
            head = b"".join(part)
            part.clear()
            self._part_len = 0
        else:
            head = chunk[:end] if rest else chunk
        if rest:
            part.append(chunk[end:])
            self._part_len = rest
        if cr:  # the remainder holds no CR (every CR ends a line), so a CR-free chunk never needs this
            lines = head.splitlines()  # bytes split on exactly CRLF, LF and CR
            self._cr = not rest and head[-1] == 13  # the LF of a CRLF may open the next chunk
        else:
            lines = head.split(b"\n")
            lines.pop()  # empty: `head` ends with LF
        out: list[tuple[str | None, bytes]] = []
        data = self._data
        for line in lines:
            if not line:  # a blank line dispatches the event
                if data:
                    payload = b"\n".join(data) if len(data) > 1 else data[0]
                    data.clear()
                    self._data_len = 0
                    if self._event and self._event != b"message":
                        out.append((self._event.decode("utf-8", "replace"), payload))
                    elif payload:
                        out.append((None, payload))
                self._event = b""
                continue
            if line[0] == 58:  # ":": a comment / keep-alive
                continue
            field, _, value = line.partition(b":")
            if value[:1] == b" ":
                value = value[1:]
            if field == b"data":
                data.append(value)
                self._data_len += len(value) + 1
                if self._data_len > self._max:
                    raise SSEError(f"an SSE event exceeded {self._max} bytes")
            elif field == b"event":
                self._event = value
        if self._part_len + self._data_len > self._max:
            raise SSEError(f"an SSE event exceeded {self._max} bytes")
        return out

    def close(self) -> list[tuple[str | None, bytes]]:
        """Flush an event the stream ended without a blank line after (lenient: the spec discards it)."""
        self._cr = False
        return self.feed(b"\n\n" if self._part else b"\n")


def frame(obj: dict[str, Any] | str) -> bytes:
    """One SSE event in the OpenAI style (`data: <json>` and a blank line)."""
    payload = obj.encode("utf-8") if isinstance(obj, str) else dumps(obj)
    return b"data: " + payload + b"\n\n"


DONE_FRAME = b"data: [DONE]\n\n"
