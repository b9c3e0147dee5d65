"""What a request asks for: whether it asks for a change, and the values it spells out."""
from __future__ import annotations

import re

from detectors.verification.raters.text import numbers
from detectors.verification.trajectory import WRITE_VERBS

_TOKENS = re.compile(r"[a-z0-9]+|[.!?;:\n,()]", re.I)
_FILLERS = frozenset("please pls kindly just also then first finally now and".split())
_ASKS = frozenset("can could would will".split())
_WANTS = frozenset("you me us need want like have going sure is".split())
_OBJECTS = frozenset("the a an all them him her it my our this that these those each every me us".split())
_SUBJECTS = frozenset("i we they he she you it who did do does was were is are has have had will would could can should may "
                      "might not".split())
_NOUN_BEFORE = frozenset("the a an my your his her its our their this that these those of for in on at by with from per each "
                         "every any no some".split())


def requests_change(task: str) -> bool:
    """A write verb in a command's position: opening a clause ("Please send", "and add"), after "can you" or
    "need you to", or taking an object with no subject before it ("to each user write the message").
    "the status of order 42" and "how much did I pay" ask for nothing to change."""
    toks = [t.lower() for t in _TOKENS.findall(task or "")]
    for i, w in enumerate(toks):
        if w not in WRITE_VERBS:
            continue
        j = i - 1
        while j >= 0 and toks[j] in _FILLERS:
            j -= 1
        prev = toks[j] if j >= 0 else "."
        before = toks[j - 1] if j >= 1 else ""
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if prev in ".!?;:\n,(" or (prev == "you" and before in _ASKS) or (prev == "to" and before in _WANTS):
            return True
        if prev in _SUBJECTS or prev in _NOUN_BEFORE:
            continue  # "I pay", "did you send", "the order"
        if j < i - 1 or nxt in _OBJECTS:
            return True
    return False


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
# a lower-case last label keeps a sentence's next word out ("example.com.They")
_ADDRESS = re.compile(r"\b(?:https?://)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}\b(?:/[^\s\"'<>]*)?")
_IDENT = re.compile(r"(?<![\w.-])(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[A-Za-z0-9][\w-]{4,}[A-Za-z0-9](?![\w-])")
_QUOTED = re.compile(r"(?<!\w)'([^'\n]{2,80})'(?!\w)|\"([^\"\n]{2,80})\"|\u201c([^\u201d\n]{2,80})\u201d|\u2018([^\u2019\n]{2,80})\u2019")

_PERCENT = re.compile(r"\d[\d,.]*\s*(?:%|per ?cent\b)", re.I)


def request_literals(task: str) -> list[tuple[str, str]]:
    """Values a request spells out exactly: ("text", e-mail / URL / file name / code / quoted text)
    and ("number", canonical number of two or more digits), each once, in order."""
    out: list[tuple[str, str]] = []
    rest = task or ""
    for rx in (_EMAIL, _ADDRESS, _IDENT):
        out.extend(("text", m.lower().rstrip(".,!?;:)")) for m in rx.findall(rest))
        rest = rx.sub(" ", rest)
    for groups in _QUOTED.findall(task or ""):
        quoted = next(g for g in groups if g).strip().lower()
        if quoted:
            out.append(("text", quoted))
    rest = _PERCENT.sub(" ", rest)  # a rate is computed with, not passed on
    out.extend(("number", n) for n in numbers(rest) if len(n.replace(".", "")) >= 2)
    return list(dict.fromkeys(out))
