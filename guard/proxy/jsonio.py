"""JSON in the hot path: orjson when installed (several times faster), stdlib otherwise.
Both produce UTF-8 without ASCII escaping, so bytes on the wire do not depend on which."""
from __future__ import annotations

import json
from typing import Any


def _std_dumps(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


# 19+ digits in a row: perhaps an integer past 64 bits (from -2**63 - 1 down, or 2**64 up), which
# orjson reads as a float (a seed of 2**64 went upstream as 1.8446744073709552e+19). Found by
# mapping every byte to "0" (a digit) or " " and looking for 19 zeros: a regular expression took
# 50 ms on 5 MB, this 5.
_DIGIT_MAP = bytes(0x30 if 0x30 <= b <= 0x39 else 0x20 for b in range(256))
_NINETEEN = b"0" * 19


def _long_digit_run(raw: bytes) -> bool:
    return _NINETEEN in raw.translate(_DIGIT_MAP)

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
        """orjson's reading, and what it refuses (a lone surrogate, 1e400, NaN) refused; a body with
        a long run of digits is then read again by the stdlib, whose integers are exact."""
        value = orjson.loads(data)
        raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
        if _long_digit_run(raw):
            return json.loads(data, parse_constant=_no_constant)
        return value

    DecodeError: tuple[type[Exception], ...] = (orjson.JSONDecodeError, ValueError, TypeError, RecursionError)
except ImportError:  # pragma: no cover - depends on the environment
    dumps = _std_dumps

    def loads(data: bytes | str) -> Any:
        return json.loads(data, parse_constant=_no_constant)

    DecodeError = (ValueError, TypeError, RecursionError)
