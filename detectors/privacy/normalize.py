"""Text normalisation for PII analysis that keeps a map back to the original offsets.

Attackers and sloppy sources hide identifiers with zero-width characters, look-alike
letters (Cyrillic 'о' for Latin 'o'), full-width digits or spelled-out separators. The
analyzer sees a cleaned copy; spans found there are mapped back so that redaction hits
the exact characters of the original text.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Invisible format characters that split tokens without showing anything.
_INVISIBLE = {
    "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\u2061", "\u2062",
    "\u2063", "\u2064", "\ufeff", "\u00ad", "\u180e", "\u034f",
}

# Common confusables (Cyrillic/Greek letters that render like Latin ones).
_HOMOGLYPHS = {
    "а": "a", "в": "B", "е": "e", "к": "k", "м": "M", "н": "H", "о": "o", "р": "p", "с": "c",
    "т": "T", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ј": "j", "ԁ": "d", "ɡ": "g", "ӏ": "l",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S",
    "α": "a", "ο": "o", "ρ": "p", "ν": "v", "τ": "t", "ι": "i", "κ": "k", "ε": "e",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u3000": " ",
    "＠": "@", "．": ".",
    # Armenian and Cherokee letters drawn like Latin ones ("tumօr", "HIᏙ")
    "օ": "o", "ս": "u", "հ": "h", "ո": "n", "ց": "g", "ք": "p",
    "Ꭺ": "A", "Ᏼ": "B", "Ꮯ": "C", "Ꭼ": "E", "Ꮋ": "H", "Ꭻ": "J", "Ꮶ": "K", "Ꮮ": "L", "Ꮇ": "M",
    "Ꮲ": "P", "Ꭱ": "R", "Ꮪ": "S", "Ꭲ": "T", "Ꮩ": "V", "Ꮃ": "W", "Ꮓ": "Z",
}


@dataclass(frozen=True)
class Normalized:
    """A cleaned text and, for every character of it, its index in the original."""

    text: str
    index: tuple[int, ...]
    original: str

    @property
    def changed(self) -> bool:
        return self.text != self.original

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the cleaned text back to the original text."""
        if not self.index:  # the identity map (or an empty text)
            if not self.text:
                return start, end
            s, e = min(start, len(self.text) - 1), min(end, len(self.text)) if end > 0 else 0
            return s, max(s, e)
        s = self.index[min(start, len(self.index) - 1)]
        e = self.index[min(end, len(self.index)) - 1] + 1 if end > 0 else 0
        while 0 < e < len(self.original) and _is_mark(self.original[e]):
            e += 1  # a mark dropped from the copy belongs to the character before it: it goes with it
        return s, max(s, e)


def _is_mark(c: str) -> bool:
    return unicodedata.category(c) in ("Mn", "Me")


def _is_variation_selector(c: str) -> bool:
    return "\ufe00" <= c <= "\ufe0f" or "\U000e0100" <= c <= "\U000e01ef"


def _char(c: str) -> str:
    if c in _HOMOGLYPHS:
        return _HOMOGLYPHS[c]
    if ord(c) < 128:
        return c
    if unicodedata.category(c) == "Nd":  # a decimal digit of any script (Devanagari ४, Arabic-Indic ٤, ...)
        return str(unicodedata.decimal(c))
    folded = unicodedata.normalize("NFKC", c)
    # Keep a 1:1 character mapping: only accept single-character ASCII foldings
    # (full-width digits and letters, mathematical alphanumerics).
    if len(folded) == 1 and ord(folded) < 128:
        return folded
    return c


def _escaped_break(text: str, i: int) -> bool:
    """A backslash-n or backslash-r at i that stands for a line break.

    Only when the backslash itself is not escaped (an even run of backslashes before it)
    and what follows is no lower-case letter: "Phone:\\n439", "Carlsen\\nAddress" are line
    breaks; "p@ss\\new0rd9" is a password that happens to hold a backslash.
    """
    if text[i + 1:i + 2] not in ("n", "r"):
        return False
    run = 0
    while i - run - 1 >= 0 and text[i - run - 1] == "\\":
        run += 1
    nxt = text[i + 2:i + 3]
    return run % 2 == 0 and not nxt.islower()


# What can change a character: anything outside ASCII, a backslash (escaped line breaks), a
# carriage return before a line feed, a number wrapped after a hyphen ("123-\n45-\n6789": the
# line break is the wrap, the hyphen the separator). Runs of other characters are copied as they are.
_SPECIAL = re.compile(r"[^\x00-\x7f]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|\\|\r(?=\n)|(?<=\d)-[ \t]*\r?\n[ \t]*(?=\d)")

# Control characters and letters that render as nothing ("536\x0022\x001847", "HIV\u3164"):
# dropped between digits, as zero-width characters are, and read as a space elsewhere.
# Separators that do show (vertical tab, form feed, the information separators, Unicode line
# and paragraph separators) read as a space or a break.
_DROPPED = frozenset([chr(c) for c in range(0x20) if chr(c) not in "\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"]
                     + ["\x7f", "\u115f", "\u1160", "\u3164", "\uffa0", "\u2800"])
_AS_SPACE = {"\x0b": " ", "\x0c": " ", "\x1c": " ", "\x1d": " ", "\x1e": " ", "\x1f": " ", "\u2028": "\n", "\u2029": "\n"}


def _last(out: list[str]) -> str:
    """The last character written to the copy so far ("\uffff" when none: no base to attach to)."""
    for run in reversed(out):
        if run:
            return run[-1]
    return "\uffff"


def normalize(text: str) -> Normalized:
    """Cleaned copy; an escaped line break ("\\n" in JSON-encoded tool output) is read as one,
    or "...\\nJane" would glue the n to the name."""
    if not _SPECIAL.search(text):
        return Normalized(text, (), text)  # nothing to clean: the identity map
    out: list[str] = []
    index: list[int] = []
    pos = 0
    for m in _SPECIAL.finditer(text):
        i = m.start()
        if i < pos:
            continue  # the "n" of an escaped break is never special; kept for safety
        out.append(text[pos:i])
        index.extend(range(pos, i))
        pos = i + 1
        c = text[i]
        if m.end() > i + 1 and c == "-":  # a number wrapped after its hyphen: the hyphen stays
            out.append("-")
            index.append(i)
            pos = m.end()
            continue
        if c in _DROPPED:
            if not (_last(out).isdigit() and text[i + 1:i + 2].isdigit()):
                out.append(" ")  # between words a space ("was\x00diagnosed"); between digits nothing
                index.append(i)
            continue
        if c in _INVISIBLE or unicodedata.category(c) == "Cf":
            continue
        if c in _AS_SPACE:
            out.append(_AS_SPACE[c])
            index.append(i)
            continue
        if _is_variation_selector(c) or (_is_mark(c) and _last(out) < "\x80"):
            # "4\ufe0f111", "1\u03322\u0332": a mark on a digit, a Latin letter or punctuation only
            # splits the token; marks of other scripts (Devanagari vowel signs) are their letters
            continue
        if c == "\\" and _escaped_break(text, i):
            out.append("\n")
            index.append(i)
            pos = i + 2
            continue
        if c == "\r":
            continue  # a Windows line end is one line break
        if "\ud800" <= c <= "\udfff":
            c = "\ufffd"  # a lone surrogate (broken UTF-16) cannot be encoded; the model gets a placeholder
        out.append(_char(c))
        index.append(i)
    out.append(text[pos:])
    index.extend(range(pos, len(text)))
    return Normalized("".join(out), tuple(index), text)
