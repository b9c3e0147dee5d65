"""Optional LLM minimiser: an OpenAI-compatible endpoint picks the sentences a recipient does not need.

Rules find personal data by its form and vocabulary. What they miss is sensitivity that only
the story makes clear (a friend's plans next to her diagnosis, an unreleased design): on
PrivacyLens most leaked items sit in sentences with no recognisable form. Reading those takes
a language model, so with `llm.minimise` the outgoing text, after the rule-based rewrite, is
sent sentence by sentence, numbered, with the task, the recipient relation and the norms in
force. The endpoint answers which sentences to drop, and those are removed.

Detected personal values are masked first (`<PERSON_1>`, `<EMAIL_ADDRESS_2>`), so values stay
in the process, but the wording of the sentences does not: this is opt-in. Any failure
(transport, timeout, a reply that is not the JSON asked for) keeps the rule-based result.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from detectors.privacy.engine import Entity
from detectors.privacy.llm import LLMConfig, chat
from detectors.privacy.rewrite import tidy_text
from detectors.privacy.taxonomy import DATA_TYPES, sentences

SYSTEM_PROMPT = (
    "You minimise an outgoing message for an AI agent under contextual integrity. You get the user's "
    "task, who receives the message (their relation to the user), the privacy norms already in force, and "
    "the message split into numbered sentences. Personal values are masked as <TYPE_n>. Decide which "
    "sentences disclose information about a person (the user or anyone else) that this recipient should not "
    "receive for this task: details the task does not need, or that the norms forbid for this recipient. "
    "Keep every sentence the task needs. Answer with JSON only: "
    '{"remove": [{"id": <sentence number>, "type": "<one of: ' + ", ".join(DATA_TYPES) + ', other>"}]}'
    ' and {"remove": []} when nothing should go.'
)


class Removal(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: int = Field(ge=1)
    type: str = "other"


class Reply(BaseModel):
    model_config = ConfigDict(extra="ignore")

    remove: list[Removal]


class MinimiserError(ValueError):
    """The endpoint's reply is not the JSON the minimiser asked for."""


@dataclass(frozen=True)
class Dropped:
    sentence: int  # 1-based, as numbered for the endpoint
    data_type: str


def mask(text: str, entities, names: dict[tuple[str, str], str] | None = None) -> str:  # noqa: ANN001 - engine.Entity spans
    """`text` with each detected value replaced by a typed placeholder, the same value by the same
    one. `names` carries the placeholders across several texts (a message's sentences, its task),
    so `<PERSON_1>` is one person throughout."""
    names = {} if names is None else names
    out, pos = [], 0
    for e in sorted(entities, key=lambda e: (e.start, -e.end)):
        if e.start < pos:
            continue  # overlaps a span already masked
        key = (e.type, e.text)
        if key not in names:
            names[key] = f"<{e.type}_{sum(t == e.type for t, _ in names) + 1}>"
        out.extend((text[pos:e.start], names[key]))
        pos = e.end
    out.append(text[pos:])
    return "".join(out)


def _within(entities, start: int, end: int, text: str) -> list[Entity]:  # noqa: ANN001
    """The entities of `text` that reach into [start, end), cut to it, with offsets from `start`."""
    return [Entity(e.type, max(e.start, start) - start, min(e.end, end) - start, e.score, text[max(e.start, start):min(e.end, end)])
            for e in entities if e.start < end and start < e.end]


_FENCE = re.compile(r"^```(?:json)?\s*|\s*```$")


def parse_reply(content: str, n_sentences: int) -> list[Dropped]:
    """The sentences to drop, from the endpoint's text. Ids out of range are an error (the
    model answered about another message); an unknown type becomes "other"."""
    try:
        data = json.loads(_FENCE.sub("", content.strip()))
        reply = Reply.model_validate(data)
    except (json.JSONDecodeError, ValidationError) as exc:
        raise MinimiserError(f"the minimiser's reply is not {{\"remove\": [{{\"id\": n}}]}} ({type(exc).__name__})") from None
    out: dict[int, Dropped] = {}
    for r in reply.remove:
        if r.id > n_sentences:
            raise MinimiserError(f"the minimiser named sentence {r.id} of a message with {n_sentences}")
        out.setdefault(r.id, Dropped(r.id, r.type if r.type in DATA_TYPES else "other"))
    return sorted(out.values(), key=lambda d: d.sentence)


def minimise(text: str, *, task: str | None, relation: str, norms_in_force: list[dict[str, Any]],
             analyzer, cfg: LLMConfig) -> tuple[str, list[Dropped]]:  # noqa: ANN001 - engine.PiiAnalyzer
    """`text` without the sentences the endpoint says the recipient should not get. Raises on
    any endpoint or reply error; returns `text` unchanged for an empty text or one with more
    than `cfg.max_sentences` sentences."""
    spans = sentences(text)
    if not spans or len(spans) > cfg.max_sentences:
        return text, []
    found, names = analyzer.analyze(text), {}  # one analysis, one set of placeholders for the whole message
    masked = [mask(text[s:e], _within(found, s, e, text), names) for s, e in spans]
    request = {
        "task": mask(task, analyzer.analyze(task), names) if task else None,
        "recipient_relation": relation,
        "norms_in_force": norms_in_force,
        "sentences": [{"id": i, "text": t} for i, t in enumerate(masked, 1)],
    }
    content = chat(cfg, SYSTEM_PROMPT, json.dumps(request, ensure_ascii=False), response_format={"type": "json_object"})
    dropped = parse_reply(content, len(spans))
    if not dropped:
        return text, []
    gone = {d.sentence for d in dropped}
    out, pos = [], 0
    for i, (s, e) in enumerate(spans, 1):
        if i in gone:  # the sentence and the spaces after it; line breaks stay
            out.append(text[pos:s])
            pos = e + len(text[e:]) - len(text[e:].lstrip(" \t"))
    out.append(text[pos:])
    return tidy_text("".join(out)), dropped
