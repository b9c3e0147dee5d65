import pytest

from detectors.safety.tool_gate import ToolGate
from guard.events import ToolCallEvent
from guard.interceptors import CheckContext
from guard.verdicts import Action


def ctx(state=None):
    return CheckContext(run_id="r", hook="tool_call", agent=None, policy_name="p", state=state if state is not None else {})


def gate(**cfg):
    return ToolGate(cfg)


def call(tool, **args):
    return ToolCallEvent(tool=tool, arguments=args)


def test_glob_rule_refuses_with_reason_and_rule_id():
    g = gate(rules=[{"tool": "transfer_*", "id": "no_money", "action": "refuse", "reason": "money needs a human"}])
    v = g.check(call("transfer_funds", amount=5), ctx())
    assert v.action is Action.REFUSE and v.rule == "no_money" and v.reasons == ["money needs a human"]
    assert g.check(call("read_file"), ctx()).action is Action.ALLOW


@pytest.mark.parametrize("con,value,ok", [
    ({"allow": ["*@example.com"]}, "Bob@Example.com", True),
    ({"allow": ["*@example.com"]}, "bob@example.com.evil.io", False),
    ({"deny": ["*.onion", "*evil*"]}, "http://evil.io", False),
    ({"regex": r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}"}, "DE89370400440532013000", True),
    ({"regex": r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}"}, "DE89 3704", False),
    ({"min": 1, "max": 100}, 100, True),
    ({"min": 1, "max": 100}, 100.5, False),
    ({"max": 100}, "not a number", False),
    ({"min": 1, "max": 100}, 1, True),
    ({"min": 1, "max": 100}, 0.5, False),
    ({"min": 0}, -3, False),
    ({"deny": ["*@evil.io"]}, "Boss@EVIL.io", False),
    ({"deny": ["*@evil.io"]}, "boss@example.com", True),
])
def test_argument_constraints(con, value, ok):
    g = gate(rules=[{"tool": "t", "args": {"x": con}}])
    v = g.check(call("t", x=value), ctx())
    assert (v.action is Action.ALLOW) is ok, v
    if not ok:
        assert "'x'" in v.reasons[0]


def test_list_values_must_all_pass():
    g = gate(rules=[{"tool": "send", "args": {"to": {"allow": ["*@example.com"]}}}])
    assert g.check(call("send", to=["a@example.com", "b@example.com"]), ctx()).action is Action.ALLOW
    assert g.check(call("send", to=["a@example.com", "b@evil.io"]), ctx()).action is Action.REFUSE


def test_required_and_on_violation_escalate():
    g = gate(rules=[{"tool": "pay", "on_violation": "escalate", "args": {"memo": {"required": True}}}])
    v = g.check(call("pay", amount=1), ctx())
    assert v.action is Action.ESCALATE and "needs argument 'memo'" in v.reasons[0]


def test_a_required_argument_missing_or_null_is_refused_even_when_violations_drop():
    g = gate(rules=[{"tool": "pay", "args": {"memo": {"required": True, "on_violation": "drop"}}}])
    for args in ({}, {"memo": None}):
        v = g.check(call("pay", **args), ctx())
        assert v.action is Action.REFUSE and v.reasons == ["pay needs argument 'memo'"], v
    assert g.check(call("pay", memo="rent"), ctx()).action is Action.ALLOW


def test_a_null_optional_argument_is_absent_not_the_text_none():
    g = gate(rules=[{"tool": "send", "args": {"cc": {"allow": ["*@example.com"]}}}])
    assert g.check(call("send", cc=None), ctx()).action is Action.ALLOW


def test_among_blocking_rules_the_most_severe_decides_and_only_its_reasons_are_given():
    g = gate(rules=[{"tool": "wire_*", "id": "ask", "action": "escalate", "reason": "a human confirms wires"},
                    {"tool": "wire_abroad", "id": "never", "action": "refuse", "reason": "no wires abroad"},
                    {"tool": "wire_*", "id": "hint", "action": "instruct", "instruction": "state the purpose"}])
    v = g.check(call("wire_abroad"), ctx())
    assert v.action is Action.REFUSE and v.rule == "never" and v.reasons == ["no wires abroad"]
    v = g.check(call("wire_home"), ctx())
    assert v.action is Action.ESCALATE and v.rule == "ask" and v.reasons == ["a human confirms wires"]


def test_drop_and_clamp_rewrite_minimally_and_tell_the_agent():
    g = gate(rules=[{"tool": "send_email", "args": {"bcc": {"deny": ["*"], "on_violation": "drop"},
                                                     "priority": {"max": 3, "on_violation": "clamp"}}}])
    v = g.check(call("send_email", to="a@b.c", bcc="x@y.z", priority=9), ctx())
    assert v.action is Action.REWRITE
    assert v.rewrite == {"arguments": {"to": "a@b.c", "priority": 3}}
    assert "bcc" in v.instruction and "priority" in v.instruction


def test_max_calls_per_run():
    g = gate(rules=[{"tool": "search", "max_calls": 2}])
    state = {}
    actions = [g.check(call("search", q=str(i)), ctx(state)).action for i in range(3)]
    assert actions == [Action.ALLOW, Action.ALLOW, Action.REFUSE]
    assert g.check(call("search"), ctx({})).action is Action.ALLOW   # a new run starts from zero


def test_risk_classes_and_most_severe_wins():
    g = gate(risk_classes={"delete_*": "destructive", "exec*": "code"}, risk_actions={"destructive": "escalate", "code": "halt"},
             rules=[{"tool": "delete_*", "action": "instruct", "instruction": "double-check"}])
    assert g.check(call("delete_user"), ctx()).action is Action.ESCALATE
    assert g.check(call("exec_python"), ctx()).action is Action.HALT
    v = gate(rules=[{"tool": "delete_*", "action": "instruct", "instruction": "double-check"}]).check(call("delete_user"), ctx())
    assert v.action is Action.INSTRUCT and v.instruction == "double-check"


def test_tools_named_as_reads_are_in_no_risk_class_but_rules_still_apply():
    g = gate(risk_classes={"*_payment*": "financial"}, risk_actions={"financial": "escalate"}, read_tools=["get_*", "list_*"],
             rules=[{"tool": "list_*", "action": "instruct", "instruction": "page through results"}])
    assert g.check(call("create_payment", amount=5), ctx()).action is Action.ESCALATE
    assert g.check(call("get_payment", id="p1"), ctx()).action is Action.ALLOW
    assert g.check(call("getPayment", id="p1"), ctx()).action is Action.ALLOW  # its snake-case form is a read
    assert g.check(call("list_payments"), ctx()).action is Action.INSTRUCT
    assert g.check(call("mcp__bank__get_payment", id="p1"), ctx()).action is Action.ALLOW  # the name after its namespace
    # a namespace named like a read makes no read, nor does a second action in the name
    for tool in ("read_only__create_payment", "get_or_create_payment", "list_and_create_payment", "get_paymentAndCreate",
                 "get_payment-and-create"):
        assert g.check(call(tool, id="p1"), ctx()).action is Action.ESCALATE, tool


def test_the_default_pack_does_not_escalate_reading_a_payment():
    from guard.policy import load_policy

    spec = next(i for i in load_policy("default").interceptors if i.use == "safety.tool_gate")
    g = gate(**spec.config)
    assert g.check(call("get_payment", id="p1"), ctx()).action is Action.ALLOW
    assert g.check(call("schedule_payment", amount=5), ctx()).action is Action.ESCALATE


def test_default_deny_for_unlisted_tools():
    g = gate(default="refuse", rules=[{"tool": "read_*", "action": "allow"}])
    assert g.check(call("read_x"), ctx()).action is Action.ALLOW
    v = g.check(call("write_x"), ctx())
    assert v.action is Action.REFUSE and "not on the policy's list" in v.reasons[0]


@pytest.mark.parametrize("cfg,msg", [
    ({"rules": [{"tool": "t", "args": {"x": {"regex": "(["}}}]}, "invalid regular expression"),
    ({"rules": [{"tool": "t", "args": {"x": {"min": 5, "max": 1}}}]}, "min must not be greater than max"),
    ({"rules": [{"tool": "t", "action": "instruct"}]}, "needs an instruction"),
    ({"risk_actions": {"ghost": "refuse"}}, "unknown risk classes: ghost"),
    ({"rules": [{"tool": "t", "max_calls": 0}]}, "greater than 0"),
])
def test_config_errors_are_clear(cfg, msg):
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match=msg):
        ToolGate(cfg)


def test_a_gate_survives_pickle_and_copy_including_empty_allow_lists():
    import copy
    import pickle

    from detectors.safety.tool_gate import ToolGate
    from guard.events import ToolCallEvent
    from guard.interceptors import CheckContext

    gate = ToolGate({"rules": [{"tool": "send_*", "args": {"to": {"allow": []}, "cc": {"allow": ["*@example.com"]}}}]})
    ctx = CheckContext(run_id="r", hook="tool_call", agent=None, policy_name="p", state={}, run_state={})
    for clone in (pickle.loads(pickle.dumps(gate)), copy.copy(gate), copy.deepcopy(gate)):
        assert clone.check(ToolCallEvent(tool="send_email", arguments={"to": "a@b.c"}), ctx).action.value == "refuse"
        assert clone.check(ToolCallEvent(tool="send_email", arguments={"cc": "x@example.com"}), ctx).action.value == "allow"


@pytest.mark.parametrize("action", ["refuse", "drop"])
def test_an_argument_nested_too_deep_to_check_is_refused_by_name(action):
    deep = []
    cur = deep
    for _ in range(5000):  # str() of it overflows the stack
        cur.append([])
        cur = cur[0]
    g = gate(rules=[{"tool": "send", "args": {"to": {"allow": ["*@example.com"], "on_violation": action}}}])
    v = g.check(call("send", to=deep), ctx())
    assert v.action is Action.REFUSE
    assert v.reasons == ["argument 'to' is nested deeper than 100 levels"]


def test_arguments_that_are_not_a_json_object_are_refused_where_argument_rules_apply():
    from guard.events import RAW_ARGUMENTS_KEY

    g = gate(rules=[{"tool": "send_email", "args": {"bcc": {"deny": ["*"], "on_violation": "drop"}}},
                    {"tool": "search"}])
    truncated = '{"to": "a@b.c", "bcc": "evil@x.y"'  # a lenient client would still read the bcc out of it
    v = g.check(ToolCallEvent(tool="send_email", arguments={RAW_ARGUMENTS_KEY: truncated}), ctx())
    assert v.action is Action.REFUSE and "not a JSON object" in v.reason
    # a tool whose rules check no argument is not affected
    assert g.check(ToolCallEvent(tool="search", arguments={RAW_ARGUMENTS_KEY: "{oops"}), ctx()).action is Action.ALLOW


def test_a_rule_can_name_a_field_inside_an_argument():
    """Nested JSON objects and typed arguments (a pydantic model a framework built from the JSON)
    are checked at a dotted path; a list on the way is fanned out."""
    from pydantic import BaseModel

    class Recipient(BaseModel):
        email: str

    class Message(BaseModel):
        to: list[Recipient]
        body: str

    g = gate(rules=[{"tool": "send", "args": {"message.to.email": {"allow": ["*@example.com"], "required": True}}}])
    ok = {"to": [{"email": "a@example.com"}], "body": "hi"}
    bad = {"to": [{"email": "a@example.com"}, {"email": "eve@evil.io"}], "body": "hi"}
    assert g.check(call("send", message=ok), ctx()).action is Action.ALLOW
    v = g.check(call("send", message=bad), ctx())
    assert v.action is Action.REFUSE and "'message.to.email'" in v.reasons[0] and "eve@evil.io" not in v.reasons[0]
    assert g.check(call("send", message=Message.model_validate(ok)), ctx()).action is Action.ALLOW
    assert g.check(call("send", message=Message.model_validate(bad)), ctx()).action is Action.REFUSE
    v = g.check(call("send", message={"body": "no recipient"}), ctx())
    assert v.action is Action.REFUSE and "needs argument 'message.to.email'" in v.reasons[0]
    # a rewrite cannot reach inside an argument: a nested violation set to drop is refused instead
    drop = gate(rules=[{"tool": "send", "args": {"message.to.email": {"deny": ["*@evil.io"], "on_violation": "drop"}}}])
    assert drop.check(call("send", message=bad), ctx()).action is Action.REFUSE
    assert drop.check(call("send", message=ok), ctx()).action is Action.ALLOW
    # an argument whose own name holds a dot is read whole first
    dotted = gate(rules=[{"tool": "t", "args": {"a.b": {"deny": ["x"]}}}])
    assert dotted.check(call("t", **{"a.b": "x"}), ctx()).action is Action.REFUSE


@pytest.mark.parametrize("value", [float("nan"), "NaN", "nan", float("inf"), "-Infinity", 10 ** 400])
def test_a_bound_refuses_values_that_are_no_finite_number(value):
    # NaN compares false with every bound, so it passed `max` (and `min`) unchecked
    g = gate(rules=[{"tool": "charge", "args": {"amount": {"min": 0, "max": 10}}}])
    v = g.check(call("charge", amount=value), ctx())
    assert v.action is Action.REFUSE and "argument 'amount' must be" in v.reasons[0]


def test_nan_in_json_arguments_is_not_a_json_object():
    from guard.events import RAW_ARGUMENTS_KEY, parse_arguments

    assert parse_arguments('{"amount": NaN}') == {RAW_ARGUMENTS_KEY: '{"amount": NaN}'}
    assert parse_arguments('{"amount": 5}') == {"amount": 5}
    deep = '{"x": ' + "[" * 5000 + "]" * 5000 + "}"  # past the parser's stack (at the default recursion limit)
    parsed = parse_arguments(deep)  # kept as text where the parser gives up, not a RecursionError
    assert parsed == {RAW_ARGUMENTS_KEY: deep} or list(parsed) == ["x"]
    g = gate(rules=[{"tool": "charge", "args": {"amount": {"max": 10}}}])
    assert g.check(ToolCallEvent(tool="charge", arguments=parse_arguments('{"amount": NaN}')), ctx()).action is Action.REFUSE


# ---- a review of the gate (thirtieth session) --------------------------------------------

def test_a_rule_for_every_tool_does_not_list_tools_under_deny_by_default():
    from guard import Guard
    g = Guard.from_policy("strict", audit=False)
    with g.run(agent="a") as run:
        assert run.tool_call("wire_money", {"to": "x"}).action is Action.REFUSE
        assert run.tool_call("get_weather", {"city": "Oslo"}).action is Action.ALLOW
    g.close()
    only_star = gate(default="refuse", rules=[{"tool": "*", "args": {"bcc": {"deny": ["*"], "on_violation": "drop"}}}])
    assert only_star.check(call("anything"), ctx()).action is Action.REFUSE


def test_an_approved_escalation_keeps_the_gates_rewrite():
    from guard import Guard
    approved = []
    g = Guard.from_policy("strict", audit=False, approver=lambda req: approved.append(req.event.arguments) or True)
    with g.run(agent="a") as run:
        d = run.tool_call("send_email", {"to": "a@example.com", "bcc": "spy@evil.example"})
    g.close()
    assert d.allowed and "bcc" not in d.event.arguments and d.event.arguments["to"] == "a@example.com"
    assert approved == [{"to": "a@example.com"}]  # the approver saw the call as it would run


@pytest.mark.parametrize("value", [
    [["x@evil.com"]], b"x@evil.com", {"email": "x@evil.com"}, ("ok@fine.org", {"cc": "x@evil.com"}),
    "x@evil\u200b.com", "x@\uff45\uff56\uff49\uff4c.com", "x@evil.com\xad", "ok@fine.org, x@evil.com",
    "ok@fine.org;x@evil.com", "x@evil.com\nok@fine.org", {"x@evil.com": "editor"},
])
def test_deny_reads_every_leaf_and_the_folded_text(value):
    g = gate(rules=[{"tool": "send", "args": {"to": {"deny": ["*@evil.com"]}}}])
    assert g.check(call("send", to=value), ctx()).action is Action.REFUSE


@pytest.mark.parametrize("value, ok", [
    ("a@example.com", True), (["a@example.com", "b@example.com"], True), (b"a@example.com", True),
    ("x@evil.com, a@example.com", False), ("x@evil.com;a@example.com", False), ("x@evil.com\na@example.com", False),
    ("a@example.com x@evil.com", False), (["a@example.com", ["x@evil.com"]], False),
])
def test_allow_needs_every_address_in_a_value_to_match(value, ok):
    g = gate(rules=[{"tool": "send", "args": {"to": {"allow": ["*@example.com"]}}}])
    assert (g.check(call("send", to=value), ctx()).action is Action.ALLOW) is ok


def test_a_key_spelt_with_a_dot_does_not_hide_the_nested_field():
    g = gate(rules=[{"tool": "send", "args": {"message.to": {"allow": ["*@example.com"]}}}])
    ev = ToolCallEvent(tool="send", arguments={"message.to": "ok@example.com", "message": {"to": "x@evil.com"}})
    assert g.check(ev, ctx()).action is Action.REFUSE
    ev = ToolCallEvent(tool="send", arguments={"message": {"to": "ok@example.com"}})
    assert g.check(ev, ctx()).action is Action.ALLOW


def test_clamp_on_a_text_rule_is_refused_at_load_and_never_sets_none():
    with pytest.raises(ValueError, match="clamp"):
        gate(rules=[{"tool": "send", "on_violation": "clamp", "args": {"to": {"allow": ["*@example.com"]}}}])
    g = gate(rules=[{"tool": "pay", "on_violation": "clamp",
                     "args": {"amount": {"max": 100}, "to": {"allow": ["*@bank.example"], "on_violation": "refuse"}}}])
    assert g.check(call("pay", amount=500, to="x@bank.example"), ctx()).rewrite == {
        "arguments": {"amount": 100, "to": "x@bank.example"}}
    assert g.check(call("pay", amount=5, to="x@evil.com"), ctx()).action is Action.REFUSE


@pytest.mark.parametrize("tool", ["Exec", "EXEC_code", "execCode", "mcp__shell__exec_code", "functions.exec_code",
                                  "Transfer_Funds", "TransferFunds"])
def test_tool_names_match_whatever_their_case_or_namespace(tool):
    g = gate(rules=[{"tool": ["exec*", "transfer_*"], "action": "refuse"}])
    assert g.check(call(tool), ctx()).action is Action.REFUSE
    classes = gate(risk_classes={"exec*": "code", "transfer_*": "money"}, risk_actions={"code": "refuse", "money": "refuse"})
    assert classes.check(call(tool), ctx()).action is Action.REFUSE


def test_bounds_on_a_dotted_path_check_every_item():
    g = gate(rules=[{"tool": "order", "args": {"items.qty": {"min": 1, "max": 10}}}])
    assert g.check(call("order", items=[{"qty": 2}, {"qty": 3}]), ctx()).action is Action.ALLOW
    assert g.check(call("order", items=[{"qty": 2}, {"qty": 30}]), ctx()).action is Action.REFUSE


@pytest.mark.parametrize("tool", ["evilsrv__read_file", "mcp__untrusted__read_file", "shell.read_file", "x/search_web"])
def test_a_namespace_never_makes_a_tool_listed_under_deny_by_default(tool):
    g = gate(default="refuse", rules=[{"tool": "read_file", "action": "allow"}, {"tool": "search_*", "action": "allow"}])
    assert g.check(call(tool), ctx()).action is Action.REFUSE
    assert g.check(call("read_file"), ctx()).action is Action.ALLOW


@pytest.mark.parametrize("name, allow, value", [
    ("url", "https://example.com/*", "https://example.com/a?x=1,2"), ("path", "/home/user/*", "/home/user/a,b.txt"),
    ("subject", "Re: *", "Re: lunch, tomorrow"), ("code", "1,5", "1,5"),
])
def test_allow_reads_a_value_with_commas_whole_when_it_is_no_address_list(name, allow, value):
    g = gate(rules=[{"tool": "t", "args": {name: {"allow": [allow]}}}])
    assert g.check(call("t", **{name: value}), ctx()).action is Action.ALLOW


def test_a_call_the_gate_refuses_uses_up_no_call_of_max_calls():
    g = gate(rules=[{"tool": "send", "max_calls": 2, "args": {"to": {"allow": ["*@example.com"]}}}])
    state: dict = {}
    for _ in range(3):
        assert g.check(call("send", to="x@evil.example"), ctx(state)).action is Action.REFUSE
    assert g.check(call("send", to="a@example.com"), ctx(state)).action is Action.ALLOW
    assert g.check(call("send", to="b@example.com"), ctx(state)).action is Action.ALLOW
    assert g.check(call("send", to="c@example.com"), ctx(state)).action is Action.REFUSE


def test_rules_that_share_an_id_keep_their_own_counters():
    g = gate(rules=[{"tool": "a", "id": "cap", "max_calls": 1}, {"tool": "b", "id": "cap", "max_calls": 1}])
    state: dict = {}
    assert g.check(call("a"), ctx(state)).action is Action.ALLOW
    assert g.check(call("b"), ctx(state)).action is Action.ALLOW


@pytest.mark.parametrize("rule, field", [
    ({"tool": []}, "tool"), ({"tool": ""}, "tool"), ({"tool": ["send", " "]}, "tool"),
    ({"tool": "send", "args": {"to": {}}}, "constrains nothing"),
])
def test_a_rule_that_names_no_tool_or_constrains_nothing_is_refused(rule, field):
    with pytest.raises(ValueError, match=field):
        gate(rules=[rule])


def test_an_escalation_timeout_past_a_year_is_refused():
    from guard import PolicyError, load_policy

    with pytest.raises(PolicyError, match="escalation.timeout_s"):
        load_policy({"name": "p", "version": 1, "interceptors": [], "escalation": {"timeout_s": 1e10}})


def test_an_escalated_call_uses_up_no_max_calls_whatever_the_approver_says():
    g = gate(rules=[{"tool": "pay", "max_calls": 1, "action": "escalate"}])
    state: dict = {}
    for _ in range(3):
        assert g.check(call("pay"), ctx(state)).action is Action.ESCALATE


def test_max_calls_holds_for_parallel_calls_of_one_run(make_guard):
    """The count was read before the argument checks and written after them: parallel calls of one
    run (an executor's tasks) all passed the check, and 4-5 of 16 went through `max_calls: 3`."""
    g = make_guard([{"use": "safety.tool_gate", "timeout_ms": 5000, "config": {"rules": [
        {"tool": "send_newsletter", "max_calls": 3, "args": {"to": {"allow": ["*@example.com"]}}}]}}])
    rcpt = [f"user{i}@example.com" for i in range(3000)]  # a few ms of argument checks per call

    @g.tool
    def send_newsletter(to: list, body: str) -> str:
        return "sent"

    @g.agent
    def agent(task: str) -> int:
        with g.executor(16) as ex:
            futures = [ex.submit(send_newsletter, rcpt, "hi") for _ in range(16)]
        sent = 0
        for f in futures:
            try:
                sent += f.result() == "sent"
            except Exception:  # noqa: BLE001 - a refused call raises in its task
                pass
        return sent

    assert [agent("send it") for _ in range(3)] == [3, 3, 3]


def test_calls_an_earlier_turn_made_count_against_max_calls_when_recalled():
    g = gate(rules=[{"tool": "send_*", "max_calls": 2}])
    state = {}
    for tool in ("send_email", "read_inbox"):  # the replayed history of a stateless client
        g.recall(call(tool), ctx(state))
    assert g.check(call("send_email"), ctx(state)).action is Action.ALLOW
    v = g.check(call("send_sms"), ctx(state))
    assert v.action is Action.REFUSE and "at most 2" in v.reasons[0]


def test_the_proxy_counts_the_calls_of_earlier_turns(tmp_path):
    """A stateless client sends its history each turn: a run per request must not start its
    `max_calls` counts again."""
    from guard import Guard
    import asyncio

    from guard.proxy.config import ProxyConfig
    from guard.proxy.decisions import prepare_request

    g = Guard({"name": "p", "version": 1, "audit": {"url": f"sqlite:///{tmp_path}/a.db"},
               "telemetry": {"exporter": "none"},
               "interceptors": [{"use": "safety.tool_gate", "on": ["tool_call"],
                                 "config": {"rules": [{"tool": "send_email", "max_calls": 1}]}}]})
    history = [{"role": "user", "content": "Mail Ann the notes."},
               {"role": "assistant", "content": None, "tool_calls": [
                   {"id": "c1", "type": "function", "function": {"name": "send_email", "arguments": '{"to": "ann@x.example"}'}}]},
               {"role": "tool", "tool_call_id": "c1", "content": "sent"},
               {"role": "user", "content": "And Bob."}]

    async def next_call():
        async with g.run(agent="proxy") as run:
            await prepare_request(run, {"messages": history}, ProxyConfig())
            return await run.tool_call("send_email", {"to": "bob@x.example"})

    d = asyncio.run(next_call())
    assert not d.allowed and "at most 1" in d.reason
    g.close()
