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

# full names in any case; short forms as they are written ("Weds", "Thurs", "Sat 9am"): capitalised,
# but for the three that are no English word ("weds", "tues", "thurs")
_WEEKDAY = re.compile(
    r"(?<![\w'’-])(?:(?i:(mon|tues|wednes|thurs|fri|satur|sun)day|(weds|tues|thurs))|(Mon|Tue|Wed|Thu|Thur|Fri|Sat|Sun))"
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
# a date with its year, as calls carry them: "2025-06-20", "2025-06-20T08:00:00+01:00"
_ISO_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)")


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
        if clause[m.end():m.end() + 2] in ("'s", "’s") or _NAMES_A_THING_BEFORE.search(clause[max(0, m.start() - 12):m.start()]):
            continue
        if _AS_WHEN.match(clause, m.end()):
            out.add(_number(m))
    return out


def of_dates(text: str) -> set[int]:
    """The weekdays the dates of a text with their year fall on ("2025-06-20" → Friday, 4)."""
    out: set[int] = set()
    for m in _ISO_DATE.finditer(text):
        try:
            out.add(date(int(m.group(1)), int(m.group(2)), int(m.group(3))).weekday())
        except ValueError:  # "2025-02-30"
            continue
    return out
