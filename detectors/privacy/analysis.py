"""Text + context -> findings, each resolved against the contextual-integrity norms."""
from __future__ import annotations

from dataclasses import dataclass

from detectors.privacy.context import purpose_of
from detectors.privacy.engine import Entity, PiiAnalyzer
from detectors.privacy.norms import Flow, NormAction, NormSet, Resolution, resolve
from detectors.privacy.taxonomy import Finding, classify


@dataclass
class Decision:
    finding: Finding
    resolution: Resolution  # the strictest of the per-type resolutions: what is enforced
    per_type: list[Resolution] | None = None


def decide(findings: list[Finding], *, relation: str, task: str | None, norms: NormSet,
           sender: str = "user") -> list[Decision]:
    out = []
    for f in findings:
        results = []
        for t in sorted(f.types):
            flow = Flow(data_type=t, subject=f.subject if f.subject in ("self", "other", "child") else "other",
                        sender=sender, recipient=relation, purpose=purpose_of(task, t, relation))
            results.append(resolve(flow, norms))
        out.append(Decision(f, max(results, key=lambda r: r.action.strictness), results))
    return out


def find(text: str, analyzer: PiiAnalyzer, user_names: tuple[str, ...] = (),
         entities: list[Entity] | None = None, context_subject: str = "none") -> list[Finding]:
    ents = entities if entities is not None else analyzer.analyze(text)
    return classify(text, ents, user_names, context_subject)


def summarise(decisions: list[Decision]) -> dict[str, list[dict]]:
    """Group decisions by outcome, without any personal values (safe for audit/telemetry)."""
    groups: dict[str, list[dict]] = {a.value: [] for a in NormAction}
    seen = set()
    for d in decisions:
        for r in d.per_type or [d.resolution]:
            key = (r.action.value, r.flow.data_type, d.finding.subject, r.norm_id)
            if key in seen:
                continue
            seen.add(key)
            groups[r.action.value].append({
                "types": [r.flow.data_type], "subject": d.finding.subject,
                "norm": r.norm_id, "why": r.why, "recipient": r.flow.recipient, "purpose": r.flow.purpose,
            })
    return groups
