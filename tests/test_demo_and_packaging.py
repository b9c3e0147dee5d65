import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_guard_demo_exits_0_and_its_audit_verifies(tmp_path):
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    db = f"sqlite:///{tmp_path / 'demo.db'}"
    out = subprocess.run([sys.executable, "-m", "guard.cli.main", "demo", "--db", db, "--traces", str(tmp_path / "t.jsonl")],
                         capture_output=True, text=True, cwd=tmp_path, env=env, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    text = out.stdout
    for word in ("ALLOW", "INSTRUCT", "REFUSE", "REWRITE", "chain intact"):
        assert word in text, text
    assert "transfers:    none" in text                          # the refused transfer never happened
    (sent,) = [line for line in text.splitlines() if "e-mail sent:" in line]
    assert "bcc=None" in sent                                     # the hidden recipient was removed
    assert "Revenue is up 12%" in sent and "chemotherapy" not in sent  # minimal privacy rewrite
    assert "injection" in text and "taint" in text and "privacy" in text
    verify = subprocess.run([sys.executable, "-m", "guard.cli.main", "audit", "verify", "--db", db], capture_output=True, text=True)
    assert verify.returncode == 0, verify.stdout + verify.stderr
    spans = (tmp_path / "t.jsonl").read_text().splitlines()
    assert any('"invoke_agent inbox-assistant"' in s for s in spans)


def test_core_imports_without_heavy_dependencies():
    code = "import sys, guard, guard.cli.main; heavy = [m for m in ('torch','pymc','presidio_analyzer','transformers','spacy') if m in sys.modules]; print(heavy)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.slow
def test_wheel_installs_and_loads_default_pack_non_editable(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(ROOT)],
                   check=True, capture_output=True, text=True, timeout=600)
    wheel = next(dist.glob("agentguard-*.whl"))
    env_dir = tmp_path / "fresh"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    py = env_dir / "bin" / "python"
    subprocess.run([str(py), "-m", "pip", "install", "-q", "--no-deps", str(wheel)], check=True, timeout=300)
    # Dependencies come from the dev venv's site-packages; the project itself only from the wheel.
    deps = sysconfig.get_paths()["purelib"]
    code = (
        "import guard, guard.policy as p, sys\n"
        "assert 'fresh' in guard.__file__, guard.__file__\n"
        "pol = p.load_policy('default'); print(pol.name, sorted(p.packs()))\n"
        "import agentguard_policies, importlib.resources as r\n"
        "print(r.files('agentguard_policies').joinpath('policy.schema.json').is_file())\n"
        "from detectors.privacy.norms import load_norms, NORMS_DIR\n"
        "from detectors.verification.guidelines import load_pack, PACK_DIR\n"
        "assert 'fresh' in str(NORMS_DIR) and 'fresh' in str(PACK_DIR), (NORMS_DIR, PACK_DIR)\n"
        "print('norms', len(load_norms().norms) > 0, 'pack', load_pack('general').name)\n"
    )
    out = subprocess.run([str(py), "-c", code], capture_output=True, text=True, cwd=tmp_path,
                         env={**os.environ, "PYTHONPATH": deps}, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "default ['default', 'full', 'permissive', 'safety/injection', 'strict']" in out.stdout and "True" in out.stdout
    assert "norms True pack general" in out.stdout, out.stdout
    cli = subprocess.run([str(env_dir / "bin" / "guard"), "policy", "list"], capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": deps}, cwd=tmp_path)
    assert cli.returncode == 0 and "strict" in cli.stdout, cli.stderr


@pytest.mark.parametrize(("argv", "module", "extra"), [
    (["eval", "pii", "benchmarks/data/pii/presidio_synth_seed16028.json"], "regex", "privacy"),
    (["eval", "credibility", "benchmarks/data/credibility/k4-mixed/answer.csv",
      "benchmarks/data/credibility/k4-mixed/truth.csv"], "numpy", "credibility"),
])
def test_a_command_without_its_extra_says_what_to_install(argv, module, extra):
    """With the core install only, detector commands ended in `ModuleNotFoundError` tracebacks."""
    code = (f"import sys; sys.modules[{module!r}] = None\n"  # as if the package were not installed
            f"from guard.cli.main import main; sys.exit(main({argv!r}))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300,
                       env={**os.environ, "HF_HUB_OFFLINE": "1"})
    assert r.returncode == 2, r.stderr
    assert f"needs {module!r}, which is not installed: pip install -e '.[{extra}]'" in r.stderr
    assert "Traceback" not in r.stderr
