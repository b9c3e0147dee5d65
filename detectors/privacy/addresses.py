"""Address recognizers beyond the US "123 Main Street" form.

spaCy tags a city or country at best, and the US pattern in `recognizers` needs the
street type *after* the name. Agent traffic carries addresses from everywhere, so this
module adds the other common shapes, all real postal conventions (several were prompted
by misses on presidio-evaluator's generated data; no pattern copies its values): a street type before the name ("Rue de Genville 178", "Via Roma 12"),
a street word fused into the name ("Heirstraat 134", "Lumbyholmvej 46"), a unit on its
own ("Apt. 910", "Suite 339"), post-office boxes, US military addresses (PSC/Unit/CMR
… Box …, APO/FPO/DPO AA/AE/AP + ZIP), and postal codes after a state code or a cue word.
"""
from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer

from detectors.privacy.recognizers import _RegexRecognizer

_NUM = r"\d{1,5}[A-Za-z]?"
_WORD = r"(?!The\b)[A-ZÀ-Þ][\w'.-]{0,40}"  # bounded: "A-A-A-..." must not backtrack for ever
_PARTICLE = r"(?:de|du|des|del|della|di|da|do|dos|das|la|le|les|van|von|der|den|el|al)"
_NAME = rf"{_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_WORD}){{0,3}}"

# Street types written before the name (Romance languages, French, Greek, Slavic ...).
_PREFIX_TYPES = (
    "Rue|Route|Chemin|Avenue|Av\\.?|Avenida|Avda\\.?|Boulevard|Bd\\.?|Blvd\\.?|Allée|Place|Quai|Impasse|"
    "Via|Viale|Vicolo|Piazza|Piazzale|Largo|Corso|Strada|Calle|Carrer|Camino|Paseo|Plaza|Ronda|Travesía|"
    "Rua|Travessa|Estrada|Praça|Alameda|Ulica|ul\\.|Aleja|Odos|Odós|Leoforos"
)
# Street words fused into the name's last word (Germanic, Nordic, Dutch, Finnish,
# Hungarian, Czech/Slovak, Turkish).
_FUSED = (
    "straße|strasse|str\\.|weg|gasse|platz|allee|damm|ufer|"
    "vej|vejen|gatan|gata|vägen|veien|vegen|"
    "straat|laan|plein|kade|gracht|dreef|"
    "katu|kuja|"
    "utca|út|tér|ulice|náměstí|třída|cesta|sokak|sokağı|caddesi"
)
_UNIT = r"(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|Flat)\s*#?\s*\d{1,5}[A-Za-z]?"
_UNIT_AFTER = rf"(?:,?\s+{_UNIT})?"

PREFIX_STREET_RE = rf"\b(?:{_NUM}\s+)?(?:{_PREFIX_TYPES})\s+(?:{_PARTICLE}\s+)*{_NAME}\s+{_NUM}\b{_UNIT_AFTER}"
# At least four letters before the fused street word: "Spring 2024" and "Hattie 3" are no streets.
FUSED_STREET_RE = rf"\b(?:{_NUM}\s+)?(?:{_WORD}\s+){{0,2}}[A-ZÀ-Þ]\w{{3,40}}(?:{_FUSED})\s+{_NUM}\b{_UNIT_AFTER}"
# "Ufnau Strasse 11": the street word as a word of its own after the name.
# (Not "Street": "Wall Street 2"; the US pattern reads "12 Wall Street".)
SPLIT_STREET_RE = rf"\b(?:{_NUM}\s+)?{_NAME}\s+(?:Straße|Strasse|Str\.|Gasse|Weg|Platz|Allee)\s+{_NUM}\b{_UNIT_AFTER}"
# A unit on its own is part of an address; "Unit 5" is left out (course units, military units).
UNIT_RE = r"\b(?:Apt\.?|Apartment|Suite|Ste\.|Flat)\s*#?\s*\d{1,5}[A-Za-z]?\b(?!\s*%)"
PO_BOX_RE = r"\b(?:P\.?\s?O\.?\s*Box|Post\s+Office\s+Box|Postfach|Apartado)\s+\d{1,6}\b"
MILITARY_RE = (  # USPS forms: "PSC 1234, Box 5678", "USNS Comfort", then "APO AE 09012"
    r"\b(?:(?:PSC|Unit|CMR)\s+\d{3,5},?\s+Box\s+\d{3,5}|US(?:NS|S|CGC)\s+[A-Z][\w-]{0,30})"
    r"[\s,]{0,6}(?:APO|FPO|DPO)\s+A[AEP]\s+\d{5}\b"
)


def address_recognizers() -> list[EntityRecognizer]:
    """The street recognizer (case-sensitive: the patterns read capitalised names, and
    Presidio's default flags would ignore case) and the postal-code recognizer."""
    context = ["address", "live", "lives", "located", "deliver", "delivery", "street", "home", "billing", "shipping"]
    street = PatternRecognizer(
        supported_entity="STREET_ADDRESS",
        name="InternationalStreetRecognizer",
        patterns=[
            # Below the 0.35 threshold on their own ("Via Email 2", "Test Suite 3"): a context
            # word ("address", "shipping", "lives") lifts them.
            Pattern("street type first", PREFIX_STREET_RE, 0.3),
            Pattern("fused street word", FUSED_STREET_RE, 0.65),
            Pattern("street word after name", SPLIT_STREET_RE, 0.7),
            Pattern("po box", PO_BOX_RE, 0.7),
            Pattern("military", MILITARY_RE, 0.85),
            Pattern("unit alone", UNIT_RE, 0.3),
        ],
        context=context,
        global_regex_flags=re.MULTILINE,
    )
    return [street, ZipCodeRecognizer()]


US_STATE_CODES = (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
    "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP"
).split()


class ZipCodeRecognizer(_RegexRecognizer):
    """Postal codes after a two-letter state code or a cue word; the code alone is reported."""

    FLAGS = 0
    PATTERNS = [
        (r"\b(?:" + "|".join(US_STATE_CODES) + r")[ \t]*,?[ \t]+(\d{5}(?:-\d{4})?)\b", 0.6, 1),
        (r"(?i:\b(?:zip\s*code|zip\s*:|postal\s*code|post\s*code|postcode|plz\s*:))[ \t]*(?:is|#|:)?[ \t]*"
         r"([A-Z0-9]{2,5}(?:[ -][A-Z0-9]{2,4})?)\b", 0.8, 1),
        # A UK postcode has a shape of its own ("PH36 9QH", "SW1A 1AA"): outward code, space, digit, two letters.
        (r"(?<![\w-])((?:[A-Z]{1,2}\d[A-Z\d]?)[ \t]\d[ABD-HJLNP-UW-Z]{2})(?![\w-])", 0.5, 1),
    ]

    def __init__(self):
        super().__init__("ZIP_CODE")

    def validate(self, text: str) -> bool:
        return any(c.isdigit() for c in text)


# The rest of an address on the same line after the street: units, the town, a state code,
# the postal code and the country ("…Hadikgasse 49 Apt. 542 KÖTTMANNSDORF Austria",
# "…181 Heb Place, Prádena del Rincón, Spain"). A whole address is one entity: the town
# and postcode next to a street name where someone lives.
_TAIL_UNIT = re.compile(rf"[ \t]*,?[ \t]*{_UNIT}\b")
_TAIL_CODE = re.compile(r"[ \t]*,?[ \t]*(?:[A-Z]{2}[ \t]+)?(?:\d{4,5}(?:-\d{3,4})?|\d{3}[ \t]\d{2}|[A-Z]{1,2}\d[\dA-Z]?[ \t]\d[A-Z]{2})\b")
_TAIL_STATE = re.compile(r"[ \t]*,?[ \t]*[A-Z]{2}\b(?![\w'-])")
_TOWN_WORD = r"[^\W\d_](?:[^\W\d_]|['’-]){0,40}"
_TOWN = rf"(?P<town>{_TOWN_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_TOWN_WORD}){{0,3}})"
_TAIL_TOWN = re.compile(rf"(?P<sep>[ \t]*,[ \t]*|[ \t]+){_TOWN}")


def _town_ok(town: str) -> bool:
    words = town.split()
    return all(w[:1].isupper() or re.fullmatch(_PARTICLE, w) for w in words) and words[-1][:1].isupper()


def _address_goes_on(text: str, pos: int, comma: bool) -> bool:
    """After a town: a code, a state, a country, or (after a comma, or for a town in capitals)
    the end of the line or sentence."""
    from detectors.privacy.gazetteer import country_at

    sep = re.match(r"[ \t]*,?[ \t]*", text[pos:]).end()
    if _TAIL_CODE.match(text, pos) or _TAIL_STATE.match(text, pos) or country_at(text, pos + sep):
        return True
    return comma and re.match(r"[ \t]*(?:[,;)]|[.?!](?:\s|$)|$|\n)", text[pos:]) is not None


def address_tail(text: str, end: int) -> int:
    """Where the address that has a street ending at `end` ends on its line."""
    from detectors.privacy.gazetteer import country_at

    pos, towns = end, 0
    while pos < len(text):
        m = _TAIL_UNIT.match(text, pos) or _TAIL_CODE.match(text, pos)
        if m:
            pos = m.end()
            continue
        sep = re.match(r"[ \t]*,?[ \t]*", text[pos:]).end()
        c = country_at(text, pos + sep)
        if c:
            pos = c
            continue
        m = _TAIL_TOWN.match(text, pos) if towns < 2 else None
        if m:
            comma = "," in m.group("sep")
            town = m.group("town").split()
            # the longest run of words that is a town and that the address goes on after
            for k in range(len(town), 0, -1):
                t_end = text.index(town[k - 1], m.start("town") + len(" ".join(town[:k - 1]))) + len(town[k - 1])
                name = text[m.start("town"):t_end]
                caps = name.upper() == name
                if _town_ok(name) and _address_goes_on(text, t_end, comma or caps):
                    pos, towns = t_end, towns + 1
                    break
            else:
                m = None
            if m:
                continue
        if towns and _TAIL_STATE.match(text, pos):
            pos = _TAIL_STATE.match(text, pos).end()
            continue
        break
    return pos


def extend_addresses(text: str, results: list) -> list:
    """STREET_ADDRESS results grown over the rest of their address on the same line."""
    from presidio_analyzer import RecognizerResult

    out = []
    for r in results:
        if r.entity_type == "STREET_ADDRESS":
            end = address_tail(text, r.end)
            if end > r.end:
                r = RecognizerResult(r.entity_type, r.start, end, r.score, r.analysis_explanation,
                                     r.recognition_metadata)
        out.append(r)
    return out
