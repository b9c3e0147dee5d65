"""Calendar words several recognizers need to tell a time from a name or a place."""
from __future__ import annotations

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
WEEKDAY_ABBREVIATIONS = ("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")
CALENDAR_WORDS = frozenset(MONTHS + WEEKDAYS)
# Lower-case words inside place names ("Santa Cruz de la Sierra", "Ždár nad Sázavou").
PLACE_PARTICLES = r"(?:de|da|do|dos|das|del|della|di|du|la|le|les|lez|sur|am|an|im|na|nad|pod|upon|en|van|von|y)"
