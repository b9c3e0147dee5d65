"""Text as a model reads it: escapes and markup that hide words and values from patterns.

A model reading `attacker\\u0040evil.example` (a JSON text a tool returned) or
`attacker&#64;evil.example` (an HTML page) sees `attacker@evil.example`, and writes that form
in its next call. Scanners that match the raw text see neither. These readings are for
matching only: nothing here is shown to anyone or written back into content.
"""
from __future__ import annotations

import html
import re
import urllib.parse

# "\u0418" and a surrogate pair ("\ud83d\ude00") as JSON writes characters outside ASCII; a
# lone surrogate stays escaped (it is no character).
_JSON_U = re.compile(r"\\u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})|\\u([0-9a-f]{4})", re.IGNORECASE)
# Character references with their semicolon only: "&copy=2" in a query string is no entity.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _json_char(m: re.Match[str]) -> str:
    if m.group(3):
        code = int(m.group(3), 16)
        return m.group(0) if 0xD800 <= code <= 0xDFFF else chr(code)
    high, low = int(m.group(1), 16), int(m.group(2), 16)
    return chr(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))


def decode_json_escapes(text: str) -> str:
    """`\\uXXXX` escapes written as their characters (Python's `json.dumps` escapes all of
    non-ASCII by default: a Russian or zero-width-split injection in a JSON text is ASCII)."""
    return _JSON_U.sub(_json_char, text) if "\\u" in text or "\\U" in text else text


def _wide_char(m: re.Match[str]) -> str:
    if m.group(3):
        code = int(m.group(3), 16)
        return chr(code) if code >= 0xA0 and not 0xD800 <= code <= 0xDFFF else m.group(0)
    return _json_char(m)


# The same escaped again (JSON inside a JSON string: "J\\\\u00fcrgen", nested twice: four
# backslashes): its backslashes go with it. Three are an escaped backslash and an escape, and
# stay; a run is read from its first backslash only (from every one it was quadratic).
_DEEP = r"(?<!\\)(?:\\{4}|\\{2}|\\)u"
_JSON_U_DEEP = re.compile(_DEEP + r"(d[89ab][0-9a-f]{2})" + _DEEP + r"(d[c-f][0-9a-f]{2})|" + _DEEP + r"([0-9a-f]{4})", re.IGNORECASE)


def decode_wide_json_escapes(text: str) -> str:
    """Only the `\\uXXXX` escapes of characters outside ASCII and its controls decoded: what a
    redactor reads as a name ("Fran\\u00e7ois M\\u00fcller" is François Müller, and so is a JSON
    text inside a JSON string, its escapes escaped again), while a JSON text stays valid JSON (no
    quote, backslash or control character appears)."""
    return _JSON_U_DEEP.sub(_wide_char, text) if "\\u" in text or "\\U" in text else text


def _entity(m: re.Match[str]) -> str:
    out = html.unescape(m.group(0))
    return out if out != "\x00" else m.group(0)


def decode_entities(text: str) -> str:
    """HTML character references (`&#64;`, `&commat;`, `&shy;`) written as their characters."""
    return _ENTITY.sub(_entity, text) if "&" in text and ";" in text else text


# Markup inside a word ("Ign</b><b>ore", "Ign**ore**"): a reader sees one word.
_TAG_IN_WORD = re.compile(r"(?<=[A-Za-z])(?:<[A-Za-z/][^<>\n]{0,40}>)+(?=[A-Za-z])")
_MARK_IN_WORD = re.compile(r"(?<=[A-Za-z])(?:\*{1,3}|_{2}|~~|`)(?=[A-Za-z])")


def join_markup_in_words(text: str) -> str:
    """Tags and emphasis marks between two letters dropped: the word a reader sees."""
    if "<" in text:
        text = _TAG_IN_WORD.sub("", text)
    if "*" in text or "~" in text or "`" in text or "__" in text:
        text = _MARK_IN_WORD.sub("", text)
    return text


# A token holding percent escapes ("https%3A%2F%2Fevil.example", "Ignore%20all%20previous"): the
# token starts after whitespace, so a text of one long token is tried once (linear).
_PERCENT_TOKEN = re.compile(r"(?<!\S)[^\s%]*(?:%[0-9A-Fa-f]{2}[^\s%]*)+")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _unquoted(m: re.Match[str]) -> str:
    try:
        out = urllib.parse.unquote(m.group(0), errors="strict")
    except UnicodeDecodeError:
        return m.group(0)  # not UTF-8 text: binary data in a URL, or a stray "%"
    return m.group(0) if _CONTROL.search(out) else out


def decode_percent_escapes(text: str) -> str:
    """Tokens with URL percent escapes written as the text they encode (a model reads
    `attacker%40evil.example` as the address). Escapes of control characters other than line
    breaks and tabs, or bytes that are no UTF-8, leave their token as it is."""
    return _PERCENT_TOKEN.sub(_unquoted, text) if "%" in text else text


# Letters of other scripts drawn like Latin ones (Unicode's confusables for Cyrillic and Greek).
LOOKALIKES = "аеорсухіјѕԁһԛԝӏɡАВЕКМНОРСТХІЈЅοαινκρτυχεΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"
AS_LATIN = str.maketrans(LOOKALIKES, "aeopcyxijsdhqwlgABEKMHOPCTXIJSoaivkptuxeABEZHIKMNOPTYX")
# A token holding a look-alike, matched from the token's start only (a long token is tried once:
# from every position of it, "\S*[…]\S*" was quadratic).
_TOKEN_WITH_LOOKALIKE = re.compile(r"(?<!\S)[^\s" + LOOKALIKES + r"]*[" + LOOKALIKES + r"]\S*")


def _latin_token(m: re.Match[str]) -> str:
    token = m.group()
    return token.translate(AS_LATIN) if re.search("[A-Za-z]", token) else token


def latin_lookalikes(text: str) -> str:
    """Cyrillic and Greek look-alikes inside a token that has Latin letters too read as Latin
    ("evil-mаil.com" with a Cyrillic "а" is the address it shows); words wholly in Cyrillic or
    Greek stay as they are."""
    return text if text.isascii() else _TOKEN_WITH_LOOKALIKE.sub(_latin_token, text)


def as_read(text: str) -> str:
    """JSON escapes, character references and percent escapes decoded, and markup inside words
    dropped."""
    return join_markup_in_words(decode_percent_escapes(decode_entities(decode_json_escapes(text))))
