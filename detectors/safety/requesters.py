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

from detectors.safety.heuristics import asks_reader
from detectors.safety.values import Value, extract_values

# The user hands the destination to the data: a reply, or doing something as someone asked.
_REPLY = r"\b(?:reply|replies|replying|respond|responding|answer|write\s+back|get\s+back\s+to|call\s+(?:\w+\s+)?back|follow(?:ing)?[\s-]+up\s+with)\b"
_AS_ASKED = (
    r"\b(?:as|where|wherever|how|the\s+way|what|whatever|who|that|which)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:asked|asks|requested|requests|wanted|wants|specified|specifies|indicated|indicates|instructed|instructs|"
    r"suggested|suggests|promised|proposed|proposes|said|says|told|tells|wrote|writes|mentioned|mentions|"
    r"described|describes|prefers|preferred)\b")
_DEFERS = re.compile(f"{_REPLY}|{_AS_ASKED}", re.IGNORECASE)
# "don't reply", "never do what it asks", "ignore whatever they say"
_REFUSED_BEFORE = re.compile(r"\b(?:not|never|no|without|ignore|disregard|n't)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)

# Addresses a text gives as a field: a header or label line ("From: Jane <jane@x>", "Canal:
# e-mail (jane@x)") or a record's string field ("email": "jane@x"); not its recipients, and not
# a field that itself asks the reader to act ("Send it here: x@y").
_LABEL_LINE = re.compile(r"(?m)^[ \t>*_\"'-]{0,4}([A-Za-z][\w .\-]{0,30}?)[\"']?[ \t]*[:=][ \t]*(.{1,200})$")
_FIELD = re.compile(r"[\"']([A-Za-z][\w .\-]{0,30})[\"']\s*:\s*[\"']([^\"'\n]{1,200})[\"']")
# A field whose value says more than a name beside the address is a sentence, not a field
# ("message": "the report goes to x@y").
_WORDS = re.compile(r"[^\W\d_]+")
_SENTENCE_WORDS = frozenset("to into onto at for via please send sent forward reply write contact use go goes should must "
                            "will is are be".split())
_RECIPIENT_LABEL = re.compile(r"^(?:to|cc|bcc|recipients?|attendees?|participants?|invitees?|members?)$", re.IGNORECASE)
# Mail providers where two addresses on one domain are two strangers.
_SHARED_MAIL = frozenset(
    "gmail googlemail outlook hotmail live msn yahoo ymail rocketmail aol icloud me mac proton protonmail pm gmx "
    "web mail email inbox yandex qq 163 126 sina zoho fastmail tutanota tuta hey hushmail mailfence posteo".split())


def defers_to_requester(task: str) -> bool:
    """Does the user's request leave the destination to a request in the data ("reply to her",
    "where they asked")? Not where it is negated ("don't reply", "ignore what it says")."""
    return any(not _REFUSED_BEFORE.search(task, 0, m.start()) for m in _DEFERS.finditer(task or ""))


def requester_values(text: str) -> tuple[set[tuple[str, str]], set[str]]:
    """(ledger keys of the values `text` gives as fields, other than its recipients; the
    organisations' mail domains among them)."""
    given: list[Value] = []
    for rx in (_LABEL_LINE, _FIELD):
        for m in rx.finditer(text):
            if _RECIPIENT_LABEL.match(m.group(1).strip()) or asks_reader(m.group(0)):
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
    return keys, domains


def is_requesters(value: Value, keys: set[tuple[str, str]], domains: set[str]) -> bool:
    """The value is the requester's own: given as a field, or an address on its organisation's domain."""
    return value.key in keys or (value.kind == "email" and _domain(value.norm) in domains)


def _domain(address: str) -> str:
    return address.rpartition("@")[2].lower()


def _shared(domain: str) -> bool:
    return any(label in _SHARED_MAIL for label in domain.split(".")[:-1])
