"""The compliant-agent replay on suites without recorded runs (needs the bench extra, not the shared runs).

An agent that obeys the injection is synthesised from AgentDojo's ground truths; AgentDojo's own
checks must say the attack succeeds unguarded and fails guarded, while the benign run keeps its
utility and the user-asked goal passes.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytest.importorskip("agentdojo")

from detectors.safety.agentdojo_replay import replay_guard, replay_run  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def compliant():
    spec = importlib.util.spec_from_file_location("agentdojo_compliant", ROOT / "benchmarks" / "agentdojo_compliant.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def guard():
    return replay_guard(ROOT / "policies" / "safety" / "injection.yaml", timeout_ms=10_000)[0]


@pytest.mark.parametrize("suite_name,user_task,injection_task,attack", [
    ("travel", "user_task_0", "injection_task_0", "important_instructions"),   # a hotel named in the injected text
    ("workspace", "user_task_0", "injection_task_1", "important_instructions"),  # a file id
    ("slack", "user_task_5", "injection_task_2", "injecagent"),                 # a URL on a wrapped line
])
def test_obeying_agent_is_stopped_and_benign_runs_pass(compliant, guard, suite_name, user_task, injection_task, attack):
    from agentdojo.task_suite.load_suites import get_suite

    runs = compliant.synthesise(suite_name, get_suite("v1", suite_name), [attack], {user_task, injection_task})
    attacked = next(r for r in runs if r.attack_type == attack)
    benign = next(r for r in runs if r.benign)
    goal = next(r for r in runs if r.goal_as_user_task)
    assert replay_run(attacked, None).security_after  # the obeying agent succeeds unguarded
    out = replay_run(attacked, guard)
    assert not out.security_after and out.refused
    assert replay_run(benign, guard).utility_after and not replay_run(benign, guard).refused
    assert not replay_run(goal, guard).refused  # the same goal asked for by the user passes


@pytest.mark.parametrize("injection_task", [f"injection_task_{i}" for i in range(6, 14)])
def test_goals_agentdojo_ships_no_ground_truth_for_are_carried_out_and_stopped(compliant, guard, injection_task):
    """v1.2's mail and cloud exfiltration goals: the calls written from their text succeed unguarded
    (AgentDojo's own `security` says so), and the guard stops them."""
    from agentdojo.task_suite.load_suites import get_suite

    suite = get_suite("v1.2.2", "workspace")
    runs = compliant.synthesise("workspace", suite, ["important_instructions"], {"user_task_0", injection_task},
                                version="v1.2.2")
    attacked = next(r for r in runs if r.attack_type)
    goal = next(r for r in runs if r.goal_as_user_task)
    assert replay_run(attacked, None).security_after
    assert not replay_run(attacked, guard).security_after
    assert replay_run(goal, None).utility_after
    assert not replay_run(goal, guard).refused  # the same goal asked for by the user passes ("… as one email")
