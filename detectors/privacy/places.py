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

from presidio_analyzer import EntityRecognizer, RecognizerResult

from detectors.privacy.words import CALENDAR_WORDS

# Strong cues: what follows is where someone lives, comes from or went.
_STRONG = (
    r"(?:lives?|living|lived|grew\s+up|born|based|raised|resides?|residing|settled|stationed)\s+(?:in|at)"
    r"|(?:moved|moving|relocated|relocating|returned|returning|came|emigrated)\s+(?:here|back|there|home)\s+(?:to|from)"
    r"|(?:emigrated|flew|flying)\s+(?:to|from)"
    r"|(?:originally|hails?|hailing)\s+from"
)
# Weak cues also take products, teams and states ("moved to Kubernetes", "returned to Normal"),
# so the NER model must see a person or a place there (it reads unknown towns as people).
_WEAK = (
    r"(?:moved|moving|relocated|relocating)\s+(?:to|from)"
    r"|(?:returned|returning|travell?ed|travell?ing|arrived|arriving|headed|heading|drove|driving)\s+(?:to|in|at)"
)
_WORD = r"[^\W\d_][\w'’-]*"
_PARTICLE = r"(?:de|da|do|dos|das|del|della|di|du|la|le|les|lez|sur|am|an|im|nad|pod|upon|en|van|von|y)"
# Up to five words on the line; `_capitalised_words` keeps those that open with a capital
# (Latin, Greek, Cyrillic ...) and the particles between them.
_PLACE = rf"{_WORD}(?:[ \t]+{_WORD}){{0,4}}"
_RX = re.compile(rf"(?<![\w-])(?:(?P<strong>(?i:{_STRONG}))|(?i:{_WEAK}))[ \t]+(?P<place>{_PLACE})")
_STRONG_BEFORE = re.compile(rf"(?<![\w-])(?i:{_STRONG})[ \t]+$")
_ANY_BEFORE = re.compile(rf"(?<![\w-])(?i:{_STRONG}|{_WEAK})[ \t]+$")
_PERSON_OR_PLACE = {"PERSON", "GPE", "LOC", "FAC"}
_NOT_PLACES = {"the", "a", "an", "my", "his", "her", "their", "our", "your", "this", "that", "there", "here", "home",
               "work", "school", "office", "town", "city", "abroad", "overseas", "bed", "hospital", "court",
               # what "moved to" also takes: parts of buildings, plans and documents
               "suite", "room", "unit", "apt", "apartment", "floor", "building", "level", "stage", "version", "step",
               "phase", "page", "section", "chapter", "slot", "gate", "terminal", "platform", "production", "staging"}


def after_place_cue(text: str, start: int, strong: bool = True) -> bool:
    """Does a place cue end right before `start` ("…grew up in |OSLO")? `strong=False`: any cue."""
    rx = _STRONG_BEFORE if strong else _ANY_BEFORE
    return rx.search(text, max(0, start - 40), start) is not None


def _capitalised_words(phrase: str) -> str:
    """The leading run of words that open with a capital (particles allowed between them)."""
    words = phrase.split()
    keep: list[str] = []
    for i, w in enumerate(words):
        if w[:1].isupper() and not any(c.isdigit() for c in w) and w.lower().strip("'’") not in CALENDAR_WORDS:
            keep.append(w)
        elif re.fullmatch(_PARTICLE, w) and i + 1 < len(words) and words[i + 1][:1].isupper() and keep:
            keep.append(w)
        else:
            break
    return " ".join(keep)


def _model_sees(nlp_artifacts, start: int, end: int) -> bool:
    ents = getattr(nlp_artifacts, "entities", None) or []
    return any(e.start_char < end and start < e.end_char and e.label_ in _PERSON_OR_PLACE for e in ents)


class PlaceCueRecognizer(EntityRecognizer):
    """LOCATION for a capitalised phrase after "lives in", "moved here from", "flew to" and the like."""

    def __init__(self):
        super().__init__(supported_entities=["LOCATION"], name="PlaceCueRecognizer", supported_language="en")

    def load(self) -> None:  # noqa: D102 - nothing to load
        pass

    def analyze(self, text: str, entities: List[str], nlp_artifacts=None) -> List[RecognizerResult]:
        out = []
        for m in _RX.finditer(text):
            s = m.start("place")
            place = _capitalised_words(m.group("place")).rstrip("'’")
            if place.endswith(("'s", "’s")):
                place = place[:-2]
            if len(place) < 2 or place.split()[0].lower() in _NOT_PLACES:
                continue
            if not m.group("strong") and not _model_sees(nlp_artifacts, s, s + len(place)):
                continue
            out.append(RecognizerResult("LOCATION", s, s + len(place), 0.6))
        return out
