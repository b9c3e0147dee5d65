"""Nationalities, peoples, religions and political groups (NRP) by name.

The small model finds capitalised nationalities in running prose, but misses them in lower
case ("I am djiboutian", "we are proud armenians"), in names ("The Swedish Border Force") and
after a verb it reads as a title ("a 2021 Icelandic action-comedy film"), and calls plain
nouns a group ("Pedestrians must enter"). A listed word is reported whatever the model made
of it; in lower case only when it is no ordinary English word ("polish", "french fries",
"catholic tastes"); capitalised, not where it names a language ("speaks English", "studying English") or an
institution ("the European Union").
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import List

from presidio_analyzer import RecognizerResult

from detectors.privacy.base import TextRecognizer

DEMONYMS_FILE = Path(__file__).parent / "data" / "demonyms.txt"

# Lower-case forms that are also ordinary words or adjectives.
_AMBIGUOUS_LOWER = {
    "polish", "pole", "poles", "french", "danish", "dane", "danes", "swiss", "finn", "finns", "scot", "scots", "brit",
    "brits", "swede", "swedes", "english", "dutch", "turk", "turks", "roma", "orthodox", "baptist", "baptists",
    "catholic", "christian", "republican", "republicans", "democrat", "democrats", "socialist", "socialists",
    "communist", "communists", "agnostic", "atheist", "evangelical", "indigenous", "aboriginal", "baltic", "nordic",
    "slavic", "balkan", "arabic", "persian", "tory", "georgian", "welsh", "latin american",
}
_LANGUAGE_BEFORE = re.compile(
    r"\b(?:speak|speaks|spoke|speaking|spoken|in|into|learn|learning|learned|fluent|translated?|translating|native|"
    r"study|studies|studied|studying|teach|teaches|taught|teaching|major|majored|majoring)[ \t]+$",
    re.IGNORECASE)
# Institutions named with a people's adjective, not about anyone's nationality.
_INSTITUTION_AFTER = re.compile(
    r"[ \t]+(?:Union|Commission|Parliament|Council|Court|Central[ \t]+Bank|Economic[ \t]+Area|Investment[ \t]+Bank|"
    r"Space[ \t]+Agency|Medicines[ \t]+Agency|Championships?|Cup|Open|Grand[ \t]+Prix|"
    r"Airlines|Airways|Air|Express|Cruise|Life|Railways?|Telecom|Breakfast|New[ \t]+Year)\b")
_LANGUAGE_AFTER = re.compile(r"[ \t]*:|[ \t]+(?:languages?|translations?|versions?|subtitles?|texts?|speakers?|lessons?|"
                             r"classes|summer)\b",
                             re.IGNORECASE)


def _plural(word: str) -> str | None:
    if word.endswith(("ese", "ish", "ch", "sh", "ss", "s", "x", "z")) or word in ("english", "welsh"):
        return None
    return word + "s"


@lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    """Lower-case forms of the listed words, singular and plural."""
    out: set[str] = set()
    for line in DEMONYMS_FILE.read_text(encoding="utf-8").splitlines():
        word = line.strip().lower()
        if not word or word.startswith("#"):
            continue
        out.add(word)
        plural = _plural(word)
        if plural:
            out.add(plural)
    return frozenset(out)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    words = sorted(demonyms(), key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in words)
    # not in a file name or path ("locales/german.json", "japanese.bin")
    return re.compile(rf"(?<![\w'’/\\.-])(?:{alternatives})(?![\w'’/\\-])(?!\.[A-Za-z0-9])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    return frozenset(re.split(r"[ \t-]", w)[0] for w in demonyms())


_LETTERS = re.compile(r"[^\W\d_]+")


def _matches(text: str):
    """What `_pattern().finditer(text)` finds, tried only where a listed word can start.

    The alternation of 500 words tried at every position was the costliest recognizer; a
    match starts a run of letters that is a listed first word (a word written with other
    than ASCII letters is always tried: the pattern's case folding matches "ı" to "i")."""
    pattern, firsts, last = _pattern(), _first_words(), 0
    for run in _LETTERS.finditer(text):
        word = run.group()
        if run.start() < last or (word.isascii() and word.lower() not in firsts):
            continue
        m = pattern.match(text, run.start())
        if m:
            last = m.end()
            yield m


def nrp_spans(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _matches(text):
        word = m.group()
        lower = " ".join(word.lower().split())
        if word == word.lower():
            if lower in _AMBIGUOUS_LOWER:
                continue
        elif not word[:1].isupper():
            continue  # "fRench": no way to write a name
        elif _LANGUAGE_BEFORE.search(text, max(0, m.start() - 20), m.start()) or _LANGUAGE_AFTER.match(text, m.end()) \
                or _INSTITUTION_AFTER.match(text, m.end()):
            continue
        out.append(m.span())
    return out


def ambiguous_in_lower_case(word: str) -> bool:
    """Written in lower case, an ordinary word ("danish pastries", "polish the floor")."""
    return word == word.lower() and " ".join(word.split()) in _AMBIGUOUS_LOWER


def is_group_word(word: str) -> bool:
    """A listed nationality, people, religion or political group."""
    return " ".join(word.lower().split()) in demonyms()


class NationalityRecognizer(TextRecognizer):
    """NRP for listed nationalities, peoples, religions and political groups."""

    ENTITY = "NRP"

    def analyze(self, text: str, entities: List[str], nlp_artifacts=None) -> List[RecognizerResult]:
        return [RecognizerResult("NRP", s, e, 0.6) for s, e in nrp_spans(text)]
