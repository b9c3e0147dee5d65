"""Minimal-redaction rewrites of an outgoing text (presidio-anonymizer does the edits).

Minimal means: change only what a norm forbids, as little as possible. Identifiers are
replaced or generalised in place (a date of birth becomes its year, a card its last
four digits, a diagnosis "a medical condition"); a sentence whose *content* is the
forbidden information (a diagnosis described in words, a pending case) is removed,
or, under `minimise`, replaced by a neutral phrase naming only the kind of matter.
Everything else is left byte-for-byte as it was.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from detectors.privacy.norms import NormAction, Resolution
from detectors.privacy.taxonomy import Finding

# What a generalised mention of each data type reads like.
GENERAL_PHRASE = {
    "health": "a private health matter",
    "finance": "a private financial matter",
    "legal": "a private legal matter",
    "intimate": "a private personal matter",
    "beliefs": "a private personal matter",
    "employment": "a private work matter",
    "education": "a private school matter",
    "children": "a private family matter",
    "location": "a private location",
    "identity": "private identifying details",
    "contact": "private contact details",
    "credentials": "credentials",
    "confidential": "confidential business details",
}
# Entity types whose presence alone makes a sentence sensitive (edited in place).
ENTITY_LEVEL = {
    "US_SSN", "UK_NINO", "US_PASSPORT", "US_DRIVER_LICENSE", "CREDIT_CARD", "IBAN_CODE", "CRYPTO", "EMAIL_ADDRESS",
    "PHONE_NUMBER", "STREET_ADDRESS", "IP_ADDRESS", "MEDICAL_CONDITION", "CREDENTIAL", "DATE_OF_BIRTH",
}


# Entities that are themselves the sensitive statement rather than an identifier.
CONTENT_ENTITIES = {"MEDICAL_CONDITION"}


@dataclass
class Change:
    kind: str  # "entity", "sentence" or "paragraph" (the rest of a paragraph mostly removed)
    data_type: str
    action: str
    norm_id: str
    replacement: str

    def as_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "data_type": self.data_type, "action": self.action,
                "norm": self.norm_id, "replacement": self.replacement}


@dataclass
class RewriteResult:
    text: str
    changes: list[Change] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.changes)


def _generalise(entity_type: str, value: str) -> str:
    digits = re.sub(r"\D", "", value)
    if entity_type == "DATE_OF_BIRTH":
        year = re.search(r"(19|20)\d{2}", value)
        return f"born in {year.group(0)}" if year else "[date of birth]"
    if entity_type == "MEDICAL_CONDITION":
        return "a medical condition"
    if entity_type == "CREDIT_CARD":
        return f"card ending {digits[-4:]}" if len(digits) >= 4 else "[card]"
    if entity_type == "IBAN_CODE":
        compact = value.replace(" ", "")
        return f"{compact[:2]} account ending {compact[-4:]}"
    if entity_type == "STREET_ADDRESS":
        city = re.search(r",\s*([A-Z][A-Za-z .'-]+),\s*[A-Z]{2}\b", value)
        return city.group(1).strip() if city else "[street address]"
    if entity_type == "PHONE_NUMBER":
        return "[phone number]"
    if entity_type == "EMAIL_ADDRESS":
        return "[e-mail address]"
    if entity_type == "CREDENTIAL":
        return "[secret removed]"
    return f"[{entity_type.lower().replace('_', ' ')}]"


_BORN_ON = re.compile(r"\bborn\s+(on|in)\s+$", re.IGNORECASE)
_BORN = re.compile(r"\bborn\s+$", re.IGNORECASE)
_IS = re.compile(r"\b(?:is|was|be)\s+$", re.IGNORECASE)


def _year_in_context(text: str, start: int, end: int, general: str) -> list[tuple[int, int, str]]:
    """Edits that generalise a date of birth to its year so that the sentence still reads: the
    recognizer's cue stays in the text ("born on", "DOB:"), so the year is written to fit it
    ("born on 14 March 1985" -> "born in 1985", "my date of birth is 1985" -> "... is in 1985",
    "DOB: 14/03/1985" -> "DOB: 1985") instead of repeating the cue ("born on born in 1985").
    The first edit is the date's own."""
    year = re.search(r"(?:19|20)\d{2}", general)
    if not year:
        return [(start, end, general)]
    y = year.group(0)
    window = max(0, start - 24)
    if m := _BORN_ON.search(text, window, start):  # "on" fits a day, "in" a year
        return [(start, end, y), (m.start(1), m.end(1), "in")]
    if _BORN.search(text, window, start) or _IS.search(text, window, start):
        return [(start, end, f"in {y}")]
    return [(start, end, y)]


def _withheld(entity_type: str) -> str:
    if entity_type == "CREDENTIAL":
        return "[secret removed]"
    return f"[{entity_type.lower().replace('_', ' ')} withheld]"


def rewrite_text(text: str, decisions: list[tuple[Finding, Resolution]]) -> RewriteResult:
    """Apply the minimal edits that make `text` comply with the resolved norms."""
    from presidio_anonymizer import AnonymizerEngine
    from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

    edits: list[tuple[int, int, str]] = []
    changes: list[Change] = []
    for finding, res in decisions:
        if res.action is NormAction.ALLOW:
            continue
        entity_types = {e.type for e in finding.entities if e.type in ENTITY_LEVEL}
        # under minimise the value is generalised in place, and the words that label it stay
        word_types = {t for t in finding.types
                      if not _only_from_entities(t, finding, labels=res.action is NormAction.MINIMISE)}
        if res.action is NormAction.DENY and entity_types & CONTENT_ENTITIES:
            # "X is treated for <withheld>" still says X is ill: the statement itself goes.
            word_types |= {_ent_type(t) for t in entity_types & CONTENT_ENTITIES}
        if word_types:
            # The sentence itself states the sensitive matter: drop or neutralise it.
            main = sorted(word_types)[0]
            start, end, whole = _narrow_to_aside(finding, word_types)
            phrase = GENERAL_PHRASE.get(main, "a private matter")
            if res.action is NormAction.DENY:
                repl = ""
            else:
                repl = f"({phrase} was omitted)" if whole else f"({phrase})"
            edits.append((start, end, repl))
            changes.append(Change("sentence", ",".join(sorted(word_types | {_ent_type(t) for t in entity_types})), res.action.value, res.norm_id, repl))
            continue
        for ent in finding.entities:
            if ent.type not in entity_types:
                continue
            repl = _withheld(ent.type) if res.action is NormAction.DENY else _generalise(ent.type, ent.text)
            if ent.type == "DATE_OF_BIRTH" and res.action is not NormAction.DENY:
                fitted = _year_in_context(text, ent.start, ent.end, repl)
                edits.extend(fitted)
                repl = fitted[0][2]
            else:
                edits.append((ent.start, ent.end, repl))
            changes.append(Change("entity", _ent_type(ent.type), res.action.value, res.norm_id, repl))
    edits, widened = _widen_to_paragraphs(text, edits + _repeats(text, edits, decisions), decisions)
    if widened:  # the notice must say that more than the flagged sentences went
        norms = sorted({c.norm_id for c in changes if c.kind == "sentence"}) or ["paragraph"]
        changes.append(Change("paragraph", "rest of paragraph", "deny", norms[0], ""))
    edits = _merged(_whole_lines(text, edits))
    if not edits:
        return RewriteResult(text)
    results = [RecognizerResult(f"EDIT_{i}", s, e, 1.0) for i, (s, e, _) in enumerate(edits)]
    # "custom" rather than "replace": replace treats an empty new_value as unset.
    operators = {f"EDIT_{i}": OperatorConfig("custom", {"lambda": (lambda _x, r=r: r)}) for i, (_, _, r) in enumerate(edits)}
    out = AnonymizerEngine().anonymize(text=text, analyzer_results=results, operators=operators).text
    return RewriteResult(tidy_text(out), changes)


MAX_REPEATS = 200


def _repeats(text: str, edits: list[tuple[int, int, str]], decisions) -> list[tuple[int, int, str]]:
    """Other places where a withheld value is written whole ("…123-45-6789. Again: 123-45-6789"),
    which the analyzer did not report; each distinct value is looked for once."""
    by_span: dict[tuple[int, int], str] = {}
    for s, e, r in edits:
        by_span.setdefault((s, e), r)  # the first edit of a span, as the anonymizer input lists it
    values = {}
    for finding, _ in decisions:
        for ent in finding.entities:
            repl = by_span.get((ent.start, ent.end))
            if ent.type in ENTITY_LEVEL and len(ent.text.strip()) >= 4 and repl is not None:
                values.setdefault(ent.text.strip(), repl)
    covered = list(by_span)
    out = []
    for value, repl in values.items():
        found = 0
        for m in re.finditer(r"(?<!\w)" + re.escape(value) + r"(?!\w)", text):
            if not any(s < m.end() and m.start() < e for s, e in covered):
                out.append((m.start(), m.end(), repl))
                found += 1
                if found >= MAX_REPEATS:
                    break
    return out


def _merged(edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Overlapping edits become one (a sentence dropped and an address running past it):
    the anonymizer would otherwise keep part of one of them."""
    out: list[tuple[int, int, str]] = []
    for s, e, r in sorted(set(edits)):
        if out and s < out[-1][1]:
            ps, pe, pr = out[-1]
            parts = [x for x in (pr, r) if x]
            out[-1] = (ps, max(pe, e), " ".join(dict.fromkeys(parts)))
        else:
            out.append((s, e, r))
    return out


def _whole_lines(text: str, edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A removal that empties a whole line takes the line's break too: a blank line left in a
    Markdown table ended the table."""
    out = []
    for s, e, r in edits:
        if r == "" and (s == 0 or text[s - 1] == "\n") and e < len(text) and text[e] == "\n":
            e += 1
        out.append((s, e, r))
    return out


def _widen_to_paragraphs(text: str, edits: list[tuple[int, int, str]], decisions) -> tuple[list[tuple[int, int, str]], bool]:
    """Drop a whole paragraph (record) when most of its sentences are being removed; also
    whether a sentence no norm named went with one.

    A note or message that is mostly about a third party's protected matter is that
    matter; keeping its few remaining connective sentences keeps the context that
    identifies it (who, when, where) without anything useful for the task.
    """
    from detectors.privacy.taxonomy import sentences

    removed = [(s, e) for s, e, r in edits if r == ""]
    if not removed:
        return edits, False
    out = list(edits)
    pos, widened = 0, False
    for para in text.split("\n"):
        ps, pe = pos, pos + len(para)
        pos = pe + 1
        sents = [(ps + a, ps + b) for a, b in sentences(para)]
        if len(sents) < 2:
            continue
        gone = [x for x in sents if any(s <= x[0] and x[1] <= e for s, e in removed)]
        if len(gone) * 2 > len(sents):
            out = [ed for ed in out if not (ps <= ed[0] and ed[1] <= pe)]
            out.append((ps, pe, ""))
            widened = widened or len(gone) < len(sents)
    return out, widened


def _ent_type(entity_type: str) -> str:
    from detectors.privacy.taxonomy import ENTITY_TYPES

    return ENTITY_TYPES.get(entity_type, entity_type.lower())


def _only_from_entities(data_type: str, finding: Finding, labels: bool = False) -> bool:
    from detectors.privacy.taxonomy import _VOCAB_RE

    rx = _VOCAB_RE.get(data_type)
    if rx is None:
        return True
    # Ignore the words inside entity spans ("diagnosed with asthma": the entity is asthma).
    masked = finding.text
    for e in finding.entities:
        a, b = e.start - finding.start, e.end - finding.start
        masked = masked[:a] + " " * (b - a) + masked[b:]
    # ... and, with `labels` (a value to be generalised), the label it is written under ("my date
    # of birth is 14 March 1985", "passport number: X123"): it names the value, it is no statement
    # of its own, so the value is generalised in place (a date of birth becomes the year) rather than
    # the sentence dropped. A value that is withheld takes its sentence with it, label and all.
    from detectors.privacy.taxonomy import ENTITY_TYPES

    starts = [e.start - finding.start for e in finding.entities if labels and ENTITY_TYPES.get(e.type) == data_type]
    for m in list(rx.finditer(masked)):
        if any(_LABEL_GAP.fullmatch(masked, m.end(), a) for a in starts if a >= m.end()):
            masked = masked[:m.start()] + " " * (m.end() - m.start()) + masked[m.end():]
    if data_type == "health" and any(e.type == "MEDICAL_CONDITION" for e in finding.entities):
        masked = re.sub(r"\b(?:diagnosed with|suffers? from|treated for|condition)\b", " ", masked, flags=re.I)
    return rx.search(masked) is None


_LABEL_GAP = re.compile(r"[\s:#-]*(?:(?:number|no\.?|nr\.?)[\s:#-]*)?(?:(?:is|was|are)\s*)?[\s:#-]*", re.IGNORECASE)
_PAREN = re.compile(r"\s*\([^()]*\)")


def _narrow_to_aside(finding: Finding, word_types: set[str]) -> tuple[int, int, bool]:
    """The part of the sentence that states the sensitive matter: a parenthetical aside
    ("… (from Bob, who is out for chemotherapy)") goes on its own and the rest of the
    sentence stays; otherwise the whole sentence goes. Narrowing further, to comma
    clauses, was measured on PrivacyLens: +2 points helpfulness for -5 points privacy,
    because the kept main clause often still names the matter. Returns (start, end, whole)."""
    from detectors.privacy.taxonomy import _VOCAB_RE

    text = finding.text
    hits = [(m.start(), m.end()) for t in word_types if (rx := _VOCAB_RE.get(t)) for m in rx.finditer(text)]
    hits += [(e.start - finding.start, e.end - finding.start) for e in finding.entities if e.type in CONTENT_ENTITIES]
    if hits:
        lo, hi = min(a for a, _ in hits), max(b for _, b in hits)
        for m in _PAREN.finditer(text):
            if m.start() <= lo and hi <= m.end() and m.start() > 0:
                return finding.start + m.start(), finding.start + m.end(), False
    return finding.start, finding.end, True


def tidy_text(text: str) -> str:
    text = re.sub(r"[ \t]{2,}", " ", text)
    text = re.sub(r" +([.,;:!?])", r"\1", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


class UnsafeKey(ValueError):
    """Personal data in a field name: the call is refused rather than rewritten."""


# Keys under which a number is an identifier ({"ssn": 123456789}); other numbers are amounts,
# counts and ids and are left alone.
_IDENTIFIER_KEY = re.compile(r"(?i)ssn|social|card|iban|acc(?:oun)?t|passport|licen[cs]e|tax|routing|\bnin\b|\btin\b")
# Keys whose text value means what the key says ({"password": "hunter2"}, {"dob": "14 March
# 1985"}), and keys that name a person ({"Marcus Lee": "HIV positive"}): the value is read with
# its key, as one sentence, since alone it names no one and no kind of data. Whole credential
# names only: "page_token", "sync_token" or "secret_santa" hold no secret.
_CREDENTIAL_KEY = re.compile(
    r"(?i)^(?:[a-z0-9]+[_ -])?(?:pass(?:word|wd|phrase)?|pwd|pin|secret|api[_ -]?key|apikey|credentials?"
    r"|(?:access|auth|bearer|refresh|id|session)[_ -]?token|private[_ -]?key)$")
_MATTER_KEY = re.compile(r"(?i)\bdob\b|birth|diagnos|medical|health|salary|criminal")
_NAMED_KEY = re.compile(r"[A-Z][a-z'\u2019-]+(?: [A-Z][a-z'\u2019-]+){1,3}")  # a full name: two words or more


def _telling(key: Any, value: Any) -> bool:
    """Whether a text value is read together with its key (see _CREDENTIAL_KEY): a credential,
    a matter or a full name in the key, or an identifier key with digits in the value
    ({"passport": "X12345678"}; {"Account": "Acme Corp"} is read alone)."""
    if not isinstance(key, str) or not isinstance(value, str) or not value.strip():
        return False
    if _CREDENTIAL_KEY.search(key) or _MATTER_KEY.search(key) or _NAMED_KEY.fullmatch(key):
        return True
    return _IDENTIFIER_KEY.search(key) is not None and any(c.isdigit() for c in value)


def _may_hold_data(key: str) -> bool:
    """A field name worth reading: one with a space or an @, four digits or more, or a long one
    ("Marcus_SSN_536-22-1847"); "body", "to_address" and "row12" are names of fields (2,000
    keys like "row12", each analysed, took 3 s)."""
    return len(key) > 32 or " " in key or "@" in key or sum(c.isdigit() for c in key) >= 4


def _digit_id(value: Any) -> bool:
    """A number that may be an identifier: an int of 7+ digits, an integral float, or a string
    of 7+ digits with separators only ("536221847", "536-22-1847")."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e18:
        value = int(value)
    if _long_int(value):
        return True
    return isinstance(value, str) and len(value) <= 40 and bool(_DIGIT_ID.fullmatch(value.strip()))


def _identifier(key: str, value: Any, fn) -> tuple[Any, list[Change]]:
    """A value read with its key as its context ({"ssn": 123456789}, {"password": "hunter2"},
    {"Marcus Lee": "HIV positive"}): the withheld text, or the value as it was."""
    # "date_of_birth" read as the words it is; every credential key as the cue the reading knows
    prefix = ("password" if _CREDENTIAL_KEY.search(key) else key.replace("_", " ")) + ": "
    r = fn(prefix + _id_text(value))
    if not r.changes:
        return value, []
    return (r.text[len(prefix):] if r.text.startswith(prefix) else r.text.split(": ", 1)[-1]), r.changes


def _id_text(value: Any) -> str:
    """An identifier as text: a number without its sign or a float's ".0" (read as written,
    "-536221847" left "-[us ssn withheld]" and 536221847.0 "[…].0")."""
    return str(abs(int(value))) if isinstance(value, (int, float)) and not isinstance(value, bool) else str(value)


_DIGIT_ID = re.compile(r"\+?\d(?:[ \-./]?\d){6,}")


def _long_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 1_000_000  # 7+ digits


def rewrite_value(value: Any, fn, keep=None) -> tuple[Any, list[Change]]:
    """Apply a text rewrite to every string inside a JSON-like value: values, keys, and
    long numbers (an SSN or a card passed as an int becomes the withheld text: a type the
    tool may reject, which is safer than the number going out)."""
    if isinstance(value, str):
        r = fn(value)
        return r.text, r.changes
    if isinstance(value, dict):
        out, changes = {}, []
        for k, v in value.items():
            if keep is not None and keep(k, v):  # e.g. the address of a nested message
                out[k] = v
                continue
            # a key that is text, not a field name ("body", "to_address"), is read as well; it
            # cannot be rewritten safely (keys collide, the tool expects its fields)
            if isinstance(k, str) and _may_hold_data(k) and fn(k.replace("_", " ")).changes:  # words, as written
                raise UnsafeKey("a field name holds personal data")
            id_key = isinstance(k, str) and _IDENTIFIER_KEY.search(k) is not None
            if (id_key and _digit_id(v)) or _telling(k, v):
                out[k], c = _identifier(k, v, fn)
            elif id_key and isinstance(v, list) and any(_digit_id(x) for x in v):
                out[k], c = [], []  # {"ssn": [536221847]}: each item read with the key as its context
                for x in v:
                    nx, cx = _identifier(k, x, fn) if _digit_id(x) else rewrite_value(x, fn, keep)
                    out[k].append(nx)
                    c.extend(cx)
            else:
                out[k], c = rewrite_value(v, fn, keep)
            changes.extend(c)
        return out, changes
    if isinstance(value, (tuple, set, frozenset)):
        value = list(value)
    if isinstance(value, list):
        out_l, changes = [], []
        for v in value:
            nv, c = rewrite_value(v, fn, keep)
            out_l.append(nv)
            changes.extend(c)
        return out_l, changes
    return value, []
