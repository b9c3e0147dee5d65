"""What the guard's decisions do to a chat-completions request and response.

Kept free of HTTP so the streaming and non-streaming paths share one set of rules:
- request: replay history (forwarding what earlier turns decided), check new tool results and
  user messages, turn instructions into a system message, apply rewrites to the forwarded
  messages;
- response: check the model response, then each tool call (refused calls are removed
  and replaced by a refusal the agent can read), then the final output.
"""
from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable

from guard.errors import Refusal
from guard.proxy import mapping
from guard.proxy.backend import maybe_await
from guard.proxy.config import ProxyConfig
from guard.proxy.errors import check_budget_spent, client_gone, halted
from guard.proxy.history import UNSEEN, DecidedMessages
from guard.redaction import shown_name
from guard.verdicts import Action, Decision

REFUSAL_TOOL = "guard_refusal"
GUIDANCE_HEADER = "Guidance from the runtime guard for the next step:"
# what a refused user message reads as when a later turn repeats it in history
WITHHELD = "[message withheld by the runtime guard]"


@dataclass
class PreparedRequest:
    payload: dict[str, Any]
    changed: bool = False
    refusal: str | None = None  # set: answer with this instead of calling the upstream
    decisions: list[Decision] = field(default_factory=list)

    @property
    def model(self) -> str | None:
        m = self.payload.get("model")
        return m if isinstance(m, str) else None


def refusal_text(decision: Decision, hook: str, tool: str | None = None) -> str:
    verdict = decision.deciding
    if decision.action is Action.HALT:
        return f"The guard halted this run: {decision.reason or 'policy'}."
    shown, reason = shown_name(tool), decision.reason or "not allowed by policy"
    if tool and shown != tool:  # reasons quote the tool's name too ("… is in risk class …")
        reason = reason.replace(tool, shown)
    return Refusal(
        tool=shown,
        hook=hook,
        reason=reason,
        interceptor=verdict.interceptor if verdict else None,
        rule=verdict.rule if verdict else None,
    ).message


def _replacement(message: dict[str, Any], content: str) -> Any:
    """The content forwarded for `message`: a text rewrite keeps its other parts; a withheld or
    refused message is the text alone."""
    if isinstance(content, mapping.TextRewrite):
        return mapping.with_text(message.get("content"), str(content))
    return content


async def prepare_request(run: Any, payload: dict[str, Any], cfg: ProxyConfig, active: frozenset[str] | None = None,
                          gone: Callable[[], Awaitable[bool]] | None = None,
                          decided: DecidedMessages | None = None) -> PreparedRequest:
    """`payload` has passed `validate_payload` at the boundary (the proxy's handler, the client
    wrapper), so the mapping can rely on its shapes. `gone`: whether the client has
    disconnected, asked before each check, so a request whose client left stops being
    checked and is never forwarded (each check finishes whole, so the audit trail holds
    every decision taken).

    Every user and tool message after the last assistant message is checked. With `decided`
    (the proxy's memory of earlier turns), one repeated from an earlier turn is forwarded as
    it was decided then (rewritten, or withheld), and one never decided here is checked too:
    a client can write anything into the history it sends."""
    messages = payload["messages"]
    prepared = PreparedRequest(payload=payload)
    cut = mapping.last_assistant_index(messages)
    calls = mapping.tool_call_index(messages)
    new_messages = list(messages)
    instructions: list[str] = []
    budget = cfg.request_check_budget_s
    deadline, checked = (time.monotonic() + budget if budget is not None else float("inf")), 0

    def forward(i: int, content: str | None, rewrite: bool = False) -> None:
        if content is not None:
            if rewrite:  # a rewrite of a message in parts keeps its other parts (image, audio, file) in place
                content = mapping.TextRewrite(content)
            new_messages[i] = {**messages[i], "content": _replacement(messages[i], content)}
            prepared.changed = True
        if decided is not None:
            decided.remember(run.run_id, messages[i], content)

    # History is replayed unchecked, but with `recall`: what an earlier turn's checks learnt from
    # it (an injection in a tool result, an order, where it directs) holds for this turn's calls.
    for i, m in enumerate(messages):
        role = m.get("role")
        if role not in ("user", "tool", "function") or (i <= cut and decided is None):
            for event in mapping.history_events([m], calls):
                await maybe_await(run.observe(event, recall=True))
            continue
        if i <= cut:
            outcome = decided.outcome(run.run_id, m)  # type: ignore[union-attr]
            if outcome is not UNSEEN:
                for event in mapping.history_events([m], calls):
                    await maybe_await(run.observe(event, recall=True))
                if outcome is not None:
                    new_messages[i] = {**m, "content": _replacement(m, outcome)}
                    prepared.changed = True
                continue
        await _stop_if_gone(gone)
        if time.monotonic() > deadline:
            left = sum(1 for m2 in messages[i:] if m2.get("role") in ("user", "tool", "function"))
            raise check_budget_spent(budget, checked, left)  # type: ignore[arg-type]
        checked += 1
        if role == "user":
            d = await run.input(mapping.content_text(m.get("content")))
            prepared.decisions.append(d)
            if _stops(d):
                raise_if_halted(d)
                if i > cut:  # the newest turn: refused as a whole
                    prepared.refusal = refusal_text(d, "input")
                    forward(i, WITHHELD)
                    return prepared
                forward(i, WITHHELD)  # history: what was never forwarded is not forwarded now
            elif d.rewritten and getattr(d.event, "content", None) is not None:
                forward(i, d.event.content, rewrite=True)
            else:
                forward(i, None)
            instructions.extend(d.instructions)
        else:
            ev = mapping.tool_result_event(m, calls)
            d = await run.tool_result(ev.tool, ev.result, arguments=ev.arguments, call_id=ev.call_id)
            prepared.decisions.append(d)
            if _stops(d):
                raise_if_halted(d)
                forward(i, refusal_text(d, "tool_result", ev.tool))
            elif d.rewritten:
                forward(i, mapping.result_content(getattr(d.event, "result", ev.result)), rewrite=True)
            else:
                forward(i, None)
            instructions.extend(d.instructions)

    for i, m in enumerate(new_messages):  # text parts that meet inside a word go as the checks read them
        if m.get("role") in ("user", "tool", "function"):
            content = mapping.with_line_breaks(m.get("content"))
            if content is not m.get("content"):
                new_messages[i] = {**m, "content": content}
                prepared.changed = True
    await _stop_if_gone(gone)
    if cfg.check_model_request and (active is None or "model_request" in active):
        d = await run.model_request([mapping.to_message(m) for m in new_messages], model=payload.get("model"))
        prepared.decisions.append(d)
        if _stops(d):
            raise_if_halted(d)
            prepared.refusal = refusal_text(d, "model_request")
            return prepared
        if d.rewritten and getattr(d.event, "messages", None) is not None:
            new_messages = [mapping.from_message(msg) for msg in d.event.messages]
            prepared.changed = True
        instructions.extend(i for i in d.instructions if i not in instructions)

    if instructions:
        new_messages.append({"role": "system", "content": GUIDANCE_HEADER + "\n" + "\n".join(f"- {t}" for t in dict.fromkeys(instructions))})
        prepared.changed = True
    if prepared.changed:
        prepared.payload = {**payload, "messages": new_messages}
    return prepared


async def _stop_if_gone(gone: Callable[[], Awaitable[bool]] | None) -> None:
    if gone is not None and await gone():
        raise client_gone()


def _stops(d: Decision) -> bool:
    return not d.allowed


def raise_if_halted(d: Decision) -> None:
    """A halt ends the run, whichever hook decided it: the caller answers 403 `run_halted` (an
    error event mid-stream; `GuardHalted` in the client wrapper), never an ordinary reply."""
    if d.action is Action.HALT:
        raise halted(d.reason or "policy")


# --------------------------------------------------------------------------- response


@dataclass
class ResponseOutcome:
    content: str | None
    tool_calls: list[dict[str, Any]]
    finish_reason: str | None
    content_replaced: bool = False  # content is no longer an extension of what the model said


# The id a legacy `function_call` is checked under (it has none): how the answer is split back
# into `function_call` and `tool_calls`, whether or not the other calls carry ids.
LEGACY_CALL_ID = "legacy_function_call"


async def decide_response(
    run: Any,
    content: str | None,
    raw_calls: list[dict[str, Any]],
    finish_reason: str | None,
    cfg: ProxyConfig,
    model: str | None = None,
) -> ResponseOutcome:
    """Apply model_response, tool_call and output decisions to one choice."""
    requests = mapping.tool_call_requests(raw_calls)
    d = await run.model_response(content, requests)
    if _stops(d):
        raise_if_halted(d)
        return ResponseOutcome(refusal_text(d, "model_response"), [], "content_filter", content_replaced=True)
    if d.rewritten:
        ev = d.event
        if getattr(ev, "content", content) != content:
            content = ev.content
        new_requests = getattr(ev, "tool_calls", requests)
        if [r.model_dump() for r in new_requests] != [r.model_dump() for r in requests]:
            raw_calls = [_raw_call(r.id, r.name, mapping.dump_arguments(r.arguments)) for r in new_requests]
            requests = new_requests

    if raw_calls and content:  # text sent along with tool calls reaches the user too: a partial output
        content, stopped = await _checked_output(run, content, partial=True)
        if stopped is not None:
            return stopped

    kept: list[dict[str, Any]] = []
    refusals: list[str] = []
    for raw, req in zip(raw_calls, requests):
        d = await run.tool_call(req.name, req.arguments, call_id=req.id)
        if _stops(d):
            raise_if_halted(d)
            text = refusal_text(d, "tool_call", req.name)
            if cfg.refusal_style == "guard_refusal":
                shown = shown_name(req.name)  # the model named it: it is content, not an identifier
                reason = (d.reason or "not allowed by policy").replace(req.name, shown) if req.name else d.reason
                args = {"tool": shown, "reason": reason or "not allowed by policy", "message": text}
                kept.append(_raw_call(req.id, REFUSAL_TOOL, json.dumps(args, ensure_ascii=False), raw.get("type")))
            else:
                refusals.append(text)
            continue
        if d.rewritten and getattr(d.event, "arguments", req.arguments) != req.arguments:
            raw = _raw_call(req.id, req.name, mapping.dump_arguments(d.event.arguments), raw.get("type"))
        else:  # only what the check read: a provider's extra fields in a call are unchecked text
            fn = raw.get("function") if isinstance(raw.get("function"), dict) else {}
            arguments = fn.get("arguments") if isinstance(fn.get("arguments"), str) else mapping.dump_arguments(req.arguments)
            raw = _raw_call(raw.get("id"), fn.get("name") or req.name, arguments, raw.get("type"))
        kept.append(raw)

    if refusals:
        if not kept:  # nothing left to call: the text is the final answer, and is checked as one
            finish_reason = "stop"
            if content:
                content, stopped = await _checked_output(run, content, partial=False)
                if stopped is not None:
                    return stopped
        text = "\n".join(refusals)
        content = f"{content}\n\n{text}" if content else text
        return ResponseOutcome(content, kept, finish_reason)

    if not raw_calls and content:
        content, stopped = await _checked_output(run, content, partial=False)
        if stopped is not None:
            return stopped
    return ResponseOutcome(content, kept, finish_reason)


async def _checked_output(run: Any, content: str, partial: bool) -> tuple[str, ResponseOutcome | None]:
    """`content` as the output check leaves it, or the outcome that replaces the whole choice."""
    d = await run.output(content, partial=partial)
    if _stops(d):
        raise_if_halted(d)
        return content, ResponseOutcome(refusal_text(d, "output"), [], "content_filter", content_replaced=True)
    if d.rewritten and getattr(d.event, "content", content) != content:
        content = d.event.content
    return content, None


def _raw_call(call_id: str | None, name: str, arguments: str, type_: str | None = "function") -> dict[str, Any]:
    return {"id": call_id, "type": type_ or "function", "function": {"name": name, "arguments": arguments}}
