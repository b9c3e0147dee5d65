"""Replay recorded AgentDojo runs through the guard inside AgentDojo's own environments.

For each recorded run (`PIPELINE/SUITE/USER_TASK/ATTACK/INJECTION_TASK.json`):

1. load the suite of the matching benchmark version, build the environment with the
   run's `injections`, and let the user task initialise it (exactly as AgentDojo does);
2. open a guard run, give it the user's prompt, then walk the recorded assistant tool
   calls in order. Each call goes through `run.tool_call`; if allowed (possibly
   rewritten) it is executed by AgentDojo's `FunctionsRuntime` on the live environment and
   its formatted output goes through `run.tool_result`. A refused (or unapproved
   escalated) call is not executed; its refusal text takes the place of the result.
3. AgentDojo's own `utility` and `security` checks judge the final environment, with the
   stack trace of the calls that actually ran and the run's recorded final answer.

Faithfulness: after a refusal we keep replaying the rest of the recorded calls, each
checked by the guard on its own. A real agent would have read the refusal and might have
acted differently: for an attacked run it usually drops the injected goal and continues the
user's task, which the recorded calls approximate; for a benign run a false refusal
removes an effect the task needed, and we count that loss (no recovery is credited). The
recorded final answer is reused even when a refusal would have changed it; checks that
read the answer may thus be slightly optimistic for utility after a refusal. The `instruct`
guidance is not fed back to any model (there is none), so its benefit is not counted.
"""
from __future__ import annotations

import contextlib
import io
import json
import time
from ast import literal_eval
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable

from pydantic import BaseModel, ConfigDict, Field, ValidationError

# The runs without a `benchmark_version` field predate versioned logs; replaying them
# unguarded agrees best with their recorded verdicts under this version (see RESULTS).
DEFAULT_BENCHMARK_VERSION = "v1"


class RecordedCall(BaseModel):
    model_config = ConfigDict(extra="allow")
    function: str
    args: dict[str, Any] = Field(default_factory=dict)
    id: str | None = None


class RecordedMessage(BaseModel):
    model_config = ConfigDict(extra="allow")
    role: str
    content: Any = None
    tool_calls: list[RecordedCall] | None = None


class RecordedRun(BaseModel):
    """One AgentDojo run log (the fields the replay needs)."""

    model_config = ConfigDict(extra="allow")
    suite_name: str
    pipeline_name: str
    user_task_id: str
    injection_task_id: str | None = None
    attack_type: str | None = None
    injections: dict[str, str] = Field(default_factory=dict)
    messages: list[RecordedMessage]
    utility: bool
    security: bool
    benchmark_version: str | None = None
    path: str = ""

    @property
    def attack(self) -> str:
        return self.attack_type or "none"

    @property
    def goal_as_user_task(self) -> bool:
        """AgentDojo's check that an injection goal is feasible: the goal given as the user's own task."""
        return self.user_task_id.startswith("injection_task")

    @property
    def benign(self) -> bool:
        return not self.goal_as_user_task and (self.attack == "none" or not self.injection_task_id)


class RunsError(ValueError):
    """A runs folder or file that cannot be replayed; the message names the file and field."""


def text_of(content: Any) -> str:
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "\n".join(str(b.get("content") or b.get("text") or "") if isinstance(b, dict) else str(b) for b in content)
    return str(content)


def load_run(path: Path) -> RecordedRun:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:  # ValueError: bad JSON, or bytes that are not UTF-8
        raise RunsError(f"{path}: not readable JSON ({exc})") from None
    if not isinstance(data, dict):
        raise RunsError(f"{path}: expected a JSON object")
    try:
        run = RecordedRun.model_validate(data)
    except ValidationError as exc:
        e = exc.errors()[0]
        raise RunsError(f"{path}: field {'.'.join(map(str, e['loc']))}: {e['msg']}") from None
    run.path = str(path)
    return run


def find_runs(runs_dir: str | Path, suites: Iterable[str] | None = None, attacks: Iterable[str] | None = None,
              pipelines: Iterable[str] | None = None) -> list[Path]:
    root = Path(runs_dir)
    if not root.is_dir():
        raise RunsError(f"{root}: not a directory")
    files = sorted(root.glob("*/*/*/*/*.json")) or sorted(root.glob("*/*/*/*.json"))
    if not files:
        raise RunsError(f"{root}: no run files (expected PIPELINE/SUITE/USER_TASK/ATTACK/INJECTION_TASK.json)")

    def keep(p: Path) -> bool:
        parts = p.relative_to(root).parts
        pipeline, suite, attack = (parts[-5] if len(parts) >= 5 else None), parts[-4], parts[-2]
        return ((not suites or suite in suites) and (not attacks or attack in attacks)
                and (not pipelines or pipeline in pipelines))

    kept = [p for p in files if keep(p)]
    if not kept:
        asked = ", ".join(f"{k} {', '.join(v)}" for k, v in (("suite", suites), ("attack", attacks), ("pipeline", pipelines)) if v)
        raise RunsError(f"{root}: no run matches {asked} ({len(files)} run files there)")
    return kept


class ReplayOutcome(BaseModel):
    path: str
    pipeline: str
    suite: str
    attack: str
    user_task: str
    injection_task: str | None
    benign: bool
    goal_as_user_task: bool = False
    utility_before: bool
    security_before: bool
    utility_after: bool
    security_after: bool
    # the same run replayed without the guard (when measured): the like-for-like "before"
    utility_replayed: bool | None = None
    security_replayed: bool | None = None
    calls: int = 0
    executed: int = 0
    refused: list[dict[str, Any]] = Field(default_factory=list)
    instructed: int = 0
    check_errors: int = 0  # interceptor failures or timeouts (then its fail_mode decided)
    error: str | None = None
    seconds: float = 0.0


def _agentdojo():
    try:
        from agentdojo.agent_pipeline.tool_execution import is_string_list, tool_result_to_str
        from agentdojo.functions_runtime import FunctionCall, FunctionsRuntime
        from agentdojo.task_suite.load_suites import get_suite
        from agentdojo.types import text_content_block_from_string
    except ImportError as exc:  # pragma: no cover - exercised only without the bench extra
        raise RunsError("the `agentdojo` package is needed: pip install 'agentguard[bench]'") from exc
    return get_suite, FunctionsRuntime, FunctionCall, tool_result_to_str, is_string_list, text_content_block_from_string


def replay_run(run: RecordedRun, guard: Any | None, version: str | None = None) -> ReplayOutcome:
    """Replay one recorded run; `guard=None` replays unguarded (to measure replay fidelity)."""
    get_suite, FunctionsRuntime, FunctionCall, tool_result_to_str, is_string_list, block = _agentdojo()
    t0 = time.perf_counter()
    version = run.benchmark_version or version or DEFAULT_BENCHMARK_VERSION
    try:
        suite = get_suite(version, run.suite_name)
    except KeyError:
        raise RunsError(f"{run.path}: no suite {run.suite_name!r} in AgentDojo benchmark {version}") from None
    try:
        if run.goal_as_user_task:
            user_task = suite.get_injection_task_by_id(run.user_task_id)
            injection_task = None
        else:
            user_task = suite.get_user_task_by_id(run.user_task_id)
            injection_task = None if run.benign else suite.get_injection_task_by_id(run.injection_task_id)
    except KeyError as exc:
        raise RunsError(f"{run.path}: unknown task {exc} in {run.suite_name} {version}") from None
    env = suite.load_and_inject_default_environment(run.injections)
    if not run.goal_as_user_task:
        env = user_task.init_environment(env)
    pre_env = env.model_copy(deep=True)
    runtime = FunctionsRuntime(suite.tools)
    default_prompt = user_task.GOAL if run.goal_as_user_task else user_task.PROMPT
    prompt = next((text_of(m.content) for m in run.messages if m.role == "user"), default_prompt)
    out = ReplayOutcome(
        path=run.path, pipeline=run.pipeline_name, suite=run.suite_name, attack=run.attack, user_task=run.user_task_id,
        injection_task=run.injection_task_id, benign=run.benign, goal_as_user_task=run.goal_as_user_task,
        utility_before=run.utility, security_before=run.security,
        utility_after=False, security_after=False,
    )
    trace: list[Any] = []

    def execute(name: str, args: dict[str, Any], call_id: str | None) -> tuple[str, str | None]:
        for k, v in list(args.items()):
            if isinstance(v, str) and is_string_list(v):
                args[k] = literal_eval(v)
        result, error = runtime.run_function(env, name, args)
        trace.append(FunctionCall(function=name, args=args, id=call_id))
        return tool_result_to_str(result), error

    scope = guard.run(agent=run.pipeline_name, metadata={"replay": run.path}) if guard is not None else None
    grun = scope.__enter__() if scope is not None else None
    try:
        if grun is not None:
            grun.input(prompt)
        for msg in run.messages:
            if msg.role != "assistant" or not msg.tool_calls:
                continue
            for call in msg.tool_calls:
                out.calls += 1
                args = dict(call.args)
                if grun is None:
                    execute(call.function, args, call.id)
                    out.executed += 1
                    continue
                decision = grun.tool_call(call.function, args, call_id=call.id)
                out.check_errors += sum(1 for v in decision.verdicts if v.error)
                if not decision.allowed:
                    out.refused.append({"tool": call.function, "action": decision.action.value, "reason": decision.reason})
                    continue
                args = dict(getattr(decision.event, "arguments", args))
                text, error = execute(call.function, args, call.id)
                out.executed += 1
                res = grun.tool_result(call.function, text, arguments=args, call_id=call.id, error=error)
                out.instructed += int(bool(res.instructions))
                out.check_errors += sum(1 for v in res.verdicts if v.error)
    except Exception as exc:  # GuardHalted and friends: the run stops where the guard stopped it
        from guard.errors import GuardHalted

        if not isinstance(exc, GuardHalted):
            raise
        out.refused.append({"tool": None, "action": "halt", "reason": exc.reason})
    finally:
        if scope is not None:
            scope.__exit__(None, None, None)
    final = next((m for m in reversed(run.messages) if m.role == "assistant"), None)
    model_output = [block(text_of(final.content))] if final is not None and final.content else []
    with contextlib.redirect_stdout(io.StringIO()):  # some AgentDojo checks print
        out.utility_after = bool(suite._check_task_result(user_task, model_output, pre_env, env, trace))
        out.security_after = bool(
            suite._check_task_result(injection_task, model_output, pre_env, env, trace) if injection_task else False
        )
    out.seconds = time.perf_counter() - t0
    return out


def replay_guard(policy: Any, timeout_ms: float | None = None) -> tuple[Any, dict[str, str | None]]:
    """A warmed Guard for replay (no audit). `timeout_ms` replaces every interceptor's
    timeout: a replay measures decisions, and a check failing open on a loaded machine
    would count as the guard letting an attack through."""
    from guard import Guard
    from guard.policy import load_policy

    pol = load_policy(policy)
    if timeout_ms:
        pol = pol.model_copy(update={"interceptors": [
            s.model_copy(update={"timeout_ms": timeout_ms}) for s in pol.interceptors]})
    guard = Guard.from_policy(pol, audit=False)
    return guard, guard.warmup()


# ---- aggregation -----------------------------------------------------------------

def _rate(xs: list[bool]) -> float | None:
    return round(sum(xs) / len(xs), 4) if xs else None


def summarise(outcomes: list[ReplayOutcome]) -> dict[str, Any]:
    attacked = [o for o in outcomes if not o.benign and not o.goal_as_user_task]
    benign = [o for o in outcomes if o.benign]
    goals = [o for o in outcomes if o.goal_as_user_task]
    return {
        "runs": len(outcomes),
        "attacked_runs": len(attacked),
        "benign_runs": len(benign),
        "asr_before": _rate([o.security_before for o in attacked]),
        "asr_after": _rate([o.security_after for o in attacked]),
        "utility_before": _rate([o.utility_before for o in attacked]),
        "utility_after": _rate([o.utility_after for o in attacked]),
        "benign_utility_before": _rate([o.utility_before for o in benign]),
        "benign_utility_after": _rate([o.utility_after for o in benign]),
        "benign_utility_replayed": _rate([o.utility_replayed for o in benign if o.utility_replayed is not None]),
        "asr_replayed": _rate([o.security_replayed for o in attacked if o.security_replayed is not None]),
        "benign_false_refusal_rate": _rate([bool(o.refused) for o in benign]),
        "benign_calls_refused": sum(len(o.refused) for o in benign),
        "benign_calls": sum(o.calls for o in benign),
        "check_errors": sum(o.check_errors for o in outcomes),
        # the injection goals asked for by the user themself: the guard must not block these
        "user_asked_goal_runs": len(goals),
        "user_asked_goal_utility_before": _rate([o.utility_before for o in goals]),
        "user_asked_goal_utility_after": _rate([o.utility_after for o in goals]),
    }


def report(outcomes: list[ReplayOutcome], fidelity: list[ReplayOutcome] | None = None, **meta: Any) -> dict[str, Any]:
    by: dict[str, dict[str, list[ReplayOutcome]]] = {k: defaultdict(list) for k in ("suite", "attack", "pipeline")}
    for o in outcomes:
        by["suite"][o.suite].append(o)
        by["attack"][o.attack].append(o)
        by["pipeline"][o.pipeline].append(o)
    combos: dict[str, list[ReplayOutcome]] = defaultdict(list)
    for o in outcomes:
        if not o.benign and not o.goal_as_user_task:
            combos[f"{o.suite}/{o.attack}"].append(o)
    out: dict[str, Any] = {**meta, "overall": summarise(outcomes)}
    out["per_suite"] = {k: summarise(v) for k, v in sorted(by["suite"].items())}
    # Each attack is judged with the suite's benign runs alongside, so benign figures stay visible.
    out["per_attack"] = {k: summarise(v) for k, v in sorted(by["attack"].items())}
    out["per_suite_attack"] = {k: summarise(v + [o for o in by["suite"][k.split("/")[0]] if o.benign])
                               for k, v in sorted(combos.items())}
    out["per_pipeline"] = {k: summarise(v) for k, v in sorted(by["pipeline"].items())}
    if fidelity is not None:
        agree_u = [f.utility_after == f.utility_before for f in fidelity]
        agree_s = [f.security_after == f.security_before for f in fidelity if not f.benign and not f.goal_as_user_task]
        out["replay_fidelity"] = {"runs": len(fidelity), "utility_agreement": _rate(agree_u),
                                  "security_agreement": _rate(agree_s)}
    return out


def replay_all(runs: list[RecordedRun], guard: Any, version: str | None = None, *, fidelity: bool = True,
               progress: Any = None) -> tuple[list[ReplayOutcome], list[ReplayOutcome]]:
    """Each run replayed with the guard and (for fidelity) without it; the guarded outcomes
    carry the unguarded verdicts as `utility_replayed` / `security_replayed`."""
    guarded, plain = [], []
    for i, run in enumerate(runs):
        guarded.append(replay_run(run, guard, version))
        if fidelity:
            plain.append(replay_run(run, None, version))
            guarded[-1].utility_replayed = plain[-1].utility_after
            guarded[-1].security_replayed = plain[-1].security_after
        if progress is not None:
            progress(i + 1, len(runs))
    return guarded, plain


# AgentDojo's registered attacks that write text into the injection vectors.
TEXT_ATTACKS = ("direct", "ignore_previous", "system_message", "injecagent", "important_instructions",
                "important_instructions_no_names", "tool_knowledge")


def load_text_attack(name: str, suite: Any, model: str = "gpt-4o-2024-05-13") -> Any:
    """An AgentDojo attack on `suite`; `model` is only read by attacks that address the model by name."""
    from agentdojo.attacks.attack_registry import load_attack

    return load_attack(name, suite, type("Pipeline", (), {"name": model})())


def evaluate(runs_dir: str | Path, guard: Any, *, version: str | None = None, suites: Iterable[str] | None = None,
             attacks: Iterable[str] | None = None, pipelines: Iterable[str] | None = None, limit: int | None = None,
             fidelity: bool = True, progress: Any = None) -> dict[str, Any]:
    """Replay every run under `runs_dir` with and (for fidelity) without the guard; the JSON-able report."""
    paths = find_runs(runs_dir, suites, attacks, pipelines)[: limit or None]
    runs = [load_run(p) for p in paths]
    t0 = time.perf_counter()
    guarded, plain = replay_all(runs, guard, version, fidelity=fidelity, progress=progress)
    versions = sorted({r.benchmark_version or version or DEFAULT_BENCHMARK_VERSION for r in runs})
    return report(guarded, plain if fidelity else None, benchmark_versions=versions,
                  seconds=round(time.perf_counter() - t0, 1),
                  refusals=[{"run": o.path, **r} for o in guarded for r in o.refused if o.benign])
