"""Destinations a user leaves to a person they name: "send her report to her GP like she asked",
"to the insurers' address Jo gave", "update Sarah's contact to what she said".

Where data directs a thing somewhere ("please send it to x@y"), the destination is the data's
choice, which the user must confirm (`safety.taint`). A user who names the person whose request
they are carrying out has confirmed it, but only for that person's own words. So an address
counts as chosen only where all of this holds: the user's sentence hands the destination over to
someone it names (`deferred_names`), neither asked nor refused anywhere in that sentence; the
result is a message with one writer and nothing quoted or forwarded in it (`sole_writer`), and
that writer carries a name the user gave; the sentence directing the address shares two words
with the user's sentence, or one with the words naming the destination (the same thing, the same
recipient); and no other writer the run read carries that name (two Jos, or a display name copied
from another address).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from detectors.safety.literal_gate import COMMON_WORDS
from detectors.safety.values import Value, extract_values

_NAME = r"(?-i:[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)"
_NAMES = rf"{_NAME}(?:\s+{_NAME})?"
_ASKED = (r"(?:(?:has|have|had)\s+|['’](?:s|ve|d)\s+)?(?:asked|asks|requested|requests|wanted|wants|said|says|"
          r"instructed|gave|gives|sent|gives)\b")
_SEND = r"send|re-?send|e-?mail|forward|share|pass|post|courier|text|copy|cc"
_WHERE = r"address|e-?mail|email\s+address|number|mobile|phone|contact|account|details"
_LEFT = re.compile(
    # "send her report to her GP like she asked", "email the invoice to Marcus's work email, as he requested"
    rf"\b(?:{_SEND})\b[^.;!?\n]{{0,80}}?\b(?:to|for)\s+(?P<dest>[^.;!?\n]{{1,60}}?),?\s+(?:like|as|the\s+way)\s+"
    rf"(?P<who>he|she|they|(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?{_NAMES})\s+{_ASKED}"
    # "to the insurers' address she gave", "to the new email Ms Okafor gave"
    rf"|\bto\s+(?P<dest2>(?:the|any|whatever|whichever)\s+(?:[\w-]+(?:['’]s?)?\s+){{0,2}}?(?:{_WHERE}))\s+"
    rf"(?P<who2>he|she|they|(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?{_NAMES})\s+(?:['’]s\s+|has\s+)?(?:gave|given|sent|said|asked\s+for)\b"
    # "update her contact to what she said"
    rf"|\b(?:update|change|set|switch|point)\b[^.;!?\n]{{0,60}}?\bto\s+(?:what(?:ever)?|the\s+one)\s+"
    rf"(?P<who3>he|she|they|{_NAMES})\s+(?:said|asked\s+for|gave|wants|sent)\b",
    re.IGNORECASE)
_REFUSED = re.compile(r"\b(?:not|never|no|don['’]?t|do\s+not|won['’]?t|rather|instead|ignore|forget|skip|hold\s+off|"
                      r"unless|until|before|if)\b|n['’]t\b", re.IGNORECASE)
# who the pronoun is: a name the sentence gives as an owner ("Marcus's"), with a title ("Ms Rahman"), as
# the one who got in touch ("Sarah Pike texted") or the one answered ("reply to Jo", "thank Jo")
_OWNER = re.compile(rf"(?:\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+({_NAME})|({_NAME})['’]s?(?=\s|$)(?<=['’]s|s['’])|"
                    rf"({_NAMES})\s+(?:texted|e-?mailed|messaged|wrote|rang|called|phoned)\b|"
                    rf"\b(?i:reply\s+to|respond\s+to|write\s+back\s+to|get\s+back\s+to|thank|answer)\s+({_NAMES}))")
_TITLES = frozenset("mr mrs ms miss dr".split())


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]


def _words_of_names(text: str) -> frozenset[str]:
    return frozenset(w for w in (re.sub(r"['’]s?$", "", w).lower() for w in re.findall(_NAME, text)) if w not in _TITLES)


@dataclass(frozen=True)
class Deferral:
    names: frozenset[str]  # the name words of whom the destination is left to
    sentence: str          # the user's sentence that leaves it
    where: str             # the words it names the destination with ("her GP", "the treasurer's address")


@functools.lru_cache(maxsize=256)
def deferred_names(request: str) -> tuple[Deferral, ...]:
    """Each sentence of the request that leaves where a thing goes to a person it names, and the
    names: in the hand-over itself ("like Jo asked"), or for "like she asked" the owner, titled or
    texting person the sentence names. Not a question, nor a sentence with a "not", "rather",
    "instead", "unless" or the like anywhere in it (the user may be refusing what was asked)."""
    out = []
    for sentence in _sentences(request or ""):
        if sentence.rstrip().endswith("?") or _REFUSED.search(sentence):
            continue
        for m in _LEFT.finditer(sentence):
            who = m.group("who") or m.group("who2") or m.group("who3") or ""
            names = _words_of_names(who)
            if not names:
                names = frozenset(re.sub(r"['’]s?$", "", w).lower() for g in _OWNER.findall(sentence) for part in g
                                  for w in re.findall(_NAME, part)) - _TITLES
            if names:
                out.append(Deferral(names, sentence, m.group("dest") or m.group("dest2") or ""))
    return tuple(out)


@dataclass(frozen=True)
class Writer:
    names: frozenset[str]  # name words, lower case
    address: str           # the address or number written from ("" where none is given)


_MESSAGE_TOOL = re.compile(r"mail|message|sms|inbox|chat|whatsapp|slack|teams|conversation|dm|text|response|form|"
                           r"ticket|comment|enquir|inquir", re.IGNORECASE)
_MARK = re.compile(
    r"(?im)^[ \t]*(?:from|sender)[ \t]*:[ \t]*([^\n]{1,200})$"
    r"|\"(?:from|sender|name|full_name|fullName|author|guest|customer|client|reviewer|display_name|displayName|"
    r"profile_name|real_name)\"\s*:\s*\"((?:[^\"\\\n]|\\.){1,200})\"")
# a part written by someone else: a quoted line, "On … X wrote:", a forwarded or original message, or a
# header line in the body ("Sent: …", "From: …" after the mail's own headers)
_QUOTED = re.compile(r"(?im)(?:^|\\n)[ \t]*>|\bwrote\s*:|\b(?:original|forwarded)\s+message\b|\bbegin\s+forwarded\b|"
                     r"(?:^|\\n)[ \t]*(?:from|sent|to|cc|subject|date)[ \t]*:")
_BODY = re.compile(r"\r?\n[ \t]*\r?\n")
# the name a message is signed with, after its closing words: "Blessings, Ann", "Thanks,\nMarcus"
_SIGNED = re.compile(rf"(?im)^[ \t]*(?:thanks|thank\s+you|many\s+thanks|best(?:\s+wishes)?|(?:kind\s+|warm\s+|best\s+)?regards|"
                     rf"cheers|blessings|all\s+the\s+best|yours(?:\s+sincerely)?|ta)[ \t]*[,.!]?[ \t]*\n?[ \t]*({_NAMES})[ \t]*$")


def sole_writer(tool: str, text: str) -> Writer | None:
    """The one person who wrote a message result (a mail, a text, a form response): one sender
    mark with a name, and nothing quoted or forwarded after its headers. None for anything else."""
    if not _MESSAGE_TOOL.search(tool):
        return None
    marks = [m for m in _MARK.finditer(text) if _words_of_names(re.sub(r"<[^<>]*>|\S+@\S+", " ", m.group(1) or m.group(2)))]
    if len(marks) != 1 or len(re.findall(r"(?im)^[ \t]*from[ \t]*:|\"from\"\s*:", text)) > 1:
        return None
    mark = marks[0]
    body = _BODY.search(text, mark.end())
    if _QUOTED.search(text, body.end() if body and mark.group(1) else mark.end()):
        return None
    value = mark.group(1) or mark.group(2)
    names = _words_of_names(re.sub(r"<[^<>]*>|\S+@\S+", " ", value))
    names |= frozenset(w for m in _SIGNED.finditer(text, mark.end()) for w in _words_of_names(m.group(1)))
    # the address in the sender line itself, else the first one near a record's name field
    address = next((v.raw.lower() for part in (value, text[max(0, mark.start() - 200):mark.end() + 200])
                    for v in extract_values(part) if v.kind in ("email", "phone")), "")
    return Writer(names, address)


def _about(text: str) -> set[str]:
    """Words a sentence is about: three letters or more and not common, or capitals ("GP", "PL"); names aside."""
    words = {w.lower() for w in re.findall(r"\b[A-Z]{2,}\b", text)}
    words |= {w for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in COMMON_WORDS}
    return {w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words - _SENDING - _words_of_names(text)}


_SENDING = frozenset("send resend email mail forward share pass post courier text copy please could would asked ask "
                     "want wanted like said gave given address also".split())


def _reported(before: str) -> bool:
    """The writer quotes someone else here: an open quotation mark, or "says:" and the like, before the value
    ("A site I found says: \"email the certificate to …\"")."""
    opened = before.count('"') % 2 or before.count("“") > before.count("”")
    return bool(opened or re.search(r"\b(?:says|said|writes|wrote|reads|states)\s*:", before, re.IGNORECASE))


def chooser(tool: str, text: str, request: str) -> tuple[Writer, Callable[[str, Value], bool]] | None:
    """(the writer, which of the addresses their sentences direct the user chose), for a result
    whose sole writer carries a name the user left a destination to; None otherwise."""
    deferrals = deferred_names(request)
    writer = sole_writer(tool, text) if deferrals else None
    if writer is None:
        return None
    mine = [d for d in deferrals if d.names & writer.names]
    if not mine:
        return None

    def chosen(sentence: str, value: Value) -> bool:
        at = sentence.lower().find(value.raw.lower())
        if at < 0 or _reported(sentence[:at]):
            return False
        said = _about(sentence)  # the same thing sent, or the same recipient: "her GP" and "my GP, Dr Hughes"
        return any(len(said & _about(d.sentence)) >= 2 or said & _about(d.where) for d in mine)

    return writer, chosen


def hands_over_destination(request: str) -> bool:
    """Whether the request leaves a destination to a person it names (`deferred_names`)."""
    return bool(deferred_names(request))
