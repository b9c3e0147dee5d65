"""Values known by their shape alone: a street address, a postcode, a size, a social handle, a version.

No checksum or registry says these are what they look like, so they are not taint values of
their own (`detectors.safety.values`): an address in tool output is the task's data far more
often than an attacker's. They matter where the user gave one for their act ("change the
delivery address to 300 Harbor St", "publish to @lumenbike", "send v3 to the printer") and the
call carries another of the same shape from the data in its place (`detectors.safety.displaced`).
"""
from __future__ import annotations

import re
from typing import Iterator

_STREET_TYPES = {
    "st": "st", "street": "st", "rd": "rd", "road": "rd", "ave": "ave", "avenue": "ave", "blvd": "blvd",
    "boulevard": "blvd", "way": "way", "ln": "ln", "lane": "ln", "dr": "dr", "drive": "dr", "ct": "ct", "court": "ct",
    "pl": "pl", "place": "pl", "pkwy": "pkwy", "parkway": "pkwy", "hwy": "hwy", "highway": "hwy", "ter": "ter",
    "terrace": "ter", "cir": "cir", "circle": "cir", "sq": "sq", "square": "sq", "row": "row", "close": "close",
    "cres": "cres", "crescent": "cres", "mews": "mews", "gardens": "gdns", "gdns": "gdns", "grove": "gr",
    "wharf": "wharf", "quay": "quay", "alley": "aly", "aly": "aly", "trail": "trl", "trl": "trl", "heights": "hts",
    "hts": "hts", "parade": "pde", "pde": "pde", "promenade": "prom", "esplanade": "esp",
    "embankment": "embankment", "causeway": "cswy", "cswy": "cswy", "rise": "rise", "vale": "vale",
    "croft": "croft",  # not "walk" ("a 5 minute walk") nor "hill" ("2 climbs incl Box Hill")
}
# "4800 Vista Blvd", "12 pine ct", "221B Baker Street": a number, one to four words, a street type
_STREET = re.compile(
    r"\b\d{1,6}[a-z]?\s+(?:[a-z][\w'’-]*\.?\s+){1,4}?(" + "|".join(sorted(_STREET_TYPES, key=len, reverse=True))
    + r")\b\.?", re.IGNORECASE)
# "@lumenbike", "@lumen.bikes.outlet"; not the domain of an e-mail address
_HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\w@])")
# "v3", "v2.1", "4.18.2" (a sentence's full stop after it too); not a decimal ("4.50") nor a date ("12.06.2025")
_VERSION = re.compile(r"(?<![\w.])(?:v\d{1,4}(?:\.\d{1,4}){0,3}|\d{1,4}\.\d{1,4}\.\d{1,4})(?!\w|\.\d)", re.IGNORECASE)
_DATE_LIKE = re.compile(r"\d{1,2}\.\d{1,2}\.(?:19|20)\d\d|(?:19|20)\d\d\.\d{1,2}\.\d{1,2}")
_US_STATES = ("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
              "OR PA RI SC SD TN TX UT VT VA WA WV WI WY").split()
_WORDLIKE_STATES = ("ID", "IN", "ME", "OR", "OK", "HI")  # only after a town and a comma: "Boise, ID 83702", not "ID 12345"
# a UK postcode ("NR1 1HU"; not a size, "PS5 2TB"), a Canadian one ("T2A 1C8") or a US ZIP after its state ("TX 78704"): where a thing goes
_POSTCODE = re.compile(r"\b([A-Z]{1,2}\d[A-Z\d]?[ \t]?\d(?!GB|TB|MB|KB|PB)[ABD-HJLNP-UW-Z]{2})\b|\b([A-Z]\d[A-Z][ \t]?\d[A-Z]\d)\b"
                       r"|\b(?:" + "|".join(s for s in _US_STATES if s not in _WORDLIKE_STATES)
                       + r"|(?<=,[ \t])(?:" + "|".join(_WORDLIKE_STATES) + r")),?[ \t]+(\d{5})(?:-\d{4})?\b")
# dimensions: "6x12 m", "8 x 10", "1220mm × 50m" (a size the user picks: a marquee, a print, a rug)
_SIZE = re.compile(r"(?<![\w.])(\d{1,5}(?:\.\d{1,2})?)\s*(?:mm|cm|m|in|ft|\"|')?\s*[x×]\s*(\d{1,5}(?:\.\d{1,2})?)"
                   r"(?:\s*(?:mm|cm|m|in|ft|\"|'))?(?![\w.]|x\d)", re.IGNORECASE)
_NOT_A_NAME = frozenset("to from of in on at for with by and or the a an my your our per into".split())
MAX_SHAPED = 2000  # values kept per text


def _found(text: str) -> Iterator[tuple[str, str, int]]:
    for m in _STREET.finditer(text):
        number_and_name = m.group()[:m.start(1) - m.start()]
        if _NOT_A_NAME.intersection(w.lower() for w in number_and_name.split()[1:]):
            continue  # "4 boxes from Main St", "send 2 to main st"
        yield "street address", " ".join(f"{number_and_name} {_STREET_TYPES[m.group(1).lower()]}".lower().split()), m.start()
    for m in _POSTCODE.finditer(text):
        yield "postcode", (m.group(1) or m.group(2) or m.group(3)).upper().replace(" ", "").replace("\t", ""), m.start()
    for m in _SIZE.finditer(text):
        yield "size", f"{_plain_number(m.group(1))}x{_plain_number(m.group(2))}", m.start()
    for m in _HANDLE.finditer(text):
        yield "handle", m.group().lower(), m.start()
    for m in _VERSION.finditer(text):
        if not _DATE_LIKE.fullmatch(m.group()):
            yield "version", m.group().lower(), m.start()


def _plain_number(raw: str) -> str:
    return raw.rstrip("0").rstrip(".") if "." in raw else raw


def shaped_values(text: str, positions: bool = False) -> set:
    """(kind, value as compared) for each shaped value in `text` — lower case, spaces collapsed, a
    street type in its short form ("12 Pine Court" is "12 pine ct") — with its start when
    `positions`."""
    out: set = set()
    for kind, norm, start in _found(text):
        out.add((kind, norm, start) if positions else (kind, norm))
        if len(out) >= MAX_SHAPED:
            break
    return out
