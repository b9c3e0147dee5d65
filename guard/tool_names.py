"""How a tool's name is read: its snake-case form, the part after a namespace, and whether it
names a second action. The tool gate, taint's trust and the privacy egress check read names
alike, so that no spelling (`sendEmail`, `mcp__mail__send_email`) or compound
(`read_and_forward_email`) means one thing to one check and another to the next."""
from __future__ import annotations

import re

_NAMESPACE = re.compile(r"__|[./:]")
_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
# "get_or_create_payment", "read_email-and-forward": a read with something else done after it
SECOND_ACTION = re.compile(r"[_\-](?:and|or|then)[_\-]", re.IGNORECASE)
# Verbs that take data in or compute on it: a name they lead (`search_emails`,
# `verify_email_address`) sends nothing and changes nothing, whatever nouns follow.
READ_VERBS = frozenset(
    "get list read search find fetch query check view show lookup look describe count retrieve load browse "
    "inspect preview recall extract validate verify calculate compute summarize summarise translate parse "
    "convert".split())
_WORD = re.compile(r"[a-z0-9]+")


def snake_case(name: str) -> str:
    """`sendEmail`, `SEND_EMAIL` → `send_email`."""
    return _CAMEL.sub(r"\1_\2", name).lower()


def namespace_tail(name: str) -> str:
    """The part of a tool name after its namespace (`mcp__github__create_issue` → `create_issue`,
    `functions.post_message` → `post_message`); the name itself when it has none."""
    return _NAMESPACE.split(name)[-1]


def leading_verb(name: str) -> str:
    """The first word of a tool's name after its namespace (`mcp__mail__searchEmails` → `search`)."""
    m = _WORD.match(snake_case(namespace_tail(name)))
    return m.group() if m else ""
