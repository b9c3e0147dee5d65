"""What a request asks for: whether it asks for a change, and the values it spells out."""
from __future__ import annotations

import re
from typing import Callable

from detectors.verification.raters.text import numbers
from detectors.verification.trajectory import WRITE_VERBS

_TOKENS = re.compile(r"[^\W_]+(?:['’][^\W_]+)?|[.!?;:\n,()]")
_SENTENCES = re.compile(r"[^.!?\n]+[.!?]*")
_QUOTES = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”|(?<!\w)'[^'\n]*'(?!\w)")
_FILLERS = frozenset("please pls kindly just also then first finally now and".split())
_ASKS = frozenset("can could would will".split())
_WANTS = frozenset("you me us need want like have going sure is".split())
_OBJECTS = frozenset("the a an all them him her it my our this that these those each every me us".split())
_SUBJECTS = frozenset("i we they he she you it who did do does was were is are has have had will would could can should may "
                      "might not".split())
_NOUN_BEFORE = frozenset("the a an my your his her its our their this that these those of for in on at by with from per each "
                         "every any no some".split())
_QUESTION_OPENERS = frozenset("what how when where why who whom whose which did do does is are was were has have had am "
                              "should shall may might must".split())
# Verbs that read rather than change; with a few more they open a command ("Find …, and post …").
READ_VERBS = frozenset("find get read search look check list show fetch retrieve tell give summarize summarise".split())
COMMAND_VERBS = READ_VERBS | frozenset("visit open go sort count compare review concatenate collect gather see".split())
_NEGATIONS = frozenset("don't don’t dont never not no".split())


def _asks_for_change(sentence: str) -> bool:
    raw = _TOKENS.findall(sentence)
    toks = [t.lower() for t in raw]
    words = [t for t in toks if t[0].isalnum()]
    if not words:
        return False
    opens_with_command = words[0] in WRITE_VERBS or words[0] in COMMAND_VERBS or words[0] in _FILLERS
    polite = len(words) > 1 and words[0] in _ASKS and words[1] == "you"  # "Can you send …?" asks for an act
    if words[0] in _QUESTION_OPENERS or (sentence.rstrip().endswith("?") and not (polite or opens_with_command)):
        return False  # "How much did I pay?", "Alice sent it?"; not "Set up a transfer for me?"
    for i, w in enumerate(toks):
        if w not in WRITE_VERBS or any(t in _NEGATIONS for t in toks[max(0, i - 3):i]):
            continue  # "don't pay the invoice" forbids a change
        j = i - 1
        while j >= 0 and toks[j] in _FILLERS:
            j -= 1
        prev = toks[j] if j >= 0 else "."
        before = toks[j - 1] if j >= 1 else ""
        nxt = raw[i + 1] if i + 1 < len(raw) else ""
        if prev in ".!?;:\n,(" or (prev == "you" and before in _ASKS) or (prev == "to" and before in _WANTS):
            return True
        if prev in ("should", "must") and before == "you":
            return True  # "you should send the report"
        if prev in _SUBJECTS or prev in _NOUN_BEFORE or prev.endswith("ly") or (j == i - 1 and j > 0 and raw[j][:1].isupper()):
            continue  # "I pay", "the order", "recently paid", "… Alice send"
        if j < i - 1 and opens_with_command:
            return True  # "Find the channel and post there …"
        if nxt.lower() in _OBJECTS or nxt[:1].isdigit() or nxt[:1].isupper():
            return True  # "to each user write the message"
    return False


def requests_change(task: str) -> bool:
    """A write verb in a command's position: opening a clause ("Please send", "and add"), after "can you" or
    "need you to", or taking an object with no subject before it ("to each user write the message").
    Questions ("how much did I pay", "did Alice send it?"), prohibitions ("don't pay") and quoted text
    ask for nothing to change; nor do nouns ("the status of order 42")."""
    text = _QUOTES.sub(" ", task or "")
    return any(_asks_for_change(m.group()) for m in _SENTENCES.finditer(text))


# Every pattern starts only where a token starts, so a long token is scanned once, not once per character.
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)*+")
_DOTTED = re.compile(r"(?<![\w.@/-])(?:https?://)?[\w-]++(?:\.[\w-]++)++(?:/[^\s\"'<>]*+)?")
_TLD = re.compile(r"[a-z]{2,6}|[A-Z]{2,6}")  # "com", "PDF"; not a sentence's next word, "They"
_DOTTED_NUMBER = re.compile(r"(?<![\w.])\d++(?:\.\d++){2,}+(?![\w.])")  # 192.168.1.10, 2.14.3
_IDENT = re.compile(r"(?<![\w.-])(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[A-Za-z0-9][\w-]{4,}+(?<=[A-Za-z0-9])(?![\w-])")
_QUOTED = re.compile(r"(?<!\w)'([^'\n]{2,80})'(?!\w)|\"([^\"\n]{2,80})\"|\u201c([^\u201d\n]{2,80})\u201d|\u2018([^\u2019\n]{2,80})\u2019")
_MEASURE = re.compile(r"\d+-[A-Za-z]+")  # "30-minute", "5-star": a number and its unit
_PERCENT = re.compile(r"(?<![\d,.])\d[\d,.]*+\s*(?:%|per ?cent\b)", re.I)


def _address(token: str) -> str | None:
    """A web address or file name: labels joined by dots, the last a top-level domain or
    extension in one case. A sentence's next word is cut off ("example.com.They")."""
    scheme, sep, rest = token.partition("://")
    scheme, rest = (scheme + sep, rest) if sep else ("", token)
    host, slash, path = rest.partition("/")
    labels = host.split(".")
    cut = len(labels)
    while cut > 1 and not _TLD.fullmatch(labels[cut - 1]):
        cut -= 1
    if cut < 2:
        return None
    tail = slash + path if cut == len(labels) else ""
    return scheme + ".".join(labels[:cut]) + tail


def _trimmed(token: str) -> str:
    return token.lower().rstrip(".,!?;:)")


def _web_address(token: str) -> str | None:
    found = _address(token)
    return _trimmed(found) if found else None


def _code(token: str) -> str | None:
    return None if _MEASURE.fullmatch(token) else token.lower()


def _take(rx: re.Pattern, kind: str, value: Callable[[str], str | None], text: str, out: list) -> str:
    """Each match that `value` accepts becomes a (kind, literal) in `out` and leaves the text."""
    def cut(m: re.Match) -> str:
        found = value(m.group())
        if found is None:
            return m.group()
        out.append((kind, found))
        return " "
    return rx.sub(cut, text)


def request_literals(task: str) -> list[tuple[str, str]]:
    """Values a request spells out exactly, each once, in order: ("email", address), ("text", web
    address / file name / code / version / quoted text) and ("number", canonical number of two or
    more digits; not a rate, not the "30" of "30-minute", which stays a number)."""
    out: list[tuple[str, str]] = []
    rest = _take(_EMAIL, "email", _trimmed, task or "", out)
    rest = _take(_DOTTED, "text", _web_address, rest, out)
    rest = _take(_DOTTED_NUMBER, "text", str, rest, out)
    rest = _take(_IDENT, "text", _code, rest, out)
    for groups in _QUOTED.findall(task or ""):
        quoted = next(g for g in groups if g).strip().lower()
        if quoted:
            out.append(("text", quoted))
    rest = _PERCENT.sub(" ", rest)  # a rate is computed with, not passed on
    out.extend(("number", n) for n in numbers(rest) if len(n.replace(".", "")) >= 2)
    return list(dict.fromkeys(out))


def literal_in(value: str, literal: str) -> bool:
    """`literal` occurs in `value` as a whole token: "alice@example.com" is not in
    "malice@example.com" nor in "alice@example.com.evil.io"."""
    return re.search(rf"(?<![\w@.+-]){re.escape(literal)}(?![\w@-]|\.\w)", value) is not None
