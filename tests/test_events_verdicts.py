import pytest
from pydantic import ValidationError

from guard.events import InputEvent, ToolCallEvent, parse_event
from guard.verdicts import Action, Verdict
from tests import interceptors_for_tests  # noqa: F401  (registers test.*)


def test_canonical_json_is_key_order_independent_and_digest_stable():
    a = ToolCallEvent(tool="t", arguments={"b": 1, "a": [1, {"y": 2, "x": 1}]}, run_id="r", step=1, event_id="e", ts=1.0)
    b = ToolCallEvent(tool="t", arguments={"a": [1, {"x": 1, "y": 2}], "b": 1}, run_id="r", step=1, event_id="e", ts=1.0)
    assert a.canonical_json() == b.canonical_json()
    assert a.digest() == b.digest()
    c = a.model_copy(update={"arguments": {"b": 2, "a": [1, {"y": 2, "x": 1}]}})
    assert c.digest() != a.digest()
    assert " " not in a.canonical_json().replace('"t"', "")


def test_canonical_json_tolerates_non_json_tool_values():
    class Opaque:
        def __repr__(self):
            return "Opaque()"

    e = ToolCallEvent(tool="t", arguments={"obj": Opaque()})
    assert "Opaque()" in e.canonical_json()


def test_parse_event_picks_model_by_hook_and_names_bad_field():
    e = parse_event({"hook": "input", "content": "hi"})
    assert isinstance(e, InputEvent)
    with pytest.raises(ValidationError) as exc:
        parse_event({"hook": "tool_call", "arguments": {}})
    assert "tool" in str(exc.value)
    with pytest.raises(ValidationError):
        parse_event({"hook": "nonsense"})


def test_action_severity_order():
    order = [Action.ALLOW, Action.INSTRUCT, Action.REWRITE, Action.ESCALATE, Action.REFUSE, Action.HALT]
    sev = [a.severity for a in order]
    assert all(a < b for a, b in zip(sev, sev[1:])), sev  # strictly: no two actions tie
    assert Verdict.refuse("x").reasons == ["x"]


def test_merge_most_severe_wins_rewrites_compose_instructions_accumulate(make_guard):
    g = make_guard([
        {"use": "test.append", "config": {"marker": "-A"}},
        {"use": "test.fixed", "on": ["output"], "config": {"action": "instruct", "instruction": "be kind"}},
        {"use": "test.append", "id": "second", "config": {"marker": "-B"}},
        {"use": "test.fixed", "id": "third", "on": ["output"], "config": {"action": "instruct", "instruction": "be brief"}},
    ])
    with g.run(agent="a") as run:
        d = run.output("text")
    assert d.event.content == "text-A-B"          # composed in policy order
    assert d.instructions == ["be kind", "be brief"]
    assert d.action is Action.REWRITE            # rewrite outranks instruct
    assert [v.interceptor for v in d.verdicts] == ["test.append", "test.fixed", "second", "third"]


def test_refuse_stops_later_interceptors(make_guard):
    g = make_guard([
        {"use": "test.fixed", "config": {"action": "refuse", "reason": "no"}},
        {"use": "test.fixed", "id": "later", "config": {"action": "halt"}},
    ])
    with g.run() as run:
        d = run.tool_call("x", {})
    assert d.action is Action.REFUSE
    assert [v.interceptor for v in d.verdicts] == ["test.fixed"]


@pytest.mark.parametrize("action,allowed", [
    (Action.ALLOW, True), (Action.INSTRUCT, True), (Action.REWRITE, True),
    (Action.ESCALATE, False), (Action.REFUSE, False), (Action.HALT, False),
])
def test_only_allow_instruct_and_rewrite_let_the_action_go_ahead(action, allowed):
    from guard.verdicts import Decision

    assert Decision(event=None, action=action).allowed is allowed


def test_the_errors_the_readme_says_to_catch_come_from_guard_itself():
    import guard
    from guard.audit.engine import AuditWriteError
    from guard.decorators import UncheckableCall
    from guard.run import GuardInputError

    assert (guard.GuardInputError, guard.UncheckableCall, guard.AuditWriteError) == (
        GuardInputError, UncheckableCall, AuditWriteError)
    assert {"GuardInputError", "UncheckableCall", "AuditWriteError"} <= set(guard.__all__)
