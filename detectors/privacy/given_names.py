"""People named by a given name the small NER model does not know.

en_core_web_sm misses, or calls organisations and places, most given names that are
rare in English news text ("Thibault", "Stefania", "Nikolaj"). A world list of given
names (`data/given_names.txt`, built from Faker's per-locale lists by
`scripts/build_name_lists.py`) knows them. Only names that are no English word, nor an
inflection of one, are read (WordNet's index as the spaCy model ships it, plus spaCy's stop
words): "Will", "Grace", "Florence", "Per", "Miles" stay the model's call. Capitalised words
and initials after the given name, on the same line and separated by spaces, are the
surname ("Christian P Nobbs"); a company or place word straight after it ("Stefania
Textiles Ltd", "Laurent Plaza Street") or a place head before it ("Hotel Marina", "Via
Pasquale Scura") makes it no person.
"""
from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path
from typing import List

from presidio_analyzer import RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from detectors.privacy.base import TextRecognizer
from detectors.privacy.gazetteer import country_at
from detectors.privacy.names import _ORG_WORDS, HONORIFIC, POSSESSIVE, model_entities
from detectors.privacy.words import CALENDAR_WORDS, MONTH_ABBREVIATIONS, UPPER, WEEKDAY_ABBREVIATIONS

NAMES_FILE = Path(__file__).parent / "data" / "given_names.txt"

# Assistants and brands that are also given names in some country.
_BRANDS = {"Meta", "Tesla", "Zara", "Alexa", "Siri", "Cortana", "Claude", "Gemini", "Mercedes", "Chanel", "Vera",
           "Nokia", "Lexus", "Toyota", "Skoda", "Kia", "Fanta", "Nivea", "Oracle", "Jira", "Kafka", "Redis", "Django",
           "Okta", "Travis", "Hilton", "Aurelia", "Haskell", "Norton", "Armani", "Jameson"}
# Words after a name that make the phrase a place or a building, not a person.
_PLACE_TAILS = {
    "street", "st", "avenue", "ave", "road", "rd", "lane", "ln", "drive", "boulevard", "blvd", "way", "court", "ct",
    "place", "pl", "square", "sq", "park", "bay", "beach", "hill", "hills", "valley", "river", "lake", "island",
    "islands", "county", "city", "town", "village", "station", "airport", "bridge", "hall", "tower", "house",
    "building", "terrace", "gardens", "heights", "mountain", "mount", "falls", "springs", "harbor", "harbour", "port",
    "plaza", "ranch", "shoal", "shoals", "crossing", "creek", "trail", "pike", "parkway", "highway", "loop", "circle",
    "grove", "estates", "manor", "ridge", "point", "row", "walk", "wharf", "quay", "plains", "isle",
}
# Street words of other languages, which Faker also lists as given names ("Rua Augusta").
_STREET_HEADS = {"via", "rue", "calle", "avenida", "strada", "piazza", "viale", "rua", "praça", "plaza", "ulica",
                 "villa", "casa", "hotel"}
# Words before a name that make it part of a place's, a building's or a room's name.
_PLACE_HEADS = _STREET_HEADS | {
    "camp", "lake", "mount", "mt", "port", "fort", "ft", "saint", "st", "san", "santa", "santo", "sao", "são", "cape",
    "isla", "rio", "lago", "playa", "hospital", "university", "college", "school", "church", "park", "hacienda",
    "museo", "museum", "club", "cafe", "café", "restaurant", "bar", "radio", "project", "operation", "hurricane",
    "storm", "typhoon", "cyclone", "tropical", "room", "el", "al", "la", "le", "les", "los", "las", "de", "du",
    "des", "di", "da", "do", "dos", "das", "van", "von",
}
# Words before a town or a venue, not a person (unless a possessive follows: "in Harold's room").
_PLACE_PREPOSITIONS = {"in", "near", "outside", "around", "across", "downtown", "via", "the"}
# Words after a name on its line that are no part of it: a unit of an address ("Dr. Tiina Käyhkö
# Suite 595"), a field label, a day.
_AFTER_NAME = {"suite", "apt", "apartment", "unit", "floor", "room", "box", "po", "flat", "dept", "tel", "phone",
               "fax", "email", "mobile", "cell", "today", "tomorrow", "yesterday", "tonight", "phd", "md", "mba",
               "jr", "sr", "esq", "ii", "iii", "iv"}
_AFTER_NAME |= set(MONTH_ABBREVIATIONS) | set(WEEKDAY_ABBREVIATIONS) | CALENDAR_WORDS
# US state and territory codes: ", OH" after a word makes it a town.
_STATES = set(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR "
    "PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR GU VI AS MP".split()
)
# Model entities that a given name may be one word of ("North Nicolas", "Media Acquisition Corp."),
# by spaCy's labels or Presidio's names for them.
_LONGER_NAME_LABELS = {"ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
                       "ORGANIZATION", "LOCATION", "NRP"}
# Model labels that say the word is no one: a date, an amount, a language.
_NOT_PEOPLE = {"DATE", "TIME", "DATE_TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY", "LANGUAGE"}

_WORD = rf"{UPPER}[^\W\d_]+(?:[-'’][^\W\d_]+)?"
_INITIAL = rf"{UPPER}\.?(?= )"
_PARTICLE = r"(?:van|von|der|den|de|du|da|di|del|della|la|le|bin|ibn|al|el|dos|das|do)"
_WORD_END = r"(?![\w@]|\.\w|-\w)"
# A capitalised word at a word start: not inside an e-mail, a domain, a path or an identifier.
_FIRST = re.compile(rf"(?<![\w@./\\#&+-]){_WORD}{_WORD_END}")
# Up to three more words of the name, separated by spaces (a tab separates columns).
_REST = re.compile(rf"(?: (?:{_PARTICLE} )*(?:{_INITIAL}|{_WORD}{_WORD_END})){{1,3}}")
# The word before; a full stop only after an abbreviation ("St. Thibault"), not at a sentence end.
_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)(\.?)[ \t]+$")
_ABBREVIATIONS = {"St", "Mt", "Ft", "Mr", "Mrs", "Ms", "Dr", "Prof"}
_STATE_AFTER = re.compile(r",[ \t]*([A-Z]{2})(?:[ \t]+\d{5}\b|[ \t]*(?:$|\n|[.;)]))")
_COMMA = re.compile(r",[ \t]*")
_TITLE = re.compile(rf"(?:{HONORIFIC}[ \t]+)+")
_WORD_AT = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)?")
_FROM_TO = re.compile(rf"[ \t]+to[ \t]+{UPPER}")
_JOURNEY = re.compile(
    rf"(?:\bfrom[ \t]+{UPPER}[^\W\d_]+(?:[ \t]+{UPPER}[^\W\d_]+)?|(?i:\b(?:flights?|fly|flew|flying|trips?|travel\w*|"
    rf"drive|drove|driving|moved|moving|relocat\w+|trains?|bus|ferry|route|road|journey|visit\w*)))[ \t]+$")


def name_list(path: Path) -> frozenset[str]:
    """A shipped list, one name per line; empty when the file is missing (the recognizers are off)."""
    try:
        return frozenset(path.read_text(encoding="utf-8").split())
    except OSError:
        return frozenset()


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    return name_list(NAMES_FILE)


@lru_cache(maxsize=4)
def _lemma_index(model: str | None) -> dict[str, frozenset[str]]:
    """WordNet's lemmas by part of speech, as the spaCy model ships them; empty without one."""
    try:
        import spacy.util
        from spacy.lookups import Lookups
        from spacy.strings import hash_string

        from detectors.privacy.engine import DEFAULT_MODEL

        name = model or os.environ.get("AGENTGUARD_SPACY_MODEL") or DEFAULT_MODEL
        found = sorted(Path(spacy.util.get_package_path(name)).glob("**/lemmatizer/lookups/lookups.bin"))
        if not found:
            return {}
        index = Lookups().from_disk(found[0].parent).get_table("lemma_index")
        return {pos: frozenset(w for w in index.get(hash_string(pos), []) if "_" not in w)
                for pos in ("noun", "verb", "adj", "adv")}
    except Exception:  # noqa: BLE001 - an optional resource: without it the recognizer is off
        return {}


@lru_cache(maxsize=4)
def english_words(model: str | None = None) -> frozenset[str]:
    """WordNet's lemmas and spaCy's stop words. Empty when the model has no lemma index: then
    no given name is read, since none can be told from a word."""
    index = _lemma_index(model)
    return frozenset(set(STOP_WORDS).union(*index.values())) if index else frozenset()


@lru_cache(maxsize=4)
def beyond_nouns(model: str | None = None) -> frozenset[str]:
    """English words that are also verbs, adjectives or adverbs ("Will", "Early", "Hope").
    WordNet lists "Andrew" or "Helena" as nouns only: a name, when it names a person."""
    index = _lemma_index(model)
    return frozenset(STOP_WORDS | index["verb"] | index["adj"] | index["adv"]) if index else frozenset()


def is_english(word: str, english: frozenset[str]) -> bool:
    """The word or a stem of it is an English word: "Fares", "Lies", "Called", "Emailed"."""
    w = word.lower()
    stems = {w} | {w[: -len(x)] + y for x, y in (("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"),
                                                ("ing", ""), ("ing", "e")) if w.endswith(x)}
    return any(s in english for s in stems if len(s) >= 3 or s == w)


def name_span(text: str, m: re.Match, english: frozenset[str], longer: list) -> tuple[int, int] | None:
    """The person's name around a capitalised word, or None when it is not one."""
    first = POSSESSIVE.sub("", m.group())
    if first not in given_names() or first in _BRANDS or len(first) < 3 or first.lower() in _STREET_HEADS \
            or is_english(first, english):
        return None
    start = m.start()
    possessive = first != m.group()
    before = _word_before(text, start)
    if _place_before(text, start, before, possessive):
        return None  # "Hotel Stefania", "Via Pasquale Scura", "a street in Harold", "at the Hilton"
    if before and not before.group(2) and before.group(1)[:1].isupper() and before.group(1)[1:].islower() \
            and not is_english(before.group(1), english):
        start = before.start(1)  # the given name second: "Csenger Gábor", "Quarantino Marcelo"
        if _place_before(text, start, _word_before(text, start), possessive):
            return None  # "Flights to Banja Luka"
    if _inside_longer_name(text, longer, start) or _inside_longer_name(text, longer, m.start()):
        return None  # "International Media Acquisition Corp.", "North Nicolas"
    end = m.start() + len(first)
    rest = None if possessive else _REST.match(text, m.end())  # after a possessive, no surname
    only_words = True  # only English words so far after the given name
    for word in _words(rest):
        bare = POSSESSIVE.sub("", word.group())
        low = bare.lower().strip(".")
        if len(low) == 1 or re.fullmatch(_PARTICLE, low):
            continue  # an initial or a particle counts once a surname follows: "Christian P Nobbs"
        if low in _ORG_WORDS - {"the", "of", "and"} or low in _PLACE_TAILS:
            if only_words:
                return None  # "Krystal Biotech Inc.", "Laurent Plaza Street"
            break  # "Nikolaj Hansen Team Lead": the name ends before
        if low in STOP_WORDS or low in _AFTER_NAME or (bare.isupper() and len(bare) > 1):
            break  # "Thibault Dupont PhD", "Stefania Rossi Phone", "Mehmet Öztürk Today"
        only_words = only_words and is_english(bare, english)
        end = rest.start() + word.start() + len(bare)  # mid-sentence capitals: the surname
        if bare != word.group():
            break
    if _place_after(text, end):
        return None  # "Marion, OH 43302", "Valencia, Spain": a town
    return start, end


def _word_before(text: str, start: int) -> re.Match | None:
    return _PREVIOUS_WORD.search(text, max(0, start - 40), start)


def _place_before(text: str, start: int, before: re.Match | None, possessive: bool) -> bool:
    """The words before make what starts here a place: "Hotel", "Via", "in", "from Modena to"."""
    if not before or (before.group(2) and before.group(1) not in _ABBREVIATIONS):
        return False  # nothing before on the line, or a sentence end
    previous = before.group(1).lower()
    if previous in _PLACE_HEADS or (previous in _PLACE_PREPOSITIONS and not possessive):
        return True
    return previous == "from" and _FROM_TO.match(text, _WORD_AT.match(text, start).end()) is not None \
        or previous == "to" and _going_to(text, before.start())


def _going_to(text: str, to_at: int) -> bool:
    """The "to" before a word ends a journey: "from Modena to", "flights to"."""
    return _JOURNEY.search(text, max(0, to_at - 60), to_at) is not None


def _inside_longer_name(text: str, longer: list, start: int) -> bool:
    """A model entity of another kind starts before the word (not just with a title) and covers it."""
    return any(s < start < e and not _TITLE.fullmatch(text[s:start]) for s, e in longer)


def _words(rest: re.Match | None) -> list[re.Match]:
    return list(re.finditer(r"\S+", rest.group())) if rest else []


def _place_after(text: str, end: int) -> bool:
    state = _STATE_AFTER.match(text, end)
    if state:
        return state.group(1) in _STATES
    comma = _COMMA.match(text, end)
    return bool(comma) and country_at(text, comma.end()) is not None


def _model_name(nlp_artifacts) -> str | None:
    """The spaCy model the analyzer runs, so the word list matches it."""
    models = getattr(getattr(nlp_artifacts, "nlp_engine", None), "models", None) or []
    return next((m.get("model_name") for m in models if isinstance(m, dict) and m.get("model_name") != "blank"), None)


class GivenNameRecognizer(TextRecognizer):
    """PERSON for a listed given name that is no English word, with the surname after it."""

    ENTITY = "PERSON"

    def analyze(self, text: str, entities: List[str], nlp_artifacts=None) -> List[RecognizerResult]:
        english = english_words(_model_name(nlp_artifacts))
        if not english or not given_names():
            return []
        ents = model_entities(nlp_artifacts)
        not_people = [(e.start_char, e.end_char) for e in ents if e.label_ in _NOT_PEOPLE]
        longer = [(e.start_char, e.end_char) for e in ents if e.label_ in _LONGER_NAME_LABELS]
        out: list[RecognizerResult] = []
        for m in _FIRST.finditer(text):
            if out and m.start() < out[-1].end:
                continue  # the surname of the last name, itself a given name ("Mehmet Öztürk")
            span = name_span(text, m, english, longer)
            if span and not any(s < span[1] and span[0] < e for s, e in not_people):
                out.append(RecognizerResult("PERSON", *span, 0.55))
        return out
