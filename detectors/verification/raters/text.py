"""Small text helpers shared by the rule criteria (tokenising, value extraction)."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any, Iterator

STOPWORDS = frozenset(
    "a an the and or but if then else of to in on at by for with from into onto about as is are was were be been "
    "being it its this that these those there their them they he she his her you your yours me my mine we our us "
    "i do does did done can could would should will shall may might must have has had not no yes all any each "
    "every some such than too very just also only so what which who whom whose when where why how please thanks "
    "thank want need like make sure get give tell let know using use via per out up down over under again more most "
    "other same own both few many much one two first last next new now".split()
)
_WORD = re.compile(r"[a-z0-9][a-z0-9'@._-]*[a-z0-9]|[a-z0-9]")
_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?![\w])")


def words(text: str) -> list[str]:
    return _WORD.findall((text or "").lower())


def content_words(text: str, min_len: int = 4) -> list[str]:
    return [w for w in words(text) if len(w) >= min_len and w not in STOPWORDS]


def numbers(text: str) -> list[str]:
    """Numbers in canonical form ('1,200.50' -> '1200.5', '12.00' -> '12')."""
    out = []
    for m in _NUMBER.findall(text or ""):
        out.append(canon_number(m))
    return out


def canon_number(s: str) -> str:
    s = s.replace(",", "")
    if len(s) > 64:  # a digit run, not an amount: compared as written
        return s
    try:  # exact: account numbers longer than a float's 16 digits stay distinct
        d = Decimal(s)
    except InvalidOperation:
        return s
    if not d.is_finite():
        return s
    if abs(d.adjusted()) > 64:  # "1e500000": int() of it ran for minutes holding the GIL
        return format(d.normalize(), "e")
    if d == d.to_integral_value():
        return str(int(d))
    return format(d.normalize(), "f")


def leaf_values(value: Any) -> Iterator[Any]:
    """Scalar leaves of nested JSON-like arguments."""
    if isinstance(value, dict):
        for v in value.values():
            yield from leaf_values(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from leaf_values(v)
    elif isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 14_000:
        # past Python's 4,300-digit limit str() raises: no one typed it, and nothing can ground it
        yield f"<an integer of about {int(value.bit_length() * 0.30103)} digits>"
    elif value is not None:
        yield value


def split_request(task: str) -> list[str]:
    """The parts of a request: sentences, then clauses joined by 'and'/'then'/';'."""
    parts = re.split(r"[.;!?\n]+|\band then\b|\bthen\b|\band also\b|,\s*and\b|\band\b", task or "", flags=re.I)
    return [p.strip() for p in parts if len(content_words(p)) >= 1]
