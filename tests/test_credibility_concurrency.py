"""Two real processes aggregate and observe against one store at once; no update may be lost."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.pg_fixture import pg_server, pg_url  # noqa: F401  (fixtures)

ROOT = Path(__file__).resolve().parents[1]
N = 40  # iterations per process
AGENTS = [f"a{j}" for j in range(6)]
SHARED = 4  # questions both processes aggregate

WORKER = textwrap.dedent("""
    import sys
    sys.path.insert(0, {root!r})
    from detectors.credibility import CredibilityAggregator
    url, proc, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    agents = {agents!r}
    agg = CredibilityAggregator(url)
    for i in range(n):
        q = f"{{proc}}-q{{i}}"
        agg.aggregate(q, [(a, "A" if (i + j) % 3 else "B") for j, a in enumerate(agents)])
        agg.observe(q, "A")
        shared = f"shared-{{i % {shared}}}"
        agg.aggregate(shared, [(f"{{proc}}-g{{k}}", "S") for k in range(3)])
        agg.observe(shared, {{"scores": {{"S": 1.0}}, "strength": 0.01}})
    agg.close()
""")


def _hammer(url: str, tmp_path: Path) -> None:
    script = tmp_path / "worker.py"
    script.write_text(WORKER.format(root=str(ROOT), agents=AGENTS, shared=SHARED))
    from detectors.credibility import CredibilityAggregator

    CredibilityAggregator(url).close()  # create the tables once, as a deployment would
    procs = [subprocess.Popen([sys.executable, str(script), url, p, str(N)], stderr=subprocess.PIPE, text=True)
             for p in ("p0", "p1")]
    for p in procs:
        _, err = p.communicate(timeout=240)
        assert p.returncode == 0, err


def _check(url: str) -> None:
    from sqlalchemy import select

    from detectors.credibility import CredibilityAggregator
    from detectors.credibility.store import questions_table

    with CredibilityAggregator(url) as agg:
        rows = {r["agent"]: r for r in agg.agents()}
        for j, a in enumerate(AGENTS):
            right = sum(1 for i in range(N) if (i + j) % 3) * 2  # both processes, same pattern
            assert rows[a]["opinions"] == 2 * N, a
            assert rows[a]["evidence"] == pytest.approx(2 * N), a
            assert rows[a]["alpha"] == pytest.approx(right), a
            assert rows[a]["beta"] == pytest.approx(2 * N - right), a
        for p in ("p0", "p1"):
            for k in range(3):
                assert rows[f"{p}-g{k}"]["opinions"] == SHARED  # one endorsement per shared question
        with agg.store.engine.connect() as conn:
            shared = conn.execute(select(questions_table).where(questions_table.c.question_id.like("shared-%")))
            shared = list(shared.mappings())
        assert len(shared) == SHARED
        for q in shared:
            assert q["rounds"] == 2 * N // SHARED  # every aggregate of both processes counted
            assert q["resolved"] == pytest.approx(1 - 0.99 ** (2 * N // SHARED))
        assert agg.store.counts()["endorsements"] == 2 * N * len(AGENTS) + SHARED * 6


def test_two_processes_sqlite_lose_no_update(tmp_path):
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    _hammer(url, tmp_path)
    _check(url)


@pytest.mark.postgres
def test_two_processes_postgres_lose_no_update(tmp_path, pg_url):
    _hammer(pg_url, tmp_path)
    _check(pg_url)
