"""The request fields the proxy reads, checked at the boundary.

A malformed request is a 400 that names the field as OpenAI does (`param`:
`messages[1].tool_calls[0].function`), never a crash halfway through the checks: the
mapping onto the guard's events can then rely on these shapes. Only what the proxy reads
is checked; every other field passes through untouched, for the upstream to judge.
Shared by `guard proxy` and the in-process client wrapper (integrations/openai_client.py).
"""
from __future__ import annotations

from typing import Any

from guard.proxy.errors import ProxyError, bad_request

ROLES = ("system", "developer", "user", "assistant", "tool", "function")
MESSAGES_CODE = "invalid_messages"  # any fault inside `messages`
TYPE_CODE = "invalid_type"  # a top-level field of the wrong type

# Top-level fields the proxy reads → the JSON type each must have when present (null: absent).
TOP_LEVEL: dict[str, type] = {"model": str, "stream": bool, "stream_options": dict, "tools": list}

_NAMES = {str: "a string", bool: "a boolean", dict: "an object", list: "an array"}


def validate_payload(payload: Any, max_messages: int | None = None) -> list[dict[str, Any]]:
    """The payload's messages, once every field the proxy reads has the shape it relies on;
    raises a 400 ProxyError naming the first field that does not."""
    if not isinstance(payload, dict):
        raise bad_request("The request body must be a JSON object.")
    for name, kind in TOP_LEVEL.items():
        _expect(payload.get(name), kind, name, TYPE_CODE, optional=True)
    for i, tool in enumerate(payload.get("tools") or []):
        _expect(tool, dict, f"tools[{i}]", TYPE_CODE)
    messages = payload.get("messages")
    if not isinstance(messages, list) or not messages:
        raise bad_request("`messages` must be a non-empty array.", MESSAGES_CODE, "messages")
    if max_messages is not None and len(messages) > max_messages:
        raise bad_request(f"Invalid 'messages': {len(messages)} messages, over the proxy's limit of {max_messages} per request.",
                          "array_above_max_length", "messages")
    for i, m in enumerate(messages):
        _check_message(m, f"messages[{i}]")
    return messages


def _check_message(m: Any, at: str) -> None:
    _expect(m, dict, at)
    role = m.get("role")
    if not isinstance(role, str) or role not in ROLES:
        raise bad_request(f"Invalid value for '{at}.role': expected one of {', '.join(ROLES)}.", MESSAGES_CODE, f"{at}.role")
    _check_content(m.get("content"), f"{at}.content")
    # the call a tool message answers is how its result is checked against that call (OpenAI's
    # API requires it too); a legacy `function` message names its function instead
    _expect(m.get("name"), str, f"{at}.name", optional=role != "function")
    _expect(m.get("tool_call_id"), str, f"{at}.tool_call_id", optional=role != "tool")
    calls = m.get("tool_calls")
    _expect(calls, list, f"{at}.tool_calls", optional=True)
    for j, call in enumerate(calls or []):
        _check_tool_call(call, f"{at}.tool_calls[{j}]")


def _check_content(content: Any, at: str) -> None:
    """A string, null, or content parts: objects with a string `type`. A part's `text` must be
    text, or the guard would check the message without it and still forward it."""
    if content is None or isinstance(content, str):
        return
    if not isinstance(content, list):
        raise _wrong_type(at, "a string, null or an array of content parts", content, MESSAGES_CODE)
    for k, part in enumerate(content):
        _expect(part, dict, f"{at}[{k}]")
        _expect(part.get("type"), str, f"{at}[{k}].type")
        _expect(part.get("text"), str, f"{at}[{k}].text", optional=True)


def _check_tool_call(call: Any, at: str) -> None:
    _expect(call, dict, at)
    _expect(call.get("id"), str, f"{at}.id")
    fn = call.get("function")
    _expect(fn, dict, f"{at}.function")
    _expect(fn.get("name"), str, f"{at}.function.name")
    _expect(fn.get("arguments"), str, f"{at}.function.arguments")
    _expect(call.get("type"), str, f"{at}.type")


def _expect(value: Any, kind: type, at: str, code: str = MESSAGES_CODE, optional: bool = False) -> None:
    """`value` is of JSON type `kind`; null counts as absent, which only an optional field may be."""
    if value is None:
        if not optional:
            raise bad_request(f"Missing required parameter: '{at}'.", code, at)
        return
    if not (type(value) is bool if kind is bool else isinstance(value, kind)):
        raise _wrong_type(at, _NAMES[kind], value, code)


def _wrong_type(at: str, expected: str, value: Any, code: str) -> ProxyError:
    return bad_request(f"Invalid type for '{at}': expected {expected}, but got {_json_type(value)} instead.", code, at)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    return _NAMES.get(type(value), type(value).__name__)
