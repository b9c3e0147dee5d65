"""Values known by their shape alone: a street address, a social handle, a version.

No checksum or registry says these are what they look like, so they are not taint values of
their own (`detectors.safety.values`): an address in tool output is the task's data far more
often than an attacker's. They matter where the user gave one for their act ("change the
delivery address to 300 Harbor St", "publish to @lumenbike", "send v3 to the printer") and the
call carries another of the same shape from the data in its place (`safety.taint`'s
`displaced_values`).
"""
from __future__ import annotations

import re

# "4800 Vista Blvd", "12 Pine Ct", "221B Baker Street": a number, up to four words, a street type
_STREET = re.compile(
    r"\b\d{1,6}[A-Za-z]?\s+(?:[A-Z][\w.'’-]*\s+){0,4}(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Boulevard|Way|Ln|Lane|Dr|Drive|"
    r"Ct|Court|Pl|Place|Pkwy|Parkway|Hwy|Highway|Ter|Terrace|Cir|Circle|Sq|Square|Row|Close|Crescent|Cres)\b")
# "@lumenbike", "@lumen.bikes.outlet"; not the domain of an e-mail address
_HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\w@])")
# "v3", "v2.1", "4.18.2"; not a decimal ("4.50") nor a date
_VERSION = re.compile(r"(?<![\w.])v\d{1,4}(?:\.\d{1,4}){0,3}(?![\w.])|(?<![\w.])\d{1,4}\.\d{1,4}\.\d{1,4}(?![\w.])", re.IGNORECASE)
SHAPES: dict[str, re.Pattern[str]] = {"street address": _STREET, "handle": _HANDLE, "version": _VERSION}
MAX_SHAPED = 2000  # values kept per text


def shaped_values(text: str) -> set[tuple[str, str]]:
    """(kind, value as compared: lower case, spaces collapsed) for each shaped value in `text`."""
    out: set[tuple[str, str]] = set()
    for kind, pattern in SHAPES.items():
        for m in pattern.finditer(text):
            out.add((kind, " ".join(m.group().lower().split())))
            if len(out) >= MAX_SHAPED:
                return out
    return out
