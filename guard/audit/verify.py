"""Walking the chain: is the audit trail exactly what the store wrote?

Each record must (1) carry the next seq, (2) link to the previous record's hash and
(3) still hash to its stored hash. The head row must agree with the last record, which
catches records deleted from the end. The first failure is reported as a sentence that
names the record (seq and record_id) and what happened to it; nothing after it is
trusted, so nothing after it is reported.
"""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel
from sqlalchemy import Connection, inspect, select

from guard.audit.records import GENESIS_HASH, chain_hash
from guard.audit.schema import head_table, records_table, row_to_payload

Problem = Literal["altered", "deleted", "reordered", "head", "anchor"]


class VerifyResult(BaseModel):
    ok: bool
    checked: int  # records whose seq, link and hash were confirmed
    first_bad_seq: int | None = None
    first_bad_record_id: str | None = None
    kind: Problem | None = None
    problem: str | None = None  # one human sentence
    head_seq: int | None = None
    head_hash: str | None = None

    def summary(self) -> str:
        if self.ok:
            return f"audit trail intact: {self.checked} record(s), head seq {self.head_seq} hash {self.head_hash}"
        return f"audit trail NOT intact: {self.problem}"


def read_head(conn: Connection):  # noqa: ANN201 - a Row or None
    """The head row, or None when it (or its whole table) was removed."""
    if not inspect(conn).has_table(head_table.name):
        return None
    return conn.execute(select(head_table.c.seq, head_table.c.hash).where(head_table.c.id == 1)).first()


def as_seq(value: object) -> int | None:
    """A stored seq as an int; None when its type was changed (text, a fraction, a blob)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def _shown(value: object) -> str:
    """A stored id as text, also when its type was changed (a blob shows as its hex)."""
    if isinstance(value, str):
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "0x" + bytes(value).hex()
    return repr(value)


def verify_chain(conn: Connection, anchor: str | None = None) -> VerifyResult:
    """Verify inside one read transaction (the caller provides the snapshot)."""
    head = read_head(conn)
    head_seq = as_seq(head.seq) if head else None
    head_hash = _shown(head.hash) if head and head.hash is not None else None

    def bad(kind: Problem, seq: int | None, record_id: object, problem: str) -> VerifyResult:
        return VerifyResult(
            ok=False, checked=checked, first_bad_seq=seq, first_bad_record_id=None if record_id is None else _shown(record_id),
            kind=kind, problem=problem, head_seq=head_seq, head_hash=head_hash,
        )

    checked = 0
    expected_seq, expected_prev = 1, GENESIS_HASH
    prev_record_id: str | None = None
    anchor_seen = anchor is None or anchor == GENESIS_HASH
    failure: tuple | None = None

    result = conn.execution_options(yield_per=2000).execute(select(records_table).order_by(records_table.c.seq))
    for row in result.mappings():
        seq, rid = as_seq(row["seq"]), _shown(row["record_id"])
        if seq is None:
            failure = ("altered", expected_seq, rid,
                       f"a record (record_id {rid}) has seq {row['seq']!r:.40}, not a whole number: it was altered")
            break
        if seq < expected_seq:  # rows come in seq order, so only one placed before the chain's start
            failure = ("altered", seq, rid,
                       f"record seq {seq} (record_id {rid}) lies outside the chain, which starts at seq 1: "
                       f"it was inserted or renumbered")
            break
        if seq != expected_seq:
            gap = f"{expected_seq}" if seq - 1 == expected_seq else f"{expected_seq}..{seq - 1}"
            failure = ("deleted", expected_seq, None,
                       f"record seq {gap} is missing (deleted): the chain jumps from seq {expected_seq - 1} "
                       f"to seq {seq} (record_id {rid})")
            break
        try:
            self_ok = chain_hash(row_to_payload(row)) == row["hash"]
        except (TypeError, ValueError) as exc:  # TypeError: a column's type changed (text stored as a blob)
            odd = [k for k, v in row.items() if isinstance(v, (bytes, bytearray, memoryview))]
            why = (f"its column(s) {', '.join(odd)} hold bytes that are not text (written past the store)" if odd
                   else str(exc))
            failure = ("altered", seq, rid, f"record seq {seq} (record_id {rid}) was altered: {why}")
            break
        if row["prev_hash"] != expected_prev:
            failure = ("link", seq, rid, (row["prev_hash"], self_ok, prev_record_id))
            break
        if not self_ok:
            failure = ("altered", seq, rid,
                       f"record seq {seq} (record_id {rid}) was altered: its stored content no longer matches its hash")
            break
        checked += 1
        expected_seq, expected_prev, prev_record_id = seq + 1, row["hash"], rid
        if not anchor_seen and row["hash"] == anchor:
            anchor_seen = True
    result.close()

    if failure is not None:
        kind, seq, rid, info = failure
        if kind != "link":
            return bad(kind, seq, rid, info)
        return _diagnose_broken_link(conn, bad, seq, rid, *info)

    last_seq = expected_seq - 1
    if head is None:  # the store creates the head with its tables: a trail without one was tampered with
        return bad("head", None, None, "the audit head row is missing, so deletions at the end cannot be ruled out"
                   + (" (and there are no records: the whole trail may have been deleted)" if checked == 0 else ""))
    if head_seq is None or not isinstance(head.hash, str):
        what = f"its seq {head.seq!r:.40} is not a whole number" if head_seq is None else "its hash is not text"
        return bad("head", None, None, f"the audit head row was altered: {what}")
    if head_seq > last_seq:
        gap = f"{last_seq + 1}" if head_seq == last_seq + 1 else f"{last_seq + 1}..{head_seq}"
        return bad("deleted", last_seq + 1, None,
                   f"record seq {gap} is missing (deleted from the end): the head says the last record is "
                   f"seq {head_seq}, the trail ends at seq {last_seq}")
    if head_seq < last_seq:
        return bad("head", head_seq + 1, None,
                   f"records after seq {head_seq} are not covered by the head: they were added outside the "
                   f"audit store or the head was rolled back")
    if head_hash != expected_prev:
        return bad("head", last_seq, prev_record_id,
                   f"head mismatch: the head holds hash {head_hash[:16]}… for seq {head_seq}, but record seq "
                   f"{last_seq} (record_id {prev_record_id}) has hash {expected_prev[:16]}… "
                   f"(the last record was replaced, or the head was edited)")
    if not anchor_seen:
        return bad("anchor", None, None,
                   f"anchor hash {anchor} is not in the chain: the trail was rewritten after the anchor was taken")
    return VerifyResult(ok=True, checked=checked, head_seq=head_seq, head_hash=head_hash)


def _diagnose_broken_link(conn, bad, seq: int, rid: str, prev_hash: str, self_ok: bool, prev_rid: str | None):
    """A record does not link to the one before it: say what most likely happened."""
    r = records_table.c
    target = conn.execute(select(r.seq, r.record_id).where(r.hash == prev_hash).limit(1)).first()
    if target is not None:
        return bad("reordered", seq, rid,
                   f"record seq {seq} (record_id {rid}) is out of order: it links to record_id "
                   f"{target.record_id}, which now sits at seq {target.seq} instead of seq {seq - 1}")
    if not self_ok:
        return bad("altered", seq, rid,
                   f"record seq {seq} (record_id {rid}) was altered: it no longer links to seq {seq - 1} nor "
                   f"matches its own hash (or records before it were deleted and the rest renumbered)")
    if seq == 1:
        return bad("deleted", 1, rid,
                   f"record seq 1 (record_id {rid}) does not start the chain: earlier records were deleted "
                   f"and the rest renumbered")
    return bad("altered", seq - 1, prev_rid,
               f"the chain breaks between seq {seq - 1} (record_id {prev_rid}) and seq {seq} (record_id {rid}): "
               f"seq {seq} links to a hash no stored record has, so seq {seq - 1} was altered and re-hashed "
               f"or records between them were removed")
