"""The streamed response, re-assembled so nothing unchecked reaches the client.

- Tool-call deltas are collected per choice and per call index; nothing of any call is
  sent until the choice finishes and every call has been decided. Refused calls are
  never sent at all; allowed calls go out whole, one delta each.
- Text goes through a hold-back window of `hold_back_chars`: before a batch is released
  the whole text so far is checked as partial output, so any span of up to that many
  characters is seen whole by output interceptors before its first character leaves.
  A rewrite of held text is applied; a refusal stops the text there.
- Chunks without choices (usage), unknown fields, ids and finish reasons pass through;
  streamed `logprobs` are dropped, since they would carry held-back text past the window.
- A chunk whose choices, deltas or tool-call deltas are not shaped as the assembler reads
  them (an index that is not an integer, arguments that are not a string, ...) ends the
  stream as `malformed_stream`, checked whole before any of it is absorbed.
"""
from __future__ import annotations

import re

from dataclasses import dataclass, field
from typing import Any

from guard.proxy.config import ProxyConfig
from guard.proxy.decisions import LEGACY_CALL_ID, decide_response, raise_if_halted, refusal_text
from guard.proxy.errors import ProxyError, bad_gateway
from guard.proxy.sse import frame
from guard.proxy.upstream import shortened
from guard.redaction import is_invisible

_HELD_DELTA_KEYS = ("content", "tool_calls", "function_call")
CHECKED_MESSAGE_KEYS = ("role", *_HELD_DELTA_KEYS)  # a message's fields the checks read (role carries no text)
# What leaves besides the checked fields: a field no check reads (`reasoning_content`,
# `refusal`, `audio`, a top-level `note`) would carry model text past the guard, so it goes
# only when empty or named in `proxy.pass_through_fields`.
ENVELOPE_KEYS = ("id", "object", "created", "model", "system_fingerprint", "service_tier")
# A field that names rather than says (a role, a finish reason, a call's id or type): visible
# ASCII without spaces, at most 256 characters, or empty. One of another shape could carry text
# past the checks, so it does not pass.
_LABEL = re.compile(r"[!-~]{0,256}")


def is_label(value: Any) -> bool:
    return isinstance(value, str) and _LABEL.fullmatch(value) is not None


def _envelope_value(value: Any) -> bool:
    """A response's id, model, fingerprint, tier or creation time: a scalar, and text only short
    and on one line (a model's name may hold spaces)."""
    if value is None or isinstance(value, (bool, int, float)):
        return True
    return isinstance(value, str) and len(value) <= 256 and "\n" not in value and "\r" not in value


def empty(value: Any) -> bool:
    return value is None or value == [] or value == {}


def passed(fields: dict[str, Any], keep: tuple[str, ...], extra: list[str]) -> dict[str, Any]:
    """`fields` without what carries unchecked text: keys in `keep` or `extra`, or empty values."""
    return {k: v for k, v in fields.items() if k in keep or k in extra or empty(v)}


def numbers_only(usage: Any) -> Any:
    """A usage object's counts (nested token details included), nothing that could hold text."""
    if isinstance(usage, dict):
        return {k: numbers_only(v) for k, v in usage.items()
                if isinstance(v, dict) or (isinstance(v, (int, float)) and not isinstance(v, bool))}
    return usage


def envelope(chunk: dict[str, Any], usage: bool = True) -> dict[str, Any]:
    """The fields around the choices that name the response (labels and the creation time)."""
    out = {k: v for k, v in chunk.items() if k in ENVELOPE_KEYS and _envelope_value(v)}
    if usage and isinstance(chunk.get("usage"), dict):
        out["usage"] = numbers_only(chunk["usage"])
    return out


def _malformed(where: str, what: str, code: str = "malformed_stream") -> ProxyError:
    body = "stream" if code == "malformed_stream" else "response"
    return bad_gateway(f"The upstream {body} carried `{where}` that is not {what}.", code)


def _check_choices(choices: list[Any]) -> None:
    """The shapes the assembler relies on, checked before it relies on them: a chunk that
    breaks one ends the stream as `malformed_stream`, like any other malformed event."""
    for i, c in enumerate(choices):
        if not isinstance(c, dict):
            raise _malformed(f"choices[{i}]", "an object")
        if type(c.get("index", 0)) is not int:
            raise _malformed(f"choices[{i}].index", "an integer")
        check_finish_reason(c.get("finish_reason"), f"choices[{i}].finish_reason")
        delta = c.get("delta")
        if delta is None:
            continue
        if not isinstance(delta, dict):
            raise _malformed(f"choices[{i}].delta", "an object")
        check_message(delta, f"choices[{i}].delta", "malformed_stream", streamed=True)


def check_finish_reason(finish: Any, where: str, code: str = "malformed_stream") -> None:
    if finish is not None and not is_label(finish):
        raise _malformed(where, "a finish reason (a token without spaces)", code)


def check_choice(choice: dict[str, Any], i: int, code: str) -> None:
    """A whole (not streamed) choice's message and finish reason, in the shapes the checks read."""
    check_message(choice.get("message") or {}, f"choices[{i}].message", code)
    check_finish_reason(choice.get("finish_reason"), f"choices[{i}].finish_reason", code)


def answered_choice(choice: dict[str, Any], i: int, message: dict[str, Any], cfg: ProxyConfig) -> dict[str, Any]:
    """A whole choice as it leaves, around the message as checked: its index, its finish reason,
    and logprobs (which spell out tokens, and alternatives, that no check read) only where
    `proxy.pass_through_fields` names them."""
    return {"index": choice["index"] if type(choice.get("index")) is int else i, "message": message,
            "logprobs": choice.get("logprobs") if "logprobs" in cfg.pass_through_fields else None,
            "finish_reason": choice.get("finish_reason")}


def check_message(message: dict[str, Any], where: str, code: str, streamed: bool = False) -> None:
    """A message's (or a delta's) content, tool calls and legacy function call have the shapes
    the guard reads: what it checks must be what it forwards (a list as a tool name would be
    checked as its str() and forwarded as the list)."""
    content = message.get("content")
    if content is not None and not isinstance(content, str):
        raise _malformed(f"{where}.content", "a string", code)
    role = message.get("role")
    if role is not None and not is_label(role):
        raise _malformed(f"{where}.role", "a role (a token without spaces)", code)
    calls = message.get("tool_calls")
    if calls is not None:
        if not isinstance(calls, list):
            raise _malformed(f"{where}.tool_calls", "an array", code)
        for j, tc in enumerate(calls):
            if not isinstance(tc, dict):
                raise _malformed(f"{where}.tool_calls[{j}]", "an object", code)
            index = tc.get("index")
            if streamed and index is not None and type(index) is not int:
                raise _malformed(f"{where}.tool_calls[{j}].index", "an integer", code)
            for key in ("id", "type"):
                value = tc.get(key)
                if value is not None and not is_label(value):
                    raise _malformed(f"{where}.tool_calls[{j}].{key}", "an id or type (a token without spaces)", code)
            fn = tc.get("function")
            if fn is not None or not streamed:  # a complete call must have its function, and a name
                _check_function(fn, f"{where}.tool_calls[{j}].function", code)
                if not streamed and not fn.get("name"):
                    raise _malformed(f"{where}.tool_calls[{j}].function.name", "a non-empty string", code)
    fc = message.get("function_call")
    if fc is not None:
        _check_function(fc, f"{where}.function_call", code)


def _check_function(fn: Any, where: str, code: str) -> None:
    """A tool call's `function`, or the legacy `function_call`: an object whose name and
    arguments are strings."""
    if not isinstance(fn, dict):
        raise _malformed(where, "an object", code)
    for key in ("name", "arguments"):
        value = fn.get(key)
        if value is not None and not isinstance(value, str):
            raise _malformed(f"{where}.{key}", "a string", code)


class _Pieces:
    """Text built from many small pieces: appending keeps the piece, reading joins them once.
    (`s += piece` on an attribute or a dict item copies the whole text every time: a stream of
    millions of characters took seconds per megabyte, growing with its length.)"""

    __slots__ = ("_parts", "_len")

    def __init__(self, text: str = "") -> None:
        self._parts = [text] if text else []
        self._len = len(text)

    def append(self, piece: str) -> None:
        if piece:
            self._parts.append(piece)
            self._len += len(piece)

    def text(self) -> str:
        if len(self._parts) > 1:
            self._parts = ["".join(self._parts)]
        return self._parts[0] if self._parts else ""

    def __len__(self) -> int:
        return self._len

    def __bool__(self) -> bool:
        return self._len > 0


@dataclass
class _Choice:
    released: _Pieces = field(default_factory=_Pieces)
    pending: str = ""
    held: _Pieces = field(default_factory=_Pieces)  # text not yet looked at by `_release`
    calls: dict[int, dict[str, Any]] = field(default_factory=dict)
    function_call: dict[str, Any] | None = None
    finished: bool = False
    checked_len: int = 0


def _delta_chars(delta: Any) -> int:
    """Characters of text and tool-call name and arguments in one delta (checked shapes only)."""
    if not isinstance(delta, dict):
        return 0
    n = len(delta["content"]) if isinstance(delta.get("content"), str) else 0
    calls = delta.get("tool_calls") if isinstance(delta.get("tool_calls"), list) else []
    for fn in [tc.get("function") for tc in calls if isinstance(tc, dict)] + [delta.get("function_call")]:
        if isinstance(fn, dict):
            n += sum(len(v) for v in (fn.get("name"), fn.get("arguments")) if isinstance(v, str))
    return n


def _take_held(st: _Choice) -> None:
    """The text that arrived since the last release, moved to the end of `pending`."""
    if st.held:
        st.pending += st.held.text()
        st.held = _Pieces()


def _held_from(text: str, hold: int) -> int:
    """Where the last `hold` *visible* characters of `text` begin: zero-width characters and
    combining marks padded between a phrase's letters would otherwise stretch it past the
    window, out of sight of a check that ignores them."""
    if text.isascii():
        return max(0, len(text) - hold)
    i, seen = len(text), 0
    while i > 0 and seen < hold:
        i -= 1
        seen += not is_invisible(text[i])
    return i


def _changed_span(old: str, new: str) -> tuple[int, int]:
    """[start, end) of `old` that a rewrite to `new` changed (their common prefix and suffix kept)."""
    start = 0
    limit = min(len(old), len(new))
    while start < limit and old[start] == new[start]:
        start += 1
    end_old, end_new = len(old), len(new)
    while end_old > start and end_new > start and old[end_old - 1] == new[end_new - 1]:
        end_old -= 1
        end_new -= 1
    return start, end_old


class StreamAssembler:
    def __init__(self, run: Any, cfg: ProxyConfig, model: str | None = None, active: frozenset[str] | None = None):
        self.run = run
        self.cfg = cfg
        # partial checks only matter when an interceptor looks at output
        self.partial_checks = cfg.stream_output_checks and (active is None or "output" in active)
        # a model_response check decides on the whole response, and so does an output check that
        # reads only complete answers: no text leaves before it has
        self.hold_all = active is None or "model_response" in active or "output:whole" in active
        self.model = model
        self.choices: dict[int, _Choice] = {}
        self.saw_done = False
        self.stream_chars = 0  # text and tool-call characters the upstream has streamed (`max_stream_chars`)
        self.finish_reasons: list[str] = []
        self.tool_calls_refused = 0

    # ------------------------------------------------------------------ public
    @property
    def all_finished(self) -> bool:
        return bool(self.choices) and all(c.finished for c in self.choices.values())

    async def on_chunk(self, chunk: dict[str, Any]) -> list[bytes]:
        if not isinstance(chunk, dict):
            raise bad_gateway("The upstream stream carried a chunk that is not a JSON object.", "malformed_stream")
        # an error object ends the stream even when the chunk has choices too (OpenRouter's
        # mid-stream error: `finish_reason: "error"` beside it): a call cut off mid-arguments
        # must not be decided and released as if complete
        err = chunk.get("error")  # an object (`{}` too) or a message is an error; null, "" or false is not
        if isinstance(err, dict) or err:
            err = err or {}
            msg = err.get("message") if isinstance(err, dict) else str(err)
            raise bad_gateway(f"The upstream reported an error mid-stream: {shortened(str(msg or '(no details)'), 500)}",
                              "upstream_stream_error")
        choices = chunk.get("choices")
        if not isinstance(choices, list):
            if choices is None:
                return self._emit(chunk, [])  # its usage, if any; nothing else of a choice-less chunk
            raise _malformed("choices", "an array")
        if not choices:
            return self._emit(chunk, [])
        _check_choices(choices)  # whole, before any of it is absorbed or decided
        frames: list[bytes] = []
        out_choices: list[dict[str, Any]] = []
        for c in choices:
            idx = c.get("index", 0)
            st = self.choices.setdefault(idx, _Choice())
            if st.finished:
                continue  # the guard already closed this choice
            delta = c.get("delta") or {}
            self.stream_chars += _delta_chars(delta)
            if self.stream_chars > self.cfg.max_stream_chars:
                raise bad_gateway(f"The upstream stream ran past proxy.max_stream_chars ({self.cfg.max_stream_chars:,} characters).",
                                  "upstream_stream_too_long")
            out_delta = passed({k: v for k, v in delta.items() if k not in _HELD_DELTA_KEYS}, CHECKED_MESSAGE_KEYS,
                               self.cfg.pass_through_fields)
            self._absorb(st, delta)
            released, stop_frames = await self._release(st, chunk, idx)
            if released:
                out_delta["content"] = released
            if stop_frames:
                if out_delta:
                    out_choices.append(self._choice(c, idx, out_delta))
                frames.extend(self._emit(chunk, out_choices, usage=False))
                out_choices = []
                frames.extend(stop_frames)
                continue
            finish = c.get("finish_reason") or None  # "" on every chunk (some servers) finishes nothing
            if finish == "error":  # a choice the upstream gave up on: what it holds is cut off, never released whole
                raise bad_gateway("The upstream ended a choice with finish_reason \"error\".", "upstream_stream_error")
            if finish is not None:
                if out_delta:
                    out_choices.append(self._choice(c, idx, out_delta))
                frames.extend(self._emit(chunk, out_choices, usage=False))
                out_choices = []
                frames.extend(await self._finish(st, chunk, idx, finish))
                continue
            if out_delta:
                out_choices.append(self._choice(c, idx, out_delta))
        frames.extend(self._emit(chunk, out_choices))
        return frames

    async def on_done(self, envelope: dict[str, Any] | None) -> list[bytes]:
        """The upstream sent [DONE]: close any choice that never got a finish reason."""
        self.saw_done = True
        frames: list[bytes] = []
        for idx, st in self.choices.items():
            if not st.finished:
                frames.extend(await self._finish(st, envelope or {}, idx, None))
        return frames

    # ------------------------------------------------------------------ internals
    @staticmethod
    def _absorb(st: _Choice, delta: dict[str, Any]) -> None:
        text = delta.get("content")
        if isinstance(text, str):
            st.held.append(text)
        for tc in delta.get("tool_calls") or []:
            index = tc.get("index")
            if index is None:  # no index: the call in progress, unless the delta opens one with a new id
                last = max(st.calls) if st.calls else None
                same = last is not None and (not tc.get("id") or tc.get("id") == st.calls[last]["id"])
                index = last if same else (0 if last is None else last + 1)
            slot = st.calls.setdefault(index, {"id": None, "type": "function", "name": _Pieces(), "arguments": _Pieces()})
            if tc.get("id"):
                if slot["id"] and slot["id"] != tc["id"]:  # merged, two calls would pass as one allowed name
                    raise bad_gateway("The upstream stream gave one tool-call index a second call id.", "malformed_stream")
                slot["id"] = tc["id"]
            if tc.get("type"):
                slot["type"] = tc["type"]
            fn = tc.get("function") or {}
            slot["name"].append(fn.get("name") or "")
            slot["arguments"].append(fn.get("arguments") or "")
        fc = delta.get("function_call")
        if fc:
            st.function_call = st.function_call or {"name": _Pieces(), "arguments": _Pieces()}
            st.function_call["name"].append(fc.get("name") or "")
            st.function_call["arguments"].append(fc.get("arguments") or "")

    async def _release(self, st: _Choice, envelope: dict[str, Any], idx: int) -> tuple[str, list[bytes]]:
        """Text that may leave now, or the frames that end this choice's text."""
        if self.hold_all:
            return "", []
        hold = self.cfg.hold_back_chars
        if hold == 0:
            _take_held(st)
            out, st.pending = st.pending, ""
            st.released.append(out)
            return out, []
        # each partial check reads the whole text so far: checked every `hold` characters, a long
        # answer costs checks (and audit records) growing with the square of its length, so the
        # window grows with the text (an eighth of what went out: a bounded number of checks per doubling)
        threshold = max(2 * hold, len(st.released) // 8) if self.partial_checks else hold
        if len(st.pending) + len(st.held) < threshold:
            return "", []
        _take_held(st)
        if self.partial_checks:
            d = await self.run.output(st.released.text() + st.pending, partial=True)
            if not d.allowed:
                raise_if_halted(d)
                return "", self._stop(st, envelope, idx, refusal_text(d, "output"))
            if d.rewritten:
                new = getattr(d.event, "content", None)
                if isinstance(new, str):
                    if not new.startswith(st.released.text()):
                        return "", self._stop(st, envelope, idx, None)
                    rewritten = new[len(st.released):]
                    start, end = _changed_span(st.pending, rewritten)
                    if end > len(st.pending) - hold:
                        # the change reaches the held tail, where a token may still be arriving
                        # ("SECRET-k7" + "Qz9…"): release only what comes before it, and let the
                        # next check see the whole token, unrewritten. Never past the held
                        # window: a rewrite that appends (start at the end) or changes nothing
                        # released it all, and the next check could no longer stop a word of it
                        cut = min(start, _held_from(st.pending, hold))
                        out, st.pending = st.pending[:cut], st.pending[cut:]
                        st.released.append(out)
                        return out, []
                    st.pending = rewritten
        cut = _held_from(st.pending, hold)
        out, st.pending = st.pending[:cut], st.pending[cut:]
        st.released.append(out)
        return out, []

    def _stop(self, st: _Choice, envelope: dict[str, Any], idx: int, notice: str | None) -> list[bytes]:
        st.finished = True
        st.pending, st.held = "", _Pieces()
        st.calls.clear()
        frames = []
        if notice:
            frames.append(self._chunk(envelope, idx, {"content": ("\n\n" if st.released else "") + notice}, None))
        frames.append(self._chunk(envelope, idx, {}, "content_filter"))
        self.finish_reasons.append("content_filter")
        return frames

    async def _finish(self, st: _Choice, envelope: dict[str, Any], idx: int, finish: str | None) -> list[bytes]:
        st.finished = True
        raw_calls = [
            {"id": s["id"], "type": s["type"], "function": {"name": s["name"].text(), "arguments": s["arguments"].text()}}
            for _, s in sorted(st.calls.items())
        ]
        legacy = st.function_call is not None
        if legacy:
            raw_calls.append({"id": LEGACY_CALL_ID, "type": "function",
                              "function": {k: v.text() for k, v in st.function_call.items()}})
        if any(not c["function"]["name"] for c in raw_calls):  # arguments with no call to check them against
            raise bad_gateway("The upstream stream ended a tool call that has no name.", "malformed_stream")
        _take_held(st)
        released = st.released.text()
        text = released + st.pending
        outcome = await decide_response(self.run, text or None, raw_calls, finish, self.cfg, self.model)
        self.tool_calls_refused += len(raw_calls) - len(outcome.tool_calls) + sum(
            1 for c in outcome.tool_calls if c["function"]["name"] == "guard_refusal"
        )
        content = outcome.content or ""
        finish_reason = outcome.finish_reason
        if content.startswith(released) and not outcome.content_replaced:
            rest = content[len(released):]
        elif outcome.content_replaced:
            rest = ("\n\n" if st.released else "") + content
        else:  # a rewrite reached text already sent: it cannot be taken back, so stop here
            rest, finish_reason = "", "content_filter"
        st.released.append(rest)
        st.pending = ""
        delta: dict[str, Any] = {}
        if rest:
            delta["content"] = rest
        # the legacy call goes back as `function_call`, the others as `tool_calls`
        kept_legacy = [c for c in outcome.tool_calls if legacy and c["id"] == LEGACY_CALL_ID]
        kept_calls = [c for c in outcome.tool_calls if not (legacy and c["id"] == LEGACY_CALL_ID)]
        if kept_legacy:
            delta["function_call"] = kept_legacy[-1]["function"]
        if kept_calls:
            delta["tool_calls"] = [
                {"index": j, "id": c["id"], "type": c["type"], "function": c["function"]} for j, c in enumerate(kept_calls)
            ]
        frames = [self._chunk(envelope, idx, delta, None)] if delta else []
        frames.append(self._chunk(envelope, idx, {}, finish_reason))
        if finish_reason:
            self.finish_reasons.append(finish_reason)
        return frames

    @staticmethod
    def _choice(c: dict[str, Any], idx: int, delta: dict[str, Any]) -> dict[str, Any]:
        return {"index": idx, "delta": delta, "finish_reason": None}  # nothing else of the upstream's choice

    @staticmethod
    def _chunk(env: dict[str, Any], idx: int, delta: dict[str, Any], finish: str | None) -> bytes:
        base = envelope(env, usage=False)
        base["choices"] = [{"index": idx, "delta": delta, "finish_reason": finish}]
        return frame(base)

    @staticmethod
    def _emit(chunk: dict[str, Any], out_choices: list[dict[str, Any]], usage: bool = True) -> list[bytes]:
        if out_choices:
            return [frame({**envelope(chunk, usage), "choices": out_choices})]
        if usage and isinstance(chunk.get("usage"), dict):
            return [frame({**envelope(chunk), "choices": []})]
        return []
