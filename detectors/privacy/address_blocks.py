"""An address written over several lines is one address.

"7312 Fortunastrasse 20\\n Apt. 785\\n Essert\\n Switzerland 87363" names one place where
someone lives: redacting the street and leaving "Essert, Switzerland 87363" behind, or
reporting four entities for one, is what presidio-research's annotations count as a miss.
So a street line followed by the lines a postal block is made of (a unit, a town, ", STATE",
a postcode, a country) becomes one STREET_ADDRESS from the street to the block's last line.

Only lines broken by a real line break are joined: in JSON-encoded tool output ("\\\\n") the
lines are usually separate fields of a record, and `blocks` reads them one by one. The block
must end in a postcode, a country or a "Town, ST 12345" line, and have a unit, state or
town-state-code line unless the street itself was recognised, so a heading over a country
("Release 3\\nBerlin\\nGermany") stays what it is.

Also: a street that starts with a number takes a house number or unit right before it
("44206 65 rue Pierre Motte", "Apt. 861 42 Balonne Street"); and a crossing is one place
("the corner of Mellemvej 71 and Cuillerier Spur", "It's in Thomas and Enxertos 30").
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Sequence

from detectors.privacy.addresses import UNIT_LINE_RE, UNIT_WORDS
from detectors.privacy.blocks import street_line
from detectors.privacy.gazetteer import CODE_BEFORE_TOWN, POSTAL_CODE, country_at
from detectors.privacy.names import common_words
from detectors.privacy.places import all_common_words
from detectors.privacy.street_cues import name_ok
from detectors.privacy.words import PLACE_PARTICLES

_UNIT = re.compile(rf"{UNIT_LINE_RE}(?:[ \t,]+{UNIT_LINE_RE})*")
_ZIP = re.compile(POSTAL_CODE)
_TOWN_WORD = r"[^\W\d_][\w'’.-]{0,40}"
_TOWN = rf"{_TOWN_WORD}(?:[ \t]+(?:{PLACE_PARTICLES}[ \t]+)?{_TOWN_WORD}){{0,4}}"
_TOWN_LINE = re.compile(_TOWN)
# ", HI" / ", nan" / ", New South Wales" under the town line, maybe with the code.
_STATE = re.compile(rf",[ \t]*{_TOWN_WORD}(?:[ \t]+{_TOWN_WORD}){{0,2}}(?:[ \t]+{POSTAL_CODE})?")
# "Ostrov nad Ohrí, KA 95915", "Austin, TX 78701": a town, a state or region, the code.
_TOWN_STATE_CODE = re.compile(rf"{_TOWN}(?:,[ \t]*(?:{_TOWN_WORD}[ \t]+)?|[ \t]+[A-Z]{{2,3}}[ \t]+){POSTAL_CODE}")
# What may follow the block's last line on that line: the sentence goes on.
_CODE_AFTER = re.compile(rf"[ \t]+{POSTAL_CODE}")
# "10115 Berlin", "00-950 Warszawa": the code before the town.
_CODE_TOWN = re.compile(rf"{CODE_BEFORE_TOWN}[ \t]+(?P<town>{_TOWN})")
_AFTER_LAST = re.compile(r"[ \t]*(?:$|[.?!,;:)]|[ \t][a-z]|\\[nr])")  # or an escaped break
_ANCHORS = {"zip", "country", "town_state_code", "state_code", "code_town"}
_MAX_LINES = 5
# Not glued to a word, but an escaped line break ("Corp.\\n41739 Síp utca 71") comes before a line.
_UNGLUED = r"(?:(?<![\w.-])|(?<=\\[nr]))"
_WORD_START = r"(?:(?<![\w-])|(?<=\\[nr]))"  # a word's start: the same, but a dot may come before it
_HOUSE_FIRST = re.compile(rf"{_UNGLUED}\d{{1,5}}[A-Za-z]?[ \t]+(?=[^\W\d_])")
_LEFT_NUMBER = re.compile(rf"(?:{_UNGLUED}\d{{1,5}}[A-Za-z]?[ \t]+|{_WORD_START}(?:{UNIT_WORDS})[ \t]*(?:#[ \t]*)?(?:\d{{1,5}}[A-Za-z]?[ \t]+)?)$")


def _town_ok(line: str) -> bool:
    words = line.split()
    return (0 < len(words) <= 5 and words[0][:1].isupper()
            and all(w[:1].isupper() or re.fullmatch(PLACE_PARTICLES, w) or (len(w) == 1 and w.isupper())
                    for w in words))


def _anchor_or_unit(line: str, last: bool) -> tuple[str, int] | None:
    def fits(end: int) -> bool:
        return end == len(line) or (last and _AFTER_LAST.match(line, end) is not None)

    m = _UNIT.match(line)
    if m and fits(m.end()):
        return "unit", m.end()
    m = _STATE.match(line)
    if m and fits(m.end()):
        return ("state_code" if re.search(r"\d", m.group()) else "state"), m.end()
    c_end = country_at(line, 0)
    if c_end is not None:
        m = _CODE_AFTER.match(line, c_end)
        for e in ([m.end()] if m else []) + [c_end]:
            if fits(e):
                return "country", e
    m = _TOWN_STATE_CODE.match(line)
    town = re.split(r",|[ \t]+[A-Z]{2,3}[ \t]+(?=[\dA-Z])", line)[0]
    # without a comma, "Release Notes QA 1234" must not pass for "Southport QLD 4215"
    if m and fits(m.end()) and _town_ok(town) and ("," in m.group() or len(town.split()) == 1
                                                   or not all_common_words(town)):
        return "town_state_code", m.end()
    m = _CODE_TOWN.match(line)
    if m and fits(m.end()) and _town_ok(m.group("town")):
        return "code_town", m.end()
    m = _ZIP.match(line)
    if m and fits(m.end()) and any(ch.isdigit() for ch in m.group()):
        return "zip", m.end()
    return None


def _kind(line: str) -> tuple[str, int, bool] | None:
    """What a block line is, where its content ends, and whether the sentence goes on after it
    (so the block ends there)."""
    found = _anchor_or_unit(line, last=False)
    if found:
        return (*found, False)
    if _TOWN_LINE.fullmatch(line) and _town_ok(line) and country_at(line, 0) is None:
        return "town", len(line), False
    found = _anchor_or_unit(line, last=True)
    return (*found, True) if found else None


def _block_end(text: str, nl: int, street_seen: bool) -> int | None:
    """End of the postal block whose street line ends at the line break `nl`, if one follows."""
    kinds: list[str] = []
    best = None
    pos = nl
    while pos < len(text) and text[pos] == "\n" and len(kinds) < _MAX_LINES:
        start = pos + 1
        nxt = text.find("\n", start)
        line_end = len(text) if nxt < 0 else nxt
        lead = len(text[start:line_end]) - len(text[start:line_end].lstrip(" \t"))
        line = text[start + lead:line_end].rstrip(" \t\r")
        if not line:
            break
        found = _kind(line)
        if not found:
            break
        kind, end, last = found
        kinds.append(kind)
        if kind in _ANCHORS and _valid(kinds, street_seen):
            best = start + lead + end
        if last or end < len(line):
            break
        pos = line_end
    return best


def _valid(kinds: list[str], street_seen: bool) -> bool:
    has_town = any(k in ("town", "town_state_code", "code_town") for k in kinds)
    strong = any(k in ("unit", "state", "state_code", "town_state_code") for k in kinds)
    enough = len(kinds) >= 2 or kinds[0] == "town_state_code" or (street_seen and kinds[0] == "code_town")
    return has_town and enough and (street_seen or strong) and kinds.count("town") <= 2


def _a_rare_word(words: list[str]) -> bool:
    """A word no English vocabulary holds, nor its stem ("pallets", "flooring"): a street's name, not
    "3 Pallets Oak Flooring"."""
    vocab = common_words()
    bare = [w.strip(".,'’").lower() for w in words if w[:1].isalpha()]
    def stems(w: str) -> set[str]:
        return {w} | {w[:-len(x)] for x in ("s", "es", "ing", "ed", "er") if w.endswith(x) and len(w) - len(x) >= 3}

    return bool(vocab) and any(not (stems(w) & vocab) for w in bare)


def _street_on_line(text: str, line_start: int, nl: int) -> int | None:
    """Start of a street-shaped tail of the line [line_start, nl): a number, a name with a word no
    English vocabulary holds, and a house number ("9317 Ibirapita 5422", "56615 Höjdstigen 80")."""
    escaped = max(text.rfind("\\n", line_start, nl), text.rfind("\\r", line_start, nl))
    if escaped >= 0:  # "...Inc.\\n\\n56615 Höjdstigen 80": the line starts after the escaped break
        line_start = escaped + 2
    for m in _HOUSE_FIRST.finditer(text, line_start, nl):
        tail = text[m.start():nl].rstrip(" \t,")
        words = tail.split()
        if len(words) <= 7 and street_line(tail) and all(w[:1].isupper() or w[:1].isdigit() or len(w) <= 3
                                                         for w in words) and _a_rare_word(words) \
                and re.search(r"[ \t]\d{1,5}[A-Za-z]?\.?$", tail):  # the house number after the name, too
            return m.start()
    return None


def written_blocks(text: str, streets: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of each multi-line postal block in `text`, given the streets already found."""
    out = []
    ordered = sorted(streets)
    starts = [s for s, _ in ordered]
    for nl in (i for i, c in enumerate(text) if c == "\n"):
        line_start = text.rfind("\n", 0, nl) + 1
        lo, hi = bisect_left(starts, line_start), bisect_left(starts, nl)
        on_line = ordered[lo:hi]  # the streets that start on this line
        on_line = [(s, e) for s, e in on_line if not _UNIT.fullmatch(text, s, e)]  # a unit alone is no street
        last_street = max(on_line, key=lambda se: se[1], default=None)  # the one nearest the break
        start = last_street[0] if last_street else None
        if last_street and not _rest_of_street_line(text, last_street[1], nl):
            start = None
        seen = start is not None
        if start is None:
            start = _street_on_line(text, line_start, nl)
        end = None if start is None else _block_end(text, nl, seen)
        if end is not None:
            out.append((start, end))
    return out


def _rest_of_street_line(text: str, street_end: int, nl: int) -> bool:
    """Only blanks, commas or a unit between the street and the line break (or the street runs on)."""
    if street_end >= nl:
        return True
    rest = text[street_end:nl].strip(" \t,\r")
    return not rest or _UNIT.fullmatch(rest) is not None


_TYPE_AGAIN = re.compile(r"(?:(?P<word>[^\W\d_]+)[ \t]+\d{1,5}[A-Za-z]?|\b(?:Street|St|Road|Rd|Avenue|Ave|Drive|Dr|Lane|"
                         r"Ln|Way|Boulevard|Blvd|Court|Ct|Place|Pl|Terrace|Parade|Crescent|Highway|Hwy)\.?)[ \t]+(?:St\.?|Street)$")
# Before a number these words make it the street's own ("300 E 57 St.", "West 4 Street", "Route 9").
_NUMBERED_STREET = {"north", "south", "east", "west", "route", "highway", "hwy", "interstate", "county", "state",
                    "road", "avenue", "ave", "street", "st", "lane", "drive"}


def without_type_again(text: str, start: int, end: int) -> int:
    """End of a street without a street type that repeats after its house number or its type
    ("Lumbyholmvej 46 St.", "19 Dossiter Street St."): a sentence's own "St." that the address
    does not take. Not after a numbered street ("300 E 57 St.", "200 West 4 Street")."""
    m = _TYPE_AGAIN.search(text, start, end)
    if not m or (m.group("word") and (len(m.group("word")) < 3 or m.group("word").lower() in _NUMBERED_STREET)):
        return end
    return start + len(text[start:m.end()].rsplit(None, 1)[0].rstrip())


def number_before(text: str, start: int) -> int:
    """Where a street starting at `start` really starts: a house number or unit right before
    it belongs to it ("44206 65 rue Pierre Motte", "415 P.O. Box 262")."""
    m = _LEFT_NUMBER.search(text, max(0, start - 24), start)
    return m.start() if m else start


_CAP = r"[^\W\d_a-zà-ÿ](?:[\w'’-]|\.(?=\w)){1,40}+"  # a dot inside ("St.-Jean"), not the sentence's
# One way to split the blanks (a particle takes its own), possessive: no backtracking over long runs.
_CROSS_NAME = rf"{_CAP}(?:[ \t]+(?:(?:de|del|da|do|la|le|van|von)[ \t]+)?{_CAP}){{0,3}}+"
_CORNER = re.compile(r"(?:\b|(?<=\\[nr]))the[ \t]+corner[ \t]+of[ \t]+$", re.IGNORECASE)
# Before the first street of a crossing that is no corner: a word that puts a place after it.
_PLACE_CUE = re.compile(r"(?:\b(?:in|at|to|is|on)|:)[ \t]+$|(?:^|\n|\\[nr])[ \t]*$")  # or a line of its own
# A crossing no recognizer vouches for needs words that say an address follows.
_ADDRESS_CUE = re.compile(r"(?i:(?:\b|(?<=\\[nr]))address(?:es)?(?:[ \t]+is)?[ \t]*:?|\b(?:lives?|located|situated)[ \t]+(?:at|on|in)"
                          r"|\bit(?:'s|[ \t]+is)[ \t]+in)[ \t]+$")
_AND_BEFORE = re.compile(rf"{_WORD_START}(?P<a>{_CAP}(?:[ \t]+\d{{1,5}})?)[ \t]+and[ \t]+$")
_AND_AFTER = re.compile(rf"[ \t]+and[ \t]+(?P<b>{_CROSS_NAME})(?=[ \t]*(?:$|\n|\\[nr]|[.?!,;:)]))")
# A crossing of a name and a street no recognizer read: "Thomas and Enxertos 30".
_BARE_CROSS = re.compile(rf"{_WORD_START}(?P<a>{_CAP})[ \t]+and[ \t]+(?P<b>{_CROSS_NAME})[ \t]+\d{{1,5}}[A-Za-z]?"
                         r"(?=[ \t]*(?:$|\n|\\[nr]|[.?!,;:)]))")


def crossings(text: str, streets: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of street crossings: "the corner of" a street "and" a name (the words
    included, as an address field would hold them), or a name "and" a street after a word
    that puts a place after it."""
    out = []
    for s, e in streets:
        head = text[max(0, s - 60):s]
        corner = _CORNER.search(head)
        after = _AND_AFTER.match(text, e)
        if corner and after and name_ok(after.group("b"), rare=False):
            out.append((s - len(head) + corner.start(), after.end()))
            continue
        before = _AND_BEFORE.search(head)
        if not before:
            continue
        a_start = s - len(head) + before.start()
        corner = _CORNER.search(text, max(0, a_start - 20), a_start)
        cue = _PLACE_CUE.search(text, max(0, a_start - 12), a_start)
        if corner:
            out.append((corner.start(), e))
        elif cue:
            out.append((a_start, e))
    for m in _BARE_CROSS.finditer(text):
        if _ADDRESS_CUE.search(text, max(0, m.start() - 24), m.start()) and name_ok(m.group("b")):
            out.append(m.span())
    return out
