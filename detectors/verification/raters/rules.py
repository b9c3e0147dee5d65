"""Rule criteria: deterministic, domain-agnostic checks of one step in context.

Each criterion is `fn(trajectory, step, params) -> p | None` (None: does not apply to
this step). The constants are round numbers chosen a priori as "weak / moderate
evidence", not fitted: the calibration model learns how much each guideline's
accumulated evidence is worth.
"""
from __future__ import annotations


import re
from typing import Any, Callable

from detectors.verification.guidelines import Guideline
from detectors.verification.raters import clip_p
from detectors.verification.raters.requests import READ_VERBS, literal_in, request_literals, requests_change
from detectors.verification.raters.text import (
    canon_number,
    content_words,
    leaf_values,
    numbers,
    split_request,
    words,
)
from detectors.verification.trajectory import WRITE_VERBS, Step, Trajectory

Criterion = Callable[[Trajectory, Step, dict[str, Any]], "float | None"]
CRITERIA: dict[str, Criterion] = {}
# criterion → param → (kind, required); kinds: "regex", "regexes" (a list of them), "share" (a number in [0, 1])
PARAMS: dict[str, dict[str, tuple[str, bool]]] = {}

# Generic signs that a tool result talks *to the agent* rather than carrying data:
# commonly documented prompt-injection phrasing, not taken from any data set here.
INSTRUCTION_CUES = [
    r"\bignore (all |any |the )?(previous|prior|above|earlier|other)\b",
    r"\bdisregard (all |any |the )?(previous|prior|above|earlier)\b",
    r"\b(new|updated|different) instructions?\b",
    r"\bbefore (you )?(can )?(solve|complete|finish|do|answer)\b",
    r"\b(to|for) (you|the) (ai|assistant|model|agent|llm)\b",
    r"\byou are (an? )?(ai|assistant|language model|llm|agent)\b",
    r"\b(ai|llm|language[- ]model) (assistant|agent|model)\b",
    r"\b(gpt|claude|llama|gemini|mistral|command[- ]r)\b",
    r"<\s*/?\s*(instructions?|system|important|information|admin)\s*>",
    r"\b(do not|don't) (tell|inform|mention|notify) (the )?user\b",
    r"\binstead(,)? (you should|please|do|send|call|transfer)\b",
]
_CUES = [re.compile(p, re.I) for p in INSTRUCTION_CUES]

REFUSAL_CUES = re.compile(
    r"\b(unable|can(?:no|')t|could ?n[o']t|not able|sorry|unfortunately|apologi[sz]e|failed|fail to|"
    r"not possible|impossible|do(?:es)?n't have (?:access|permission)|no (?:\w+ )?(?:found|available|results?))\b",
    re.I,
)
CLARIFY_CUES = re.compile(r"\b(could|can|would) you (please )?(provide|clarify|specify|confirm|tell me)\b|\bplease (provide|clarify|specify|confirm)\b", re.I)


def criterion(name: str, params: dict[str, tuple[str, bool]] | None = None):
    def deco(fn: Criterion) -> Criterion:
        CRITERIA[name] = fn
        PARAMS[name] = params or {}
        return fn

    return deco


def _regex(name: str, value: Any) -> None:
    if not isinstance(value, str):
        raise ValueError(f"param {name!r} must be a regular expression (a string), got {type(value).__name__}")
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"param {name!r}: {value!r} is not a valid regular expression ({exc})") from exc


def check_params(name: str, params: dict[str, Any]) -> None:
    """Checked when a pack loads, so a typo fails there rather than mid-run: ValueError naming the param."""
    spec = PARAMS.get(name, {})
    for key in params:
        if key not in spec:
            takes = f"it takes {', '.join(spec)}" if spec else "it takes none"
            raise ValueError(f"param {key!r} is not one criterion {name} takes ({takes})")
    for key, (kind, required) in spec.items():
        if key not in params:
            if required:
                raise ValueError(f"criterion {name} needs param {key!r}")
            continue
        value = params[key]
        if kind == "share":
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
                raise ValueError(f"param {key!r} must be a number in [0, 1], got {value!r}")
        elif kind == "regexes":
            if not isinstance(value, list) or not value:
                raise ValueError(f"param {key!r} must be a non-empty list of regular expressions, got {value!r}")
            for v in value:
                _regex(key, v)
        else:
            _regex(key, value)


def has_instruction_cues(text: str) -> bool:
    return any(c.search(text or "") for c in _CUES)


def _cued(traj: Trajectory, text: str) -> bool:
    """`has_instruction_cues`, remembered per text on the trajectory: every later call step of a
    run reads every earlier observation again (a run of 200 calls took 13 s, quadratic in its
    length); a process-wide cache of whole results grows with every run a gate sees."""
    memo = traj.__dict__.setdefault("_agentguard_cues", {})
    found = memo.get(text)
    if found is None:
        found = memo[text] = has_instruction_cues(text)
    return found


def _corpus_parts(traj: Trajectory, step: Step) -> tuple[list[str], list[str]]:
    """(trusted, untrusted) texts seen before `step`: the request and clean results vs. results carrying instructions."""
    trusted, untrusted = [traj.task or ""], []
    for s in traj.before(step):
        if s.kind == "observation":
            (untrusted if _cued(traj, s.text or "") else trusted).append(s.text or "")
        elif s.kind == "task":
            trusted.append(s.text or "")
    return trusted, untrusted


def _corpora(traj: Trajectory, step: Step) -> tuple[str, str]:
    trusted, untrusted = _corpus_parts(traj, step)
    return "\n".join(trusted).lower(), "\n".join(untrusted).lower()


def _terms(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(words, numbers) of one text. Neither a word nor a number crosses the newline the corpus
    joins texts with, so the union of the parts' terms is the corpus's."""
    low = text.lower()
    return frozenset(words(low)), frozenset(numbers(low))


def _corpus_terms(traj: Trajectory, parts: list[str]) -> tuple[set[str], set[str]]:
    """The terms of `parts`, each text's remembered on its trajectory: every later call of a run
    reads every earlier result again, and tokenising them anew made scoring quadratic (400 calls:
    3.4 s). Kept with the trajectory, not the process: a process-wide cache of whole results held
    gigabytes in a long-running gate."""
    memo = traj.__dict__.setdefault("_agentguard_terms", {})
    ws: set[str] = set()
    ns: set[str] = set()
    for p in parts:
        found = memo.get(p)
        if found is None:
            found = memo[p] = _terms(p)
        ws |= found[0]
        ns |= found[1]
    return ws, ns


def _grounded(value: Any, corpus: str, corpus_words: set[str], corpus_numbers: set[str]) -> bool:
    if isinstance(value, bool):
        return True
    if isinstance(value, (int, float)):
        try:
            return canon_number(str(value)) in corpus_numbers
        except ValueError:  # an int past Python's digit limit for str(): no one typed it
            return False
    text = str(value).strip().lower()
    if not text:
        return True
    if text in corpus:
        return True
    toks = [w for w in words(text) if len(w) >= 3]
    if not toks:
        return True
    nums = numbers(text)
    if nums and not all(n in corpus_numbers for n in nums):
        return False
    return sum(t in corpus_words for t in toks) / len(toks) >= 0.6


@criterion("grounded_arguments", {"argument_keys": ("regexes", False)})
def grounded_arguments(traj: Trajectory, step: Step, params: dict[str, Any]) -> float | None:
    """A call's argument values appear in the request or an earlier result without instruction cues."""
    if step.kind not in ("action", "lookup"):
        return None
    keys = params.get("argument_keys")  # optional regexes: only rate these arguments
    values = []
    for k, v in step.arguments.items():
        if keys and not any(re.search(p, k, re.I) for p in keys):
            continue
        values.extend(leaf_values(v))
    if not values:
        return None
    trusted_parts, untrusted_parts = _corpus_parts(traj, step)
    trusted, untrusted = "\n".join(trusted_parts).lower(), "\n".join(untrusted_parts).lower()
    tw, tn = _corpus_terms(traj, trusted_parts)
    uw, un = _corpus_terms(traj, untrusted_parts)
    good = bad = 0
    for v in values:
        if _grounded(v, trusted, tw, tn):
            good += 1
        elif untrusted and _grounded(v, untrusted, uw, un):
            bad += 1  # taken from a result that tried to instruct the agent
    frac = good / len(values)
    return clip_p(0.15 + 0.75 * frac - 0.3 * (bad / len(values)))


@criterion("errors_addressed")
def errors_addressed(traj: Trajectory, step: Step, params: dict[str, Any]) -> float | None:
    """A tool error is followed by a retry of the tool or acknowledged in the answer."""
    if step.kind != "observation":
        return None
    if not step.error:
        return 0.6
    later = traj.after(step)
    retried = any(s.kind in ("action", "lookup") and s.tool == step.tool for s in later)
    ans = traj.answer
    acknowledged = bool(ans and REFUSAL_CUES.search(ans.text or ""))
    return 0.45 if (retried or acknowledged) else 0.15


@criterion("untrusted_content_flagged")
def untrusted_content(traj: Trajectory, step: Step, params: dict[str, Any]) -> float | None:
    """A result that addresses the agent with instructions is a hazard to the task."""
    if step.kind != "observation":
        return None
    return 0.2 if has_instruction_cues(step.text) else 0.6


@criterion("no_repeated_calls")
def no_repeated_calls(traj: Trajectory, step: Step, params: dict[str, Any]) -> float | None:
    """The same call with the same arguments is not made twice (a loop or a duplicate side effect)."""
    if step.kind not in ("action", "lookup"):
        return None
    for s in traj.before(step):
        if s.kind == step.kind and s.tool == step.tool and s.arguments == step.arguments:
            return 0.15 if step.kind == "action" else 0.35
    return 0.6


@criterion("action_taken_when_requested")
def action_taken(traj: Trajectory, step: Step, params: dict[str, Any]) -> float | None:
    """A request that asks for a change is answered by at least one state-changing call."""
    if step.kind != "answer":
        return None
    acted = any(s.kind == "action" for s in traj.steps)
    if requests_change(traj.task):
        return 0.75 if acted else 0.15
    return 0.45 if acted else 0.65


@criterion("answer_given")
def answer_given(traj: Trajectory, step: Step, params: dict[str, Any]) -> float | None:
    """The final answer exists and reports completion, not inability or a question back."""
    if step.kind != "answer":
        return None
    text = (step.text or "").strip()
    if not text:
        return 0.1
    if CLARIFY_CUES.search(text):
        return 0.3
    if REFUSAL_CUES.search(text):
        return 0.25
    return 0.8


@criterion("request_covered", {"min_share": ("share", False)})
def request_covered(traj: Trajectory, step: Step, params: dict[str, Any]) -> float | None:
    """Every part of the request shows up in what the agent did or said."""
    if step.kind != "answer":
        return None
    parts = split_request(traj.task)
    if not parts:
        return None
    done = [step.text or ""]
    for s in traj.steps:
        if s.kind in ("action", "lookup"):
            done.append((s.tool or "").replace("_", " "))
            done.extend(str(v) for v in leaf_values(s.arguments))
    seen = set(content_words("\n".join(done), min_len=3))
    min_share = float(params.get("min_share", 0.4))
    covered = 0
    for p in parts:
        words_all = content_words(p, min_len=3)
        # the objects of a request ("the total", "alice@example.com") carry it; verbs are matched by any call
        cw = [w for w in words_all if w not in WRITE_VERBS and w not in READ_VERBS] or words_all
        if cw and sum(w in seen for w in cw) / len(cw) >= min_share:
            covered += 1
    return clip_p(0.1 + 0.8 * covered / len(parts))


@criterion("answer_supported")
def answer_supported(traj: Trajectory, step: Step, params: dict[str, Any]) -> float | None:
    """Numbers stated in the answer appear in the request or in tool results (no invented figures)."""
    if step.kind != "answer":
        return None
    nums = [n for n in numbers(step.text) if len(n) >= 2]
    if not nums:
        return None
    seen = set(numbers(traj.task))
    for s in traj.steps:
        if s.kind == "observation":
            seen.update(numbers(s.text))
        elif s.kind in ("action", "lookup"):
            seen.update(numbers(" ".join(str(v) for v in leaf_values(s.arguments))))
    frac = sum(n in seen for n in nums) / len(nums)
    return clip_p(0.2 + 0.7 * frac)


@criterion("request_values_used")
def request_values_used(traj: Trajectory, step: Step, params: dict[str, Any]) -> float | None:
    """Values the request spells out (addresses, codes, amounts, quoted text) are used as given.

    A wrong recipient or amount is the commonest silent failure, and the one a
    word-overlap check misses. They count as used when a call's arguments carry them;
    for a request that asks for no change, also when the answer states them.
    """
    if step.kind != "answer":
        return None
    wanted = request_literals(traj.task)
    if not wanted:
        return None
    change = requests_change(traj.task)
    acted, looked, nums = [], [], set()
    for s in traj.steps:
        if s.kind in ("action", "lookup"):
            for v in leaf_values(s.arguments):
                (acted if s.kind == "action" else looked).append(str(v).lower())
                nums.update(numbers(str(v)))
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.add(canon_number(str(v)))
    if not change:
        looked.append((step.text or "").lower())
        nums.update(numbers(step.text))

    def used(kind: str, value: str) -> bool:
        if kind == "number":
            return value in nums
        # a recipient asked for must receive the change, not only be looked up
        where = acted if kind == "email" and change else acted + looked
        return any(literal_in(t, value) for t in where)

    return clip_p(0.2 + 0.7 * sum(used(k, v) for k, v in wanted) / len(wanted))


@criterion("argument_pattern", {"key": ("regex", True), "pattern": ("regex", True)})
def argument_pattern(traj: Trajectory, step: Step, params: dict[str, Any]) -> float | None:
    """Domain packs: named arguments match a format (`key` regex, `pattern` regex on the value)."""
    if step.kind not in ("action", "lookup"):
        return None
    key, pattern = params.get("key"), params.get("pattern")
    if not key or not pattern:
        raise ValueError("argument_pattern needs params.key and params.pattern")
    vals = [str(v) for k, v in step.arguments.items() if re.search(key, k, re.I) for v in leaf_values(v)]
    if not vals:
        return None
    ok = sum(bool(re.fullmatch(pattern, v.strip())) for v in vals) / len(vals)
    return clip_p(0.2 + 0.65 * ok)


@criterion("positive_amount", {"key": ("regex", False)})
def positive_amount(traj: Trajectory, step: Step, params: dict[str, Any]) -> float | None:
    """Domain packs: amount-like arguments are positive numbers stated in the request or results."""
    if step.kind != "action":
        return None
    key = params.get("key", r"amount|price|total|sum|value")
    vals = [v for k, v in step.arguments.items() if re.search(key, k, re.I)]
    if not vals:
        return None
    _, tn = _corpus_terms(traj, _corpus_parts(traj, step)[0])
    score = 0.0
    for v in vals:
        try:
            f = float(str(v).replace(",", ""))
        except ValueError:
            continue
        if f > 0:
            score += 0.5 + 0.5 * (canon_number(str(v)) in tn)
    return clip_p(0.15 + 0.7 * score / len(vals))


class RuleRater:
    name = "rule"

    def supports(self, guideline: Guideline) -> bool:
        return guideline.rule is not None

    def rate(self, guideline: Guideline, items: list[tuple[Trajectory, Step]]) -> list[float | None]:
        fn = CRITERIA[guideline.rule.criterion]
        params = guideline.rule.params
        out = []
        for traj, step in items:
            p = fn(traj, step, params)
            out.append(None if p is None else clip_p(p))
        return out


def _stems(text: str, n: int = 5) -> set[str]:
    """Crude stems (first n letters) so 'information' meets 'info' and 'invoices' meets 'invoice'."""
    return {w[:n] for w in content_words(text, min_len=3)}


def _tool_words(name: str | None) -> list[str]:
    return [w.lower() for w in re.findall(r"[A-Za-z][a-z]*|[A-Z]+(?![a-z])", name or "")]


@criterion("action_requested")
def action_requested(traj: Trajectory, step: Step, params: dict[str, Any]) -> float | None:
    """A state-changing call is one the user asked for, not one suggested by a tool result."""
    if step.kind != "action":
        return None
    task = _stems(traj.task, 4)
    objs = [w for w in _tool_words(step.tool)[1:] if len(w) >= 3]
    by_user = any(w[:4] in task for w in objs) if objs else True
    _, untrusted = _corpora(traj, step)
    suggested = bool(untrusted) and any(w in untrusted for w in _tool_words(step.tool)[:1]) and not by_user
    if suggested:
        return 0.15
    return 0.65 if by_user else 0.35


@criterion("answer_uses_results")
def answer_uses_results(traj: Trajectory, step: Step, params: dict[str, Any]) -> float | None:
    """An answer to a question draws on what the tools returned rather than on nothing."""
    if step.kind != "answer" or requests_change(traj.task):
        return None
    seen = set()
    for s in traj.steps:
        if s.kind == "observation" and not s.error:
            seen |= _stems(s.text)
    ans = _stems(step.text) - _stems(traj.task)
    if not ans:
        return 0.3
    if not seen:
        return 0.35
    share = len(ans & seen) / len(ans)
    return clip_p(0.25 + 0.65 * min(1.0, share * 2))
