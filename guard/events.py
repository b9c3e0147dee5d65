"""The canonical agent loop as events: one pydantic model per hook.

Every surface (decorators, run API, proxy, integrations) reduces what it sees to
these models, so interceptors never care where an event came from. The canonical
JSON form is what the audit trail hashes, so it must be stable across processes.
"""
from __future__ import annotations

import hashlib
import json
import random
import time
from enum import StrEnum
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, TypeAdapter, field_validator


class Hook(StrEnum):
    INPUT = "input"
    MODEL_REQUEST = "model_request"
    MODEL_RESPONSE = "model_response"
    TOOL_CALL = "tool_call"
    TOOL_RESULT = "tool_result"
    OUTPUT = "output"
    OPINIONS = "opinions"


def new_id() -> str:
    """A random 128-bit hex id. Unique, not secret: ids label records, they guard nothing.

    `random` is reseeded in forked children, so processes do not repeat each other.
    """
    return "%032x" % random.getrandbits(128)


class _EventBase(BaseModel):
    model_config = ConfigDict(extra="forbid")

    run_id: str = ""
    step: int = 0
    event_id: str = Field(default_factory=new_id)
    agent: str | None = None
    ts: float = Field(default_factory=time.time)
    metadata: dict[str, Any] = Field(default_factory=dict)
    _digest: str | None = PrivateAttr(default=None)

    def canonical_json(self) -> str:
        """Sorted-key, whitespace-free JSON: identical bytes for identical content."""
        return canonical_json(self.model_dump(mode="json", fallback=_opaque))

    def digest(self) -> str:
        """SHA-256 of the canonical JSON, cached: an event is not changed once it is checked
        (rewrites make new events; the run stamps run id and step before any check)."""
        if self._digest is None:
            try:
                # surrogatepass: a lone surrogate (broken UTF-16 from a tool) must not crash the run
                body = self.canonical_json().encode("utf-8", "surrogatepass")
            except UnicodeEncodeError:  # one in a dict key, which the JSON dump itself rejects
                body = json.dumps(self.model_dump(mode="python"), sort_keys=True, separators=(",", ":"),
                                  ensure_ascii=True, default=_opaque).encode()
            except (ValueError, TypeError, RecursionError):  # a value that contains itself, or is nested past reason
                raw = {name: getattr(self, name) for name in type(self).model_fields}
                body = json.dumps(_plain(raw, (), 0), sort_keys=True, separators=(",", ":"),
                                  ensure_ascii=True, default=_opaque).encode()
            self._digest = hashlib.sha256(body).hexdigest()
        return self._digest

    def model_copy(self, *, update: dict[str, Any] | None = None, deep: bool = False) -> "_EventBase":
        copy = super().model_copy(update=update, deep=deep)
        copy._digest = None
        return copy

    def text(self) -> str:
        """The event's human-readable content, for content scanners."""
        raise NotImplementedError


class ToolCallRequest(BaseModel):
    """One tool call proposed by a model (OpenAI `tool_calls` item)."""

    id: str | None = None
    name: str
    arguments: dict[str, Any] = Field(default_factory=dict)


class Message(BaseModel):
    model_config = ConfigDict(extra="allow")

    role: Literal["system", "developer", "user", "assistant", "tool"]
    content: Any = None
    name: str | None = None
    tool_calls: list[ToolCallRequest] | None = None
    tool_call_id: str | None = None


class InputEvent(_EventBase):
    hook: Literal["input"] = "input"
    content: str

    def text(self) -> str:
        return self.content


class ModelRequestEvent(_EventBase):
    hook: Literal["model_request"] = "model_request"
    model: str | None = None
    messages: list[Message] = Field(default_factory=list)
    tools: list[dict[str, Any]] = Field(default_factory=list)

    def text(self) -> str:
        return "\n".join(str(m.content) for m in self.messages if m.content)


class ModelResponseEvent(_EventBase):
    hook: Literal["model_response"] = "model_response"
    model: str | None = None
    content: str | None = None
    tool_calls: list[ToolCallRequest] = Field(default_factory=list)

    def text(self) -> str:
        return self.content or ""


class ToolCallEvent(_EventBase):
    hook: Literal["tool_call"] = "tool_call"
    tool: str
    arguments: dict[str, Any] = Field(default_factory=dict)
    call_id: str | None = None

    def text(self) -> str:
        return text_json(self.arguments)


class ToolResultEvent(_EventBase):
    hook: Literal["tool_result"] = "tool_result"
    tool: str
    arguments: dict[str, Any] = Field(default_factory=dict)
    call_id: str | None = None
    result: Any = None
    error: str | None = None

    def text(self) -> str:
        if self.error:
            return self.error
        return self.result if isinstance(self.result, str) else text_json(self.result)


class OutputEvent(_EventBase):
    hook: Literal["output"] = "output"
    content: str
    partial: bool = False

    def text(self) -> str:
        return self.content


MAX_ANSWER_CHARS = 10_000  # answers go into reasons and audit records: a 2 MB one made a 16 MB record


def storable_text(v: str) -> str:
    """Text a database can keep: no NUL (PostgreSQL refuses it), no lone surrogate."""
    if "\x00" in v:
        raise ValueError("must not contain NUL characters")
    try:
        v.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("must be valid Unicode text (it holds a lone surrogate)") from None
    return v


class Opinion(BaseModel):
    agent: str = Field(min_length=1, max_length=255)
    answer: str = Field(max_length=MAX_ANSWER_CHARS)
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    rationale: str | None = None

    @field_validator("agent", "answer")
    @classmethod
    def _text(cls, v: str) -> str:
        return storable_text(v)


class OpinionsEvent(_EventBase):
    hook: Literal["opinions"] = "opinions"
    question_id: str = Field(min_length=1, max_length=255)
    question: str | None = None
    opinions: list[Opinion]

    @field_validator("question_id")
    @classmethod
    def _id_text(cls, v: str) -> str:
        return storable_text(v)

    def text(self) -> str:
        return "\n".join(f"{o.agent}: {o.answer}" for o in self.opinions)


Event = Annotated[
    Union[
        InputEvent,
        ModelRequestEvent,
        ModelResponseEvent,
        ToolCallEvent,
        ToolResultEvent,
        OutputEvent,
        OpinionsEvent,
    ],
    Field(discriminator="hook"),
]
EVENT_ADAPTER: TypeAdapter[Event] = TypeAdapter(Event)
EVENT_TYPES: dict[Hook, type[_EventBase]] = {
    Hook.INPUT: InputEvent,
    Hook.MODEL_REQUEST: ModelRequestEvent,
    Hook.MODEL_RESPONSE: ModelResponseEvent,
    Hook.TOOL_CALL: ToolCallEvent,
    Hook.TOOL_RESULT: ToolResultEvent,
    Hook.OUTPUT: OutputEvent,
    Hook.OPINIONS: OpinionsEvent,
}


def parse_event(data: dict[str, Any] | str) -> Event:
    """Validate a dict or JSON text into the right event model (errors name the field)."""
    if isinstance(data, str):
        return EVENT_ADAPTER.validate_json(data)
    return EVENT_ADAPTER.validate_python(data)


def _opaque(value: Any) -> str:
    """How a non-JSON value (a tool's custom object) enters the canonical form."""
    try:
        return f"<{type(value).__qualname__}>{value!r}"
    except Exception:  # noqa: BLE001 - a foreign __repr__ that fails
        return f"<{type(value).__qualname__}>"


# Tool-call arguments that are not a JSON object (truncated or malformed model output) are
# kept whole under this key, so they are still checked rather than dropped.
RAW_ARGUMENTS_KEY = "_raw_arguments"


def parse_arguments(raw: Any) -> dict[str, Any]:
    """Tool-call arguments as a dict. Text that is not a JSON object is kept whole under
    `_raw_arguments`, so a malformed call is still checked, never silently dropped."""
    if isinstance(raw, dict):
        return raw
    if not isinstance(raw, str) or not raw.strip():
        return {}
    try:
        value = json.loads(raw, parse_constant=_not_json)
    except (ValueError, RecursionError):  # RecursionError: nesting deeper than the parser's stack
        return {RAW_ARGUMENTS_KEY: raw}
    return value if isinstance(value, dict) else {RAW_ARGUMENTS_KEY: raw}


def json_container(text: str, **loads: Any) -> dict[str, Any] | list[Any] | None:
    """The object or array `text` holds as JSON (surrounding space allowed), or None: for text
    that may be JSON sent as a string. `loads` goes to json.loads (an object_pairs_hook)."""
    s = text.strip()
    if s[:1] not in ("{", "["):
        return None
    try:
        value = json.loads(s, **loads)
    except (ValueError, RecursionError):  # RecursionError: nesting deeper than the parser's stack
        return None
    return value if isinstance(value, (dict, list)) else None


def _not_json(name: str) -> Any:
    """NaN and Infinity are not JSON; Python's parser accepts them, and NaN passes every bound."""
    raise ValueError(f"{name} is not a JSON value")


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def text_json(value: Any) -> str:
    """JSON text of a tool's arguments or result for content scanners. Never raises: keys that are
    not strings are written as strings, a cycle as "<cycle>", nesting past 100 levels as "<deep>"."""
    try:
        return canonical_json(value)
    except Exception:  # noqa: BLE001 - TypeError, ValueError, RecursionError, or a value's own __str__ failing
        return json.dumps(_plain(value, (), 0), sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_readable)


def _readable(value: Any) -> str:
    try:
        return str(value)
    except Exception:  # noqa: BLE001 - a foreign __str__ that fails
        return f"<{type(value).__qualname__}>"


def _plain(value: Any, seen: tuple[int, ...], depth: int) -> Any:
    if isinstance(value, (dict, list, tuple, set, frozenset)):
        if id(value) in seen:
            return "<cycle>"
        if depth >= 100:
            return "<deep>"
        inner = (*seen, id(value))
        if isinstance(value, dict):
            return {k if isinstance(k, str) else _key(k): _plain(v, inner, depth + 1) for k, v in value.items()}
        items = sorted(value, key=_safe_repr) if isinstance(value, (set, frozenset)) else value
        return [_plain(v, inner, depth + 1) for v in items]
    if _too_long_for_decimal(value):
        # past Python's limit for int → decimal text (4,300 digits) json.dumps raises, and every
        # later check that reads the run's history failed with it: written in hex instead
        return f"<int {'-' if value < 0 else ''}0x{abs(value):x}>"
    return value


_MAX_DECIMAL_BITS = 14_000  # about 4,200 decimal digits


def _too_long_for_decimal(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > _MAX_DECIMAL_BITS


def _key(key: Any) -> str:
    """A key as text, whatever it is: a huge int in hex, a key whose own `__str__` fails by its type."""
    return _plain(key, (), 0) if _too_long_for_decimal(key) else _readable(key)


def _safe_repr(value: Any) -> str:
    try:
        return repr(value)
    except Exception:  # noqa: BLE001 - a foreign __repr__ that fails
        return f"<{type(value).__qualname__}>"
