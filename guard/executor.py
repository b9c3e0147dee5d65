"""A thread pool whose tasks belong to the run that submitted them.

Runs are found through context variables, and a plain `ThreadPoolExecutor` starts every task
in an empty context: a guarded tool called there is outside the agent's run, so it is checked
as a run of its own and the agent's per-run state (call limits, taint) never sees it. Tasks
submitted here run in a copy of the submitter's context, as `asyncio.to_thread` does.
"""
from __future__ import annotations

import contextvars
import threading
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
