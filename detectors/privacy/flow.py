"""`assess_flow(text)`: parse a described information flow and judge its appropriateness.

Accepts the survey form used in contextual-integrity studies ("Information about X's
Y is collected/shared by Z (with W) in order to / if P") and plain sentences about who
shares what with whom ("A nurse tells a patient's employer about her diagnosis").
Returns the 5-tuple, the deciding norm and a score in [-1, 1] built from three general
parts: the norm's action, the transmission principle (consent, anonymisation,
notice, a legitimate service purpose raise it; commercial use, indefinite retention,
sharing onward lower it) and the sensitivity of the data type.
"""
from __future__ import annotations

import re

from pydantic import BaseModel

from detectors.privacy.context import relation_of, stated
from detectors.privacy.norms import Flow, NormAction, NormSet, cached_norms, resolve
from detectors.privacy.taxonomy import _VOCAB_RE

_SURVEY = re.compile(
    r"information about (?P<subject>.+?(?:'s|’s|s'))? ?(?P<type>[^,]+?) is (?:being )?"
    r"(?P<verb>collected|shared|sent|sold|disclosed|transmitted|used|accessed|stored|given|provided|transferred|recorded)"
    r"(?: by (?P<sender>.+?))?(?: (?:with|to) (?P<recipient>.+?))?"
    r"(?:,? (?P<purpose>(?:in order to|so that|to|for|if|when|because|as long as|only if|unless|with|without)\b.*))?[.?!]?$",
    re.IGNORECASE,
)
MAX_FLOW_CHARS = 2000
_SENTENCE = re.compile(
    r"^(?P<sender>.+?) (?P<verb>shares?|sends?|tells?|discloses?|reveals?|gives?|forwards?|posts?|emails?|sells?|"
    r"passes?|reports?|shows?|mentions?|leaks?|provides?|informs?|collects?)(?: (?P<type1>.+?))?"
    r" (?:with|to) (?P<recipient>.+?)(?: (?:about|regarding) (?P<type2>.+?))?"
    r"(?:,? (?P<purpose>(?:in order to|so that|to|for|if|because|without|with)\b.*))?[.?!]?$",
    re.IGNORECASE,
)
_TELL = re.compile(
    r"^(?P<sender>.+?) (?P<verb>tells?|informs?|emails?|shows?|messages?|texts?|notifies|notify|warns?) "
    r"(?P<recipient>.+?) (?:about|regarding|that|of) (?P<type>.+?)"
    r"(?:,? (?P<purpose>(?:in order to|so that|for|because|without|with)\b.*))?[.?!]?$",
    re.IGNORECASE,
)

# Transmission principles and purposes, scored by the direction they move acceptability.
_PRINCIPLES: list[tuple[re.Pattern[str], float, str]] = [
    (re.compile(r"\b(?:consent\w*|permission|agreed|opt(?:s|ed)? in|authori[sz]ed by)\b", re.I), 0.35, "consent"),
    (re.compile(r"\b(?:anonymi[sz]\w+|de-?identified|aggregated|without (?:names|identif\w+))\b", re.I), 0.3, "anonymised"),
    (re.compile(r"\b(?:notif\w+|informed|aware|privacy policy)\b", re.I), 0.1, "notice"),
    (re.compile(r"\b(?:provide|improve|deliver|perform|operate)\w* (?:the |a |its )?(?:service|function|feature)s?\b|"
                r"\b(?:diagnos\w+|treat\w*|care|safety|secur\w+|emergenc\w+|protect\w*|fix|repair|respond)\b", re.I), 0.25, "service"),
    (re.compile(r"\b(?:warrant|court order|subpoena|legally required|required by law)\b", re.I), 0.2, "legal basis"),
    (re.compile(r"\b(?:advertis\w+|marketing|sell|sold|monetiz\w+|profit|third[- ]part(?:y|ies)|data brokers?|targeted)\b", re.I), -0.45, "commercial"),
    (re.compile(r"\b(?:indefinitely|forever|permanently)\b", re.I), -0.3, "indefinite retention"),
    (re.compile(r"\b(?:without (?:consent|permission|their knowledge|telling)|secretly|covertly|without a warrant)\b", re.I), -0.5, "covert"),
    (re.compile(r"\b(?:develop\w* new|research|statistics)\b", re.I), 0.05, "secondary use"),
]
_BASE = {NormAction.ALLOW: 0.5, NormAction.MINIMISE: 0.0, NormAction.DENY: -0.55}
_TYPE_WEIGHT = {  # how much more harm an inappropriate flow of this type does
    "health": 0.15, "credentials": 0.2, "identity": 0.15, "intimate": 0.15, "children": 0.15, "legal": 0.1,
    "finance": 0.1, "location": 0.1, "beliefs": 0.1, "contact": 0.0, "employment": 0.05, "education": 0.05,
    "confidential": 0.05,
}
_DATA_HINTS = [
    ("location", re.compile(r"\b(?:location|whereabouts|address|gps|where (?:he|she|they) (?:is|are|live))\b", re.I)),
    ("health", re.compile(r"\b(?:health|heart rate|sleep\w*|medical|exercise|fitness|weight|diagnos\w+|prescription)\b", re.I)),
    ("contact", re.compile(r"\b(?:phone number|e-?mail|contact)\b", re.I)),
    ("intimate", re.compile(r"\b(?:audio|video|recordings?|conversations?|photos?|images?|camera)\b", re.I)),
    ("identity", re.compile(r"\b(?:identity|social security|passport|birth ?date|date of birth|name)\b", re.I)),
]


class FlowAssessment(BaseModel):
    """The parsed 5-tuple, the deciding norm, and an appropriateness score in [-1, 1]."""

    data_type: str
    data_type_text: str
    subject: str
    subject_text: str
    sender: str  # a role, as norms name them ("user", "healthcare", "unknown")
    sender_text: str = ""
    negated: bool = False  # "does not sell …": the flow is described as not happening
    recipient: str
    recipient_text: str
    purpose: str
    purpose_text: str
    norm_id: str
    norm_action: str
    why: str
    principles: list[str]
    score: float
    parsed_by: str


_NEGATED = re.compile(r"\b(?:does not|doesn't|do not|don't|did not|didn't|will not|won't|would not|wouldn't|never"
                      r"|cannot|can't|must not|mustn't|should not|shouldn't|may not|refuses to|declines to)\s*$", re.I)


def _sender_role(text: str) -> str:
    """The sender as norms name it: the user, a relation ("a nurse" -> healthcare), a service."""
    if not text:
        return "unknown"
    if re.search(r"^(?:i|we|the user|user|myself|me)\b", text, re.I):
        return "user"
    return _role(text)  # "my doctor": the doctor sends


def _role(text: str) -> str:
    """A party's relation ("a nurse" -> healthcare), or a service that holds the data."""
    rel = relation_of(text)
    if rel == "unknown" and _SERVICE.search(text):
        return "service_provider"
    return rel


_SERVICE = re.compile(r"\b(?:manufacturer|developer|provider|company|app|device|isp)\b", re.I)


def _data_type(text: str) -> str:
    if re.search(r"\b(?:e-?mail|phone number|contact (?:details|list|information))\b", text, re.I):
        return "contact"
    for t, rx in _VOCAB_RE.items():
        if rx.search(text):
            return t
    for t, rx in _DATA_HINTS:
        if rx.search(text):
            return t
    return "contact"


def _subject(text: str) -> str:
    t = text.lower()
    if re.search(r"\b(?:child|kid|son|daughter|minor|student|teen\w*|baby)\b", t):
        return "child"
    if re.search(r"\b(?:my|me|i|myself|the user|its owner|owner|your|you)\b", t):
        return "self"
    return "other"


def _parse(text: str) -> tuple[dict[str, str], str]:
    t = " ".join(text.strip().split())
    m = _SURVEY.search(t)
    if m:
        d = {k: (v or "") for k, v in m.groupdict().items()}
        if re.match(r"(?:the |a |an |their |its )?(?:warrant|consent|permission|court order|notice|knowledge)", d["recipient"], re.I):
            d["purpose"] = ("with " + d["recipient"] + " " + d["purpose"]).strip()
            d["recipient"] = ""
        if not d["recipient"] and d["sender"]:
            # "is collected by Y": Y receives the data from the subject.
            d["recipient"], d["sender"] = d["sender"], d["subject"]
        return d, "survey"
    m = _TELL.search(t)
    if m:
        d = {k: (v or "") for k, v in m.groupdict().items()}
        d["subject"] = d["type"]
        return d, "sentence"
    m = _SENTENCE.search(t)
    if m:
        d = {k: (v or "") for k, v in m.groupdict().items()}
        d["type"] = " ".join(x for x in (d.pop("type1", ""), d.pop("type2", "")) if x) or t
        d["subject"] = d["type"]
        return d, "sentence"
    return {"subject": t, "type": t, "sender": "", "recipient": t, "purpose": t, "verb": ""}, "keywords"


def _principles(text: str) -> list[tuple[str, float]]:
    """The transmission principles `text` states. A negated one does not count ("without the
    patient's consent", "will not be sold"); negated consent or notice is a covert flow."""
    out: list[tuple[str, float]] = []
    negated: set[str] = set()
    for rx, w, name in _PRINCIPLES:
        if not rx.search(text):
            continue
        # the covert cue is negative itself; a condition ("if its owner consents") is a principle
        if name == "covert" or stated(rx, text, conditions=False):
            out.append((name, w))
        else:
            negated.add(name)
    if negated & {"consent", "notice"} and all(n != "covert" for n, _ in out):
        out.append(("covert", next(w for _, w, n in _PRINCIPLES if n == "covert")))
    return out


def assess_flow(text: str, norms: NormSet | None = None) -> FlowAssessment:
    """Parse and judge a described information flow (see module docstring)."""
    if not isinstance(text, str) or not text.strip():
        raise ValueError("assess_flow: text must be a non-empty description of an information flow")
    if len(text) > MAX_FLOW_CHARS:  # the sentence patterns backtrack: 32 KB took 12 s
        raise ValueError(f"assess_flow: text has {len(text):,} characters; a flow is described in at most "
                         f"{MAX_FLOW_CHARS:,}")
    norms = norms or cached_norms(None)
    d, how = _parse(text)
    neg = _NEGATED.search(d.get("sender", "") or "")
    if neg:  # "The company does not sell …": the sender without the negation
        d["sender"] = d["sender"][:neg.start()].rstrip()
    if not d.get("subject"):
        d["subject"] = d.get("type", "")
    data_type = _data_type(d["type"] or text)
    subject = _subject(d["subject"] or d["type"])
    if subject == "self" and not re.search(r"^(?:i|we|the user|user|my|myself)\b", d.get("sender", ""), re.I):
        # "its owner's data is collected by X": the owner is not the one sharing, so
        # this is someone else's data in X's hands, not the user sharing their own.
        subject = "other"
    rel = _role(d["recipient"]) if d["recipient"] else "unknown"
    purpose_text = d.get("purpose", "") or ""
    principles = _principles(purpose_text + " " + d.get("verb", ""))
    names = {n for n, _ in principles}
    purpose = ("consent" if "consent" in names else "commercial" if "commercial" in names
               else "emergency" if re.search(r"emergenc", purpose_text, re.I)
               else "task_requires" if "service" in names or "legal basis" in names else "other")
    flow = Flow(data_type=data_type, subject=subject, sender=_sender_role(d.get("sender") or ""),
                recipient=rel, purpose=purpose)
    res = resolve(flow, norms)
    score = _BASE[res.action] + sum(w for _, w in principles)
    if res.action is not NormAction.ALLOW or purpose == "commercial":
        score -= _TYPE_WEIGHT.get(data_type, 0.0)
    if d.get("verb", "").lower() in ("sold", "sells", "sell", "leaks", "leaked"):
        score -= 0.3
    if rel == "government" and "legal basis" not in names and "consent" not in names and "emergency" != purpose:
        score -= 0.3  # state access without a warrant or consent
    if neg:  # not sending what would be wrong to send is fine, and withholding an expected flow less so
        score = -0.5 * score
    score = max(-1.0, min(1.0, round(score, 3)))
    return FlowAssessment(
        data_type=data_type, data_type_text=d["type"], subject=subject, subject_text=d["subject"],
        sender=flow.sender, sender_text=d.get("sender") or "", negated=bool(neg), recipient=rel, recipient_text=d["recipient"], purpose=purpose,
        purpose_text=purpose_text, norm_id=res.norm_id, norm_action=res.action.value, why=res.why,
        principles=sorted(names), score=score, parsed_by=how,
    )
