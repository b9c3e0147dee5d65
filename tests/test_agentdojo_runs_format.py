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
