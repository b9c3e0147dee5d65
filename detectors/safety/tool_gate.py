"""`safety.tool_gate`: the explicit check between a proposed tool call and the act.

Rules match tool names by glob; every matching rule applies and the most severe
outcome wins. A rule can act unconditionally (`action`), constrain arguments
(`allow`/`deny` globs, `regex`, `min`/`max`, `required`), cap calls per run
(`max_calls`), or both. Argument violations refuse by default; `drop` and `clamp`
turn them into a minimal rewrite instead. Risk classes give whole families of tools
a default action. Refusal reasons say what was refused and what would be allowed, so
the agent can continue.
"""
from __future__ import annotations

import fnmatch
import math
import re
from typing import Any, Iterable, Literal

from pydantic import ConfigDict, Field, field_validator, model_validator

from guard.events import RAW_ARGUMENTS_KEY, Hook, ToolCallEvent
from guard.interceptors import BaseInterceptor, CheckContext
from guard.settings import Settings
from guard.verdicts import Action, Verdict
from detectors.safety.values import MAX_ARGUMENT_DEPTH, flatten_arguments, named_fields

GateAction = Literal["allow", "instruct", "escalate", "refuse", "halt"]
ViolationAction = Literal["refuse", "escalate", "halt", "drop", "clamp"]


class _Globs:
    """Several globs as one compiled regex (picklable; built once per interceptor, since
    the gate sits on every tool call and fnmatch would translate each pattern per call)."""

    __slots__ = ("_match",)

    def __init__(self, patterns: Iterable[str], fold: bool = False):
        alts = [f"(?:{fnmatch.translate(p.lower() if fold else p)})" for p in patterns]
        self._match = re.compile("|".join(alts)).match if alts else None

    def __call__(self, text: str) -> bool:
        return self._match is not None and self._match(text) is not None

    def __reduce__(self) -> Any:  # pickle and copy rebuild from the compiled pattern
        return (_globs_from, (self._match.__self__ if self._match is not None else None,))


def _globs_from(pattern: "re.Pattern[str] | None") -> _Globs:
    globs = _Globs(())
    globs._match = pattern.match if pattern is not None else None
    return globs


class _ArgCheck:
    """An argument constraint with its globs and regex compiled."""

    __slots__ = ("con", "allowed", "denied", "pattern")

    def __init__(self, con: "ArgConstraint"):
        self.con = con
        self.allowed = _Globs(con.allow or (), fold=True)
        self.denied = _Globs(con.deny or (), fold=True)
        self.pattern = re.compile(con.regex) if con.regex is not None else None


class ArgConstraint(Settings):
    model_config = ConfigDict(extra="forbid")

    allow: list[str] | None = Field(default=None, description="value must match one of these globs (case-insensitive)")
    deny: list[str] | None = Field(default=None, description="value must match none of these globs")
    regex: str | None = Field(default=None, description="value must fully match this regular expression")
    min: float | None = Field(default=None, allow_inf_nan=False)
    max: float | None = Field(default=None, allow_inf_nan=False)
    required: bool = False
    on_violation: ViolationAction | None = Field(default=None, description="default: the rule's on_violation")

    @field_validator("regex")
    @classmethod
    def _compiles(cls, v: str | None) -> str | None:
        if v is not None:
            try:
                re.compile(v)
            except re.error as exc:
                raise ValueError(f"invalid regular expression: {exc}") from None
        return v

    @model_validator(mode="after")
    def _bounds(self) -> "ArgConstraint":
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError("min must not be greater than max")
        if self.on_violation == "clamp" and self.min is None and self.max is None:
            raise ValueError("on_violation 'clamp' needs min or max")
        return self


class Rule(Settings):
    model_config = ConfigDict(extra="forbid")

    tool: str | list[str] = Field(description="tool-name glob(s)")
    id: str | None = None
    action: GateAction | None = Field(default=None, description="unconditional action for matching calls")
    reason: str | None = None
    instruction: str | None = Field(default=None, description="guidance text for action: instruct")
    args: dict[str, ArgConstraint] = Field(default_factory=dict)
    on_violation: ViolationAction = "refuse"
    max_calls: int | None = Field(default=None, gt=0, description="calls allowed per run")
    risk: str | None = None

    @model_validator(mode="after")
    def _instruct_has_text(self) -> "Rule":
        if self.action == "instruct" and not self.instruction:
            raise ValueError("action 'instruct' needs an instruction")
        return self

    def patterns(self) -> list[str]:
        return [self.tool] if isinstance(self.tool, str) else list(self.tool)

    def matches(self, tool: str) -> bool:
        return any(fnmatch.fnmatchcase(tool, p) for p in self.patterns())


class ToolGateConfig(Settings):
    model_config = ConfigDict(extra="forbid")

    rules: list[Rule] = Field(default_factory=list)
    risk_classes: dict[str, str] = Field(default_factory=dict, description="tool glob → risk class")
    risk_actions: dict[str, GateAction] = Field(default_factory=dict, description="risk class → action")
    default: Literal["allow", "escalate", "refuse"] = Field(default="allow", description="for tools no rule or class covers")
    default_reason: str = "the tool is not on the policy's list of allowed tools"

    @model_validator(mode="after")
    def _classes_known(self) -> "ToolGateConfig":
        named = set(self.risk_classes.values()) | {r.risk for r in self.rules if r.risk}
        unknown = set(self.risk_actions) - named
        if unknown:
            raise ValueError(f"risk_actions names unknown risk classes: {', '.join(sorted(unknown))}")
        # a class with no action does nothing: most likely a typo ("destrcutive") that leaves the tools ungated
        idle = sorted(named - set(self.risk_actions))
        if idle:
            raise ValueError(f"risk class{'es' if len(idle) > 1 else ''} {', '.join(map(repr, idle))} "
                             f"{'have' if len(idle) > 1 else 'has'} no entry in risk_actions (known: "
                             f"{', '.join(sorted(self.risk_actions)) or 'none'})")
        return self


_SEVERITY = {"allow": 0, "instruct": 1, "drop": 2, "clamp": 2, "escalate": 3, "refuse": 4, "halt": 5}


class ToolGate(BaseInterceptor):
    hooks = frozenset({Hook.TOOL_CALL})
    Config = ToolGateConfig
    inline = True

    def __init__(self, config: ToolGateConfig | dict[str, Any] | None = None):
        super().__init__(config)
        self.cfg: ToolGateConfig = self.config  # type: ignore[assignment]
        self._rule_tools = [_Globs(r.patterns()) for r in self.cfg.rules]
        self._arg_checks = [{name: _ArgCheck(con) for name, con in r.args.items()} for r in self.cfg.rules]
        self._classes = [(_Globs([pattern]), klass) for pattern, klass in self.cfg.risk_classes.items()]

    def check(self, event: ToolCallEvent, ctx: CheckContext) -> Verdict:  # type: ignore[override]
        tool = event.tool
        findings: list[tuple[str, str, str | None]] = []  # (action, reason, rule id)
        instructions: list[str] = []
        new_args = dict(event.arguments)
        changed: list[str] = []
        matched = False
        for i, rule in enumerate(self.cfg.rules):
            if not self._rule_tools[i](tool):
                continue
            matched = True
            rid = rule.id or f"rules[{i}]"
            if rule.max_calls is not None:
                key = f"calls:{rid}"
                count = ctx.state.get(key, 0)
                if count >= rule.max_calls:
                    findings.append(("refuse", f"{tool} may be called at most {rule.max_calls} time(s) per run", rid))
                    continue
                ctx.state[key] = count + 1
            if self._arg_checks[i] and RAW_ARGUMENTS_KEY in event.arguments:
                # truncated or malformed JSON from the model: a lenient client could still read
                # an argument out of it that no rule here has seen
                findings.append(("refuse", f"the arguments of {tool} are not a JSON object, so its argument rules "
                                 "cannot be checked; send them as a complete JSON object", rid))
                continue
            for name, check in self._arg_checks[i].items():
                outcome = _check_arg(tool, name, event.arguments, check, rule.on_violation)
                if outcome is None:
                    continue
                act, reason, replacement = outcome
                if act == "drop":
                    new_args.pop(name, None)
                    changed.append(f"removed argument '{name}' ({reason})")
                elif act == "clamp":
                    new_args[name] = replacement
                    changed.append(f"set '{name}' to {replacement} ({reason})")
                else:
                    findings.append((act, _with_rule_reason(rule, reason), rid))
            if rule.action == "instruct":
                instructions.append(rule.instruction or "")
                findings.append(("instruct", rule.reason or rule.instruction or "", rid))
            elif rule.action is not None:
                findings.append((rule.action, rule.reason or f"{tool}: {rule.action} by policy", rid))
            if rule.risk and rule.risk in self.cfg.risk_actions:
                act = self.cfg.risk_actions[rule.risk]
                findings.append((act, f"{tool} is in risk class '{rule.risk}' ({act} by policy)", f"risk:{rule.risk}"))
        for in_class, klass in self._classes:
            if in_class(tool) and klass in self.cfg.risk_actions:
                matched = True
                act = self.cfg.risk_actions[klass]
                findings.append((act, f"{tool} is in risk class '{klass}' ({act} by policy)", f"risk:{klass}"))
        if not matched and self.cfg.default != "allow":
            findings.append((self.cfg.default, f"{tool}: {self.cfg.default_reason}", "default"))

        blocking = [f for f in findings if _SEVERITY[f[0]] >= _SEVERITY["escalate"]]
        if blocking:
            act, _, rid = max(blocking, key=lambda f: _SEVERITY[f[0]])
            reasons = [r for a, r, _ in blocking if a == act]
            return Verdict(action=Action(act), reasons=reasons, rule=rid)
        if changed:
            return Verdict(
                action=Action.REWRITE, rewrite={"arguments": new_args}, reasons=changed, rule="args",
                instruction=f"The guard changed your call to {tool}: " + "; ".join(changed) + ".",
            )
        if instructions:
            return Verdict(action=Action.INSTRUCT, instruction=" ".join(instructions),
                           reasons=[r for a, r, _ in findings if a == "instruct"], rule=findings[0][2])
        return Verdict(action=Action.ALLOW, rule=findings[0][2] if findings else None)


def _with_rule_reason(rule: Rule, reason: str) -> str:
    return f"{rule.reason}: {reason}" if rule.reason else reason


def _check_arg(tool: str, name: str, args: dict[str, Any], check: _ArgCheck, default: str) -> tuple[str, str, Any] | None:
    """None when the argument is fine, else (action, reason, replacement)."""
    con = check.con
    act = con.on_violation or default
    if name not in args and "." in name:
        found = _field_values(args, name)
        value = (found if len(found) > 1 else found[0]) if found else None
        if found and act in ("drop", "clamp"):  # a rewrite replaces top-level arguments only
            act = "refuse"
    else:
        value = args.get(name)
    if value is None:
        if con.required:
            return ("refuse" if act in ("drop", "clamp") else act), f"{tool} needs argument '{name}'", None
        return None
    values = value if isinstance(value, (list, tuple, set)) else [value]
    if con.min is not None or con.max is not None:
        try:
            num = float(value)
        except (TypeError, ValueError, OverflowError):
            return ("refuse" if act in ("drop", "clamp") else act), f"argument '{name}' must be a number", None
        if not math.isfinite(num):  # NaN compares false with every bound, so it would pass them all
            return ("refuse" if act in ("drop", "clamp") else act), f"argument '{name}' must be a finite number", None
        lo, hi = con.min, con.max
        if (lo is not None and num < lo) or (hi is not None and num > hi):
            bounds = " and ".join(b for b in (f">= {lo:g}" if lo is not None else "", f"<= {hi:g}" if hi is not None else "") if b)
            if act == "clamp":
                clamped = min(max(num, lo if lo is not None else num), hi if hi is not None else num)
                return "clamp", f"{name} must be {bounds}", int(clamped) if isinstance(value, int) else clamped
            return act, f"argument '{name}' is out of range (must be {bounds})", None
    for v in values:
        if isinstance(v, (dict, list, tuple, set, frozenset)) and _too_deep(v):
            # str() of it would overflow the stack: the check could not run, so the argument
            # cannot pass it (a failing-open policy would otherwise let it through unchecked)
            return ("refuse" if act in ("drop", "clamp") else act), \
                f"argument '{name}' is nested deeper than {MAX_ARGUMENT_DEPTH} levels", None
        text = str(v).strip()
        low = text.lower()
        if con.deny and check.denied(low):
            return act, f"argument '{name}' has a value denied by policy", None
        if con.allow is not None and not check.allowed(low):
            return act, f"argument '{name}' is not one of the allowed values ({', '.join(con.allow)})", None
        if check.pattern is not None and not check.pattern.fullmatch(text):
            return act, f"argument '{name}' does not match the required format", None
    return None


def _field_values(args: dict[str, Any], name: str) -> list[Any]:
    """The values at a dotted path ("message.to", "order.payee.iban") through JSON objects and typed
    arguments (pydantic models, dataclasses, named tuples); a list on the way is fanned out, so
    "recipients.email" reads every recipient's. Empty when the path is not there."""
    level: list[Any] = [args]
    for part in name.split("."):
        nxt: list[Any] = []
        for item in level:
            for obj in (item if isinstance(item, (list, tuple)) and named_fields(item) is None else [item]):
                fields = named_fields(obj)
                if fields is None:
                    continue
                nxt.extend(v for k, v in fields if k == part and v is not None)
        level = nxt
    return level


def _too_deep(value: Any) -> bool:
    try:
        for _ in flatten_arguments(value):
            pass
    except ValueError:
        return True
    return False
