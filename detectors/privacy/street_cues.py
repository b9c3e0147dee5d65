"""Streets that the words in front announce: "lives at Dalbraut 99", "address: 5961 Slovenčeva 62".

The street recognizers (`addresses`, `recognizers`) need a street-type word ("Street",
"Rue", "-straße"); most of the world's streets carry none a list could hold ("Brisas
2117", "Turjaška 46", "Dózsa György út 78"). After words that say an address follows, a
name and a house number are enough. One word of the name must be rare in English:
"lives at Room 12", "located at Level 3", "address: Windows 11" are no streets.
Sending verbs ("sent to", "deliver to") also take teams and queues ("send it to Team 5"),
so after them the house number must come first as well ("sent to 518 Piilostentie 53").
A flat or suite number right after a name and a number says the same without a cue
("0391 Aasa 43 Apt. 651"; not "Building 4, Suite 200", whose words are common).
"""
from __future__ import annotations

import re
from typing import List

from presidio_analyzer import RecognizerResult

from detectors.privacy.base import TextRecognizer
from detectors.privacy.names import common_words
from detectors.privacy.words import CALENDAR_WORDS

_STRONG = (
    r"address(?:es)?(?:[ \t]+(?:is|was|to|as|at|of[ \t]+\w+[ \t]+is))?[ \t]*[:=–-]?"
    r"|(?:lives?|living|lived|resides?|residing|stays?|staying)[ \t]+(?:at|on)"
    r"|(?:located|situated)[ \t]+(?:at|on)"
    r"|(?:north|south|east|west|far)[ \t]+(?:side|end)[ \t]+of"
    r"|corner[ \t]+of"
)
_SEND = r"(?:sent|send|ship|shipped|deliver|delivered|mail|mailed|forward|forwarded)(?:[ \t]+(?:it|them|this|these))?[ \t]+to"
_NAME_WORD = r"[A-ZÀ-Þ][\w'’.-]{1,40}"
# Lower-case words a street name holds: abbreviated street types in front ("ul.", "al."),
# particles inside ("del", "van"), short street words at the end ("vei", "gate", "út") —
# never prose ("address of Hulic ReitInc. is 0348").
_LEAD_SMALL = r"(?:ul|al|pl|os|str|av|r)\."
_PARTICLE = r"(?:de|del|della|di|da|do|dos|das|du|des|la|le|van|von|der|den|y|i)"
_END_SMALL = r"(?:vei|veg|vej|gate|gata|gade|út|utca|tie|katu|sokak|ulica)"
_NAME = (rf"(?:{_LEAD_SMALL}[ \t]+)?{_NAME_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_NAME_WORD}){{0,3}}"
         rf"(?:[ \t]+{_END_SMALL})?")
_NUM = r"\d{1,5}[A-Za-z]?"
# Not a quantity, a time, a version or a range: "Zone 5 km", "Gate 12:30", "Build 4.2", "Rooms 3-5".
_AFTER = r"(?![\w%:.,/–-]?\d)(?![\w'’-])(?![ \t]*(?:%|percent|kg|km|mi|miles|min|minutes|hours?|am|pm|times|people|years?|GB|MB)\b)"
_RX = re.compile(
    rf"(?<![\w-])(?:(?P<strong>(?i:{_STRONG}))|(?i:{_SEND}))[ \t]+(?:the[ \t]+)?"
    rf"(?P<street>(?:(?P<house>{_NUM})[ \t]+)?(?P<name>{_NAME})[ \t]+{_NUM}{_AFTER})"
)


_FLAT = re.compile(
    rf"(?<![\w-])(?:(?P<house>{_NUM})[ \t]+)?(?P<name>{_NAME})[ \t]+{_NUM},?[ \t]+"
    r"(?:Apt\.?|Apartment|Suite|Ste\.|Flat)[ \t]*(?:#[ \t]*)?\d{1,5}[A-Za-z]?(?![\w-])")


def _name_ok(name: str) -> bool:
    words = [w.strip(".,'’-") for w in name.split()]
    capitalised = [w for w in words if w[:1].isupper()]
    if not capitalised or any(w.lower() in CALENDAR_WORDS for w in words):
        return False
    vocab = common_words()
    return bool(vocab) and any(w.lower() not in vocab for w in capitalised)


class StreetCueRecognizer(TextRecognizer):
    """STREET_ADDRESS for a name and a house number after words that announce an address, or
    before a flat or suite number."""

    ENTITY = "STREET_ADDRESS"

    def analyze(self, text: str, entities: List[str], nlp_artifacts=None) -> List[RecognizerResult]:
        out = []
        for m in _RX.finditer(text):
            if not (m.group("strong") or m.group("house")) or not _name_ok(m.group("name")):
                continue
            out.append(RecognizerResult(self.ENTITY, m.start("street"), m.end("street"), 0.6))
        for m in _FLAT.finditer(text):
            if _name_ok(m.group("name")):
                out.append(RecognizerResult(self.ENTITY, m.start(), m.end(), 0.6))
        return out
