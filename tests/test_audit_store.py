"""The audit store on real SQLite files: round trip, validation, buffering, concurrency, failures."""
from __future__ import annotations

import logging
import math
import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from pydantic import ValidationError

from guard.audit import (
    GENESIS_HASH,
    AuditError,
    AuditRecord,
    AuditStoreNotFound,
    AuditWriteError,
    chain_hash,
    normalize_url,
    open_store,
)

try:
    from audit_testlib import content, make_record
except ImportError:  # tests/ imported as a package
    from tests.audit_testlib import content, make_record


@pytest.fixture
def db(tmp_path):
    return tmp_path / "audit.db"


def test_round_trip_sync_keeps_every_field_and_links_the_chain(db):
    store = open_store(db, durability="sync")
    sent = [make_record(i, run_id=f"run-{i % 2}") for i in range(12)]
    for rec in sent:
        store.append(rec)
    got = store.records()
    store.close()

    assert [content(r) for r in got] == [content(r) for r in sent]
    assert [r.seq for r in got] == list(range(1, 13))
    assert got[0].prev_hash == GENESIS_HASH
    for prev, cur in zip(got, got[1:]):
        assert cur.prev_hash == prev.hash
    for r in got:  # the stored hash is the hash of everything else
        assert r.hash == chain_hash(r.model_dump(mode="json"))


def test_round_trip_of_awkward_values_verifies(db):
    store = open_store(db, durability="sync")
    odd = make_record(
        1, run_id="rün-ü ✓", reasons=["naïve ‘quotes’", "line\nbreak", ""], scores={"nan": math.nan, "big": 1e308, "neg": -0.0},
        details={"nested": {"z": [1, 2.5, None, True], "a": "é"}, "tuple": (1, 2)}, error="Timeout: 2000 ms",
        latency_ms=None, trace_id=None, span_id=None, ts=1_700_000_000,
    )
    store.append(odd)
    back = store.records("rün-ü ✓")[0]
    assert store.verify().ok
    store.close()
    assert back.details == {"nested": {"z": [1, 2.5, None, True], "a": "é"}, "tuple": [1, 2]}
    assert math.isnan(back.scores["nan"]) and back.scores["big"] == 1e308
    assert back.reasons == ["naïve ‘quotes’", "line\nbreak", ""]
    assert back.ts == 1_700_000_000.0 and back.error == "Timeout: 2000 ms"


def test_invalid_records_raise_naming_the_field_and_write_nothing(db):
    store = open_store(db, durability="sync")
    store.append(make_record(0))
    with pytest.raises(ValidationError, match="run_id"):
        AuditRecord(hook="tool_call", action="allow")
    with pytest.raises(ValidationError, match="record_id"):
        make_record(1, record_id="not-a-uuid")
    with pytest.raises(ValidationError, match="details"):
        make_record(1, details=["not", "a", "dict"])
    with pytest.raises(ValidationError, match="ts"):
        make_record(1, ts=float("inf"))
    with pytest.raises(ValidationError, match="trace_id"):
        make_record(1, trace_id="xyz!")
    with pytest.raises(ValidationError, match="step"):
        store.append({"run_id": "r", "hook": "tool_call", "action": "allow", "step": "three"})
    with pytest.raises(ValidationError, match="unexpected"):
        store.append({"run_id": "r", "hook": "tool_call", "action": "allow", "unexpected": 1})
    assert store.count() == 1 and store.verify().ok
    store.close()


def test_details_that_json_cannot_hold_are_converted_not_fatal(db):
    import numpy as np

    rec = make_record(0, details={"n": np.int64(3), "f": np.float32(0.5), "arr": np.arange(2), "s": {2, 1},
                                  "b": b"ok\x01", "nb": b"\xff", "o": Path("/x")})
    assert rec.details == {"n": 3, "f": 0.5, "arr": [0, 1], "s": [1, 2], "b": "ok\x01", "nb": "<1 bytes, not UTF-8>", "o": "/x"}
    store = open_store(db, durability="sync")
    store.append(rec)
    assert store.records()[0].details == rec.details and store.verify().ok
    store.close()


def test_record_coerces_policy_version_and_enums_and_is_frozen():
    from guard.verdicts import Action

    rec = AuditRecord(run_id="r", hook="tool_call", action=Action.REFUSE, policy_version=3)
    assert rec.action == "refuse" and rec.policy_version == "3"
    with pytest.raises(ValidationError):
        rec.action = "allow"


def test_buffered_append_is_queued_until_flush_and_close(db):
    store = open_store(db, durability="buffered", batch_size=10_000, flush_interval_ms=60_000)
    for i in range(100):
        store.append(make_record(i))
    reader = open_store(db, durability="sync")
    time.sleep(0.2)
    assert reader.count() == 0  # nothing written yet: the writer waits for a full batch or the interval
    assert store.pending == 100
    store.close()  # close flushes
    assert reader.count() == 100 and reader.verify().ok
    with pytest.raises(AuditError, match="closed"):
        store.append(make_record(100))
    reader.close()


def test_a_full_batch_is_written_without_waiting_for_the_interval(db):
    store = open_store(db, durability="buffered", batch_size=10, flush_interval_ms=60_000)
    reader = open_store(db, durability="sync")
    for i in range(10):
        store.append(make_record(i))
    deadline = time.monotonic() + 10
    while reader.count() < 10 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert reader.count() == 10 and store.pending == 0
    store.close()
    reader.close()


def test_buffered_flush_writes_everything_appended_before_it(db):
    store = open_store(db, durability="buffered", batch_size=7, flush_interval_ms=5)
    sent = [make_record(i) for i in range(50)]
    for rec in sent:
        store.append(rec)
    store.flush()
    assert [r.record_id for r in store.records()] == [r.record_id for r in sent]
    assert store.stats() == {"written": 50, "pending": 0, "dropped": 0, "last_error": None}
    store.close()


def test_append_fields_is_validated_by_the_writer_and_bad_fields_are_kept_flagged(db, caplog):
    from guard.events import ToolCallEvent

    event = ToolCallEvent(tool="send_email", arguments={"to": "a@example.com"}, run_id="r1", step=1)
    store = open_store(db, durability="buffered", batch_size=10_000, flush_interval_ms=60_000)
    store.append_fields({"run_id": "r1", "step": 1, "hook": "tool_call", "action": "allow", "policy_version": 3}, event)
    store.append_fields({"run_id": "r1", "step": 2, "hook": "tool_call", "action": "refuse", "scores": {"risk": "high"}})
    with caplog.at_level(logging.ERROR, logger="guard.audit"):
        store.flush()
    good, bad = store.records()
    assert good.policy_version == "3" and good.event_digest == event.digest()  # coerced and digested by the writer
    assert bad.action == "refuse" and bad.step == 2 and bad.scores == {}
    assert "scores.risk" in bad.details["audit_error"] and "'high'" in bad.details["fields"]["scores"]
    assert "did not validate" in caplog.text
    assert store.verify().ok
    store.close()


def test_fields_that_cannot_even_be_encoded_do_not_stop_the_writer(db):
    store = open_store(db, durability="buffered", batch_size=10_000, flush_interval_ms=60_000)
    store.append_fields({"run_id": "r", "hook": "output", "action": "allow", "details": {"nested": {(1, 2): "x"}}})
    store.append_fields({"run_id": "r", "step": 2, "hook": "output", "action": "refuse"})
    store.flush(timeout=10)
    first, second = store.records()
    assert first.action == "allow" and "TypeError" in first.details["audit_error"]
    assert second.action == "refuse" and store.verify().ok
    store.close()


def test_even_hostile_field_values_leave_a_record_and_a_living_writer(db):
    class Hostile:
        def tolist(self):
            raise RuntimeError("no")

        def __repr__(self):
            raise RuntimeError("no repr either")

        def __eq__(self, other):
            raise RuntimeError("no eq")

        __hash__ = object.__hash__

    store = open_store(db, durability="buffered", batch_size=10_000, flush_interval_ms=60_000)
    store.append_fields({"run_id": "r", "step": Hostile(), "hook": "output", "action": "allow", "details": {"x": Hostile()}})
    store.append_fields({"run_id": "r", "step": 2, "hook": "output", "action": "refuse"})
    store.flush(timeout=10)
    first, second = store.records()
    assert first.details["audit_error"] and second.action == "refuse" and store.verify().ok
    store.close()


def test_append_fields_in_sync_mode_is_durable_on_return(db):
    store = open_store(db, durability="sync")
    store.append_fields({"run_id": "r2", "hook": "output", "action": "halt", "reasons": ["stop"]})
    reader = open_store(db, durability="sync")
    assert [(r.action, r.reasons) for r in reader.records()] == [("halt", ["stop"])]
    reader.close()
    store.close()


def test_buffered_records_are_flushed_at_interpreter_exit(db):
    script = (
        "import sys\nfrom guard.audit import open_store, AuditRecord\n"
        "s = open_store(sys.argv[1], durability='buffered', batch_size=100000, flush_interval_ms=3600000)\n"
        "for i in range(40): s.append(AuditRecord(run_id='exit', step=i, hook='output', action='allow'))\n"
    )  # no close, no flush: the atexit hook must write them
    subprocess.run([sys.executable, "-c", script, str(db)], check=True, timeout=60)
    store = open_store(db, create=False)
    assert [r.step for r in store.records("exit")] == list(range(40))
    assert store.verify().ok
    store.close()


@pytest.mark.parametrize("durability", ["sync", "buffered"])
def test_threads_appending_to_one_store_make_one_chain(db, durability):
    store = open_store(db, durability=durability, flush_interval_ms=5)

    def work(t: int) -> None:
        for i in range(40):
            store.append(make_record(i, run_id=f"thread-{t}"))

    threads = [threading.Thread(target=work, args=(t,)) for t in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    store.flush()
    result = store.verify()
    assert result.ok and result.checked == 240
    for t in range(6):  # each thread's records keep their order
        assert [r.step for r in store.records(f"thread-{t}")] == list(range(40))
    store.close()


def test_two_stores_on_one_file_interleave_into_one_chain(db):
    a = open_store(db, durability="sync")
    b = open_store(db, durability="buffered", flush_interval_ms=1)
    for i in range(30):
        (a if i % 2 else b).append(make_record(i))
        if i % 5 == 0:
            b.flush()
    b.close()
    assert a.verify().ok and a.count() == 30
    a.close()


def test_duplicate_record_id_sync_raises_clearly_and_keeps_chain(db):
    store = open_store(db, durability="sync")
    rec = make_record(0)
    store.append(rec)
    with pytest.raises(AuditWriteError, match="already in the audit trail"):
        store.append(rec)
    store.append(make_record(1))
    assert store.count() == 2 and store.verify().ok
    store.close()


def test_duplicate_record_id_buffered_is_dropped_logged_and_others_written(db, caplog):
    store = open_store(db, durability="buffered", batch_size=100, flush_interval_ms=50)
    dup = make_record(0)
    recs = [dup, make_record(1), dup, make_record(2)]
    with caplog.at_level(logging.ERROR, logger="guard.audit"):
        for r in recs:
            store.append(r)
        store.flush()
    assert [r.step for r in store.records()] == [0, 1, 2]
    assert store.stats()["dropped"] == 1 and store.pending == 0  # a dropped record is not still pending
    assert any(dup.record_id in m and "already in the audit trail" in m for m in caplog.messages)
    assert store.verify().ok
    store.close()


def test_buffered_append_stays_fast_while_another_process_holds_the_write_lock(db):
    store = open_store(db, durability="buffered", flush_interval_ms=1)
    store.append(make_record(0))
    store.flush()
    locker = sqlite3.connect(db, isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")  # in WAL mode: blocks writers, not readers
    worst = 0.0
    for i in range(1, 101):
        t = time.perf_counter()
        store.append(make_record(i))
        worst = max(worst, time.perf_counter() - t)
    time.sleep(0.3)
    assert store.pending > 0  # the writer is stuck behind the lock...
    assert worst < 1.0  # ...but the agent never waited for it (a blocked append would wait out the busy timeout)
    locker.execute("ROLLBACK")
    locker.close()
    store.flush()
    assert store.count() == 101 and store.verify().ok
    store.close()


def test_failed_writes_are_retried_logged_and_nothing_is_lost(db, caplog):
    store = open_store(db, durability="buffered", flush_interval_ms=1)
    for i in range(5):
        store.append(make_record(i))
    store.flush()
    seq, head_hash = store.head()
    raw = sqlite3.connect(db)
    raw.execute("DELETE FROM audit_head")  # break the store: appends must not guess a head
    raw.commit()
    with caplog.at_level(logging.WARNING, logger="guard.audit"):
        for i in range(5, 10):
            store.append(make_record(i))
        deadline = time.time() + 10
        while store.stats()["last_error"] is None and time.time() < deadline:
            time.sleep(0.02)
    assert "head row is missing" in store.stats()["last_error"]
    assert any("will retry" in m for m in caplog.messages)
    with pytest.raises(AuditWriteError, match="not written"):
        store.flush(timeout=0.2)
    assert store.count() == 5 and store.pending == 5
    raw.execute("INSERT INTO audit_head (id, seq, hash) VALUES (1, ?, ?)", (seq, head_hash))  # repaired
    raw.commit()
    raw.close()
    store.flush(timeout=30)
    assert [r.step for r in store.records()] == list(range(10))
    assert store.verify().ok
    store.close()


def test_sync_append_without_head_refuses_clearly(db):
    store = open_store(db, durability="sync")
    store.append(make_record(0))
    raw = sqlite3.connect(db)
    raw.execute("DELETE FROM audit_head")
    raw.commit()
    raw.close()
    with pytest.raises(AuditError, match="head row is missing"):
        store.append(make_record(1))
    assert store.count() == 1
    store.close()


def test_reopening_a_trail_whose_head_was_deleted_does_not_invent_one(db):
    store = open_store(db, durability="sync")
    for i in range(3):
        store.append(make_record(i))
    store.close()
    raw = sqlite3.connect(db)
    raw.execute("DELETE FROM audit_head")
    raw.commit()
    raw.close()
    reopened = open_store(db, durability="sync")
    assert reopened.head() is None  # a fresh genesis head would let the next append hide the tampering
    with pytest.raises(AuditError, match="head row is missing"):
        reopened.append(make_record(3))
    assert reopened.count() == 3
    reopened.close()


@pytest.mark.parametrize("durability", ["sync", "buffered"])
def test_a_head_behind_the_records_is_not_mistaken_for_a_duplicate_record(db, durability):
    store = open_store(db, durability=durability, flush_interval_ms=5)
    for i in range(3):
        store.append(make_record(i))
    store.flush()
    raw = sqlite3.connect(db)
    raw.execute("UPDATE audit_head SET seq = seq - 1")  # the next seq is taken: an integrity error, not a repeated id
    raw.commit()
    raw.close()
    if durability == "sync":
        with pytest.raises(AuditWriteError) as exc:
            store.append(make_record(3))
        assert "already in the audit trail" not in str(exc.value) and "rejected" in str(exc.value)
    else:
        store.append(make_record(3))
        with pytest.raises(AuditWriteError, match="audit head disagrees with the stored records"):
            store.flush(timeout=1)
        assert store.stats()["dropped"] == 0 and store.pending == 1  # kept for retry, never dropped
    assert store.count() == 3
    store.close(timeout=0.5)


@pytest.mark.parametrize("durability", ["sync", "buffered"])
def test_lone_surrogates_are_stored_replaced_not_lost(db, durability):
    store = open_store(db, durability=durability)
    store.append(make_record(0, reasons=["tool said \ud800 here"], details={"k\udfff": "v\ud83d"}))
    store.append(make_record(1))
    store.flush()
    got = store.records()
    assert [r.step for r in got] == [0, 1] and store.verify().ok
    assert got[0].reasons == ["tool said \ufffd here"] and list(got[0].details.values()) == ["v\ufffd"]
    (key,) = got[0].details  # pydantic's JSON dump already replaces a key's surrogate byte by byte
    assert key.startswith("k\ufffd") and set(key[1:]) == {"\ufffd"}
    store.close()


@pytest.mark.parametrize("durability", ["sync", "buffered"])
def test_nul_characters_are_stored_replaced(db, durability):
    # PostgreSQL text cannot hold NUL: one such record stopped the buffered writer for good
    store = open_store(db, durability=durability)
    store.append(make_record(0, agent="bad\x00agent", reasons=["r\x00"], details={"k": "v\x00"}))
    store.flush()
    (got,) = store.records()
    assert (got.agent, got.reasons, got.details["k"]) == ("bad\ufffdagent", ["r\ufffd"], "v\ufffd") and store.verify().ok
    store.close()


def test_a_nan_latency_is_stored_as_none_not_read_back_as_tampering(db):
    store = open_store(db, durability="sync")
    store.append(make_record(0, latency_ms=float("nan")))  # SQLite keeps NaN as NULL
    assert store.records()[0].latency_ms is None and store.verify().ok
    store.close()


def test_a_record_the_database_refuses_is_salvaged_and_the_others_written(db, monkeypatch):
    from sqlalchemy.exc import DataError

    store = open_store(db, durability="buffered")
    real = store._write_batch

    def refusing(batch):
        if any(r.details.get("poison") for r in batch):
            raise DataError("INSERT ...", {}, ValueError("a value this database cannot store"))
        return real(batch)

    monkeypatch.setattr(store, "_write_batch", refusing)
    for i in range(3):
        store.append(make_record(i, details={"poison": i == 1}))
    store.flush(timeout=5)  # once retried forever: nothing after the bad record was written
    got = store.records()
    assert [r.step for r in got] == [0, 1, 2] and store.verify().ok
    assert "a value this database cannot store" in got[1].details["audit_error"] and "poison" not in got[1].details
    store.close()


@pytest.mark.parametrize("transient", [1, 2])
def test_sync_append_retries_one_transient_failure(db, monkeypatch, transient):
    store = open_store(db, durability="sync")
    real, calls = store._write_batch, []

    def flaky(batch):
        calls.append(len(batch))
        if len(calls) <= transient:
            raise sqlite3.OperationalError("database is locked")
        return real(batch)

    monkeypatch.setattr(store, "_write_batch", flaky)
    if transient == 1:
        store.append(make_record(0))
        assert store.count() == 1 and calls == [1, 1]
    else:  # a second failure in a row reaches the caller, with the cause
        with pytest.raises(AuditWriteError, match="database is locked"):
            store.append(make_record(0))
        assert store.count() == 0
    store.close()


def test_sets_in_details_are_stored_sorted_so_equal_content_hashes_equally(db):
    store = open_store(db, durability="sync")
    store.append(make_record(0, details={"tags": {"pear", "apple", "fig"}, "ids": frozenset({3, 1, 2})}))
    assert store.records()[0].details == {"tags": ["apple", "fig", "pear"], "ids": [1, 2, 3]}
    store.close()


def test_in_memory_sqlite_works_for_both_durabilities():
    for durability in ("sync", "buffered"):
        store = open_store("sqlite://", durability=durability)
        for i in range(20):
            store.append(make_record(i))
        store.flush()
        assert store.count() == 20 and store.verify().ok
        store.close()


def test_opening_without_create_never_makes_an_empty_database(tmp_path):
    missing = tmp_path / "nope.db"
    with pytest.raises(AuditStoreNotFound, match="nope.db"):
        open_store(missing, create=False)
    assert not missing.exists()
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(AuditStoreNotFound, match="audit_records"):
        open_store(other, create=False)
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this is not a database" * 100)
    with pytest.raises(AuditError, match="cannot open"):
        open_store(garbage)


@pytest.mark.parametrize("durability", ["buffered", "sync"])
def test_a_writer_refuses_tables_without_the_columns_it_writes(tmp_path, durability):
    """A trail whose records table had lost a column opened fine; each write then failed, and in
    buffered mode the records were lost at close while the guarded calls went ahead."""
    path = tmp_path / "old.db"
    open_store(path).close()
    con = sqlite3.connect(path)
    con.execute("ALTER TABLE audit_records DROP COLUMN details")
    con.commit()
    con.close()
    with pytest.raises(AuditError, match="audit_records has no column.*details"):
        open_store(path, durability=durability)
    from guard import Guard
    from guard.errors import GuardError

    with pytest.raises(GuardError, match="details"):
        Guard("default", audit_url=str(path))


def test_bad_settings_are_rejected(db):
    with pytest.raises(AuditError, match="durability"):
        open_store(db, durability="eventually")
    with pytest.raises(AuditError, match="batch_size"):
        open_store(db, batch_size=0)
    with pytest.raises(AuditError, match="flush_interval_ms"):
        open_store(db, flush_interval_ms=-0.5)
    open_store(db, flush_interval_ms=0).close()  # zero means "flush as soon as anything is queued"


def test_normalize_url():
    assert normalize_url("/x/audit.db") == "sqlite:////x/audit.db"
    assert normalize_url("sqlite:///rel.db") == "sqlite:///rel.db"
    assert normalize_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalize_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    with pytest.raises(AuditError):
        normalize_url("  ")


def test_runs_summarise_each_run_newest_first(db):
    store = open_store(db, durability="sync")
    for i in range(3):
        store.append(make_record(i, run_id="old", action="allow"))
    store.append(make_record(0, run_id="new", action="instruct", agent="b", policy_name="strict", policy_version="2"))
    store.append(make_record(1, run_id="new", action="halt", agent="b", policy_name="strict", policy_version="2"))
    runs = store.runs()
    assert [r["run_id"] for r in runs] == ["new", "old"]
    assert runs[0]["n"] == 2 and runs[0]["worst_action"] == "halt" and runs[0]["agent"] == "b"
    assert runs[0]["policy_name"] == "strict" and runs[0]["policy_version"] == "2"
    assert runs[1]["n"] == 3 and runs[1]["worst_action"] == "allow"
    assert store.runs(limit=1)[0]["run_id"] == "new"
    assert [r.step for r in store.records(limit=2)] == [0, 1]
    assert [r.step for r in store.records("new", limit=1)] == [0]
    store.close()


def test_run_id_prefix_search_treats_like_wildcards_literally(db):
    store = open_store(db, durability="sync")
    for i, run in enumerate(["a_b-1", "axb-2", "a%c-3"]):
        store.append(make_record(i, run_id=run))
    assert store.run_ids_like("a_") == ["a_b-1"]
    assert store.run_ids_like("a%") == ["a%c-3"]
    assert sorted(store.run_ids_like("a")) == ["a%c-3", "a_b-1", "axb-2"]
    store.close()


def test_empty_trail_verifies(db):
    store = open_store(db, durability="sync")
    result = store.verify()
    assert result.ok and result.checked == 0 and result.head_seq == 0
    store.close()


def test_in_memory_store_survives_concurrent_reads_during_buffered_writes():
    store = open_store("sqlite://", durability="buffered", batch_size=8, flush_interval_ms=1)
    errors: list[BaseException] = []

    def read() -> None:
        try:
            for _ in range(30):
                assert store.verify().ok
                list(store.iter_records())
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    reader = threading.Thread(target=read)
    reader.start()
    for i in range(300):
        store.append(make_record(i))
    reader.join()
    store.flush()
    assert not errors and store.count() == 300 and store.verify().ok
    store.close()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_forked_child_writes_its_own_records_once(db):
    store = open_store(db, durability="buffered", batch_size=10_000, flush_interval_ms=60_000)
    for i in range(10):
        store.append(make_record(i, run_id="parent"))  # still queued at fork time
    pid = os.fork()
    if pid == 0:  # child: a pre-forked proxy worker
        code = 1
        try:
            for i in range(5):
                store.append(make_record(i, run_id="child"))
            store.close()
            code = 0
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    store.close()
    reader = open_store(db, create=False)
    assert [r.step for r in reader.records("parent")] == list(range(10))  # written once, by the parent
    assert [r.step for r in reader.records("child")] == list(range(5))
    assert reader.count() == 15 and reader.verify().ok
    reader.close()


def test_concurrent_sync_appends_share_commits(db):
    from sqlalchemy import event

    store = open_store(db, durability="sync")
    commits = []
    event.listen(store._engine, "commit", lambda conn: commits.append(1))
    start = threading.Barrier(8)

    def work(t: int) -> None:
        start.wait()
        for i in range(20):
            store.append(make_record(i, run_id=f"t{t}"))  # durable when it returns

    threads = [threading.Thread(target=work, args=(t,)) for t in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert store.count() == 160 and store.verify().ok
    assert len(commits) < 120  # group commit: waiting appends ride on one transaction
    store.close()


def test_duplicate_in_a_sync_group_fails_only_its_own_append(db):
    store = open_store(db, durability="sync")
    dup = make_record(0)
    start = threading.Barrier(6)
    outcomes: list[str] = []

    def work(i: int) -> None:
        rec = dup if i < 3 else make_record(i)
        start.wait()
        try:
            store.append(rec)
            outcomes.append("ok")
        except AuditWriteError as exc:
            outcomes.append(str(exc))

    threads = [threading.Thread(target=work, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert outcomes.count("ok") == 4  # the 3 distinct records and one copy of the duplicate
    assert sum("already in the audit trail" in o for o in outcomes) == 2
    assert store.count() == 4 and store.verify().ok
    store.close()
    with pytest.raises(AuditError, match="closed"):
        store.append(make_record(9))


@pytest.mark.parametrize("durability", ["sync", "buffered"])
def test_event_digest_can_be_deferred_to_the_writer(db, durability, caplog):
    from guard.events import ToolCallEvent

    class BrokenEvent:
        def digest(self) -> str:
            raise RuntimeError("no digest today")

    store = open_store(db, durability=durability, flush_interval_ms=1)
    event = ToolCallEvent(run_id="r", step=1, tool="send_email", arguments={"to": "a@example.com"})
    store.append(make_record(0, event_digest=None), event=event)
    store.append(make_record(1, event_digest="f" * 64), event=event)  # an explicit digest wins
    with caplog.at_level(logging.ERROR, logger="guard.audit"):
        store.append(make_record(2, event_digest=None), event=BrokenEvent())
        store.flush()
    got = store.records()
    assert [r.event_digest for r in got] == [event.digest(), "f" * 64, None]
    assert any("event digest failed" in m for m in caplog.messages)
    assert store.verify().ok
    store.close()


@pytest.mark.parametrize("kwargs, message", [
    ({"flush_interval_ms": 1e13}, "flush_interval_ms: must be from 0 to 3600000"),  # once killed the writer thread
    ({"flush_interval_ms": float("nan")}, "flush_interval_ms: must be from 0 to 3600000"),
    ({"batch_size": 10**9}, "batch_size: must be from 1 to 100000"),
])
def test_out_of_range_buffering_is_refused_up_front(tmp_path, kwargs, message):
    with pytest.raises(AuditError, match=message):
        open_store(tmp_path / "a.db", durability="buffered", **kwargs)


@pytest.mark.parametrize("bad", [0, -1, 10**7, 2.5, True])
def test_max_pending_out_of_range_is_refused_up_front(tmp_path, bad):
    with pytest.raises(AuditError, match="max_pending: must be an integer from 1 to 1000000"):
        open_store(tmp_path / "a.db", durability="buffered", max_pending=bad)


def test_a_full_buffer_holds_the_appender_back_until_the_writer_has_room(db, monkeypatch):
    store = open_store(db, durability="buffered", flush_interval_ms=1, max_pending=20)
    release = threading.Event()
    real_write = store._write_batch

    def slow_write(batch):  # a database that stalls until released
        release.wait(30)
        real_write(batch)

    monkeypatch.setattr(store, "_write_batch", slow_write)
    done = []

    def producer():
        for i in range(200):
            store.append(make_record(i))
            done.append(i)

    t = threading.Thread(target=producer)
    t.start()
    time.sleep(0.5)
    # Without a bound all 200 would be queued at once; with it the producer waits once the
    # queue and the writer's batch in hand are full (at most about twice max_pending).
    assert 20 <= len(done) <= 45 and t.is_alive()
    assert store.pending <= 42
    release.set()
    t.join(30)
    assert len(done) == 200
    store.flush()
    assert [r.step for r in store.records()] == list(range(200)) and store.verify().ok
    store.close()


def test_a_buffer_that_stays_full_fails_the_append_like_a_sync_write(db, monkeypatch):
    from guard.audit import store as store_mod

    monkeypatch.setattr(store_mod, "FULL_WAIT_S", 0.3)
    store = open_store(db, durability="buffered", flush_interval_ms=1, max_pending=5)
    store.append(make_record(0))
    store.flush()
    raw = sqlite3.connect(db)
    seq, head_hash = raw.execute("SELECT seq, hash FROM audit_head").fetchone()
    raw.execute("DELETE FROM audit_head")  # the database refuses every write from now on
    raw.commit()
    appended = 0
    with pytest.raises(AuditWriteError, match=r"audit.max_pending 5.*last error: .*head row is missing"):
        for i in range(1, 100):
            store.append(make_record(i))
            appended += 1
    assert appended <= 12 and store.pending == appended  # the refused record is not counted as queued
    raw.execute("INSERT INTO audit_head (id, seq, hash) VALUES (1, ?, ?)", (seq, head_hash))  # repaired
    raw.commit()
    raw.close()
    store.flush(timeout=30)
    assert [r.step for r in store.records()] == list(range(appended + 1)) and store.verify().ok
    store.close()


def test_a_brief_write_failure_is_waited_out_not_raised(db, monkeypatch):
    """A lock that clears in well under FULL_WAIT_S once failed the append on its first failed attempt."""
    store = open_store(db, durability="buffered", flush_interval_ms=1, max_pending=5)
    real_write = store._write_batch
    failures = [3]

    def flaky(batch):
        if failures[0] > 0:
            failures[0] -= 1
            raise sqlite3.OperationalError("database is locked")
        real_write(batch)

    monkeypatch.setattr(store, "_write_batch", flaky)
    for i in range(60):  # several times max_pending: appends wait for the writer through the failures
        store.append(make_record(i))
    store.flush()
    assert [r.step for r in store.records()] == list(range(60)) and store.verify().ok
    store.close()


def test_a_password_in_the_database_urls_query_is_never_shown():
    from guard.audit.engine import safe_url

    shown = safe_url("postgresql://bob@127.0.0.1:1/db?password=S3cretPassw0rd&sslmode=require")
    assert "S3cret" not in shown and "sslmode=require" in shown and "bob@127.0.0.1:1/db" in shown
    assert "pw" not in safe_url("postgresql://bob:pw@127.0.0.1:1/db").split("@")[0].split(":")[-1]


# ---- a review of the audit trail (thirtieth session) --------------------------------------

def test_deeply_nested_details_do_not_stop_the_buffered_writer(db):
    deep: dict = {}
    node = deep
    for _ in range(300):
        node["k"] = {}
        node = node["k"]
    store = open_store(db, durability="buffered")
    store.append(make_record(0))
    store.append(make_record(1, details={"args": deep}))
    store.append(make_record(2))
    store.flush(10)
    store.close()
    again = open_store(db)
    assert [r.step for r in again.records("run-1")] == [0, 1, 2] and again.verify().ok
    again.close()


def test_a_step_a_32_bit_column_cannot_hold_is_refused_by_name():
    with pytest.raises(ValidationError, match="step"):
        make_record(2**31)


def test_negative_zero_times_verify(db):
    store = open_store(db, durability="sync")
    store.append(make_record(0, ts=-0.0, latency_ms=-0.0))
    assert store.verify().ok
    store.close()


def test_flush_after_close_returns_at_once(db):
    store = open_store(db, durability="buffered")
    store.append(make_record(0))
    store.close()
    t0 = time.monotonic()
    store.flush()
    assert time.monotonic() - t0 < 5
    with pytest.raises(AuditError, match="closed"):
        store.append(make_record(1))
