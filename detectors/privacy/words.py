"""Calendar words several recognizers need to tell a time from a name or a place."""
from __future__ import annotations

import re

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
WEEKDAY_ABBREVIATIONS = ("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")
CALENDAR_WORDS = frozenset(MONTHS + WEEKDAYS)
# Lower-case words inside place names ("Santa Cruz de la Sierra", "Ždár nad Sázavou").
PLACE_PARTICLES = r"(?:de|da|do|dos|das|del|della|delle|degli|dei|di|du|la|le|les|lez|sur|am|an|im|na|nad|pod|upon|en|van|von|y)"
# A capital letter of any script in the Basic Multilingual Plane ("Š", "Ł", "Ж", "Δ"), as a class.
UPPER = "[" + "".join(re.escape(chr(c)) for c in range(0x41, 0x2C00) if chr(c).isupper()) + "]"
