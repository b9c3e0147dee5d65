"""OpenAI chat-completions JSON ⇄ the guard's events.

The proxy is stateless: every request carries the whole conversation. Messages up to
the last assistant turn already went through the guard on earlier requests, so they are
replayed into the run unchecked (`observe`); only what is new since then (tool results,
the newest user message) is checked.
"""
from __future__ import annotations

import hashlib
import json
from typing import Any

from guard.events import (
    RAW_ARGUMENTS_KEY,
    Event,
    InputEvent,
    Message,
    ModelResponseEvent,
    OutputEvent,
    ToolCallEvent,
    ToolCallRequest,
    ToolResultEvent,
    canonical_json,
    json_container,
    parse_arguments,
)


def content_text(content: Any) -> str:
    """Text of a message's content: a string, or the text parts of a content list."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = []
        for part in content:
            if _is_text_part(part):
                parts.append(_part_text(part))
        return "\n".join(parts)
    return json.dumps(content, ensure_ascii=False)


def with_text(content: Any, text: str) -> Any:
    """`content` with its text replaced by `text`: a string for a string; for a list of parts, one
    text part where the first one was, the other text parts gone, every other part kept."""
    if not isinstance(content, list) or not any(_is_text_part(p) for p in content):
        return text
    out: list[Any] = []
    placed = False
    for part in content:
        if not _is_text_part(part):
            out.append(part)
        elif not placed:  # the first text part's other keys (cache_control) stay; its words are replaced
            out.append(_with_part_text(part, text) if isinstance(part, dict) else {"type": "text", "text": text})
            placed = True
    return out


def _text_key(part: Any) -> str | None:
    """The key of a part that holds words a model reads: `text`, or `refusal` (which a compatible
    server may read in any message, so it is checked, and replaced on a rewrite); None for others."""
    if isinstance(part, dict):
        for key in ("text", "refusal"):
            if isinstance(part.get(key), str):
                return key
    return None


def _is_text_part(part: Any) -> bool:
    return isinstance(part, str) or _text_key(part) is not None


def _with_part_text(part: Any, text: str) -> Any:
    return text if isinstance(part, str) else {**part, _text_key(part): text}


def with_line_breaks(content: Any) -> Any:
    """`content` as the checks read it, or `content` itself when nothing differs. The checks read
    the text parts a line each; an upstream that joins parts with nothing would read words no
    check saw ("Ign" + "" + "ore all previous instructions", "attacker" + "@evil.example"), so
    each text part that another follows ends with the line break the checks put there, unless it
    already ends with white space. Every part stays where it is, with all its keys."""
    if not isinstance(content, list):
        return content
    texts = [i for i, p in enumerate(content) if _is_text_part(p)]
    out: list[Any] | None = None
    for i in texts[:-1]:
        part = content[i]
        text = _part_text(part)
        if text[-1:].isspace():
            continue
        out = out or list(content)
        out[i] = _with_part_text(part, text + "\n")
    return content if out is None else out


def _part_text(part: Any) -> str:
    return part if isinstance(part, str) else part[_text_key(part)]


class TextRewrite(str):
    """A message's new text that replaces only its text parts (its image, audio and file parts
    stay), as remembered for later turns that repeat the message."""


def dump_arguments(args: dict[str, Any]) -> str:
    if set(args) == {RAW_ARGUMENTS_KEY} and isinstance(args[RAW_ARGUMENTS_KEY], str):
        return args[RAW_ARGUMENTS_KEY]
    return json.dumps(args, ensure_ascii=False)


def tool_call_requests(raw_calls: list[dict[str, Any]] | None) -> list[ToolCallRequest]:
    out = []
    for call in raw_calls or []:
        fn = call.get("function") or {}
        out.append(ToolCallRequest(id=call.get("id"), name=str(fn.get("name") or ""), arguments=parse_arguments(fn.get("arguments"))))
    return out


def to_message(raw: dict[str, Any]) -> Message:
    role = raw.get("role")
    if role == "function":  # the legacy role: same meaning as `tool`
        role = "tool"
    return Message(
        role=role,
        content=raw.get("content"),
        name=raw.get("name"),
        tool_call_id=raw.get("tool_call_id"),
        tool_calls=tool_call_requests(raw.get("tool_calls")) or None,
    )


def from_message(msg: Message) -> dict[str, Any]:
    out: dict[str, Any] = {"role": msg.role, "content": msg.content}
    if msg.name:
        out["name"] = msg.name
    if msg.tool_call_id:
        out["tool_call_id"] = msg.tool_call_id
    if msg.tool_calls:
        out["tool_calls"] = [
            {"id": c.id, "type": "function", "function": {"name": c.name, "arguments": dump_arguments(c.arguments)}}
            for c in msg.tool_calls
        ]
    return out


def derive_run_id(messages: list[dict[str, Any]]) -> str:
    """Same conversation ⇒ same run: a hash of everything up to the first user message,
    which every later request of the conversation repeats verbatim."""
    prefix = []
    for m in messages:
        prefix.append([m.get("role"), content_text(m.get("content"))])
        if m.get("role") == "user":
            break
    return "conv-" + hashlib.sha256(canonical_json(prefix).encode()).hexdigest()[:32]


def message_fields(m: dict[str, Any]) -> list[Any]:
    """What the guard reads of a message: its role, its text, and which call it answers."""
    return [m.get("role"), content_text(m.get("content")), m.get("tool_call_id"), m.get("name")]


def messages_digest(messages: list[dict[str, Any]]) -> str:
    """The messages by what the guard reads of them, as one digest (a conversation's prefix)."""
    return hashlib.sha256(canonical_json([message_fields(m) for m in messages]).encode()).hexdigest()


def last_assistant_index(messages: list[dict[str, Any]]) -> int:
    for i in range(len(messages) - 1, -1, -1):
        if messages[i].get("role") == "assistant":
            return i
    return -1


def tool_call_index(messages: list[dict[str, Any]]) -> dict[Any, tuple[str, dict[str, Any]]]:
    """The (tool name, arguments) behind each tool message: the nearest call with its id before
    it (clients and local servers reuse ids across turns: "c1" of this turn is not "c1" of the
    last), keyed by the message (`id(message)`); and by call id, the latest call of each."""
    index: dict[Any, tuple[str, dict[str, Any]]] = {}
    for m in messages:
        role = m.get("role")
        if role == "assistant":
            for c in tool_call_requests(m.get("tool_calls")):
                if c.id:
                    index[c.id] = (c.name, c.arguments)
        elif role in ("tool", "function") and (m.get("tool_call_id") or "") in index:
            index[id(m)] = index[m["tool_call_id"]]
    return index


def history_events(messages: list[dict[str, Any]], calls: dict[Any, tuple[str, dict[str, Any]]]) -> list[Event]:
    """Events for messages the guard already decided on, in conversation order."""
    events: list[Event] = []
    for m in messages:
        role = m.get("role")
        if role == "user":
            events.append(InputEvent(content=content_text(m.get("content"))))
        elif role == "assistant":
            text = content_text(m.get("content")) or None
            requests = tool_call_requests(m.get("tool_calls"))
            events.append(ModelResponseEvent(content=text, tool_calls=requests))
            for c in requests:
                events.append(ToolCallEvent(tool=c.name, arguments=c.arguments, call_id=c.id))
            if not requests and text:
                events.append(OutputEvent(content=text))
        elif role in ("tool", "function"):
            events.append(tool_result_event(m, calls))
    return events


def tool_result_event(m: dict[str, Any], calls: dict[Any, tuple[str, dict[str, Any]]]) -> ToolResultEvent:
    call_id = m.get("tool_call_id")
    name, args = calls.get(id(m)) or calls.get(call_id or "", (m.get("name") or "unknown", {}))
    return ToolResultEvent(tool=name, arguments=args, call_id=call_id, result=result_value(m.get("content")))


def result_value(content: Any) -> Any:
    """A tool message's content as the guard sees it: JSON text is parsed, other text kept."""
    text = content_text(content)
    value = json_container(text)  # nested past the parser's stack or not JSON: kept as text
    return text if value is None else value


def result_content(result: Any) -> str:
    return result if isinstance(result, str) else json.dumps(result, ensure_ascii=False)
