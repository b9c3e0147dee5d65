"""The proxy's pieces on their own: SSE parsing at every split point, the stream
assembler's guarantees (tool calls, hold-back window), config validation, CLI, auth."""
from __future__ import annotations

import asyncio
import json
import random
import re
import sys

import httpx
import pytest
from pydantic import BaseModel

from guard.cli.main import main as guard_main
from guard.core import Guard
from guard.errors import PolicyError
from guard.events import Hook
from guard.interceptors import BaseInterceptor, register
from guard.policy import load_policy
from guard.proxy import mapping
from guard.proxy.auth import KeyChecker
from guard.proxy.config import ProxyConfig, check_bind, hash_key, load_proxy_config
from guard.proxy.errors import ProxyError
from guard.proxy.sse import SSEError, SSEParser, frame
from guard.proxy.streaming import StreamAssembler
from guard.proxy.validation import validate_payload
from guard.verdicts import Verdict

EVENTS = [
    {"id": "c", "choices": [{"index": 0, "delta": {"content": "naïve 世界 🎉"}, "finish_reason": None}]},
    {"id": "c", "choices": [{"index": 0, "delta": {"tool_calls": [{"index": 0, "function": {"arguments": '{"a": "é'}}]}}]},
    {"id": "c", "choices": [], "usage": {"total_tokens": 3}},
]


def _wire() -> bytes:
    return b"".join(frame(e) for e in EVENTS) + b": keep-alive\n\n" + b"data: [DONE]\n\n"


def _expected() -> list[tuple[None, bytes]]:
    return [(None, json.dumps(e, ensure_ascii=False, separators=(",", ":")).encode()) for e in EVENTS] + [(None, b"[DONE]")]


def _feed_at(wire: bytes, cuts: list[int]) -> list:
    p = SSEParser()
    bounds = [0] + cuts + [len(wire)]
    return [e for i, j in zip(bounds, bounds[1:]) for e in p.feed(wire[i:j])] + p.close()


def test_sse_parser_every_single_split_point():
    wire = _wire()
    for cut in range(len(wire) + 1):
        assert _feed_at(wire, [cut]) == _expected(), cut


@pytest.mark.parametrize("eol", [b"\r\n", b"\r"])
def test_sse_parser_every_split_point_with_crlf_and_bare_cr_line_ends(eol):
    """The spec's three line ends: a CR that ends one read and an LF that opens the next are one
    line end, never a blank line that would cut an event in two."""
    wire = _wire().replace(b"\n", eol)
    for cut in range(len(wire) + 1):
        assert _feed_at(wire, [cut]) == _expected(), cut
    mixed = _wire().replace(b"\n\n", b"\r\r", 1).replace(b"\n\n", b"\r\n\r\n", 1).replace(b"\n", b"\r")
    for cut in range(len(mixed) + 1):
        assert _feed_at(mixed, [cut]) == _expected(), cut


def test_sse_parser_random_byte_splits_and_crlf():
    wire = _wire().replace(b"\n", b"\r\n")
    rng = random.Random(0)
    for _ in range(200):
        out = _feed_at(wire, sorted(rng.sample(range(1, len(wire)), 6)))
        assert out[-1] == (None, b"[DONE]") and len(out) == 4
        assert json.loads(out[0][1])["choices"][0]["delta"]["content"] == "naïve 世界 🎉"


def test_sse_parser_skips_events_without_data_and_keeps_event_names():
    wire = (b"data:\n\n"  # no payload: nothing to dispatch
            b"data\n\n"
            b"id: 7\nretry: 10\n\n"
            b"event: ping\ndata: {}\n\n"
            b"event: message\ndata: {\"a\":1}\n\n"  # the default type, named
            b"event: error\ndata: {\"message\":\"boom\"}\n\n"
            b"event: ping\n\n"  # no data: nothing, and the name does not stick to the next event
            b"data: x\ndata:  y\n\n")
    for cut in range(len(wire) + 1):
        assert _feed_at(wire, [cut]) == [("ping", b"{}"), (None, b'{"a":1}'), ("error", b'{"message":"boom"}'), (None, b"x\n y")], cut


def test_sse_parser_bounds_event_size():
    with pytest.raises(SSEError):  # an event still arriving
        SSEParser(max_event_bytes=100).feed(b"data: " + b"x" * 200)
    with pytest.raises(SSEError):  # one read holding the whole event
        SSEParser(max_event_bytes=100).feed(b"data: " + b"x" * 200 + b"\n\n")
    p = SSEParser(max_event_bytes=100)
    with pytest.raises(SSEError):  # many lines, each short
        for _ in range(30):
            p.feed(b"data: xxxxxxxx\n")
    p = SSEParser(max_event_bytes=100)
    assert [p.feed(b"data: " + b"x" * 90 + b"\n\n") for _ in range(30)][-1] == [(None, b"x" * 90)]  # the bound is per event


# ----------------------------------------------------------------------------- assembler


@register("tests.proxy_seen")
class Seen(BaseInterceptor):
    """Records every output text it is shown (test policy content)."""

    hooks = frozenset({Hook.OUTPUT})
    inline = True
    log: list[tuple[bool, int]] = []

    def check(self, event, ctx):
        Seen.log.append((event.partial, len(event.content)))
        return Verdict.allow()


def _guard(extra: list[dict] | None = None) -> Guard:
    policy = load_policy("default").model_dump(mode="json")
    policy["interceptors"] += extra or []
    policy["telemetry"] = {"exporter": "none"}
    return Guard(policy, audit=False)


def _chunk(delta: dict, finish: str | None = None) -> dict:
    return {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m", "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}


async def _drive(guard: Guard, chunks: list[dict], cfg: ProxyConfig, after_each=None) -> list[bytes]:
    frames: list[bytes] = []
    active = frozenset(h.value for h in Hook if guard.pipeline.stages_for(h))  # as the proxy's backend passes it
    async with guard.run(agent="t", run_id="unit") as run:
        asm = StreamAssembler(run, cfg, "m", active)
        for c in chunks:
            frames += await asm.on_chunk(c)
            if after_each:
                after_each(asm)
        frames += await asm.on_done(chunks[-1])
    return frames


def _sent(frames: list[bytes]) -> list[dict]:
    return [json.loads(f[len(b"data: "):]) for f in frames]


def _text(sent: list[dict]) -> str:
    """All content the client received, in order."""
    return "".join(ch["delta"].get("content") or "" for c in sent for ch in c["choices"])


def _calls(sent: list[dict]) -> list[dict]:
    """Every tool-call delta the client received, in order."""
    return [tc for c in sent for ch in c["choices"] for tc in ch["delta"].get("tool_calls") or []]


def test_tool_call_deltas_split_at_every_character_are_held_and_checked():
    args_ok = json.dumps({"q": "weather in Zürich", "n": 3}, ensure_ascii=False)
    args_bad = json.dumps({"to": "mallory", "amount": 123456})
    chunks = [_chunk({"role": "assistant", "content": None})]
    first = [{"index": 0, "id": "a", "type": "function", "function": {"name": "search", "arguments": ""}},
             {"index": 1, "id": "b", "type": "function", "function": {"name": "transfer_funds", "arguments": ""}}]
    chunks += [_chunk({"tool_calls": [d]}) for d in first]
    for i in range(max(len(args_ok), len(args_bad))):  # interleaved, one character per delta
        for idx, a in ((0, args_ok), (1, args_bad)):
            if i < len(a):
                chunks.append(_chunk({"tool_calls": [{"index": idx, "function": {"arguments": a[i]}}]}))
    chunks.append(_chunk({}, "tool_calls"))
    sent_before_finish = []

    def watch(asm):
        sent_before_finish.append(any(st.finished for st in asm.choices.values()))

    guard = _guard()
    frames = asyncio.run(_drive(guard, chunks, ProxyConfig(upstream="http://x/v1"), watch))
    sent = _sent(frames)
    calls = _calls(sent)
    assert [(c["id"], c["function"]["name"], c["function"]["arguments"]) for c in calls] == [("a", "search", args_ok)]
    blob = b"".join(frames).decode()
    assert "mallory" not in blob and "123456" not in blob
    # nothing about any call left before the finish chunk: the only frame with tool_calls comes after all deltas
    idx_calls = next(i for i, c in enumerate(sent) if any(ch["delta"].get("tool_calls") for ch in c["choices"]))
    assert idx_calls >= len(sent) - 2
    # no choice counted as finished before the finish chunk arrived, and it is after it
    assert not any(sent_before_finish[:-1]) and sent_before_finish[-1], sent_before_finish
    guard.close()


def _call_delta(**fn) -> dict:
    return {"tool_calls": [{"index": 0, "id": "c", "type": "function", "function": {"name": "run_shell", "arguments": "{}", **fn}}]}


MALFORMED_CHOICES = [  # (choice, the field the error names)
    ({"index": 0, "delta": _call_delta(arguments=5)}, "choices[0].delta.tool_calls[0].function.arguments"),
    ({"index": 0, "delta": _call_delta(name=["run_shell"])}, "choices[0].delta.tool_calls[0].function.name"),
    ({"index": 0, "delta": {"tool_calls": [{"index": "0", "function": {"arguments": "{}"}}]}}, "choices[0].delta.tool_calls[0].index"),
    ({"index": 0, "delta": {"tool_calls": [{"index": 0, "function": "run_shell"}]}}, "choices[0].delta.tool_calls[0].function"),
    ({"index": 0, "delta": {"tool_calls": [{"index": 0, "id": 7}]}}, "choices[0].delta.tool_calls[0].id"),
    ({"index": 0, "delta": {"tool_calls": ["run_shell"]}}, "choices[0].delta.tool_calls[0]"),
    ({"index": 0, "delta": {"tool_calls": {"index": 0}}}, "choices[0].delta.tool_calls"),
    ({"index": 0, "delta": {"function_call": {"name": "run_shell", "arguments": {"cmd": "ls"}}}}, "choices[0].delta.function_call.arguments"),
    ({"index": 0, "delta": {"function_call": "run_shell"}}, "choices[0].delta.function_call"),
    ({"index": 0, "delta": {"content": 5}}, "choices[0].delta.content"),
    ({"index": 0, "delta": {"content": ["hi"]}}, "choices[0].delta.content"),
    ({"index": 0, "delta": "hi"}, "choices[0].delta"),
    ({"index": 0, "delta": ["hi"]}, "choices[0].delta"),
    ({"index": [0], "delta": {}}, "choices[0].index"),
    ({"index": True, "delta": {}}, "choices[0].index"),
    ({"index": 0, "delta": {}, "finish_reason": {"type": "stop"}}, "choices[0].finish_reason"),
]


def test_a_malformed_chunk_ends_the_stream_and_held_calls_stay_held():
    """Every field of a chunk the assembler reads is checked first: a wrongly typed one is a
    `malformed_stream` error naming it (was a TypeError, a crash of the stream handler, or for
    some fields silently accepted), the whole chunk is rejected before anything of it is
    absorbed or decided, and the tool call held back so far never leaves."""
    guard = _guard()
    cfg = ProxyConfig(upstream="http://x/v1")
    held = _chunk({"tool_calls": [{"index": 0, "id": "a", "type": "function", "function": {"name": "exec_shell", "arguments": '{"cmd": "ls"}'}}]})

    async def case(bad: dict, finishing: bool) -> tuple[list[bytes], ProxyError | None, StreamAssembler]:
        async with guard.run(agent="t", run_id="unit") as run:
            asm = StreamAssembler(run, cfg, "m")
            frames = await asm.on_chunk(_chunk({"role": "assistant", "content": None}))
            frames += await asm.on_chunk(held)
            # choice 0 finishes in the same chunk as the malformed choice: it is not decided either
            chunk = {**_chunk({}, "tool_calls"), "choices": ([{"index": 0, "delta": {}, "finish_reason": "tool_calls"}] if finishing else []) + [bad]}
            try:
                frames += await asm.on_chunk(chunk)
            except ProxyError as err:
                return frames, err, asm
            return frames, None, asm

    for bad, where in MALFORMED_CHOICES:
        for finishing in (False, True):
            if finishing:
                bad = {**bad, "index": bad["index"] if "index" in where else 1}
                where = where.replace("choices[0]", "choices[1]")
            frames, err, asm = asyncio.run(case(bad, finishing))
            assert err is not None and err.code == "malformed_stream" and err.status == 502, (bad, finishing)
            assert f"`{where}`" in err.message, (err.message, where)
            assert b"tool_calls" not in b"".join(frames) and not asm.choices[0].finished and asm.choices[0].calls, (bad, finishing)
    # what the checks let through: absent and null fields, as upstreams send them
    ok = [_chunk({"role": "assistant", "content": None, "tool_calls": None, "function_call": None}),
          {"id": "c1", "choices": [{"index": 0, "delta": None, "finish_reason": None}]},
          _chunk({"tool_calls": [{"index": 0, "id": "a", "type": "function", "function": {"name": "search", "arguments": None}}]}),
          # no index and no id: the call in progress (it once opened a nameless call that was forwarded)
          _chunk({"tool_calls": [{"function": {"arguments": '{"q": "x"}'}}]}),
          {"id": "c1", "choices": [], "usage": {"total_tokens": 1}},
          _chunk({}, "tool_calls")]
    calls = _calls(_sent(asyncio.run(_drive(guard, ok, cfg))))
    assert [(c["function"]["name"], c["function"]["arguments"]) for c in calls] == [("search", '{"q": "x"}')]
    guard.close()


@register("tests.proxy_mask_pattern")
class MaskPattern(BaseInterceptor):
    """Rewrites every match of a pattern in the output; with `final_only`, only in the final
    (non-partial) check."""

    hooks = frozenset({Hook.OUTPUT})
    inline = True

    class Config(BaseModel):
        pattern: str
        replacement: str = "[REDACTED]"
        final_only: bool = False

    def check(self, event, ctx):
        if self.config.final_only and event.partial:
            return Verdict.allow()
        new = re.sub(self.config.pattern, self.config.replacement, event.content)
        return Verdict.allow() if new == event.content else Verdict.rewrite_to({"content": new}, "masked")


@pytest.mark.parametrize("final_only", [False, True])
def test_a_rewrite_that_reaches_text_already_sent_stops_the_stream_instead_of_garbling_it(final_only):
    """A word longer than the hold-back window can be partly out before it is seen whole: the
    text already sent cannot be taken back, so the stream ends there (content_filter)."""
    text = "intro words here " + "SUPERCALIFRAGILISTIC" + " and a long tail after it" * 4
    guard = _guard([{"use": "tests.proxy_mask_pattern",
                     "config": {"pattern": "SUPERCALIFRAGILISTIC", "replacement": "[masked]", "final_only": final_only}}])
    chunks = [_chunk({"role": "assistant", "content": ""})] + [_chunk({"content": text[i:i + 2]}) for i in range(0, len(text), 2)]
    chunks.append(_chunk({}, "stop"))
    sent = _sent(asyncio.run(_drive(guard, chunks, ProxyConfig(upstream="http://x/v1", hold_back_chars=4))))
    content = _text(sent)
    finishes = [ch["finish_reason"] for c in sent for ch in c["choices"] if ch["finish_reason"]]
    assert finishes == ["content_filter"]
    assert "SUPER" in content and text.startswith(content), content  # only a prefix of what the model said
    assert "[masked]" not in content  # never a rewritten copy spliced after what was already sent
    if not final_only:  # the partial checks saw the word whole before its last characters left
        assert "SUPERCALIFRAGILISTIC" not in content
    guard.close()


def test_a_partial_rewrite_of_a_token_still_arriving_waits_for_the_whole_token():
    # "SECRET-k7" was rewritten while "Qz9…" was still on its way, and the rest of the key went out
    guard = _guard([{"use": "tests.proxy_mask_pattern", "config": {"pattern": r"SECRET-[A-Za-z0-9]+"}}])
    chunks = [_chunk({"role": "assistant", "content": ""}), _chunk({"content": "x" * 130 + "SECRET-k7"}),
              _chunk({"content": "Qz9XbP2mLw4Rt8Yv1Nc6Hd3Jf5Gs0A done."}), _chunk({}, "stop")]
    content = _text(_sent(asyncio.run(_drive(guard, chunks, ProxyConfig(upstream="http://x/v1", hold_back_chars=64)))))
    assert content == "x" * 130 + "[REDACTED] done."
    guard.close()


@register("tests.proxy_refuse_visible")
class RefuseVisible(BaseInterceptor):
    """Refuses output that spells a phrase once invisible characters are ignored."""

    hooks = frozenset({Hook.OUTPUT})
    inline = True

    def check(self, event, ctx):
        from guard.redaction import strip_invisible

        return Verdict.refuse("phrase") if "SECRET-PHRASE" in strip_invisible(event.content) else Verdict.allow()


def test_invisible_padding_does_not_stretch_a_phrase_past_the_hold_back_window():
    # 70 zero-width spaces between letters: the window counted them, and "SECRET-PHRA" left first
    padded = "\u200b" * 70
    text = "intro words " * 20 + padded.join("SECRET-PHRASE") + " and the rest"
    guard = _guard([{"use": "tests.proxy_refuse_visible"}])
    chunks = [_chunk({"role": "assistant", "content": ""})] + [_chunk({"content": text[i:i + 5]}) for i in range(0, len(text), 5)]
    chunks.append(_chunk({}, "stop"))
    content = _text(_sent(asyncio.run(_drive(guard, chunks, ProxyConfig(upstream="http://x/v1", hold_back_chars=64)))))
    assert "SEC" not in content.replace("\u200b", "") and "intro words" in content
    guard.close()


def test_done_without_a_finish_reason_still_releases_held_text_and_decided_calls():
    """Some upstreams end with [DONE] and never send a finish_reason: what the guard held back
    is decided and sent then, not lost."""
    text = "the forecast for Oslo is ready"
    chunks = [_chunk({"content": text[i:i + 5]}) for i in range(0, len(text), 5)]
    chunks += [_chunk({"tool_calls": [{"index": 0, "id": "a", "type": "function", "function": {"name": "search", "arguments": '{"q": "Oslo"}'}}]}),
               _chunk({"tool_calls": [{"index": 1, "id": "b", "type": "function", "function": {"name": "exec_shell", "arguments": '{"cmd": "rm -rf /"}'}}]})]
    guard = _guard()
    frames = asyncio.run(_drive(guard, chunks, ProxyConfig(upstream="http://x/v1", hold_back_chars=12)))
    sent = _sent(frames)
    assert _text(sent).startswith(text)
    calls = _calls(sent)
    assert [(tc["id"], tc["function"]["name"]) for tc in calls] == [("a", "search")]
    assert "rm -rf" not in b"".join(frames).decode()
    guard.close()


def test_streamed_logprobs_are_dropped_since_they_would_carry_held_back_text():
    chunks = []
    for word in ("alpha ", "bravo ", "charlie ", "delta"):
        c = _chunk({"content": word})
        c["choices"][0]["logprobs"] = {"content": [{"token": word, "logprob": -0.1, "top_logprobs": []}]}
        chunks.append(c)
    chunks.append(_chunk({}, "stop"))
    guard = _guard()
    sent = _sent(asyncio.run(_drive(guard, chunks, ProxyConfig(upstream="http://x/v1", hold_back_chars=10))))
    assert all("logprobs" not in ch for c in sent for ch in c["choices"])
    assert _text(sent) == "alpha bravo charlie delta"
    guard.close()


def test_a_legacy_function_call_is_held_too_and_a_refused_one_never_leaves():
    args = json.dumps({"to": "mallory", "amount": 123456})
    chunks = [_chunk({"role": "assistant", "content": None}), _chunk({"function_call": {"name": "transfer_funds", "arguments": ""}})]
    chunks += [_chunk({"function_call": {"arguments": args[i:i + 2]}}) for i in range(0, len(args), 2)]
    chunks.append(_chunk({}, "function_call"))
    guard = _guard()
    frames = asyncio.run(_drive(guard, chunks, ProxyConfig(upstream="http://x/v1")))
    blob = b"".join(frames).decode()
    assert "transfer_funds" in blob  # named in the refusal text the agent reads
    assert "mallory" not in blob and "123456" not in blob and '"function_call"' not in blob
    last = _sent(frames)[-1]["choices"][0]
    assert last["finish_reason"] == "stop"
    allowed = [_chunk({"function_call": {"name": "search", "arguments": ""}}), _chunk({"function_call": {"arguments": '{"q": "Oslo"}'}}),
               _chunk({}, "function_call")]
    sent = _sent(asyncio.run(_drive(guard, allowed, ProxyConfig(upstream="http://x/v1"))))
    calls = [ch["delta"]["function_call"] for c in sent for ch in c["choices"] if "function_call" in ch["delta"]]
    assert calls == [{"name": "search", "arguments": '{"q": "Oslo"}'}]  # sent once, whole, after the decision
    guard.close()


@pytest.mark.parametrize("hold", [1, 7, 40])
def test_hold_back_window_every_released_char_was_checked_with_lookahead(hold):
    Seen.log = []
    guard = _guard([{"use": "tests.proxy_seen"}])
    text = "".join(f"word{i} " for i in range(120))
    chunks = [_chunk({"role": "assistant", "content": ""})] + [_chunk({"content": text[i:i + 3]}) for i in range(0, len(text), 3)]
    chunks.append(_chunk({}, "stop"))
    violations = []
    released_total = [0]

    def watch(asm):
        st = asm.choices[0]
        if st.finished:
            return
        checked = max((n for partial, n in Seen.log if partial), default=0)
        if len(st.released) > 0 and len(st.released) > checked - hold:
            violations.append((len(st.released), checked))
        released_total[0] = len(st.released)

    frames = asyncio.run(_drive(guard, chunks, ProxyConfig(upstream="http://x/v1", hold_back_chars=hold), watch))
    assert not violations
    content = _text(_sent(frames))
    assert content == text
    assert Seen.log[-1] == (False, len(text))  # the final output check saw everything
    assert 0 < sum(1 for partial, _ in Seen.log if partial) <= len(text) // hold + 1  # bounded number of checks
    guard.close()


# ----------------------------------------------------------------------------- mapping


def test_run_id_follows_the_conversation_prefix():
    a = [{"role": "system", "content": "s"}, {"role": "user", "content": "hello"}]
    later = a + [{"role": "assistant", "content": "hi"}, {"role": "user", "content": "more"}]
    assert mapping.derive_run_id(a) == mapping.derive_run_id(later)
    assert mapping.derive_run_id(a) != mapping.derive_run_id([{"role": "user", "content": "hello!"}])


def test_history_events_pair_tool_results_with_their_calls():
    msgs = [
        {"role": "user", "content": [{"type": "text", "text": "find"}]},
        {"role": "assistant", "content": None, "tool_calls": [{"id": "t1", "type": "function", "function": {"name": "search", "arguments": '{"q": 1}'}}]},
        {"role": "tool", "tool_call_id": "t1", "content": '{"hits": 2}'},
    ]
    events = mapping.history_events(msgs, mapping.tool_call_index(msgs))
    assert [e.hook for e in events] == ["input", "model_response", "tool_call", "tool_result"]
    assert events[0].content == "find" and events[3].tool == "search" and events[3].result == {"hits": 2}
    assert mapping.parse_arguments("{not json") == {mapping.RAW_ARGUMENTS_KEY: "{not json"}
    assert mapping.dump_arguments({mapping.RAW_ARGUMENTS_KEY: "{not json"}) == "{not json"


# ----------------------------------------------------------------------------- config, auth, CLI


def test_config_errors_name_the_field():
    with pytest.raises(PolicyError) as exc:
        load_proxy_config({"hold_back_chars": -1, "bogus": 1, "api_key_hashes": ["plain-secret"]})
    text = str(exc.value)
    assert "proxy.hold_back_chars" in text and "proxy.bogus: unknown field" in text and "proxy.api_key_hashes" in text
    assert "plain-secret" not in text and "never keys" in text


def test_the_server_process_tunes_the_collector_after_warm_up_and_an_embedded_app_does_not(tmp_path):
    import gc

    import yaml

    from starlette.testclient import TestClient

    from guard.proxy.server import build_app

    threshold, frozen = gc.get_threshold(), gc.get_freeze_count()
    try:
        with TestClient(build_app("permissive", {"upstream": "http://u/v1"}, pass_through=True)):
            assert gc.get_threshold() == threshold and gc.get_freeze_count() == frozen
        with TestClient(build_app("permissive", {"upstream": "http://u/v1"}, pass_through=True, server_gc=True)):
            assert gc.get_threshold() == (10_000, *threshold[1:]) and gc.get_freeze_count() > frozen
        gc.unfreeze()
        gc.set_threshold(*threshold)
        frozen = gc.get_freeze_count()
        policy = load_policy("permissive").model_dump(mode="json", exclude_none=True)
        policy["proxy"] = {"upstream": "http://u/v1", "gc_freeze": False, "gc_young_threshold": None}
        (tmp_path / "p.yaml").write_text(yaml.safe_dump(policy))
        with TestClient(build_app(str(tmp_path / "p.yaml"), {}, pass_through=True, server_gc=True)):
            assert gc.get_threshold() == threshold and gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)
    with pytest.raises(PolicyError, match=r"proxy\.gc_young_threshold"):
        load_proxy_config({"gc_young_threshold": 5})
    with pytest.raises(PolicyError, match=r"proxy\.gc_young_threshold"):
        load_proxy_config({"gc_young_threshold": 10**7})


def test_serve_and_each_worker_build_their_app_with_the_collector_tuned(monkeypatch):
    import gc
    import json

    import uvicorn
    from starlette.testclient import TestClient

    from guard.proxy import server
    from guard.proxy.config import ProxyConfig

    served: list = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: served.append(app))
    cfg = ProxyConfig(upstream="http://u/v1")
    server.serve("permissive", {"upstream": "http://u/v1"}, cfg, pass_through=True)
    monkeypatch.setenv(server.SETTINGS_ENV, json.dumps({"policy": "permissive", "overrides": {"upstream": "http://u/v1"}, "pass_through": True}))
    served.append(server.app_from_env())
    threshold = gc.get_threshold()
    for app in served:
        try:
            with TestClient(app):
                assert gc.get_threshold()[0] == 10_000
        finally:
            gc.unfreeze()
            gc.set_threshold(*threshold)


def test_unauthenticated_proxy_stays_on_loopback():
    assert "refusing to bind" in check_bind(ProxyConfig(upstream="http://u/v1", host="0.0.0.0"))
    assert check_bind(ProxyConfig(upstream="http://u/v1", host="0.0.0.0", allow_non_loopback=True)) is None
    assert check_bind(ProxyConfig(upstream="http://u/v1", host="0.0.0.0", api_key_hashes=[hash_key("k")])) is None
    assert check_bind(ProxyConfig(upstream="http://u/v1", host="::1")) is None
    assert "upstream" in check_bind(ProxyConfig())


def test_key_checker():
    kc = KeyChecker([hash_key("k1"), hash_key("k2")])
    assert kc.accepts("Bearer k2") and kc.accepts(None, "k1") and kc.accepts("bearer k1")
    assert not kc.accepts("Bearer k3") and not kc.accepts(None) and not kc.accepts("Basic k1")
    assert KeyChecker([]).accepts(None)


def test_cli_check_reports_bad_proxy_section(tmp_path, capsys):
    bad = tmp_path / "p.yaml"
    bad.write_text("name: p\nversion: 1\nproxy:\n  upstream: http://127.0.0.1:9/v1\n  refusal_style: shout\n  port: 99999\n")
    assert guard_main(["proxy", "--policy", str(bad), "--check"]) == 2
    err = capsys.readouterr().err
    assert "proxy.refusal_style" in err and "proxy.port" in err
    good = tmp_path / "g.yaml"
    good.write_text("name: p\nversion: 1\nproxy:\n  upstream: http://127.0.0.1:9/v1\n  hold_back_chars: 12\n")
    assert guard_main(["proxy", "--policy", str(good), "--check"]) == 0
    assert "hold-back 12 chars" in capsys.readouterr().out
    assert guard_main(["proxy", "--policy", str(good), "--check", "--host", "0.0.0.0"]) == 2
    assert "refusing to bind" in capsys.readouterr().err
    assert guard_main(["proxy", "--policy", str(tmp_path / "missing.yaml"), "--check"]) == 2


def test_cli_check_says_which_key_the_upstream_gets(tmp_path, capsys, monkeypatch):
    good = tmp_path / "g.yaml"
    good.write_text("name: p\nversion: 1\nproxy:\n  upstream: http://127.0.0.1:9/v1\n")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-not-printed")
    assert guard_main(["proxy", "--policy", str(good), "--check"]) == 0
    out = capsys.readouterr().out
    assert "key from $OPENAI_API_KEY" in out and "sk-test" not in out
    monkeypatch.delenv("OPENAI_API_KEY")  # it once still said "key from $OPENAI_API_KEY"
    assert guard_main(["proxy", "--policy", str(good), "--check"]) == 0
    assert "$OPENAI_API_KEY is not set: each client's own Authorization header is passed on" in capsys.readouterr().out
    good.write_text("name: p\nversion: 1\nproxy:\n  upstream: http://127.0.0.1:9/v1\n  forward_client_auth: false\n")
    assert guard_main(["proxy", "--policy", str(good), "--check"]) == 0
    assert "requests go without a key" in capsys.readouterr().out


def test_cli_flag_errors_name_the_flag_not_the_policy(capsys):
    assert guard_main(["proxy", "--port", "99999", "--workers", "0", "--upstream", "http://127.0.0.1:9/v1", "--check"]) == 2
    err = capsys.readouterr().err
    assert "--port: " in err and "65535" in err and "--workers: " in err
    assert "invalid policy" not in err and "proxy.port" not in err
    assert guard_main(["proxy", "--upstream", "ftp://x", "--check"]) == 2
    assert "--upstream: must be an http:// or https:// URL" in capsys.readouterr().err


@pytest.mark.parametrize(("url", "said"), [("http://127.0.0.1:abc/v1", "its host or port cannot be read"),
                                           ("http://127.0.0.1:99999/v1", "its host or port cannot be read"),
                                           ("http:///v1", "must name a host")])
def test_an_upstream_whose_port_or_host_cannot_be_read_fails_the_check(capsys, url, said):
    """`--check` said ok, and serving then died with a traceback at the first request's client."""
    assert guard_main(["proxy", "--upstream", url, "--check"]) == 2
    assert said in capsys.readouterr().err


def test_messages_beyond_the_cap_are_refused_by_name():
    msgs = [{"role": "user", "content": "x"}] * 3
    assert validate_payload({"messages": msgs}, max_messages=3) == msgs
    with pytest.raises(ProxyError) as exc:
        validate_payload({"messages": msgs}, max_messages=2)
    assert (exc.value.status, exc.value.code, exc.value.param) == (400, "array_above_max_length", "messages")
    assert ProxyConfig().max_messages == 2048  # OpenAI's own limit
    with pytest.raises(PolicyError, match="proxy.max_messages"):
        load_proxy_config({"max_messages": 0})


@pytest.mark.parametrize("messages, param", [
    ("hi", "messages"),
    ([{"role": "user", "content": "hi"}, {"role": "assistant", "tool_calls": [{"id": "a", "function": "x"}]}], "messages[1].tool_calls[0].function"),
    ([{"role": "user", "content": "hi"}, {"role": "tool", "tool_call_id": [1], "content": "x"}], "messages[1].tool_call_id"),
])
def test_client_wrapper_names_the_malformed_field(fake, make_guard, messages, param):
    import openai

    from guard.run import GuardInputError
    from integrations.openai_client import guard_openai

    client = guard_openai(openai.OpenAI(base_url=fake.url, api_key="sk-test", max_retries=0), make_guard())
    fake.log.clear()
    with pytest.raises(GuardInputError, match=re.escape(f"'{param}'") if param != "messages" else "`messages`") as exc:
        client.chat.completions.create(model="fake-model", messages=messages)
    assert isinstance(exc.value, ValueError) and fake.log.requests == []


def test_client_wrapper_takes_the_sdks_not_given_markers_as_absent(fake, make_guard):
    import openai

    from integrations.openai_client import guard_openai

    client = guard_openai(openai.OpenAI(base_url=fake.url, api_key="sk-test", max_retries=0), make_guard())
    ok = client.chat.completions.create(model="fake-model", messages=({"role": "user", "content": "hi"},), tools=openai.NOT_GIVEN,
                                        stream=openai.NOT_GIVEN, stream_options=openai.omit)
    assert ok.choices[0].message.content == "You said: hi"


def test_cli_new_key_prints_a_matching_hash(capsys):
    assert guard_main(["proxy", "--new-key"]) == 0
    out = capsys.readouterr().out
    key = out.split("key:")[1].split()[0]
    digest = out.split("hash:")[1].split()[0]
    assert KeyChecker([digest]).accepts(f"Bearer {key}") and key not in digest


@pytest.mark.parametrize("max_connections", [1, 8, 32, 33, 100, 512])
def test_upstream_pool_shards_stay_small_and_keep_the_connection_cap(max_connections):
    from guard.proxy.upstream import POOL_SHARD, Upstream

    up = Upstream(ProxyConfig(upstream="http://127.0.0.1:9/v1", max_connections=max_connections, upstream_keepalive_s=3, upstream_client="httpx"))
    caps = [t._pool._max_connections for t in up.transports]
    assert all(c <= POOL_SHARD for c in caps)
    assert max_connections <= sum(caps) < max_connections + len(caps)
    assert all(t._pool._keepalive_expiry == 3 for t in up.transports)
    picked = [up._next() for _ in range(2 * len(caps))]
    assert picked == up.transports * 2  # used in turn


def test_upstream_client_auto_prefers_aiohttp_and_httpx_can_be_chosen():
    from guard.proxy.aiohttp_transport import AiohttpTransport
    from guard.proxy.upstream import Upstream

    assert isinstance(Upstream(ProxyConfig(upstream="http://127.0.0.1:9/v1")).transport, AiohttpTransport)
    assert isinstance(Upstream(ProxyConfig(upstream="http://127.0.0.1:9/v1", upstream_client="httpx")).transport, httpx.AsyncHTTPTransport)


def test_upstream_client_aiohttp_without_the_package_names_the_field(monkeypatch):
    from guard.errors import PolicyError
    from guard.proxy.upstream import Upstream

    monkeypatch.setitem(sys.modules, "aiohttp", None)  # import aiohttp now raises ImportError
    with pytest.raises(PolicyError, match=r"proxy\.upstream_client: 'aiohttp' needs the aiohttp package"):
        Upstream(ProxyConfig(upstream="http://127.0.0.1:9/v1", upstream_client="aiohttp"))
    assert isinstance(Upstream(ProxyConfig(upstream="http://127.0.0.1:9/v1")).transport, httpx.AsyncHTTPTransport)  # auto falls back


def test_upstream_client_must_be_a_known_kind():
    from guard.errors import PolicyError

    with pytest.raises(PolicyError, match=r"proxy\.upstream_client: Input should be 'auto', 'aiohttp' or 'httpx'"):
        load_proxy_config({"upstream": "http://x/v1", "upstream_client": "curl"})


# ----------------------------------------------------------------------------- egress proxy


def _egress(upstream: str, env: dict[str, str], setting: str = "env"):
    from guard.proxy.egress import resolve_egress

    e = resolve_egress(upstream, setting, "PROXY_AUTH", env)
    return None if e is None else (e.url, e.source)


@pytest.fixture
def no_proxy_env(monkeypatch):
    for name in [f"{n}_proxy" for n in ("http", "https", "all", "no")] + [f"{n}_PROXY" for n in ("HTTP", "HTTPS", "ALL", "NO")]:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("GUARD_UPSTREAM_PROXY_AUTH", raising=False)


def test_egress_proxy_variables_are_read_like_curl_and_httpx():
    P = "http://proxy.corp:3128"
    assert _egress("https://api.example.com/v1", {"HTTPS_PROXY": P}) == (P, "HTTPS_PROXY")
    assert _egress("https://api.example.com/v1", {"HTTP_PROXY": P}) is None  # the scheme of the upstream decides
    assert _egress("http://10.0.0.5:8000/v1", {"HTTP_PROXY": P}) == (P, "HTTP_PROXY")
    assert _egress("https://api.example.com/v1", {"https_proxy": P, "HTTPS_PROXY": "http://other:1"}) == (P, "https_proxy")
    assert _egress("https://api.example.com/v1", {"ALL_PROXY": P}) == (P, "ALL_PROXY")
    assert _egress("https://api.example.com/v1", {"HTTPS_PROXY": P, "ALL_PROXY": "http://other:1"})[0] == P
    assert _egress("https://api.example.com/v1", {"HTTPS_PROXY": "proxy.corp:3128"})[0] == P  # no scheme: http://
    assert _egress("https://api.example.com/v1", {"HTTPS_PROXY": "  "}) is None
    assert _egress("https://api.example.com/v1", {"HTTPS_PROXY": P}, setting="none") is None
    assert _egress("https://api.example.com/v1", {}, setting="https://egress:8443") == ("https://egress:8443", "proxy.upstream_proxy")
    # a lower-case variable that is set, even empty, hides the upper-case one (as urllib and the openai client read them)
    assert _egress("https://api.example.com/v1", {"https_proxy": "", "HTTPS_PROXY": P}) is None
    assert _egress("https://api.example.com/v1", {"https_proxy": "", "HTTPS_PROXY": P, "ALL_PROXY": "http://all:1"})[0] == "http://all:1"
    assert _egress("https://api.example.com/v1", {"HTTPS_PROXY": P, "no_proxy": "", "NO_PROXY": "example.com"})[0] == P
    # credentials from their own variable, percent-encoded; a URL that carries some keeps its own
    assert _egress("https://api.example.com/v1", {"PROXY_AUTH": "svc:p@ss:w rd"}, setting="http://egress:3128")[0] == "http://svc:p%40ss%3Aw%20rd@egress:3128"
    assert _egress("https://api.example.com/v1", {"HTTPS_PROXY": "http://a:b@egress:3128", "PROXY_AUTH": "svc:x"})[0] == "http://a:b@egress:3128"


@pytest.mark.parametrize("no_proxy, upstream, bypassed", [
    ("*", "https://api.example.com/v1", True),
    ("example.com", "https://api.example.com/v1", True),  # subdomains match
    (".example.com", "https://api.example.com/v1", True),
    ("example.com", "https://badexample.com/v1", False),  # a suffix that is not a label boundary
    ("other.org, api.example.com", "https://API.example.com/v1", True),
    ("api.example.com:443", "https://api.example.com/v1", True),  # the scheme's default port
    ("api.example.com:8443", "https://api.example.com/v1", False),
    ("10.0.0.0/8", "http://10.1.2.3:8000/v1", True),
    ("10.0.0.0/8", "http://192.168.1.2:8000/v1", False),
    ("10.1.2.3", "http://10.1.2.3:8000/v1", True),
    ("[::1]:8000", "http://[::1]:8000/v1", True),
    ("::1", "http://[::1]:8000/v1", True),
    ("localhost", "http://127.0.0.1:8000/v1", False),  # names are not resolved
    ("", "https://api.example.com/v1", False),
])
def test_no_proxy_entries(no_proxy, upstream, bypassed):
    env = {"HTTPS_PROXY": "http://p:1", "HTTP_PROXY": "http://p:1", "NO_PROXY": no_proxy}
    assert (_egress(upstream, env) is None) is bypassed


def test_bad_egress_proxy_is_refused_by_name_without_its_credentials(tmp_path, capsys, monkeypatch, no_proxy_env):
    from guard.proxy.egress import Egress

    bad_values = ("socks5://u:S3cr3t@p:1080", "http://u:S3cr3t@p:notaport", "ftp://p", "http://", " http://u:S3cr3t@p:3128",
                  "http://p:3128\n", "http://p\t:3128", "http://p :3128")
    for bad in bad_values:
        with pytest.raises(PolicyError) as exc:
            load_proxy_config({"upstream": "https://x/v1", "upstream_proxy": bad})
        assert "proxy.upstream_proxy" in str(exc.value) and "S3cr3t" not in str(exc.value)
    with pytest.raises(PolicyError, match="must not carry credentials") as exc:  # the policy is hashed into the audit trail
        load_proxy_config({"upstream": "https://x/v1", "upstream_proxy": "http://u:S3cr3t@p:3128"})
    assert "S3cr3t" not in str(exc.value) and "upstream_proxy_auth_env" in str(exc.value)
    with pytest.raises(PolicyError, match="HTTPS_PROXY: must be an http:// or https:// proxy URL") as exc:
        _egress("https://x/v1", {"HTTPS_PROXY": "socks5h://u:S3cr3t@p:1080"})
    assert "S3cr3t" not in str(exc.value)
    with pytest.raises(PolicyError, match="HTTPS_PROXY: must not contain spaces"):
        _egress("https://x/v1", {"HTTPS_PROXY": "http://p :3128"})
    e = Egress("http://u:S3cr3t@egress.corp:3128", "x")
    assert e.shown == "http://egress.corp:3128" and "S3cr3t" not in repr(e)
    assert Egress("http://[::1]:3128", "x").shown == "http://[::1]:3128" and Egress("http://h:0", "x").shown == "http://h:0"
    # the CLI: a bad variable stops the start; a good one is shown without its credentials
    good = tmp_path / "g.yaml"
    good.write_text("name: p\nversion: 1\nproxy:\n  upstream: https://api.example.com/v1\n")
    monkeypatch.setenv("HTTPS_PROXY", "socks5://u:S3cr3t@p:1080")
    assert guard_main(["proxy", "--policy", str(good), "--check"]) == 2
    err = capsys.readouterr().err
    assert "HTTPS_PROXY" in err and "S3cr3t" not in err
    monkeypatch.setenv("HTTPS_PROXY", "http://u:S3cr3t@egress.corp:3128")
    assert guard_main(["proxy", "--policy", str(good), "--check"]) == 0
    out = capsys.readouterr().out
    assert "through the egress proxy http://egress.corp:3128 (from HTTPS_PROXY)" in out and "S3cr3t" not in out
    monkeypatch.setenv("NO_PROXY", "example.com")
    assert guard_main(["proxy", "--policy", str(good), "--check"]) == 0
    assert "connected directly" in capsys.readouterr().out


def test_the_upstream_url_carries_no_credentials_and_is_shown_without_its_query():
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="upstream\\n.*must not carry credentials"):
        ProxyConfig(upstream="https://bob:S3cretPassw0rd@llm.internal/v1")
    cfg = ProxyConfig(upstream="https://gw.example/v1?key=abc123secret")
    assert cfg.shown_upstream == "https://gw.example/v1?…"
    assert ProxyConfig(upstream="https://api.example/v1/").shown_upstream == "https://api.example/v1"



def test_sse_a_byte_order_mark_before_the_first_event_is_not_part_of_it():
    from guard.proxy.sse import SSEParser

    p = SSEParser()
    assert p.feed(b"\xef\xbb\xbfdata: first\n\ndata: second\n\n") == [(None, b"first"), (None, b"second")]


def test_sse_an_empty_chunk_between_cr_and_lf_splits_no_event():
    from guard.proxy.sse import SSEParser

    p = SSEParser()
    events = p.feed(b"data: a\r") + p.feed(b"") + p.feed(b"\ndata: b\r\n\r\n")
    assert events == [(None, b"a\nb")]


@pytest.mark.parametrize("upstream, warned", [
    ("http://127.0.0.1:9", "no path"), ("http://127.0.0.1:9/v1/chat/completions", "names an endpoint"),
    ("http://127.0.0.1:9/v1", None), ("https://example.test/openai/deployments/x", None),
])
def test_cli_warns_about_an_upstream_without_a_base_path(tmp_path, capsys, upstream, warned):
    good = tmp_path / "g.yaml"
    good.write_text("name: p\nversion: 1\n")
    assert guard_main(["proxy", "--policy", str(good), "--upstream", upstream, "--check"]) == 0
    err = capsys.readouterr().err
    assert (warned in err) if warned else "warning" not in err


def test_an_upstream_404_without_an_error_object_asks_about_the_version_path():
    from guard.proxy.upstream import _json_or_error

    assert "version path" in _json_or_error(404, b"Not Found")["error"]["message"]
    assert "version path" not in _json_or_error(403, b"")["error"]["message"]


def test_a_tool_message_is_the_result_of_the_nearest_call_with_its_id():
    """Ids are reused across turns by some clients: the earlier "c1" result is not the later call's."""
    def call(name):
        return {"role": "assistant", "content": None, "tool_calls": [{"id": "c1", "type": "function",
                                                                      "function": {"name": name, "arguments": "{}"}}]}
    msgs = [{"role": "user", "content": "go"}, call("web_fetch"), {"role": "tool", "tool_call_id": "c1", "content": "page"},
            call("get_time"), {"role": "tool", "tool_call_id": "c1", "content": "12:00"}]
    results = [e for e in mapping.history_events(msgs, mapping.tool_call_index(msgs)) if e.hook == "tool_result"]
    assert [(e.tool, e.result) for e in results] == [("web_fetch", "page"), ("get_time", "12:00")]
