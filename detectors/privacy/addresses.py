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
from functools import lru_cache

from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer

from detectors.privacy.recognizers import _RegexRecognizer

_NUM = r"\d{1,5}[A-Za-z]?"
_WORD = r"(?!The\b)[A-ZÀ-Þ][\w'.-]{0,40}"  # bounded: "A-A-A-..." must not backtrack for ever
_PARTICLE = r"(?:de|du|des|del|della|delle|degli|dei|di|da|do|dos|das|la|le|les|van|von|der|den|el|al)"
_NAME = rf"{_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_WORD}){{0,3}}"

# Street types written before the name (Romance languages, French, Greek, Slavic ...).
PREFIX_TYPES = (
    "Rue|Route|Chemin|Avenue|Av\\.?|Avenida|Avda\\.?|Boulevard|Bd\\.?|Blvd\\.?|Allée|Place|Quai|Impasse|"
    "Via|Viale|Vicolo|Piazza|Piazzale|Largo|Corso|Strada|Calle|Carrer|Camino|Paseo|Plaza|Ronda|Travesía|"
    "Rua|Travessa|Estrada|Praça|Alameda|Ulica|ul\\.|Aleja|Odos|Odós|Leoforos"
)
# Street words fused into the name's last word (Germanic, Nordic, Dutch, Finnish,
# Hungarian, Czech/Slovak, Turkish).
FUSED_WORDS = (
    "straße|strasse|str\\.|weg|gasse|platz|allee|damm|ufer|"
    "vej|vejen|gatan|gata|vägen|veien|vegen|"
    "straat|laan|plein|kade|gracht|dreef|"
    "katu|kuja|"
    "utca|út|tér|ulice|náměstí|třída|cesta|sokak|sokağı|caddesi"
)
# Unit words in English (also in capitals) and the common continental ones. "[ \t]*(?:#[ \t]*)?"
# and not "\s*#?\s*": two ways to split one space made a run of units backtrack exponentially.
UNIT_WORDS = r"Apt\.?|Apartment|Suite|Ste\.?|Unit|Flat|APT\.?|SUITE|UNIT|FLAT|Interno|Piso|Wohnung|Appartement|Apto\.?"
_UNIT = rf"(?:{UNIT_WORDS})[ \t]*(?:#[ \t]*)?\d{{1,5}}[A-Za-z]?"
# Only on the street's own line: a unit on the next line of a block is a span of its own (`blocks`).
_UNIT_AFTER = rf"(?:,?[ \t]+{_UNIT})?"
UNIT_LINE_RE = _UNIT

PREFIX_STREET_RE = rf"\b(?:{_NUM}\s+)?(?:{PREFIX_TYPES})\s+(?:{_PARTICLE}\s+)*{_NAME}\s+{_NUM}\b{_UNIT_AFTER}"
# French and Belgian order, number first and the type often in lower case ("88 rue du Maroc",
# "12 place de la Concorde"). Types that are English words too ("route", "place", "avenue",
# "Impasse") only before a particle: "12 place Settings", "101 route North", "Top 10 Boulevard
# Hotels" are no streets; nor is a number after the name ("3 Rue Verte 2 at half time").
_FR_PARTICLE = r"(?:de|du|des|la|le|les|l'|d')"
_NUMBER_FIRST_TYPES = (r"(?:[Rr]ue|[Cc]hemin|[Aa]llée|[Qq]uai"
                       rf"|(?:[Aa]venue|[Bb]oulevard|[Ii]mpasse|[Cc]ours|[Pp]lace|[Rr]oute)(?=[ \t]+{_FR_PARTICLE}))")
# Possessive: no shorter word to dodge the checks after it; a dot only inside ("St.-Jean"), not at the end.
_WHOLE_WORD = r"(?!The\b)[A-ZÀ-Þ](?:[\w'’-]|\.(?=\w)){0,40}+"
NUMBER_FIRST_STREET_RE = (rf"\b{_NUM}[ \t]+{_NUMBER_FIRST_TYPES}[ \t]+(?:{_FR_PARTICLE}(?:[ \t]+|(?<=')))*+"
                          rf"{_WHOLE_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?(?!(?:{UNIT_WORDS})\b){_WHOLE_WORD}){{0,3}}+"
                          rf"(?![ \t]+\d){_UNIT_AFTER}")
# At least four letters before the fused street word: "Spring 2024" and "Hattie 3" are no streets.
# The words before it stay on its line: the line above is a name ("Hans Müller\nLeopoldstraße 12").
FUSED_STREET_RE = rf"\b(?:{_NUM}\s+)?(?:{_WORD}[ \t]+){{0,2}}[A-ZÀ-Þ]\w{{3,40}}(?:{FUSED_WORDS})\s+{_NUM}\b{_UNIT_AFTER}"
# "Ufnau Strasse 11": the street word as a word of its own after the name.
# (Not "Street": "Wall Street 2"; the US pattern reads "12 Wall Street".)
SPLIT_STREET_RE = rf"\b(?:{_NUM}\s+)?{_NAME}\s+(?:Straße|Strasse|Str\.|Gasse|Weg|Platz|Allee)\s+{_NUM}\b{_UNIT_AFTER}"
# A unit on its own is part of an address; "Unit 5" is left out (course units, military units).
UNIT_RE = r"\b(?:Apt\.?|Apartment|Suite|Ste\.|Flat)[ \t]*(?:#[ \t]*)?\d{1,5}[A-Za-z]?\b(?![ \t]*%)"
PO_BOX_RE = r"\b(?:P\.?\s?O\.?\s*Box|Post\s+Office\s+Box|Postfach|Apartado)\s+\d{1,6}\b"
MILITARY_RE = (  # USPS forms: "PSC 1234, Box 5678", "USNS Comfort", then "APO AE 09012"
    r"\b(?:(?:PSC|Unit|CMR)\s+\d{3,5},?\s+Box\s+\d{3,5}|US(?:NS|NV|S|CGC)\s+[^\W\d_][\w-]{0,30})"
    r"[\s,]{0,6}(?:APO|FPO|DPO)\s+A[AEP]\s+\d{5}\b"
)


def _street_forms() -> list[str]:
    from detectors.privacy.recognizers import STREET_ADDRESS_RE

    return [PREFIX_STREET_RE, FUSED_STREET_RE, SPLIT_STREET_RE, NUMBER_FIRST_STREET_RE, PO_BOX_RE, STREET_ADDRESS_RE]


@lru_cache(maxsize=1)
def street_form_re() -> re.Pattern[str]:
    """A street written in one of the recognised street forms (a street-type word, a fused
    street word, a PO box, the US form) — not merely a capitalised name and a number."""
    return re.compile("|".join(f"(?:{f})" for f in _street_forms()))


@lru_cache(maxsize=1)
def address_line_re() -> re.Pattern[str]:
    """A street form, a unit or a box anywhere in a line, or a line of a name and a house
    number (for address blocks)."""
    forms = [*_street_forms(), UNIT_RE, r"\b(?:Unit|Box)\s*#?\s*\d{1,5}\b",
             # a line that is a name and a house number ("Hafnarstræti 5", "Storgatan 12"), not a year
             r"^[ \t]{0,8}[A-ZÀ-Þ][\w'’.-]{2,40}(?:[ \t][^\W\d_][\w'’.-]{0,40}){0,3}[ \t](?!(?:19|20)\d\d\b)\d{1,5}[A-Za-z]?(?:/\d{1,4})?[ \t]*$"]
    return re.compile("|".join(f"(?:{f})" for f in forms))


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
            Pattern("number, street type, name", NUMBER_FIRST_STREET_RE, 0.6),
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


_WORDLIKE_STATES = {"ID", "IN", "OR", "OK", "ME", "PR", "HI", "DE", "PA", "MA", "AS", "GA", "LA", "CO", "AL", "MI"}


class ZipCodeRecognizer(_RegexRecognizer):
    """Postal codes after a two-letter state code or a cue word; the code alone is reported."""

    FLAGS = 0
    PATTERNS = [
        # "Springfield, IL 62704", "SPRINGFIELD IL 62704": a town before the state; codes that are
        # also words ("ID 10452", "OK 20000", "PR 40211") only after a comma
        (r"(?:(?<![^\W\d_])[^\W\d_]{2,40},[ \t]{1,3}(?:" + "|".join(US_STATE_CODES) + r")|(?<![A-Z])[A-Z]{3,30}[ \t]{1,3}(?:"
         + "|".join(c for c in US_STATE_CODES if c not in _WORDLIKE_STATES) + r"))[ \t]{0,3},?[ \t]{1,3}(\d{5}(?:-\d{4})?)\b", 0.6, 1),
        (r"(?i:\b(?:zip\s*code|zip\s*:|postal\s*code|post\s*code|postcode|plz\s*:))[ \t]{0,3}(?:is|#|:)?[ \t]{0,3}"
         r"([A-Z0-9]{2,5}(?:[ -][A-Z0-9]{2,4})?)\b", 0.8, 1),
        # A UK postcode has a shape of its own ("PH36 9QH", "SW1A 1AA"): outward code, space, digit,
        # two letters; after a town or a comma, and not a size ("M2 8GB", "HD3 2XL").
        (r"(?:(?<=[^\W\d_]{3}[ \t])|(?<=,[ \t]))((?:[A-Z]{1,2}\d[A-Z\d]?)[ \t]\d(?!GB|TB|MB|KB|PB|XL|XS)"
         r"[ABD-HJLNP-UW-Z]{2})(?![\w-])", 0.5, 1),
    ]

    def __init__(self):
        super().__init__("ZIP_CODE")

    def validate(self, text: str) -> bool:
        return any(c.isdigit() for c in text)

    def analyze(self, text, entities, nlp_artifacts=None):
        from presidio_analyzer import RecognizerResult

        from detectors.privacy.gazetteer import country_line_code, region_line_codes, town_lines, towns_before_codes
        from detectors.privacy.places import all_common_words

        found = super().analyze(text, entities, nlp_artifacts)
        for (town_start, town_end), code in town_lines(text):
            if code:  # the postal code in front of the town on an address's town line ("101 Reykjavík")
                found.append(RecognizerResult("ZIP_CODE", *code, 0.6))
            # the code after the country under a town line ("Tallinn\nEstonia 53644"): not a year ("Germany
            # 2024"), a short number ("France 178") or under English words ("Enterprise Edition\nUSA 1299")
            code = country_line_code(text, town_end)
            value = text[code[0]:code[1]] if code else ""
            digits = sum(c.isdigit() for c in value)
            if code and digits >= 4 and not re.fullmatch(r"(?:1[89]|20)\d\d", value) \
                    and (digits >= 5 or not all_common_words(text[town_start:town_end])):
                found.append(RecognizerResult("ZIP_CODE", *code, 0.6))
        # the code closing a region line, or a stack of town, region and code lines ("ANDOVER\nTAS\n7120")
        found += [RecognizerResult("ZIP_CODE", s, e, 0.6) for s, e in region_line_codes(text)]
        places = {(e.start_char, e.end_char) for e in getattr(nlp_artifacts, "entities", None) or ()
                  if e.label_ in ("GPE", "LOC", "LOCATION")}  # Presidio renames the model's labels
        found += [RecognizerResult("ZIP_CODE", *code, 0.6) for town, code, known in towns_before_codes(text)
                  if known or town in places]
        # the code closing a "Town ST code" line under a street line ("…40th Street\nCalgary AB T2A 1C8")
        for m in _TOWN_REGION_CODE_LINE.finditer(text):
            above_end = text.rfind("\n", 0, m.start())
            above = text[text.rfind("\n", 0, max(above_end, 0)) + 1:max(above_end, 0)]
            town = m.group("town")
            if above_end > 0 and street_form_re().search(above) and _town_ok(town) and (
                    len(town.split()) == 1 or not all_common_words(town)):  # "Calgary", not "Release Notes"
                found.append(RecognizerResult("ZIP_CODE", *m.span("code"), 0.6))
        return found


_TOWN_REGION_CODE_LINE = re.compile(
    r"^[ \t]*(?P<town>[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,3})[ \t]+[A-Z]{2,3}[ \t]+"
    r"(?P<code>\d{4,5}(?:-\d{3,4})?|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2})[ \t]*$", re.M)


# The rest of an address on the same line after the street: units, the town, a state code,
# the postal code and the country ("…Hadikgasse 49 Apt. 542 KÖTTMANNSDORF Austria",
# "…181 Heb Place, Prádena del Rincón, Spain", "Keizersgracht 123, 1015 CJ Amsterdam"). A
# whole address is one entity: the town and postcode next to a street name where someone
# lives. Each piece must be what it looks like: a town is followed by a code, a state or a
# country, or the model reads it as a place; a code has a town, state or country next to it.
_SEP = re.compile(r"[ \t]{0,3}(?:,[ \t]{1,3})?")  # a comma glued to the next word is a field separator
_TAIL_UNIT = re.compile(rf"{_UNIT}\b")
_CODE = re.compile(
    r"(?:\d{5}(?:-\d{4})?|\d{4}(?:[ \t]?[A-Z]{2}(?![\w-]))?|\d{3}[ \t]\d{2}|\d{2}-\d{3}"
    r"|[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)(?![\w-])")
_STATE = re.compile(r"(?:" + "|".join(US_STATE_CODES) + r")(?![\w'-])")
_TOWN_WORD = r"[^\W\d_](?:[^\W\d_]|['’-]){0,40}"
_TOWN = re.compile(rf"{_TOWN_WORD}(?:[ \t](?:{_PARTICLE}[ \t])?{_TOWN_WORD}){{0,3}}")


def _town_ok(town: str) -> bool:
    from detectors.privacy.words import CALENDAR_WORDS

    words = town.split()
    return (all(w[:1].isupper() or re.fullmatch(_PARTICLE, w) for w in words) and words[-1][:1].isupper()
            and not any(w.lower() in CALENDAR_WORDS for w in words))


def _piece_at(text: str, pos: int) -> tuple[str, int] | None:
    """The address piece after the separator at `pos`: (kind, end)."""
    from detectors.privacy.gazetteer import country_at

    p = _SEP.match(text, pos).end()
    if p == pos and pos < len(text) and text[pos] not in " \t,":
        return None
    for kind, rx in (("unit", _TAIL_UNIT), ("code", _CODE), ("state", _STATE)):
        m = rx.match(text, p)
        if m:
            return kind, m.end()
    end = country_at(text, p)
    if end:
        return "country", end
    m = _TOWN.match(text, p)
    if m:
        return "town", m.end()
    return None


def _line_end_after(text: str, pos: int) -> bool:
    return re.match(r"[ \t]*(?:[,;)]|[.?!](?:\s|$)|$|\n)", text[pos:]) is not None


_UNIT_AT_END = re.compile(rf"{_UNIT}$")
# Words after a unit that open a sign-off or a field, not a town ("Suite 400 Attn Billing").
_NOT_TOWN_AFTER_UNIT = {"attn", "attention", "thanks", "thank", "regards", "please", "tel", "phone", "fax", "email",
                        "mobile", "cell", "call", "contact", "ref", "re", "cc", "note", "floor", "building"}


def address_tail(text: str, end: int, places: list[tuple[int, int]] = ()) -> int:
    """Where the address that has a street ending at `end` ends on its line.

    `places`: spans the model (or a gazetteer) reads as places, which vouch for a town.
    """
    from detectors.privacy.names import common_words
    from detectors.privacy.places import all_common_words

    pos, anchored, last = end, False, ""  # anchored: a town, state, code or country has been taken
    if _UNIT_AT_END.search(text, max(0, end - 24), end):
        last = "unit"  # the street took its unit ("…Commercial Street Apt. 401")
    while pos < len(text):
        piece = _piece_at(text, pos)
        if not piece:
            break
        kind, p_end = piece
        start = p_end - len(text[pos:p_end].lstrip(" \t,"))
        if kind in ("unit", "country"):
            pos, anchored, last = p_end, anchored or kind == "country", kind
            continue
        nxt = _piece_at(text, p_end)
        if kind in ("code", "state"):
            # "…, IL 62704", "…, 1015 CJ Amsterdam": a code or state sits next to a town,
            # state or country, or ends an address that already has one
            # "300 Park Ave 2024 Report": a number right after the street is no code without a comma
            glued = "," not in text[pos:start]
            if anchored or (nxt and nxt[0] in ("town", "state", "code", "country") and not (glued and kind == "code")):
                pos, anchored, last = p_end, True, kind
                continue
            break
        # a town: try its longest run of words first
        ends = [start + m.end() for m in re.finditer(r"\S+", text[start:p_end])]
        for t_end in reversed(ends):
            name = text[start:t_end]
            if not _town_ok(name):
                continue
            after = _piece_at(text, t_end)
            vouched = any(s < t_end and start < e for s, e in places)
            # "…, 10115 Berlin": a town after a postal code ends the address
            ends_line = _line_end_after(text, t_end)
            # "…Apt. 401 MOUNT MACEDON Victoria", "…Suite 145 Tarazona de Guareña SA": after a unit, a town
            # and its region that end the line (two words or more, the first no English word or in capitals)
            words = name.split()
            after_unit = (last == "unit" and len(words) >= 2 and words[0].lower().strip(".:,") not in _NOT_TOWN_AFTER_UNIT
                          and len(words[0]) >= 4 and not re.search(r"[a-z][A-Z]", name)
                          and ((words[0].isupper() or words[0].lower() not in common_words()) and not all_common_words(name)
                               or len(words) == 2 and re.fullmatch(r"[A-Z]{2,3}", words[1]) is not None))  # "Calgary AB"
            # or where the sentence goes on in lower case ("…Suite 778 GRÜNBACH NO in case of an issue")
            prose_after = re.match(r"[ \t]+[a-z]", text[t_end:t_end + 3]) is not None
            if (after and after[0] in ("code", "state", "country")) or (ends_line and (vouched or last == "code" or after_unit)) \
                    or (prose_after and after_unit):
                pos, anchored, last = t_end, True, kind
                break
        else:
            break
    return pos


# A town after a street and a comma that ends the sentence or line ("…Slovenčeva 62, Črni Kal"),
# when the address itself does not take it (it has no code, state or country to vouch for it).
_TOWN_AFTER = re.compile(rf",[ \t]+(?P<town>{_TOWN.pattern})(?=[ \t]*(?:[.?!;)]|\n|$))")
# The street is someone's address in so many words: a town after it overrides the model's person.
_ADDRESS_SAID = re.compile(r"\b(?:address|lives?|living|lived|moved|resides?|residing|home|located)\b", re.IGNORECASE)


def extend_addresses(text: str, results: list) -> list:
    """STREET_ADDRESS results grown over the rest of their address on the same line; a town
    after the street that the address does not take is a place, not the model's person or company."""
    from presidio_analyzer import RecognizerResult

    from detectors.privacy.places import all_common_words

    places = [(r.start, r.end) for r in results if r.entity_type == "LOCATION"]
    out, towns, said = [], [], []
    for r in results:
        if r.entity_type == "STREET_ADDRESS":
            end = address_tail(text, r.end, places)
            if end > r.end:
                r = RecognizerResult(r.entity_type, r.start, end, r.score, r.analysis_explanation,
                                     r.recognition_metadata)
            m = _TOWN_AFTER.match(text, r.end)
            if m and _town_ok(m.group("town")) and not all_common_words(m.group("town")) and \
                    not re.fullmatch(r"[A-Z]{2,4}", m.group("town")):  # "ASAP", "TBD", "OK"
                towns.append(m.span("town"))
                line_start = text.rfind("\n", 0, r.start) + 1
                said.append(_ADDRESS_SAID.search(text, line_start, r.start) is not None)
        out.append(r)
    if towns:
        out = [r for r in out if not (r.entity_type in ("PERSON", "ORGANIZATION", "NRP")
                                      and any(s < r.end and r.start < e and (ok or r.entity_type != "PERSON")
                                              for (s, e), ok in zip(towns, said)))]
        out += [RecognizerResult("LOCATION", s, e, 0.5) for s, e in towns]
    return out
