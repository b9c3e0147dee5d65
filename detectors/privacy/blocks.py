"""The street, unit and postcode lines of a postal block, read from the block's shape.

A letter-form address is known by its layout more than by its words: a town line sits
between a street or unit line and a country line (`gazetteer.town_lines`). Once that
layout is found, the lines above the town need no street-type word to be read
("Olmstraat 69", "637 Strojírenská 1006" above "Suite 026"), and a number closing the
country line is its postal code ("Czech Republic 45098"), and a name-shaped line heading
the block is the addressee, whom the small model often misses. Each line is a span of its own:
a redactor hides them all the same, and the town and the country stay places.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import List

from presidio_analyzer import EntityRecognizer, RecognizerResult

from detectors.privacy.addresses import UNIT_LINE_RE
from detectors.privacy.gazetteer import country_line_code, town_lines
from detectors.privacy.names import looks_like_a_person

# Marks some sources put before each line of a block ("??? ", "}}", "> ", "- ").
_LEAD = " \t?}>*-–•·|"
_UNIT_LINE = re.compile(rf"{UNIT_LINE_RE}(?:[ \t,]+{UNIT_LINE_RE})*")
# A street line: a house number and a name of letters, nothing that belongs to prose or code.
_LETTER_WORD = re.compile(r"[^\W\d_]{3,}")
_NOT_STREET = re.compile(r"[@:;=<>{}\[\]!?]|https?|www\.")
_MAX_WORDS = 10


def _line_content(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The line [start, end) without leading marks and trailing blanks or commas; None if empty."""
    while start < end and text[start] in _LEAD:
        start += 1
    while end > start and text[end - 1] in " \t\r,":
        end -= 1
    return (start, end) if end > start else None


def _line_above(text: str, line_start: int) -> tuple[int, int] | None:
    """The content of the line right above the line that starts at `line_start` (no blank line between)."""
    if line_start == 0:
        return None
    above_end = line_start - 1  # the "\n"
    above_start = text.rfind("\n", 0, above_end) + 1
    return _line_content(text, above_start, above_end)


def street_line(line: str) -> bool:
    """Shaped like a street line: a number, a word of letters, few words, no prose or code marks."""
    return (any(c.isdigit() for c in line) and _LETTER_WORD.search(line) is not None
            and len(line.split()) <= _MAX_WORDS and not _NOT_STREET.search(line))


@lru_cache(maxsize=16)
def block_spans(text: str) -> tuple[tuple[str, int, int], ...]:
    """(entity type, start, end) of the street and unit lines and the country-line postcode of each block."""
    out: list[tuple[str, int, int]] = []
    for (town_start, town_end), _ in town_lines(text):
        code = country_line_code(text, town_end)
        if code:
            out.append(("ZIP_CODE", *code))
        line_start = text.rfind("\n", 0, town_start) + 1
        above = _line_above(text, line_start)
        if above and _UNIT_LINE.fullmatch(text, *above):
            out.append(("STREET_ADDRESS", *above))
            above = _line_above(text, text.rfind("\n", 0, above[0]) + 1)
        if not (above and street_line(text[above[0]:above[1]])):
            continue
        out.append(("STREET_ADDRESS", *above))
        # The addressee heads the block, over the street line or over a company line, often
        # with a blank line between them.
        line_start, seen = text.rfind("\n", 0, above[0]) + 1, 0
        while seen < 2 and line_start > 0:
            prev_start = text.rfind("\n", 0, line_start - 1) + 1
            above = _line_content(text, prev_start, line_start - 1)
            line_start = prev_start
            if not above:
                continue  # a blank line
            seen += 1
            if looks_like_a_person(text[above[0]:above[1]]):
                out.append(("PERSON", *above))
                break
    return tuple(out)


class PostalBlockRecognizer(EntityRecognizer):
    """STREET_ADDRESS for the street and unit lines of a postal block, ZIP_CODE for its
    country-line code, PERSON for a name-shaped addressee line heading it."""

    def __init__(self):
        super().__init__(supported_entities=["STREET_ADDRESS", "ZIP_CODE", "PERSON"], name=type(self).__name__,
                         supported_language="en")

    def load(self) -> None:  # noqa: D102 - nothing to load
        pass

    def analyze(self, text: str, entities: List[str], nlp_artifacts=None) -> List[RecognizerResult]:
        scores = {"STREET_ADDRESS": 0.7, "ZIP_CODE": 0.6, "PERSON": 0.6}
        return [RecognizerResult(t, s, e, scores[t]) for t, s, e in block_spans(text) if t in entities]
