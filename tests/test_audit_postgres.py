"""The same chain, tamper and concurrency guarantees on a real PostgreSQL server.

The server is a private temporary cluster (tests/pg_fixture.py); these tests skip,
saying why, where no PostgreSQL binaries exist.
"""
from __future__ import annotations

import os
import signal
import threading
import time

import pytest

from guard.audit import GENESIS_HASH, open_store

try:
    from audit_testlib import content, make_record, start_writer
    from pg_fixture import pg_server, pg_url  # noqa: F401  (fixtures)
except ImportError:
    from tests.audit_testlib import content, make_record, start_writer
    from tests.pg_fixture import pg_server, pg_url  # noqa: F401

pytestmark = pytest.mark.postgres


def raw(url: str, *statements: str) -> None:
    import psycopg

    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as conn:
        for s in statements:
            conn.execute(s)


def filled(url: str, n: int = 10) -> dict[int, str]:
    store = open_store(url, durability="sync")
    for i in range(n):
        store.append(make_record(i))
    ids = {r.seq: r.record_id for r in store.records()}
    store.close()
    return ids


def verify(url: str, **kw):
    store = open_store(url, create=False)
    try:
        return store.verify(**kw)
    finally:
        store.close()


def test_round_trip_and_verify(pg_url):
    store = open_store(pg_url, durability="sync")
    sent = [make_record(i, run_id=f"r{i % 3}", details={"ü": [1, 2.5, None]}) for i in range(15)]
    for rec in sent:
        store.append(rec)
    got = store.records()
    assert [content(r) for r in got] == [content(r) for r in sent]
    assert got[0].prev_hash == GENESIS_HASH and [r.seq for r in got] == list(range(1, 16))
    assert store.verify().ok and store.verify().checked == 15
    assert {r["run_id"]: r["n"] for r in store.runs()} == {"r0": 5, "r1": 5, "r2": 5}
    store.close()


def test_buffered_flush_and_close(pg_url):
    store = open_store(pg_url, durability="buffered", batch_size=16, flush_interval_ms=5)
    for i in range(100):
        store.append(make_record(i))
    store.close()
    assert verify(pg_url).checked == 100


def test_edit_is_named(pg_url):
    ids = filled(pg_url)
    raw(pg_url, "UPDATE audit_records SET action = 'allow' WHERE seq = 6")
    r = verify(pg_url)
    assert not r.ok and r.kind == "altered" and r.first_bad_seq == 6 and r.first_bad_record_id == ids[6]


def test_delete_is_named(pg_url):
    filled(pg_url)
    raw(pg_url, "DELETE FROM audit_records WHERE seq = 4")
    r = verify(pg_url)
    assert r.kind == "deleted" and r.first_bad_seq == 4


def test_swap_is_named(pg_url):
    ids = filled(pg_url)
    raw(pg_url, "UPDATE audit_records SET seq = -1 WHERE seq = 3", "UPDATE audit_records SET seq = 3 WHERE seq = 7",
        "UPDATE audit_records SET seq = 7 WHERE seq = -1")
    r = verify(pg_url)
    assert r.kind == "reordered" and r.first_bad_seq == 3 and r.first_bad_record_id == ids[7]


def test_delete_last_is_named(pg_url):
    filled(pg_url)
    raw(pg_url, "DELETE FROM audit_records WHERE seq = 10")
    r = verify(pg_url)
    assert r.kind == "deleted" and r.first_bad_seq == 10


def test_stores_in_threads_as_separate_workers_make_one_chain(pg_url):
    open_store(pg_url).close()
    stores = [open_store(pg_url, durability="buffered" if i % 2 else "sync", flush_interval_ms=2) for i in range(4)]

    def work(i: int) -> None:
        for step in range(50):
            stores[i].append(make_record(step, run_id=f"worker-{i}"))
        stores[i].close()

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    r = verify(pg_url)
    assert r.ok and r.checked == 200


def test_two_processes_appending_at_once_make_one_chain(pg_url, tmp_path):
    open_store(pg_url).close()
    go = tmp_path / "go"
    procs = [start_writer(pg_url, 150, mode, f"proc-{i}", go_file=str(go)) for i, mode in enumerate(("sync", "buffered"))]
    for p in procs:
        assert p.stdout.readline().strip() == "ready", p.stderr.read()
    go.touch()
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    store = open_store(pg_url, create=False)
    r = store.verify()
    recs = store.records()
    store.close()
    assert r.ok and r.checked == 300
    for i in range(2):
        assert [x.step for x in recs if x.run_id == f"proc-{i}"] == list(range(150))


def test_sigkill_mid_stream_keeps_every_reported_record(pg_url):
    open_store(pg_url).close()
    proc = start_writer(pg_url, 0, "sync", "killed")
    assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
    reported = []
    deadline = time.time() + 60
    while len(reported) < 80 and time.time() < deadline:
        reported.append(proc.stdout.readline().strip())
    os.kill(proc.pid, signal.SIGKILL)
    rest, _ = proc.communicate(timeout=30)
    reported += rest.split()
    store = open_store(pg_url, create=False)
    r = store.verify()
    stored = {x.record_id for x in store.records()}
    store.close()
    assert r.ok, r.problem
    assert len(reported) >= 80 and set(reported) <= stored and len(stored) - len(reported) <= 1


def test_credibility_cli_never_prints_the_store_password(pg_url):
    """`guard credibility show|observe` printed the store's URL as given, password and all."""
    import subprocess
    import sys

    url = pg_url
    user_at = url.split("://", 1)[1].split("@", 1)[0]
    url = url.replace(f"{user_at}@", f"{user_at}:SuperSecretPW123@", 1)  # trust auth ignores it
    for args in (["observe", "q-none", "A"], ["show"], ["show", "--json"], ["show", "--agent", "nobody"]):
        r = subprocess.run([sys.executable, "-m", "guard.cli.main", "credibility", *args, "--store", url],
                           capture_output=True, text=True, timeout=300)
        assert "SuperSecretPW123" not in r.stdout + r.stderr, args
        assert user_at in r.stdout + r.stderr, (args, r.stdout, r.stderr)  # the store is still named
