"""Tables of the audit trail (SQLAlchemy Core) and how a record maps to a row.

Column names equal `AuditRecord` field names, so a stored row turns back into exactly
the payload that was hashed. `audit_head` holds one row (id 1): the last seq and hash,
updated in the same transaction as the records, so truncating the end of the trail is
detected and concurrent writers serialise on it.
"""
from __future__ import annotations

import json
from typing import Any, Mapping

from sqlalchemy import BigInteger, Column, Double, Index, Integer, MetaData, String, Table, Text

from guard.audit.records import JSON_FIELDS, canonical_json

SeqType = BigInteger().with_variant(Integer(), "sqlite")  # SQLite wants INTEGER for rowid-like keys

metadata = MetaData()

records_table = Table(
    "audit_records",
    metadata,
    Column("seq", SeqType, primary_key=True, autoincrement=False),
    Column("record_id", String(64), nullable=False, unique=True),
    Column("ts", Double, nullable=False),
    Column("run_id", Text, nullable=False),
    Column("step", Integer, nullable=False),
    Column("agent", Text),
    Column("hook", Text, nullable=False),
    Column("interceptor", Text),
    Column("action", Text, nullable=False),
    Column("rule", Text),
    Column("reasons", Text, nullable=False),
    Column("scores", Text, nullable=False),
    Column("policy_name", Text, nullable=False),
    Column("policy_version", Text, nullable=False),
    Column("policy_hash", Text, nullable=False),
    Column("event_digest", Text),
    Column("trace_id", Text),
    Column("span_id", Text),
    Column("latency_ms", Double),
    Column("error", Text),
    Column("details", Text, nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    Index("ix_audit_records_run_id", "run_id"),
)

head_table = Table(
    "audit_head",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("seq", SeqType, nullable=False),
    Column("hash", String(64), nullable=False),
)

COLUMNS = tuple(c.name for c in records_table.columns)


def payload_to_row(payload: Mapping[str, Any]) -> dict[str, Any]:
    row = dict(payload)
    for f in JSON_FIELDS:
        row[f] = canonical_json(row[f])
    return row


def row_to_payload(row: Mapping[str, Any]) -> dict[str, Any]:
    """Raises ValueError when a JSON column no longer parses (a tampered row)."""
    payload = {c: row[c] for c in COLUMNS}
    for f in JSON_FIELDS:
        text = payload[f]
        try:
            payload[f] = json.loads(text)
        except (TypeError, ValueError) as exc:
            raise ValueError(f"column {f!r} is not valid JSON ({exc})") from None
        # the store writes one canonical text: another one that parses to the same value (a key
        # given twice, which SQL's json_extract reads differently) is an edit, not the record
        if canonical_json(payload[f]) != text:
            raise ValueError(f"column {f!r} is not the text the audit store wrote (keys reordered, repeated or re-spaced)")
    return payload
