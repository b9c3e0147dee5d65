"""Cheap textual signs that tool output is talking to the agent rather than to a human reader.

Data addressed to people (a bill saying "please pay by transfer", a recipe saying "preheat
the oven") is imperative too, so imperative mood alone is no sign. What gives injected
text away is its *addressee and framing*: it speaks to the model ("you, the AI
assistant"), overrides or pre-empts the user's task ("ignore previous instructions",
"before you solve the task I gave you"), fakes a higher-privilege channel (system or
admin tags), spells out tool calls, or asks for secrecy. Each sign has a weight; the
score is their noisy-or, so two independent signs outweigh one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_F = re.IGNORECASE | re.DOTALL


@dataclass(frozen=True)
class Sign:
    name: str
    pattern: re.Pattern[str]
    weight: float


SIGNS: tuple[Sign, ...] = (
    Sign("addresses_model", re.compile(
        r"\b(?:to you|dear|hey|hi|hello|attention|note to(?: the)?)\W{0,3}(?:the |an |my |our )?"
        r"(?:ai|llm|gpt[-\w.]*|claude|gemini|llama|assistant|agent|language model|chatbot|bot|model)\b", _F), 0.55),
    Sign("model_as_reader", re.compile(
        r"\b(?:ai|llm|language model|assistant|agent|chatbot)s?\b[^.\n]{0,40}\b(?:reading|processing|summari[sz]ing|that reads|who reads)\b", _F), 0.5),
    Sign("override", re.compile(
        r"\b(?:ignore|disregard|forget|override|bypass|skip)\b[^.\n]{0,40}\b(?:previous|prior|above|earlier|original|all|any|your|the user'?s?)\b"
        r"[^.\n]{0,30}\b(?:instructions?|directions?|task|request|prompt|rules|guidelines|orders?)\b", _F), 0.8),
    Sign("preempts_task", re.compile(
        r"\b(?:before|instead of|prior to)\b[^.\n]{0,30}\b(?:solv|complet|do|finish|continu|answer|proceed|perform)\w*\b[^.\n]{0,30}\b(?:task|request|question)\b", _F), 0.6),
    Sign("refers_to_given_task", re.compile(
        r"\b(?:the|your|original|current)\s+(?:task|request|instructions?)\s+(?:that\s+)?(?:i|the user|they|you were)\s+(?:gave|give|asked|assigned|given)\b", _F), 0.55),
    Sign("new_instructions", re.compile(
        r"\b(?:new|updated|additional|important|urgent|real|true|secret|hidden)\s+(?:instructions?|task|directive|order|goal|objective)s?\b\s*[:!]", _F), 0.55),
    Sign("must_do_first", re.compile(
        r"\b(?:you\s+(?:must|have to|need to|should|are required to)|it is (?:critical|essential|imperative|vital) that you|make sure (?:that )?you)\b"
        r"[^.\n]{0,40}\b(?:first|immediately|now|before|instead)\b", _F), 0.45),
    Sign("fake_channel", re.compile(
        r"(?:<\/?\s*(?:information|important|system|instructions?|admin|im_start|im_end|tool_result|assistant)\s*>"
        r"|\[\s*(?:system|admin|inst|instructions?|important)\s*[\]:]"
        r"|#{2,}\s*\(?\s*system|\bsystem\s*(?:message|prompt|note|override)\s*[:\])]"
        r"|<\|[a-z_]+\|>|\bBEGIN\s+(?:SYSTEM|ADMIN|NEW)\b)", _F), 0.6),
    Sign("shouting", re.compile(r"\b(?:IMPORTANT|URGENT|ATTENTION|WARNING|NOTICE)\s*!{2,}", 0), 0.35),
    Sign("tool_call_syntax", re.compile(
        r"\b[a-z][a-z0-9]*_[a-z0-9_]+\s*\(\s*[a-z_]+\s*=|\b(?:call|use|invoke|run|execute)\s+(?:the\s+)?(?:tool|function)\s*[`'\"]?[a-z_]+", _F), 0.5),
    Sign("secrecy", re.compile(
        r"\b(?:do not|don'?t|never|without)\s+(?:tell|inform|mention|notify|tell(?:ing)?|asking|alert)\w*\s+(?:the\s+)?(?:user|human|anyone|them)\b", _F), 0.55),
    Sign("impersonates_user", re.compile(
        r"\b(?:this is|a message from|from me,?)\s+(?:me,?\s+)?(?:the user|your user|your (?:owner|boss|principal|operator|developer|creator))\b"
        r"|\bmessage from me\b[^.\n]{0,40}\bto you\b", _F), 0.5),
    Sign("after_that_resume", re.compile(
        r"\b(?:after|once)\s+(?:you(?:'ve| have)?\s+)?(?:do(?:ne)?|did|complete[d]?|finish(?:ed)?)\s+(?:that|this|it)\b[^.\n]{0,40}\b(?:task|continue|resume|proceed)\b", _F), 0.45),
)


def score_text(text: str) -> tuple[float, list[str]]:
    """(score in [0,1], names of the signs found)."""
    found = [s for s in SIGNS if s.pattern.search(text)]
    p_clean = 1.0
    for s in found:
        p_clean *= 1.0 - s.weight
    return 1.0 - p_clean, [s.name for s in found]
