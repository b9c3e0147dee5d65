"""Streets that the words in front announce: "lives at Dalbraut 99", "address: 5961 Slovenčeva 62".

The street recognizers (`addresses`, `recognizers`) need a street-type word ("Street",
"Rue", "-straße"); most of the world's streets carry none a list could hold ("Brisas
2117", "Turjaška 46", "Dózsa György út 78"). After words that say an address follows, a
name and a house number are enough. One word of the name must be rare in English:
"lives at Room 12", "located at Level 3", "address: Windows 11" are no streets.
Sending verbs ("sent to", "deliver to") also take teams and queues ("send it to Team 5"),
and "is at", "meet me at" take rooms and gates, so after them the house number must come
first as well ("sent to 518 Piilostentie 53", "the restaurant is at 901 Hoge Wei 32").
So does a town closing the line after it ("7744 Pilekrogen 51, København K"), and a
flat or suite number right after a name and a number, without a cue
("0391 Aasa 43 Apt. 651"; not "Building 4, Suite 200", whose words are common), and so
does a street type between two numbers ("17456 Via Scala 30"; not "3 Via Email 2 times"
or "Top 10 Boulevard Hotels 2024").
A street word after the house number also vouches for the name before it ("lives on
Siikasaarentie 60 street", "enter on Dalmatinova 70 St."), with one rare word in the name.
What follows the house number must be able to follow an address: "Kafka 2 partitions",
"Redis 6 on the cache host" are no streets, and neither is anything after "IP address".
"""
from __future__ import annotations

import re
from typing import List

from presidio_analyzer import RecognizerResult

from detectors.privacy.addresses import PREFIX_TYPES
from detectors.privacy.base import TextRecognizer
from detectors.privacy.names import common_words
from detectors.privacy.words import CALENDAR_WORDS

# "IP address", "MAC address", "memory address" name no place.
_TECH_BEFORE = re.compile(
    r"(?i:\b(?:ip|ipv4|ipv6|mac|e-?mail|memory|function|pointer|base|hardware|network|server|host|bind|listen|"
    r"wallet|contract|register|irq|web|url|return|physical|virtual|broadcast|multicast|gateway|proxy|localhost|"
    r"bluetooth|device|node|socket|remote|local|public|private|sender|reply-to)[ \t]*)$")
_STRONG = (
    r"address(?:es)?(?:[ \t]+(?:is|was|to|as|at|of[ \t]+\w+[ \t]+is))?[ \t]*[:=–-]?"
    r"|(?:lives?|living|lived|resides?|residing|stays?|staying)[ \t]+(?:at|on)"
    r"|(?:located|situated)[ \t]+(?:at|on)"
    r"|(?:north|south|east|west|far)[ \t]+(?:side|end)[ \t]+of"
    r"|corner[ \t]+of"
)
_SEND = r"(?:sent|send|ship|shipped|deliver|delivered|mail|mailed|forward|forwarded)(?:[ \t]+(?:it|them|this|these))?[ \t]+to"
_AT = r"(?:is|are|was|were|it's)[ \t]+(?:at|on|in)|meet(?:[ \t]+(?:me|you|us))?[ \t]+at"
# Any script's letters ("Łąkowa", "Žerotínova"); capitals are checked in `_name_ok`.
_NAME_WORD = r"[^\W\d_][\w'’.-]{1,40}"
# Lower-case words a street name holds: abbreviated street types in front ("ul.", "al."),
# particles inside ("del", "van"), short street words at the end ("vei", "gate", "út") —
# never prose ("address of Hulic ReitInc. is 0348").
_LEAD_SMALL = r"(?:ul|al|pl|os|str|av|r)\.|ulica|calle|rua|via"
_PARTICLES = {"de", "del", "della", "delle", "degli", "dei", "di", "da", "do", "dos", "das", "du", "des", "la", "le",
              "van", "von", "der", "den", "y", "i"}
_END_SMALL = {"vei", "veg", "vej", "gate", "gata", "gade", "út", "utca", "tie", "katu", "sokak", "ulica"}
_NAME = rf"(?:(?:{_LEAD_SMALL})[ \t]+)?{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,4}}"
_NUM = r"\d{1,5}[A-Za-z]?"
# Not a quantity, a time, a version or a range: "Zone 5 km", "Gate 12:30", "Build 4.2", "Rooms 3-5".
_AFTER = (r"(?![\w%:.,/–-]?\d)(?![\w'’-])(?![ \t]*(?:%|percent|kg|km|mi|miles|min|minutes|hours?|seconds?|days?|"
          r"weeks?|months?|am|pm|times|people|years?|GB|MB)\b)")
# What follows an address: the end of the line or text, punctuation, a capitalised word (a
# town), a postcode, or a few linking words — not a lower-case noun ("Kafka 2 partitions").
_END = re.compile(r"[ \t]*(?:$|\n|[,.;:!?)\]\"'”]|[A-ZÀ-ÞĀ-Ž]|\d|(?:in|with|near|since|until|and|by|for|from|"
                  r"then|last|next|this|after|before|when|if|please)\b)")
_SEP = r"[ \t]*[\"']?[ \t]*[:=]?[ \t]*(?:\n[ \t]*)?[\"']?[ \t]*"  # "address:\n  …", '{"address": "…"}'
_RX = re.compile(
    rf"(?<![\w-])(?:(?P<strong>(?i:{_STRONG}))|(?i:{_SEND})|(?P<at>(?i:{_AT}))){_SEP}(?<=[\s:=\"'])(?:the[ \t]+)?"
    rf"(?P<street>(?:(?P<house>{_NUM})[ \t]+)?(?P<name>{_NAME})[ \t]+{_NUM}{_AFTER})"
)
_FLAT = re.compile(
    rf"(?<![\w-])(?:(?P<house>{_NUM})[ \t]+)?(?P<name>{_NAME})[ \t]+{_NUM},?[ \t]+"
    r"(?:Apt\.?|Apartment|Suite|Ste\.|Flat)[ \t]*(?:#[ \t]*)?\d{1,5}[A-Za-z]?(?![\w-])")
# A street type between two numbers ("17456 Via Scala 30", and "7216 R José Malhoa 51", where "R"
# is the Portuguese "Rua"), with no cue in front.
_NUMBERED = re.compile(rf"(?<![\w.-])(?P<house>{_NUM})[ \t]+(?P<name>(?:{PREFIX_TYPES}|R(?=[ \t]+[A-ZÀ-Þ]))[ \t]+{_NAME})"
                       rf"[ \t]+(?!(?:19|20)\d\d\b){_NUM}{_AFTER}")

# A street word after the house number ("lives on Siikasaarentie 60 street", "enter on
# Dalmatinova 70 St."): the name and the number are the street; capitalised words only, so the
# words before the name stay out ("Fumio lives on …").
_CAP_WORD = r"[A-ZÀ-Þ][\w'’.-]{1,40}"
_STREET_WORD_AFTER = re.compile(
    rf"(?<![\w'’.-])(?:(?P<house>{_NUM})[ \t]+)?(?P<name>(?:(?:{_LEAD_SMALL})[ \t]+)?{_CAP_WORD}"
    rf"(?:[ \t]+(?:(?:{'|'.join(sorted(_PARTICLES))})[ \t]+)?{_CAP_WORD}){{0,3}}"
    rf"(?:[ \t]+(?:{'|'.join(sorted(_END_SMALL))}|u\.))?)[ \t]+(?!(?:19|20)\d\d\b){_NUM}"
    # "Budaörsi út 44. St.": a Hungarian house number ends in a dot. The street word ends the
    # phrase: "Summicron 35 street photography", "Yeezy 350 street wear" are products.
    r"(?=\.?[ \t]+(?:[Ss]treet\b|St\.)[ \t]*(?:$|\n|[,.;:!?)]|(?:in|and|the|at|near|by|for)\b))")

# A field of a record: after a comma, a house number, a name and a number, then a town closing
# the line ("…ETF, 9629 Gamle Ravei 157, LARVIK", "…plc, 7744 Pilekrogen 51, København K"); not
# "2 Sennheiser 600, Berlin" (a quantity, no field before it).
_TOWN_WORD = r"[^\W\d_][\w'’.-]{1,40}"
_TOWNED = re.compile(rf"(?<=,[ \t])(?P<house>\d{{3,5}}[A-Za-z]?)[ \t]+(?P<name>{_NAME})[ \t]+(?!(?:19|20)\d\d\b){_NUM}"
                     rf"(?=,[ \t]+{_TOWN_WORD}(?:[ \t]+(?:{_TOWN_WORD}|[A-Z])){{0,3}}[ \t]*(?:$|\n|\\[nr]|[.;!?]))", re.MULTILINE)


def name_ok(name: str, rare: bool = True) -> bool:
    """Capitalised words (particles, street abbreviations and short street words aside), no
    calendar word, and (with `rare`) one word that is rare in English."""
    words = [w.strip(".,'’-") for w in name.split()]
    words = [w for w in words if w]
    if any(w.lower() in CALENDAR_WORDS for w in words):
        return False
    lead = re.fullmatch(_LEAD_SMALL, words[0].lower() + ("." if name.split()[0].endswith(".") else "")) if words else None
    inner = words[1:] if lead else words
    capitalised = [w for w in inner if w[:1].isupper()]
    if not capitalised or any(not w[:1].isupper() and w.lower() not in _PARTICLES | _END_SMALL for w in inner):
        return False
    if inner and not inner[-1][:1].isupper() and inner[-1].lower() not in _END_SMALL:
        return False
    if not rare:
        return True
    vocab = common_words()
    return bool(vocab) and any(w.lower() not in vocab for w in capitalised)


def _ends_well(text: str, end: int) -> bool:
    return _END.match(text, end) is not None


class StreetCueRecognizer(TextRecognizer):
    """STREET_ADDRESS for a name and a house number after words that announce an address, or
    before a flat or suite number."""

    ENTITY = "STREET_ADDRESS"

    def analyze(self, text: str, entities: List[str], nlp_artifacts=None) -> List[RecognizerResult]:
        out = []
        pos = 0
        while True:  # overlapping tries: "lives on the north side of Turjaška 46" fails at "lives on"
            m = _RX.search(text, pos)
            if not m:
                break
            pos = m.start() + 1
            if not (m.group("strong") or m.group("house")) or not name_ok(m.group("name")):
                continue
            if m.group("at") and sum(c.isdigit() for c in m.group("house")) < 2:
                continue  # "is on 3 Ubuntu 22", "is at 2 Datacenter 7": counts, not house numbers
            if not _ends_well(text, m.end("street")):
                continue
            if m.group("strong") and _TECH_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                continue  # "IP address: …", "MAC address: …"
            out.append(RecognizerResult(self.ENTITY, m.start("street"), m.end("street"), 0.6))
            pos = m.end()
        for rx in (_FLAT, _STREET_WORD_AFTER, _TOWNED):  # what vouches for the street is in the pattern
            for m in rx.finditer(text):
                if name_ok(m.group("name")):
                    out.append(RecognizerResult(self.ENTITY, m.start(), m.end(), 0.6))
        for m in _NUMBERED.finditer(text):
            # the street type vouches for the name; what follows must be able to follow an address
            if name_ok(" ".join(m.group("name").split()[1:]), rare=False) and _ends_well(text, m.end()):
                out.append(RecognizerResult(self.ENTITY, m.start(), m.end(), 0.6))
        return out
