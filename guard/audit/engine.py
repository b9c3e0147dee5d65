"""Database URLs and engines for the audit store.

SQLite gets WAL, a busy timeout and `BEGIN IMMEDIATE` for write transactions, so
several processes appending to one file take the chain head one at a time;
`synchronous=FULL` (sync durability) fsyncs every commit. PostgreSQL serialises
writers with a row lock on the head row instead (see store.py).
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.engine.url import URL
from sqlalchemy.pool import StaticPool

from guard.errors import GuardError

SQLITE_BUSY_TIMEOUT_MS = 30_000


class AuditError(GuardError):
    """Something about the audit store went wrong (bad URL, missing database, write failure)."""


class AuditStoreNotFound(AuditError):
    """The database (or its audit tables) does not exist and creating it was not asked for."""


class AuditTrailGone(AuditStoreNotFound):
    """The records table is missing while the head row says records were written: deleted."""


class AuditWriteError(AuditError):
    """Records could not be written (sync append, or a flush that timed out)."""


def normalize_url(url_or_path: str | os.PathLike[str]) -> str:
    """Accept a SQLAlchemy URL or a plain file path (turned into a SQLite URL).

    `postgresql://` and `postgres://` get the psycopg 3 driver, the one agentguard ships.
    """
    text = os.fspath(url_or_path).strip()
    if not text:
        raise AuditError("empty audit database URL")
    if "://" not in text:
        return sqlite_url(Path(text).expanduser().resolve())
    if text.startswith("postgres://"):
        text = "postgresql://" + text[len("postgres://"):]
    if text.startswith("postgresql://"):
        text = "postgresql+psycopg://" + text[len("postgresql://"):]
    return text


def sqlite_url(path: str | os.PathLike[str]) -> str:
    """The SQLite URL of a file, its `?`, `#` and `%` escaped: pasted in as they are, "aud?it.db"
    opened "aud" and "aud%41it.db" opened "audAit.db"."""
    return URL.create("sqlite", database=os.fspath(path)).render_as_string(hide_password=False)


SUPPORTED_BACKENDS = ("sqlite", "postgresql")
SUPPORTED_DRIVERS = {"sqlite": "pysqlite", "postgresql": "psycopg"}  # the ones agentguard installs


def checked_url(url_or_path: str | os.PathLike[str]) -> str:
    """`normalize_url`, refusing what the store cannot open: an unparseable URL, or a
    database other than SQLite and PostgreSQL (whose driver may not even be installed)."""
    url = normalize_url(url_or_path)
    try:
        backend = make_url(url).get_backend_name()
    except Exception:  # SQLAlchemy's ArgumentError, or a bad port number
        raise AuditError(f"not a database URL: {safe_url(url)}") from None
    if backend not in SUPPORTED_BACKENDS:
        raise AuditError(f"unsupported database {backend!r} in {safe_url(url)} (supported: {', '.join(SUPPORTED_BACKENDS)})")
    driver = make_url(url).get_driver_name()
    if driver != SUPPORTED_DRIVERS[backend]:
        # an async driver cannot serve the store's engine, and another sync one is not installed
        # with agentguard: refused here, not as a bare ImportError when the guard starts
        raise AuditError(f"unsupported driver {driver!r} for {backend} in {safe_url(url)} (use "
                         f"{backend}+{SUPPORTED_DRIVERS[backend]}:// or {backend}://)")
    return url


_SECRET_PARAM = re.compile(r"pass|secret|token|key|auth|cred", re.IGNORECASE)


def safe_url(url: str | URL) -> str:
    """The URL for messages: never the password, nor a query parameter that may hold one
    (`?password=`, `sslpassword=`, `sslkey=`)."""
    try:
        u = make_url(url)
        if any(_SECRET_PARAM.search(k) for k in u.query):
            u = u.set(query={k: ("***" if _SECRET_PARAM.search(k) else v) for k, v in u.query.items()})
        return u.render_as_string(hide_password=True)
    except Exception:
        return "<unparseable URL>"


def sqlite_path(url: URL) -> str | None:
    """The file behind a SQLite URL, or None for an in-memory database."""
    db = url.database
    if not db or db == ":memory:" or db.startswith("file::memory:") or url.query.get("mode") == "memory":
        return None
    return db


def _text_or_bytes(raw: bytes) -> str | bytes:
    """A text column as text, or as the bytes it holds when they are not UTF-8: a value
    written past the store (tampering) must read as altered, not stop every read command."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw


def make_engine(url: str, *, full_sync: bool, read_only: bool = False) -> Engine:
    """`read_only`: a reader (`guard audit list|verify|…`) leaves the file's journal mode as it
    found it (switching a rollback-journal trail to WAL is a write, and leaves -wal/-shm files)."""
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return _sqlite_engine(parsed, full_sync=full_sync, read_only=read_only)
    if backend == "postgresql":
        return create_engine(parsed, pool_pre_ping=True, hide_parameters=True)
    return create_engine(parsed, hide_parameters=True)


def _sqlite_engine(url: URL, *, full_sync: bool, read_only: bool = False) -> Engine:
    memory = sqlite_path(url) is None
    kw: dict = {"hide_parameters": True, "connect_args": {"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}}
    if memory:
        kw["poolclass"] = StaticPool  # one shared connection, or each would see its own empty DB
    engine = create_engine(url, **kw)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # noqa: ANN001
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (below)
        dbapi_conn.text_factory = _text_or_bytes
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        if not memory and not read_only:
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute(f"PRAGMA synchronous={'FULL' if full_sync else 'NORMAL'}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # noqa: ANN001
        # Writers take the write lock up front so reading the head and appending after
        # it are one atomic step; readers get a deferred (snapshot) transaction.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("audit_write") else "BEGIN")

    return engine
