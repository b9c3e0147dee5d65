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


# Every pattern starts only where a token starts, so a long token is scanned once, not once per character.
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)*+")
_DOTTED = re.compile(r"(?<![\w.@/-])(?:https?://)?[\w-]++(?:\.[\w-]++)++(?:/[^\s\"'<>]*+)?")
_TLD = re.compile(r"[a-z]{2,6}")
_IDENT = re.compile(r"(?<![\w.-])(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[A-Za-z0-9][\w-]{4,}+(?<=[A-Za-z0-9])(?![\w-])")
_QUOTED = re.compile(r"(?<!\w)'([^'\n]{2,80})'(?!\w)|\"([^\"\n]{2,80})\"|\u201c([^\u201d\n]{2,80})\u201d|\u2018([^\u2019\n]{2,80})\u2019")
_PERCENT = re.compile(r"(?<![\d,.])\d[\d,.]*+\s*(?:%|per ?cent\b)", re.I)


def _address(token: str) -> str | None:
    """A web or e-mail-less address or file name: labels joined by dots, the last a lower-case
    top-level domain or extension. A sentence's next word is cut off ("example.com.They")."""
    host, slash, path = token.partition("/") if "://" not in token else (token, "", "")
    if "://" in token:
        scheme, _, rest = token.partition("://")
        host, slash, path = rest.partition("/")
        scheme += "://"
    else:
        scheme = ""
    labels = host.split(".")
    cut = len(labels)
    while cut > 1 and not _TLD.fullmatch(labels[cut - 1]):
        cut -= 1
    if cut < 2:
        return None
    tail = slash + path if cut == len(labels) else ""
    return scheme + ".".join(labels[:cut]) + tail


def request_literals(task: str) -> list[tuple[str, str]]:
    """Values a request spells out exactly: ("text", e-mail / URL / file name / code / quoted text)
    and ("number", canonical number of two or more digits), each once, in order."""
    out: list[tuple[str, str]] = []
    rest = task or ""
    out.extend(("text", m.lower().rstrip(".,!?;:)")) for m in _EMAIL.findall(rest))
    rest = _EMAIL.sub(" ", rest)
    for m in _DOTTED.findall(rest):
        found = _address(m)
        if found:
            out.append(("text", found.lower().rstrip(".,!?;:)")))
    rest = _DOTTED.sub(lambda m: " " if _address(m.group()) else m.group(), rest)
    out.extend(("text", m.lower()) for m in _IDENT.findall(rest))
    rest = _IDENT.sub(" ", rest)
    for groups in _QUOTED.findall(task or ""):
        quoted = next(g for g in groups if g).strip().lower()
        if quoted:
            out.append(("text", quoted))
    rest = _PERCENT.sub(" ", rest)  # a rate is computed with, not passed on
    out.extend(("number", n) for n in numbers(rest) if len(n.replace(".", "")) >= 2)
    return list(dict.fromkeys(out))
