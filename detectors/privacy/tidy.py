"""Clean-up of model-tagged spans before they become entities.

spaCy's small English model tags spans that name no one and no time: a bare number
as a date ("96 466712"), a duration ("for years", "a few months ago"), an entity that
runs over a line break into the next field of a record, a person with the honorific
in front. Redacting those costs helpfulness and protects nothing, and a PERSON span
that carries "Dr." hides the name's real extent. Pattern recognizers are left alone:
their spans are exact by construction.
"""
from __future__ import annotations

import re
from typing import Any

from detectors.privacy.names import HONORIFIC

MODEL_TYPES = {"PERSON", "LOCATION", "ORGANIZATION", "NRP", "DATE_TIME"}

_MONTH = (r"january|february|march|april|may|june|july|august|september|october|november|december|"
          r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_DAY = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
_POINT_WORDS = re.compile(
    rf"\b(?:(?:{_MONTH})\.?|(?:{_DAY})\.?|today|tonight|tomorrow|yesterday|noon|midnight|christmas|easter)\b",
    re.IGNORECASE,
)
_DURATION = re.compile(r"^\D*\d+\+?\s*-?\s*(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?)\b(?!\s+(?:ago|later|before|after))",
                       re.IGNORECASE)
_CLOCK = re.compile(r"\d{1,2}[:.h]\d{2}|\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)", re.IGNORECASE)
_DATE_SHAPE = re.compile(r"\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?")
_YEAR = re.compile(r"(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)|(?<!\d)'\d\d\b|\b\d0'?s\b")
_HONORIFIC = re.compile(rf"^{HONORIFIC}\s+(?=[A-ZÀ-Þ])")


def names_a_time(span: str) -> bool:
    """Does a DATE_TIME span pin a point in time (not a duration, not a bare number)?"""
    if _DURATION.search(span):
        return False
    if _POINT_WORDS.search(span) or _CLOCK.search(span) or _DATE_SHAPE.search(span):
        return True
    return bool(_YEAR.search(span))


def _from_model(r: Any) -> bool:
    meta = getattr(r, "recognition_metadata", None) or {}
    return "Spacy" in str(meta.get("recognizer_name", "")) or "Spacy" in str(meta.get("recognizer_identifier", ""))


def tidy(text: str, results: list[Any]) -> list[Any]:
    """Model spans: cut at the first line break, honorific and possessive off, non-times dropped."""
    kept = []
    for r in results:
        if r.entity_type in MODEL_TYPES and _from_model(r):
            span = text[r.start:r.end]
            stripped = span.strip()
            if not stripped:
                continue
            r.start += span.index(stripped)
            r.end = r.start + len(stripped)
            first_line = re.split(r"\\n|\n", stripped, maxsplit=1)[0].rstrip()
            if not first_line:
                continue
            r.end = r.start + len(first_line)
            span = text[r.start:r.end]
            if r.entity_type == "PERSON":
                m = _HONORIFIC.match(span)
                if m:
                    r.start += m.end()
            if re.search(r"['’]s$", text[r.start:r.end]) and r.end - r.start > 2:
                r.end -= 2  # "Angel Longino's" names Angel Longino
            if r.entity_type == "DATE_TIME" and not names_a_time(text[r.start:r.end]):
                continue
        kept.append(r)
    return kept
