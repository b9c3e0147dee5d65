"""Persistent credibility state in SQLite (default, WAL) or PostgreSQL, via SQLAlchemy Core.

Concurrency contract: several processes may aggregate and observe at once and no update
is lost. Two mechanisms give that:

* every per-question operation first takes the question's row lock (SQLite: the whole
  write transaction starts with BEGIN IMMEDIATE; PostgreSQL: SELECT ... FOR UPDATE), so
  reads of a question's endorsements and the writes derived from them are serialized;
* agent counters only ever change by atomic increments (`alpha = alpha + :d`), in agent
  order (no deadlocks between writers touching the same agents), never by read-modify-write.
"""
from __future__ import annotations

import json
import os
import threading
import time
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any, Iterator

from sqlalchemy import (Column, Float, Integer, MetaData, String, Table, Text, bindparam, create_engine, delete,
                        event, func, select, update)
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.pool import StaticPool

from detectors.credibility.scoring import AgentStats, AnswerState, Endorsement
from guard.audit.engine import normalize_url, sqlite_path, sqlite_url

metadata = MetaData()

agents_table = Table(
    "credibility_agents", metadata,
    Column("agent", String(255), primary_key=True),
    Column("alpha", Float, nullable=False, default=0.0),
    Column("beta", Float, nullable=False, default=0.0),
    Column("evidence", Float, nullable=False, default=0.0),
    Column("opinions", Integer, nullable=False, default=0),
    Column("first_seen", Float, nullable=False),
    Column("updated", Float, nullable=False),
)

questions_table = Table(
    "credibility_questions", metadata,
    Column("question_id", String(255), primary_key=True),
    Column("rounds", Integer, nullable=False, default=0),
    Column("evidence_mass", Text, nullable=False, default="{}"),
    Column("resolved", Float, nullable=False, default=0.0),
    Column("support", Text, nullable=False, default="{}"),
    Column("winner", Text),
    Column("created", Float, nullable=False),
    Column("updated", Float, nullable=False),
)

endorsements_table = Table(
    "credibility_endorsements", metadata,
    Column("question_id", String(255), primary_key=True),
    Column("agent", String(255), primary_key=True),
    Column("answer", Text, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("round", Integer, nullable=False),
    Column("seq", Integer, nullable=False),
    Column("applied_alpha", Float, nullable=False, default=0.0),
    Column("applied_beta", Float, nullable=False, default=0.0),
    Column("applied_evidence", Float, nullable=False, default=0.0),
    Column("updated", Float, nullable=False),
    # What was known when the endorsement was made: it earns only what evidence adds after it.
    Column("base_alpha", Float, nullable=False, default=0.0, server_default="0"),
    Column("base_beta", Float, nullable=False, default=0.0, server_default="0"),
    Column("base_evidence", Float, nullable=False, default=0.0, server_default="0"),
)
_ADDED_COLUMNS = {"credibility_endorsements": ("base_alpha", "base_beta", "base_evidence")}


def default_store_url() -> str:
    """`$AGENTGUARD_CREDIBILITY_URL`, else a SQLite file in the user's data directory."""
    env = os.environ.get("AGENTGUARD_CREDIBILITY_URL")
    if env:
        return env
    base = os.environ.get("AGENTGUARD_HOME") or os.path.join(
        os.environ.get("XDG_DATA_HOME") or os.path.join(Path.home(), ".local", "share"), "agentguard")
    return sqlite_url(os.path.join(base, "credibility.db"))


def store_url(url_or_path: str | None) -> str:
    """A SQLAlchemy URL, read as `guard audit --db` reads one (a plain file path is SQLite)."""
    return normalize_url(url_or_path) if url_or_path else default_store_url()


def sqlite_file(url: str) -> str | None:
    """The file behind a SQLite URL (None for other databases, in-memory ones, and URLs that
    do not parse: opening the store reports those)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    return sqlite_path(parsed) if parsed.get_backend_name() == "sqlite" else None


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        return _sqlite_engine(url)
    return create_engine(url, pool_pre_ping=True, future=True)


def _sqlite_engine(url: str) -> Engine:
    memory = url in ("sqlite://", "sqlite:///:memory:")
    if memory:
        engine = create_engine("sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False})
    else:
        path = sqlite_file(url)
        if path:
            Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 60, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (below)
        cur = dbapi_conn.cursor()
        if not memory:
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA busy_timeout=60000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # Take the write lock up front: no two writers interleave read-then-write on SQLite.
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


class CredibilityStore:
    """Tables and the few queries the aggregator needs; every write runs inside `transaction()`."""

    def __init__(self, url: str | None = None):
        self.url = store_url(url)
        self.engine = make_engine(self.url)
        self.dialect = self.engine.dialect.name
        # An in-memory SQLite database is one shared connection: serialize threads on it.
        self._lock = threading.RLock() if self.url in ("sqlite://", "sqlite:///:memory:") else nullcontext()
        try:
            metadata.create_all(self.engine)
        except (OperationalError, DBAPIError):  # another process created the tables at the same moment
            metadata.create_all(self.engine)
        self._add_missing_columns()

    def _add_missing_columns(self) -> None:
        """Bring a store made by an earlier version up to date (its endorsements count as made
        before any evidence, as that version treated them)."""
        from sqlalchemy import inspect, text

        for table, names in _ADDED_COLUMNS.items():
            have = {c["name"] for c in inspect(self.engine).get_columns(table)}
            for name in names:
                if name in have:
                    continue
                try:
                    with self.engine.begin() as conn:
                        conn.execute(text(f"ALTER TABLE {table} ADD COLUMN {name} FLOAT NOT NULL DEFAULT 0"))
                except (OperationalError, DBAPIError):  # another process added it at the same moment
                    if name not in {c["name"] for c in inspect(self.engine).get_columns(table)}:
                        raise

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        with self._lock, self.engine.begin() as conn:
            yield conn

    def retrying(self, fn: Any, attempts: int = 8) -> Any:
        """Run `fn(conn)` in a transaction, retrying on lock timeouts, deadlocks and serialization failures."""
        delay = 0.05
        for i in range(attempts):
            try:
                with self.transaction() as conn:
                    return fn(conn)
            except (OperationalError, DBAPIError) as exc:
                if i == attempts - 1 or not _transient(exc):
                    raise
                time.sleep(delay)
                delay = min(delay * 2, 2.0)

    # -- questions -------------------------------------------------------------------
    def lock_question(self, conn: Connection, question_id: str) -> dict[str, Any]:
        now = time.time()
        self._insert_ignore(conn, questions_table, [dict(question_id=question_id, rounds=0, evidence_mass="{}",
                                                         resolved=0.0, support="{}", created=now, updated=now)])
        q = select(questions_table).where(questions_table.c.question_id == question_id)
        if self.dialect == "postgresql":
            q = q.with_for_update()
        row = conn.execute(q).mappings().one()
        return dict(row)

    def update_question(self, conn: Connection, question_id: str, **values: Any) -> None:
        values["updated"] = time.time()
        for key in ("support", "evidence_mass"):
            if key in values and not isinstance(values[key], str):
                values[key] = json.dumps(values[key], sort_keys=True)
        conn.execute(update(questions_table).where(questions_table.c.question_id == question_id).values(**values))

    @staticmethod
    def previous_support(row: dict[str, Any]) -> dict[str, AnswerState]:
        return {a: AnswerState(**v) for a, v in json.loads(row["support"] or "{}").items()}

    # -- endorsements ----------------------------------------------------------------
    def endorsements(self, conn: Connection, question_id: str) -> list[dict[str, Any]]:
        q = select(endorsements_table).where(endorsements_table.c.question_id == question_id)
        return [dict(r) for r in conn.execute(q.order_by(endorsements_table.c.round, endorsements_table.c.seq))
                .mappings()]

    def upsert_endorsements(self, conn: Connection, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        keys = {(r["question_id"], r["agent"]) for r in rows}
        for qid in {k[0] for k in keys}:
            names = [a for q, a in keys if q == qid]
            conn.execute(delete(endorsements_table).where(endorsements_table.c.question_id == qid,
                                                          endorsements_table.c.agent.in_(names)))
        conn.execute(endorsements_table.insert(), rows)

    def set_applied(self, conn: Connection, question_id: str, applied: dict[str, tuple[float, float, float]]) -> None:
        if not applied:
            return
        stmt = (update(endorsements_table)
                .where(endorsements_table.c.question_id == bindparam("q"), endorsements_table.c.agent == bindparam("a"))
                .values(applied_alpha=bindparam("aa"), applied_beta=bindparam("ab"),
                        applied_evidence=bindparam("ae"), updated=bindparam("t")))
        now = time.time()
        conn.execute(stmt, [dict(q=question_id, a=a, aa=v[0], ab=v[1], ae=v[2], t=now)
                            for a, v in sorted(applied.items())])

    # -- agents ----------------------------------------------------------------------
    def ensure_agents(self, conn: Connection, names: list[str]) -> None:
        now = time.time()
        self._insert_ignore(conn, agents_table, [dict(agent=n, alpha=0.0, beta=0.0, evidence=0.0, opinions=0,
                                                      first_seen=now, updated=now) for n in sorted(set(names))])

    def agent_stats(self, conn: Connection, names: list[str]) -> dict[str, AgentStats]:
        if not names:
            return {}
        q = select(agents_table).where(agents_table.c.agent.in_(sorted(set(names))))
        return {r["agent"]: AgentStats(r["alpha"], r["beta"], r["evidence"]) for r in conn.execute(q).mappings()}

    def population(self, conn: Connection, floor: float = 0.0) -> "Population":
        from detectors.credibility.scoring import Population

        t = agents_table
        n = t.c.alpha + t.c.beta
        row = conn.execute(select(func.count(), func.sum(t.c.alpha), func.sum(n), func.sum(t.c.alpha * t.c.alpha / n))
                           .where(n >= 1.0, t.c.alpha >= floor * n)).one()
        return Population(int(row[0] or 0), float(row[1] or 0.0), float(row[2] or 0.0), float(row[3] or 0.0))

    def increment_agents(self, conn: Connection, deltas: dict[str, tuple[float, float, float, int]]) -> None:
        """Atomic `col = col + delta` per agent (alpha, beta, evidence, opinions), in agent order."""
        if not deltas:
            return
        t = agents_table
        stmt = (update(t).where(t.c.agent == bindparam("a"))
                .values(alpha=t.c.alpha + bindparam("da"), beta=t.c.beta + bindparam("db"),
                        evidence=t.c.evidence + bindparam("de"), opinions=t.c.opinions + bindparam("do"),
                        updated=bindparam("t")))
        now = time.time()
        conn.execute(stmt, [dict(a=a, da=d[0], db=d[1], de=d[2], do=d[3], t=now) for a, d in sorted(deltas.items())])

    def list_agents(self, agent: str | None = None) -> list[dict[str, Any]]:
        q = select(agents_table).order_by(agents_table.c.agent)
        if agent is not None:
            q = q.where(agents_table.c.agent == agent)
        with self._lock, self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(q).mappings()]

    def counts(self) -> dict[str, int]:
        with self._lock, self.engine.connect() as conn:
            return {name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                    for name, t in (("agents", agents_table), ("questions", questions_table),
                                    ("endorsements", endorsements_table))}

    def reset(self, agent: str | None = None) -> int:
        """Forget everything (or one agent's record and endorsements). Returns rows removed."""
        def run(conn: Connection) -> int:
            if agent is None:
                n = conn.execute(delete(agents_table)).rowcount
                conn.execute(delete(endorsements_table))
                conn.execute(delete(questions_table))
                return n
            conn.execute(delete(endorsements_table).where(endorsements_table.c.agent == agent))
            return conn.execute(delete(agents_table).where(agents_table.c.agent == agent)).rowcount
        return self.retrying(run)

    # -- helpers ---------------------------------------------------------------------
    def _insert_ignore(self, conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        if self.dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        elif self.dialect == "sqlite":
            from sqlalchemy.dialects.sqlite import insert
        else:  # pragma: no cover - other databases: insert what is missing under the transaction's lock
            existing = {tuple(r) for r in conn.execute(select(*table.primary_key.columns))}
            pk = [c.name for c in table.primary_key.columns]
            rows = [r for r in rows if tuple(r[c] for c in pk) not in existing]
            if rows:
                conn.execute(table.insert(), rows)
            return
        conn.execute(insert(table).on_conflict_do_nothing(), rows)


def _transient(exc: Exception) -> bool:
    text = str(getattr(exc, "orig", exc)).lower()
    return any(s in text for s in ("locked", "deadlock", "could not serialize", "busy", "serialization"))


def endorsement_of(row: dict[str, Any]) -> Endorsement:
    return Endorsement(row["agent"], row["answer"], row["confidence"], row["round"], row["seq"])
