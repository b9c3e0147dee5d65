"""Destinations a user leaves to a person they name: "send her report to her GP like she asked",
"to the insurers' address Jo gave", "update Sarah's contact to what she said".

Where data directs a thing somewhere ("please send it to x@y"), the destination is the data's
choice, which the user must confirm (`safety.taint`). A user who names the person whose request
they are carrying out has confirmed it, but only for that person's own words, and whose words are
whose is easy to get wrong (two reviews found 49 ways), so an address counts as chosen only where
all of this holds:

- the user's sentence leaves the destination to a name it gives ("like Jo asked", "the address
  Ann sent"; for "like she asked" the one owner, titled or texting person it names), and nothing
  in the request asks, holds back or makes the sending wait (`deferred_names`);
- the result is a message (a mail, a text, a form response) with one sender mark and nothing
  quoted, forwarded or pasted, whose sender or sign-off carries that name (`sole_message`);
- every place the text gives the address is in the writer's own words: the body before the
  sign-off, or a record's body fields (not a footer, a quote, a subject);
- the directing sentence is not reported speech, and shares a word with how the user names the
  destination ("her GP" and "my GP, Dr Hughes"), or two with the user's sentence where that says
  only "the address";
- no other sender the run read carries the name with another address (two Jos, a display name
  copied onto another mailbox).
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
          r"instructed|gave|gives|sent)\b")
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
# anything in the request that holds the sending back or makes it wait: "… but check with me first", "Once I confirm
# the number, send …", "Stop sending …", "Is that legit?"
_HELD = re.compile(r"\?|\b(?:not|never|no|don['’]?t|do\s+not|won['’]?t|rather|instead|ignore|forget|skip|hold\s+off|"
                   r"unless|until|before|if|once|after|when|wait|first|stop|legit|verify|"
                   r"let\s+me|go-?ahead|draft|(?:check|confirm)\s+with\s+me|double-?check)\b|n['’]t\b", re.IGNORECASE)
# who the pronoun is: the one name the sentence gives as an owner ("Marcus's"), with a title ("Ms Rahman") or as
# the one who got in touch ("Sarah Pike texted"); not a name thanked or replied to ("thank Kevin, and … like she asked")
_OWNER = re.compile(rf"(?:\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+({_NAME})|({_NAME})['’]s?(?=\s|$)(?<=['’]s|s['’])|"
                    rf"({_NAMES})\s+(?:texted|e-?mailed|messaged|wrote|rang|called|phoned)\b)")
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
    names: in the hand-over itself ("like Jo asked"), or for "like she asked" the one owner, titled
    or texting person the sentence names. None where anything in the request asks, holds back or
    makes the sending wait ("not", "rather", "check", "once", "first", a question mark)."""
    out: list[Deferral] = []
    if _HELD.search(request or ""):
        return ()
    for sentence in _sentences(request or ""):
        for m in _LEFT.finditer(sentence):
            who = m.group("who") or m.group("who2") or m.group("who3") or ""
            names = _words_of_names(who)
            if not names:  # the one owner the destination names ("to Marcus's work email"), else the sentence's one
                where = m.group("dest") or m.group("dest2") or ""
                names = _one_owner(where) or _one_owner(sentence)
            if names:
                out.append(Deferral(names, sentence, m.group("dest") or m.group("dest2") or ""))
    return tuple(out)


_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday today tomorrow".split())


def _one_owner(text: str) -> frozenset[str]:
    owners = {frozenset(re.sub(r"['’]s?$", "", w).lower() for w in re.findall(_NAME, part)) - _TITLES - _DAYS
              for g in _OWNER.findall(text) for part in g if part}
    owners.discard(frozenset())
    return next(iter(owners)) if len(owners) == 1 else frozenset()


@dataclass(frozen=True)
class Writer:
    names: frozenset[str]  # name words, lower case
    address: str           # the address or number written from ("" where none is given)


_MESSAGE_TOOL = re.compile(r"mail|message|sms|inbox|chat|whatsapp|slack|teams|conversation|dm|text|response|form|"
                           r"ticket|comment|enquir|inquir", re.IGNORECASE)
# every mark of a sender: a From or Sender line, a record's sender or name field (with a name or without)
_MARK = re.compile(
    r"(?im)^[ \t]*(?:from|sender)[ \t]*:[ \t]*([^\n]{1,200})$"
    r"|\"(?:from|sender|name|full_name|fullName|author|user|user_id|agent_id|guest|customer|client|reviewer|display_name|"
    r"displayName|profile_name|real_name|username)\"\s*:\s*(?:\"((?:[^\"\\\n]|\\.){0,200})\"|[{\d])")
_HEADERS = re.compile(r"(?:[ \t]*(?:from|to|cc|bcc|subject|date|sent|reply-to)[ \t]*:[^\n]*\n)+", re.IGNORECASE)
# a part written by someone else: a quoted line, "On … X wrote:", a forwarded, original or pasted message, or a
# header line in the body ("Sent: …", "From: …" below the mail's own headers)
_QUOTED = re.compile(r"(?im)(?:^|\\n)[ \t]*>|\bwrote\s*:|\b(?:original|forwarded)\s+message\b|\bbegin\s+forwarded\b|"
                     r"\b(?:copied|pasted)\b|\bsee\s+below\b|\bbelow\s*:|"
                     r"(?:^|\\n)[ \t]*(?:from|sent|to|cc|subject|date|sender)[ \t]*:")
# the fields of a record that hold what its writer wrote (not a footer, a quote or a subject)
_BODY_FIELD = re.compile(r"\"(?:body|text|content|message|comment|comments|note|notes|answer|answers|reply)\"\s*:\s*"
                         r"\"((?:[^\"\\]|\\.)*)\"")
_BODY_FIELD_NAMES = re.compile(r"\"(?:body|text|content|message|comment|comments|note|notes|answer|reply)\"\s*:")
# the name a message is signed with, which ends its writer's words: "Blessings, Ann", "Thanks,\nMarcus"
_SIGNED = re.compile(rf"(?i)(?:^|\n)[ \t]*(?:thanks|thank\s+you|many\s+thanks|best(?:\s+wishes)?|(?:kind\s+|warm\s+|best\s+)?"
                     rf"regards|cheers|blessings|all\s+the\s+best|yours(?:\s+sincerely)?|ta)[ \t]*[,.!]?[ \t]*\n?[ \t]*"
                     rf"({_NAMES})[ \t]*(?:\n|$)")


@dataclass(frozen=True)
class Message:
    """A message result with one writer, and where in its text that writer's own words are."""
    writer: Writer
    spans: tuple[tuple[int, int], ...]  # the parts of the text that are the writer's words


def _named(value: str) -> frozenset[str]:
    return _words_of_names(re.sub(r"<[^<>]*>|\S+@\S+", " ", value or ""))


def _address(value: str, text: str, at: int) -> str:
    """The address in a sender line itself, else the first near a record's name field."""
    return next((v.raw.lower() for part in (value, text[max(0, at - 200):at + 200])
                 for v in extract_values(part) if v.kind in ("email", "phone")), "")


def writers_in(text: str) -> list[Writer]:
    """Every named sender a text marks, with the address it gives them."""
    return [Writer(names, _address(m.group(1) or m.group(2) or "", text, m.start()))
            for m in _MARK.finditer(text) if (names := _named(m.group(1) or m.group(2)))]


def sole_message(tool: str, text: str) -> Message | None:
    """A message result (a mail, a text, a form response) with one sender mark, named, and nothing
    quoted, forwarded or pasted in it; its writer's words are its body (a record's body fields) up
    to the sign-off, which may name the writer too. None for anything else."""
    if not _MESSAGE_TOOL.search(tool):
        return None
    marks = list(_MARK.finditer(text))
    if len(marks) != 1 or len(_BODY_FIELD_NAMES.findall(text)) > 1:
        return None
    mark = marks[0]
    names = _named(mark.group(1) or mark.group(2))
    if not names:
        return None
    head = _HEADERS.match(text, text.find(mark.group(0))) if mark.group(1) else None
    start = head.end() if head and head.start() == 0 else 0
    if _QUOTED.search(text, start):
        return None
    if text.lstrip().startswith(("{", "[")):
        spans = tuple(m.span(1) for m in _BODY_FIELD.finditer(text))
    else:
        end = len(text)
        signed = _SIGNED.search(text, start)
        if signed:
            names |= _words_of_names(signed.group(1))
            end = signed.start()
        spans = ((start, end),)
    return Message(Writer(names, _address(mark.group(1) or mark.group(2) or "", text, mark.start())), spans)


def sole_writer(tool: str, text: str) -> Writer | None:
    """The writer of `sole_message`, if the text is one."""
    message = sole_message(tool, text)
    return message.writer if message else None


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
    message = sole_message(tool, text) if deferrals else None
    if message is None:
        return None
    mine = [d for d in deferrals if d.names & message.writer.names]
    if not mine:
        return None
    lowered = text.lower()

    def chosen(sentence: str, value: Value) -> bool:
        at = sentence.lower().find(value.raw.lower())
        if at < 0 or _reported(sentence[:at]):
            return False
        raw = value.raw.lower()  # every place the text gives it is in the writer's own words
        places = [m.start() for m in re.finditer(re.escape(raw), lowered)]
        if not places or not all(any(a <= p < b for a, b in message.spans) for p in places):
            return False
        said = _about(sentence)  # the same recipient ("her GP" and "my GP, Dr Hughes"), else the same thing sent
        return any(said & where if (where := _about(d.where)) else len(said & _about(d.sentence)) >= 2 for d in mine)

    return message.writer, chosen


def hands_over_destination(request: str) -> bool:
    """Whether the request leaves a destination to a person it names (`deferred_names`)."""
    return bool(deferred_names(request))
