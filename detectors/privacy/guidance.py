"""Step-specific privacy guidance: what may go to whom for this task, what must not, why.

The text names data types, whose data it is and the deciding norm, never the personal
values themselves, so the instruction can be logged and audited as it is.
"""
from __future__ import annotations

from detectors.privacy.analysis import summarise, Decision

_SUBJECT = {"self": "the user", "other": "a third party", "child": "a child", "none": "someone"}
_RECIPIENT = {
    "public": "a public audience", "user": "the user", "subject": "the person it is about",
    "unknown": "the recipient", "service_provider": "a service provider",
}


def _who(r: str) -> str:
    word = r.replace("_", " ")
    return _RECIPIENT.get(r, f"{'an' if word[:1] in 'aeiou' else 'a'} {word} recipient")


def _line(item: dict) -> str:
    return f"{', '.join(item['types'])} about {_SUBJECT.get(item['subject'], item['subject'])} [norm {item['norm']}: {item['why']}]"


def write_guidance(decisions: list[Decision], *, step: int, tool: str, relation: str, relation_evidence: str,
                   task: str | None, earlier: list[dict] | None = None) -> str:
    groups = summarise(decisions)
    lines = [f"Privacy guidance after step {step} ({tool}): the result contains personal information."]
    if task:  # not quoted: the task is the user's content, and this text is logged and audited
        lines.append(f"For the user's task, the expected recipient is {_who(relation)} ({relation_evidence}).")
    if groups["allow"]:
        lines.append(f"You MAY share with {_who(relation)}, as far as the task needs it:")
        lines += [f"  - {_line(i)}" for i in groups["allow"]]
    if groups["minimise"]:
        lines.append("Share ONLY IN GENERAL TERMS (no names of conditions, numbers, dates, places or other specifics):")
        lines += [f"  - {_line(i)}" for i in groups["minimise"]]
    if groups["deny"]:
        lines.append(f"Do NOT share with {_who(relation)}:")
        lines += [f"  - {_line(i)}" for i in groups["deny"]]
    if earlier:
        lines.append("Still in force from earlier steps:")
        lines += [f"  - {_line(i)} -> {i['action']}" for i in earlier]
    lines.append(
        "Keep the non-sensitive content the task needs (events, plans, general updates); leave out or "
        "generalise only the items above. If the recipient differs from the expected one, apply the same norms to them."
    )
    return "\n".join(lines)


def change_notice(changes: list[dict], relation: str) -> str:
    kinds = sorted({(c["data_type"], c["action"], c["norm"]) for c in changes})
    parts = [f"{t} ({a}, norm {n})" for t, a, n in kinds]
    return (f"Privacy: the outgoing content to {_who(relation)} was minimally redacted: "
            + "; ".join(parts) + ". Do not re-add the removed details.")
