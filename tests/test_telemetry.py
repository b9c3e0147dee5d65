import json

import pytest
from opentelemetry import trace

from guard import Guard
from tests import interceptors_for_tests  # noqa: F401

GATE = {"use": "safety.tool_gate", "config": {"rules": [{"tool": "send_email", "args": {"to": {"allow": ["*@example.com"]}}}]}}


def test_genai_spans_and_decision_children(make_guard, spans):
    g = make_guard([GATE])

    @g.tool
    def send_email(to: str, body: str) -> str:
        return "sent"

    @g.agent(name="mailer")
    def agent(task: str) -> str:
        send_email("eve@evil.test", "the secret body text")
        return "done"

    agent("write to eve")
    names = [s.name for s in spans.get()]
    assert "invoke_agent mailer" in names and "execute_tool send_email" in names
    root = spans.named("invoke_agent")[0]
    tool = spans.named("execute_tool")[0]
    check = spans.named("guard.check")[0]
    assert root.attributes["gen_ai.operation.name"] == "invoke_agent" and root.attributes["gen_ai.agent.name"] == "mailer"
    assert tool.attributes["gen_ai.tool.name"] == "send_email" and tool.parent.span_id == root.context.span_id
    assert check.parent.span_id == tool.context.span_id
    a = check.attributes
    assert a["guard.interceptor"] == "safety.tool_gate" and a["guard.hook"] == "tool_call" and a["guard.action"] == "refuse"
    assert a["guard.policy.name"] == "test" and a["guard.policy.version"] == "1" and len(a["guard.policy.hash"]) == 64
    assert a["guard.rule"] == "rules[0]" and a["guard.audit.record_id"]
    # no raw content by default, and reasons are redacted
    dump = " ".join(str(v) for s in spans.get() for v in s.attributes.values())
    assert "the secret body text" not in dump and "eve@evil.test" not in dump
    assert a["guard.reason"].startswith("argument 'to' is not one of the allowed values")  # names no value


SECRET = "sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789"


@pytest.mark.parametrize("capture", [False, True])
@pytest.mark.parametrize("kind", ["sync", "async", "generator", "agent"])
def test_an_error_that_quotes_a_key_or_an_address_reaches_spans_redacted(make_guard, spans, kind, capture):
    import asyncio

    from opentelemetry.trace import StatusCode

    g = make_guard([GATE], telemetry={"exporter": "none", "capture_content": capture, "redactor": "patterns"})
    message = f"upstream rejected key {SECRET} for jane.doe@example.org and Marcus Lee"

    @g.tool
    def sync_tool(user: str) -> str:
        raise ValueError(message)

    @g.tool
    async def async_tool(user: str) -> str:
        raise ValueError(message)

    @g.tool
    def gen_tool(user: str):
        yield "first"
        raise ValueError(message)

    @g.agent(name="a")
    def agent() -> str:
        if kind == "agent":
            raise ValueError(message)
        if kind == "sync":
            return sync_tool("jane")
        if kind == "async":
            return asyncio.run(async_tool("jane"))
        return list(gen_tool("jane"))

    with pytest.raises(ValueError, match="sk-proj"):  # the caller still gets its own error, unchanged
        agent()
    failed = [sp for sp in spans.get() if sp.status.status_code is StatusCode.ERROR]
    assert failed and all("ValueError" in sp.status.description for sp in failed)
    assert any(ev.name == "exception" for sp in failed for ev in sp.events)
    dump = " ".join(sp.to_json() for sp in spans.get())
    assert SECRET not in dump and "jane.doe@example.org" not in dump
    if capture:
        assert "upstream rejected key" in dump  # the rest of the message is kept, redacted
    else:  # the message is content: a name no pattern knows once went out with it
        assert "upstream rejected key" not in dump and "Marcus Lee" not in dump


def test_a_failing_tool_marks_its_span_and_leaves_no_span_current(make_guard, spans):
    from opentelemetry.trace import StatusCode

    g = make_guard([GATE])

    @g.tool
    def lookup(key: str) -> str:
        assert trace.get_current_span().name == "execute_tool lookup"  # the tool runs inside its span
        raise KeyError(key)

    with g.run(agent="a"):
        before = trace.get_current_span()
        with pytest.raises(KeyError):  # the tool's own error reaches the caller unchanged
            lookup("k1")
        assert trace.get_current_span() is before  # detached again after the error
    span = spans.named("execute_tool lookup")[0]
    assert span.end_time is not None and span.status.status_code is StatusCode.ERROR
    assert "KeyError" in span.status.description and span.events[0].name == "exception"


def test_audit_record_and_span_carry_each_others_ids(make_guard, spans):
    g = make_guard([GATE])
    with g.run(agent="a") as run:
        run.tool_call("send_email", {"to": "x@example.com"})
    g.flush()
    rec = g.audit.records(run.run_id)[0]
    check = spans.named("guard.check")[0]
    assert check.attributes["guard.audit.record_id"] == rec.record_id
    assert rec.span_id == f"{check.context.span_id:016x}" and rec.trace_id == f"{check.context.trace_id:032x}"


def test_content_capture_is_redacted(make_guard, spans):
    g = make_guard([{"use": "test.fixed", "on": ["tool_call"], "config": {"action": "refuse", "reason": "call 555-867-5309 or mail a@b.io"}}],
                   telemetry={"capture_content": True, "redactor": "patterns"})
    with g.run() as run:
        run.tool_call("t", {"card": "4111 1111 1111 1111", "key": "sk-abcdefghijklmnopqrstuvwx"})
    g.flush()
    rec = g.audit.records(run.run_id)[0]
    assert "4111" not in rec.details["content"] and "sk-abc" not in rec.details["content"]
    assert "555-867-5309" not in rec.reasons[0] and "a@b.io" not in rec.reasons[0]
    reason = spans.named("guard.check")[0].attributes["guard.reason"]
    assert "a@b.io" not in reason and "<EMAIL>" in reason
    # the span carries the same redacted content as the audit record (it carried none before)
    content = spans.named("guard.check")[0].attributes["guard.content"]
    assert content == rec.details["content"] == '{\n "card": "<CARD>",\n "key": "<SECRET>"\n}'  # one value per line


def test_captured_json_is_laid_out_so_a_model_redactor_sees_names(make_guard, spans):
    pytest.importorskip("presidio_analyzer")
    # `{"who":"Jane Doe"}` is one token to spaCy's tokenizer: the name passed the Presidio redactor
    g = make_guard([{"use": "test.fixed", "on": ["tool_call"], "config": {"action": "allow"}}],
                   telemetry={"capture_content": True, "redactor": "presidio"})
    with g.run() as run:
        run.tool_call("lookup", {"who": "Jane Doe", "n": 3})
    g.flush()
    content = spans.named("guard.check")[0].attributes["guard.content"]
    assert "Jane" not in content and "Doe" not in content and '"n": 3' in content
    assert g.audit.records(run.run_id)[0].details["content"] == content


def test_audit_details_keep_no_secret_an_interceptor_names(make_guard):
    # the taint tracker names the value it refused; its record once kept a live key and a phone number
    details = {"tainted": [{"argument": "body", "value": "sk-live-abcdef1234567890abcd"}],
               "seen": ["call 415-555-0132", {"iban": "GB33BUKB20201555555555"}], "n": 2}
    g = make_guard([{"use": "test.fixed", "on": ["tool_call"], "config": {"action": "refuse", "reason": "no", "details": details}}])
    with g.run() as run:
        run.tool_call("send_message", {"body": "x"})
    g.flush()
    stored = json.dumps(g.audit.records(run.run_id)[0].details)
    for raw in ("sk-live-abcdef", "415-555-0132", "GB33BUKB"):
        assert raw not in stored
    assert '"argument": "body"' in stored and '"n": 2' in stored


def test_details_that_contain_themselves_do_not_hang_the_call(make_guard, monkeypatch):
    import threading

    from tests.interceptors_for_tests import Fixed

    loop: list = []
    loop.append(loop)
    check = Fixed.check
    monkeypatch.setattr(Fixed, "check", lambda self, e, c: check(self, e, c).model_copy(update={"details": {"loop": loop}}))
    g = make_guard([{"use": "test.fixed", "on": ["tool_call"], "config": {"action": "allow", "reason": "ok"}}])
    done = []

    def call():
        with g.run() as run:
            done.append(run.tool_call("t", {}).allowed)

    worker = threading.Thread(target=call, daemon=True)
    worker.start()
    worker.join(30)  # redacting the details once walked the cycle forever on the agent's thread
    assert done == [True]


def test_details_json_cannot_hold_are_stored_as_redacted_text(make_guard, monkeypatch):
    from tests.interceptors_for_tests import Fixed

    loop: list = ["mail jane.doe@example.com", "sk-live-abcdef1234567890abcd"]
    loop.append(loop)  # json cannot encode it: the record once kept its raw repr
    check = Fixed.check
    monkeypatch.setattr(Fixed, "check", lambda self, e, c: check(self, e, c).model_copy(update={"details": {"seen": loop}}))
    g = make_guard([{"use": "test.fixed", "on": ["tool_call"], "config": {"action": "allow", "reason": "ok"}}])
    with g.run() as run:
        run.tool_call("t", {})
    g.flush()
    details = g.audit.records(run.run_id)[0].details
    stored = json.dumps(details)
    assert "jane.doe@example.com" not in stored and "sk-live-abcdef" not in stored
    assert details["details_error"] == "ValueError" and "mail" in details["unserialisable_details"]
    assert g.audit.verify().ok


def test_no_content_on_spans_unless_capture_is_on(make_guard, spans):
    g = make_guard([{"use": "test.fixed", "on": ["tool_call"], "config": {"action": "allow"}}])
    with g.run() as run:
        run.tool_call("t", {"note": "hello"})
    assert "guard.content" not in spans.named("guard.check")[0].attributes


def test_metrics_count_decisions_and_latency(tmp_path):
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.metrics.export import InMemoryMetricReader

    reader = InMemoryMetricReader()
    g = Guard.from_policy({"name": "m", "version": 1, "interceptors": [GATE]}, meter_provider=MeterProvider(metric_readers=[reader]),
                          audit=False)
    with g.run() as run:
        run.tool_call("send_email", {"to": "a@example.com"})
        run.tool_call("send_email", {"to": "a@evil.test"})
    data = reader.get_metrics_data()
    metrics = {m.name: m for rm in data.resource_metrics for sm in rm.scope_metrics for m in sm.metrics}
    points = {p.attributes["guard.action"]: p.value for p in metrics["guard.decisions"].data.data_points}
    assert points == {"allow": 1, "refuse": 1}
    hist = metrics["guard.interceptor.duration"].data.data_points[0]
    assert hist.count == 2
    g.close()


def test_application_tracer_provider_is_not_clobbered(tmp_path):
    import subprocess
    import sys

    code = (
        "from opentelemetry import trace\n"
        "from opentelemetry.sdk.trace import TracerProvider\n"
        "from opentelemetry.sdk.trace.export import SimpleSpanProcessor\n"
        "from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter\n"
        "exp = InMemorySpanExporter(); app = TracerProvider(); app.add_span_processor(SimpleSpanProcessor(exp))\n"
        "trace.set_tracer_provider(app)\n"
        "from guard import Guard\n"
        "g = Guard.from_policy('default', audit=False)\n"
        "assert trace.get_tracer_provider() is app\n"
        "with trace.get_tracer('app').start_as_current_span('app-request'):\n"
        "    with g.run(agent='a') as run: run.tool_call('read_x', {})\n"
        "names = [s.name for s in exp.get_finished_spans()]\n"
        "assert 'invoke_agent a' in names and 'guard.check tool_gate' in names, names\n"
        "spans = {s.name: s for s in exp.get_finished_spans()}\n"
        "assert spans['invoke_agent a'].parent.span_id == spans['app-request'].context.span_id\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 0 and "ok" in out.stdout, out.stderr


def test_guard_does_not_install_a_global_provider(tmp_path):
    import subprocess
    import sys

    code = ("from opentelemetry import trace\nfrom guard import Guard\ng = Guard.from_policy('default', audit=False)\n"
            "assert isinstance(trace.get_tracer_provider(), trace.ProxyTracerProvider)\nprint('ok')\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    _ = trace


def test_the_audit_record_is_the_verdict_as_decided_not_as_later_mutated(make_guard):
    shared = ["before"]
    g = make_guard([{"use": "test.fixed", "on": ["tool_call"], "config": {"action": "allow", "reason": "ok",
                                                                          "details": {"state": shared}}}])
    g.pipeline.stages[0].interceptor.config.details["state"] = shared  # the interceptor keeps a live reference
    with g.run(agent="a") as run:
        d = run.tool_call("t", {})
        d.verdicts[0].scores["late"] = 1.0
        shared.append("after")
    g.flush()
    rec = g.audit.records(run.run_id)[0]
    assert rec.details["state"] == ["before"] and "late" not in rec.scores


def test_generator_tools_hold_their_span_only_while_their_own_code_runs(make_guard, spans):
    g = make_guard([GATE])
    inside = []

    @g.tool
    def pages(n: int):
        for i in range(n):
            inside.append(trace.get_current_span().name)
            yield i

    with g.run(agent="a"):
        outer = trace.get_current_span()
        seen_between = []
        for _ in pages(3):
            seen_between.append(trace.get_current_span() is outer)
        assert trace.get_current_span() is outer
    assert inside == ["execute_tool pages"] * 3 and seen_between == [True] * 3
    assert spans.named("execute_tool pages")[0].end_time is not None


def test_an_error_thrown_into_a_generator_tool_marks_its_span(make_guard, spans):
    from opentelemetry.trace import StatusCode

    g = make_guard([GATE])

    @g.tool
    def pages():
        yield 1
        yield 2

    it = pages()  # outside any run: the tool opens its own
    assert next(it) == 1
    with pytest.raises(KeyError):
        it.throw(KeyError("consumer gave up"))
    assert spans.named("execute_tool pages")[0].status.status_code is StatusCode.ERROR


async def test_an_error_thrown_into_an_async_generator_tool_marks_its_span(make_guard, spans):
    from opentelemetry.trace import StatusCode

    g = make_guard([GATE])

    @g.tool
    async def pages():
        yield 1
        yield 2

    it = pages()
    assert await it.__anext__() == 1
    with pytest.raises(KeyError):
        await it.athrow(KeyError("consumer gave up"))
    assert spans.named("execute_tool pages")[0].status.status_code is StatusCode.ERROR


async def test_async_generator_tools_hold_their_span_only_while_their_own_code_runs(make_guard, spans):
    g = make_guard([GATE])
    inside = []

    @g.tool
    async def pages(n: int):
        for i in range(n):
            inside.append(trace.get_current_span().name)
            yield i

    async with g.run(agent="a"):
        outer = trace.get_current_span()
        between = []
        agen = pages(5)
        async for i in agen:
            between.append(trace.get_current_span() is outer)
            if i == 1:
                break
        await agen.aclose()  # closed early: the span ends and the caller's span is current again
        assert trace.get_current_span() is outer
    assert inside == ["execute_tool pages"] * 2 and between == [True, True]
    assert spans.named("execute_tool pages")[0].end_time is not None


def test_a_generator_tool_keeps_its_own_current_span_across_yields(make_guard, spans):
    g = make_guard([GATE])
    tracer = trace.get_tracer("tool-code")
    inside = []

    @g.tool
    def pages(n: int):
        with tracer.start_as_current_span("user-inner") as mine:
            for i in range(n):
                inside.append(trace.get_current_span() is mine)
                yield i

    with g.run(agent="a"):
        outer = trace.get_current_span()
        assert list(pages(3)) == [0, 1, 2] and trace.get_current_span() is outer
    assert inside == [True] * 3


def test_spans_with_no_exporter_are_not_recorded_but_keep_ids_and_a_callers_sampling(tmp_path):
    from opentelemetry import context as otel_context
    from opentelemetry.trace import NonRecordingSpan, SpanContext, TraceFlags

    g = Guard.from_policy({"name": "n", "version": 1, "interceptors": [GATE], "telemetry": {"exporter": "none"}},
                          audit_url=f"sqlite:///{tmp_path}/a.db")
    with g.run(agent="a") as run:
        run.tool_call("send_email", {"to": "x@example.com"})
        span = run.state.span
        assert not span.is_recording() and not span.get_span_context().trace_flags.sampled
    g.flush()
    rec = g.audit.records(run.run_id)[0]
    assert rec.trace_id == f"{span.get_span_context().trace_id:032x}" and len(rec.span_id) == 16
    # a caller that samples its trace still gets recorded spans, so what goes downstream says "sampled" truthfully
    parent = SpanContext(0x4BF92F3577B34DA6A3CE929D0E0E4736, 0x00F067AA0BA902B7, is_remote=True, trace_flags=TraceFlags(1))
    span = g.telemetry.start_agent_span("a", "r", parent=trace.set_span_in_context(NonRecordingSpan(parent), otel_context.Context()))
    assert span.is_recording() and span.get_span_context().trace_flags.sampled
    assert span.get_span_context().trace_id == parent.trace_id
    span.end()
    g.close()


@pytest.mark.parametrize("capture", [False, True])
def test_an_interceptors_error_is_redacted_in_its_span_and_audit_record(make_guard, spans, capture):
    # the message quotes what was being checked: content, kept (redacted) only when captured
    g = make_guard([{"use": "test.raise", "on": ["tool_call"], "fail_mode": "open",
                     "config": {"message": "cannot reach Maria Lopez at maria.lopez@example.com with key sk-abcdefghijklmnopqrstuvwx"}}],
                   telemetry={"capture_content": capture})
    with g.run() as run:
        assert run.tool_call("t", {}).action.value == "allow"
    g.flush()
    err = spans.named("guard.check")[0].attributes["guard.error"]
    rec = g.audit.records(run.run_id)[0]
    for text in (err, rec.error, rec.reasons[0]):
        assert "maria.lopez@" not in text and "sk-abcdef" not in text and "Maria" not in text
        if capture:  # Presidio's labels then
            assert 'RuntimeError: "cannot reach <PERSON> at <EMAIL' in text, text
        else:
            assert 'RuntimeError: "[quoted content not captured]"' in text, text


def test_details_keys_and_bytes_are_redacted_like_their_values(make_guard):
    details = {"by_sender": {"jane.doe@example.com": 1, "bob@example.org": 2},
               "payload": b"key sk-proj-AbCdEfGhIjKlMnOpQrStUv123"}
    g = make_guard([{"use": "test.fixed", "on": ["tool_call"], "config": {"action": "allow", "details": details}}])
    with g.run() as run:
        run.tool_call("t", {})
    g.flush()
    stored = g.audit.records(run.run_id)[0].details
    text = json.dumps(stored)
    assert "jane.doe" not in text and "bob@" not in text and "AbCdEfGhIj" not in text
    assert stored["by_sender"] == {"<EMAIL>": 1, "<EMAIL> #2": 2}  # both kept, neither raw
    assert stored["payload"] == "key <SECRET>"


def test_an_approvers_free_text_answer_stays_out_of_the_rule(make_guard, spans):
    g = make_guard([{"use": "safety.tool_gate", "on": ["tool_call"], "config": {"rules": [{"tool": "wire", "action": "escalate"}]}}],
                   approver=lambda req: "no - ask Jane Doe at jane.doe@example.com first")
    with g.run() as run:
        d = run.tool_call("wire", {})
    g.flush()
    assert d.action.value == "refuse" and "ask Jane Doe" in d.reason  # the caller's own decision says it
    rec = g.audit.records(run.run_id)[-1]
    span = spans.named("guard.check guard.escalation")[0].attributes
    assert rec.rule == span["guard.rule"] == "approver (unrecognised answer)"
    assert "Jane" not in rec.reasons[0] + span["guard.reason"] and "[quoted content not captured]" in rec.reasons[0]


def test_a_quotation_longer_than_any_cap_is_still_left_out(make_guard):
    from guard.redaction import quote

    g = make_guard([])
    long_answer = "Patient Marisol Quintanilla, " + "notes " * 2000  # a 2,000-character cap let this through
    assert g.telemetry.guard_text(f"{quote(long_answer)} wins") == '"[quoted content not captured]" wins'


def test_details_keys_that_name_fields_keep_their_names():
    from guard.core import _snapshot

    kept = _snapshot({"token_count": 12, "password_fields": 2, "api_key_present": True, "jane@x.com": 1})
    assert kept == {"token_count": 12, "password_fields": 2, "api_key_present": True, "<EMAIL>": 1}


def test_labels_a_caller_chose_reach_spans_and_the_audit_without_keys_or_personal_data(make_guard, spans):
    """An agent name or run id holding a key, an address or a card number was kept as given: in
    the span's name, `gen_ai.agent.name`, `guard.run_id` and the audit's columns."""
    key = "sk-ant-api03-" + "Xy7" * 12
    g = make_guard([GATE])
    with g.run(agent=f"bot {key} jane.doe@example.com", run_id="ticket-4111 1111 1111 1111") as run:
        run.tool_call("send_email", {"to": "x@example.com"})
    g.flush()
    kept = [s.name for s in spans.get()] + [str(v) for s in spans.get() for v in (s.attributes or {}).values()]
    rec = g.audit.records()[0]
    kept += [rec.agent, rec.run_id]
    for secret in (key, "jane.doe@example.com", "4111 1111 1111 1111"):
        assert not any(secret in k for k in kept), secret
    assert rec.run_id == "ticket-<CARD>" and rec.agent == "bot <SECRET> <EMAIL>"
    # an ordinary id is left as it is: the records of a run are found by it
    with g.run(agent="support-bot", run_id="550e8400-e29b-41d4-a716-446655440000") as run:
        run.tool_call("send_email", {"to": "x@example.com"})
    g.flush()
    assert g.audit.records("550e8400-e29b-41d4-a716-446655440000")[0].agent == "support-bot"


def test_keys_after_an_underscore_in_labels_and_tool_names_are_redacted(make_guard, spans):
    """`\\b` never starts a match after "_": `session_sk-proj-…` as a run id, `bot_ghp_…` as an agent
    and `tool_sk-proj-…` as a tool's name were kept whole in the audit's columns and span names."""
    key, gh = "sk-proj-AbCdEfGh" + "1234567890XYZ" * 2, "ghp_" + "A1b2C3d4E5" * 4
    g = make_guard([GATE])

    @g.tool(name=f"tool_{key}")
    def lookup() -> str:
        return "ok"

    with g.run(agent=f"bot_{gh}", run_id=f"session_{key}") as run:
        lookup()
    g.flush()
    rec = g.audit.records()[0]
    kept = [s.name for s in spans.get()] + [str(v) for s in spans.get() for v in (s.attributes or {}).values()]
    kept += [rec.agent, rec.run_id, json.dumps(rec.model_dump(mode="json"))]
    assert not any(key in k or gh in k for k in kept)
    assert rec.run_id == "session_<SECRET>" and rec.agent == "bot_<SECRET>"


def test_score_names_in_span_attribute_keys_are_redacted(make_guard, spans):
    g = make_guard([{"use": "test.scored", "config": {"scores": {"weight.jane.doe@example.org": 0.5, "risk": 0.1}}}])
    with g.run() as run:
        run.tool_call("t", {})
    keys = [k for s in spans.named("guard.check") for k in (s.attributes or {})]
    assert "guard.scores.risk" in keys and not any("jane.doe" in k for k in keys)
    assert "guard.scores.weight.<EMAIL>" in keys


def test_a_streamed_answer_so_far_is_captured_without_its_unfinished_last_word(make_guard, spans):
    """Each partial check captured the text so far: a key cut after 21 of its 40 characters is too
    short for its pattern and was stored."""
    g = make_guard([{"use": "test.fixed", "on": ["output"], "config": {"action": "allow", "reason": "ok"}}],
                   telemetry={"capture_content": True, "redactor": "patterns"})
    token = "ghp_" + "ZyXwVuTsRqPoNmLkJiHg" * 2
    with g.run() as run:
        run.output("Here it is " + token[:21], partial=True)
        run.output("Here it is " + token + " done")
    g.flush()
    content = [r.details.get("content", "") for r in g.audit.records(run.run_id)]
    assert content[0].startswith("Here it is") and token[:8] not in content[0]
    assert token[:8] not in content[1] and "<SECRET>" in content[1]


def test_details_that_are_no_json_keep_no_quoted_passage(make_guard, spans):
    """Details that contain themselves were kept as their text, with the passage an interceptor
    quoted (a name and a diagnosis) in it, though content capture was off."""
    g = make_guard([{"use": "test.cyclic_details"}])
    with g.run() as run:
        run.tool_call("t", {})
    g.flush()
    rec = g.audit.records(run.run_id)[0]
    assert rec.details["details_error"]  # kept as text, with the reason
    assert "Marisol" not in rec.details["unserialisable_details"] and "HIV" not in rec.details["unserialisable_details"]


@pytest.mark.parametrize("chained", [False, True])
def test_a_pydantic_validation_error_is_recorded_without_its_cut_input(make_guard, spans, chained):
    """pydantic quotes an input cut in the middle ("postgres://app:Tr0ub4dor...l.example.com"): no
    pattern knows the password in it, and its first half was kept (also when another error was
    raised `from` it)."""
    from pydantic import BaseModel

    class Port(BaseModel):
        port: int

    g = make_guard([GATE], telemetry={"capture_content": True, "redactor": "patterns"})

    @g.tool
    def connect(dsn: str) -> str:
        try:
            Port.model_validate({"port": dsn})
        except Exception as exc:
            if chained:
                raise RuntimeError("could not connect") from exc
            raise
        return "ok"

    with g.run(agent="a"), pytest.raises(Exception):
        connect("postgres://app:Tr0ub4dor3xyzQ@db-primary.internal.example.com:5432/prod")
    span = spans.named("execute_tool connect")[0]
    shown = span.status.description + "".join(str(v) for e in span.events for v in e.attributes.values())
    assert "Tr0ub4" not in shown and "port: Input should be a valid integer" in shown


def test_a_decision_the_audit_trail_refuses_still_ends_its_span(make_guard, spans):
    """`guard.close()` under a running agent: the check in flight raised from the audit store and
    its `guard.check` span was never ended."""
    from guard.audit.engine import AuditError

    g = make_guard([GATE])
    with g.run() as run:
        run.tool_call("send_email", {"to": "x@example.com"})
        g.audit.close()
        with pytest.raises(AuditError):
            run.tool_call("send_email", {"to": "y@example.com"})
    checks = spans.named("guard.check")
    assert len(checks) == 2 and all(s.end_time is not None for s in checks)
