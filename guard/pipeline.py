"""Runs a hook's interceptors in policy order and folds their verdicts into a Decision.

Failure semantics are the same everywhere: an interceptor that raises, times out or
returns something that is not a Verdict is replaced by its fail mode (`closed` refuses,
`open` allows), and the error is recorded. Nothing an interceptor does reaches the agent
as an exception. A refuse or halt ends the hook early: later interceptors cannot lower it.
"""
from __future__ import annotations

import asyncio
import contextvars
import concurrent.futures as cf
import inspect
import logging
import os
import threading
import time
import weakref
from dataclasses import dataclass
from typing import Any, Callable

from guard import interceptors as registry
from guard.errors import describe_error
from guard.events import Event, Hook
from guard.interceptors import CheckContext
from guard.policy import InterceptorSpec, Policy
from guard.verdicts import Action, Decision, Verdict, merge_action

log = logging.getLogger("agentguard")

# Called once per verdict, with the decision span still open, to write span attributes and audit.
Recorder = Callable[["Stage", Event, Verdict], None]


@dataclass
class Stage:
    spec: InterceptorSpec
    interceptor: Any
    hooks: frozenset[Hook]
    is_async: bool
    inline: bool
    key: str = ""  # whose state a run keeps: the label, numbered from the second entry under one label

    @property
    def label(self) -> str:
        return self.spec.label

    @property
    def timeout_s(self) -> float:
        return self.spec.timeout_ms / 1000.0


def build_stages(policy: Policy) -> list[Stage]:
    stages = []
    seen: dict[str, int] = {}  # two entries may share a label (two gates, each `use: safety.tool_gate`)
    for spec in policy.interceptors:
        if not spec.enabled:
            continue
        try:
            obj = registry.build(spec.use, spec.config)
        except ImportError as exc:
            if not spec.optional:
                raise
            log.warning("interceptor %s skipped: its dependencies are not installed (%s)", spec.label, exc)
            continue
        declared = frozenset(getattr(obj, "hooks", frozenset()))
        hooks = frozenset(spec.on) if spec.on else declared
        check = getattr(obj, "check")
        n = seen[spec.label] = seen.get(spec.label, 0) + 1
        stages.append(Stage(spec, obj, hooks, inspect.iscoroutinefunction(check), bool(getattr(obj, "inline", False)),
                            key=spec.label if n == 1 else f"{spec.label}#{n}"))
    return stages


class _LoopThread:
    """One background event loop, so sync callers can run async interceptors with a timeout."""

    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._lock = threading.Lock()

    def submit(self, coro: Any) -> cf.Future:
        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                threading.Thread(target=loop.run_forever, name="agentguard-loop", daemon=True).start()
                self._loop = loop
        return asyncio.run_coroutine_threadsafe(coro, self._loop)

    def close(self) -> None:
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._loop = None


# Workers added, at most, to stand in for checks that timed out and still run (see Pipeline._stuck).
MAX_STAND_INS = 64
_PIPELINES: "weakref.WeakSet[Pipeline]" = weakref.WeakSet()


class Pipeline:
    def __init__(self, policy: Policy, stages: list[Stage] | None = None, max_workers: int = 16):
        self.policy = policy
        self.stages = build_stages(policy) if stages is None else stages
        self._by_hook = {h: [s for s in self.stages if h in s.hooks] for h in Hook}
        self._max_workers = max_workers
        # set when recording a decision waits for the database (an audit trail with sync
        # durability): the async path then records on a thread, or another process holding the
        # database locked stalled every task on the event loop (a proxy: every request)
        self.offload_records = False
        self._new_workers()
        _PIPELINES.add(self)

    def _new_workers(self) -> None:
        """The check pool and the loop thread; built again in a forked child, where the parent's
        threads do not exist (every check submitted there timed out, and failed by fail_mode)."""
        self._pool = cf.ThreadPoolExecutor(max_workers=self._max_workers, thread_name_prefix="agentguard-check")
        self._loop = _LoopThread()
        self._stand_ins = 0
        self._stand_in_lock = threading.Lock()

    def _submit(self, fn: Callable[..., Any], *args: Any) -> cf.Future:
        """`fn` on a worker. After the main thread has returned, Python's exit hook has shut every
        ThreadPoolExecutor down while other threads may still run agents: their checks then run
        on a thread of their own (failing every one by its fail_mode let injected text through)."""
        try:
            return self._pool.submit(fn, *args)
        except RuntimeError:  # "cannot schedule new futures after (interpreter) shutdown"
            pass
        fut: cf.Future = cf.Future()

        def run() -> None:
            if not fut.set_running_or_notify_cancel():
                return
            try:
                fut.set_result(fn(*args))
            except BaseException as exc:  # noqa: BLE001 - handed to the waiting caller
                fut.set_exception(exc)

        threading.Thread(target=run, name="agentguard-check-late", daemon=True).start()
        return fut

    def _stuck(self, fut: cf.Future) -> None:
        """A check that timed out cannot be stopped: it keeps its worker until it ends. One more
        worker stands in for it meanwhile, or sixteen hung checks would leave every other check
        waiting in the queue until its own time-out."""
        if fut.cancel():
            return  # it had not started: nothing holds a worker
        pool = self._pool
        with self._stand_in_lock:
            if self._stand_ins >= MAX_STAND_INS or not hasattr(pool, "_max_workers"):
                return
            self._stand_ins += 1
            pool._max_workers += 1  # noqa: SLF001 - ThreadPoolExecutor grows to it on the next submit

        def ended(_: cf.Future) -> None:
            with self._stand_in_lock:
                self._stand_ins -= 1
                pool._max_workers -= 1  # noqa: SLF001

        fut.add_done_callback(ended)

    def stages_for(self, hook: Hook | str) -> list[Stage]:
        return self._by_hook[Hook(hook)]

    # -- sync ------------------------------------------------------------------------------------
    def check(self, event: Event, make_ctx: Callable[[Stage, Event], CheckContext], begin: Callable, record: Recorder) -> Decision:
        decision = _new_decision(event)
        for stage in self._by_hook[Hook(event.hook)]:
            handle = begin(stage, decision.event)
            t0 = time.perf_counter()
            ctx = make_ctx(stage, decision.event)
            try:
                verdict = self._call_sync(stage, decision.event, ctx)
            except Exception as exc:  # noqa: BLE001 - failure semantics, see module doc
                verdict = _failed_check(stage, exc, decision.event, ctx)
            except BaseException as exc:  # Ctrl-C, cancellation: on the record (span ended), then the caller's
                _fold(stage, decision, _interrupted(exc), t0, handle, record)
                raise
            if _fold(stage, decision, verdict, t0, handle, record):
                break
        return decision

    def _call_sync(self, stage: Stage, event: Event, ctx: CheckContext) -> Any:
        check = stage.interceptor.check
        if stage.is_async:
            fut = self._loop.submit(check(event, ctx))
            try:
                return fut.result(timeout=stage.timeout_s)
            except cf.TimeoutError:
                fut.cancel()
                raise TimeoutError from None
        if stage.inline:
            # An inline check runs to completion on the caller's thread, so its verdict
            # exists even when a starved CPU made it overrun: keep it (refusing would punish
            # the agent for the machine's load) and record the overrun for the audit.
            t0 = time.perf_counter()
            out = check(event, ctx)
            spent = time.perf_counter() - t0
            if spent > stage.timeout_s and isinstance(out, Verdict):
                out.details = {**out.details, "over_budget_ms": round((spent - stage.timeout_s) * 1000, 3)}
            return out
        # in a copy of the caller's context: spans the interceptor starts join the agent's trace
        fut = self._submit(contextvars.copy_context().run, registry.run_by, time.perf_counter() + stage.timeout_s,
                           check, event, ctx)
        try:
            return fut.result(timeout=stage.timeout_s)
        except cf.TimeoutError:
            self._stuck(fut)
            raise TimeoutError from None

    # -- async -----------------------------------------------------------------------------------
    async def acheck(self, event: Event, make_ctx: Callable[[Stage, Event], CheckContext], begin: Callable, record: Recorder) -> Decision:
        decision = _new_decision(event)
        for stage in self._by_hook[Hook(event.hook)]:
            handle = begin(stage, decision.event)
            t0 = time.perf_counter()
            ctx = make_ctx(stage, decision.event)
            try:
                verdict = await self._call_async(stage, decision.event, ctx)
            except Exception as exc:  # noqa: BLE001
                verdict = _failed_check(stage, exc, decision.event, ctx)
            except BaseException as exc:  # as in check(): interrupted, recorded, re-raised
                _fold(stage, decision, _interrupted(exc), t0, handle, record)
                raise
            held: list[tuple[Any, ...]] = []
            stop = _fold(stage, decision, verdict, t0, handle, lambda *a: held.append(a))
            for args in held:
                if self.offload_records:  # a durable write waits for its commit: on a thread, not the event loop
                    await off_loop(record, *args)
                else:
                    record(*args)
            if stop:
                break
        return decision

    async def _call_async(self, stage: Stage, event: Event, ctx: CheckContext) -> Any:
        check = stage.interceptor.check
        if stage.is_async:
            return await asyncio.wait_for(check(event, ctx), stage.timeout_s)
        if stage.inline:
            return self._call_sync(stage, event, ctx)
        run_in = contextvars.copy_context().run  # as in _call_sync
        fut = self._submit(run_in, registry.run_by, time.perf_counter() + stage.timeout_s, check, event, ctx)
        try:
            return await asyncio.wait_for(asyncio.wrap_future(fut), stage.timeout_s)
        except asyncio.TimeoutError:
            self._stuck(fut)
            raise

    def warmup(self) -> dict[str, str | None]:
        """Warm every interceptor that can; a failure is reported, not raised (the check
        itself will then fail by its `fail_mode`, as any other interceptor error does)."""
        out: dict[str, str | None] = {}
        for stage in self.stages:
            warm = getattr(stage.interceptor, "warmup", None)
            if not callable(warm):
                continue
            try:
                warm()
                out[stage.label] = None
            except Exception as exc:  # noqa: BLE001 - warming must not crash the agent
                log.warning("interceptor %s failed to warm up: %s", stage.label, exc)
                out[stage.label] = describe_error(exc)
        return out

    def close(self) -> None:
        for stage in self.stages:
            closer = getattr(stage.interceptor, "close", None)
            if callable(closer):
                try:
                    closer()
                except Exception:  # noqa: BLE001 - closing must not raise
                    pass
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._loop.close()


async def off_loop(fn: Callable[..., Any], *args: Any) -> Any:
    """`fn(*args)` on a thread, awaited; a cancelled caller still waits for it to finish. A
    record's write (a durable append waits for its commit) must not hold the event loop, nor be
    dropped from the executor's queue when the task that decided it is cancelled."""
    job = asyncio.ensure_future(asyncio.to_thread(fn, *args))
    try:
        return await asyncio.shield(job)
    except asyncio.CancelledError:
        job.add_done_callback(_log_failure)  # nobody reads its outcome now
        while not job.done():  # cancelled again while waiting: still wait
            try:
                await asyncio.wait([job])
            except asyncio.CancelledError:
                continue
        raise


def _log_failure(job: "asyncio.Future[Any]") -> None:
    if not job.cancelled() and job.exception() is not None:
        log.error("recording a decision failed after its task was cancelled: %s", describe_error(job.exception()))


def _reset_after_fork() -> None:
    for pipeline in list(_PIPELINES):
        pipeline._new_workers()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_reset_after_fork)


def _new_decision(event: Event) -> Decision:
    return Decision(event)


def _interrupted(exc: BaseException) -> Verdict:
    """The record of a check the caller interrupted: nothing was decided, so nothing is allowed."""
    return Verdict(action=Action.REFUSE, reasons=[f"the check was interrupted ({type(exc).__name__})"],
                   error=f"interrupted: {type(exc).__name__}", rule="interrupted")


def _failed_check(stage: Stage, exc: BaseException, event: Event, ctx: CheckContext) -> Verdict:
    """A check that raised: by its `fail_mode`, or, when it timed out, by what its interceptor
    says an unchecked event means (`on_timeout`)."""
    if isinstance(exc, (TimeoutError, asyncio.TimeoutError)):
        on_timeout = getattr(stage.interceptor, "on_timeout", None)
        verdict = None
        if callable(on_timeout):
            try:
                verdict = on_timeout(event, ctx)
            except Exception as hook_exc:  # noqa: BLE001 - its failure is the fail_mode's case
                log.warning("on_timeout of %s failed: %s", stage.label, describe_error(hook_exc))
                verdict = None
        if isinstance(verdict, Verdict) and _malformed(verdict) is None:
            verdict.error = f"timeout after {stage.spec.timeout_ms:g} ms"
            return verdict
    return _failed(stage, exc)


def _failed(stage: Stage, exc: BaseException, own: bool = False) -> Verdict:
    if isinstance(exc, (TimeoutError, asyncio.TimeoutError)):
        what = f"timed out after {stage.spec.timeout_ms:g} ms"
        error = f"timeout after {stage.spec.timeout_ms:g} ms"
    else:
        # the message of an exception raised while checking may quote what was checked (a name, a
        # path of dict keys): quoted, so spans and audit keep only its type unless content is captured
        error = describe_error(exc, quoted=not own)
        what = f"failed ({error})"
    # An interceptor may attach what it had found before failing (exc.guard_details) so the audit
    # keeps it. Only that name: other libraries' exceptions carry `.details` of their own.
    details = getattr(exc, "guard_details", None)
    details = details if isinstance(details, dict) else {}
    if stage.spec.fail_mode == "closed":
        return Verdict(action=Action.REFUSE, reasons=[f"{stage.label} {what}; failing closed"], error=error, rule="fail_mode:closed",
                       details=details)
    return Verdict(action=Action.ALLOW, reasons=[f"{stage.label} {what}; failing open"], error=error, rule="fail_mode:open",
                   details=details)


def _malformed(v: Verdict) -> str | None:
    """What is wrong with a verdict an interceptor changed after building it (None: nothing).
    An action given as its string value is accepted and converted."""
    if v.action.__class__ is not Action:
        try:
            v.action = Action(v.action)
        except (ValueError, TypeError):
            return f"action {v.action!r} is not one of {', '.join(a.value for a in Action)}"
    if not isinstance(v.reasons, list) or not all(isinstance(r, str) for r in v.reasons):
        return "reasons must be a list of strings"
    if v.instruction is not None and not isinstance(v.instruction, str):
        return "instruction must be a string or None"
    if v.rewrite is not None and not isinstance(v.rewrite, dict):
        return "rewrite must be a dict or None"
    if not isinstance(v.details, dict) or not isinstance(v.scores, dict):
        return "details and scores must be dicts"
    if v.audit_details is not None and not isinstance(v.audit_details, dict):
        return "audit_details must be a dict or None"
    for name in ("rule", "error"):
        if getattr(v, name) is not None and not isinstance(getattr(v, name), str):
            return f"{name} must be a string or None"
    for key, score in v.scores.items():
        if not isinstance(key, str) or isinstance(score, bool) or not isinstance(score, (int, float)):
            return f"scores must map names to numbers (got {type(key).__name__} → {type(score).__name__})"
    return None


def _fold(stage: Stage, decision: Decision, verdict: Any, t0: float, handle: Any, record: Recorder) -> bool:
    """Merge one verdict into the decision; True when the hook should stop here."""
    if not isinstance(verdict, Verdict):
        verdict = _failed(stage, TypeError(f"check() returned {type(verdict).__name__}, expected Verdict"), own=True)
    else:
        problem = _malformed(verdict)
        if problem is not None:  # fields assigned after construction are not validated
            verdict = _failed(stage, TypeError(f"check() returned a malformed Verdict: {problem}"), own=True)
    verdict.latency_ms = (time.perf_counter() - t0) * 1000.0
    verdict.interceptor = stage.label
    event = decision.event
    if verdict.action in (Action.REWRITE, Action.ESCALATE) and verdict.rewrite:
        try:
            decision.event = type(event).model_validate({**event.model_dump(), **verdict.rewrite})
        except Exception as exc:  # noqa: BLE001 - a bad rewrite is that interceptor's failure
            verdict = _failed(stage, ValueError(f"invalid rewrite: {exc}"))
            verdict.interceptor = stage.label
    if verdict.instruction:
        decision.instructions.append(verdict.instruction)
    decision.verdicts.append(verdict)
    decision.action = merge_action(decision.action, verdict.action)
    record(stage, handle, verdict)
    return verdict.action in (Action.REFUSE, Action.HALT)
