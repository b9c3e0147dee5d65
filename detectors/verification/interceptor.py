"""`verification.glean`: gate a final answer (or chosen tool calls) on calibrated P(correct).

p ≥ accept → allow; p ≤ reject → refuse, naming the guidelines whose evidence is
negative so the agent can re-plan; otherwise (or when the predictive entropy is above
`max_entropy`) → active verification: re-score with the costly packs (stage 1 of the
model, when fitted), fold in differential checks, decide again, and escalate when it
is still uncertain. Every step is listed in the verdict's `details`, which the core
writes to the span and the audit record.
"""
from __future__ import annotations

import concurrent.futures
import math
import time
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

from pydantic import ConfigDict, Field, field_validator, model_validator

from guard.errors import describe_error
from guard.events import Hook
from guard.executor import abandon, call_on_daemon_thread
from guard.interceptors import BaseInterceptor, CheckContext
from guard.settings import Settings
from guard.redaction import map_strings, quote
from guard.verdicts import Verdict
from detectors.verification.artifact import load_artifact
from detectors.verification.checks import fold, normalise, resolve
from detectors.verification.features import default_raters, failing
from detectors.verification.predictor import Predictor, binary_entropy
from detectors.verification.raters.llm_judge import JudgeConfig, JudgeRater
from detectors.verification.trajectory import from_events


class GleanConfig(Settings):
    model_config = ConfigDict(extra="forbid")

    model: str = Field(description="calibration artifact from `guard calibrate` (JSON)")
    accept: float = Field(0.75, gt=0, lt=1, description="allow when P(correct) ≥ accept")
    reject: float = Field(0.35, gt=0, lt=1, description="refuse (re-plan) when P(correct) ≤ reject")
    max_entropy: float = Field(0.95, gt=0, le=1, description="bits; above this the case counts as uncertain")
    active: bool = Field(True, description="run active verification on uncertain cases")
    checks: list[str] = Field(default_factory=list, description="differential checks, 'module:function'")
    check_timeout_ms: float = Field(2000, gt=0, le=600_000, allow_inf_nan=False,
                                    description="each check's time; one that takes longer is recorded as timed out")
    check_weight: float = Field(1.0, ge=0, le=100, allow_inf_nan=False, description="weight of each check's logit evidence")
    tools: list[str] = Field(default_factory=list, description="also gate tool calls whose name matches (fnmatch)")
    judge: JudgeConfig | None = Field(None, description="LLM judge for guidelines rated by a judge question")
    explain: int = Field(5, ge=0, description="how many failing guidelines to name")

    @field_validator("model")
    @classmethod
    def _exists(cls, v: str) -> str:  # checked with the policy, so `guard policy validate` reports it too
        if not Path(v).is_file():
            raise ValueError(f"model file {v!r} does not exist (write it with `guard calibrate`)")
        return v

    @model_validator(mode="after")
    def _order(self) -> "GleanConfig":
        if self.reject >= self.accept:
            raise ValueError("reject must be below accept")
        return self


def _run_check(fn: Any, traj: Any, event: Any, timeout_s: float) -> tuple[Any, BaseException | None, bool]:
    """(result, exception, timed out) of one differential check, run on a thread of its own: a
    check that hangs must not hold the pipeline's shared worker (16 of them disabled every
    synchronous interceptor), and nothing it raises, `SystemExit` included, reaches the agent."""
    fut = call_on_daemon_thread(fn, traj, event, name="agentguard-glean-check")
    try:
        return fut.result(timeout=timeout_s), None, False
    except concurrent.futures.TimeoutError:
        abandon(fut)
        return None, None, True
    except BaseException as exc:  # noqa: BLE001 - recorded as the check's failure
        return None, exc, False


class GleanGate(BaseInterceptor):
    hooks = frozenset({Hook.OUTPUT, Hook.TOOL_CALL})
    Config = GleanConfig
    reads_partial_output = False  # an answer is scored whole: a stream is held until it is

    def __init__(self, config: Any = None):
        super().__init__(config)
        cfg: GleanConfig = self.config
        self.artifact = load_artifact(cfg.model)
        judge = JudgeRater(cfg.judge) if cfg.judge else None
        self.stages = []
        from detectors.verification.engine import scorer_for, stage_packs

        self._answer_cols: list[list[int]] = []  # per stage: columns of guidelines rated only on the answer
        for st in self.artifact.stages:
            packs = stage_packs(st)
            self.stages.append((st, scorer_for(st, packs, default_raters(packs, judge=judge)), Predictor(st)))
            self._answer_cols.append(_answer_only_columns(st, packs))
        self.checks = [(ref, resolve(ref)) for ref in cfg.checks]

    def warmup(self) -> None:
        """Load the embedding model and encode the packs' exemplars now: loading MiniLM in the
        first scored run took longer than a typical `timeout_ms`, so it failed by fail_mode."""
        for _, scorer, _ in self.stages:
            rater = scorer.raters.get("embedding")
            if rater is None:
                continue
            texts = ["warm-up"]
            for pk in scorer.packs:
                for g in pk.guidelines:
                    if g.exemplars is not None:
                        texts += [*g.exemplars.aligned, *g.exemplars.misaligned]
            rater.embedder.encode(texts)

    @classmethod
    def config_errors(cls, config: GleanConfig) -> list[tuple[str, str]]:
        """The model and the checks the gate makes when it is built (the packs' hash, the raters
        each guideline was fitted with), so `guard policy validate` reports a model the gate
        cannot use. Nothing is loaded: the raters read their models on first use."""
        from detectors.verification.engine import scorer_for, stage_packs

        try:
            artifact = load_artifact(config.model)
            judge = JudgeRater(config.judge) if config.judge else None
            for st in artifact.stages:
                packs = stage_packs(st)
                scorer_for(st, packs, default_raters(packs, judge=judge))
        except Exception as exc:  # noqa: BLE001 - reported with the policy's other errors
            errors = [("model", f"{config.model}: {exc}")]
        else:
            errors = []
        for i, ref in enumerate(config.checks):  # the gate imports them when built: a typo failed there, unnamed
            try:
                resolve(ref)
            except Exception as exc:  # noqa: BLE001 - ImportError, ValueError, or the module's own failure
                errors.append((f"checks[{i}]", f"{ref}: {type(exc).__name__}: {exc}" if not isinstance(exc, ValueError)
                               else str(exc)))
        return errors

    def _classify(self, p: float, entropy: float) -> str:
        c = self.config
        if entropy > c.max_entropy:
            return "uncertain"
        if p >= c.accept:
            return "accept"
        if p <= c.reject:
            return "reject"
        return "uncertain"

    def _score(self, idx: int, traj, pending_call: bool = False):
        stage, scorer, pred = self.stages[idx]
        sc = scorer.score([traj])
        x = sc.X[0]
        if pending_call:
            x = _without_answer(x, stage, self._answer_cols[idx], sc.ratings.by_guideline[0])
        pr = pred.predict(x)
        if not math.isfinite(pr.p):
            raise ValueError("the model gave no probability (P = nan): its weights overflow on this run's features")
        fails = failing(sc.ratings.by_guideline[0], stage.features.beta)
        return pr, fails, pred.contributions(x), x

    def check(self, event, ctx: CheckContext) -> Verdict:
        cfg: GleanConfig = self.config
        if event.hook == Hook.TOOL_CALL and not any(fnmatch(event.tool, pat) for pat in cfg.tools):
            return Verdict.allow(details={"glean": "tool not gated"})
        if event.hook == Hook.OUTPUT and getattr(event, "partial", False):
            # one chunk of a streamed answer is no answer: the whole text is scored when it ends
            return Verdict.allow(details={"glean": "partial output: scored when the answer is complete"})
        t0 = time.perf_counter()
        traj = from_events(list(ctx.history) + [event], task=ctx.task, run_id=ctx.run_id)
        pending_call = event.hook == Hook.TOOL_CALL
        pr, fails, contrib, _ = self._score(0, traj, pending_call)
        p, ent = pr.p, pr.entropy
        outcome = self._classify(p, ent)
        steps: list[dict[str, Any]] = [{"step": "score", "stage": 0, "packs": self.stages[0][0].features.packs,
                                        **pr.as_dict(), "outcome": outcome}]
        if outcome == "uncertain" and cfg.active:
            if len(self.stages) > 1:
                try:
                    pr, fails, contrib, _ = self._score(1, traj, pending_call)
                except Exception as exc:  # e.g. the judge is down: the gate fails by its fail_mode, keeping its steps
                    steps.append({"step": "expand", "stage": 1, "packs": self.stages[1][0].features.packs,
                                  "error": type(exc).__name__})  # the message (it may quote the run) is in the verdict's redacted error
                    exc.guard_details = {"p_correct": round(p, 4), "entropy": round(ent, 4), "outcome": "error",
                                         "steps": steps, "model_hash": self.stages[0][0].pack_hash[:16]}
                    raise
                p, ent = pr.p, pr.entropy
                outcome = self._classify(p, ent)
                steps.append({"step": "expand", "stage": 1, "packs": self.stages[1][0].features.packs,
                              **pr.as_dict(), "outcome": outcome})
            if outcome == "uncertain":
                for ref, fn in self.checks:
                    out, exc, timed_out = _run_check(fn, traj, event, cfg.check_timeout_ms / 1000)
                    if timed_out:
                        steps.append({"step": "check", "check": ref, "error": f"timed out after {cfg.check_timeout_ms:g} ms"})
                        continue
                    if exc is not None:  # a broken check is recorded, not fatal; its message may quote
                        # the run, so spans and audit keep it only when content is captured
                        steps.append({"step": "check", "check": ref, "error": describe_error(exc, quoted=True)})
                        continue
                    try:
                        res = normalise(out)
                    except ValueError as err:  # what it returned is no evidence (the gate's own words)
                        steps.append({"step": "check", "check": ref, "error": describe_error(err)})
                        continue
                    if res is None:
                        steps.append({"step": "check", "check": ref, "q": None})
                        continue
                    p = fold(p, res.q, cfg.check_weight)
                    ent = float(binary_entropy(p))
                    outcome = self._classify(p, ent)
                    # the detail is content (it may quote the run): its text quoted, so spans and audit
                    # records keep it only when content is captured
                    steps.append({"step": "check", "check": ref, "q": round(res.q, 4), "detail": map_strings(res.detail, quote),
                                  "p": round(p, 4), "entropy": round(ent, 4), "outcome": outcome})
                    if outcome != "uncertain":
                        break
        named = dict(list(fails.items())[: cfg.explain])
        details = {
            "p_correct": round(p, 4), "model_interval": [round(pr.lo, 4), round(pr.hi, 4)],
            "entropy": round(ent, 4), "outcome": outcome, "steps": steps, "failing_guidelines": named,
            "contributions": contrib, "model_hash": self.stages[0][0].pack_hash[:16],
            "latency_ms": round((time.perf_counter() - t0) * 1000, 2),
        }
        scores = {"p_correct": round(p, 4), "entropy": round(ent, 4)}
        if outcome == "accept":
            return Verdict.allow(scores=scores, rule="glean.accept", details=details)
        if outcome == "reject":
            names = ", ".join(k.split(".", 1)[1] for k in named) or "overall evidence"
            reason = f"estimated P(correct)={p:.2f} is below {cfg.reject}; failing guidelines: {names}"
            texts = self._guideline_texts(named)
            instruction = ("Re-plan before answering. Guidelines not met: " + "; ".join(texts) if texts else
                           "Re-plan: the run so far is unlikely to give a correct result; check the request and the tool results.")
            return Verdict.refuse(reason, scores=scores, rule="glean.reject", details=details, instruction=instruction)
        return Verdict.escalate(f"uncertain whether the result is correct (P={p:.2f}, entropy={ent:.2f} bits) after active verification",
                                scores=scores, rule="glean.uncertain", details=details)

    def _guideline_texts(self, named: dict[str, float]) -> list[str]:
        texts = {}
        for st, scorer, _ in self.stages:
            for pk in scorer.packs:
                for g in pk.guidelines:
                    texts[f"{pk.name}.{g.id}"] = g.text
        return [texts[k] for k in named if k in texts]


def _answer_only_columns(stage: Any, packs: Any) -> list[int]:
    """Feature columns of the guidelines that apply to answer steps only (found once per stage):
    by step kind, or by hook (the answer is the `output` hook's step)."""
    answer_only = {f"{pk.name}.{g.id}" for pk in packs for g in pk.guidelines
                   if (g.applies.step_kinds and set(g.applies.step_kinds) <= {"answer"})
                   or (not g.applies.step_kinds and g.applies.hooks and set(g.applies.hooks) <= {"output"})}
    return [j for j, key in enumerate(stage.features.guidelines) if key in answer_only]


def _without_answer(x: Any, stage: Any, columns: list[int], ratings: dict[str, list]) -> Any:
    """Features for a run that is still going (a gated tool call): guidelines rated only on the
    answer have no evidence yet, and 0 there reads as "no answer", which the model learned
    from failed runs. They take the fitted mean instead (no contribution either way)."""
    out = x.copy()
    for j in columns:
        if not ratings.get(stage.features.guidelines[j]):
            out[j] = stage.mean[j]
    return out
