"""The append-only, hash-chained audit store.

Every write takes the chain head inside its own transaction (SQLite `BEGIN IMMEDIATE`,
PostgreSQL `SELECT ... FOR UPDATE` on the one-row head table), hashes the new records
after it and moves the head in the same commit, so several threads or processes
appending to one database always produce one unforked chain.

`durability="sync"` returns once the record's commit is durable; the commit is made
by the store's writer thread, so appends from several threads waiting at the same
time share one commit (group commit). `durability="buffered"` only enqueues; the
writer thread wakes once per burst and writes batches (hashing happens there, since
the head is only known at write time). The queue is bounded (`max_pending`): a full one
makes the append wait for the writer, and raise `AuditWriteError` when the writer makes no
room within `FULL_WAIT_S` (at once when it has been failing that long: the database is down), so the agent is held back,
memory stays bounded and no decision goes unrecorded without the caller knowing. A failing buffered write is retried with
backoff and logged, never raised into the agent; a failing sync write raises
`AuditWriteError` to its caller. Records already committed are never touched again.
"""
from __future__ import annotations

import atexit
import itertools
import logging
import os
import queue
import threading
import time
import weakref
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Iterator, Literal, Mapping

from pydantic import ValidationError
from sqlalchemy import Connection, case, func, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DataError, IntegrityError

from guard.audit.engine import (
    AuditError,
    AuditStoreNotFound,
    AuditTrailGone,
    AuditWriteError,
    make_engine,
    checked_url,
    safe_url,
    sqlite_path,
)
from guard.audit.records import ACTION_SEVERITY, GENESIS_HASH, AuditRecord, chain_hash
from guard.audit.schema import COLUMNS, head_table, metadata, payload_to_row, records_table, row_to_payload
from guard.audit.verify import VerifyResult, as_seq, read_head, verify_chain
from guard.redaction import without_surrogates

# Buffered records wait in memory until a flush: an hour's wait is already far more than a
# crash should be able to lose, and an interval beyond the platform's timer range stopped
# the writer thread outright (every record after it was lost).
MAX_FLUSH_INTERVAL_MS = 3_600_000
MAX_AUDIT_BATCH = 100_000
# Buffered records in memory before an append waits for the writer (backpressure). A queued
# record with its event costs roughly 7-12 KB, so the default holds at most ~100 MB; a writer
# that is this far behind (a slow or unreachable database) must slow the agent down rather
# than let the process grow until it is killed and loses the whole backlog.
DEFAULT_MAX_PENDING = 10_000
MAX_MAX_PENDING = 1_000_000
# How long an append waits for room before it fails like a sync write would.
FULL_WAIT_S = 30.0

log = logging.getLogger("guard.audit")

Durability = Literal["sync", "buffered"]
_PG_SCHEMA_LOCK = 0x6167_7561_7264  # arbitrary advisory-lock key ("aguard") for table creation
_SEVERITY_NAME = {v: k for k, v in ACTION_SEVERITY.items()}
# Records hashed and inserted between GIL yields in the writer thread (bounds the stall a
# guarded call can see while a big batch is written; one transaction either way).
_CHUNK = 32


@dataclass
class _Marker:
    """Put on the queue to make the writer flush (and, with stop, exit)."""

    stop: bool = False
    done: threading.Event = field(default_factory=threading.Event)


@dataclass(slots=True)
class _Unchecked:
    """Record fields the guard assembled from verdicts and events that were validated
    already; the writer thread validates them, off the guarded call's path."""

    fields: dict[str, Any]
    event: Any = None


@dataclass
class _SyncAppend:
    """A sync append waiting for the commit that makes it durable."""

    item: "AuditRecord | tuple[AuditRecord, Any]"
    done: threading.Event = field(default_factory=threading.Event)
    error: BaseException | None = None

    @property
    def rec(self) -> AuditRecord:
        return _record_of(self.item)


class AuditStore:
    """See the module docstring. Create with `open_store(url, ...)`."""

    def __init__(
        self,
        url: str,
        durability: Durability = "buffered",
        batch_size: int = 256,
        flush_interval_ms: float = 200,
        create: bool = True,
        max_pending: int = DEFAULT_MAX_PENDING,
    ):
        if durability not in ("sync", "buffered"):
            raise AuditError(f"durability: must be 'sync' or 'buffered', not {durability!r}")
        if not 1 <= batch_size <= MAX_AUDIT_BATCH:
            raise AuditError(f"batch_size: must be from 1 to {MAX_AUDIT_BATCH}, not {batch_size}")
        if not 0 <= flush_interval_ms <= MAX_FLUSH_INTERVAL_MS:  # NaN fails too
            raise AuditError(f"flush_interval_ms: must be from 0 to {MAX_FLUSH_INTERVAL_MS}, not {flush_interval_ms}")
        if isinstance(max_pending, bool) or not isinstance(max_pending, int) or not 1 <= max_pending <= MAX_MAX_PENDING:
            raise AuditError(f"max_pending: must be an integer from 1 to {MAX_MAX_PENDING}, not {max_pending!r}")
        self.max_pending = max_pending
        self.url = checked_url(url)
        self.durability: Durability = durability
        self.batch_size = batch_size
        self.flush_interval = flush_interval_ms / 1000
        parsed = make_url(self.url)
        self.backend = parsed.get_backend_name()
        if self.backend == "sqlite" and not create:
            path = sqlite_path(parsed)
            if path is not None and not os.path.exists(path):
                raise AuditStoreNotFound(f"no audit database at {path}")
        self._engine = make_engine(self.url, full_sync=(durability == "sync"), read_only=not create)
        self._insert_sql = _insert_sql(self._engine.dialect.paramstyle)
        # An in-memory SQLite database is one shared connection: every use takes this lock.
        self._memory = self.backend == "sqlite" and sqlite_path(parsed) is None
        self._mem_lock: threading.RLock | None = threading.RLock() if self._memory else None
        self._write_lock = threading.Lock()  # one in-process writer at a time: cheaper than DB busy-waits
        self._writing_in: int | None = None  # the thread inside a write transaction
        self._closed = False
        self._closing = threading.Lock()  # the closed check and a queued record, against close()
        self._written = 0
        self._dropped = 0
        self._last_error: str | None = None
        self._failing_since: float | None = None  # monotonic time of the first of the current run of failed writes
        self._enqueued = itertools.count()
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._writer: threading.Thread | None = None
        self._writer_lock = threading.Lock()
        self._give_up = threading.Event()
        self._wake = threading.Event()
        self._room = threading.Condition()
        try:
            self._ensure_schema(create)
        except AuditError:
            self._engine.dispose()
            raise
        except Exception as exc:
            self._engine.dispose()
            raise AuditError(f"cannot open audit database {safe_url(self.url)}: {_short(exc)}") from exc
        _OPEN_STORES.add(self)

    # -- writing -----------------------------------------------------------------

    def append(self, rec: AuditRecord | Mapping[str, Any], event: Any = None) -> None:
        """Add one record. Sync: durable on return. Buffered: queued (microseconds).

        `event` (optional): the checked event, when `rec.event_digest` is None. Its
        `digest()` is then computed by the writer thread, off the agent's hot path; the
        event must not change after it is appended (checked events never do).
        """
        if rec.__class__ is not AuditRecord:
            rec = rec if isinstance(rec, AuditRecord) else AuditRecord.model_validate(rec)
        if self._closed:
            raise AuditError("audit store is closed")
        item = rec if event is None or rec.event_digest is not None else (rec, event)
        if self.durability == "sync":
            self._append_sync(item)
            return
        self._enqueue(item)

    def append_fields(self, fields: dict[str, Any], event: Any = None) -> None:
        """Like `append`, for fields the caller built from already-validated objects.

        Buffered: the record model is built and validated by the writer thread. Fields
        that do not validate still produce a record (the problem in `details.audit_error`),
        so a verdict is never missing from the trail.
        """
        if self.durability == "sync" or self._closed:
            self.append(_checked_record(fields), event)
            return
        self._enqueue(_Unchecked(fields, event))

    def _enqueue(self, item: Any) -> None:
        """Buffered: queue for the writer, waking it once a batch is full."""
        q = self._queue
        if q.qsize() >= self.max_pending:
            self._wait_for_room()
        with self._closing:  # close() queues its stop marker under this lock: never before this record
            if self._closed:
                raise AuditError("audit store is closed")
            next(self._enqueued)
            q.put(item)
        if self._writer is None:
            self._start_writer()
        elif not self._wake.is_set() and q.qsize() + 1 >= self.batch_size:
            # +1: the waiting writer already holds the batch's first record. Once per burst:
            # each set() would hand the writer the GIL.
            self._wake.set()

    def _wait_for_room(self) -> None:
        """Backpressure: wait until the writer has taken the queue; fail like a sync write
        when it cannot (the record is then not queued, and the caller is told)."""
        self._wake.set()
        if self._writer is None:
            self._start_writer()
        deadline = time.monotonic() + FULL_WAIT_S
        with self._room:
            while self._queue.qsize() >= self.max_pending and not self._closed:
                left = deadline - time.monotonic()
                writer = self._writer
                # A writer failing for FULL_WAIT_S already (database down) makes no room soon: fail
                # now rather than stall every append (and an event loop) that long again. A brief
                # failure (a lock) is waited out like a slow write.
                since = self._failing_since
                down = since is not None and time.monotonic() - since >= FULL_WAIT_S
                if left <= 0 or down or writer is None or not writer.is_alive():
                    raise AuditWriteError(
                        f"audit record not written: {self.pending} record(s) are waiting for the database "
                        f"(audit.max_pending {self.max_pending}) and the writer has not made room; "
                        f"last error: {self._last_error or f'none, but no room was made for {FULL_WAIT_S:g}s'}"
                    )
                self._room.wait(min(left, 1.0))
        if self._closed:  # closed while this append waited: the writer has stopped
            raise AuditError("audit store is closed")

    def _append_sync(self, item: "AuditRecord | tuple[AuditRecord, Any]") -> None:
        """Hand the record to the writer and wait for its commit.

        Group commit: appends from several threads that arrive while a commit is in
        progress share the next one, so N threads pay for one fsync, not N.
        """
        waiting = _SyncAppend(item)
        self._queue.put(waiting)
        self._wake.set()
        if self._writer is None:
            self._start_writer()
        while not waiting.done.wait(1.0):
            writer = self._writer
            if writer is None or not writer.is_alive():
                raise AuditWriteError(f"audit record {waiting.rec.record_id} not written: the audit store was closed")
        if waiting.error is not None:
            raise waiting.error

    def flush(self, timeout: float | None = 30.0) -> None:
        """Block until everything appended so far is committed."""
        if self.durability == "sync" or self._writer is None:
            return
        if self._closed:  # the writer has stopped or is stopping: no one would take a marker
            if self.pending:
                raise AuditWriteError(f"audit store is closed with {self.pending} record(s) unwritten; "
                                      f"last error: {self._last_error or 'none'}")
            return
        marker = _Marker()
        self._queue.put(marker)
        self._wake.set()
        if not marker.done.wait(timeout):
            raise AuditWriteError(
                f"audit records not written after {timeout:g}s ({self.pending} pending); "
                f"last error: {self._last_error or 'none'}"
            )

    def close(self, timeout: float = 30.0) -> None:
        """Flush and release the database. Records that cannot be written are logged."""
        with self._closing:
            if self._closed:
                return
            self._closed = True
            marker = _Marker(stop=True)
            writing = self._writer is not None and self._writer.is_alive()
            if writing:
                self._queue.put(marker)
        _OPEN_STORES.discard(self)
        if writing:
            self._wake.set()
            if not marker.done.wait(timeout):
                self._give_up.set()
                log.error(
                    "audit store %s closed with %d record(s) unwritten after %.0fs; last error: %s",
                    safe_url(self.url), self.pending, timeout, self._last_error,
                )
        self._engine.dispose()

    def __enter__(self) -> "AuditStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def pending(self) -> int:
        """Records appended but not yet committed (buffered mode)."""
        if self.durability == "sync":
            return 0
        # itertools.count has no peek: copy its repr, which is "count(N)".
        enqueued = int(repr(self._enqueued)[6:-1])
        return max(0, enqueued - self._written - self._dropped)

    def stats(self) -> dict[str, Any]:
        return {
            "written": self._written,
            "pending": self.pending,
            "dropped": self._dropped,
            "last_error": self._last_error,
        }

    def _start_writer(self) -> None:
        with self._writer_lock:
            if self._writer is None:
                t = threading.Thread(target=self._writer_loop, name="guard-audit-writer", daemon=True)
                t.start()
                self._writer = t

    def _writer_loop(self) -> None:
        # Wake once per burst, not once per record: a wake-up per put hands the GIL to this
        # thread on every guarded call, which costs the agent far more than the enqueue.
        q = self._queue
        while True:
            item = q.get()
            self._wake.wait(self.flush_interval)
            self._wake.clear()
            batch: list[AuditRecord | tuple[AuditRecord, Any]] = []
            waiting: list[_SyncAppend] = []
            markers: list[_Marker] = []
            while True:
                if isinstance(item, _Marker):
                    markers.append(item)
                elif isinstance(item, _SyncAppend):
                    waiting.append(item)
                elif item.__class__ is _Unchecked:
                    rec = _checked_record(item.fields)  # never raises
                    batch.append(rec if item.event is None or rec.event_digest is not None else (rec, item.event))
                else:
                    batch.append(item)
                try:
                    item = q.get_nowait()
                except queue.Empty:
                    break
            with self._room:  # appends waiting on a full queue may go on
                self._room.notify_all()
            for i in range(0, len(batch), self.batch_size):
                try:
                    self._write_with_retry(batch[i : i + self.batch_size])
                except Exception:  # a bug here must not kill the writer silently
                    log.exception("audit writer failed on a batch of %d record(s)", len(batch))
            for i in range(0, len(waiting), self.batch_size):
                self._commit_group(waiting[i : i + self.batch_size])
            for m in markers:
                m.done.set()
            if any(m.stop for m in markers):
                return

    def _commit_group(self, group: list[_SyncAppend], retry: bool = True) -> None:
        """One transaction for a group of sync appends; each waiter learns its own outcome."""
        try:
            self._write_batch([g.item for g in group])
            self._written += len(group)
        except IntegrityError as exc:
            if len(group) > 1:  # isolate the offending record; the others still commit
                for g in group:
                    self._commit_group([g], retry=False)
            else:
                group[0].error = AuditWriteError(self._integrity_message(group[0].rec, exc))
        except AuditError as exc:
            for g in group:
                g.error = AuditError(str(exc))
        except Exception as exc:
            if retry:  # one more try for a transient failure (dropped connection, lock timeout)
                time.sleep(0.05)
                self._commit_group(group, retry=False)
                return
            self._last_error = _short(exc)
            for g in group:
                g.error = AuditWriteError(f"audit record {g.rec.record_id} not written: {_short(exc)}")
        finally:
            for g in group:
                g.done.set()

    def _write_with_retry(self, batch: list["AuditRecord | tuple[AuditRecord, Any]"]) -> None:
        attempt = 0
        while True:
            try:
                self._write_batch(batch)
                self._written += len(batch)
                self._last_error = None
                self._failing_since = None
                return
            except (DataError, OverflowError) as exc:  # a record the database refuses: retrying cannot help
                if len(batch) > 1:  # write the others; keep the offending one as a salvaged record
                    for rec in batch:
                        self._write_with_retry([rec])
                    return
                rec = _record_of(batch[0])
                if rec.details.get("audit_error") is None:
                    batch = [_salvaged(rec.model_dump(), exc)]
                    continue
                err = _short(exc)  # even the salvaged form is refused: keep trying, and say so
            except IntegrityError as exc:
                if len(batch) > 1:  # find the offending record; write the others
                    for rec in batch:
                        self._write_with_retry([rec])
                    return
                rec = _record_of(batch[0])
                if self._is_duplicate(rec):
                    self._dropped += 1
                    log.error("audit record %s dropped: %s", rec.record_id, self._integrity_message(rec, exc))
                    return
                err = f"audit head disagrees with the stored records ({_short(exc)}); run `guard audit verify`"
            except Exception as exc:
                err = _short(exc)
            attempt += 1
            self._last_error = err
            if self._failing_since is None:
                self._failing_since = time.monotonic()
            if attempt == 1 or attempt % 20 == 0:
                log.warning(
                    "audit write of %d record(s) to %s failed (attempt %d), will retry: %s",
                    len(batch), safe_url(self.url), attempt, err,
                )
            if self._give_up.is_set():
                return
            time.sleep(min(0.05 * 2 ** min(attempt, 10), 5.0))

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """The in-process write lock, and which thread holds it (a fork from that thread must not wait for it)."""
        with self._write_lock:
            self._writing_in = threading.get_ident()
            try:
                yield
            finally:
                self._writing_in = None

    def _write_batch(self, batch: list["AuditRecord | tuple[AuditRecord, Any]"]) -> None:
        with self._writing(), self._write_tx() as conn:
            seq, prev = self._lock_head(conn)
            for start in range(0, len(batch), _CHUNK):
                if start:
                    time.sleep(0)  # let the agent's threads have the GIL between chunks
                rows = []
                for item in batch[start:start + _CHUNK]:
                    seq += 1
                    payload = _payload(item)
                    payload["seq"] = seq
                    payload["prev_hash"] = prev
                    try:
                        prev = payload["hash"] = chain_hash(payload)
                    except UnicodeEncodeError:  # a lone surrogate: cleaned only here, off the common path
                        payload = without_surrogates(payload)
                        prev = payload["hash"] = chain_hash(payload)
                    rows.append(payload_to_row(payload))
                if self._insert_sql is not None:
                    # The driver's own executemany: SQLAlchemy's per-row parameter processing
                    # costs more than hashing the record, and this thread shares the GIL with
                    # the agent. The values are plain str/int/float already.
                    conn.exec_driver_sql(self._insert_sql, [tuple(r[c] for c in COLUMNS) for r in rows])
                else:
                    conn.execute(records_table.insert(), rows)
            conn.execute(head_table.update().where(head_table.c.id == 1).values(seq=seq, hash=prev))

    def _lock_head(self, conn: Connection) -> tuple[int, str]:
        stmt = select(head_table.c.seq, head_table.c.hash).where(head_table.c.id == 1)
        if self.backend == "postgresql":
            stmt = stmt.with_for_update()
        row = conn.execute(stmt).first()
        if row is None:
            raise AuditError(
                f"the audit head row is missing in {safe_url(self.url)}: the trail was tampered with "
                "(run `guard audit verify`); refusing to append"
            )
        return int(row.seq), row.hash

    @contextmanager
    def _write_tx(self) -> Iterator[Connection]:
        with self._memory_guard(), self._engine.connect() as conn:
            conn.execution_options(audit_write=True)
            with conn.begin():
                yield conn

    @contextmanager
    def _read_tx(self) -> Iterator[Connection]:
        with self._memory_guard(), self._engine.connect() as conn:
            if self.backend == "postgresql":
                conn.execution_options(isolation_level="REPEATABLE READ")  # one snapshot for a whole walk
            with conn.begin():
                yield conn

    @contextmanager
    def _memory_guard(self) -> Iterator[None]:
        if self._mem_lock is None:
            yield
        else:
            with self._mem_lock:
                yield

    def _ensure_schema(self, create: bool) -> None:
        if not create:
            with self._engine.connect() as conn:
                if not inspect(conn).has_table(records_table.name):
                    head = None
                    if inspect(conn).has_table(head_table.name):
                        head = conn.execute(select(head_table.c.seq).where(head_table.c.id == 1)).first()
                    if head is not None and isinstance(head[0], int) and head[0] > 0:
                        raise AuditTrailGone(f"the table {records_table.name} is missing from {safe_url(self.url)}, "
                                             f"while its head says {head[0]} record(s) were written: the trail was deleted")
                    raise AuditStoreNotFound(f"no audit trail in {safe_url(self.url)} (table {records_table.name} missing)")
            return
        with self._write_tx() as conn:
            if self.backend == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_SCHEMA_LOCK})
            metadata.create_all(conn)
            self._check_columns(conn)
            if conn.execute(select(head_table.c.id).where(head_table.c.id == 1)).first() is None:
                if conn.execute(select(func.count()).select_from(records_table)).scalar_one() == 0:
                    conn.execute(head_table.insert().values(id=1, seq=0, hash=GENESIS_HASH))
                else:  # never invent a head for existing records: that would hide truncation
                    log.error("audit head row missing in %s: the trail was tampered with", safe_url(self.url))

    def _check_columns(self, conn: Any) -> None:
        """A writer refuses tables that lack a column it writes: opened as they were, every write
        failed later (`no column named details`), buffered records were lost at close, and the
        guarded calls had gone ahead meanwhile."""
        found = inspect(conn)
        for table in (records_table, head_table):
            have = {c["name"] for c in found.get_columns(table.name)}
            missing = [c.name for c in table.columns if c.name not in have]
            if missing:
                raise AuditError(f"cannot write to audit database {safe_url(self.url)}: its table {table.name} has no "
                                 f"column(s) {', '.join(missing)} (not an agentguard audit trail, or an altered one)")

    def _is_duplicate(self, rec: AuditRecord) -> bool:
        try:
            with self._memory_guard(), self._engine.connect() as conn:
                stmt = select(records_table.c.seq).where(records_table.c.record_id == rec.record_id)
                return conn.execute(stmt).first() is not None
        except Exception:
            return False

    def _integrity_message(self, rec: AuditRecord, exc: Exception) -> str:
        if self._is_duplicate(rec):
            return f"record_id {rec.record_id} is already in the audit trail (each record needs a fresh id)"
        return f"audit record {rec.record_id} rejected: {_short(exc)}"

    def _after_fork(self) -> None:
        """In a forked child: forget the parent's queue, thread and connections.

        Records the parent had queued stay the parent's to write (never twice).
        """
        self._engine.dispose(close=False)
        self._mem_lock = threading.RLock() if self._memory else None
        self._wake = threading.Event()
        self._room = threading.Condition()
        self._queue = queue.SimpleQueue()
        self._writer = None
        self._writer_lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._writing_in = None
        self._closing = threading.Lock()
        self._enqueued = itertools.count()
        self._written = self._dropped = 0
        self._last_error = None
        self._failing_since = None
        self._give_up = threading.Event()

    # -- reading -----------------------------------------------------------------

    def verify(self, anchor: str | None = None) -> VerifyResult:
        """Walk the chain in seq order; name the first altered, deleted or reordered record.

        `anchor`: a head hash published earlier (`guard audit head`); the chain must
        still contain it, which catches a trail rewritten and re-hashed end to end.
        """
        with self._read_tx() as conn:
            return verify_chain(conn, anchor=anchor)

    def head(self) -> tuple[int, str] | None:
        """(seq, hash) of the last record, or None when the head row is missing."""
        with self._read_tx() as conn:
            row = read_head(conn)
        if row is None:
            return None
        seq = as_seq(row.seq)
        if seq is None or not isinstance(row.hash, str):
            raise AuditError(f"the audit head row was altered (seq {row.seq!r:.40}): run `guard audit verify`")
        return seq, row.hash

    def count(self) -> int:
        with self._read_tx() as conn:
            return conn.execute(select(func.count()).select_from(records_table)).scalar_one()

    def runs(self, limit: int = 50) -> list[dict[str, Any]]:
        """The latest runs, newest first, one summary dict each."""
        r = records_table.c
        severity = func.max(case(ACTION_SEVERITY, value=r.action, else_=-1))
        stmt = (
            select(
                r.run_id,
                func.max(r.agent).label("agent"),
                func.min(r.ts).label("first_ts"),
                func.max(r.ts).label("last_ts"),
                func.count().label("n"),
                severity.label("worst"),
                func.max(r.policy_name).label("policy_name"),
                func.max(r.policy_version).label("policy_version"),
            )
            .group_by(r.run_id)
            .order_by(func.max(r.seq).desc())
            .limit(limit)
        )
        with self._read_tx() as conn:
            rows = conn.execute(stmt).all()
        return [
            {
                "run_id": row.run_id,
                "agent": row.agent,
                "first_ts": row.first_ts,
                "last_ts": row.last_ts,
                "n": row.n,
                "worst_action": _SEVERITY_NAME.get(row.worst),
                "policy_name": row.policy_name,
                "policy_version": row.policy_version,
            }
            for row in rows
        ]

    def records(self, run_id: str | None = None, limit: int | None = None) -> list[AuditRecord]:
        """Records in chain order, optionally of one run."""
        out = []
        for rec in self.iter_records(run_id):
            out.append(rec)
            if limit is not None and len(out) >= limit:
                break
        return out

    def iter_records(self, run_id: str | None = None, chunk: int = 1000) -> Iterator[AuditRecord]:
        """Stream records in seq order without loading the whole trail."""
        stmt = select(records_table).order_by(records_table.c.seq)
        if run_id is not None:
            stmt = stmt.where(records_table.c.run_id == run_id)
        if self._memory:  # never hold the shared connection while the caller iterates
            with self._read_tx() as conn:
                rows = conn.execute(stmt).mappings().all()
            yield from (_to_record(row) for row in rows)
            return
        with self._read_tx() as conn:
            for row in conn.execution_options(yield_per=chunk).execute(stmt).mappings():
                yield _to_record(row)

    def run_ids_like(self, prefix: str, limit: int = 10) -> list[str]:
        """Run ids starting with `prefix` (for `guard audit show` with a short id)."""
        r = records_table.c
        stmt = select(r.run_id).where(r.run_id.startswith(prefix, autoescape=True)).group_by(r.run_id).limit(limit)
        with self._read_tx() as conn:
            return [row.run_id for row in conn.execute(stmt)]


def _insert_sql(paramstyle: str) -> str | None:
    """A positional INSERT of every column in the driver's own parameter style, or None
    for a style without positional markers (then the SQLAlchemy insert is used)."""
    mark = {"qmark": "?", "format": "%s", "pyformat": "%s"}.get(paramstyle)
    if mark is None:
        return None
    return f"INSERT INTO {records_table.name} ({', '.join(COLUMNS)}) VALUES ({', '.join([mark] * len(COLUMNS))})"


def _checked_record(fields: dict[str, Any]) -> AuditRecord:
    """The record for guard-built fields; ones that fail validation are kept, flagged.

    Never raises: it runs on the writer thread, and a record that cannot be built must
    still leave a trace in the chain rather than stop the writer."""
    try:
        return AuditRecord.model_validate(fields)
    except Exception as exc:  # noqa: BLE001 - ValidationError, or e.g. details json cannot encode
        try:
            return _salvaged(fields, exc)
        except Exception:  # noqa: BLE001 - even the salvage failed: keep that a record was lost here
            return AuditRecord.model_validate({"run_id": "unknown", "hook": "unknown", "action": "unknown",
                                               "details": {"audit_error": "record fields could not be read"}})


def _salvaged(fields: dict[str, Any], exc: Exception) -> AuditRecord:
    if isinstance(exc, ValidationError):
        problem = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        bad = {str(e["loc"][0]) for e in exc.errors() if e["loc"]}
    else:
        problem = f"{type(exc).__name__}: {_safe_repr(exc)}"
        bad = {"details"}
    log.error("audit record fields did not validate (%s); stored with the problem noted", problem)
    keep = {k: fields.get(k) for k in ("record_id", "ts", "run_id", "step", "hook", "action") if k not in bad}
    plain = {k: v for k, v in keep.items() if type(v) in (str, int, float) and v != ""}
    details = {"audit_error": problem[:2000], "fields": {str(k): _safe_repr(v) for k, v in fields.items()}}
    try:
        return AuditRecord.model_validate({"run_id": "unknown", "hook": "unknown", "action": "unknown", **plain, "details": details})
    except ValidationError:  # a kept field is itself unusable: keep only the problem
        return AuditRecord.model_validate({"run_id": "unknown", "hook": "unknown", "action": "unknown", "details": details})


def _safe_repr(value: Any) -> str:
    try:
        return repr(value)[:500]
    except Exception as exc:  # noqa: BLE001
        return f"<unrepresentable {type(value).__name__}: {type(exc).__name__}>"


def _record_of(item: "AuditRecord | tuple[AuditRecord, Any]") -> AuditRecord:
    return item[0] if item.__class__ is tuple else item


def _payload(item: "AuditRecord | tuple[AuditRecord, Any]") -> dict[str, Any]:
    """The record's JSON form to hash, with a deferred event digest filled in (into the
    dict: a model copy per record cost as much as the digest itself)."""
    if item.__class__ is not tuple:
        return item.chain_payload()
    rec, event = item
    payload = rec.chain_payload()
    try:
        payload["event_digest"] = str(event.digest())
    except Exception as exc:  # a broken event must not block the trail: keep the record, say why
        log.error("audit record %s: event digest failed (%s); stored without it", rec.record_id, _short(exc))
    return payload


def _to_record(row: Mapping[str, Any]) -> AuditRecord:
    """A stored row as a record; a tampered row that no longer validates is still shown."""
    try:
        payload = row_to_payload(row)
    except ValueError:
        payload = dict(row)
    try:
        return AuditRecord.model_validate(payload)
    except ValidationError:
        return AuditRecord.model_construct(**payload)


def _short(exc: BaseException) -> str:
    """An error without SQL parameters (which could hold record content)."""
    orig = getattr(exc, "orig", None)
    msg = str(orig if orig is not None else exc).strip().splitlines()
    return f"{type(orig or exc).__name__}: {msg[0] if msg else ''}"


def open_store(
    url: str | os.PathLike[str],
    durability: Durability = "buffered",
    batch_size: int = 256,
    flush_interval_ms: float = 200,
    create: bool = True,
    max_pending: int = DEFAULT_MAX_PENDING,
) -> AuditStore:
    """Open (and by default create) the audit trail at a SQLAlchemy URL or a file path."""
    return AuditStore(os.fspath(url), durability, batch_size, flush_interval_ms, create=create, max_pending=max_pending)


# Stores still open at interpreter exit are closed (buffered ones flushed); forked children start clean.
_OPEN_STORES: "weakref.WeakSet[AuditStore]" = weakref.WeakSet()


@atexit.register
def _close_open_stores() -> None:
    for store in list(_OPEN_STORES):
        try:
            store.close(timeout=10.0)
        except Exception:
            log.exception("closing the audit store at exit failed")


_FORKING = threading.local()  # the write locks the forking thread holds until fork() returns
FORK_WAIT_S = 10.0  # how long a fork waits, in all, for writes in progress before it goes ahead


def _hold_writes_for_fork() -> None:
    """No fork in the middle of a write: a child forked inside the writer's transaction inherits
    SQLite's lock bookkeeping for it and waits for a lock nobody will release (every record of
    the child lost, or each sync append failing with "database is locked")."""
    held: list[threading.Lock] = []
    _FORKING.held = held  # filled as each lock is taken: released after the fork even if a signal cuts this short
    deadline = time.monotonic() + FORK_WAIT_S
    me = threading.get_ident()
    for store in list(_OPEN_STORES):
        if store._writing_in == me:
            continue  # forked from inside its own write: waiting would wait for itself
        lock = store._write_lock
        if lock.acquire(timeout=max(0.0, deadline - time.monotonic())):
            held.append(lock)


def _release_after_fork_in_parent() -> None:
    held = getattr(_FORKING, "held", [])
    _FORKING.held = []
    for lock in held:
        lock.release()


def _reset_after_fork() -> None:
    _FORKING.held = []  # the child's stores get new locks
    for store in list(_OPEN_STORES):
        store._after_fork()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(before=_hold_writes_for_fork, after_in_parent=_release_after_fork_in_parent,
                        after_in_child=_reset_after_fork)
