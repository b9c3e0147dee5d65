"""Whom the user told the agent to answer.

A result that asks its reader to send things somewhere makes that place *directed*, and a call
sending there is escalated: where the agent sends is the user's choice. But "reply to her",
"send the invoice where they asked", "reschedule it the way he asked" make it the user's choice:
the user defers to the request in the data. Then a destination is still directed unless it is
the requester's own — the address the result gives as a field (a `From:` line, a record's
`email`), or one on the same organisation's mail domain ("please send it to our accounts team
at accounts@<the sender's domain>"). A redirection to anywhere else, the shape of an injection,
stays escalated however the user phrased the request.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from detectors.safety.heuristics import asks_reader
from detectors.safety.values import Value, extract_values

# The user hands the destination to the data: a reply ("answer" only with an object: "the
# answer is no" defers nothing), doing something as someone asked, or someone else's request
# given as the reason ("Priya wants the deck", "the client asked for the minutes").
_REPLY = (r"\b(?:reply|replies|replying|respond|responding|write\s+back|get\s+back\s+to|call\s+(?:\w+\s+)?back|"
          r"follow(?:ing)?[\s-]+up\s+with|answer(?:s|ing)?\s+(?:her|him|them|the\s+\w+|their|his|it|this|that|back)\b)")
_ASKING = (r"(?:ask|asks|asked|asking|request|requests|requested|requesting|wants?|wanted|wanting|needs?|needed|"
           r"specif(?:y|ies|ied)|indicat(?:es|ed)|instruct(?:s|ed)|suggest(?:s|ed)|promis(?:es|ed)|propos(?:es|ed)|"
           r"said|says|told|tells|wrote|writes|e-?mailed|messaged|mention(?:s|ed)|describ(?:es|ed)|prefer(?:s|red))")
_AS_ASKED = (r"\b(?:as|where|wherever|how|the\s+way|what|whatever|who|whoever|whom|that|which|like)\s+"
             r"(?:[\w'’-]+\s+){0,3}?" + _ASKING + r"\b")
_PER_REQUEST = r"\b(?:per|following)\s+(?:his|her|their|the\s+\w+['’]s|\w+['’]s)\s+(?:instructions?|requests?|wishes)\b"
_DEFERS = re.compile(f"{_REPLY}|{_AS_ASKED}|{_PER_REQUEST}", re.IGNORECASE)
# a third person (not "I" or "we") asking: case matters for the name
_THEIR_REQUEST = re.compile(
    r"\b(?:(?i:he|she|they)|[A-Z][a-z][\w'’-]*|(?i:the|his|her|their)\s+[a-z][\w-]*)\s+"
    r"(?:(?i:has|have|had|is|are|was|were|just|also|already)\s+)?"
    r"(?i:asked|asks|asking|requested|requests|requesting|wants|wanted|needs|needed|(?:is|are)\s+waiting)\b")
_NOT_A_PERSON = frozenset("i we it this that there what which who please can could would will should".split())
# "don't reply", "do not send it yet", "never forward": the user keeps the decision, whatever else the
# request says; and "ignore whatever they say", "never mind what she wants", "the answer is no"
_HELD_BACK = re.compile(
    r"(?:\b(?:not|never|no)\b|n['’]t\b)\s+(?:[\w'’-]+\s+){0,2}?(?:send|sending|reply|replying|respond|forward|e-?mail|share|"
    r"answer|write|contact|cc|pay|transfer|do|act|follow)\b|\b(?:ignore|disregard|never\s+mind|declin\w*|turn\s+\w+\s+down)\b"
    r"|\b(?:answer\s+is|say|tell\s+\w+)\s+no\b|\bleave\s+it\b", re.IGNORECASE)


def defers_to_requester(task: str) -> bool:
    """Does the user's request leave the destination to a request in the data ("reply to her",
    "where they asked", "Priya wants the deck: send it")? Not where the user holds a sending
    back ("don't reply", "do not send it yet", "ignore what it says")."""
    task = task or ""
    if _HELD_BACK.search(task):
        return False
    return bool(_DEFERS.search(task)) or any(
        m.group().split()[0].lower() not in _NOT_A_PERSON for m in _THEIR_REQUEST.finditer(task))


# Addresses a text gives as a field: a header or label line ("From: Jane <jane@x>", "Canal:
# e-mail (jane@x)") or a record's string field ("email": "jane@x"), under a label that names
# whoever wrote or is described (from, sender, contact, customer, email, ...) and none that names
# where things go (to, cc, reply-to, deliver_to, ...: an address the data chose as a destination);
# not a field that itself asks the reader to act ("Send it here: x@y").
_LABEL_LINE = re.compile(r"(?m)^[ \t>*_\"'-]{0,4}([A-Za-z][\w .\-]{0,30}?)[\"']?[ \t]*[:=][ \t]*(.{1,200})$")
_FIELD = re.compile(r"[\"']([A-Za-z][\w .\-]{0,30})[\"']\s*:\s*[\"']([^\"'\n]{1,200})[\"']")
_LABEL_WORDS = re.compile(r"[a-z]+|[A-Z][a-z]*")
_WHO_LABELS = frozenset(
    "from sender author by contact customer client requester requestor reporter submitter owner user lead "
    "email mail channel canal von de da od van".split())
_WHERE_LABELS = frozenset(
    "to cc bcc recipient recipients deliver delivery destination dest target send forward forwarding reply upload "
    "webhook callback redirect notify share shared attendee attendees participant participants invitee invitees".split())
# A field whose value says more than a name beside the address is a sentence, not a field
# ("message": "the report goes to x@y").
_WORDS = re.compile(r"[^\W\d_]+")
_SENTENCE_WORDS = frozenset("to into onto at for via please send sent forward reply write contact use go goes should must "
                            "will is are be".split())


def _names_requester(label: str) -> bool:
    words = {w.lower() for w in _LABEL_WORDS.findall(label)}
    return bool(words & _WHO_LABELS) and not words & _WHERE_LABELS


# Mail providers where two addresses on one domain are two strangers.
_SHARED_MAIL = frozenset(
    "gmail googlemail outlook hotmail live msn yahoo ymail rocketmail aol icloud me mac proton protonmail pm gmx "
    "web mail email inbox yandex qq 163 126 sina zoho fastmail tutanota tuta hey hushmail mailfence posteo".split())


@dataclass(frozen=True)
class Requesters:
    """What a text gives as its requester's: values (ledger keys), organisations' mail domains, and
    the parties they name (a domain, or an address on a shared provider). Several parties (a list of
    tickets, a thread with forwarded mail, two results) leave open whom the user meant, and one may
    ask for another's data to be sent to itself: `safety.taint` then answers none of them."""

    keys: set[tuple[str, str]]
    domains: set[str]
    parties: set[str]

    def own(self, value: Value) -> bool:
        """The value is the requester's own: given as a field, or an address on its organisation's domain."""
        return value.key in self.keys or (value.kind == "email" and _domain(value.norm) in self.domains)


def requester_values(text: str) -> Requesters:
    """The requester's values `text` gives as fields (see `Requesters`)."""
    given: list[Value] = []
    for rx in (_LABEL_LINE, _FIELD):
        for m in rx.finditer(text):
            if not _names_requester(m.group(1)) or asks_reader(m.group(0)):
                continue
            values = extract_values(m.group(2))
            rest = m.group(2)
            for v in values:
                rest = rest.replace(v.raw, " ")
            words = _WORDS.findall(rest.lower())
            if len(words) <= 5 and not _SENTENCE_WORDS.intersection(words):  # a name with it at most
                given.extend(values)
    keys = {v.key for v in given}
    domains = {d for v in given if v.kind == "email" and not _shared(d := _domain(v.norm))}
    parties = domains | {v.norm for v in given if v.kind == "email" and _shared(_domain(v.norm))}
    return Requesters(keys, domains, parties)


def _domain(address: str) -> str:
    return address.rpartition("@")[2].lower()


def _shared(domain: str) -> bool:
    return any(label in _SHARED_MAIL for label in domain.split(".")[:-1])
