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

from detectors.privacy.addresses import FUSED_WORDS, UNIT_LINE_RE, street_form_re
from detectors.privacy.gazetteer import LINE_MARKS, country_line_code, town_lines
from detectors.privacy.names import HONORIFICS, common_words, looks_like_a_person

_LEAD = " \t" + LINE_MARKS
_UNIT_LINE = re.compile(rf"{UNIT_LINE_RE}(?:[ \t,]+{UNIT_LINE_RE})*")
_UNIT_LINES = re.compile(rf"^[{re.escape(_LEAD)}]*({UNIT_LINE_RE}(?:[ \t,]+{UNIT_LINE_RE})*)[ \t,]*$", re.MULTILINE)
# A street line: a house number and a name of letters, nothing that belongs to prose or code.
_LETTER_WORD = re.compile(r"[^\W\d_]{3,}")
_NOT_STREET = re.compile(r"[@:;=<>{}\[\]!?]|https?|www\.")
_MAX_WORDS = 10
_YEAR = re.compile(r"(?:19|20)\d\d")
_HOUSE_FIRST = re.compile(r"(?<![\w.-])\d{1,5}[A-Za-z]?[ \t]+(?=[^\W\d_])")
_FUSED_NAME = re.compile(rf"[^\W\d_]+(?:{FUSED_WORDS})[ \t]+\d", re.IGNORECASE)  # "Olmstraat 69", short as it is
# Greetings and honorifics before an addressee's name are not part of it.
_FORM_LABEL = re.compile(r"[A-Za-z][\w ]{0,20}:[ \t]*(?=\S)")
_LEAD_WORDS = {"dear", "attn", "attn:", "to", "for", *(h.lower() for h in HONORIFICS), *(h.lower() + "." for h in HONORIFICS)}


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


def _capitalised(line: str) -> bool:
    """Every word of letters opens with a capital or is short ("de", "ul.", "vei", "út"): "CPU cores 8",
    "Node pool 3" are no streets."""
    return all(w[:1].isupper() or len(w.rstrip(".")) <= 3 for w in line.split() if w[:1].isalpha())


def _street(text: str, line: tuple[int, int], town: str, with_unit: bool) -> tuple[int, int] | None:
    """The street on a block's street line. A street form ("Via Garibaldi 14", "Olmstraat 69") is
    enough, wherever it sits on the line (after a JSON key, say); a bare name and number ("637
    Strojírenská 1006") only between a name and a unit line, under a town that is no pair of
    common words ("Enterprise Edition", "Release Train")."""
    m = street_form_re().search(text, *line)
    if m:
        return m.start(), m.start() + len(m.group().rstrip(" \t,"))
    house = _HOUSE_FIRST.search(text, *line)  # "Meet me at 36884 Löberöd 27": the street starts at its number
    if house:
        line = house.start(), line[1]
    words_line = text[line[0]:line[1]]
    if not street_line(words_line):
        return None
    if _FUSED_NAME.search(words_line):
        return line
    words = town.lower().split()
    vocab = common_words()
    common_pair = len(words) > 1 and vocab and all(w in vocab for w in words)
    return line if with_unit and _capitalised(words_line) and not common_pair else None


def _addressee(text: str, street_start: int) -> tuple[int, int] | None:
    """A name-shaped line heading the block, over the street line or over a company line, often
    with a blank line between them; greetings and honorifics are left out of the span."""
    line_start, seen = text.rfind("\n", 0, street_start) + 1, 0
    while seen < 2 and line_start > 0:
        prev_start = text.rfind("\n", 0, line_start - 1) + 1
        above = _line_content(text, prev_start, line_start - 1)
        line_start = prev_start
        if not above:
            continue  # a blank line
        seen += 1
        s, e = above
        label = _FORM_LABEL.match(text, s, e)
        s = label.end() if label else s  # "Name:    Mike K. Engel": the label is no part of the name
        words = text[s:e].split()
        while len(words) > 2 and words[0].lower() in _LEAD_WORDS:
            s = text.index(words[1], s + len(words[0]))
            words = words[1:]
        if looks_like_a_person(text[s:e]):
            return s, e
    return None


@lru_cache(maxsize=16)
def block_spans(text: str) -> tuple[tuple[str, int, int], ...]:
    """(entity type, start, end) of the street and unit lines, the country-line postcode and the
    addressee of each block; and unit lines right under a street in a recognised street form."""
    out: list[tuple[str, int, int]] = []
    for (town_start, town_end), _ in town_lines(text):
        line_start = text.rfind("\n", 0, town_start) + 1
        unit = above = _line_above(text, line_start)
        if unit and _UNIT_LINE.fullmatch(text, *unit):
            above = _line_above(text, text.rfind("\n", 0, unit[0]) + 1)
        else:
            unit = None
        street = above and _street(text, above, text[town_start:town_end], unit is not None)
        if not street:
            person = _addressee(text, line_start) if unit is None else None
            if person:  # "Paul Waechter\n\nJestetten\nGermany": a name over a town and a country
                out.append(("PERSON", *person))
            continue
        out.append(("STREET_ADDRESS", *street))
        if unit:
            out.append(("STREET_ADDRESS", *unit))
        code = country_line_code(text, town_end)
        if code and (unit or not _YEAR.fullmatch(text[code[0]:code[1]])):  # "Germany 2024" is a year
            out.append(("ZIP_CODE", *code))
        person = _addressee(text, street[0])
        if person:
            out.append(("PERSON", *person))
    for m in _UNIT_LINES.finditer(text):  # "1600 Elmwood Dr\nSuite 210\nAustin, TX 78701"
        above = _line_above(text, m.start())
        if above and street_form_re().search(text, *above):
            out.append(("STREET_ADDRESS", *m.span(1)))
    return tuple(dict.fromkeys(out))


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
