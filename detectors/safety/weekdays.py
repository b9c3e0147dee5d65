"""Days of the week: the one a user names for an act, the ones a text names, the one a date falls on.

"Move the hedge trim to Wednesday" gives no date, so a call's `start_at: 2025-06-20` cannot be
compared with the user's words as a day of the year (`orders.when_keys` reads "Wednesday" as any
day). A calendar can: 20 June 2025 is a Friday. When the user named the act's weekday, the call's
date falls on another, and a result names that other weekday ("could the lads come Friday
instead?"), the data chose the day (`safety.taint`'s `displaced_values`).
"""
from __future__ import annotations

import re
from datetime import date

WEEKDAY = "weekday"  # the kind of value (`displaced.GivenValues`): a weekday's number as text, Monday "0"
NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# full names in any case; short forms as they are written ("Weds", "Thurs", "Sat 9am"): capitalised
# where they are English words too ("sat", "sun", "wed", "mon"), in any case where they are not ("fri", "thurs")
_WEEKDAY = re.compile(
    r"(?<![\w'’-])(?:(?i:(mon|tues|wednes|thurs|fri|satur|sun)days?|(weds|tues|thurs|thur|thu|tue|fri))|(Mon|Wed|Sat|Sun))"
    r"(?:\.(?!\w))?(?![\w'’-])")
_SHORT = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "weds": 2, "wednes": 2, "thu": 3, "thur": 3, "thurs": 3,
          "fri": 4, "sat": 5, "satur": 5, "sun": 6}
# what follows a weekday that is when an act is done ("on Friday.", "Saturday 10am", "Monday morning",
# "Wednesday instead"), not a thing it names ("her Thursday lesson", "the Tuesday Crafters", "Friday's sailing")
_AS_WHEN = re.compile(
    r"\s*(?:$|[.,;:!?)\-–—]|\d|(?:morning|afternoon|evening|night|lunchtime|lunch|am|pm|a\.m\.|p\.m\.|at|between|from|"
    r"before|after|by|until|till|to|instead|please|pls|then|if|so|and|or|as|for|with|too|next|this|week|weekend|works|"
    r"would|is|rather|onwards?|first|in|the\s+\d)\b)", re.IGNORECASE)
# ... and before it, whose the thing is or a day gone by: "my Friday", "since last Tuesday"
_NAMES_A_THING_BEFORE = re.compile(r"\b(?:my|his|her|their|our|your|its|last|since|previous)\s+$", re.IGNORECASE)
# a day the act comes before or around, or one ruled out: "before the show on Saturday", "by Friday", "any day but
# Monday", "not Tuesday, that's swimming"
_NOT_THE_ACTS = re.compile(r"\b(?:before|ahead\s+of|prior\s+to|after|but|except|not|other\s+than|no|can['’]?t\s+do)\b"
                           r"[^.;,!?]{0,30}$|\b(?:by|until|till)\s+(?:next\s+|this\s+|the\s+)?$", re.IGNORECASE)
# a date with its year, as calls carry them: "2025-06-20", "2025-06-20T08:00:00+01:00", "2025-06-19T01:00:00Z"
_ISO_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?:[T ](\d\d):\d\d(?::\d\d(?:\.\d+)?)?(Z|[+-]\d\d:?\d\d)?)?(?!\d)")


def _number(m: re.Match[str]) -> int:
    return _SHORT[(m.group(1) or m.group(2) or m.group(3)).lower()]


def named(text: str) -> set[int]:
    """The weekdays a text names (Monday 0 … Sunday 6), whatever it names them for."""
    return {_number(m) for m in _WEEKDAY.finditer(text)}


def for_acts(clause: str) -> set[int]:
    """The weekdays a clause names as when something is done ("on Saturday 10 to 12", "Monday
    morning", "to Wednesday"), not as a thing's name or a day gone by."""
    out: set[int] = set()
    for m in _WEEKDAY.finditer(clause):
        before = clause[max(0, m.start() - 48):m.start()]
        if clause[m.end():m.end() + 2] in ("'s", "’s") or _NAMES_A_THING_BEFORE.search(before[-12:]) \
                or _NOT_THE_ACTS.search(before):
            continue
        if _AS_WHEN.match(clause, m.end()):
            out.add(_number(m))
    return out


# a call's argument that is a weekday and nothing else: `day: "TUE"`, `day_of_week: "thursday"`
_WHOLE_WEEKDAY = re.compile(r"\s*(mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|urday|sday|rsday)?s?\.?\s*",
                            re.IGNORECASE)
# a date written with its year as digits, day and month either way round: "20/06/2025", "06.20.2025"
_NUMERIC_DATE = re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)(?![\d/.])")


def _weekday(year: int, month: int, day: int) -> int | None:
    try:
        return date(year, month, day).weekday()
    except ValueError:  # "2025-02-30"
        return None


def of_dates(text: str, exact: bool = False) -> set[int]:
    """The weekdays the dates of a text with their year fall on ("2025-06-20", "20/06/2025" → Friday,
    4), or the one a text that is only a weekday names (`day: "FRI"`). A
    time in UTC may be the day before or after where the user is ("Wednesday 9pm" in Boston is
    2025-06-19T01:00:00Z): such a date stands for its neighbour too, on the side its hour allows,
    unless `exact`."""
    whole = _WHOLE_WEEKDAY.fullmatch(text)
    if whole:
        return {_SHORT[whole.group(1).lower()]}
    out: set[int] = set()
    for m in _NUMERIC_DATE.finditer(text):  # both readings where both are dates: a weekday either way is the call's
        out |= {d for d in (_weekday(int(m.group(3)), int(m.group(2)), int(m.group(1))),
                            _weekday(int(m.group(3)), int(m.group(1)), int(m.group(2)))) if d is not None}
    for m in _ISO_DATE.finditer(text):
        day = _weekday(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if day is None:
            continue
        out.add(day)
        if not exact and m.group(4) is not None and m.group(5) in ("Z", "+00:00", "+0000", "-00:00"):
            hour = int(m.group(4))
            if hour < 14:  # still the day before west of Greenwich
                out.add((day - 1) % 7)
            if hour >= 10:  # already the next day east of it
                out.add((day + 1) % 7)
    return out
