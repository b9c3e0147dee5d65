"""Trajectories as GLEAN sees them: a user task and a sequence of typed steps.

Two sources reduce to the same form: recorded AgentDojo-format runs (for calibration)
and a live run's event history (for the gate), so the ratings a model was fitted on
are computed the same way at run time.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from guard.events import canonical_json, parse_arguments

# Verbs that, leading a tool name, mark a call that changes the world rather than reads it.
# Plain English, not tied to any tool catalogue: `send_email`, `createEvent`, `delete-file`.
WRITE_VERBS = frozenset(
    "send create update delete remove add invite post schedule transfer pay write set cancel book reserve "
    "share move rename append upload edit modify reply forward change submit approve purchase buy order "
    "insert put patch publish assign grant revoke kick ban archive execute run deploy reschedule refund block unblock "
    "notify reset restore enable disable".split()
)


class TrajectoryError(ValueError):
    """A run file could not be read as a trajectory; the message names the field."""


@dataclass
class Step:
    index: int
    kind: str  # task | plan | lookup | action | observation | answer
    hook: str  # input | model_response | tool_call | tool_result | output
    text: str = ""
    tool: str | None = None
    arguments: dict[str, Any] = field(default_factory=dict)
    error: str | None = None
    call_id: str | None = None

    def describe(self) -> str:
        """One-line rendering for embedding and judge prompts."""
        if self.kind in ("action", "lookup"):
            return f"call {self.tool}({canonical_json(self.arguments)})"
        if self.kind == "observation":
            return f"result of {self.tool}: " + (f"ERROR {self.error}" if self.error else self.text)
        return self.text


@dataclass
class Trajectory:
    id: str
    task: str
    steps: list[Step]
    label: bool | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def answer(self) -> Step | None:
        return next((s for s in reversed(self.steps) if s.kind == "answer"), None)

    def before(self, step: Step) -> list[Step]:
        return self.steps[: step.index]

    def after(self, step: Step) -> list[Step]:
        return self.steps[step.index + 1 :]


def tool_kind(name: str) -> str:
    """'action' when the tool name leads with a write verb, else 'lookup'."""
    words = [w.lower() for w in re.findall(r"[A-Za-z][a-z]*|[A-Z]+(?![a-z])", name or "")]
    return "action" if words and words[0] in WRITE_VERBS else "lookup"


def _content_text(content: Any) -> str:
    """AgentDojo stores content as a string, None, or a list of {type, content|text} blocks."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = []
        for block in content:
            if isinstance(block, dict):
                parts.append(str(block.get("content") or block.get("text") or ""))
            else:
                parts.append(str(block))
        return "\n".join(p for p in parts if p)
    return str(content)


class _Builder:
    def __init__(self) -> None:
        self.steps: list[Step] = []

    def add(self, kind: str, hook: str, **kw: Any) -> None:
        self.steps.append(Step(index=len(self.steps), kind=kind, hook=hook, **kw))


def _opt_str(d: dict[str, Any], key: str, where: str) -> str | None:
    v = d.get(key)
    if v is not None and not isinstance(v, str):
        raise TrajectoryError(f"{where}.{key} must be a string or null, got {type(v).__name__}")
    return v


def _call_fields(c: dict[str, Any], where: str) -> tuple[str | None, dict[str, Any]]:
    """(tool name, arguments) of a call: AgentDojo's `{function: name, args: {...}}`, or OpenAI's
    `{function: {name, arguments: "<JSON>"}}` (runs exported from other harnesses)."""
    fn, args = c.get("function"), c.get("args") or {}
    if isinstance(fn, dict) and isinstance(fn.get("name"), str):
        raw = fn.get("arguments")
        if isinstance(raw, str):
            raw = parse_arguments(raw)  # text that is no JSON object is kept whole: still rated, never dropped
        fn, args = fn["name"], raw if isinstance(raw, dict) else (args or {})
    if fn is not None and not isinstance(fn, str):
        raise TrajectoryError(f"{where}.function must be the tool's name (a string) or {{name, arguments}}, got "
                              f"{type(fn).__name__} (AgentDojo format: {{\"function\": name, \"args\": {{...}}}})")
    if not isinstance(args, dict):
        raise TrajectoryError(f"{where}.args must be an object mapping argument names to values, got {type(args).__name__}")
    return fn, dict(args)


def from_agentdojo(data: dict[str, Any], source: str = "<run>") -> Trajectory:
    """Read one AgentDojo run (`messages`, `utility`, ...) into a trajectory."""
    msgs = data.get("messages")
    if not isinstance(msgs, list):
        raise TrajectoryError(f"{source}: field 'messages' must be a list")
    b = _Builder()
    task = ""
    last_assistant = max((i for i, m in enumerate(msgs) if isinstance(m, dict) and m.get("role") == "assistant"), default=-1)
    for i, m in enumerate(msgs):
        if not isinstance(m, dict) or "role" not in m:
            raise TrajectoryError(f"{source}: messages[{i}] needs a 'role'")
        role, text = m["role"], _content_text(m.get("content"))
        if role == "user":
            if not task:
                task = text
            b.add("task", "input", text=text)
        elif role == "assistant":
            calls = m.get("tool_calls") or []
            if not isinstance(calls, list):
                raise TrajectoryError(f"{source}: messages[{i}].tool_calls must be a list or null")
            if calls:
                if text.strip():
                    b.add("plan", "model_response", text=text)
                for j, c in enumerate(calls):
                    where = f"{source}: messages[{i}].tool_calls[{j}]"
                    if not isinstance(c, dict) or not c.get("function"):
                        raise TrajectoryError(f"{where} needs 'function'")
                    fn, args = _call_fields(c, where)
                    b.add(tool_kind(fn), "tool_call", tool=fn, arguments=args, call_id=_opt_str(c, "id", where))
            elif i == last_assistant:
                b.add("answer", "output", text=text)
            elif text.strip():
                b.add("plan", "model_response", text=text)
        elif role == "tool":
            where = f"{source}: messages[{i}]"
            call = m.get("tool_call") or {}
            if not isinstance(call, dict):
                raise TrajectoryError(f"{where}.tool_call must be an object ({{function, args}}) or null")
            fn, args = _call_fields(call, f"{where}.tool_call") if call else (None, {})
            b.add("observation", "tool_result", text=text, tool=fn, arguments=args, error=_opt_str(m, "error", where),
                  call_id=_opt_str(m, "tool_call_id", where))
    if not task:
        raise TrajectoryError(f"{source}: no user message in 'messages'")
    label = data.get("utility")
    if label is not None and not isinstance(label, bool):
        raise TrajectoryError(f"{source}: field 'utility' must be true/false")
    meta = {k: data.get(k) for k in ("suite_name", "pipeline_name", "user_task_id", "injection_task_id", "attack_type")}
    return Trajectory(id=source, task=task, steps=b.steps, label=label, meta=meta)


def read_runs(root: str | Path, limit: int | None = None) -> list[Trajectory]:
    """Every `*.json` run under `root` (sorted, so fits are reproducible)."""
    root = Path(root)
    if not root.exists():
        raise TrajectoryError(f"runs directory {str(root)!r} does not exist")
    files = [root] if root.is_file() else sorted(root.rglob("*.json"))
    out: list[Trajectory] = []
    for f in files:
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError) as exc:  # RecursionError: nested past the parser's stack
            raise TrajectoryError(f"{f}: not readable JSON ({type(exc).__name__ if isinstance(exc, RecursionError) else exc})") from None
        if not isinstance(data, dict) or "messages" not in data:
            continue  # not a run file (e.g. a summary); skip rather than fail
        out.append(from_agentdojo(data, source=str(f.relative_to(root) if root.is_dir() else f.name)))
        if limit and len(out) >= limit:
            break
    if not out:
        raise TrajectoryError(f"no AgentDojo run files (*.json with 'messages') under {root}")
    return out


def from_events(events: Iterable[Any], task: str | None = None, run_id: str = "live") -> Trajectory:
    """Rebuild a trajectory from guard events (a run's history plus the event being checked)."""
    b = _Builder()
    # A streamed answer's chunks (partial outputs) are followed by the whole text as one output.
    events = [e for e in events if not (getattr(e, "hook", None) == "output" and getattr(e, "partial", False))]
    saw_calls = any(getattr(e, "hook", None) == "tool_call" for e in events)
    last_output = max((i for i, e in enumerate(events) if getattr(e, "hook", None) == "output"), default=-1)
    if any(getattr(e, "hook", None) in ("tool_call", "tool_result") for e in events[last_output + 1:]):
        last_output = -1  # the agent went on after it (a refused answer, re-planned): no answer yet
    for i, e in enumerate(events):
        hook = getattr(e, "hook", None)
        if hook == "model_response" and _echoed_as_output(events, i):
            continue  # the final text, checked again as the output: rated once, as the answer, like a recorded run
        if hook == "input":
            task = task or e.content
            b.add("task", "input", text=e.content)
        elif hook == "model_response":
            if e.content and e.content.strip():
                b.add("plan", "model_response", text=e.content)
            if not saw_calls:
                for c in e.tool_calls:
                    b.add(tool_kind(c.name), "tool_call", tool=c.name, arguments=dict(c.arguments), call_id=c.id)
        elif hook == "tool_call":
            b.add(tool_kind(e.tool), "tool_call", tool=e.tool, arguments=dict(e.arguments), call_id=e.call_id)
        elif hook == "tool_result":
            text = e.result if isinstance(e.result, str) else canonical_json(e.result)
            b.add("observation", "tool_result", text=text or "", tool=e.tool, arguments=dict(e.arguments), error=e.error, call_id=e.call_id)
        elif hook == "output":
            # only the last is the answer; an earlier one (refused, then re-planned) is what a
            # recorded run holds as an assistant message that is not the last: a plan
            b.add("answer" if i == last_output else "plan", "output", text=e.content)
    return Trajectory(id=run_id, task=task or "", steps=b.steps)


def _echoed_as_output(events: list[Any], i: int) -> bool:
    """events[i] is a model_response without tool calls whose text the next step's output event repeats.

    The proxy and the OpenAI wrapper check the final text twice (model_response, then output);
    a recorded run holds it once, as the answer.
    """
    e = events[i]
    text = (getattr(e, "content", None) or "").strip()
    if not text or getattr(e, "tool_calls", None):
        return False
    steps = ("model_response", "tool_call", "tool_result", "output")
    nxt = next((x for x in events[i + 1 :] if getattr(x, "hook", None) in steps), None)
    return nxt is not None and nxt.hook == "output" and (nxt.content or "").strip() == text


def iter_applicable(traj: Trajectory, applies: Any) -> Iterator[Step]:
    from fnmatch import fnmatch

    for s in traj.steps:
        if applies.hooks and s.hook not in applies.hooks:
            continue
        if applies.step_kinds and s.kind not in applies.step_kinds:
            continue
        if applies.tools and not (s.tool and any(fnmatch(s.tool.lower(), p.lower()) for p in applies.tools)):
            continue
        yield s
