"""JSON in the hot path: orjson when installed (several times faster), stdlib otherwise.
Both produce UTF-8 without ASCII escaping, so bytes on the wire do not depend on which."""
from __future__ import annotations

import json
from typing import Any

import re


def _std_dumps(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


# 20+ digits in a row: perhaps an integer past 64 bits, which orjson reads as a float (a seed of
# 2**64 went upstream as 1.8446744073709552e+19). Such bodies are read by the stdlib, exactly.
_LONG_DIGITS = re.compile(rb"\d{20}")

try:
    import orjson

    def dumps(obj: Any) -> bytes:
        """orjson, or the stdlib where orjson cannot: nesting past its 254 levels, an integer past
        64 bits (a RecursionError past the stdlib's own depth is the caller's to report)."""
        try:
            return orjson.dumps(obj)
        except TypeError:
            return _std_dumps(obj)

    def loads(data: bytes | str) -> Any:
        raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
        if _LONG_DIGITS.search(raw):
            return json.loads(data, parse_constant=_no_constant)
        return orjson.loads(data)

    DecodeError: tuple[type[Exception], ...] = (orjson.JSONDecodeError, ValueError, TypeError, RecursionError)
except ImportError:  # pragma: no cover - depends on the environment
    dumps = _std_dumps

    def loads(data: bytes | str) -> Any:
        return json.loads(data, parse_constant=_no_constant)

    DecodeError = (ValueError, TypeError, RecursionError)
