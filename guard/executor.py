"""A thread pool whose tasks belong to the run that submitted them.

Runs are found through context variables, and a plain `ThreadPoolExecutor` starts every task
in an empty context: a guarded tool called there is outside the agent's run, so it is checked
as a run of its own and the agent's per-run state (call limits, taint) never sees it. Tasks
submitted here run in a copy of the submitter's context, as `asyncio.to_thread` does.
"""
from __future__ import annotations

import contextvars
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Callable


class ContextThreadPoolExecutor(ThreadPoolExecutor):
    """`ThreadPoolExecutor` that runs each task in a copy of the context it was submitted from."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future:
        return super().submit(contextvars.copy_context().run, fn, *args, **kwargs)
