"""A model loading in the background when a script ends must not abort the process."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(code: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


def test_the_interpreter_waits_for_a_loader_at_exit(tmp_path: Path) -> None:
    done = tmp_path / "loaded"
    proc = _run(f"""
        import time
        from guard.executor import start_loader
        def load():
            time.sleep(0.5)
            open({str(done)!r}, "w").write("yes")
        start_loader(load, name="test-loader")
    """)
    assert proc.returncode == 0, proc.stderr
    assert done.read_text() == "yes"


@pytest.mark.slow
def test_a_script_that_ends_while_the_injection_classifier_loads_exits_cleanly() -> None:
    proc = _run("""
        from guard import Guard
        g = Guard.from_policy({"name": "t", "version": 1, "interceptors": [{"use": "safety.injection", "on": ["tool_result"]}]})
        with g.run(agent="a") as run:
            run.tool_call("get_inbox", {}, call_id="c0")
            d = run.tool_result("get_inbox", "hello there", call_id="c0")
        assert "loading" in str(d.verdicts[0].details), d.verdicts[0].details
        print("ok")
    """)
    assert proc.returncode == 0 and proc.stdout.strip() == "ok", (proc.returncode, proc.stderr[-2000:])
    assert "terminate called" not in proc.stderr
