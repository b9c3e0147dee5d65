"""Errors for malformed AgentDojo run folders: these need neither AgentDojo nor the shared runs."""
from __future__ import annotations

import json

import pytest

from detectors.safety.agentdojo_replay import RunsError, evaluate


def test_bad_runs_dir_is_a_clear_error(tmp_path):
    with pytest.raises(RunsError, match="no run files"):
        evaluate(tmp_path, None)
    bad = tmp_path / "p" / "s" / "u" / "a" / "x.json"
    bad.parent.mkdir(parents=True)
    bad.write_text(json.dumps({"suite_name": "banking"}))
    with pytest.raises(RunsError, match="x.json: field"):
        evaluate(tmp_path, None)


def test_unreadable_runs_and_filters_matching_nothing_are_clear_errors(tmp_path, capsys):
    run = tmp_path / "p" / "s" / "u" / "a" / "x.json"
    run.parent.mkdir(parents=True)
    run.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(RunsError, match="x.json: not readable JSON"):
        evaluate(tmp_path, None)
    with pytest.raises(RunsError, match="no run matches suite nothere"):
        evaluate(tmp_path, None, suites=["nothere"])
    from guard.cli.main import main

    with pytest.raises(SystemExit) as exc:
        main(["eval", "agentdojo", str(tmp_path), "--limit", "-1"])
    assert exc.value.code == 2 and "--limit: must be at least 1" in capsys.readouterr().err
