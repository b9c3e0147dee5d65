"""Ask several agents the same thing and let the guard's `opinions` hook pick the answer.

The core never imports a detector: whatever interceptor the policy puts on `opinions`
(normally `credibility.aggregate`) decides, and its verdict's `details["consensus"]` is
what comes back. Agents that raise are left out and reported; the ensemble fails only
when none answers.
"""
from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import inspect
import json
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping

from guard.errors import GuardError, describe_error
from guard.events import Opinion
from guard.run import GuardInputError
from guard.verdicts import Decision


@dataclass
class EnsembleResult:
    """`winner` and `consensus` come from the policy's aggregator; `outputs` are the agents' raw returns."""

    consensus: dict[str, Any]
    decision: Decision
    opinions: list[Opinion]
    outputs: dict[str, Any]
    errors: dict[str, str] = field(default_factory=dict)

    @property
    def winner(self) -> str | None:
        return self.consensus.get("winner")

    @property
    def output(self) -> Any:
        """The raw output of the most influential agent that endorsed the winner."""
        weights = self.consensus.get("weights", {})
        backers = [o.agent for o in self.opinions if o.answer == self.winner]
        if not backers:
            return None
        return self.outputs[max(backers, key=lambda a: weights.get(a, 0.0))]


def default_answer_of(output: Any) -> tuple[str, float]:
    """Read (answer, confidence) from what an agent returned.

    Accepts an `Opinion`, a mapping with `answer` (and optional `confidence`), an
    `(answer, confidence)` pair, or anything else (its `str()` is the answer, confidence 1).
    """
    if isinstance(output, Opinion):
        return output.answer, output.confidence
    if isinstance(output, Mapping) and "answer" in output:
        return str(output["answer"]), float(output.get("confidence", 1.0))
    if isinstance(output, tuple) and len(output) == 2 and isinstance(output[1], (int, float)):
        return str(output[0]), float(output[1])
    return str(output).strip(), 1.0


def _question_id(input: Any) -> str:
    """The question's id from its content, the same in every process: text and numbers by their
    repr (as before), structured input by its canonical JSON (dict keys in any order; pydantic
    models and dataclasses by their fields). An object whose repr holds its memory address
    cannot be named so: it needs an explicit `question_id`."""
    if input is None or isinstance(input, (str, int, float, bool)):
        text = repr(input)
    else:
        try:
            text = json.dumps(input, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=_plain)
        except (TypeError, ValueError):
            text = repr(input)
            if _ADDRESS.search(text):
                raise GuardInputError(
                    f"question_id: the input ({type(input).__name__}) has no stable form to name the question by "
                    "(its repr holds a memory address); pass question_id=... (the same id for the same question)") from None
    return "q-" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


def _plain(value: Any) -> Any:
    """JSON for what json.dumps cannot write itself; TypeError for anything else."""
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=repr)
    if isinstance(value, (bytes, bytearray)):
        return value.hex()
    raise TypeError(type(value).__name__)


def _opinions(outputs: dict[str, Any], answer_of: Callable[[Any], Any], errors: dict[str, str]) -> list[Opinion]:
    """Each agent's opinion; one whose output cannot be read as one (a confidence of 90, NaN,
    an answer too long) is left out and reported in `errors`, as a failing agent is."""
    ops = []
    for name, out in list(outputs.items()):
        try:
            got = answer_of(out)
            answer, conf = (got if isinstance(got, tuple) else (got, 1.0))
            ops.append(Opinion(agent=str(name), answer=str(answer), confidence=float(conf)))
        except Exception as exc:  # noqa: BLE001 - the agent's output, not the ensemble, is at fault
            errors[str(name)] = f"unreadable answer: {describe_error(exc)}"
            del outputs[name]
    if not ops:
        raise GuardError(f"no agent gave a readable answer: {errors}")
    return ops


def _result(decision: Decision, ops: list[Opinion], outputs: dict[str, Any], errors: dict[str, str]) -> EnsembleResult:
    chosen = decision.deciding
    candidates = ([chosen] if chosen is not None else []) + list(decision.verdicts)
    for v in candidates:
        if v is not None and isinstance(v.details.get("consensus"), dict):
            return EnsembleResult(v.details["consensus"], decision, ops, outputs, errors)
    failed = [f"{v.interceptor}: {v.error}" for v in decision.verdicts if v.error]
    if failed:
        raise GuardError(f"the `opinions` check failed: {'; '.join(failed)}")
    raise GuardError("no interceptor on the `opinions` hook returned a consensus; add `credibility.aggregate` "
                     "(on: [opinions]) to the policy")


def _check_agents(agents: Mapping[str, Callable]) -> None:
    if not agents:
        raise ValueError("agents: give at least one agent callable")
    for name, fn in agents.items():
        if not callable(fn):
            raise TypeError(f"agents[{name!r}] is not callable")


def ensemble(guard: Any, agents: Mapping[str, Callable], input: Any, question_id: str | None = None,
             answer_of: Callable[[Any], Any] = default_answer_of, *, run_agent: str = "ensemble") -> EnsembleResult:
    """Run every agent on `input`, send their answers through the `opinions` hook, return the consensus.

    Async agents are awaited on a private event loop (use `aensemble` inside a running loop).
    """
    _check_agents(agents)
    qid = question_id or _question_id(input)
    outputs: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for name, fn in agents.items():
        try:
            out = fn(input)
            if inspect.isawaitable(out):
                out = _run_coroutine(out)
            outputs[str(name)] = out  # keyed as the opinions name them
        except Exception as exc:  # one failing agent must not sink the ensemble
            errors[str(name)] = describe_error(exc)
    if not outputs:
        raise GuardError(f"every agent failed: {errors}")
    ops = _opinions(outputs, answer_of, errors)
    with guard.run(agent=run_agent) as run:
        decision = run.opinions(qid, ops,
                                question=input if isinstance(input, str) else None)
    return _result(decision, ops, outputs, errors)


async def aensemble(guard: Any, agents: Mapping[str, Callable], input: Any, question_id: str | None = None,
                    answer_of: Callable[[Any], Any] = default_answer_of, *,
                    run_agent: str = "ensemble") -> EnsembleResult:
    """Async twin of `ensemble`: agents run concurrently (sync ones on worker threads)."""
    _check_agents(agents)
    qid = question_id or _question_id(input)

    async def call(fn: Callable) -> Any:
        if inspect.iscoroutinefunction(fn):
            return await fn(input)
        out = await asyncio.to_thread(fn, input)
        return await out if inspect.isawaitable(out) else out

    names = list(agents)
    results = await asyncio.gather(*(call(agents[n]) for n in names), return_exceptions=True)
    outputs = {str(n): r for n, r in zip(names, results) if not isinstance(r, BaseException)}
    errors = {str(n): describe_error(r) for n, r in zip(names, results) if isinstance(r, BaseException)}
    if not outputs:
        raise GuardError(f"every agent failed: {errors}")
    ops = _opinions(outputs, answer_of, errors)
    async with guard.run(agent=run_agent) as run:
        decision = await run.opinions(qid, ops,
                                      question=input if isinstance(input, str) else None)
    return _result(decision, ops, outputs, errors)


def _run_coroutine(aw: Any) -> Any:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        async def wrap() -> Any:
            return await aw
        return asyncio.run(wrap())
    if hasattr(aw, "close"):
        aw.close()
    raise GuardError("an async agent was given to `ensemble` inside a running event loop; use `aensemble`")
