"""Country and US-state names as LOCATION, for where the small NER model fails.

en_core_web_sm tags "Cyprus" as a PRODUCT and "Gudhjem\\nDenmark" as one PERSON; a
country named in a record says where someone lives. The list is the ISO 3166 short
names in English plus common alternative forms and the US states: generic
geography, not drawn from any evaluation data. Written as in the text, in title case
or all capitals.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import List

from presidio_analyzer import RecognizerResult

from detectors.privacy.base import TextRecognizer
from detectors.privacy.words import PLACE_PARTICLES

COUNTRIES = """
Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria|Azerbaijan|
Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia and Herzegovina|Botswana|
Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cabo Verde|Cape Verde|Cambodia|Cameroon|Canada|Central African Republic|
Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|Côte d'Ivoire|Ivory Coast|Croatia|Cuba|Cyprus|Czech Republic|
Czechia|Denmark|Djibouti|Dominica|Dominican Republic|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|
Eswatini|Swaziland|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Greenland|Grenada|
Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hong Kong|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|
Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|
Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Macau|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|
Marshall Islands|Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|
Myanmar|Burma|Namibia|Nauru|Nepal|Netherlands|The Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|
North Macedonia|Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|
Poland|Portugal|Puerto Rico|Qatar|Romania|Russia|Russian Federation|Rwanda|Saint Kitts and Nevis|Saint Lucia|
Saint Vincent and the Grenadines|Samoa|San Marino|Sao Tome and Principe|Saudi Arabia|Senegal|Serbia|Seychelles|
Sierra Leone|Singapore|Slovakia|Slovenia|Solomon Islands|Somalia|South Africa|South Korea|Korea|South Sudan|Spain|
Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Timor-Leste|East Timor|Togo|
Tonga|Trinidad and Tobago|Tunisia|Turkey|Türkiye|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|UAE|
United Kingdom|UK|Great Britain|England|Scotland|Wales|Northern Ireland|United States|United States of America|USA|
Uruguay|Uzbekistan|Vanuatu|Vatican City|Venezuela|Vietnam|Viet Nam|Yemen|Zambia|Zimbabwe
"""
# The countries' own names, as addresses written in the country give them.
ENDONYMS = """
Deutschland|Österreich|Schweiz|Suisse|Svizzera|España|Italia|Nederland|België|Belgique|Sverige|Norge|Danmark|
Suomi|Ísland|Éire|Polska|Česko|Česká republika|Slovensko|Magyarország|România|Hrvatska|Slovenija|Srbija|Lietuva|
Latvija|Eesti|Ελλάδα|Κύπρος|Россия|Україна|Brasil|México|Perú|Türkiye
"""
US_STATES = """
Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|
Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|
Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|
Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|
West Virginia|Wisconsin|Wyoming
"""


def _names(block: str) -> list[str]:
    return [n.strip() for n in block.replace("\n", "").split("|") if n.strip()]


# Ambiguous with ordinary words or given names ("Jordan", "TURKEY DINNER", "MAINE COON"):
# left to the model.
_AMBIGUOUS = {"Georgia", "Jordan", "Chad", "Niger", "Guinea", "Turkey", "Korea", "Washington", "Virginia", "Maine",
              "Dominica", "Congo"}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    names = _names(COUNTRIES) + _names(ENDONYMS) + _names(US_STATES)
    kept = [n for n in names if n not in _AMBIGUOUS]
    forms = set(kept) | {n.upper() for n in kept if len(n) > 3}
    # Grouped by first character, longest first within each group: the same matches (no two
    # groups can match at one place), but `re` tries one group per position, not 583 names.
    groups: dict[str, list[str]] = {}
    for n in sorted(forms, key=len, reverse=True):
        groups.setdefault(n[0], []).append(n[1:])
    alt = "|".join(f"{re.escape(c)}(?:{'|'.join(map(re.escape, rest))})" for c, rest in groups.items())
    # Not when a capitalised word follows on the line: "Texas Toast", "Indiana Jones",
    # "India Pale Ale" are no places ("Czech Republic 45098", "Brazil\n" are).
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])(?![ \t]+[A-ZÀ-Þ][a-zà-ÿ])")


def country_at(text: str, pos: int) -> int | None:
    """End of the country or state name that starts at `pos`, if one does."""
    m = _pattern().match(text, pos)
    return m.end() if m else None


def is_place_name(text: str) -> bool:
    """Is the whole text one country or US-state name?"""
    return _pattern().fullmatch(text.strip()) is not None


# A postal code written before the town ("101 Reykjavík", "00-950 Warszawa", "D-10115 Berlin").
CODE_BEFORE_TOWN = r"(?:\d{2}-\d{3}|\d{3}[ \t]\d{2}|\d{3,5}|[A-Z]{1,2}-\d{4,5})"
# Marks some sources put before each line of a block ("??? ", "}}", "> ", "- ").
LINE_MARKS = "?}>*-–•·|"
# A line of an address block: up to four words, each opening with a capital (particles and
# a district letter allowed: "Ždár nad Sázavou", "København K"), after any list or quote marks.
_CITY_LINE = re.compile(
    rf"^[^\w\n]*(?P<city>(?:{CODE_BEFORE_TOWN}[ \t]+)?[^\W\d_][\w'’.-]*(?:[ \t]+(?:[a-zà-ÿ]{{1,4}}[ \t]+)?[^\W_][\w'’.-]*){{0,3}})[ \t]*$", re.M)


_PARTICLE = re.compile(rf"{PLACE_PARTICLES}|[A-Z]")  # or a district letter ("København K")
# Postal codes written next to a country: UK ("SO14 3TY"), Canadian ("H2X 3Y3"), Polish
# ("80-831"), and digits with an optional letter prefix or second part ("45098", "1000-001").
POSTAL_CODE = (r"(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|\d{2}-\d{3}"
           r"|(?:[A-Z]{1,3}[ -]?)?\d{3,6}(?:[ -]\d{2,4})?)")
# A line may end in the quotes and brackets of the JSON or code it sits in.
_LINE_TAIL = r"""[ \t]*["'}\],]*[ \t]*(?=\r?\n|$)"""
_COUNTRY_LINE_END = re.compile(rf"[ \t]*(?:{POSTAL_CODE}|\([^)\n]*\)?)?{_LINE_TAIL}")


# The line above a town in an address is a street or unit line: one the street recognizers
# read (`addresses.address_line_re`), looked at over its last 200 characters.
_POSTCODE_FIRST = re.compile(rf"{CODE_BEFORE_TOWN}[ \t]+(?=[^\W\d_])")


def city_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the towns on the town lines of postal addresses (see `town_lines`), and of the
    towns and region codes of region lines (see `region_lines`)."""
    return [town for town, _ in town_lines(text)] + list(region_lines(text))


_TOWN = r"[^\W\d_][\w'’.-]*(?:[ \t]+(?:[a-zà-ÿ]{1,4}[ \t]+)?[^\W\d_][\w'’.-]*){0,3}"
_REGION = r"[A-Z]{2,3}"
# "Fremont CA 94539", "Lachute QC J8H 2J7", "Viseu VI 3500-037": town, region code and postal
# code on the line under a street; or each on a line of its own ("Várbalog\nGS\n9243").
_REGION_CODE = rf"(?:\d{{4}}[ \t][A-Z]{{2}}|{POSTAL_CODE})"  # and the Dutch "2151 DK"
_REGION_LINE = re.compile(
    rf"^[^\w\n]*(?P<town>{_TOWN})[ \t,]+(?P<region>{_REGION})[ \t]+(?P<code>{_REGION_CODE}){_LINE_TAIL}", re.M)
_REGION_STACK = re.compile(
    rf"^[ \t]*(?P<town>{_TOWN})[ \t]*\r?\n[ \t]*(?P<region>{_REGION})[ \t]*\r?\n[ \t]*(?P<code>{_REGION_CODE}){_LINE_TAIL}", re.M)


@lru_cache(maxsize=16)
def _region_line_matches(text: str) -> tuple[tuple[tuple[int, int], tuple[int, int], tuple[int, int]], ...]:
    """(town, region code, postal code) spans of the region lines under a street or unit line."""
    from detectors.privacy.addresses import US_STATE_CODES, address_line_re
    from detectors.privacy.given_names import _PLACE_TAILS
    from detectors.privacy.places import all_common_words

    out = []
    for rx in (_REGION_LINE, _REGION_STACK):
        for m in rx.finditer(text):
            town = m.group("town")
            if not all(w[:1].isupper() or _PARTICLE.fullmatch(w) for w in town.split()) or is_place_name(town):
                continue
            words = town.lower().split()
            if len(words) > 1 and all_common_words(town) and not _PLACE_TAILS.intersection(words) \
                    and m.group("region") not in US_STATE_CODES:
                continue  # "Release Notes QA 1234": English words, no town (but "Salt Lake City", "San Jose CA")
            if address_line_re().search(_line_before(_text_above(text, m.start()))):
                out.append((m.span("town"), m.span("region"), m.span("code")))
    return tuple(out)


def region_lines(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the town and the region code of an address's region line: under a street or
    unit line, a town, a two- or three-letter region code and a postal code, on one line or
    on three. The region code alone would be any acronym; the line above vouches for it."""
    return tuple(dict.fromkeys(span for town, region, _ in _region_line_matches(text) for span in (town, region)))


def region_line_codes(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the postal codes that close the region lines of `region_lines`."""
    return tuple(dict.fromkeys(code for _, _, code in _region_line_matches(text)))


@lru_cache(maxsize=16)  # three recognizers and the span tidy-up ask for the same chunk
def town_lines(text: str) -> tuple[tuple[tuple[int, int], tuple[int, int] | None], ...]:
    """(town span, postal code span or None) of the town lines of postal addresses.

    Addresses put the town on the line before the country, under the street or unit line
    ("Apt. 322\nEnnajah\nTunisia 62496"), or write the postal code first ("101 Reykjavík\n
    Iceland"); the small model calls such towns people or companies, or misses them. A
    heading above a country ("Quarterly Report\nGermany") has neither.
    """
    from detectors.privacy.addresses import address_line_re
    from detectors.privacy.names import _ORG_WORDS

    out = []
    for m in _CITY_LINE.finditer(text):
        city_start = m.start("city")
        code = _POSTCODE_FIRST.match(text, city_start)
        if code:
            city_start = code.end()
        city = text[city_start:m.end("city")]
        words = city.split()
        if not words or not words[0][:1].isupper() or is_place_name(city):
            continue
        if not all(w[:1].isupper() or _PARTICLE.fullmatch(w) for w in words[1:]):
            continue
        if any(w.lower().strip(".,") in _ORG_WORDS for w in words):
            continue
        if _country_line(text, m.end()) is None:
            continue
        above = _text_above(text, m.start())
        if address_line_re().search(_line_before(above)) or _named_above(above, city):
            out.append(((city_start, m.end("city")), (code.start(), code.start() + len(code.group(0).rstrip())) if code else None))
    return tuple(out)


def _text_above(text: str, line_start: int) -> str:
    """Up to 200 characters before the line that starts at `line_start`, without that line's
    own line break: the last line of it is the line above (blank, if one is)."""
    above = text[max(0, line_start - 201):line_start].rstrip(" \t\r")
    return above[:-1] if above.endswith("\n") else above


def _line_before(above: str) -> str:
    return above[above.rfind("\n") + 1:]


def _named_above(above: str, town: str) -> bool:
    """A person's name on the last non-blank line above a town line ("Paul Waechter\n\nJestetten\n
    Germany": a name, a town, a country); the town no run of English words ("Sales Manager")."""
    from detectors.privacy.names import common_words, looks_like_a_person

    lines = above.rstrip().rsplit("\n", 1)
    name = lines[-1].strip(f" \t\r{LINE_MARKS}")
    vocab = common_words()
    english = town.upper() != town and all(w.lower() in vocab for w in town.split())
    return bool(name) and looks_like_a_person(name) and not english


def _country_line(text: str, pos: int) -> re.Match[str] | None:
    """The country on the next non-blank line after `pos` (the end of a town line), if that
    line holds a country and at most a postal code or a note in brackets."""
    end = pos
    while text[end:end + 1] == "\r":
        end += 1
    if text[end:end + 1] != "\n":
        return None
    while end < len(text) and text[end] in " \t\r\n":
        end += 1  # blank lines
    while end < len(text) and text[end] in LINE_MARKS + " \t":
        end += 1  # marks before the country, on its own line
    country = _pattern().match(text, end)
    return country if country and _COUNTRY_LINE_END.match(text, country.end()) else None


# A postal code after the country, closing the line ("Czech Republic 45098", "Portugal 1000-001").
_CODE_AFTER_COUNTRY = re.compile(rf"[ \t]+({POSTAL_CODE}){_LINE_TAIL}")


def country_line_code(text: str, town_end: int) -> tuple[int, int] | None:
    """The postal code closing the country line under the town line that ends at `town_end`."""
    country = _country_line(text, town_end)
    code = country and _CODE_AFTER_COUNTRY.match(text, country.end())
    return code.span(1) if code else None


# "support Paychex in NORSBORG 145 46 in its mission", "our office in Vienna 1010.": a town
# after a preposition, then a postal code that ends the phrase. A four-digit code that could
# be a year ("in Berlin 1990") is none.
_TOWN_THEN_CODE = re.compile(
    r"\b(?:in|at|near|from)[ \t]+(?P<town>[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,2})[ \t]+"
    r"(?P<code>\d{5}|\d{3}[ \t]\d{2}|\d{4}[ \t][A-Z]{2}|\d{2}-\d{3}|(?!1[89]\d\d|20\d\d)\d{4}"
    r"|[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}|[A-Z]\d[A-Z][ \t]\d[A-Z]\d)"
    r"(?=[ \t]*(?:[,.;:)]|$)|[ \t]+(?:[a-z]|\())", re.M)


@lru_cache(maxsize=16)
def towns_before_codes(text: str) -> tuple[tuple[tuple[int, int], tuple[int, int], bool], ...]:
    """(town, postal code, known) spans of a town named with its postal code in running text.
    Every word of the town is capitalised. `known` is True only for a town in capitals, as postal
    addresses write them; any other counts only where the model reads a place ("in Vienna 1010",
    not "in Room 12345", "in Postgres 5432", "in JIRA 12345")."""
    from detectors.privacy.places import all_common_words, town_shaped

    out = []
    for m in _TOWN_THEN_CODE.finditer(text):
        town = m.group("town")
        if all(w[:1].isupper() for w in town.split()) and town_shaped(town):
            # a postal-style town in capitals ("in NORSBORG 145 46"); not "in JIRA 12345"
            out.append((m.span("town"), m.span("code"), town.isupper() and len(town) >= 5 and not all_common_words(town)))
    return tuple(out)


def country_spans(text: str) -> list[tuple[int, int]]:
    return list(_country_spans(text))


@lru_cache(maxsize=16)
def _country_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in _pattern().finditer(text))


def place_spans(text: str) -> list[tuple[int, int]]:
    """Country and state names, and town lines of addresses, in `text`."""
    return country_spans(text) + city_lines(text)


class PlaceNameRecognizer(TextRecognizer):
    """LOCATION for country and US-state names, and for the town line above one."""

    ENTITY = "LOCATION"

    def analyze(self, text: str, entities: List[str], nlp_artifacts=None) -> List[RecognizerResult]:
        found = [RecognizerResult("LOCATION", s, e, 0.6) for s, e in country_spans(text)]
        found += [RecognizerResult("LOCATION", s, e, 0.5) for s, e in city_lines(text)]
        return found + [RecognizerResult("LOCATION", *town, 0.5) for town, _, known in towns_before_codes(text) if known]
