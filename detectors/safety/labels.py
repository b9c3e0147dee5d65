"""Values known by what they are called or by their make: "room 204", "order 18 panels", "a 15%
discount", "truck KX19 RTF", "LAV-HID-9".

A bare number says nothing of what it is; the word before it ("room 204", "username p.ivanova")
or the argument that carries it (`room_number`, `qty`, `discount_pct`) does. A code of letters
and digits says it by its make: "KX19" and "LD68" are plates alike, "LAV-HID-9" and "LAV-MUN-9"
SKUs. Where the user gave one for their act and the call carries another that tool output
spells, the data chose it (`detectors.safety.displaced`). Four kinds: `label:<word>` (the word
before a value with a digit, or a dotted or underscored name), `qty` (a number right after an
act's verb or with a unit: "order 18 panels", "40 kg"), `percent`, and `shape:<make>` (a code of letters and digits by
its `make`: "kx19" is `shape:aa99`, "lav-hid-9" `shape:lav-aaa-9`).
"""
from __future__ import annotations

import re
from datetime import datetime
from typing import Any, Iterator

from detectors.safety.orders import act_verbs, without_days
from detectors.safety.trust import name_parts
from detectors.safety.values import WORD_TENS, WORD_UNITS

# "room 204", "Room No. 204", "seat #14C", "gate: B12", "SKU ENPH-IQ8M-72": a word, then a token with a digit
_LABELLED = re.compile(r"\b([a-z]{2,20})(?:\s+(?:number|num|nr|no)\.?)?(?:\s*[:#]\s*|\s+(to\s+|at\s+)?)#?"
                       r"((?=[\w./-]{0,24}[0-9])[a-z0-9][\w/-]{0,24}(?:\.[0-9]+)*|[a-z][a-z0-9]*(?:[._][a-z0-9]+)+)(?![\w@])",
                       re.IGNORECASE)
# numbers as words: "a dozen tubes", "eighteen panels", "two centimetres"
_NUMBER_WORDS = {**WORD_UNITS, **WORD_TENS, "hundred": 100, "a hundred": 100, "dozen": 12, "a dozen": 12, "half a dozen": 6,
                 "two dozen": 24, "three dozen": 36}
_NUMBER_WORDS |= {f"{tens} {unit}": WORD_TENS[tens] + WORD_UNITS[unit]  # "twenty five", "twenty-five"
                  for tens in WORD_TENS for unit in "one two three four five six seven eight nine".split()}
def _spelled(words) -> str:  # noqa: ANN001 - an iterable of `_NUMBER_WORDS` keys
    """An alternation of numbers in words, longest first; "twenty five" matches "twenty-five" too."""
    return "|".join(re.escape(w).replace(r"\ ", r"[\s-]+") for w in sorted(words, key=len, reverse=True))


_SPELLED = _spelled(_NUMBER_WORDS)
_SPLIT_PLATE = re.compile(r"\b([A-Z]{2}[0-9]{2}) ([A-Z]{3})\b")  # a number plate as written, "KX21 LMN": one code
# units and containers a count or a measure is given in: an argument so named carries one
_UNITS = ("kg kgs lb lbs tonne tonnes ton tons litre litres liter liters l ml cm mm centimetres centimeters millimetres "
          "millimeters metres meters inches feet ft grams units unit pcs pieces boxes cases pallets bags bottles cartons "
          "crates packs sacks drums rolls sheets seats tickets nights tubes cans jars trays kegs barrels tins reams "
          "kw kwh kva mw mwh watts volts amps mph kph psi degrees °c °f g mg oz kilos gallons pints t "
          # people counted for a booking: "40 covers", "2 adults"
          "covers guests people persons diners portions servings adults children kids participants players attendees "
          "minute minutes mins hour hours hrs").split()  # "a 30-minute follow-up", `duration_minutes`
# "order 18 panels", "book 3 more nights", "add another 2 chairs", "an order for 18 panels", "order a dozen tubes",
# "with ten drivers"
_COUNTED = re.compile(r"\b([a-z]{2,20})\s+(?:(?:another|an?\s+extra|extra|additional|more)\s+)?([0-9]{1,5}|" + _SPELLED + r")"
                      r"\s+(?:(?:more|extra|additional|new|spare)\s+)?([a-z][a-z-]{1,30})", re.IGNORECASE)
# a number with its unit is a measure, no label's value ("the Origin Imports offer: 60kg Huila, 120kg Cerrado")
_MEASURE_ONLY = re.compile(r"[0-9]{1,6}(?:\.[0-9]+)?(?:" + "|".join(u for u in _UNITS if u.isalpha()) + r")", re.IGNORECASE)
_UNIT_AFTER = re.compile(r"(?:\.[0-9]+)?\s*(?:" + "|".join(sorted((u for u in _UNITS if u.isalpha()), key=len, reverse=True))
                         + r")\b", re.IGNORECASE)  # "offer: 60 kg Huila", "quote: 2.5tonnes of oak", "4 bags"
# "order 4 of the CrossClimate 2s", "book two of those": a count of things the words after it name
_COUNTED_OF = re.compile(r"\b([a-z]{2,20})\s+([0-9]{1,5}|" + _SPELLED + r")\s+of\s+"
                         r"(?:the|those|these|them|our|your|their|his|her)\b", re.IGNORECASE)
# "40 kg of krill", "3 pallets", "200 units", "two centimetres": a count or a measure by its unit
_MEASURED = re.compile(r"(?<![\w.])([0-9]{1,6}(?:\.[0-9]+)?|(?:" + _SPELLED + r")(?=[\s-]))(?:\s*|-)(?:"
                       + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")\b", re.IGNORECASE)
# a length by its abbreviation before what it measures: "60m of rising main", "200 ft of cable" (not "£5m of funding")
_LENGTH_OF = re.compile(r"(?<![\w.£$€])([0-9]{1,6}(?:\.[0-9]+)?)\s?(?:m|km|ft|yds?)\s+of\b", re.IGNORECASE)
# a group counted by its size: "with a crew of four", "a party of 6", "a team of three"
_GROUP_OF = re.compile(r"\b(crew|team|party|group|squad|gang|staff)\s+of\s+([0-9]{1,4}|" + _SPELLED + r")\b(?!\s*(?:[a-z]{2,}\s+)?of\b)",
                       re.IGNORECASE)
_IN_ALL = re.compile(r"(?<![\w.])([0-9]{1,5}|" + _SPELLED + r")\s+(?:[a-z]+\s+)?(?:in\s+all|in\s+total|altogether|all\s+told)\b",
                     re.IGNORECASE)
_IN_ALL_WORDS = ("in all", "in total", "altogether", "all told")  # read only where one stands (`_SPELLED` is long)
# a count that opens what a colon lists: "the lamb order: 6 whole lambs, Friday delivery"
_LISTED = re.compile(r":\s+([0-9]{1,5}|" + _SPELLED + r")\s+(?:[a-z-]+\s+){0,3}?([a-z]{3,30}s)\b", re.IGNORECASE)
_DURATIONS = frozenset("seconds secs minutes mins hours hrs days weeks months years nights times".split())
# a count and what it counts, for an argument named after it: "one stop", "six hours", "18pt" (`push_stops`, `font_size_pt`);
# here and in `_SPAN` a count's first character (a digit, or a letter a number's word opens with) is looked for before the
# long alternation of numbers in words is tried
_COUNT_NOUN = re.compile(r"(?<![\w.£$€,:/-])(?=[0-9adefhnostADEFHNOST])([0-9]{1,4}|one|" + _SPELLED + r")(?:\s+|(?<=[0-9]))([a-z]{2,20})\b(?![.,:/-]?[0-9])",
                         re.IGNORECASE)
_ONE_LETTER = re.compile(r"(?:([A-Za-z]{2,20})\s+)?([A-Ha-h])")
_PERCENT = re.compile(r"(?<![\w.])([0-9]{1,3}(?:\.[0-9]{1,2})?)\s*(?:%|percent\b|per\s+cent\b|pct\b)", re.IGNORECASE)
# "account ending 4471", "card ending in ****1234", "the number that ends with 0193"
_ENDING = re.compile(r"\b([a-z]{2,20})\s+(?:number\s+)?(?:that\s+)?(?:ending|ends)\s+(?:in\s+|with\s+)?[#*x•.]*\s?([0-9]{3,6})\b",
                     re.IGNORECASE)
_VALUE_TOKEN = re.compile(r"[a-z0-9][\w./:#-]{0,40}", re.IGNORECASE)
_NUMBER_AND_UNIT = re.compile(r"([0-9]{1,6}(?:\.[0-9]+)?)(?:m|km|cm|mm|l|ml|cl|t|kg|g|lb|lbs|oz|ft|yd|yds|sqm|sqft|m2|m3|kw|"
                              r"kwh)", re.IGNORECASE)  # a measure by its abbreviation ("31m", "350L"); not "6th", "10am"
# a count in words before what it counts ("a dozen bottles"): not "one", which is mostly no count ("the one", "one more
# thing"), nor "a hundred" ("a hundred times")
_SPELLED_COUNT = re.compile(r"(?<![\w-])(" + _spelled(w for w in _NUMBER_WORDS if w not in ("zero", "one", "a hundred"))
                            + r")\s+(?=[a-z]{2,}\b|[a-z]\s+[a-z]{3,})", re.IGNORECASE)  # "a dozen W oxygen"
_NAME_LIKE = re.compile(r"[a-z][a-z0-9]*(?:[._][a-z0-9]+)+", re.IGNORECASE)  # "p.ivanova", "pivanova_adm"
_CODE = re.compile(r"(?<![\w.@/-])(?=[a-z0-9-]{0,20}[a-z])(?=[a-z0-9-]{0,20}[0-9])[a-z0-9]+(?:-[a-z0-9]+)*(?![\w@]|[./-]\w)",
                   re.IGNORECASE)  # "KX19", "LAV-HID-9", "B-22", "14C"; not inside an address, a path or a decimal
_NOT_A_CODE = re.compile(r"[0-9]+(?:st|nd|rd|th|am|pm|[smhdwx]|mins?|hrs?|kg|g|mg|ml|l|km|m|cm|mm|k|gb|mb|tb)", re.IGNORECASE)
_DIGIT = re.compile("[0-9]")
_NUMERIC = re.compile("[0-9]{1,12}(?:[.][0-9]{1,12})?")
_PIECES = re.compile(r"[/.:,#-]+")
# the names of months and days, which no count counts ("for 2 June")
_CALENDAR = frozenset("""january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday""".split())
# words before a number that name no thing: "for 4 people", "the 3 items", "March 3", "below 10"
_NOT_LABELS = frozenset("""
    a an the to for at on in of from by with and or is are was were be been it its this that these those
    my your our their his her me us them you we they all each every any some about around over under above below
    than per via into onto until till after before since between within only just no not next last first
    nearly approx approximately roughly up down out off plus minus times x top bottom other another otherwise else unless
    one two three four five six seven eight nine ten dozen hundred thousand
    am pm today tomorrow tonight yesterday week weeks day days month months year years hour hours minute minutes
    mon tue tues wed thu thur thurs fri sat sun
    usd eur gbp chf jpy dollars euros pounds ending ends
    """.split()) | _CALENDAR
# parts of an argument's name that say it carries a count or a share
_QTY_PARTS = frozenset("qty quantity quantities count pax headcount copies num weight size setpoint temp temperature celsius "
                       "fahrenheit m km".split()) | frozenset(_UNITS)  # `length_m`
_PERCENT_IN_WORDS = re.compile(r"(?<![\w-])(" + _SPELLED + r")(\s+and\s+a\s+half)?[\s-]+(?:percent|per\s+cent)\b", re.IGNORECASE)
_PERCENT_PARTS = frozenset("percent percentage pct discount commission markup fraction".split())  # `o2_fraction: 0.32`
_NOT_COUNTED = frozenset("to of at in on by and or the a an for from per".split())  # "order 18 to …" counts nothing
MAX_LEAF_CHARS = 64  # an argument that is the value (or names it), not a message quoting several


def _number(raw: str) -> str:
    """A count or a share as compared: "4", "4.0", "04" and "four" are one."""
    spelled = _NUMBER_WORDS.get(" ".join(raw.lower().replace("-", " ").split()))
    value = float(raw) if spelled is None else float(spelled)
    return str(int(value)) if value.is_integer() else repr(value)


def _with_plates_joined(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """The pattern's matches in the text and, where it writes a number plate with its space ("plate KX21 LMN"),
    in the text with the plate as one code too ("kx21" as before, and "kx21lmn")."""
    joined = _SPLIT_PLATE.sub(r"\1\2", text)
    return [*pattern.finditer(text), *(pattern.finditer(joined) if joined != text else ())]


def digit_runs(value: str) -> tuple[str, ...]:
    """A value's runs of digits without their leading zeros: "room 412", "R-0412" and "412" are
    one room; "P2" is priority 2, "u_8f3a12" ends in agent 12."""
    return tuple(r.lstrip("0") or "0" for r in re.findall("[0-9]+", value))


_UNIT_RATIOS = (1.0, 1000.0, 0.001, 100.0, 0.01, 60.0, 1 / 60)  # 40 kg as 40000 g, 2 hours as 120 minutes
_SHARE_RATIOS = (1.0, 100.0, 0.01)  # 10% as 0.1
_MEASURE_ROUNDING = 0.015  # a 65-inch screen listed as 163 cm, 40 lb as 18 kg (not a worktop 2.35 m for 2.4 m)


def same_value(given: str, carried: str, kind: str = "") -> bool:
    """Whether a call's value is the user's written another way: the same text, the same number
    in another unit (of a share, only as a fraction: 15% is not 0.25 hours), or the user's number
    as the last digits of the call's ("412" in "R-0412", "12" in "u_8f3a12")."""
    if given == carried:
        return True
    if given.startswith("="):
        return bool(re.search("[a-z]", carried, re.IGNORECASE)) or same_value(given[1:], carried, kind)
    if given.startswith("*"):  # the last digits the user gave ("account ending 4471")
        return "".join(re.findall("[0-9]+", carried)).endswith(given[1:])
    if _NUMERIC.fullmatch(given) and _NUMERIC.fullmatch(carried) and given != "0":  # 40 kg as 40000 g, 10% as 0.1
        ratio = float(carried) / float(given)
        if any(abs(ratio - r) < 1e-9 * r for r in (_SHARE_RATIOS if kind == "percent" else (1.0,) if kind.startswith(MEASURE)
                                                   else _UNIT_RATIOS)):
            return True
    if kind.startswith(MEASURE):  # compared in one unit, as a number, rounded as a shop lists it (40 lb as 18 kg)
        return _NUMERIC.fullmatch(given) is not None and _NUMERIC.fullmatch(carried) is not None and float(given) > 0 \
            and abs(float(carried) / float(given) - 1) <= _MEASURE_ROUNDING
    if not re.fullmatch("[0-9]+", given):  # a code ("LAV-HID-9", "14C") is only itself
        return False
    runs, theirs = digit_runs(carried), digit_runs(given)
    return bool(theirs) and len(theirs) <= len(runs) and runs[-len(theirs):] == theirs


def value_key(raw: str) -> str:
    """A labelled value as compared: lower case, no "#" or trailing full stop ("#14C." is "14c")."""
    return raw.strip().lower().lstrip("#").rstrip(".,;:")


def given(clause: str) -> Iterator[tuple[str, str, int]]:
    """(kind, value, where its label starts) for each labelled value, count and share a clause
    gives."""
    for m in _with_plates_joined(_LABELLED, clause):
        if m.group(2) and not re.fullmatch("[0-9]{3,8}", m.group(3)) \
                and not (m.group(1).lower().endswith("s") and re.fullmatch("[0-9]{1,4}", m.group(3))
                         and m.group(2).lower().startswith("to")):  # "the delivery to 11:30", "the meeting to 2025-06-14"; not
            continue  # "her funded hours to 15 a week", "the seats to 12"
        if _is_label(m.group(1)) and not _MEASURE_ONLY.fullmatch(m.group(3)) \
                and not (m.group(3).replace(".", "").isdigit() and _UNIT_AFTER.match(m.string, m.end(3))):  # "the offer: 60kg Huila, …" lists
            # what a thing is set to ("the door code to 4471") is compared with a number only, not with the
            # code of the thing set (`budget: "BUD-2231"`)
            yield f"label:{m.group(1).lower()}", ("=" if m.group(2) else "") + value_key(m.group(3)), m.start()
    for m in _ENDING.finditer(clause):  # "the saved account ending 4471": the call's account must end so
        if _is_label(m.group(1)):
            yield f"label:{m.group(1).lower()}", "*" + m.group(2), m.start()
    for m in _COUNTED.finditer(clause):
        lead, noun = m.group(1).lower(), m.group(3).lower()
        if (lead in act_verbs() or lead == "for" or (lead == "with" and noun.endswith("s") and noun not in _DURATIONS)) \
                and noun not in _NOT_COUNTED and noun not in _CALENDAR:  # not "for 2 June", "with 10 year warranty"
            yield "qty", _number(m.group(2)), m.start(2)
            # an argument named for what is counted: `panels`, `num_panels`
            for name in _counted_as(noun):
                yield f"label:{name}", _number(m.group(2)), m.start(2)
    for m in _COUNTED_OF.finditer(clause) if "of" in clause.lower() else ():  # "order 4 of the CrossClimate 2s"
        if m.group(1).lower() in act_verbs():
            yield "qty", _number(m.group(2)), m.start(2)
    for m in _MEASURED.finditer(clause):
        yield "qty", _number(m.group(1)), m.start()
    for m in _LENGTH_OF.finditer(clause):
        yield "qty", _number(m.group(1)), m.start()
    for m in _GROUP_OF.finditer(clause):
        yield "qty", _number(m.group(2)), m.start()
    for count, start in _party_counts(clause) if "for" in clause.lower() else ():
        yield "label:people", count, start
    lowered = clause.lower()
    for m in _IN_ALL.finditer(clause) if any(w in lowered for w in _IN_ALL_WORDS) else ():  # "… - two dozen in all now": a total
        yield "qty", _number(m.group(1)), m.start()
    for m in _LISTED.finditer(clause):  # "… with Hillside Farm: 6 whole lambs"; not "Lead time: 2 days", "Update: 2024 prices"
        if m.group(2).lower() not in _DURATIONS and not re.fullmatch(r"(?:19|20)\d\d", m.group(1)):
            yield "qty", _number(m.group(1)), m.start(1)
    for m in _PERCENT.finditer(clause):
        yield "percent", _number(m.group(1)), m.start()
    for m in _PERCENT_IN_WORDS.finditer(clause) if "cent" in lowered else ():  # "seven and a half percent"
        yield "percent", _number(repr(float(_number(m.group(1))) + (0.5 if m.group(2) else 0))), m.start()
    yield from spans(clause)
    yield from measures(clause)
    yield from lettered(clause)
    for m in _COUNT_NOUN.finditer(clause):  # "push it one stop" for `push_stops`, "at 18pt" for `font_size_pt`
        noun = m.group(2).lower()
        if noun not in _NOT_COUNTED and noun not in _CALENDAR and noun not in _NOT_LABELS and not _NOT_A_CODE.fullmatch(m.group()) \
                and not (m.group(1).lower() == "one" and _AS_ONE.search(clause, 0, m.start())):
            for name in _counted_as(noun):
                yield f"label:{name}", _number(m.group(1)), m.start()


# "one" in a phrase of manner, no count: "send them all as one email", "in one go", "into one file"
_AS_ONE = re.compile(r"\b(?:as|in|into|at)\s+$", re.IGNORECASE)


# people counted under another name: "28 kids" and `children: 34`, "6 pax" and `people`
_SAME_COUNT = {"kids": "children", "kid": "children", "child": "children", "pax": "people", "persons": "people",
               "heads": "people", "passengers": "people", "guests": "people", "travellers": "people",
               "travelers": "people", "delegates": "people", "attendees": "people", "diners": "people",
               "party": "people"}
# how many a booking is for, with no noun: "book the coach for 32 for Saturday", "a table for 6 at 8pm" (not a time,
# "for 7.30", "for 2 to 4pm", "for eight tomorrow"; not days, "for 14 and 15 June"; not a count left to someone,
# "or however many Rhys says"). Up to 12 it may be an hour: a table's, or beside another time, or not at all.
_PARTY_FOR = re.compile(r"\b(?P<what>book|booking|reserve|reservation|table|coach|minibus|bus|taxi|cab|boat|room|tour|"
                        r"session|class|lesson|party|trip|transfer|slot)\b(?:\s+[\w'’-]+){0,4}?\s+for\s+"
                        r"(?:a\s+(?:group|party)\s+of\s+)?([0-9]{1,3}|" + _SPELLED + r")(?![.:,]?[0-9])"
                        r"(?=\s*(?:[.;!?)]|,(?!\s*[0-9])|$)|\s+(?:on|at|for|from|this|next|tomorrow|tonight|please|pls|leaving|"
                        r"departing|arriving|with)\b)", re.IGNORECASE)
_PARTY_LEFT = re.compile(r"\b(?:however\s+many|whatever|says|said|go\s+with|changed|numbers?)\b", re.IGNORECASE)
_A_TIME = re.compile(r"\b\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm)\b|\b\d{1,2}[.:]\d\d\b|\bat\s+\d", re.IGNORECASE)
_DATES_AFTER = re.compile(r"\s*(?:(?:,|and|&|-|–|to)\s*[0-9]|[^.;]{0,20}\b(?:" + "|".join(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]) + r")[a-z]*\b)", re.IGNORECASE)


def _party_counts(clause: str) -> Iterator[tuple[str, int]]:
    """(count, start) of each head count a booking clause gives with no noun (`_PARTY_FOR`)."""
    if _PARTY_LEFT.search(clause):
        return
    for m in _PARTY_FOR.finditer(clause):
        count = _number(m.group(2))
        if _DATES_AFTER.match(clause, m.end(2)):
            continue
        if float(count) <= 12 and m.group("what").lower() != "table" and not _A_TIME.search(clause):
            continue  # "book the tennis lesson for 10 on Saturday": ten o'clock
        yield count, m.start(2)


def _counted_as(noun: str) -> tuple[str, ...]:
    other = _SAME_COUNT.get(noun)
    return (noun, other) if other else (noun,)


def _is_label(word: str) -> bool:
    """A word before a value that names what it is ("room", "code"), not a preposition or an act's verb."""
    return word.lower() not in _NOT_LABELS and word.lower() not in act_verbs()


def codes(text: str) -> Iterator[tuple[str, str, int]]:
    """(`shape:<make>`, code, start) for each code of letters and digits ("KX19", "LAV-HID-9"),
    not an ordinal, a time or a measure ("14th", "9am", "500mg")."""
    for m in _with_plates_joined(_CODE, text):
        if not _NOT_A_CODE.fullmatch(m.group()):
            code = m.group().lower()
            yield f"shape:{make(code)}", code, m.start()


def make(code: str) -> str:
    """A code's make: letters read as `a`, digits as `9`, except a leading word of letters before a
    dash, which names the make ("LAV-HID-9" and "LAV-MUN-9" are `lav-aaa-9`, "KX19" and "LD68"
    `aa99`; "VM-0211" and "PO-3390" are two makes)."""
    head, sep, rest = code.partition("-")
    if sep and head.isalpha():
        return f"{head}-{re.sub('[0-9]', '9', re.sub('[a-z]', 'a', rest))}"
    return re.sub("[0-9]", "9", re.sub("[a-z]", "a", code))


def value_tokens(text: str) -> dict[str, None]:
    """The tokens of a text that hold a digit, whole and in their pieces ("415/417" gives "415"
    and "417" too), and the dotted or underscored names ("p.ivanova"), as `value_key` and
    `_number` compare them; in the order the text gives them (an index that stops at a cap keeps
    the same ones, whatever the hash seed). A day of the year is none: "Friday 12 September" and
    "created 2025-04-02" give no count 12 or 4."""
    out: dict[str, None] = {}
    for m in _VALUE_TOKEN.finditer(without_days(text)):
        token = m.group()
        if not _DIGIT.search(token):
            if _NAME_LIKE.fullmatch(token.rstrip(".,;:")):
                out[value_key(token)] = None
            continue
        out[value_key(token)] = None
        measured = _MEASURED.fullmatch(token) or _NUMBER_AND_UNIT.fullmatch(token)  # "35g" is 35 (grams), as "35 g"
        if measured:  # is; "31m", "350L" the same
            out[_number(measured.group(1))] = None
        for piece in _PIECES.split(token):
            if piece and _DIGIT.search(piece):
                out[value_key(piece)] = None
                if _NUMERIC.fullmatch(piece):
                    out[_number(piece)] = None
    return out


def spelled_counts(text: str) -> dict[str, None]:
    """The counts a text gives in words ("make it ten packs", "ninety minutes in the air") as
    `_number` compares them: where a value in the data may come from, never a value of the user's
    ("I've had twelve emails from them" trusts no 12)."""
    return {_number(m.group(1)): None for m in _SPELLED_COUNT.finditer(text)}


# A length, a mass or a volume by its unit, compared in millimetres, grams and millilitres: "2.4m high" and
# `height_mm: 2400`, "18 tonnes" and `{"qty": 18, "uom": "t"}`; a count of things is another matter (`qty`)
MEASURE = "measure:"
_MEASURE_UNITS = {
    **dict.fromkeys("um µm micron microns micrometre micrometres".split(), ("length", 0.001)),  # film, coating thickness
    **dict.fromkeys("mm millimetre millimetres millimeter millimeters".split(), ("length", 1.0)),
    **dict.fromkeys("cm centimetre centimetres centimeter centimeters".split(), ("length", 10.0)),
    **dict.fromkeys("m metre metres meter meters".split(), ("length", 1000.0)),
    **dict.fromkeys("km kilometre kilometres kilometer kilometers".split(), ("length", 1e6)),
    **dict.fromkeys("inch inches".split(), ("length", 25.4)), **dict.fromkeys("ft foot feet".split(), ("length", 304.8)),
    **dict.fromkeys("mg milligram milligrams".split(), ("mass", 0.001)), **dict.fromkeys("g gram grams".split(), ("mass", 1.0)),
    **dict.fromkeys("kg kgs kilo kilos kilogram kilograms".split(), ("mass", 1000.0)),
    **dict.fromkeys("t tonne tonnes".split(), ("mass", 1e6)), **dict.fromkeys("lb lbs".split(), ("mass", 453.59237)),
    **dict.fromkeys("oz ounce ounces".split(), ("mass", 28.349523125)),
    **dict.fromkeys("ml millilitre millilitres milliliter milliliters".split(), ("volume", 1.0)),
    "cl": ("volume", 10.0), **dict.fromkeys("l litre litres liter liters".split(), ("volume", 1000.0)),
}
# a measure in a text: not after a currency ("£5m"), not a unit that runs on into a word ("2 t-shirts", "5 in stock" has
# no unit), not a number's first part ("1.5m." ends one)
_MEASURE = re.compile(r"(?<![\w.£$€¥,])(?=[0-9adefhnostADEFHNOST])([0-9]{1,6}(?:\.[0-9]+)?|" + _SPELLED + r")(?:\s*|-)("
                      + "|".join(sorted(_MEASURE_UNITS, key=len, reverse=True)) + r")\b(?![-'’]|[.,]?[0-9])", re.IGNORECASE)


# an argument holding another measure than the thing's own: a total, a pack's or a parcel's, a limit
# (`total_length_m`, `bag_weight_kg`, `shipping_weight_g`, `max_load_kg`)
_OTHER_MEASURE_PARTS = frozenset("total shipping shipped parcel package pack bag bags gross tare net payload max min maximum "
                                 "minimum limit capacity each per".split())
# the side of a thing a length measures, said after it ("2.4m high") or before it ("a height of 2.4m"): compared
# with the argument of that side only (`height_mm`), whatever other lengths the call carries
_AXES = {"high": "height", "tall": "height", "height": "height", "wide": "width", "width": "width", "long": "length",
         "length": "length", "deep": "depth", "depth": "depth", "thick": "thickness", "thickness": "thickness",
         "diameter": "diameter"}
_AXIS_AFTER = re.compile(r"\s*([a-z]+)", re.IGNORECASE)
_AXIS_BEFORE = re.compile(r"\b([a-z]+)\s+(?:of\s+|at\s+|to\s+|=\s*|:\s*)?$", re.IGNORECASE)


def axis_kind(kind: str, axis: str) -> str:
    """The kind of a length on one side of a thing: "measure:length@height"."""
    return f"{kind}@{axis}"


# two lengths in the unit given last: "160x230cm" ("3.2m x 1.1m", each with its unit, is read as two measures)
_DIMENSIONS = re.compile(r"(?<![\w.])([0-9]{1,5}(?:\.[0-9]+)?)\s*[x×]\s*([0-9]{1,5}(?:\.[0-9]+)?)\s*(mm|cm|m)\b", re.IGNORECASE)


_SPACED_UNIT_RUNS_ON = re.compile(r"\s+(?!(?:of|long|wide|high|tall|deep|thick|by|x)\b)[a-z]", re.IGNORECASE)


def measures(text: str) -> Iterator[tuple[str, str, int]]:
    """(`measure:<dimension>`, value in its base unit, start) for each length, mass or volume a
    text gives with its unit; a length that names its side as that side's (`axis_kind`)."""
    for m in _MEASURE.finditer(text):
        unit = m.group(2)
        if len(unit) == 1 and (unit not in "mtglL" or not m.group(1)[-1].isdigit()
                               or (m.end(1) != m.start(2) and _SPACED_UNIT_RUNS_ON.match(text, m.end()))):
            continue  # a one-letter unit in its own case, glued to its number or ending a phrase: "2.4m", "18t", "it's 2.35 m,";
            # not "3M", "2 t shirts", "5G"
        if _SPAN_BOUND.search(text[max(0, m.start() - 24):m.start()]):
            continue  # "under 2m wide", "up to 5kg": a bound, not the measure
        dimension, factor = _MEASURE_UNITS[m.group(2).lower()]
        value = _number(repr(round(float(_number(m.group(1))) * factor, 6)))
        after, before = _AXIS_AFTER.match(text, m.end()), _AXIS_BEFORE.search(text[max(0, m.start() - 16):m.start()])
        axis = _AXES.get(after.group(1).lower()) if after else None
        axis = axis or (_AXES.get(before.group(1).lower()) if before else None)
        # a length that names its side is that side's only ("the posts 2.4m long" says nothing of a panel's height)
        yield (axis_kind(f"{MEASURE}{dimension}", axis) if axis and dimension == "length" else f"{MEASURE}{dimension}"), \
            value, m.start()
    for m in _DIMENSIONS.finditer(text):
        factor = _MEASURE_UNITS[m.group(3).lower()][1]
        for raw in (m.group(1), m.group(2)):
            yield f"{MEASURE}length", _number(repr(round(float(raw) * factor, 6))), m.start()


def measure_keys(text: str) -> dict[str, None]:
    """The measures a text gives as index keys ("measure:length=1800"), whatever side they name,
    for finding which text gave a call's."""
    return {index_token(kind.partition("@")[0], value): None for kind, value, _ in measures(text)}


def _measure_unit(word: str) -> tuple[str, float] | None:
    """The dimension and factor of a unit an argument's name or a leaf gives."""
    return _MEASURE_UNITS.get(word.lower())


# A span of time by the unit it is compared in: "two weeks" and `extendByDays: 14`, "12 months" and
# `term_months: 12`, "an hour" and `duration_minutes: 60`
SPAN = "span:"
_SPAN_UNITS = {"minute": ("minutes", 1.0), "min": ("minutes", 1.0), "hour": ("minutes", 60.0), "hr": ("minutes", 60.0),
               "day": ("days", 1.0), "night": ("days", 1.0), "week": ("days", 7.0), "wk": ("days", 7.0),
               "fortnight": ("days", 14.0), "month": ("months", 1.0), "year": ("months", 12.0), "yr": ("months", 12.0)}
# an argument's name gives seconds too (`run_time_seconds: 1500` is 25 minutes); a user's words seldom do, and "a
# second" is mostly no span ("a second opinion")
_ARG_SPAN_UNITS = {**_SPAN_UNITS, "second": ("minutes", 1 / 60), "sec": ("minutes", 1 / 60)}
_SPAN_PARTS = frozenset(f"{unit}s" for unit in _ARG_SPAN_UNITS)  # `term_months`, `duration_mins`; not `min_qty`
_SPAN = re.compile(r"(?<![\w.£$€])(?=[0-9adefhnostADEFHNOST])([0-9]{1,4}(?:\.[0-9]{1,2})?|" + _SPELLED
                   + r"|an?|half\s+an?|(?:the|a)\s+(?:full|whole))(?:\s*|-)"
                   r"(?:(?:business|working|calendar|full|more|extra)[\s-]+)?(" + "|".join(sorted(_SPAN_UNITS, key=len, reverse=True))
                   + r")s?\b(?![\s-]+(?:ago|old|late|early|earlier|later|behind|before|after)\b)", re.IGNORECASE)
# seconds in digits: "a 90-second cut", "45 secs" (not "a second opinion")
_SECONDS = re.compile(r"(?<![\w.£$€])([0-9]{1,4})(?:\s*|-)(?:seconds?|secs?)\b", re.IGNORECASE)
# "a" or "an" is one of a span only where it is asked for ("extend it by a week"), not in a rate ("£40 a day")
_SPAN_ONE_ASKED = re.compile(r"\b(?:for|by|to|within|another|extra)\s+$", re.IGNORECASE)
# what makes a span a bound, not the span: "within 3 days", "for no more than 2 weeks"
_SPAN_BOUND = re.compile(r"\b(?:within|no\s+(?:more|longer)\s+than|at\s+(?:most|least)|up\s+to|less\s+than|under|over|"
                         r"more\s+than|maximum(?:\s+of)?|max|minimum(?:\s+of)?|min)\s+(?:an?\s+)?$", re.IGNORECASE)
# an argument holding another span than the act's: `valid_days`, `break_clause_months`, `transit_days`
_OTHER_SPAN_PARTS = frozenset("valid validity notice break grace trial transit since warranty lead expiry expires expire "
                              "cooling window ago overdue age old before after remind reminder retention".split())


# hours and minutes said together: "1 hour 30 minutes", "2 hrs and 15 mins"
_HOURS_AND_MINUTES = re.compile(r"(?<![\w.])([0-9]{1,2})\s*(?:hours?|hrs?)\s*(?:and\s+)?([0-9]{1,2})\s*(?:minutes?|mins?)\b",
                                re.IGNORECASE)


def spans(text: str, loose: bool = False) -> Iterator[tuple[str, str, int]]:
    """(`span:<unit>`, length, start) for each span of time a text gives, in minutes, days or
    months; "a week" only after a word that asks for it, unless `loose` (where a value in the data
    may come from: "could we make it an hour?"); hours and minutes said together are one span."""
    together = [(m.start(), m.end(), int(m.group(1)) * 60 + int(m.group(2))) for m in _HOURS_AND_MINUTES.finditer(text)]
    for start, _, minutes in together:
        yield f"{SPAN}minutes", str(minutes), start
    for m in _SPAN.finditer(text):
        if any(start <= m.start() < end for start, end, _ in together):
            continue
        if not loose and _SPAN_BOUND.search(text[max(0, m.start() - 24):m.start()]):
            continue  # "within 3 days", "for no more than 2 weeks": a bound, not the span
        raw = m.group(1).lower()
        if raw in ("a", "an") or raw.startswith("half") or raw.endswith(("full", "whole")):  # "make it the full hour"
            if not loose and not _SPAN_ONE_ASKED.search(text[max(0, m.start() - 12):m.start()]):
                continue
            count = 0.5 if raw.startswith("half") else 1.0
        else:
            count = float(_number(raw))
        base, factor = _SPAN_UNITS[m.group(2).lower()]
        yield f"{SPAN}{base}", _number(repr(count * factor)), m.start()
    for m in _SECONDS.finditer(text) if "sec" in text.lower() else ():
        yield f"{SPAN}minutes", _number(repr(round(int(m.group(1)) / 60, 6))), m.start()


# how often, as the span between two: "weekly deliveries", "every other week"
_EVERY = {"daily": ("days", "1"), "weekly": ("days", "7"), "fortnightly": ("days", "14"), "biweekly": ("days", "14"),
          "monthly": ("months", "1"), "quarterly": ("months", "3"), "yearly": ("months", "12"), "annually": ("months", "12"),
          "every other day": ("days", "2"), "every other week": ("days", "14"), "every other month": ("months", "2")}
_EVERY_WORD = re.compile(r"\b(?:" + "|".join(sorted(_EVERY, key=len, reverse=True)).replace(" ", r"\s+") + r")\b", re.IGNORECASE)


def span_keys(text: str) -> dict[str, None]:
    """The spans a text gives as index keys ("span:days=42", "weekly" as "span:days=7"), for
    finding which text gave a call's."""
    out = {index_token(kind, value): None for kind, value, _ in spans(text, loose=True)}
    for m in _EVERY_WORD.finditer(text):
        base, value = _EVERY[" ".join(m.group().lower().split())]
        out[index_token(f"{SPAN}{base}", value)] = None
    return out


# a place named by a letter: "sheet C", "Hall B", "Gate D" (compared as "label:hall=b", a letter being no token)
_LETTERED = re.compile(r"\b((?i:sheet|hall|room|court|gate|bay|zone|pitch|lane|rink|stand|block|wing|studio|stage|ward|"
                       r"stable|box|field|unit|suite|booth|screen|platform|dock|berth|entrance|level|floor|tier|section|shed|"
                       r"plot|arena|ring|track|pool|barn|yard))\s+([A-H])\b(?![\w'’-])")


def lettered(text: str) -> Iterator[tuple[str, str, int]]:
    """("label:<place>", letter, start) for each place a text names by a letter."""
    for m in _LETTERED.finditer(text):
        yield f"label:{m.group(1).lower()}", m.group(2).lower(), m.start()


def lettered_keys(text: str) -> dict[str, None]:
    """The places a text names by a letter as index keys ("label:hall=c")."""
    return {index_token(kind, value): None for kind, value, _ in lettered(text)}


def index_token(kind: str, value: str) -> str:
    """What a value of this kind is indexed and trusted by: a span by its length in its unit
    ("span:days=42", `span_keys`), a place's letter by its label ("label:hall=c", `lettered_keys`),
    any other by itself (`value_tokens`)."""
    if kind.startswith((SPAN, MEASURE)) or (kind.startswith("label:") and len(value) == 1 and value.isalpha()):
        return f"{kind}={value}"
    return value


_MEASURE_TEXT_WORDS = 6
_PRODUCT_CODE = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-_/][A-Za-z0-9]+)+")  # "MILK-WH-2L": a code, its "2L" no measure


def measure_in_text(leaf: Any) -> set[tuple[str, str]]:
    """("qty", n) for a short text argument that gives one measure ("35 g wet food twice daily"),
    and the measure by its dimension where it has one ("Plössl 32mm" is a length of 32 mm, as the
    user's "the 25mm Plössl" is 25 mm whatever count they gave beside it): checked as a value of its
    own, never taken for the call's count (a memo "the customer first asked for 20 sacks" beside
    `quantity: 200` hides nothing)."""
    if not isinstance(leaf, str) or len(leaf.split()) > _MEASURE_TEXT_WORDS or _NUMERIC.fullmatch(leaf.strip()) \
            or _PRODUCT_CODE.fullmatch(leaf.strip()):
        return set()
    found = {_number(m.group(1)) for m in _MEASURED.finditer(leaf)}
    if len(found) != 1:
        return set()
    dimensions = {(kind, value) for kind, value, _ in measures(leaf)}
    return {("qty", found.pop()), *(dimensions if len(dimensions) == 1 else ())}


# an argument named for a unit, and what one of it is in the unit a text may give instead: `duration_minutes: 240`
# is the "4 hours" a note asked for
_OTHER_UNITS = {"minutes": 1 / 60, "minute": 1 / 60, "mins": 1 / 60, "hours": 60.0, "hour": 60.0, "hrs": 60.0,
                "g": 0.001, "grams": 0.001, "kg": 1000.0, "kgs": 1000.0, "ml": 0.001, "litres": 1000.0, "liters": 1000.0}


def in_other_units(path: str, value: str) -> tuple[str, ...]:
    """A count carried under a unit's name (`duration_minutes`) as the numbers of the other unit
    of its measure ("4" hours for 240 minutes), for finding which text gave it."""
    factors = {_OTHER_UNITS[p] for p in name_parts(path) if p in _OTHER_UNITS}
    if not factors or not _NUMERIC.fullmatch(value):
        return ()
    return tuple(_number(repr(float(value) * f)) for f in sorted(factors))


def as_percent(value: str) -> tuple[str, ...]:
    """A share carried as a fraction (`discount: 0.125`) as the percentage a text gives it in ("12.5%")."""
    if not _NUMERIC.fullmatch(value) or not 0 < float(value) < 1:
        return ()
    return (_number(repr(round(float(value) * 100, 6))),)


# a call that says its number is a share in another argument: {"type": "percentage", "value": 25}
PERCENT_TYPES = frozenset({"percentage", "percent", "pct", "percent_off", "percentage_off"})
_SHARE_PARTS = frozenset("value amount rate discount off".split())


def typed_percent(path: str, leaf: Any) -> set[tuple[str, str]]:
    """("percent", n) for a number under a value's name in a call that types its value as a share;
    a share taken off may be written negative (`"value": "-25.0"` is 25% off)."""
    text = str(leaf).strip().removeprefix("-") if not isinstance(leaf, bool) and isinstance(leaf, (int, float, str)) else ""
    if not _NUMERIC.fullmatch(text):
        return set()
    parts = name_parts(path)
    return {("percent", _number(text))} if parts and parts[-1] in _SHARE_PARTS else set()


# an order listed after a colon or a dash, item by item: "Reorder from Bibendum: 12 Catena Malbec, 6 Chablis, 24
# Prosecco", "Put the weekly order in - 24 whole, 12 semi" (a colon, not a time's: "10:00 show"; a dash, not a range's)
LISTED_ORDER = re.compile(r"(?<![0-9])(?::|\s[-–—])\s*[0-9]{1,5}\s*(?:x\s+)?[A-Za-z][^,;:\n]{0,40}?(?:,|\band\b)\s*(?:and\s+)?"
                          r"[0-9]{1,5}\s*(?:x\s+)?[A-Za-z]")  # two items at least: not "to: 22 Mill Lane, Otley"
_LIST_ITEM = re.compile(r"(?:^\s*|(?<![0-9]):\s*)(?:and\s+)?([0-9]{1,5})\s*(?:x\s+)?([A-Za-z][\w'’-]*)", re.IGNORECASE)


def listed_counts(clause: str) -> Iterator[str]:
    """The counts of a listed order's items a clause gives ("12 Catena Malbec", "and 24 Prosecco"),
    read only in a sentence that lists one (`LISTED_ORDER`): not a time, a day, a span or a unit."""
    for m in _LIST_ITEM.finditer(clause):
        word = m.group(2).lower()
        if word not in _CALENDAR and word not in _DURATIONS and word not in _NOT_COUNTED \
                and not _NOT_A_CODE.fullmatch(m.group(1) + word) and not re.fullmatch(r"(?:19|20)\d\d", m.group(1)):
            yield _number(m.group(1))


# the arguments that say where a stretch of time starts and where it ends (`start`/`end`, `from`/`to`)
_STARTS = frozenset("start starts begin begins from starttime startdate".split())
_ENDS = frozenset("end ends finish until till to endtime enddate".split())
_OFFSET = re.compile(r"(?:Z|[+-]\d{2}:?\d{2})$")
_CLOCK = re.compile(r"(?:(\d{4}-\d{2}-\d{2})(?:[T ]|$))?(?:(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?")


def call_span(leaves: list[tuple[str, Any]]) -> tuple[int, tuple[str, str]] | None:
    """(index of the end's leaf, the span) where a call gives one start and one end time of day:
    18:00 to 22:00 is 240 minutes. Days alone give none (an end day may be the last or the one
    after, as leave and all-day events differ)."""
    found: dict[str, list[tuple[int, str | None, int | None]]] = {"start": [], "end": []}
    for n, (path, leaf) in enumerate(leaves):
        if not isinstance(leaf, str) or not (5 <= len(leaf) <= 32):
            continue
        parts = set(name_parts(path))
        side = "start" if parts & _STARTS else "end" if parts & _ENDS else None
        m = _CLOCK.fullmatch(leaf.strip())
        if side is None or m is None or not (m.group(1) or m.group(2)):
            continue
        found[side].append((n, m.group(1), int(m.group(2)) * 60 + int(m.group(3)) if m.group(2) else None))
    if len(found["start"]) != 1 or len(found["end"]) != 1:
        return None
    (i, day0, t0), (n, day1, t1) = found["start"][0], found["end"][0]
    if _OFFSET.findall(str(leaves[i][1])) != _OFFSET.findall(str(leaves[n][1])):
        return None  # 14:00Z to 16:00+01:00: zones differ
    try:
        if t0 is not None and t1 is not None and day0 == day1 and t1 > t0:
            return n, (f"{SPAN}minutes", str(t1 - t0))
        if t0 is not None and t1 is not None and day0 and day1:  # over midnight: 22:00 to 02:00 the next day
            minutes = int((datetime.fromisoformat(f"{day1}T{t1 // 60:02d}:{t1 % 60:02d}")
                           - datetime.fromisoformat(f"{day0}T{t0 // 60:02d}:{t0 % 60:02d}")).total_seconds() // 60)
            return (n, (f"{SPAN}minutes", str(minutes))) if 0 < minutes < 24 * 60 else None
    except ValueError:
        return None
    return None


# the names a number goes by beside a leaf that gives its unit: {"unit": "weeks", "value": 6}
_UNIT_VALUE_PARTS = frozenset("value amount count length duration quantity qty number n size period interval weight".split())


def typed_units(leaves: list[tuple[str, Any]]) -> list[set[tuple[str, str]]]:
    """For each leaf, the span of time or the measure it carries where a leaf beside it (under
    the same parent) names the unit: `extension: {"unit": "weeks", "value": 6}` extends by 42
    days, `{"qty": 25, "uom": "t"}` is 25 tonnes."""
    units: dict[str, tuple[str, float]] = {}
    for path, leaf in leaves:
        if isinstance(leaf, str) and len(leaf) <= 12:
            word = leaf.strip().lower()
            span = _ARG_SPAN_UNITS.get(word.removesuffix("s"))
            measure = _measure_unit(word) if {"uom", "unit", "units"} & set(name_parts(path)) else None
            if span is not None:
                units[path.rpartition(".")[0]] = (f"{SPAN}{span[0]}", span[1])
            elif measure is not None:
                units[path.rpartition(".")[0]] = (f"{MEASURE}{measure[0]}", measure[1])
    out: list[set[tuple[str, str]]] = []
    for path, leaf in leaves:
        parent, _, name = path.rpartition(".")
        unit = units.get(parent)
        found: set[tuple[str, str]] = set()
        if unit is not None and not isinstance(leaf, bool) and isinstance(leaf, (int, float, str)) \
                and _NUMERIC.fullmatch(str(leaf).strip()) and _UNIT_VALUE_PARTS.intersection(name_parts(name)):
            found.add((unit[0], _number(repr(round(float(str(leaf).strip()) * unit[1], 6)))))
        out.append(found)
    return out


def in_call(path: str, leaf: Any) -> set[tuple[str, str]]:
    """(kind, value) for what a call's argument carries by its name: `room_number: "Room 415"` is
    ("label:room", "415") and ("label:number", "415"), `qty: 4` is ("qty", "4"), `discount: "15%"`
    is ("percent", "15")."""
    if isinstance(leaf, bool) or not isinstance(leaf, (str, int, float)):
        return set()
    text = str(leaf).strip()
    if not text or len(text) > MAX_LEAF_CHARS:
        return set()
    out: set[tuple[str, str]] = {(kind, code) for kind, code, _ in codes(text)}
    if not _DIGIT.search(text):
        letter = _ONE_LETTER.fullmatch(text)  # `sheet: "A"`, `room: "Hall C"`
        if letter:
            found = {p for p in name_parts(path) if not p.isdigit()} | ({letter.group(1).lower()} if letter.group(1) else set())
            out |= {(f"label:{p}", letter.group(2).lower()) for p in found}
        name = value_key(text)
        return out | {(f"label:{p}", name) for p in name_parts(path) if not p.isdigit()} \
            if _NAME_LIKE.fullmatch(name) else out
    parts = [p for p in name_parts(path) if not p.isdigit()]
    numeric = _NUMERIC.fullmatch(text)
    if numeric and _QTY_PARTS.intersection(parts):
        out.add(("qty", _number(text)))
    for part in parts if numeric and not _OTHER_SPAN_PARTS.intersection(parts) else ():  # `extendByDays: 42`, `term_months: 6`
        if part in _SPAN_PARTS:
            base, factor = _ARG_SPAN_UNITS[part[:-1]]
            out.add((f"{SPAN}{base}", _number(repr(round(float(text) * factor, 6)))))
    out |= {(kind, value) for kind, value, _ in spans(text)} if len(text.split()) <= 3 else set()  # `term: "6 months"`
    if _MEASURE.fullmatch(text):  # `size: "1800mm"`, not a product named by one ("Gyproc WallBoard 12.5mm")
        out |= {(kind, value) for kind, value, _ in measures(text)}
    for part in parts if numeric and not _OTHER_MEASURE_PARTS.intersection(parts) else ():  # `height_mm: 3000`, `weight_kg: 25`
        unit = _measure_unit(part) if part not in ("m",) or len(parts) > 1 else None
        if unit is not None:
            out.add((f"{MEASURE}{unit[0]}", _number(repr(round(float(text) * unit[1], 6)))))
    axes = {_AXES[p] for p in parts if p in _AXES and _AXES[p] == p}  # `height_mm`, `panel.width`
    out |= {(axis_kind(kind, axis), value) for kind, value in list(out) if kind == f"{MEASURE}length" for axis in axes}
    share = _PERCENT.search(text) or (numeric if _PERCENT_PARTS.intersection(parts) else None) \
        or (numeric if numeric and "rate" in parts and 0 < float(text) < 1 else None)  # `deposit.rate: 0.1`, not `hourly_rate: 95`
    if share:
        out.add(("percent", _number(share.group(1) if share.re is _PERCENT else share.group())))
    words = text.split()
    value = value_key(words[-1]) if len(words) <= 3 else None  # "Room 415", "No. 12", "B12"
    if value and _DIGIT.search(value):
        if _NUMERIC.fullmatch(value):
            value = _number(value)
        if len(words) >= 2 and words[-2].isalpha() and _is_label(words[-2]):  # `unit: "Flat 5"` is flat 5 too
            parts = [*parts, words[-2].lower()]
        for part in parts:
            out |= {(f"label:{name}", value) for name in _counted_as(part)}
            if part.endswith("s") and len(part) > 3:
                out.add((f"label:{part[:-1]}", value))
    return out
