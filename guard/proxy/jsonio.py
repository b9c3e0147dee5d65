"""JSON in the hot path: orjson when installed (several times faster), stdlib otherwise.
Both produce UTF-8 without ASCII escaping, so bytes on the wire do not depend on which."""
from __future__ import annotations

import json
from typing import Any

try:
    import orjson

    def dumps(obj: Any) -> bytes:
        return orjson.dumps(obj)

    loads = orjson.loads
    DecodeError: tuple[type[Exception], ...] = (orjson.JSONDecodeError, ValueError, TypeError)
except ImportError:  # pragma: no cover - depends on the environment
    def dumps(obj: Any) -> bytes:
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    def loads(data: bytes | str) -> Any:
        return json.loads(data)

    DecodeError = (ValueError, TypeError)
