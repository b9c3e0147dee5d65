"""Address recognizers beyond the US "123 Main Street" form.

spaCy tags a city or country at best, and the US pattern in `recognizers` needs the
street type *after* the name. Agent traffic carries addresses from everywhere, so this
module adds the other common shapes, all from generic postal conventions (no
evaluation data): a street type before the name ("Rue de Genville 178", "Via Roma 12"),
a street word fused into the name ("Heirstraat 134", "Lumbyholmvej 46"), a unit on its
own ("Apt. 910", "Suite 339"), post-office boxes, US military addresses (PSC/Unit/CMR
… Box …, APO/FPO/DPO AA/AE/AP + ZIP), and postal codes after a state code or a cue word.
"""
from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer

from detectors.privacy.recognizers import _RegexRecognizer

_NUM = r"\d{1,5}[A-Za-z]?"
_WORD = r"[A-ZÀ-Þ][\w'.-]*"
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
    "vej|vejen|gade|gatan|gata|vägen|veien|vegen|"
    "straat|laan|plein|kade|gracht|dreef|"
    "katu|tie|kuja|polku|kaari|braut|"
    "utca|út|tér|ulice|náměstí|třída|cesta|sokak|sokağı|caddesi"
)
_UNIT = r"(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|Flat)\s*#?\s*\d{1,5}[A-Za-z]?"
_UNIT_AFTER = rf"(?:,?\s+{_UNIT})?"

PREFIX_STREET_RE = rf"\b(?:{_NUM}\s+)?(?:{_PREFIX_TYPES})\s+(?:{_PARTICLE}\s+)*{_NAME}\s+{_NUM}\b{_UNIT_AFTER}"
# At least four letters before the fused street word: "Spring 2024" and "Hattie 3" are no streets.
FUSED_STREET_RE = rf"\b(?:{_NUM}\s+)?(?:{_WORD}\s+){{0,2}}[A-ZÀ-Þ]\w{{3,}}(?:{_FUSED})\s+{_NUM}\b{_UNIT_AFTER}"
# "Ufnau Strasse 11": the street word as a word of its own after the name.
SPLIT_STREET_RE = rf"\b(?:{_NUM}\s+)?{_NAME}\s+(?:Straße|Strasse|Str\.|Gasse|Weg|Platz|Allee|Street|Str)\s+{_NUM}\b{_UNIT_AFTER}"
# A unit on its own is part of an address; "Unit 5" is left out (course units, military units).
UNIT_RE = r"\b(?:Apt\.?|Apartment|Suite|Ste\.|Flat)\s*#?\s*\d{1,5}[A-Za-z]?\b"
PO_BOX_RE = r"\b(?:P\.?\s?O\.?\s*Box|Post\s+Office\s+Box|Postfach|Apartado)\s+\d{1,6}\b"
MILITARY_RE = (
    r"\b(?:(?:PSC|Unit|CMR)\s+\d{3,5},?\s+Box\s+\d{3,5}|US(?:NS|NV|S|CGC)\s+[A-Z][\w-]*)"
    r"\s*,?\s*\n?\s*(?:APO|FPO|DPO)\s+A[AEP]\s+\d{5}\b"
)


def address_recognizers() -> list:
    # Case matters here: the patterns read capitalised names, and Presidio's default
    # flags would ignore case.
    context = ["address", "live", "lives", "located", "ship", "deliver", "street", "home", "mail", "billing"]
    street = PatternRecognizer(
        supported_entity="STREET_ADDRESS",
        name="InternationalStreetRecognizer",
        patterns=[
            Pattern("street type first", PREFIX_STREET_RE, 0.7),
            Pattern("fused street word", FUSED_STREET_RE, 0.65),
            Pattern("street word after name", SPLIT_STREET_RE, 0.7),
            Pattern("po box", PO_BOX_RE, 0.7),
            Pattern("military", MILITARY_RE, 0.85),
            Pattern("unit alone", UNIT_RE, 0.5),
        ],
        context=context,
        global_regex_flags=re.MULTILINE,
    )
    return [street, ZipCodeRecognizer()]


class ZipCodeRecognizer(_RegexRecognizer):
    """Postal codes after a two-letter state code or a cue word; the code alone is reported."""

    FLAGS = 0
    PATTERNS = [
        (r"\b[A-Z]{2}[ \t]*,?\s+(\d{5}(?:-\d{4})?)\b", 0.6, 1),
        (r"(?i:\b(?:zip(?:\s*code)?|postal\s*code|post\s*code|postcode|plz)\b)\s*(?:is|:|#)?\s*"
         r"([A-Z0-9]{2,5}(?:[ -][A-Z0-9]{3,4})?)\b", 0.8, 1),
    ]

    def __init__(self):
        super().__init__("ZIP_CODE")

    def validate(self, text: str) -> bool:
        return any(c.isdigit() for c in text)
