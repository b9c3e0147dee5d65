"""What a run promises after the first event: a halt stops it, a refused call's rewrite notice
never reaches the agent, a failing approver approves nothing and is on the record, a generator
agent's report is kept however it ends, and an interceptor's verdict is checked field by field."""
from __future__ import annotations

import asyncio
import itertools

import pytest

from guard import BaseInterceptor, Guard, GuardHalted, Hook, Verdict, register
from guard.errors import PolicyError
from guard.policy import validate_policy
from guard.verdicts import Action

HALT_RM = {"name": "p", "version": 1, "interceptors": [
    {"use": "safety.tool_gate", "on": ["tool_call"], "config": {"rules": [{"tool": "rm_rf", "action": "halt", "reason": "catastrophic"}]}}]}


def test_a_halted_run_stays_halted_for_every_later_event() -> None:
    g = Guard(HALT_RM, audit=False)
    ran: list[object] = []

    @g.tool
    def rm_rf(path: str) -> str:
        ran.append(path)
        return "deleted"

    @g.tool
    def transfer(n: int) -> str:
        ran.append(n)
        return "sent"

    @g.agent
    def agent(task: str) -> str:
        try:
            rm_rf("/")
        except GuardHalted:
            pass  # a framework that hands tool errors back to the model carries on ...
        return transfer(5)  # ... but the run was stopped

    with pytest.raises(GuardHalted, match="halted earlier: catastrophic"):
        agent("x")
    assert ran == []
    with g.run() as run:
        assert run.tool_call("rm_rf", {"path": "/"}).action is Action.HALT
        later = run.tool_call("transfer", {"n": 1})
        assert later.action is Action.HALT and later.deciding.rule == "run_halted"
        assert run.output("done").action is Action.HALT
    with g.run() as run:  # another run is not affected
        assert run.tool_call("transfer", {"n": 1}).action is Action.ALLOW


def test_a_halted_run_is_on_the_record(tmp_path) -> None:
    g = Guard(HALT_RM, audit_url=f"sqlite:///{tmp_path / 'a.db'}")
    with g.run() as run:
        run.tool_call("rm_rf", {"path": "/"})
        run.tool_call("transfer", {"n": 1})
    g.flush()
    records = [(r.interceptor, r.action, r.rule) for r in g.audit.records()]
    assert ("guard.halted", "halt", "run_halted") in records
    assert g.audit.verify().ok


_n = itertools.count()


def _on_tool_calls(check) -> str:  # noqa: ANN001 - (event) -> Verdict
    """A tool-call interceptor answering with `check(event)`, registered under a fresh name."""
    name = f"t.contract_{next(_n)}"

    @register(name)
    class OnToolCalls(BaseInterceptor):
        hooks = frozenset({Hook.TOOL_CALL})
        inline = True

        def check(self, e, ctx):  # noqa: ANN001, ANN201
            return check(e)

    return name


def _refuse_send() -> str:
    return _on_tool_calls(lambda e: Verdict.refuse("sending is disabled today") if e.tool == "send_email" else Verdict.allow())


def test_a_rewrite_notice_of_a_call_refused_after_all_does_not_reach_the_agent() -> None:
    policy = {"name": "p", "version": 1, "interceptors": [
        {"use": "safety.tool_gate", "on": ["tool_call"], "config": {"rules": [
            {"tool": "send_email", "args": {"bcc": {"deny": ["*"], "on_violation": "drop"}}}]}},
        {"use": _refuse_send()}]}
    g = Guard(policy, audit=False)

    @g.tool
    def send_email(to: str, bcc: str | None = None) -> str:
        return "sent"

    @g.tool
    def read_inbox() -> str:
        return "3 new messages"

    @g.agent
    def agent(task: str) -> str:
        assert not send_email("a@corp.example", bcc="spy@evil.example")
        return read_inbox()

    assert agent("go") == "3 new messages"
    with g.run() as run:
        d = run.tool_call("send_email", {"to": "a@corp.example", "bcc": "x@y.example"})
        assert d.action is Action.REFUSE
        assert run.take_instructions() == []


ESCALATE_PAY = {"name": "p", "version": 1, "interceptors": [
    {"use": "safety.tool_gate", "on": ["tool_call"], "config": {"rules": [{"tool": "pay", "action": "escalate"}]}}]}


def test_an_approver_that_raises_cancelled_approves_nothing_and_is_recorded(tmp_path) -> None:
    async def approver(req):  # noqa: ANN001, ANN202 - its call to the approval service was cancelled
        raise asyncio.CancelledError()

    g = Guard(ESCALATE_PAY, approver=approver, audit_url=f"sqlite:///{tmp_path / 'a.db'}")
    pay = g.tool(lambda n: "paid", name="pay")

    async def _apay(n: int) -> str:
        return "paid"

    apay = g.tool(name="pay")(_apay)
    assert not pay(1)
    assert not asyncio.run(apay(1))
    g.flush()
    settled = [r.reasons[0] for r in g.audit.records() if r.interceptor == "guard.escalation"]
    assert len(settled) == 2 and all("failed: CancelledError" in s for s in settled)


def test_a_task_cancelled_while_its_approver_thinks_is_cancelled_and_settled(tmp_path) -> None:
    async def approver(req):  # noqa: ANN001, ANN202
        await asyncio.sleep(30)
        return True

    g = Guard(ESCALATE_PAY, approver=approver, audit_url=f"sqlite:///{tmp_path / 'a.db'}")

    async def _apay(n: int) -> str:
        return "paid"

    apay = g.tool(name="pay")(_apay)

    async def main() -> None:
        task = asyncio.create_task(apay(1))
        await asyncio.sleep(0.2)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(main())
    g.flush()
    settled = [r for r in g.audit.records() if r.interceptor == "guard.escalation"]
    assert [r.action for r in settled] == ["refuse"] and "interrupted: CancelledError" in settled[0].reasons[0]


@pytest.mark.parametrize("ending", ["raises", "closed early"])
def test_a_generator_agents_report_is_kept_however_it_ends(ending: str) -> None:
    g = Guard(ESCALATE_PAY, audit=False, approver=lambda req: True)

    @g.tool
    def pay(n: int) -> str:
        return "paid"

    @g.agent
    def agent(task: str):  # noqa: ANN202
        pay(1)
        yield "a"
        yield "b"
        raise RuntimeError("boom")

    before = g.last_report()
    if ending == "raises":
        with pytest.raises(RuntimeError):
            list(agent("x"))
    else:
        for _ in agent("x"):
            break
    report = g.last_report()
    assert report is not before and any(e.hook == "tool_call" for e in report.entries)


def test_an_async_generator_agents_report_is_kept_when_it_raises() -> None:
    g = Guard(ESCALATE_PAY, audit=False, approver=lambda req: True)

    @g.tool
    def pay(n: int) -> str:
        return "paid"

    @g.agent
    async def agent(task: str):  # noqa: ANN202
        pay(1)
        yield "a"
        raise RuntimeError("boom")

    async def consume():  # noqa: ANN202 - the last report, read in the agent's own context
        with pytest.raises(RuntimeError):
            async for _ in agent("x"):
                pass
        return g.last_report()

    report = asyncio.run(consume())
    assert report is not None and any(e.hook == "tool_call" for e in report.entries)


@pytest.mark.parametrize("field, value, message", [
    ("error", 404, "error must be a string"),
    ("rule", ["r"], "rule must be a string"),
    ("audit_details", "oops", "audit_details must be a dict"),
    ("scores", {"label": "toxic"}, "scores must map names to numbers"),
])
def test_a_verdict_field_of_the_wrong_type_fails_the_interceptor_not_the_agent(tmp_path, field, value, message) -> None:
    def mutated(e):  # noqa: ANN001, ANN202
        v = Verdict.instruct("note this")
        setattr(v, field, value)
        return v

    name = _on_tool_calls(mutated)

    g = Guard({"name": "p", "version": 1, "interceptors": [{"use": name}]}, audit_url=f"sqlite:///{tmp_path / 'a.db'}")
    t = g.tool(lambda: "ran", name="t")
    result = t()
    assert not result and message in str(result)  # failing closed, with the reason
    g.flush()
    assert g.audit.verify().ok and len(g.audit.records()) == 1


def test_a_rule_built_from_content_is_redacted_in_spans_and_audit(tmp_path) -> None:
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    name = _on_tool_calls(lambda e: Verdict.instruct("careful", rule=f"rule {e.arguments['to']}"))

    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    g = Guard({"name": "p", "version": 1, "interceptors": [{"use": name}]}, audit_url=f"sqlite:///{tmp_path / 'a.db'}",
              tracer_provider=provider)
    send = g.tool(lambda to: "sent", name="send")
    send(to="jane.doe@example.com")
    g.flush()
    rules = [r.rule for r in g.audit.records()] + [s.attributes.get("guard.rule") for s in exporter.get_finished_spans()]
    assert any(r and r.startswith("rule ") for r in rules)
    assert not any(r and "jane.doe@example.com" in r for r in rules)


def _policy(*specs: dict) -> dict:
    return {"name": "p", "version": 1, "interceptors": list(specs)}


def test_two_interceptors_under_one_label_keep_their_own_run_state() -> None:
    """Two gates may share a label (both `use: safety.tool_gate`); their call counters are their own."""
    def gate(limit: int) -> dict:
        return {"use": "safety.tool_gate", "id": "gate", "on": ["tool_call"],
                "config": {"rules": [{"tool": "lookup", "max_calls": limit}]}}

    g = Guard(_policy(gate(3), gate(10)), audit=False)
    with g.run() as run:
        actions = [run.tool_call("lookup", {}).action for _ in range(5)]
    assert actions == [Action.ALLOW] * 3 + [Action.REFUSE] * 2


@pytest.mark.parametrize("spec, path", [
    ({"use": "safety.tool_gate", "id": "  "}, "interceptors[0].id"),
    ({"use": "safety.tool_gate", "on": []}, "interceptors[0].on"),
])
def test_a_blank_id_or_an_empty_hook_list_is_refused(spec: dict, path: str) -> None:
    with pytest.raises(PolicyError, match=path.replace("[", r"\[").replace("]", r"\]")):
        validate_policy(_policy(spec))


@register("tests.recalls_results")
class _RecallsResults(BaseInterceptor):
    """Test interceptor: remembers in the run's state each tool result it checked or recalled."""

    hooks = frozenset({Hook.TOOL_RESULT})
    inline = True

    def check(self, event, ctx):
        ctx.run_state.setdefault("seen", []).append(("checked", event.result))
        return Verdict.allow()

    def recall(self, event, ctx):
        if event.result == "boom":
            raise RuntimeError("cannot read it")
        ctx.run_state.setdefault("seen", []).append(("recalled", event.result))


def test_observed_history_is_recalled_only_when_asked_and_a_failing_recall_loses_nothing() -> None:
    from guard.events import ToolResultEvent

    g = Guard({"name": "p", "version": 1, "interceptors": [{"use": "tests.recalls_results", "on": ["tool_result"]}]}, audit=False)
    with g.run(agent="a") as run:
        run.observe(ToolResultEvent(tool="t", result="plain"))
        run.observe(ToolResultEvent(tool="t", result="again"), recall=True)
        run.observe({"hook": "tool_result", "tool": "t", "result": "boom"}, recall=True)
        run.tool_result("t", "new")
        assert run.state.run_state["seen"] == [("recalled", "again"), ("checked", "new")]
        assert [e.result for e in run.history] == ["plain", "again", "boom", "new"]
        assert run.report.entries and len(run.report.entries) == 1  # recalled events decide nothing


def test_an_async_run_recalls_history_off_the_event_loop_and_only_methods_of_the_class_recall() -> None:
    from guard.events import ToolResultEvent

    class NotARecall(BaseInterceptor):  # an attribute named recall is no recall
        hooks = frozenset({Hook.TOOL_RESULT})

        def __init__(self, config=None):
            super().__init__(config)
            self.recall = lambda *a: (_ for _ in ()).throw(AssertionError("called"))

        def check(self, event, ctx):
            return Verdict.allow()

    register("tests.not_a_recall")(NotARecall)
    g = Guard({"name": "p", "version": 1, "interceptors": [{"use": "tests.recalls_results", "on": ["tool_result"]},
                                                             {"use": "tests.not_a_recall", "on": ["tool_result"]}]}, audit=False)

    async def main() -> list:
        async with g.run(agent="a") as run:
            pending = run.observe(ToolResultEvent(tool="t", result="earlier"), recall=True)
            assert run.state.run_state.get("seen") is None  # nothing yet: the recall is awaited
            await pending
            return run.state.run_state["seen"]

    assert asyncio.run(main()) == [("recalled", "earlier")]
