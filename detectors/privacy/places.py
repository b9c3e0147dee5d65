"""Places that the words in front announce: "lives in Hørve", "flew to Fortaleza".

The small NER model calls most towns it has never seen a person or an organisation
("arrived at Þorlákshöfn" → PERSON), or misses them. Where someone lives, comes from or
travels to is location data whatever the town is called, and English says so with a
short set of verb phrases. A capitalised phrase after one is reported as LOCATION, and
`tidy` gives a model span there the same type. "I'm in" is not a cue: it is followed
by departments and meetings as often as by towns.
"""
from __future__ import annotations

import re
from typing import List

from presidio_analyzer import RecognizerResult

from detectors.privacy.base import TextRecognizer
from detectors.privacy.names import common_words, looks_like_a_person, model_entities, model_entity_over
from detectors.privacy.words import CALENDAR_WORDS, PLACE_PARTICLES

# Strong cues: what follows is where someone lives, comes from or went.
_STRONG = (
    r"(?:lives?|living|lived|grew\s+up|born|based|raised|resides?|residing|settled|stationed)\s+(?:in|at)"
    r"|(?:moved|moving|relocated|relocating|returned|returning|came|emigrated)\s+(?:here|there|home)\s+(?:to|from)"
    r"|(?:emigrated|flew|flying)\s+(?:to|from)"
    r"|(?:originally|hails?|hailing)\s+from"
)
# Weak cues also take products, teams and states ("moved to Kubernetes", "returned to Normal"),
# so the NER model must see a person or a place there (it reads unknown towns as people).
_WEAK = (
    r"(?:moved|moving|relocated|relocating)\s+(?:back\s+)?(?:to|from)"
    r"|(?:returned|returning|travell?ed|travell?ing|arrived|arriving|headed|heading|drove|driving)\s+(?:to|in|at)"
)
# Where a company or a thing sits: a place whoever the subject ("a design agency based in
# ΛΑΡΝΑΚΑ"); "based on", not "based in", is what code and prices are.
_SITED = r"(?:based|headquartered)\s+in"
_WORD = r"[^\W\d_][\w'’-]*"
_PARTICLE = PLACE_PARTICLES
# Up to five words on the line; `_capitalised_words` keeps those that open with a capital
# (Latin, Greek, Cyrillic ...) and the particles between them.
_PLACE = rf"{_WORD}(?:[ \t]+{_WORD}){{0,4}}"
# Being somewhere: a cue only when a trip or an event follows ("I'm in Almere, at the
# conference"), since people are also "in" meetings, teams and departments.
_STAY = r"(?:I'm|I[ \t]+am|we're|we[ \t]+are|I'll[ \t]+be|we'll[ \t]+be|I[ \t]+was|we[ \t]+were)[ \t]+in"
_RX = re.compile(rf"(?<![\w-])(?:(?P<strong>(?i:{_STRONG}))|(?P<stay>{_STAY})|(?i:{_WEAK}|{_SITED}))[ \t]+(?P<place>{_PLACE})")
# What says the words before it name a place whatever the cue: a way of travelling, a trip, an
# event after a comma, an arrival from a named place ("returned to Ilulissat by helicopter", "I am
# in Arsuk for a business trip", "I'm in Almere, at the conference", "arrived at Kresetice this
# morning from Czech Republic"). Not "for the conference" or "last week from": tools are
# "in Webex for the conference", and stacks move "to Terraform last week from Ansible".
_TRAVEL_TAIL = re.compile(
    r"[ \t]*(?:by[ \t]+(?:helicopter|plane|air|train|rail|car|bus|coach|boat|ferry|ship|sea|taxi|bike|bicycle)\b"
    r"|(?:(?:this|yesterday|tomorrow)[ \t]+(?:morning|afternoon|evening)|yesterday|today|tonight)"
    r"[ \t]+from[ \t]+[A-ZÀ-Þ]"
    r"|for[ \t]+(?:an?|my|our|his|her|their)?[ \t]*(?:business[ \t]+)?(?:trip|vacation|holiday|wedding|funeral)\b"
    r"|,[ \t]*at[ \t]+the[ \t]+(?:conference|summit|wedding|funeral)\b)")
_STAY_BEFORE = re.compile(rf"(?<![\w-]){_STAY}[ \t]+$")
# Nouns that say a place name follows, whoever the subject: "home city Łódź", "the University
# of Hermanovice", "the town of Assen".
_OF_PLACE_CUE = (r"(?<![\w-])(?:(?i:home[ \t]*town|home[ \t]+city|birth[ \t]*place)|(?:University|City|Town|Village|"
                 r"Municipality|Province|County|Port|Republic)[ \t]+of|(?i:the[ \t]+(?:city|town|village|municipality|"
                 r"province|county)[ \t]+of))")
_OF_PLACE = re.compile(rf"{_OF_PLACE_CUE}[ \t]+(?P<place>{_PLACE})")
_OF_PLACE_BEFORE = re.compile(rf"{_OF_PLACE_CUE}[ \t]+$")
_STRONG_BEFORE = re.compile(rf"(?<![\w-])(?i:{_STRONG})[ \t]+$")
_SITED_BEFORE = re.compile(rf"(?<![\w-])(?i:{_SITED})[ \t]+$")
_ANY_BEFORE = re.compile(rf"(?<![\w-])(?i:{_STRONG}|{_WEAK})[ \t]+$")
_PLACE_LABELS = frozenset({"GPE", "LOC"})
_NOT_PLACES = {"the", "a", "an", "my", "his", "her", "their", "our", "your", "this", "that", "there", "here", "home",
               "work", "school", "office", "town", "city", "abroad", "overseas", "bed", "hospital", "court",
               # what "moved to" also takes: parts of buildings, plans and documents
               "suite", "room", "unit", "apt", "apartment", "floor", "building", "level", "stage", "version", "step",
               "phase", "page", "section", "chapter", "slot", "gate", "terminal", "platform", "production", "staging"}


def place_cue_before(text: str, start: int, end: int | None = None) -> str | None:
    """"strong" or "weak" when a place cue ends right before `start` ("…grew up in |OSLO"),
    a strong one only with a person as subject (or where a thing is sited); "trip" when a
    trip follows the span ending at `end` ("returned to |Ilulissat| by helicopter"); else None."""
    if end is not None and _TRAVEL_TAIL.match(text, end) and (
            _ANY_BEFORE.search(text, max(0, start - 40), start) or _STAY_BEFORE.search(text, max(0, start - 40), start)):
        return "trip"
    m = _STRONG_BEFORE.search(text, max(0, start - 40), start)
    if (m and person_subject_before(text, m.start())) or _OF_PLACE_BEFORE.search(text, max(0, start - 40), start):
        return "strong"
    if _SITED_BEFORE.search(text, max(0, start - 40), start):
        return "strong"
    return "weak" if m or _ANY_BEFORE.search(text, max(0, start - 40), start) else None


def all_common_words(name: str) -> bool:
    """Every word is an English word (MiniLM's vocabulary): a department or a season, not a town.
    Towns in capitals are exempt (postal addresses write them so: "grew up in OSLO"), and so are
    names with a particle."""
    vocab = common_words()
    words = name.split()
    if not vocab or name.upper() == name or any(re.fullmatch(_PARTICLE, w) for w in words):
        return False  # a particle marks a place name ("Santa Cruz de la Sierra")
    return all(w.lower().strip("'’.-") in vocab for w in words)


def town_shaped(name: str) -> bool:
    """No CamelCase inside a word ("KubeCon") and no short acronym ("CET")."""
    return not any(_NOT_TOWN_SHAPE.search(w) for w in name.split())


def _capital_after_particles(words: list, i: int) -> bool:
    """Does a capitalised word follow the run of particles at `i` ("de la Sierra")?"""
    for m in words[i:]:
        if not re.fullmatch(_PARTICLE, m.group(0)):
            return m.group(0)[:1].isupper()
    return False


def _capitalised_words(phrase: str) -> str:
    """The leading run of words that open with a capital (particles allowed between them),
    with the phrase's own spacing."""
    words = list(re.finditer(r"\S+", phrase))
    end = 0
    for i, m in enumerate(words):
        w = m.group(0)
        if w[:1].isupper() and not any(c.isdigit() for c in w) and w.lower().strip("'’") not in CALENDAR_WORDS:
            end = m.end()
        elif not (re.fullmatch(_PARTICLE, w) and end and _capital_after_particles(words, i)):
            break
    return phrase[:end]


# Someone is the subject: a pronoun or a relative in the clause before the cue. Code and
# documents "live in" modules and "are based in" currencies too.
_SUBJECT = re.compile(r"\b(?:I|I'm|I've|we|he|she|they|you|who|(?:my|his|her|our|their|your)\s+\w+|family|"
                      r"parents?|mother|father|mom|mum|dad|wife|husband|son|daughter|brother|sister|friend)\b",
                      re.IGNORECASE)
# A product or code name, not a town: CamelCase inside a word, or a short acronym ("CET", "USD").
_NOT_TOWN_SHAPE = re.compile(r"[a-z][A-Z]|^[A-Z]{2,3}$")


# A clause ends at a line break, "!", "?", ";", or a full stop that a space and a capital or a
# digit follow: not at the dots of "CO.LTD. as" or "e.g. the".
_CLAUSE_END = re.compile(r"[!?;\n]|\.(?=\s+[^a-z\s])")


def clause_before(text: str, pos: int, window: int = 60) -> str:
    """The clause that ends at `pos`, at most `window` characters of it."""
    start = max(0, pos - window)
    ends = [m.end() for m in _CLAUSE_END.finditer(text, start, pos)]
    if pos < len(text) and text[pos - 1:pos] == " " and text[pos - 2:pos - 1] == "." and not text[pos:pos + 1].islower():
        ends.append(pos)  # "…ended. As" : a full stop right before the cue
    return text[ends[-1] if ends else start:pos]


def person_subject_before(text: str, cue_start: int) -> bool:
    """Is there a pronoun or relative in the clause that ends at the cue?"""
    return _SUBJECT.search(clause_before(text, cue_start)) is not None


class PlaceCueRecognizer(TextRecognizer):
    """LOCATION for a capitalised phrase after "lives in", "moved here from", "flew to" and the like."""

    ENTITY = "LOCATION"

    def analyze(self, text: str, entities: List[str], nlp_artifacts=None) -> List[RecognizerResult]:
        out = []
        for m in _RX.finditer(text):
            s = m.start("place")
            place = _capitalised_words(m.group("place")).rstrip("'’")
            if place.endswith(("'s", "’s")):
                place = place[:-2]
            if len(place) < 2 or place.split()[0].lower() in _NOT_PLACES:
                continue
            trip = _TRAVEL_TAIL.match(text, s + len(place))
            if not town_shaped(place) or (m.group("stay") and not trip):
                continue
            if model_entity_over(nlp_artifacts, s, s + len(place), _PLACE_LABELS):
                pass  # the model reads a place there
            elif all_common_words(place):
                continue  # "based in Marketing", "born in Autumn", "grew up in Foster Care"
            elif re.match(rf"(?i:{_SITED})", m.group()):
                pass  # where a company is based
            elif trip and not looks_like_a_person(place):
                pass  # a trip or an event follows ("returned to Dave Wilson yesterday from Oslo" is a person)
            elif not (m.group("strong") and (person_subject_before(text, m.start()) or
                                             model_entity_over(nlp_artifacts, max(0, m.start() - 60), m.start(),
                                                               frozenset({"PERSON"})))):
                continue
            out.append(RecognizerResult("LOCATION", s, s + len(place), 0.6))
        ents = model_entities(nlp_artifacts)
        vocab = common_words()
        for m in _OF_PLACE.finditer(text):
            s = m.start("place")
            place = re.split(r"['’]s\b", _capitalised_words(m.group("place")))[0].rstrip("'’.")
            geo = [e for e in ents if e.start_char == s and e.label_ in _PLACE_LABELS]
            if geo:
                place = place[:geo[0].end_char - s]  # the model's own extent ("Gdańsk" of "Gdańsk Announces ...")
            else:
                for e in ents:  # "Gdynia Mayor Wojciech Szczurek": the place ends before a person
                    if s < e.start_char < s + len(place) and e.label_ in ("PERSON", "ORG", "ORGANIZATION"):
                        place = place[:e.start_char - s].rstrip()
                words = place.split()
                while len(words) > 1 and words[-1].lower() in vocab:
                    words.pop()  # "Hempstead Issues Snow Emergency", "Tartu Alumni Facebook Group"
                place = re.match(r"\S+(?:\s+\S+){%d}" % (len(words) - 1), place).group() if words else ""
            if len(place) < 2 or place.split()[0].lower() in _NOT_PLACES or not town_shaped(place):
                continue
            if all_common_words(place) and not model_entity_over(nlp_artifacts, s, s + len(place), _PLACE_LABELS):
                continue  # "the University of Life"
            out.append(RecognizerResult("LOCATION", s, s + len(place), 0.6))
        return out
