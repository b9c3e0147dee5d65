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
import threading
from typing import Any, Iterable, Literal

from pydantic import ConfigDict, Field, field_validator, model_validator

from guard.events import RAW_ARGUMENTS_KEY, Hook, ToolCallEvent
from guard.interceptors import BaseInterceptor, CheckContext
from guard.redaction import folded
from guard.settings import Settings
from guard.tool_names import SECOND_ACTION, namespace_tail, snake_case
from guard.verdicts import Action, Verdict
from detectors.safety.values import MAX_ARGUMENT_DEPTH, argument_keys, flatten_arguments, named_fields

GateAction = Literal["allow", "instruct", "escalate", "refuse", "halt"]
ViolationAction = Literal["refuse", "escalate", "halt", "drop", "clamp"]


def name_forms(tool: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the name's own forms, its forms after a namespace): lower case and snake case
    (`sendEmail`, `SEND_EMAIL` → `send_email`), then the same for the part after a namespace
    (`mcp__mail__send_email`, `functions.send_email`). A rule for `send_*` must not be dodged
    by how a framework spells or prefixes the name; but only the name's own forms can list a
    tool as allowed (`evil__read_file` is not `read_file`)."""
    own = tuple(dict.fromkeys([tool.lower(), snake_case(tool)]))
    last = namespace_tail(tool)
    short = () if not last or last == tool else tuple(
        f for f in dict.fromkeys([last.lower(), snake_case(last)]) if f not in own)
    return own, short


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
        if (self.allow is None and self.deny is None and self.regex is None and self.min is None
                and self.max is None and not self.required):
            raise ValueError("constrains nothing: give allow, deny, regex, min, max or required")
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

    @field_validator("tool")
    @classmethod
    def _names_a_tool(cls, v: str | list[str]) -> str | list[str]:
        globs = [v] if isinstance(v, str) else v
        if not globs or any(not g.strip() for g in globs):
            raise ValueError("must name at least one tool glob, none of them empty (\"*\" for every tool)")
        return v

    @model_validator(mode="after")
    def _clamp_has_bounds(self) -> "Rule":
        if self.on_violation == "clamp":
            unbounded = [n for n, c in self.args.items() if c.on_violation is None and c.min is None and c.max is None]
            if unbounded:
                raise ValueError(f"on_violation 'clamp' needs min or max on every argument it applies to "
                                 f"(not on: {', '.join(unbounded)}); give those arguments their own on_violation")
        return self

    def patterns(self) -> list[str]:
        return [self.tool] if isinstance(self.tool, str) else list(self.tool)

    def lists_tools(self) -> bool:
        """Whether the rule names tools, so that `default` does not apply to them: a rule for
        every tool (`tool: "*"`, e.g. dropping `bcc` everywhere) constrains calls but lists none."""
        return any(p.strip("*") for p in self.patterns())


class ToolGateConfig(Settings):
    model_config = ConfigDict(extra="forbid")

    rules: list[Rule] = Field(default_factory=list)
    risk_classes: dict[str, str] = Field(default_factory=dict, description="tool glob → risk class")
    risk_actions: dict[str, GateAction] = Field(default_factory=dict, description="risk class → action")
    read_tools: list[str] = Field(default_factory=list, description=(
        "tool globs that only read (`get_*`, `list_*`), matched on the snake-case name after any namespace "
        "(a glob naming a namespace matches nothing): no risk class takes them in, so `*_payment*` gates "
        "`create_payment` but not `get_payment`; a name with a second action (`get_or_create_payment`) is no "
        "read; rules still apply to them"))
    default: Literal["allow", "escalate", "refuse"] = Field(default="allow", description="for tools no rule or class covers")
    default_reason: str = "the tool is not on the policy's list of allowed tools"

    @model_validator(mode="after")
    def _classes_known(self) -> "ToolGateConfig":
        silent = sorted(k for k, a in self.risk_actions.items() if a == "instruct")
        if silent:  # it would allow with no guidance at all
            raise ValueError(f"risk_actions: 'instruct' needs an instruction, which a risk class cannot carry "
                             f"({', '.join(silent)}); write a rule with `action: instruct` and `instruction:` instead")
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


_COUNT_LOCK = threading.Lock()  # max_calls: a count is checked and taken in one step


class ToolGate(BaseInterceptor):
    hooks = frozenset({Hook.TOOL_CALL})
    Config = ToolGateConfig
    inline = True

    def __init__(self, config: ToolGateConfig | dict[str, Any] | None = None):
        super().__init__(config)
        self.cfg: ToolGateConfig = self.config  # type: ignore[assignment]
        self._rule_tools = [_Globs(r.patterns(), fold=True) for r in self.cfg.rules]
        self._arg_checks = [{name: _ArgCheck(con) for name, con in r.args.items()} for r in self.cfg.rules]
        self._classes = [(_Globs([pattern], fold=True), klass) for pattern, klass in self.cfg.risk_classes.items()]
        self._reads = _Globs(self.cfg.read_tools, fold=True) if self.cfg.read_tools else None
        self._matches: dict[str, tuple[tuple[tuple[int, bool], ...], tuple[tuple[str, bool], ...]]] = {}

    def _matching(self, tool: str) -> tuple[tuple[tuple[int, bool], ...], tuple[tuple[str, bool], ...]]:
        """(rule index, named by the tool's own forms) and (risk class, named ...) for a tool name;
        computed once per name, since the gate sits on every tool call and agents reuse names."""
        hit = self._matches.get(tool)
        if hit is None:
            own, short = name_forms(tool)
            rules = []
            for i, rule in enumerate(self.cfg.rules):
                named = any(self._rule_tools[i](f) for f in own)
                if named or (any(self._rule_tools[i](f) for f in short) and rule.action != "allow"):
                    rules.append((i, named))  # a namespace's last part may make a call stricter, never allowed
            classes = []
            reads = self._reads is not None and self._is_read(tool)
            for in_class, klass in () if reads else self._classes:
                named = any(in_class(f) for f in own)
                if (named or any(in_class(f) for f in short)) and klass in self.cfg.risk_actions:
                    classes.append((klass, named))
            if len(self._matches) >= 4096:
                self._matches.clear()
            hit = self._matches[tool] = (tuple(rules), tuple(classes))
        return hit

    def _is_read(self, tool: str) -> bool:
        """The tool's name (after any namespace: `mcp__bank__get_payment` reads, while a namespace
        named like a read, `read_only__transfer_funds`, does not make one) is a read and names no
        second action (`get_or_create_payment`, `lookup_and_transfer` are no reads)."""
        last = snake_case(namespace_tail(tool) or tool)
        return bool(self._reads(last)) and not SECOND_ACTION.search(last)  # type: ignore[misc]

    def recall(self, event: ToolCallEvent, ctx: CheckContext) -> None:  # type: ignore[override]
        """A call an earlier turn made (a stateless client's history: the proxy removes the calls
        it refused) counts against `max_calls` as it did then: otherwise every turn of a
        conversation would start its counts again."""
        if not isinstance(event, ToolCallEvent):
            return
        rule_hits, _ = self._matching(event.tool)
        with _COUNT_LOCK:
            for i, _named in rule_hits:
                if self.cfg.rules[i].max_calls is not None:
                    ctx.state[f"calls:{i}"] = ctx.state.get(f"calls:{i}", 0) + 1

    def check(self, event: ToolCallEvent, ctx: CheckContext) -> Verdict:  # type: ignore[override]
        tool = event.tool
        rule_hits, class_hits = self._matching(tool)
        findings: list[tuple[str, str, str | None]] = []  # (action, reason, rule id)
        instructions: list[str] = []
        new_args = dict(event.arguments)
        changed: list[str] = []
        counted: list[tuple[str, int, str]] = []  # (counter, limit, rule id) this call uses, if the gate lets it through
        matched = False
        for i, named in rule_hits:
            rule = self.cfg.rules[i]
            matched = matched or (named and rule.lists_tools())
            rid = rule.id or f"rules[{i}]"
            if rule.max_calls is not None:
                key = f"calls:{i}"  # per rule, even when two rules share an id
                if ctx.state.get(key, 0) >= rule.max_calls:
                    findings.append(("refuse", f"{tool} may be called at most {rule.max_calls} time(s) per run", rid))
                    continue
                counted.append((key, rule.max_calls, rid))
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
        for klass, named in class_hits:
            matched = matched or named
            act = self.cfg.risk_actions[klass]
            findings.append((act, f"{tool} is in risk class '{klass}' ({act} by policy)", f"risk:{klass}"))
        if not matched and self.cfg.default != "allow":
            findings.append((self.cfg.default, f"{tool}: {self.cfg.default_reason}", "default"))

        notice = f"The guard changed your call to {tool}: " + "; ".join(changed) + "." if changed else None
        blocking = [f for f in findings if _SEVERITY[f[0]] >= _SEVERITY["escalate"]]
        if not blocking and counted:  # a call the gate refuses or escalates is no call it let through
            # checked again and counted in one step: parallel calls of one run (an executor's
            # tasks) all read the count before any added to it, and ten went through a limit of three
            with _COUNT_LOCK:
                full = [(key, limit, rid) for key, limit, rid in counted if ctx.state.get(key, 0) >= limit]
                if not full:
                    for key, _, _ in counted:
                        ctx.state[key] = ctx.state.get(key, 0) + 1
            blocking = [("refuse", f"{tool} may be called at most {limit} time(s) per run", rid) for _, limit, rid in full]
        if blocking:
            act, _, rid = max(blocking, key=lambda f: _SEVERITY[f[0]])
            reasons = [r for a, r, _ in blocking if a == act]
            if act == "escalate" and changed:  # an approver is asked about, and approves, the call as changed
                return Verdict(action=Action.ESCALATE, reasons=reasons, rule=rid,
                               rewrite={"arguments": new_args}, instruction=notice)
            return Verdict(action=Action(act), reasons=reasons, rule=rid)
        if changed:
            return Verdict(action=Action.REWRITE, rewrite={"arguments": new_args}, reasons=changed, rule="args",
                           instruction=notice)
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
    values = [args[name]] if args.get(name) is not None else []
    if "." in name:
        # a key spelt with the dot and the nested field are both read: a client may use either
        found = _field_values(args, name)
        if found and act in ("drop", "clamp"):  # a rewrite replaces top-level arguments only
            act = "refuse"
        values += found
    fixed = "refuse" if act in ("drop", "clamp") else act  # no smaller change would make it pass
    if not values:
        return (fixed, f"{tool} needs argument '{name}'", None) if con.required else None
    if con.min is not None or con.max is not None:
        for value in values:
            outcome = _check_bounds(name, value, con, act, fixed)
            if outcome is not None:
                return outcome
    text_act = "refuse" if act == "clamp" else act  # clamping is for numbers; a bad text has no nearest good one
    for value in values:
        try:
            leaves = _leaves(value)
        except ValueError:
            # too deep to walk: the check could not run, so the argument cannot pass it (a
            # failing-open policy would otherwise let it through unchecked)
            return fixed, f"argument '{name}' is nested deeper than {MAX_ARGUMENT_DEPTH} levels", None
        for leaf in leaves:
            problem = _text_problem(name, leaf, con, check)
            if problem is not None:
                return text_act, problem, None
    return None


def _check_bounds(name: str, value: Any, con: ArgConstraint, act: str, fixed: str) -> tuple[str, str, Any] | None:
    try:
        num = float(value)
    except (TypeError, ValueError, OverflowError):
        return fixed, f"argument '{name}' must be a number", None
    if not math.isfinite(num):  # NaN compares false with every bound, so it would pass them all
        return fixed, f"argument '{name}' must be a finite number", None
    lo, hi = con.min, con.max
    if (lo is None or num >= lo) and (hi is None or num <= hi):
        return None
    bounds = " and ".join(b for b in (f">= {lo:g}" if lo is not None else "", f"<= {hi:g}" if hi is not None else "") if b)
    if act == "clamp":
        clamped = min(max(num, lo if lo is not None else num), hi if hi is not None else num)
        return "clamp", f"{name} must be {bounds}", int(clamped) if isinstance(value, int) else clamped
    return act, f"argument '{name}' is out of range (must be {bounds})", None


def _leaves(value: Any) -> list[Any]:
    """The values a text constraint reads in one argument: the value itself, or every leaf and
    mapping key of a list, mapping or typed object (`[["x@evil.com"]]`, `{"email": …}`, a
    pydantic model): the text of the whole structure would not match an anchored glob."""
    if isinstance(value, (str, bytes, int, float)) or named_fields(value) is None and not isinstance(
            value, (list, tuple, set, frozenset)):
        return [value]
    leaves = [leaf for _, leaf in flatten_arguments(value) if leaf is not None]
    return leaves + [key for _, key in argument_keys(value)]


_SEPARATORS = re.compile(r"[,;\r\n\t]+")


def _text_forms(value: Any) -> tuple[str, str]:
    """The value as text (bytes decoded), and the same with invisible characters removed and
    compatibility forms folded (`ｅｖｉｌ` → `evil`, a soft hyphen dropped): a mail server or
    browser reads the folded form."""
    text = value.decode("utf-8", "replace") if isinstance(value, (bytes, bytearray)) else str(value)
    text = text.strip()
    return text, (text if text.isascii() else folded(text).strip())


def _parts(text: str) -> list[str]:
    """The addresses of a list written as one value ("x@evil.com, a@example.com"), else []:
    only a value with two or more `@` is read so (a URL or a subject may hold commas)."""
    if text.count("@") < 2:
        return []
    pieces = [w.strip(" <>\"'") for p in _SEPARATORS.split(text) for w in p.split()]
    pieces = [p for p in pieces if p]
    return pieces if len(pieces) > 1 else []


def _text_problem(name: str, leaf: Any, con: ArgConstraint, check: _ArgCheck) -> str | None:
    text, folded = _text_forms(leaf)
    low = text.lower()
    seen = [low] if folded is text else [low, folded.lower()]
    if "@" in low:
        seen += [p for f in seen for p in _parts(f)]
    if con.deny and any(check.denied(x) for x in seen):
        return f"argument '{name}' has a value denied by policy"
    if con.allow is not None and not all(check.allowed(x) for x in seen):
        return f"argument '{name}' is not one of the allowed values ({', '.join(con.allow)})"
    if check.pattern is not None and not check.pattern.fullmatch(text):
        return f"argument '{name}' does not match the required format"
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

