"""Tampering with a real SQLite trail behind the store's back: `verify` names the first bad record."""
from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess

import pytest

from guard.audit import GENESIS_HASH, chain_hash, open_store
from guard.audit.schema import COLUMNS, head_table, payload_to_row, row_to_payload

try:
    from audit_testlib import make_record
except ImportError:
    from tests.audit_testlib import make_record

N = 10


@pytest.fixture
def trail(tmp_path):
    """A 10-record trail; returns (db path, record_id by seq)."""
    db = tmp_path / "audit.db"
    store = open_store(db, durability="sync")
    for i in range(N):
        store.append(make_record(i, run_id=f"run-{i // 4}"))
    ids = {r.seq: r.record_id for r in store.records()}
    assert store.verify().ok
    store.close()
    return db, ids


def verify(db, **kw):
    store = open_store(db, create=False)
    try:
        return store.verify(**kw)
    finally:
        store.close()


def sql(db, *statements):
    conn = sqlite3.connect(db)
    for s in statements:
        conn.execute(*s) if isinstance(s, tuple) else conn.execute(s)
    conn.commit()
    conn.close()


def rehash(db, seq):
    """What a careful forger does after an edit: recompute the row's own hash."""
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    row = conn.execute("SELECT * FROM audit_records WHERE seq = ?", (seq,)).fetchone()
    h = chain_hash(row_to_payload(dict(row)))
    conn.execute("UPDATE audit_records SET hash = ? WHERE seq = ?", (h, seq))
    conn.commit()
    conn.close()
    return h


def test_edited_row_is_named(trail):
    db, ids = trail
    sql(db, "UPDATE audit_records SET action = 'allow', reasons = '[]' WHERE seq = 6")
    r = verify(db)
    assert not r.ok and r.kind == "altered" and r.first_bad_seq == 6 and r.first_bad_record_id == ids[6]
    assert "seq 6" in r.problem and ids[6] in r.problem and "altered" in r.problem
    assert r.checked == 5


@pytest.mark.parametrize("column,value", [("ts", 0.0), ("step", 99), ("scores", '{"risk":0.0}'),
                                          ("policy_version", "2"), ("agent", None), ("hash", "f" * 64)])
def test_any_column_edit_is_detected(trail, column, value):
    db, ids = trail
    sql(db, (f"UPDATE audit_records SET {column} = ? WHERE seq = 3", (value,)))
    r = verify(db)
    assert not r.ok and r.first_bad_seq == 3 and r.kind == "altered"


def test_edit_that_breaks_json_is_named(trail):
    db, ids = trail
    sql(db, "UPDATE audit_records SET details = '{not json' WHERE seq = 2")
    r = verify(db)
    assert r.first_bad_seq == 2 and "details" in r.problem


def test_edited_and_rehashed_row_is_caught_by_the_next_link(trail):
    db, ids = trail
    sql(db, "UPDATE audit_records SET action = 'allow' WHERE seq = 3")
    rehash(db, 3)
    r = verify(db)
    assert not r.ok and r.first_bad_seq == 3 and r.kind == "altered"
    assert ids[3] in r.problem and ids[4] in r.problem


def test_deleted_row_is_named(trail):
    db, ids = trail
    sql(db, "DELETE FROM audit_records WHERE seq = 5")
    r = verify(db)
    assert not r.ok and r.kind == "deleted" and r.first_bad_seq == 5
    assert "seq 5 is missing" in r.problem and ids[6] in r.problem


def test_several_deleted_rows_are_named_as_a_range(trail):
    db, ids = trail
    sql(db, "DELETE FROM audit_records WHERE seq BETWEEN 4 AND 6")
    r = verify(db)
    assert r.kind == "deleted" and r.first_bad_seq == 4 and "record seq 4..6 is missing" in r.problem and ids[7] in r.problem


def test_first_rows_deleted_and_the_rest_renumbered_and_rehashed_is_named(trail):
    """A forger removes the first record, renumbers the others and recomputes their hashes: the new
    first record still links to a hash no stored record has, and the genesis link is gone."""
    db, ids = trail
    sql(db, "DELETE FROM audit_records WHERE seq = 1", "UPDATE audit_records SET seq = seq - 1", "UPDATE audit_head SET seq = seq - 1")
    for seq in range(1, N):
        rehash(db, seq)
    r = verify(db)
    assert r.kind == "deleted" and r.first_bad_seq == 1 and r.first_bad_record_id == ids[2]
    assert "does not start the chain" in r.problem


def test_deleted_first_row_is_named(trail):
    db, _ = trail
    sql(db, "DELETE FROM audit_records WHERE seq = 1")
    r = verify(db)
    assert r.kind == "deleted" and r.first_bad_seq == 1


def test_deleted_rows_renumbered_are_still_caught(trail):
    db, ids = trail
    sql(db, "DELETE FROM audit_records WHERE seq = 5", "UPDATE audit_records SET seq = seq - 1 WHERE seq > 5",
        "UPDATE audit_head SET seq = seq - 1")
    r = verify(db)
    assert not r.ok and r.first_bad_seq == 5 and ids[6] in r.problem


def test_deleted_last_row_is_named(trail):
    db, _ = trail
    sql(db, f"DELETE FROM audit_records WHERE seq = {N}")
    r = verify(db)
    assert not r.ok and r.kind == "deleted" and r.first_bad_seq == N
    assert "deleted from the end" in r.problem


def test_deleted_tail_with_head_moved_back_is_caught(trail):
    """The forger also rewinds the head's seq but cannot forge the earlier hash without breaking it."""
    db, ids = trail
    sql(db, f"DELETE FROM audit_records WHERE seq = {N}", "UPDATE audit_head SET seq = seq - 1")
    r = verify(db)
    assert not r.ok and r.kind == "head" and r.first_bad_seq == N - 1


def test_head_rolled_back_over_intact_records_is_caught(trail):
    """Only the head's seq is moved back: every record still chains, so the head alone tells."""
    db, ids = trail
    sql(db, "UPDATE audit_head SET seq = seq - 2")
    r = verify(db)
    assert not r.ok and r.kind == "head" and r.first_bad_seq == N - 1
    assert f"records after seq {N - 2} are not covered by the head" in r.problem


@pytest.mark.parametrize("a,b", [(4, 5), (3, 8)])
def test_swapped_rows_are_named_as_reordered(trail, a, b):
    db, ids = trail
    sql(db, f"UPDATE audit_records SET seq = -1 WHERE seq = {a}",
        f"UPDATE audit_records SET seq = {a} WHERE seq = {b}",
        f"UPDATE audit_records SET seq = {b} WHERE seq = -1")
    r = verify(db)
    assert not r.ok and r.kind == "reordered" and r.first_bad_seq == a and r.first_bad_record_id == ids[b]
    assert "out of order" in r.problem


def test_record_forged_at_the_end_is_caught(trail):
    db, ids = trail
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    last = dict(conn.execute(f"SELECT * FROM audit_records WHERE seq = {N}").fetchone())
    conn.close()
    forged = make_record(99, run_id="forged").model_dump(mode="json")
    forged.update(seq=N + 1, prev_hash=last["hash"])
    forged["hash"] = chain_hash(forged)
    row = payload_to_row(forged)  # the store's own canonical text: a careful forger's
    sql(db, (f"INSERT INTO audit_records ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})",
             tuple(row[c] for c in COLUMNS)))
    r = verify(db)
    assert not r.ok and r.kind == "head" and r.first_bad_seq == N + 1
    assert f"records after seq {N} are not covered by the head" in r.problem


def test_missing_head_row_is_reported(trail):
    db, _ = trail
    sql(db, f"DELETE FROM {head_table.name}")
    r = verify(db)
    assert not r.ok and r.kind == "head" and "head row is missing" in r.problem


def test_a_trail_emptied_with_its_head_is_not_intact(trail):
    db, _ = trail
    store = open_store(db, create=False)
    anchor = store.head()[1]
    store.close()
    sql(db, "DELETE FROM audit_records", f"DROP TABLE {head_table.name}")
    for r in (verify(db), verify(db, anchor=anchor)):  # once "intact: 0 records", exit 0, even with the anchor
        assert not r.ok and r.kind == "head" and "the whole trail may have been deleted" in r.problem


@pytest.mark.parametrize("column, text", [
    # the value json.loads reads is the stored one (the last "i" wins), but SQL's json_extract reads 99
    ("details", '{"i":99,"i":3,"tags":["a","b"]}'),
    ("scores", '{"risk": 0.3}'),  # re-spaced
])
def test_a_json_column_in_another_text_than_the_stores_is_altered(trail, column, text):
    db, ids = trail
    conn = sqlite3.connect(db)
    assert json.loads(conn.execute(f"SELECT {column} FROM audit_records WHERE seq = 4").fetchone()[0]) == json.loads(text)
    conn.close()
    sql(db, (f"UPDATE audit_records SET {column} = ? WHERE seq = 4", (text,)))
    r = verify(db)  # once intact: the hash covers the parsed value, which did not change
    assert not r.ok and r.kind == "altered" and r.first_bad_seq == 4 and "not the text the audit store wrote" in r.problem


def test_a_column_stored_as_another_type_is_altered_not_a_crash(trail):
    db, ids = trail
    sql(db, "UPDATE audit_records SET agent = CAST('bot' AS BLOB) WHERE seq = 2")
    r = verify(db)  # once a TypeError traceback from the hash
    assert not r.ok and r.kind == "altered" and r.first_bad_seq == 2 and r.first_bad_record_id == ids[2]


def test_anchor_catches_a_trail_rewritten_end_to_end(trail):
    db, _ = trail
    store = open_store(db, create=False)
    anchor = store.head()[1]
    store.close()
    sql(db, "UPDATE audit_records SET action = 'allow' WHERE seq = 3")  # was a refusal
    prev = None
    for seq in range(3, N + 1):  # re-link and re-hash everything after the edit
        if prev is not None:
            sql(db, ("UPDATE audit_records SET prev_hash = ? WHERE seq = ?", (prev, seq)))
        prev = rehash(db, seq)
    sql(db, ("UPDATE audit_head SET hash = ?", (prev,)))
    assert verify(db).ok  # a full rewrite is undetectable from inside the database...
    assert verify(db, anchor=GENESIS_HASH).ok  # (the head of an empty trail is in every chain)
    r = verify(db, anchor=anchor)  # ...but not against a head published earlier
    assert not r.ok and r.kind == "anchor" and anchor in r.problem


@pytest.mark.skipif(shutil.which("sqlite3") is None, reason="sqlite3 command-line tool not installed")
def test_edit_with_the_sqlite3_cli_is_named(trail):
    db, ids = trail
    subprocess.run(["sqlite3", str(db), "UPDATE audit_records SET reasons = '[\"nothing to see\"]' WHERE seq = 9;"],
                   check=True, timeout=30)
    r = verify(db)
    assert not r.ok and r.first_bad_seq == 9 and r.first_bad_record_id == ids[9]


def test_appending_after_a_verified_trail_keeps_verifying(trail):
    db, _ = trail
    store = open_store(db, durability="sync")
    store.append(make_record(50))
    r = store.verify()
    store.close()
    assert r.ok and r.checked == N + 1
