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


def namespace_parts(name: str) -> list[str]:
    """The parts of a tool name its namespace marks (`carehome.residents.care_plan.update` → carehome,
    residents, care_plan, update)."""
    return [p for p in _NAMESPACE.split(name) if p]


def leading_verb(name: str) -> str:
    """The first word of a tool's name after its namespace (`mcp__mail__searchEmails` → `search`)."""
    m = _WORD.match(snake_case(namespace_tail(name)))
    return m.group() if m else ""


# What a verb written together with it is done to, as some APIs name their methods (ShipStation's
# `orders/createorder`): `createorder` is `create_order` to every check that reads a name.
JOINED_OBJECTS = frozenset(
    "order orders item items object objects record records entry entries event events job jobs ticket tickets task tasks "
    "user users contact contacts invoice invoices shipment shipments label labels message messages booking bookings note "
    "notes customer customers product products account accounts subscription subscriptions member members".split())


def unjoined(word: str, verbs: "frozenset[str] | set[str] | dict[str, object]") -> tuple[str, ...]:
    """`createorder` → (`create`, `order`) where `create` is one of `verbs` (four letters or more) and
    the rest a plain object (`JOINED_OBJECTS`); two objects run together as Stripe names its
    `invoiceitems` → (`invoice`, `items`); any other word as it is."""
    if len(word) >= 8 and word not in verbs and word not in JOINED_OBJECTS:
        for i in range(4, len(word) - 3):
            if word[i:] in JOINED_OBJECTS and (word[:i] in verbs or word[:i] in JOINED_OBJECTS):
                return word[:i], word[i:]
    return (word,)
