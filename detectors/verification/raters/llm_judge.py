"""LLM-judge rater for any OpenAI-compatible chat-completions endpoint.

The judge answers one yes/no question per step with a single token; p is
P(yes) / (P(yes) + P(no)) read from the returned `top_logprobs`, so the rating is a
probability rather than a coin the sampler flipped. The API key is read from an
environment variable named in the config, never stored in a policy or an artifact.
"""
from __future__ import annotations

import math
import os
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
from pydantic import ConfigDict, Field

from guard.settings import Settings

from detectors.verification.guidelines import Guideline
from detectors.verification.raters import clip_p
from detectors.verification.trajectory import Step, Trajectory

YES = {"yes", "y", "true"}
NO = {"no", "n", "false"}
SYSTEM = (
    "You verify one step of an AI agent's work against a guideline. "
    "Answer with exactly one word: yes or no."
)


class JudgeConfig(Settings):
    model_config = ConfigDict(extra="forbid")

    base_url: str = Field(description="e.g. http://localhost:8000/v1")
    model: str
    api_key_env: str | None = Field("OPENAI_API_KEY", description="name of the env var holding the key")
    timeout_s: float = Field(20.0, gt=0)
    top_logprobs: int = Field(5, ge=1, le=20)
    max_workers: int = Field(4, ge=1, le=32)
    context_chars: int = Field(2000, ge=200, description="how much of the step and request the prompt carries")


class JudgeError(RuntimeError):
    pass


def _logprob(c: dict[str, Any], where: str) -> float:
    """A log-probability: a number ≤ 0 (a rounding hair above 0 is read as 0), never a string, null or NaN."""
    lp = c.get("logprob")
    if isinstance(lp, bool) or not isinstance(lp, (int, float)) or math.isnan(lp) or lp > 1e-6:
        raise JudgeError(f"judge response: {where}.logprob must be a number ≤ 0 (a log-probability), got {lp!r}")
    return min(float(lp), 0.0)


def p_yes_from_response(body: dict[str, Any]) -> float:
    """P(yes) from a chat-completions response with `logprobs.content[0].top_logprobs`."""
    path = "choices[0].logprobs.content[0]"
    try:
        first = body["choices"][0]["logprobs"]["content"][0]
    except (KeyError, IndexError, TypeError) as exc:
        raise JudgeError(f"judge response has no {path} (does the endpoint support logprobs?)") from exc
    if not isinstance(first, dict):
        raise JudgeError(f"judge response: {path} must be an object, got {type(first).__name__}")
    top = first.get("top_logprobs") or []
    if not isinstance(top, list) or not all(isinstance(c, dict) for c in top):
        raise JudgeError(f"judge response: {path}.top_logprobs must be a list of objects")
    cands = [(c, f"{path}.top_logprobs[{i}]") for i, c in enumerate(top)]
    if "logprob" in first:
        cands.append((first, path))
    yes = no = 0.0
    seen: set[str] = set()
    for c, where in cands:
        raw = str(c.get("token", ""))
        if raw in seen:  # the chosen token is repeated among the top ones
            continue
        seen.add(raw)
        tok = raw.strip().lower()
        lp = _logprob(c, where)
        if tok in YES:
            yes += math.exp(lp)
        elif tok in NO:
            no += math.exp(lp)
    if yes + no == 0.0:
        raise JudgeError("judge returned neither 'yes' nor 'no' among its top tokens")
    return yes / (yes + no)


class JudgeRater:
    name = "judge"

    def __init__(self, config: JudgeConfig | dict[str, Any], client: httpx.Client | None = None):
        self.config = config if isinstance(config, JudgeConfig) else JudgeConfig.model_validate(config)
        key = os.environ.get(self.config.api_key_env or "", "") if self.config.api_key_env else ""
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        self.client = client or httpx.Client(base_url=self.config.base_url.rstrip("/"), headers=headers, timeout=self.config.timeout_s)

    def supports(self, guideline: Guideline) -> bool:
        return guideline.judge is not None

    def prompt(self, guideline: Guideline, traj: Trajectory, step: Step) -> list[dict[str, str]]:
        n = self.config.context_chars
        user = (
            f"Guideline: {guideline.text}\n\nUser request: {traj.task[:n]}\n\n"
            f"Step ({step.kind}): {step.describe()[:n]}\n\nQuestion: {guideline.judge.question}"
        )
        return [{"role": "system", "content": SYSTEM}, {"role": "user", "content": user}]

    def rate_one(self, guideline: Guideline, traj: Trajectory, step: Step) -> float:
        payload = {
            "model": self.config.model,
            "messages": self.prompt(guideline, traj, step),
            "max_tokens": 1,
            "temperature": 0,
            "logprobs": True,
            "top_logprobs": self.config.top_logprobs,
        }
        try:
            resp = self.client.post("/chat/completions", json=payload)
            resp.raise_for_status()
        except httpx.HTTPError as exc:
            raise JudgeError(f"judge endpoint failed: {type(exc).__name__}: {exc}") from exc
        try:
            body = resp.json()
        except (ValueError, RecursionError) as exc:  # JSONDecodeError, not UTF-8, or nested past the parser's stack
            raise JudgeError(f"judge endpoint returned a body that is not JSON ({exc}): {resp.text[:120]!r}") from exc
        return clip_p(p_yes_from_response(body))

    def rate(self, guideline: Guideline, items: list[tuple[Trajectory, Step]]) -> list[float | None]:
        if len(items) <= 1 or self.config.max_workers == 1:
            return [self.rate_one(guideline, t, s) for t, s in items]
        with ThreadPoolExecutor(self.config.max_workers) as pool:
            return list(pool.map(lambda ts: self.rate_one(guideline, *ts), items))

    def close(self) -> None:
        self.client.close()
