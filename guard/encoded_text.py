"""Text hidden in an encoding a model undoes on its own, or when the text asks it to.

An injection in base64 ("Decode this and follow it: SWdub3Jl..."), in hex, in rot13 or written
backwards is gibberish to patterns and plain to a capable model, and so is an address in a
base64 blob. These readings are extra text for the checks to read beside the original: nothing
here is shown to anyone or written back into content.

What is decoded is what reads as text afterwards: a base64 or hex run that is valid UTF-8 and
printable (random bytes almost never are: 16 of them all printable ASCII is one chance in ten
million), and a line that a cipher turns from no English into English (counted by the most
common English words, which say nothing about any attack). Text in other languages is not
deciphered.
"""
from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator

MAX_LAYERS = 64  # decoded runs read per text: a text of ten thousand blobs is not read ten thousand times
MAX_LAYER_CHARS = 65_536  # decoded characters read per text

# A run of whole base64 quanta (standard or URL-safe alphabet), of at least 20 characters (15
# bytes), optionally broken into lines as MIME writes it (76 characters a line); also right
# after a JSON text's escaped line break ("\n"), and never at its "n".
_B64 = re.compile(
    r"(?:(?<![A-Za-z0-9+/=_\\-])|(?<=\\n))[A-Za-z0-9+/_-]{4}(?:[A-Za-z0-9+/_-]{4}|\r?\n(?=[A-Za-z0-9+/_-]{4})){4,}"
    r"(?:[A-Za-z0-9+/_-]{2}==|[A-Za-z0-9+/_-]{3}=|[A-Za-z0-9+/_-]{2,3}(?![A-Za-z0-9+/=_-]))?"
    r"(?![A-Za-z0-9+/=_-])"
)
# Hex bytes, bare or separated by single spaces or colons (at least 12 bytes); and "\x"-escaped.
_HEX = re.compile(r"(?:(?<![0-9A-Za-z\\])|(?<=\\n))(?:[0-9A-Fa-f]{2}[ :]?){11}[0-9A-Fa-f]{2}(?:[ :]?[0-9A-Fa-f]{2})*(?![0-9A-Za-z])")
_HEX_ESCAPED = re.compile(r"(?:\\x[0-9A-Fa-f]{2}){12,}")
# What a base64 run cannot do without, searched first (a plain scan, without the lookbehind at
# each position): prose and tables hold no 20 base64 characters in a row.
_B64_SEED = re.compile(r"[A-Za-z0-9+/_-]{20}")
_RLO_RUN = re.compile("[\u202e\u2067]([^\u202c\u2069\n]*)[\u202c\u2069]?")

_WORD = re.compile(r"[^\W\d_]+")  # letters of any script: "Minä" is one word, not "Min" and "ä"
# The commonest English words (function words and the verbs every request uses): most English
# lines hold several, a line of base64, a hash or another language almost none.
_COMMON = frozenset("""
a about after all also an and any are as at be been before but by can could do does for from
get give had has have he her here him his how i if in into is it its just let me more must my
new no not now of on one only or other our out over please she should so some than that the
their them then there these they this those to up us was we were what when which who will with
would you your
""".split())
_ROT13 = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm",
)
_SPACED_LETTERS = re.compile(r"(?<=\S) (?=\S)")


def _as_text(data: bytes) -> str | None:
    """`data` as text when it reads as text: valid UTF-8, printable, mostly letters and spaces."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not text or not all(c.isprintable() or c in "\n\r\t" for c in text):
        return None
    wordy = sum(c.isalnum() or c.isspace() for c in text)
    return text if wordy >= 0.6 * len(text) and sum(c.isalpha() for c in text) >= 4 else None


def _from_base64(run: str) -> str | None:
    if run.isalpha() or run.isdigit() or run.isalnum() and (run.islower() or run.isupper()):
        return None  # a word, a number or one-case identifier: base64 of text mixes cases and digits
    padded = run + "=" * (-len(run) % 4)
    try:
        data = base64.b64decode(padded.replace("-", "+").replace("_", "/"), validate=True)
    except (binascii.Error, ValueError):
        return None
    return _as_text(data)


def _mime_blocks(run: str) -> list[list[str]]:
    """A run across lines cut into the blocks it holds: MIME writes a blob as lines of one
    length (the last shorter); a line of another length ("Regards") is a block of its own.
    Lines keep a carriage return before their break (sizes count it; decoding drops it)."""
    if "\n" not in run:
        return [[run]]
    blocks: list[list[str]] = []
    for line in run.split("\n"):
        width = len(line.rstrip("\r"))
        if blocks and len(blocks[-1][-1].rstrip("\r")) == len(blocks[-1][0].rstrip("\r")) >= 40 and width:
            blocks[-1].append(line)
        else:
            blocks.append([line])
    return blocks


def _from_hex(run: str) -> str | None:
    try:
        return _as_text(bytes.fromhex(re.sub(r"[ :]|\\x", "", run)))
    except ValueError:
        return None


def _common(words: list[str]) -> int:
    return sum(w.lower() in _COMMON for w in words)


def _reads_as_english(words: list[str]) -> bool:
    """Two or more of the commonest words, one of them of three letters or more ("AN OR ON TO"
    is the rot13 of a list of codes), and a quarter of all words."""
    hits = [w for w in words if w.lower() in _COMMON]
    return len(hits) >= 2 and any(len(w) >= 3 for w in hits) and len(hits) * 4 >= len(words)


def _deciphered(line: str) -> str | None:
    """The line as rot13, backwards, or with its letters spaced apart joined, when that reads as
    English and the line itself does not."""
    tokens = line.split()
    if len(tokens) < 3:
        return None  # three words need whitespace between them (a base64 line, a CSV row of codes: none)
    words = _WORD.findall(line)
    if len(words) < 3 or _common(words) * 4 > len(words):
        return None
    if len(tokens) >= 8 and sum(len(t) == 1 for t in tokens) >= 0.8 * len(tokens):
        joined = " ".join(_SPACED_LETTERS.sub("", line).split())
        if _reads_as_english(_WORD.findall(joined)):
            return joined
    for candidate in (line.translate(_ROT13), line[::-1], line[::-1].translate(_ROT13)):
        if _reads_as_english(_WORD.findall(candidate)):
            return candidate
    return None


def _runs(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, decoded text) of each base64 or hex run of `text` that decodes to text; a
    run across lines is read block by block (`_mime_blocks`), and a blob's last line may be a
    word of its own ("…ZXIu" / "Regards")."""
    if len(text) < 20:
        return
    for m in _B64.finditer(text) if _B64_SEED.search(text) else ():
        at = m.start()
        for lines in _mime_blocks(m.group()):
            size = sum(len(x) + 1 for x in lines) - 1
            whole = "".join(lines).replace("\r", "")
            decoded = _from_base64(whole) if len(whole) >= 20 else None
            if decoded is not None:
                yield at, at + size, decoded
            elif len(lines) > 1 and (decoded := _from_base64("".join(lines[:-1]).replace("\r", ""))) is not None:
                yield at, at + size - len(lines[-1]) - 1, decoded  # the word after it is not the blob's
            at += size + 1
    hexes = [_HEX] + ([_HEX_ESCAPED] if "\\x" in text else [])
    for m in (m for pattern in hexes for m in pattern.finditer(text)):
        decoded = _from_hex(m.group())
        if decoded is not None:
            yield m.start(), m.end(), decoded


def encoded_runs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, decoded text) of the base64 and hex runs in `text` that decode to text: what
    a redactor must hide whole when the decoded text holds a secret or personal data (all of
    them: a secret after many harmless runs is still read)."""
    return list(_runs(text))


_LINE_ENDS = re.compile(r"\r?\n|\\r\\n|\\n|\"\s*[,:]\s*\"")


def _lines(text: str) -> list[str]:
    """Lines to decipher one by one: a JSON text's escaped breaks and its string boundaries
    (`", "`) end a line too, so English in the other fields does not hide a rot13 body."""
    return _LINE_ENDS.split(text)


def decoded_layers(text: str, ciphers: bool = True) -> list[str]:
    """The readable text hidden in `text`: base64 and hex runs decoded (two levels deep: base64
    of base64), text under a right-to-left override as it is displayed, and, with `ciphers`,
    lines in rot13, written backwards or spelled with spaces between letters, deciphered. At
    most `MAX_LAYERS` layers and `MAX_LAYER_CHARS` characters of decoded runs, and as many of
    the others."""
    decoded: list[str] = []  # base64 and hex layers
    read: list[str] = []  # right-to-left and cipher layers, on a budget of their own: blobs do not use it up
    room = {"decoded": MAX_LAYER_CHARS, "read": MAX_LAYER_CHARS}

    def keep(into: list[str], layer: str) -> bool:
        kind = "decoded" if into is decoded else "read"
        if len(into) >= MAX_LAYERS or room[kind] <= 0:
            return False
        into.append(layer[: room[kind]])
        room[kind] -= len(into[-1])
        return True

    plain = text.replace("\\r\\n", "\n").replace("\\n", "\n") if "\\n" in text else text
    for _, _, layer in _runs(plain):
        if not keep(decoded, layer):
            break
        for _, _, inner in _runs(layer):
            keep(decoded, inner)
    if "\u202e" in text or "\u2067" in text:
        for line in text.splitlines():
            if _RLO_RUN.search(line) and not keep(read, _RLO_RUN.sub(lambda m: m.group(1)[::-1], line)):
                break
    if ciphers:
        for line in _lines(text):
            deciphered = _deciphered(line)
            if deciphered is not None and not keep(read, deciphered):
                break
    return decoded + read
