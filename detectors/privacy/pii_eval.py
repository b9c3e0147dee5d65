"""`guard eval pii`: span-level precision / recall / F2 on presidio-research's format.

Matching rule: a predicted span is a true positive when its Presidio type maps to the
gold span's dataset type (ENTITY_MAPPING) and their character IoU is >= 0.9; each gold
span matches at most one prediction. As in presidio-evaluator's SpanEvaluator, spans of
one type that only whitespace separates are one entity (its generator writes
"{{STREET_ADDRESS}} {{STREET_ADDRESS}}" for the pieces of one address), on both sides, and
IoU is taken after trimming whitespace and punctuation off span edges. Predictions whose
type maps to no type present in the data set are ignored (the data set does not annotate
them, so they can be neither right nor wrong). F2 weighs recall twice: a missed identifier leaks, a spurious
one only costs a redaction.
"""
from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

# dataset entity name -> Presidio / agentguard entity names that count as the same thing.
ENTITY_MAPPING: dict[str, tuple[str, ...]] = {
    "PERSON": ("PERSON",),
    "EMAIL_ADDRESS": ("EMAIL_ADDRESS",),
    "PHONE_NUMBER": ("PHONE_NUMBER",),
    # A postal code is a piece of an address: data sets label it either way.
    "STREET_ADDRESS": ("STREET_ADDRESS", "ZIP_CODE"),
    "ADDRESS": ("STREET_ADDRESS", "ZIP_CODE"),
    "GPE": ("LOCATION",),
    "LOCATION": ("LOCATION",),
    "IBAN_CODE": ("IBAN_CODE",),
    "CREDIT_CARD": ("CREDIT_CARD",),
    "US_SSN": ("US_SSN",),
    "IP_ADDRESS": ("IP_ADDRESS",),
    "DATE_OF_BIRTH": ("DATE_OF_BIRTH",),
    "DATE_TIME": ("DATE_TIME", "DATE_OF_BIRTH"),
    "MEDICAL_CONDITION": ("MEDICAL_CONDITION",),
    "CREDENTIAL": ("CREDENTIAL",),
    "US_DRIVER_LICENSE": ("US_DRIVER_LICENSE",),
    "US_PASSPORT": ("US_PASSPORT",),
    "NRP": ("NRP",),
    "URL": ("URL",),
    "CRYPTO": ("CRYPTO",),
    "AGE": ("AGE",),
    "ZIP_CODE": ("ZIP_CODE",),
    "TITLE": ("TITLE",),
    # Not personal by themselves, so not reported by default; looked for when a data set labels them.
    "ORGANIZATION": ("ORGANIZATION",),
    "ORG": ("ORGANIZATION",),
    "DOMAIN_NAME": ("URL",),
    # Other data sets' names for the same things (presidio-evaluator's entity hierarchy lists
    # many; these are the common ones). `guard eval pii --map NAME=TYPE` adds more.
    "NAME": ("PERSON",), "FIRST_NAME": ("PERSON",), "LAST_NAME": ("PERSON",), "FULL_NAME": ("PERSON",),
    "PER": ("PERSON",), "EMAIL": ("EMAIL_ADDRESS",), "PHONE": ("PHONE_NUMBER",), "SSN": ("US_SSN",),
    "IBAN": ("IBAN_CODE",), "IP": ("IP_ADDRESS",), "CITY": ("LOCATION",), "COUNTRY": ("LOCATION",),
    "STATE": ("LOCATION",), "LOC": ("LOCATION",), "ZIP": ("ZIP_CODE",), "ZIPCODE": ("ZIP_CODE",),
    "POSTCODE": ("ZIP_CODE",), "STREET": ("STREET_ADDRESS",), "DATE": ("DATE_TIME", "DATE_OF_BIRTH"),
    "TIME": ("DATE_TIME",), "NORP": ("NRP",), "NATIONALITY": ("NRP",), "CREDITCARD": ("CREDIT_CARD",),
    "CREDIT_CARD_NUMBER": ("CREDIT_CARD",), "DRIVER_LICENSE": ("US_DRIVER_LICENSE",),
    "PASSPORT": ("US_PASSPORT",), "WEBSITE": ("URL",), "PASSWORD": ("CREDENTIAL",), "API_KEY": ("CREDENTIAL",),
}
IOU_THRESHOLD = 0.9


class GoldSpan(BaseModel):
    model_config = ConfigDict(extra="allow")

    entity_type: str
    entity_value: str | None = None
    start_position: int = Field(ge=0, strict=True)  # "3" is no offset
    end_position: int = Field(ge=0, strict=True)

    @field_validator("entity_type")
    @classmethod
    def _named(cls, v: str) -> str:
        if not v.strip():  # an empty type would be scored as a type of its own
            raise ValueError("must name an entity type, not be empty")
        return v

    @model_validator(mode="after")
    def _order(self) -> "GoldSpan":
        if self.end_position <= self.start_position:
            raise ValueError("end_position must be greater than start_position")
        return self


class Record(BaseModel):
    model_config = ConfigDict(extra="allow")

    full_text: str
    spans: list[GoldSpan]  # required: a record without it is not "no PII", it is not this format


class DatasetError(ValueError):
    pass


def read_json(p: Path) -> Any:
    """The JSON in file `p`; every way of not being one is a DatasetError naming the file."""
    try:
        return json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DatasetError(f"{p}: no such file") from None
    except UnicodeDecodeError as exc:
        raise DatasetError(f"{p}: not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:  # a folder, no permission
        raise DatasetError(f"{p}: cannot read ({exc.strerror or exc})") from None
    except ValueError as exc:  # JSONDecodeError, or e.g. an integer too long to parse
        raise DatasetError(f"{p}: not valid JSON ({exc})") from None


def load_dataset(path: str | Path) -> list[Record]:
    p = Path(path)
    raw = read_json(p)
    if not isinstance(raw, list):
        raise DatasetError(f"{p}: expected a JSON list of records with 'full_text' and 'spans'")
    if not raw:
        raise DatasetError(f"{p}: no records (an empty list): nothing to evaluate")
    records = []
    for i, item in enumerate(raw):
        try:
            rec = Record.model_validate(item)
        except ValidationError as exc:
            err = exc.errors()[0]
            loc = ".".join(str(x) for x in err["loc"])
            msg = err["msg"].removeprefix("Value error, ")
            raise DatasetError(f"{p}: record [{i}] field '{loc}': {msg}") from None
        for j, s in enumerate(rec.spans):
            if s.end_position > len(rec.full_text):
                raise DatasetError(f"{p}: record [{i}] spans[{j}].end_position beyond full_text")
        records.append(rec)
    return records


_EDGE = " \t\r\n.,;:!?\"'()[]{}<>-_/\\|*"


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without whitespace and punctuation at its edges (kept whole if nothing is left)."""
    s, e = start, end
    while s < e and text[s] in _EDGE:
        s += 1
    while e > s and text[e - 1] in _EDGE:
        e -= 1
    return (s, e) if e > s else (start, end)


def merge_adjacent(text: str, spans: list[tuple[str, int, int, frozenset[str]]]) -> list[tuple[str, int, int, frozenset[str]]]:
    """Join spans of the same type that only whitespace separates.

    Not across punctuation: "Kónya, Becker and Vasquez" are three people.

    Each span is (type, start, end, source types); a merged span keeps all its pieces'
    source types (a prediction's Presidio types).
    """
    out: list[tuple[str, int, int, frozenset[str]]] = []
    for t, s, e, src in sorted(spans, key=lambda x: (x[1], x[2])):
        if out and out[-1][0] == t and out[-1][2] <= s and not text[out[-1][2]:s].strip():
            out[-1] = (t, out[-1][1], max(e, out[-1][2]), out[-1][3] | src)
        else:
            out.append((t, s, e, src))
    return out


def iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f2 = 5 * p * r / (4 * p + r) if (4 * p + r) else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f2": round(f2, 4), "tp": tp, "fp": fp, "fn": fn}


def parse_mapping(items: list[str]) -> dict[str, tuple[str, ...]]:
    """`DATASET=TYPE[+TYPE...]` pairs (the `--map` option) as a mapping; a clear error otherwise."""
    out: dict[str, tuple[str, ...]] = {}
    for item in items:
        name, sep, types = item.partition("=")
        targets = tuple(t.strip() for t in types.split("+") if t.strip())
        if not sep or not name.strip() or not targets:
            raise DatasetError(f"--map {item!r}: expected DATASET_TYPE=PRESIDIO_TYPE[+PRESIDIO_TYPE...]")
        out[name.strip()] = targets
    return out


def evaluate(records: list[Record], analyzer: Any, batch_size: int = 32,
             mapping: dict[str, tuple[str, ...]] | None = None) -> dict[str, Any]:
    """P/R/F2 per dataset type and overall. `mapping` adds to or overrides ENTITY_MAPPING."""
    entity_mapping = {**ENTITY_MAPPING, **(mapping or {})}
    data_types = sorted({s.entity_type for r in records for s in r.spans})
    unknown = [t for t in data_types if t not in entity_mapping]
    # Each predicted type counts under one dataset type: its own name when the data set
    # has it (a ZIP_CODE prediction is a ZIP_CODE, though it may also match a piece of a
    # STREET_ADDRESS), else the first type that maps to it.
    reverse: dict[str, str] = {t: t for t in data_types if t in entity_mapping.get(t, (t,))}
    for t in data_types:
        for pt in entity_mapping.get(t, (t,)):
            reverse.setdefault(pt, t)
    counts = {t: [0, 0, 0] for t in data_types}  # tp, fp, fn
    misses: list[dict[str, Any]] = []
    texts = [r.full_text for r in records]
    # a lone surrogate (broken UTF-16 in valid JSON) is counted, not an error
    chars = sum(len(t.encode("utf-8", "surrogatepass")) for t in texts)
    t0, c0 = time.perf_counter(), time.process_time()
    all_preds = []
    # Ask for the analyzer's default types plus any the data set annotates (e.g. URL,
    # which is off by default): a type the data labels must be looked for.
    wanted = list(dict.fromkeys(list(getattr(analyzer, "entities", [])) + list(reverse)))
    for k in range(0, len(texts), batch_size):
        all_preds.extend(analyzer.analyze_batch(texts[k : k + batch_size], wanted or None))
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    for rec, preds in zip(records, all_preds):
        text = rec.full_text
        gold = merge_adjacent(text, [(g.entity_type, g.start_position, g.end_position, frozenset())
                                     for g in rec.spans])
        pred = [(t, *trim(text, s, e), src) for t, s, e, src in merge_adjacent(
            text, [(reverse[p.type], p.start, p.end, frozenset([p.type])) for p in preds if p.type in reverse])]
        used = set()
        for gt, gs, ge, _ in gold:
            gs, ge = trim(text, gs, ge)
            ok = set(entity_mapping.get(gt, (gt,)))
            hit = None
            for k, (pt, ps, pe, src) in enumerate(pred):
                if k not in used and src & ok and iou((ps, pe), (gs, ge)) >= IOU_THRESHOLD:
                    hit = k
                    break
            if hit is None:
                counts[gt][2] += 1
                if len(misses) < 50:
                    misses.append({"type": gt, "value": text[gs:ge]})
            else:
                used.add(hit)
                counts[gt][0] += 1
        for k, (pt, *_) in enumerate(pred):
            if k not in used:
                counts[pt][1] += 1
    tot = [sum(c[i] for c in counts.values()) for i in range(3)]
    out = _prf(*tot)
    out["per_entity"] = {t: _prf(*c) for t, c in counts.items()}
    out["records"] = len(records)
    # per KB of no text is no figure (empty texts gave 8 billion ms/KB): None
    out["ms_per_kb"] = round(1000 * elapsed / (chars / 1024), 2) if chars else None
    # CPU time of this process: on a shared machine wall time mostly measures the others.
    out["cpu_ms_per_kb"] = round(1000 * cpu / (chars / 1024), 2) if chars else None
    out["batch_size"] = batch_size
    out["iou_threshold"] = IOU_THRESHOLD
    out["unmapped_dataset_types"] = unknown
    out["sample_misses"] = misses[:20]
    return out


def format_table(res: dict[str, Any]) -> str:
    lines = [f"{'entity':<20}{'P':>8}{'R':>8}{'F2':>8}{'TP':>6}{'FP':>6}{'FN':>6}"]
    for t, m in sorted(res["per_entity"].items()):
        lines.append(f"{t:<20}{m['precision']:>8.3f}{m['recall']:>8.3f}{m['f2']:>8.3f}{m['tp']:>6}{m['fp']:>6}{m['fn']:>6}")
    lines.append(
        f"{'OVERALL':<20}{res['precision']:>8.3f}{res['recall']:>8.3f}{res['f2']:>8.3f}{res['tp']:>6}{res['fp']:>6}{res['fn']:>6}"
    )
    wall, cpu = (("n/a" if res.get(k) is None else res[k]) for k in ("ms_per_kb", "cpu_ms_per_kb"))
    lines.append(f"records={res['records']}  latency={wall} ms/KB wall, {cpu} ms/KB cpu  IoU>={res['iou_threshold']}")
    return "\n".join(lines)
