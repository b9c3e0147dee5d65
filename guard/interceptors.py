"""The interceptor protocol and the registry that finds interceptors by name.

The core never imports a detector: built-in and third-party interceptors alike are
found through the `agentguard.interceptors` entry-point group (or registered in code
with `@register`). An interceptor validates its own config with a pydantic model, so a
bad config fails at policy load with a path, not at the first event.
"""
from __future__ import annotations

import contextvars
import inspect
import time
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from typing import Any, Awaitable, ClassVar, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict

from guard.errors import GuardError
from guard.events import Event, Hook
from guard.verdicts import Verdict

ENTRY_POINT_GROUP = "agentguard.interceptors"

# When the check running in this context is out of time (`time.perf_counter()` seconds). A check
# on a worker that timed out cannot be stopped, and goes on holding a core and whatever it locked
# (a model shared with the telemetry redactor): long work reads this between steps and stops.
_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("agentguard_check_deadline", default=None)


def check_deadline() -> float | None:
    """When the running check's `timeout_ms` is up, or None outside a timed check (an inline one,
    or work outside any check)."""
    return _DEADLINE.get()


def past_deadline() -> bool:
    """The running check's time is up: its verdict no longer counts, so long work may stop."""
    deadline = _DEADLINE.get()
    return deadline is not None and time.perf_counter() > deadline


def run_by(deadline: float, fn: Any, *args: Any) -> Any:
    """`fn(*args)` with `check_deadline()` reading `deadline`, in the current context."""
    token = _DEADLINE.set(deadline)
    try:
        return fn(*args)
    finally:
        _DEADLINE.reset(token)


class EmptyConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")


@dataclass
class CheckContext:
    """What an interceptor may know besides the event: the run so far and its own state.

    `history` holds the run's earlier events (as finally decided, rewrites applied),
    `state` is scratch space private to this interceptor for this run, and
    `task` is the run's first user input, the reference for "what the user asked".
    """

    run_id: str
    hook: Hook
    agent: str | None
    policy_name: str
    history: list[Event] = field(default_factory=list)
    state: dict[str, Any] = field(default_factory=dict)
    run_state: dict[str, Any] = field(default_factory=dict)
    task: str | None = None

    def events(self, hook: Hook | str) -> list[Event]:
        return [e for e in self.history if e.hook == hook]


@runtime_checkable
class Interceptor(Protocol):
    name: ClassVar[str]
    hooks: ClassVar[frozenset[Hook]]

    def check(self, event: Event, ctx: CheckContext) -> Verdict | Awaitable[Verdict]: ...


class BaseInterceptor:
    """Convenience base: holds the validated config, declares hooks and a Config model.

    `inline = True` declares a check cheap and non-blocking, so a sync caller runs it
    on its own thread (its timeout is then measured, not enforced). Everything else
    runs on a worker thread with an enforced timeout.

    `reads_partial_output = False` declares that the interceptor decides only complete answers
    (it allows every `partial` output): a streaming relay then holds the whole text back until
    the answer is complete, since nothing it let out before could be taken back.
    """

    name: ClassVar[str] = ""
    hooks: ClassVar[frozenset[Hook]] = frozenset()
    Config: ClassVar[type[BaseModel]] = EmptyConfig
    inline: ClassVar[bool] = False
    reads_partial_output: ClassVar[bool] = True

    def __init__(self, config: BaseModel | dict[str, Any] | None = None):
        if not isinstance(config, BaseModel):
            config = self.Config.model_validate(config or {})
        self.config = config

    def check(self, event: Event, ctx: CheckContext) -> Verdict | Awaitable[Verdict]:
        raise NotImplementedError

    @classmethod
    def config_errors(cls, config: BaseModel) -> list[tuple[str, str]]:
        """Problems in a schema-valid config that only reading what it names shows (a data file
        that is missing or broken), as (config field, message) pairs. Policy validation calls it,
        so a policy `guard policy validate` accepts also loads; it must stay cheap (no models)."""
        return []

    def on_timeout(self, event: Event, ctx: CheckContext) -> Verdict | None:
        """The verdict for an event whose check did not finish within `timeout_ms` (it may not
        even have started: under load checks wait for a worker), or None for the stage's
        `fail_mode`. A check that can say what an unread event means (a tool result nobody
        scanned is untrusted text) should: failing open lets it through unread. Runs on the
        caller's thread, so it must be cheap."""
        return None

    def recall(self, event: Event, ctx: CheckContext) -> None:
        """Take in what a check of `event` would have left in the run's state, without deciding
        anything: the event is history the run did not check now (a stateless client such as the
        proxy's sends its whole conversation every turn; `Run.observe(event, recall=True)`). A
        check whose state later checks read (what a tool result taught taint tracking) keeps it
        here; it must be cheap. A no-op by default."""

    def warmup(self) -> None:
        """Load models and caches now, so the first checked event does not pay for it
        (and cannot time out on it). Called by `Guard.warmup()`; a no-op by default."""

    def close(self) -> None:
        """Release resources (models, connections). Called by `Guard.close()`."""


_REGISTRY: dict[str, type] = {}


def register(name: str | None = None):
    """Class decorator: `@register("acme.pii")` makes the interceptor usable from policies."""

    def deco(cls: type) -> type:
        key = name or getattr(cls, "name", "")
        if not key:
            raise ValueError(f"{cls.__name__} needs a name")
        problem = shape_problem(cls)
        if problem:
            raise TypeError(f"{getattr(cls, '__name__', cls)!r} {problem}")
        cls.name = key
        _REGISTRY[key] = cls
        return cls

    return deco


def _entry_points() -> dict[str, Any]:
    return {ep.name: ep for ep in entry_points(group=ENTRY_POINT_GROUP)}


def available() -> list[str]:
    return sorted(set(_REGISTRY) | set(_entry_points()))


def get(name: str) -> type:
    """The interceptor class for `name`; KeyError with the known names otherwise."""
    if name in _REGISTRY:
        return _REGISTRY[name]
    eps = _entry_points()
    if name in eps:
        cls = eps[name].load()
        problem = shape_problem(cls)
        if problem:  # said at policy load, not as an AttributeError at the first event
            raise TypeError(f"entry point {eps[name].value!r} {problem}")
        _REGISTRY[name] = cls
        if not getattr(cls, "name", ""):
            cls.name = name
        return cls
    raise KeyError(f"unknown interceptor {name!r} (known: {', '.join(available()) or 'none'})")


def shape_problem(cls: Any) -> str | None:
    """What keeps `cls` from being an interceptor, or None: a class with a callable `check`, a
    pydantic `Config` model if it has one, and `hooks` a collection of hook names."""
    if not isinstance(cls, type):
        return f"is not a class (a {type(cls).__name__})"
    if not callable(getattr(cls, "check", None)):
        return "has no check(event, ctx) method"
    config = getattr(cls, "Config", EmptyConfig)
    if not (isinstance(config, type) and issubclass(config, BaseModel)):
        return f"has a Config that is no pydantic model ({config!r})"
    hooks = getattr(cls, "hooks", frozenset())
    try:  # any collection of names: a set, a list, `Hook` itself, a dict's keys
        if isinstance(hooks, (str, bytes)):
            raise TypeError
        names = {str(h) for h in hooks}
    except TypeError:
        return f"has hooks {hooks!r}, not a collection of hook names"
    known = {h.value for h in Hook}
    if names and not names & known:  # a hook only a newer version knows is never called; none known: never runs
        return (f"declares no hook this version knows ({', '.join(sorted(names))}; known: {', '.join(sorted(known))}), "
                "so it would never run")
    return None


def config_model(cls: type) -> type[BaseModel]:
    return getattr(cls, "Config", EmptyConfig)


def build(name: str, config: dict[str, Any] | None) -> Any:
    cls = get(name)
    cfg = config_model(cls).model_validate(config or {})
    try:
        return _construct(cls, cfg)
    except (ImportError, GuardError):
        raise  # an optional interceptor's extra is missing (the pipeline decides), or said already
    except Exception as exc:  # a plugin's own constructor failing: name it, as validation names a config
        raise GuardError(f"interceptor {name!r} could not be built: {type(exc).__name__}: {exc}") from exc


def _construct(cls: type, cfg: BaseModel) -> Any:
    """`cls(config)`, or `cls()` for an interceptor that takes no config."""
    try:
        return cls(cfg)
    except TypeError:
        if inspect.signature(cls).parameters:
            raise
        return cls()
