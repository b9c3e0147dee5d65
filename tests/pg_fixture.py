"""A throwaway PostgreSQL server for tests and benchmarks.

`temporary_postgres()` runs `initdb` + `pg_ctl start` on a free loopback port with
its socket and data in a fresh temp directory, and removes everything afterwards.
PostgreSQL refuses to run as root, so under root the cluster is owned by and run as
the `postgres` system user. Set `AGENTGUARD_TEST_PG_URL` to use an existing server
instead (each test still gets its own database).

In a test module:

    from pg_fixture import pg_server, pg_url  # noqa: F401  (fixtures)

    @pytest.mark.postgres
    def test_x(pg_url): ...   # a fresh, empty database URL (postgresql+psycopg://...)
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
import warnings
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pytest

ENV_URL = "AGENTGUARD_TEST_PG_URL"
_BINARIES = ("initdb", "pg_ctl", "postgres")


class PgUnavailable(RuntimeError):
    """No PostgreSQL server can be started here (the reason says why)."""


@dataclass
class PgServer:
    host: str
    port: int
    user: str
    admin_db: str = "postgres"

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{self.user}@{self.host}:{self.port}/{database}"

    def create_database(self, name: str | None = None) -> str:
        """A new empty database; returns its SQLAlchemy URL."""
        import psycopg

        name = name or f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self._dsn(self.admin_db), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def _dsn(self, database: str) -> str:
        return f"host={self.host} port={self.port} user={self.user} dbname={database}"


def find_pg_bindir() -> Path | None:
    """The directory holding initdb, pg_ctl and postgres (PATH first, then Debian's layout)."""
    found = shutil.which("initdb")
    candidates = [Path(os.path.realpath(found)).parent] if found else []
    candidates += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)]
    for d in candidates:
        if all((d / b).is_file() and os.access(d / b, os.X_OK) for b in _BINARIES):
            return d
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def temporary_postgres(durable: bool = False) -> Iterator[PgServer]:
    """Start a private cluster; `durable=False` turns fsync off (fine for tests, not for timings)."""
    if os.environ.get(ENV_URL):
        from sqlalchemy.engine import make_url

        u = make_url(os.environ[ENV_URL])
        yield PgServer(host=u.host or "127.0.0.1", port=u.port or 5432, user=u.username or "postgres",
                       admin_db=u.database or "postgres")
        return
    bindir = find_pg_bindir()
    if bindir is None:
        raise PgUnavailable("PostgreSQL binaries (initdb, pg_ctl, postgres) not found on PATH or in /usr/lib/postgresql")
    run_as: dict = {}
    if os.geteuid() == 0:
        try:
            pw = pwd.getpwnam("postgres")
        except KeyError:
            raise PgUnavailable("running as root and there is no 'postgres' user to run the server as") from None
        run_as = {"user": pw.pw_uid, "group": pw.pw_gid, "extra_groups": []}
    root = Path(tempfile.mkdtemp(prefix="agentguard-pg-"))  # directly under /tmp: reachable by that user
    if run_as:
        os.chown(root, run_as["user"], run_as["group"])
    data, log = root / "data", root / "server.log"
    env = {**os.environ, "LC_ALL": "C", "HOME": str(root)}

    def pg(*args: str, timeout: float = 120) -> None:
        proc = subprocess.run([str(bindir / args[0]), *args[1:]], cwd=root, env=env, capture_output=True,
                              text=True, timeout=timeout, **run_as)
        if proc.returncode != 0:
            tail = (proc.stderr or proc.stdout).strip()[-2000:]
            raise PgUnavailable(f"{args[0]} failed (exit {proc.returncode}): {tail}")

    port = _free_port()
    try:
        pg("initdb", "-D", str(data), "-U", "guard", "--auth=trust", "-E", "UTF8", "--no-sync", "--no-instructions")
        opts = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c max_connections=100"
        if not durable:
            opts += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        pg("pg_ctl", "-D", str(data), "-l", str(log), "-o", opts, "-w", "-t", "60", "start")
    except BaseException:
        shutil.rmtree(root, ignore_errors=True)
        raise
    try:
        yield PgServer(host="127.0.0.1", port=port, user="guard")
    finally:
        try:
            pg("pg_ctl", "-D", str(data), "-m", "immediate", "-w", "stop", timeout=60)
        except Exception as exc:  # teardown goes on (the data directory is removed either way), but says so
            warnings.warn(f"could not stop the temporary PostgreSQL server: {exc}", stacklevel=1)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    try:
        cm = temporary_postgres()
        server = cm.__enter__()
    except PgUnavailable as exc:
        pytest.skip(f"PostgreSQL tests need a server: {exc}")
    try:
        yield server
    finally:
        cm.__exit__(None, None, None)


@pytest.fixture
def pg_url(pg_server: PgServer) -> str:
    """A fresh, empty PostgreSQL database for one test."""
    return pg_server.create_database()
