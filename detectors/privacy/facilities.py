"""Towns named in a facility's name: "Keaau Country Club", "Larnaka bridge", "University of Szczecin".

The small model reads the whole phrase as a company, or the town as a person ("Larnaka
bridge is falling down" -> PERSON), so the town, which says where someone was, goes
unredacted by default. The town is reported as LOCATION and the model's span over the
phrase gives way to it. A name that opens with a listed given name ("John Wayne Airport")
or is all English words ("Tower Bridge", "University of Applied Sciences") is left alone.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, List

from presidio_analyzer import RecognizerResult

from detectors.privacy.base import NAME_ENTITY_TYPES, TextRecognizer

# Lower-case "bridge": "Kafka Bridge", "MQTT Bridge" are software; airports and harbours also name
# products and rides ("Kubernetes Harbor", "Lyft airport ride").
_FACILITY_AFTER = re.compile(
    r"[ \t]+(?:Country[ \t]+Club|Golf[ \t]+(?:Club|Course)|bridge(?![ \t]+(?:mode|network|interface|driver))"
    r"|[Tt]own[ \t]+[Hh]all)(?![\w-])")
_FACILITY_BEFORE = re.compile(r"\bUniversity[ \t]+of[ \t]+")
_WORD = re.compile(r"[^\s,;:()\"“”]+")
_PARTICLE = re.compile(r"(?:de|da|do|dos|das|del|della|di|du|la|le|van|von|y)")  # not "an", "am", "en"
_LEAD = {"the", "a", "an", "our", "my", "this", "that", "at", "in", "on", "from", "to", "near", "where", "when"}


def _words_before(text: str, pos: int) -> tuple[int, int] | None:
    """The run of capitalised words (up to four with a place particle among them) that ends right
    before `pos` on its line, without a leading article or particle."""
    line_start = text.rfind("\n", 0, pos) + 1
    words: list[re.Match] = []
    edge = pos
    for w in reversed(list(_WORD.finditer(text, max(line_start, pos - 80), pos))):
        particle = words and _PARTICLE.fullmatch(w.group())  # "Feira de Santana"
        if len(words) == 4 or not (w.group()[:1].isupper() or particle) or text[w.end():edge].strip():
            break
        words.append(w)
        edge = w.start()
    while words and (words[-1].group().lower() in _LEAD or _PARTICLE.fullmatch(words[-1].group())):
        words.pop()
    return (words[-1].start(), words[0].end()) if words else None


def _words_after(text: str, pos: int) -> tuple[int, int] | None:
    """The run of up to three capitalised words that starts at `pos` on its line, up to a given name."""
    from detectors.privacy.surnames import is_given_name

    words: list[re.Match] = []
    edge = pos
    for w in _WORD.finditer(text, pos, pos + 80):
        if len(words) == 3 or not w.group()[:1].isupper() or text[edge:w.start()].strip() or "\n" in text[edge:w.start()]:
            break
        if words and is_given_name(w.group()):
            break  # "University of Helsinki Mikko Virtanen": a person follows
        words.append(w)
        edge = w.end()
    return (words[0].start(), words[-1].end()) if words else None


@lru_cache(maxsize=16)
def facility_towns(text: str) -> tuple[tuple[int, int, int, int], ...]:
    """(town start, town end, phrase start, phrase end) of each town named in a facility's name:
    up to three capitalised words right before the facility word, or right after "University of"."""
    from detectors.privacy.places import all_common_words, town_shaped
    from detectors.privacy.surnames import is_given_name

    found = []
    for m in _FACILITY_AFTER.finditer(text):
        town = _words_before(text, m.start())
        if town:
            found.append((*town, town[0], m.end()))
    for m in _FACILITY_BEFORE.finditer(text):
        town = _words_after(text, m.end())
        if town:
            found.append((*town, m.start(), town[1]))
    out = []
    for ts, te, ps, pe in found:
        name = text[ts:te].rstrip(".")
        if name and not all_common_words(name) and not is_given_name(name.split()[0]) and town_shaped(name) \
                and not re.fullmatch(r"[A-Z0-9]{1,4}", name):  # "OVS bridge", "VLAN bridge"
            out.append((ts, ts + len(name), ps, max(pe, ts + len(name))))
    return tuple(out)


class FacilityTownRecognizer(TextRecognizer):
    """LOCATION for a town named in a facility's name."""

    ENTITY = "LOCATION"

    def analyze(self, text: str, entities: List[str], nlp_artifacts=None) -> List[RecognizerResult]:
        return [RecognizerResult("LOCATION", s, e, 0.6) for s, e, _, _ in facility_towns(text)]


def without_facility_names(text: str, results: list[Any]) -> list[Any]:
    """Drop the name spans over a facility phrase other than its town's LOCATION."""
    phrases = facility_towns(text)
    if not phrases:
        return results
    return [r for r in results if r.entity_type not in NAME_ENTITY_TYPES or not any(
        r.start < pe and ps < r.end and not (r.entity_type == "LOCATION" and (r.start, r.end) == (ts, te))
        for ts, te, ps, pe in phrases)]
