"""Names in a list are all names: "They had 6: Yuria, Lee, Robert, Dana, Bridget and Edward."

And a name found once is a name wherever it is repeated (`repeated_names`).

The small model reads most items of such a list as people and calls the rarer ones places or
companies, or skips them. When at least two items and two thirds of the list are people, the rest
are people too — unless an item is a country or state or written in capitals. A list with
a company in it ("Corp", "Bank") is mixed and left alone.
"""
from __future__ import annotations

import re
from typing import Any

from detectors.privacy.gazetteer import is_place_name
from detectors.privacy.names import _ORG_WORDS
from detectors.privacy.surnames import is_given_name, names_a_person
from detectors.privacy.tidy import _moved

_ITEM = r"[A-ZÀ-Þ][\w'’-]{1,30}(?:[ \t][A-ZÀ-Þ][\w'’-]{1,30})?"
# Three or more items: "A, B and C", "A, B, C, and D".
_LIST = re.compile(rf"(?<![\w-]){_ITEM}(?:,[ \t]+{_ITEM}){{1,12}},?[ \t]+(?:and|or|&)[ \t]+{_ITEM}(?![\w'’-])")
_ITEM_RE = re.compile(_ITEM)
_RELABEL = {"LOCATION", "ORGANIZATION", "NRP"}


def persons_in_lists(text: str, results: list[Any]) -> list[Any]:
    """`results` with the other items of a list of people as PERSON too."""
    from presidio_analyzer import RecognizerResult

    added: list[Any] = []
    relabel: set[int] = set()
    drop: set[int] = set()
    for m in _LIST.finditer(text):
        items = [i.span() for i in _ITEM_RE.finditer(text, m.start(), m.end())]  # "and" is no item: items open with a capital
        if any(w.lower().strip(".,") in _ORG_WORDS for s, e in items for w in text[s:e].split()):
            continue  # companies among them: a mixed list
        kinds = {}
        for k, r in enumerate(results):
            if (r.start, r.end) in items:
                kinds.setdefault((r.start, r.end), []).append((k, r.entity_type))
        typed = {span: {t for _, t in kinds.get(span, [])} for span in items}
        said = [span for span in items if "PERSON" in typed[span]]
        people = len(said) + sum(1 for s, e in items if not typed[(s, e)] & {"PERSON", "LOCATION"} and _a_name_alone(text[s:e]))
        if not said or people < 2 or 3 * people < 2 * len(items):
            continue  # a list of brands that are surnames ("Ferrari, Prada, Gucci") names no one
        # a model span over whole items ("Lapresse, Morris"; "Frank, Jonathon" as one person) gives way to the items
        drop.update(k for k, r in enumerate(results)
                    if (r.entity_type in _RELABEL or r.entity_type == "PERSON") and _covers_items(r, items))
        for s, e in items:
            word = text[s:e]
            if is_place_name(word) or word.isupper():
                continue
            here = kinds.get((s, e), [])
            if any(t == "PERSON" for _, t in here):
                continue
            relabel.update(k for k, t in here if t in _RELABEL)
            if not any(r.start < e and s < r.end for k, r in enumerate(results) if k not in drop):
                added.append(RecognizerResult("PERSON", s, e, 0.5))
    out = [_moved(r, "PERSON", r.start, r.end) if k in relabel else r for k, r in enumerate(results) if k not in drop]
    return out + added


def _a_name_alone(word: str) -> bool:
    """A surname, or a given name that is at most a noun in English: a person even unmarked."""
    return names_a_person(word) or is_given_name(word)


def _covers_items(r: Any, items: list[tuple[int, int]]) -> bool:
    """The span holds two or more items whole and cuts none."""
    inside = [r.start <= s and e <= r.end for s, e in items]
    cut = any(s < r.end and r.start < e and not whole for (s, e), whole in zip(items, inside))
    return sum(inside) >= 2 and not cut


def repeated_names(text: str, results: list[Any]) -> list[Any]:
    """`results` with every other whole-word occurrence of a found person's name of two or
    more words as PERSON too ("}}Ruriko Terada\\n}}DatChat Inc.\\n}}Ruriko Terada\\n}}5286 …"
    has one person, named twice), and its given name standing alone ("Anes spent a year …
    as the assistant to Anes T Ivarsson"), even where the model read that word as a company or
    a place. One pass over the text for each; a repeat inside another finding is left."""
    from presidio_analyzer import RecognizerResult

    full = {text[r.start:r.end] for r in results if r.entity_type == "PERSON" and " " in text[r.start:r.end].strip()}
    if not full:
        return results
    taken = bytearray(len(text) + 1)
    for r in results:
        taken[r.start:r.end] = b"\x01" * (r.end - r.start)
    added: list[Any] = []

    def claim(start: int, end: int) -> None:
        """A PERSON for the span, unless a finding already holds part of it."""
        if not any(taken[start:end]):
            added.append(RecognizerResult("PERSON", start, end, 0.5))
            taken[start:end] = b"\x01" * (end - start)

    for start, end in _occurrences(text, full, _WORD_TOUCH, _WORD_TOUCH):
        claim(start, end)
    given = {w for w in (n.split()[0] for n in full) if _a_given_name_alone(w)}
    if not given:
        return results + added
    retyped: set[int] = set()
    for start, end in _occurrences(text, given, _NOT_BEFORE_GIVEN, _NOT_AFTER_GIVEN):
        over = [k for k, r in enumerate(results) if r.start < end and start < r.end]
        if not over:
            claim(start, end)
        elif all((results[k].start, results[k].end) == (start, end) and results[k].entity_type in _RELABEL for k in over):
            retyped.update(over)
    out = [_moved(r, "PERSON", r.start, r.end) if k in retyped else r for k, r in enumerate(results)]
    return out + added


# Whole-word bounds of a repeated name: what may not touch it on either side.
_WORD_TOUCH = re.compile(r"[\w'’-]")
_NOT_BEFORE_GIVEN = re.compile(r"[\w'’.-]")
# a given name alone: not a possessive-like "Anes'so", nor the first word of another name
_NOT_AFTER_GIVEN = re.compile(r"[\w-]|['’][A-Za-z]{2}|[ \t]+[A-ZÀ-Þ]")


def _occurrences(text: str, words: set[str], not_before: re.Pattern, not_after: re.Pattern) -> list[tuple[int, int]]:
    """The matches `re.finditer` would give for `(?<!B)(?:w1|w2|…)(?!A)` with the words
    longest first — leftmost, then longest, never overlapping — without compiling a pattern
    per text (the names differ in every text, so each one was a fresh compile)."""
    found: list[tuple[int, int]] = []
    for w in words:
        i = text.find(w)
        while i >= 0:
            end = i + len(w)
            if (i == 0 or not not_before.match(text, i - 1)) and not not_after.match(text, end):
                found.append((i, -end))
            i = text.find(w, i + 1)
    hits: list[tuple[int, int]] = []
    pos = 0
    for start, neg_end in sorted(found):  # at one start the longest first
        if start >= pos:
            hits.append((start, -neg_end))
            pos = -neg_end
    return hits


def _a_given_name_alone(word: str) -> bool:
    """A given name that names its bearer alone: listed, or no English word; not a country."""
    from detectors.privacy.given_names import english_words, is_english

    english = english_words()
    if not english or len(word) < 3 or not word[:1].isupper() or not word[1:].isalpha() or not word[1:].islower():
        return False
    if is_place_name(word) or word.lower() in _ORG_WORDS:
        return False
    return is_given_name(word) or not is_english(word, english)
