"""Optional LLM instructor backend: an OpenAI-compatible endpoint writes the guidance.

The endpoint receives the *structured* analysis (data types, subjects, norms, the task
and recipient relation), not the raw tool result, so no personal values leave the
process. Any failure falls back to the local guidance writer; the agent never waits on
a broken endpoint for longer than `timeout_s`.
"""
from __future__ import annotations

import json
import os
from typing import Any

from pydantic import ConfigDict, Field

from guard.settings import Settings

SYSTEM_PROMPT = (
    "You are a privacy instructor for an AI agent. Given a structured analysis of personal information "
    "that just appeared in a tool result, the user's task and the likely recipient, write short, "
    "step-specific guidance: what the agent may share with whom for this task, what it must not share, "
    "and why (cite the norm ids). Do not invent personal details. At most 8 lines."
)


class LLMConfig(Settings):
    model_config = ConfigDict(extra="forbid")

    base_url: str = "http://localhost:8000/v1"
    model: str = "gpt-4o-mini"
    api_key_env: str = "OPENAI_API_KEY"
    timeout_s: float = Field(10.0, gt=0, le=600)
    max_tokens: int = Field(300, gt=0)
    minimise: bool = Field(False, description="at egress, the endpoint also picks sentences the recipient does not "
                           "need (it then reads the outgoing text, with detected personal values masked)")
    max_sentences: int = Field(200, gt=0, le=5000, description="longer outgoing texts skip the LLM minimiser")


def chat(cfg: LLMConfig, system: str, user: str, **extra: Any) -> str:
    """One chat completion's text; raises on any transport or format error."""
    import httpx

    headers = {"Content-Type": "application/json"}
    key = os.environ.get(cfg.api_key_env)
    if key:
        headers["Authorization"] = f"Bearer {key}"
    body = {
        "model": cfg.model,
        "messages": [{"role": "system", "content": system}, {"role": "user", "content": user}],
        "temperature": 0,
        "max_tokens": cfg.max_tokens,
        **extra,
    }
    url = cfg.base_url.rstrip("/") + "/chat/completions"
    resp = httpx.post(url, json=body, headers=headers, timeout=cfg.timeout_s)
    resp.raise_for_status()
    content = resp.json()["choices"][0]["message"]["content"]
    if not isinstance(content, str) or not content.strip():
        raise ValueError("the LLM endpoint returned no content")
    return content.strip()


def llm_guidance(analysis: dict[str, Any], cfg: LLMConfig) -> str:
    """Ask the endpoint for guidance; raises on any transport or format error."""
    return chat(cfg, SYSTEM_PROMPT, json.dumps(analysis, ensure_ascii=False))
