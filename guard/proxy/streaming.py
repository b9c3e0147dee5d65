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

from dataclasses import dataclass, field
from typing import Any

from guard.proxy.config import ProxyConfig
from guard.proxy.decisions import decide_response, raise_if_halted, refusal_text
from guard.proxy.errors import ProxyError, bad_gateway
from guard.proxy.sse import frame

_HELD_DELTA_KEYS = ("content", "tool_calls", "function_call")


def _malformed(where: str, what: str) -> ProxyError:
    return bad_gateway(f"The upstream stream carried `{where}` that is not {what}.", "malformed_stream")


def _check_choices(choices: list[Any]) -> None:
    """The shapes the assembler relies on, checked before it relies on them: a chunk that
    breaks one ends the stream as `malformed_stream`, like any other malformed event."""
    for i, c in enumerate(choices):
        if not isinstance(c, dict):
            raise _malformed(f"choices[{i}]", "an object")
        if type(c.get("index", 0)) is not int:
            raise _malformed(f"choices[{i}].index", "an integer")
        finish = c.get("finish_reason")
        if finish is not None and not isinstance(finish, str):
            raise _malformed(f"choices[{i}].finish_reason", "a string")
        delta = c.get("delta")
        if delta is None:
            continue
        if not isinstance(delta, dict):
            raise _malformed(f"choices[{i}].delta", "an object")
        content = delta.get("content")
        if content is not None and not isinstance(content, str):
            raise _malformed(f"choices[{i}].delta.content", "a string")
        calls = delta.get("tool_calls")
        if calls is not None:
            if not isinstance(calls, list):
                raise _malformed(f"choices[{i}].delta.tool_calls", "an array")
            for j, tc in enumerate(calls):
                if not isinstance(tc, dict):
                    raise _malformed(f"choices[{i}].delta.tool_calls[{j}]", "an object")
                index = tc.get("index")
                if index is not None and type(index) is not int:
                    raise _malformed(f"choices[{i}].delta.tool_calls[{j}].index", "an integer")
                for key in ("id", "type"):
                    value = tc.get(key)
                    if value is not None and not isinstance(value, str):
                        raise _malformed(f"choices[{i}].delta.tool_calls[{j}].{key}", "a string")
                fn = tc.get("function")
                if fn is not None:
                    _check_function(fn, i, j)
        fc = delta.get("function_call")
        if fc is not None:
            _check_function(fc, i, None)


def _check_function(fn: Any, i: int, j: int | None) -> None:
    """A tool call's `function` (j: its index in `tool_calls`), or the legacy `function_call`."""
    if isinstance(fn, dict):
        for key in ("name", "arguments"):
            value = fn.get(key)
            if value is not None and not isinstance(value, str):
                break
        else:
            return
        what, key = "a string", "." + key
    else:
        what, key = "an object", ""
    where = f"choices[{i}].delta." + ("function_call" if j is None else f"tool_calls[{j}].function")
    raise _malformed(where + key, what)


@dataclass
class _Choice:
    released: str = ""
    pending: str = ""
    calls: dict[int, dict[str, Any]] = field(default_factory=dict)
    function_call: dict[str, str] | None = None
    finished: bool = False
    checked_len: int = 0


class StreamAssembler:
    def __init__(self, run: Any, cfg: ProxyConfig, model: str | None = None, active: frozenset[str] | None = None):
        self.run = run
        self.cfg = cfg
        # partial checks only matter when an interceptor looks at output
        self.partial_checks = cfg.stream_output_checks and (active is None or "output" in active)
        self.model = model
        self.choices: dict[int, _Choice] = {}
        self.saw_done = False
        self.finish_reasons: list[str] = []
        self.tool_calls_refused = 0

    # ------------------------------------------------------------------ public
    @property
    def all_finished(self) -> bool:
        return bool(self.choices) and all(c.finished for c in self.choices.values())

    async def on_chunk(self, chunk: dict[str, Any]) -> list[bytes]:
        if not isinstance(chunk, dict):
            raise bad_gateway("The upstream stream carried a chunk that is not a JSON object.", "malformed_stream")
        if "error" in chunk and not chunk.get("choices"):
            err = chunk.get("error") or {}
            msg = err.get("message") if isinstance(err, dict) else str(err)
            raise bad_gateway(f"The upstream reported an error mid-stream: {msg}", "upstream_stream_error")
        choices = chunk.get("choices")
        if not isinstance(choices, list):
            if choices is None:
                return [frame(chunk)]
            raise _malformed("choices", "an array")
        if not choices:
            return [frame(chunk)]
        _check_choices(choices)  # whole, before any of it is absorbed or decided
        frames: list[bytes] = []
        out_choices: list[dict[str, Any]] = []
        for c in choices:
            idx = c.get("index", 0)
            st = self.choices.setdefault(idx, _Choice())
            if st.finished:
                continue  # the guard already closed this choice
            delta = c.get("delta") or {}
            out_delta = {k: v for k, v in delta.items() if k not in _HELD_DELTA_KEYS}
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
            finish = c.get("finish_reason")
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
            st.pending += text
        for tc in delta.get("tool_calls") or []:
            index = tc.get("index")
            slot = st.calls.setdefault(len(st.calls) if index is None else index, {"id": None, "type": "function", "name": "", "arguments": ""})
            if tc.get("id"):
                slot["id"] = tc["id"]
            if tc.get("type"):
                slot["type"] = tc["type"]
            fn = tc.get("function") or {}
            slot["name"] += fn.get("name") or ""
            slot["arguments"] += fn.get("arguments") or ""
        fc = delta.get("function_call")
        if fc:
            st.function_call = st.function_call or {"name": "", "arguments": ""}
            st.function_call["name"] += fc.get("name") or ""
            st.function_call["arguments"] += fc.get("arguments") or ""

    async def _release(self, st: _Choice, envelope: dict[str, Any], idx: int) -> tuple[str, list[bytes]]:
        """Text that may leave now, or the frames that end this choice's text."""
        hold = self.cfg.hold_back_chars
        if hold == 0:
            out, st.pending = st.pending, ""
            st.released += out
            return out, []
        threshold = 2 * hold if self.partial_checks else hold
        if len(st.pending) < threshold:
            return "", []
        if self.partial_checks:
            d = await self.run.output(st.released + st.pending, partial=True)
            if not d.allowed:
                raise_if_halted(d)
                return "", self._stop(st, envelope, idx, refusal_text(d, "output"))
            if d.rewritten:
                new = getattr(d.event, "content", None)
                if isinstance(new, str):
                    if not new.startswith(st.released):
                        return "", self._stop(st, envelope, idx, None)
                    st.pending = new[len(st.released):]
        cut = max(0, len(st.pending) - hold)
        out, st.pending = st.pending[:cut], st.pending[cut:]
        st.released += out
        return out, []

    def _stop(self, st: _Choice, envelope: dict[str, Any], idx: int, notice: str | None) -> list[bytes]:
        st.finished = True
        st.pending = ""
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
            {"id": s["id"], "type": s["type"], "function": {"name": s["name"], "arguments": s["arguments"]}}
            for _, s in sorted(st.calls.items())
        ]
        legacy = st.function_call is not None
        if legacy:
            raw_calls.append({"id": None, "type": "function", "function": dict(st.function_call)})
        text = st.released + st.pending
        outcome = await decide_response(self.run, text or None, raw_calls, finish, self.cfg, self.model)
        self.tool_calls_refused += len(raw_calls) - len(outcome.tool_calls) + sum(
            1 for c in outcome.tool_calls if c["function"]["name"] == "guard_refusal"
        )
        content = outcome.content or ""
        finish_reason = outcome.finish_reason
        if content.startswith(st.released) and not outcome.content_replaced:
            rest = content[len(st.released):]
        elif outcome.content_replaced:
            rest = ("\n\n" if st.released else "") + content
        else:  # a rewrite reached text already sent: it cannot be taken back, so stop here
            rest, finish_reason = "", "content_filter"
        st.released += rest
        st.pending = ""
        delta: dict[str, Any] = {}
        if rest:
            delta["content"] = rest
        if outcome.tool_calls:
            if legacy and len(outcome.tool_calls) == 1 and outcome.tool_calls[0]["id"] is None:
                delta["function_call"] = outcome.tool_calls[0]["function"]
            else:
                delta["tool_calls"] = [
                    {"index": j, "id": c["id"], "type": c["type"], "function": c["function"]} for j, c in enumerate(outcome.tool_calls)
                ]
        frames = [self._chunk(envelope, idx, delta, None)] if delta else []
        frames.append(self._chunk(envelope, idx, {}, finish_reason))
        if finish_reason:
            self.finish_reasons.append(finish_reason)
        return frames

    @staticmethod
    def _choice(c: dict[str, Any], idx: int, delta: dict[str, Any]) -> dict[str, Any]:
        out = {k: v for k, v in c.items() if k not in ("delta", "finish_reason", "logprobs")}
        out.update(index=idx, delta=delta, finish_reason=None)
        return out

    @staticmethod
    def _chunk(envelope: dict[str, Any], idx: int, delta: dict[str, Any], finish: str | None) -> bytes:
        base = {k: v for k, v in envelope.items() if k not in ("choices", "usage")}
        base["choices"] = [{"index": idx, "delta": delta, "finish_reason": finish}]
        return frame(base)

    @staticmethod
    def _emit(chunk: dict[str, Any], out_choices: list[dict[str, Any]], usage: bool = True) -> list[bytes]:
        if out_choices:
            body = {**chunk, "choices": out_choices}
            if not usage:
                body.pop("usage", None)
            return [frame(body)]
        if usage and chunk.get("usage"):
            return [frame({**chunk, "choices": []})]
        return []
