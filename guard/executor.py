"""A thread pool whose tasks belong to the run that submitted them.

Runs are found through context variables, and a plain `ThreadPoolExecutor` starts every task
in an empty context: a guarded tool called there is outside the agent's run, so it is checked
as a run of its own and the agent's per-run state (call limits, taint) never sees it. Tasks
submitted here run in a copy of the submitter's context, as `asyncio.to_thread` does.
"""
from __future__ import annotations

import atexit
import contextvars
import os
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Callable


class ContextThreadPoolExecutor(ThreadPoolExecutor):
    """`ThreadPoolExecutor` that runs each task in a copy of the context it was submitted from."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future:
        return super().submit(contextvars.copy_context().run, fn, *args, **kwargs)


def call_on_daemon_thread(fn: Callable[..., Any], *args: Any, name: str = "agentguard-call") -> Future:
    """`fn(*args)` on a daemon thread of its own, in a copy of the caller's context, its answer
    (or whatever it raises, `SystemExit` included) in the returned future. For a call the guard
    must be able to stop waiting for (an approver, a differential check): one that never returns
    holds neither a pool's worker nor the process at exit."""
    fut: Future = Future()
    if _abandoned >= MAX_ABANDONED:  # that many never came back: a thread each would exhaust the process
        fut.set_exception(RuntimeError(
            f"{_abandoned} earlier calls of approvers or checks outlived their callers' time-outs and still run: "
            "no thread is started for another"))
        return fut
    context = contextvars.copy_context()

    def work() -> None:
        if not fut.set_running_or_notify_cancel():
            return
        try:
            fut.set_result(context.run(fn, *args))
        except BaseException as exc:  # noqa: BLE001 - handed to the waiting caller
            fut.set_exception(exc)

    threading.Thread(target=work, name=name, daemon=True).start()
    return fut


def abandon(fut: Future) -> None:
    """The caller stopped waiting for `fut` (its time-out): while it still runs it counts against
    MAX_ABANDONED. Calls still being waited for never do (300 approvals pending at once are fine)."""
    global _abandoned
    with _abandoned_lock:
        if fut.done() or getattr(fut, "_agentguard_abandoned", False):
            return
        fut._agentguard_abandoned = True  # type: ignore[attr-defined]
        _abandoned += 1

    def ended(_: Future) -> None:
        global _abandoned
        with _abandoned_lock:
            _abandoned -= 1

    fut.add_done_callback(ended)


# Calls on daemon threads whose callers gave up waiting and that still run. An approver that never
# answers keeps its thread (and its stack) for good: past this many, further calls fail at once,
# and the caller decides as for any failure (an escalation's fallback, a check's fail_mode).
MAX_ABANDONED = 256
_abandoned = 0
_abandoned_lock = threading.Lock()


def _reset_after_fork() -> None:
    """The child has none of the parent's threads, so none of its abandoned calls."""
    global _abandoned, _abandoned_lock
    _abandoned, _abandoned_lock = 0, threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_reset_after_fork)


EXIT_WAIT_S = 60.0
_loaders: list[threading.Thread] = []
_loaders_lock = threading.Lock()


def start_loader(target: Callable[[], Any], name: str) -> threading.Thread:
    """Start `target` (a model load) on a daemon thread that the interpreter waits for at exit,
    up to `EXIT_WAIT_S` in all. A daemon thread stopped at exit inside native loading code
    (torch, onnxruntime, spaCy) aborts the process ("terminate called without an active
    exception", status 134) after a script that did nothing wrong; a non-daemon one could
    hold the process forever."""
    thread = threading.Thread(target=target, name=name, daemon=True)
    with _loaders_lock:
        if not _loaders:
            atexit.register(_wait_for_loaders)
        _loaders[:] = [t for t in _loaders if t.is_alive()]
        _loaders.append(thread)
    thread.start()
    return thread


def _wait_for_loaders() -> None:
    deadline = time.monotonic() + EXIT_WAIT_S
    with _loaders_lock:
        pending = list(_loaders)
    for thread in pending:
        thread.join(max(0.0, deadline - time.monotonic()))
