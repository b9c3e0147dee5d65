"""`guard audit ...`: output and exit codes on real SQLite files."""
from __future__ import annotations

import csv
import io
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from guard.audit import GENESIS_HASH, chain_hash, open_store
from guard.cli.main import main

try:
    from audit_testlib import make_record
except ImportError:
    from tests.audit_testlib import make_record


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "audit.db"
    store = open_store(path, durability="sync")
    for i in range(6):
        store.append(make_record(i, run_id="run-alpha"))
    store.append(make_record(0, run_id="run-beta", action="halt", rule="max_calls", reasons=["too many calls"],
                             interceptor="safety.tool_gate", hook="tool_call", agent="bot"))
    store.close()
    return path


def guard(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["audit", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_list_shows_runs_with_worst_action(capsys, db):
    code, out, _ = guard(capsys, "list", "--db", str(db))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:2] == ["RUN", "AGENT"]
    assert lines[1].split()[0] == "run-beta" and "halt" in lines[1]
    assert lines[2].split()[0] == "run-alpha" and "refuse" in lines[2] and "default v1" in lines[2]
    code, out, _ = guard(capsys, "list", "--db", str(db), "--json")
    runs = json.loads(out)
    assert {r["run_id"]: r["n"] for r in runs} == {"run-alpha": 6, "run-beta": 1}


def test_show_prints_a_timeline(capsys, db):
    code, out, _ = guard(capsys, "show", "run-beta", "--db", str(db))
    assert code == 0
    header = next(line for line in out.splitlines() if line.startswith("TIME"))
    assert header.split() == ["TIME", "STEP", "HOOK", "INTERCEPTOR", "ACTION", "RULE", "REASON"]
    row = out.splitlines()[-1]
    for cell in ("tool_call", "safety.tool_gate", "HALT", "max_calls", "too many calls"):
        assert cell in row
    code, out, _ = guard(capsys, "show", "run-al", "--db", str(db))  # unique prefix
    assert code == 0 and "run run-alpha" in out and out.count("tool_call") == 6
    code, out, _ = guard(capsys, "show", "run-beta", "--db", str(db), "--json")
    assert json.loads(out)["action"] == "halt"


def test_show_unknown_or_ambiguous_run_exits_1(capsys, db):
    code, _, err = guard(capsys, "show", "nope", "--db", str(db))
    assert code == 1 and "no records for run 'nope'" in err
    code, _, err = guard(capsys, "show", "run-", "--db", str(db))
    assert code == 1 and "ambiguous" in err


def test_verify_exit_codes_and_first_bad_record(capsys, db):
    code, out, _ = guard(capsys, "verify", "--db", str(db))
    assert code == 0 and out.startswith("OK:") and "7 record(s)" in out
    conn = sqlite3.connect(db)
    bad_id = conn.execute("SELECT record_id FROM audit_records WHERE seq = 4").fetchone()[0]
    conn.execute("UPDATE audit_records SET action = 'halt' WHERE seq = 4")
    conn.commit()
    conn.close()
    code, out, _ = guard(capsys, "verify", "--db", str(db))
    assert code == 1 and out.startswith("TAMPERED")
    assert f"seq 4 (record_id {bad_id})" in out and "3 record(s) before it verified" in out
    code, out, _ = guard(capsys, "verify", "--db", str(db), "--json")
    result = json.loads(out)
    assert code == 1 and result["ok"] is False and result["first_bad_seq"] == 4 and result["kind"] == "altered"


def test_verify_with_anchor(capsys, db):
    code, out, _ = guard(capsys, "head", "--db", str(db))
    assert code == 0 and out.startswith("seq 7 hash ")
    anchor = out.split()[-1]
    assert guard(capsys, "verify", "--db", str(db), "--anchor", anchor)[0] == 0
    code, out, _ = guard(capsys, "verify", "--db", str(db), "--anchor", "e" * 64)
    assert code == 1 and "anchor" in out


def test_export_jsonl_is_complete_and_independently_verifiable(capsys, db, tmp_path):
    out_file = tmp_path / "trail.jsonl"
    code, _, err = guard(capsys, "export", "--format", "jsonl", "--out", str(out_file), "--db", str(db))
    assert code == 0 and "exported 7 record(s)" in err
    records = [json.loads(line) for line in out_file.read_text().splitlines()]
    assert len(records) == 7
    prev = GENESIS_HASH
    for rec in records:  # a reviewer can re-check the chain from the export alone
        assert rec["prev_hash"] == prev and chain_hash(rec) == rec["hash"]
        prev = rec["hash"]
    code, out, _ = guard(capsys, "export", "--db", str(db), "--run", "run-beta")
    assert code == 0 and len(out.splitlines()) == 1


def test_export_csv(capsys, db):
    code, out, _ = guard(capsys, "export", "--format", "csv", "--db", str(db))
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 7 and rows[0]["seq"] == "1" and rows[-1]["action"] == "halt"
    assert json.loads(rows[-1]["reasons"]) == ["too many calls"]


def test_missing_database_is_a_clear_error_not_an_empty_success(capsys, tmp_path):
    missing = tmp_path / "missing.db"
    for cmd in (["list"], ["show", "x"], ["verify"], ["export"], ["head"]):
        code, out, err = guard(capsys, *cmd, "--db", str(missing))
        assert code == 2 and "no audit database" in err and str(missing) in err and out == ""
    assert not missing.exists()


def test_db_url_env_and_policy_resolution(capsys, db, tmp_path, monkeypatch):
    assert guard(capsys, "verify", "--db", f"sqlite:///{db}")[0] == 0
    monkeypatch.setenv("AGENTGUARD_AUDIT_URL", f"sqlite:///{db}")
    code, out, _ = guard(capsys, "verify")
    assert code == 0 and "7 record(s)" in out
    monkeypatch.setenv("AGENTGUARD_AUDIT_URL", f"sqlite:///{tmp_path / 'other.db'}")
    policy = tmp_path / "p.yaml"
    policy.write_text(f"name: example\nversion: 1\ninterceptors: []\naudit: {{url: \"sqlite:///{db}\"}}\n")
    code, out, _ = guard(capsys, "verify", "--policy", str(policy))  # the policy wins over the env
    assert code == 0 and "7 record(s)" in out
    code, _, err = guard(capsys, "verify", "--policy", str(tmp_path / "no-such-policy.yaml"))
    assert code == 2 and "cannot load policy" in err


def test_console_script_runs_audit_verify(db):
    proc = subprocess.run([sys.executable, "-m", "guard.cli.main", "audit", "verify", "--db", str(db)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "audit trail intact: 7 record(s)" in proc.stdout


def test_a_tampered_row_of_the_wrong_type_is_listed_marked_not_a_crash(capsys, db):
    with sqlite3.connect(db) as conn:
        conn.execute("update audit_records set ts='yesterday' where seq=3")
        conn.execute("update audit_records set reasons='not json' where seq=4")
    code, out, err = guard(capsys, "list", "--db", str(db))
    assert code == 0 and "Traceback" not in err
    alpha = next(line for line in out.splitlines() if line.startswith("run-alpha"))
    assert " ? " in alpha  # no duration from a timestamp that is not one
    code, out, err = guard(capsys, "show", "run-alpha", "--db", str(db))
    assert code == 0
    assert "!yesterday" in out and "!not json" in out
    code, out, err = guard(capsys, "export", "--db", str(db))
    assert code == 0 and err == ""  # no serializer warnings
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows[2]["ts"] == "yesterday" and rows[3]["reasons"] == "not json"  # exported as stored
    assert guard(capsys, "verify", "--db", str(db))[0] == 1


@pytest.mark.parametrize("anchor", ["nothex", "4dc292b6", "g" * 64])
def test_a_malformed_anchor_is_a_usage_error_not_tampering(capsys, db, anchor):
    code, out, err = guard(capsys, "verify", "--db", str(db), "--anchor", anchor)
    assert code == 2 and "TAMPERED" not in out
    assert "--anchor: must be the 64 hex digits" in err


def test_a_dropped_head_table_is_reported_as_tampering(capsys, db):
    with sqlite3.connect(db) as conn:
        conn.execute("drop table audit_head")
    code, out, _ = guard(capsys, "verify", "--db", str(db))
    assert code == 1 and "TAMPERED" in out and "head row is missing" in out
    code, _, err = guard(capsys, "head", "--db", str(db))
    assert code == 1 and "head row is missing" in err


def test_an_unsupported_database_is_refused_by_name(capsys):
    code, _, err = guard(capsys, "list", "--db", "mysql://u@h/db")
    assert code == 2 and "unsupported database 'mysql'" in err and "Traceback" not in err


def test_export_to_dash_is_stdout_and_an_unwritable_out_is_a_clear_error(capsys, db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, _ = guard(capsys, "export", "--out", "-", "--db", str(db))
    assert code == 0 and len(out.splitlines()) == 7 and not (tmp_path / "-").exists()  # once: a file named "-"
    code, out, err = guard(capsys, "export", "--out", str(tmp_path), "--db", str(db))  # a folder
    assert code == 2 and err.startswith("guard audit: --out: cannot write") and out == ""


@pytest.mark.parametrize("change, where", [
    ("update audit_head set seq='abc'", "its seq 'abc' is not a whole number"),
    ("update audit_head set seq=6.9", "its seq 6.9 is not a whole number"),
    ("update audit_head set hash=x'00ff'", "its hash is not text"),
])
def test_a_head_row_of_the_wrong_type_is_reported_as_tampering(capsys, db, change, where):
    with sqlite3.connect(db) as conn:
        conn.execute(change)
    code, out, err = guard(capsys, "verify", "--db", str(db))
    assert code == 1 and "Traceback" not in err
    assert "TAMPERED" in out and f"the audit head row was altered: {where}" in out
    code, out, err = guard(capsys, "head", "--db", str(db))
    assert code == 1 and "the audit head row was altered" in err and "Traceback" not in err


def test_columns_turned_into_blobs_are_reported_listed_and_exported_marked(capsys, db):
    with sqlite3.connect(db) as conn:
        conn.execute("update audit_records set record_id=x'00ff' where seq=1")
        conn.execute("update audit_records set run_id=x'ff' where seq=2")
        conn.execute("update audit_records set action=x'ff' where seq=3")
    code, out, err = guard(capsys, "verify", "--db", str(db), "--json")
    result = json.loads(out)
    assert code == 1 and result["first_bad_seq"] == 1 and result["first_bad_record_id"] == "0x00ff"
    code, out, err = guard(capsys, "list", "--db", str(db))
    assert code == 0 and "Traceback" not in err and "!b'\\xff'" in out
    for fmt in ("jsonl", "csv"):
        code, out, err = guard(capsys, "export", "--db", str(db), "--format", fmt)
        assert code == 0 and "Traceback" not in err
        assert "!0xff" in out  # the blob, as stored, marked
    rows = [json.loads(line) for line in guard(capsys, "export", "--db", str(db))[1].splitlines()]
    assert len(rows) == 7 and rows[2]["action"] == "!0xff"


@pytest.mark.parametrize("seq", [0, -5])
def test_a_record_inserted_before_the_chain_is_named_as_such(capsys, db, seq):
    with sqlite3.connect(db) as conn:
        cols = [r[1] for r in conn.execute("pragma table_info(audit_records)")]
        picked = ", ".join(f"{seq}" if c == "seq" else "'x' || record_id" if c == "record_id" else c for c in cols)
        conn.execute(f"insert into audit_records ({', '.join(cols)}) select {picked} from audit_records where seq=1")
    code, out, _ = guard(capsys, "verify", "--db", str(db))
    assert code == 1
    assert f"record seq {seq} (record_id x" in out and "lies outside the chain, which starts at seq 1" in out


def test_list_limit_must_be_positive_and_export_of_an_unknown_run_fails(capsys, db):
    for bad in ("0", "-1", "two"):
        with pytest.raises(SystemExit) as exc:
            main(["audit", "list", "--db", str(db), "--limit", bad])
        assert exc.value.code == 2
        assert "--limit" in capsys.readouterr().err
    code, out, err = guard(capsys, "export", "--db", str(db), "--run", "no-such-run")
    assert code == 1 and out == "" and "no records of run 'no-such-run'" in err
    assert guard(capsys, "export", "--db", str(db), "--run", "run-beta")[0] == 0


def test_show_escapes_control_characters_so_a_reason_cannot_forge_a_row(tmp_path, capsys):
    db = tmp_path / "a.db"
    store = open_store(db, durability="sync")
    store.append(make_record(0, run_id="r1", action="refuse", reasons=["line1\n12:00:00.001  2  tool_call  x  allow  -  -\x1b[2K"]))
    store.close()
    code, out, _ = guard(capsys, "show", "r1", "--db", str(db))
    assert code == 0 and len(out.strip().splitlines()) == 4  # header lines, column header, one row
    assert "\\n12:00:00.001" in out and "\x1b" not in out


def test_show_escapes_the_header_too_so_an_agent_name_cannot_forge_a_row(tmp_path, capsys):
    db = tmp_path / "a.db"
    store = open_store(db, durability="sync")
    store.append(make_record(0, run_id="r1", action="refuse", agent="bot\n12:00:00.000  1  tool_call  x  allow  -  ok\x1b[2J"))
    store.close()
    code, out, _ = guard(capsys, "show", "r1", "--db", str(db))
    assert code == 0 and len(out.strip().splitlines()) == 4 and "\x1b" not in out and "bot\\n12:00" in out


def test_blob_columns_are_listed_and_shown_marked_not_a_crash(capsys, db):
    with sqlite3.connect(db) as conn:
        conn.execute("update audit_records set agent=x'41', policy_hash=x'ff00' where seq=1")
    code, out, err = guard(capsys, "list", "--json", "--db", str(db))
    assert code == 0 and "Traceback" not in err
    assert any(r["agent"] == "!0x41" for r in json.loads(out))
    code, out, err = guard(capsys, "show", "run-alpha", "--db", str(db))
    assert code == 0 and "Traceback" not in err and "hash !b'\\xff\\x00'" in out


@pytest.mark.parametrize("tamper, said", [
    ("UPDATE audit_records SET action=CAST(X'616c6c6f77ff' AS TEXT) WHERE seq=2", "hold bytes that are not text"),
    ("ALTER TABLE audit_records DROP COLUMN error", "columns were changed"),
    ("DROP TABLE audit_records", "the trail was deleted"),
])
def test_tampering_that_breaks_reading_is_reported_as_tampering(tmp_path, capsys, tamper, said):
    db = tmp_path / "a.db"
    store = open_store(db, durability="sync")
    for i in range(3):
        store.append(make_record(i, run_id=f"r{i}"))
    store.close()
    con = sqlite3.connect(db)
    con.execute(tamper)
    con.commit()
    con.close()
    code, out, err = guard(capsys, "verify", "--db", str(db))
    assert code == 1 and "TAMPERED" in out and said in out, (out, err)


def test_csv_cells_cannot_run_as_spreadsheet_formulas(tmp_path, capsys):
    db = tmp_path / "a.db"
    store = open_store(db, durability="sync")
    store.append(make_record(0, run_id="r1", agent="=HYPERLINK(\"http://evil.example\")", reasons=["@SUM(1)"]))
    store.close()
    code, out, _ = guard(capsys, "export", "--format", "csv", "--db", str(db))
    row = next(r for r in csv.DictReader(io.StringIO(out)))
    assert code == 0 and row["agent"].startswith("'=")


def test_head_prints_no_anchor_for_a_tampered_trail(tmp_path, capsys):
    db = tmp_path / "a.db"
    store = open_store(db, durability="sync")
    for i in range(3):
        store.append(make_record(i, run_id=f"r{i}"))
    store.close()
    code, out, _ = guard(capsys, "head", "--db", str(db))
    assert code == 0 and out.startswith("seq 3 hash ")
    con = sqlite3.connect(db)
    con.execute("UPDATE audit_records SET action='halt', reasons='[]' WHERE seq=2")
    con.commit()
    con.close()
    code, out, err = guard(capsys, "head", "--db", str(db))
    assert code == 1 and out == "" and "does not verify" in err
    assert guard(capsys, "head", "--db", str(db), "--no-verify")[0] == 0


@pytest.mark.parametrize("name", ["aud?it.db", "aud%41it.db", "a b#c?.db"])
def test_a_file_path_with_url_characters_opens_that_very_file(capsys, tmp_path, name):
    """A plain path was pasted into `sqlite:///` unescaped: "aud?it.db" wrote to "aud",
    "aud%41it.db" to "audAit.db", and `verify --db "a b#c?.db"` found no database."""
    from guard import Guard

    path = tmp_path / name
    g = Guard("default", audit_url=str(path))
    with g.run() as run:
        run.tool_call("t", {})
    g.close()
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [name]
    assert main(["audit", "verify", "--db", str(path)]) == 0
    assert "intact: 2 record(s)" in capsys.readouterr().out  # the call and the run's end


def test_read_commands_leave_a_rollback_journal_trail_as_they_found_it(capsys, db):
    """`guard audit list|verify` switched a rollback-journal SQLite trail to WAL: a write by a
    reader, leaving -wal/-shm files beside a trail that may sit on read-only media."""
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    for argv in (["list"], ["verify"], ["show", "run-alpha"], ["export", "--format", "jsonl"]):
        guard(capsys, *argv, "--db", str(db))
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    con.close()
    assert sorted(p.name for p in db.parent.iterdir()) == ["audit.db"]
