"""Text normalisation for PII analysis that keeps a map back to the original offsets.

Attackers and sloppy sources hide identifiers with zero-width characters, look-alike
letters (Cyrillic 'о' for Latin 'o'), full-width digits or spelled-out separators. The
analyzer sees a cleaned copy; spans found there are mapped back so that redaction hits
the exact characters of the original text.
"""
from __future__ import annotations

import html
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
    # where each character's source ends, when some were read from several ("\u00fc", "&#64;")
    ends: tuple[int, ...] = ()

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
        last = min(end, len(self.index)) - 1
        e = (self.ends[last] if self.ends else self.index[last] + 1) if end > 0 else 0
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
    return _unescaped(text, i) and not text[i + 2:i + 3].islower()


# What can change a character: anything outside ASCII, a backslash (escaped line breaks), a
# carriage return before a line feed, a number wrapped after a hyphen ("123-\n45-\n6789": the
# line break is the wrap, the hyphen the separator). Runs of other characters are copied as they are.
# Also escapes a reader decodes (JSON's "\u00fc", HTML's "&#8209;", a URL's "%40"), and groups of
# four digits that continue on the next line in groups of four ("4111 1111⏎1111 1111", an IBAN
# wrapped at a space; not a phone number on the line after a card, "4155 550 132").
# Markdown's bold marks next to a word are dropped ("**Priya** **Natarajan**" is one name). (The
# lookahead first: a position holding none of the characters these start with is passed over
# with one test, not one per alternative.)
_SPECIAL = re.compile(r"(?=[^\x20-\x7e]|[\\&%*-])(?:"
                      r"(?P<emphasis>(?<=[^\W\d_])\*\*|\*\*(?=[^\W\d_]))|"
                      r"(?P<group_wrap>(?<=\d{4} \d{4})(?:\r?\n|\\r\\n|\\n)[ \t]*(?=\d{4}(?: \d{4})*(?: \d{1,3})?(?!\d| \d)))|[^\x00-\x7f]|"
                      r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|(?<=\d)-[ \t]*(?:\r?\n|\\n)[ \t]*(?=\d)|\\|\r(?=\n)|"
                      r"(?P<entity>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)|"
                      r"(?P<percent>(?:%[0-9A-Fa-f]{2})+))")
_JSON_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})(?:\\u([dD][c-fC-F][0-9a-fA-F]{2}))?")

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


def _unescaped(text: str, i: int) -> bool:
    """The backslash at i is not itself escaped (an even run of backslashes before it)."""
    run = 0
    while i - run - 1 >= 0 and text[i - run - 1] == "\\":
        run += 1
    return run % 2 == 0


def _decoded(text: str, m: re.Match[str]) -> list[tuple[str, int]] | None:
    """The characters an escape at `m` stands for, each with where its source ends; None when it
    stands for nothing a reader would see (a lone surrogate, bytes that are no UTF-8)."""
    i = m.start()
    if m.group("entity"):
        out = html.unescape(m.group("entity"))
        return [(out, m.end())] if len(out) == 1 and out != "\x00" else None
    if m.group("percent"):
        run = m.group("percent")
        try:
            chars = bytes.fromhex(run.replace("%", "")).decode("utf-8")
        except UnicodeDecodeError:
            return None
        out, at = [], i
        for ch in chars:
            at += 3 * len(ch.encode())
            out.append((ch, at))
        return out if all(ch.isprintable() or ch in "\n\t" for ch in chars) else None
    esc = _JSON_ESCAPE.match(text, i)
    if esc is None or not _unescaped(text, i):
        return None
    code = int(esc.group(1), 16)
    if 0xD800 <= code <= 0xDBFF and esc.group(2):
        return [(chr(0x10000 + ((code - 0xD800) << 10) + (int(esc.group(2), 16) - 0xDC00)), esc.end())]
    if 0xD800 <= code <= 0xDFFF:
        return None
    return [(chr(code), i + 6)]


def normalize(text: str) -> Normalized:
    """Cleaned copy; an escaped line break ("\\n" in JSON-encoded tool output) is read as one,
    or "...\\nJane" would glue the n to the name; JSON, HTML and URL escapes are read as the
    characters they stand for."""
    if not _SPECIAL.search(text):
        return Normalized(text, (), text)  # nothing to clean: the identity map
    out: list[str] = []
    index: list[int] = []
    ends: list[int] = []
    multi = False  # some character of the copy was read from several of the original

    def put(ch: str, at: int, end: int) -> None:
        out.append(ch)
        index.append(at)
        ends.append(end)

    pos = 0
    for m in _SPECIAL.finditer(text):
        i = m.start()
        if i < pos:
            continue  # inside an escape already read
        out.append(text[pos:i])
        index.extend(range(pos, i))
        ends.extend(range(pos + 1, i + 1))
        pos = i + 1
        c = text[i]
        if m.group("emphasis"):  # "**Priya** **Natarajan**" reads as the name it marks up
            pos, multi = m.end(), True
            continue
        if m.group("group_wrap"):
            put(" ", i, m.end())  # the digits go on: one group separator, not a line break
            pos, multi = m.end(), True
            continue
        if m.end() > i + 1 and c == "-":  # a number wrapped after its hyphen: the hyphen stays
            put("-", i, i + 1)
            pos = m.end()
            continue
        end = i + 1
        if m.group("entity") or m.group("percent") or (c == "\\" and text[i + 1:i + 2] in ("u", "U")):
            chars = _decoded(text, m)
            if chars is None:  # read as it stands
                out.append(text[i:m.end()])
                index.extend(range(i, m.end()))
                ends.extend(range(i + 1, m.end() + 1))
                pos = m.end()
                continue
            multi = True
            if len(chars) > 1:  # a run of percent escapes: several characters
                start = i
                for ch, stop in chars:
                    put(_char(ch) if ch not in _DROPPED else " ", start, stop)
                    start = stop
                pos = m.end() if m.group("percent") else chars[-1][1]
                continue
            c, end = chars[0]
            pos = end
        if c in _DROPPED:
            if not (_last(out).isdigit() and text[end:end + 1].isdigit()):
                put(" ", i, end)  # between words a space ("was\x00diagnosed"); between digits nothing
            continue
        if c in _INVISIBLE or unicodedata.category(c) == "Cf":
            continue
        if c in _AS_SPACE:
            put(_AS_SPACE[c], i, end)
            continue
        if _is_variation_selector(c) or (_is_mark(c) and _last(out) < "\x80"):
            # "4\ufe0f111", "1\u03322\u0332": a mark on a digit, a Latin letter or punctuation only
            # splits the token; marks of other scripts (Devanagari vowel signs) are their letters
            continue
        if c == "\\" and end == i + 1 and _escaped_break(text, i):
            put("\n", i, i + 2)
            pos, multi = i + 2, True
            continue
        if c == "\r":
            continue  # a Windows line end is one line break
        if "\ud800" <= c <= "\udfff":
            c = "\ufffd"  # a lone surrogate (broken UTF-16) cannot be encoded; the model gets a placeholder
        put(_char(c), i, end)
    out.append(text[pos:])
    index.extend(range(pos, len(text)))
    ends.extend(range(pos + 1, len(text) + 1))
    return Normalized("".join(out), tuple(index), text, tuple(ends) if multi else ())
