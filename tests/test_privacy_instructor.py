"""Norms, flow assessment, guidance, minimal rewrites, the interceptor, LLM backend, CLI."""
from __future__ import annotations

import json
import re

import pytest

pytest.importorskip("presidio_analyzer")

from detectors.privacy.norms import Flow, NormError, load_norms, resolve  # noqa: E402

NORMS = load_norms()


# ---------------------------------------------------------------- norm resolution
@pytest.mark.parametrize(
    "flow, action, norm",
    [
        (dict(data_type="health", subject="other", recipient="healthcare"), "allow", "health-care"),
        (dict(data_type="health", subject="other", recipient="colleague"), "deny", "health-others"),
        (dict(data_type="health", subject="other", recipient="family", purpose="task_requires"), "minimise", "health-family"),
        (dict(data_type="health", subject="other", recipient="user"), "allow", "to-user"),
        (dict(data_type="finance", subject="other", recipient="financial", purpose="task_requires"), "allow", "finance-institutions"),
        (dict(data_type="finance", subject="self", recipient="public"), "deny", "public-self-identity"),
        (dict(data_type="credentials", subject="self", recipient="colleague"), "deny", "credentials-never"),
        (dict(data_type="contact", subject="other", recipient="colleague", purpose="task_requires"), "allow", "contact-task"),
        (dict(data_type="contact", subject="other", recipient="colleague"), "minimise", "contact-others"),
        (dict(data_type="legal", subject="other", recipient="legal"), "allow", "legal-counsel"),
        (dict(data_type="legal", subject="other", recipient="public"), "deny", "public-other"),
        (dict(data_type="education", subject="other", recipient="education", purpose="task_requires"), "allow", "education-school"),
        (dict(data_type="education", subject="child", recipient="education", purpose="task_requires"), "minimise", "children-guardians"),
        (dict(data_type="employment", subject="child", recipient="colleague"), "deny", "children-default"),
        (dict(data_type="location", subject="other", recipient="friend"), "deny", "location-others"),
        (dict(data_type="intimate", subject="other", recipient="friend", purpose="consent"), "allow", "consent"),
    ],
)
def test_norm_resolution(flow, action, norm):
    res = resolve(Flow(**flow), NORMS)
    assert (res.action.value, res.norm_id) == (action, norm)
    assert res.why


def test_bad_norm_file_names_the_field(tmp_path):
    p = tmp_path / "n.yaml"
    p.write_text("name: x\nnorms:\n  - {id: a, action: deny, why: w, data_type: horoscopes}\n")
    with pytest.raises(NormError, match=r"norms\.0\.data_type"):
        load_norms(p)
    p.write_text("name: x\nnorms:\n  - {id: a, action: maybe, why: w}\n")
    with pytest.raises(NormError, match=r"norms\.0\.action"):
        load_norms(p)
    with pytest.raises(NormError, match="no such file"):
        load_norms(tmp_path / "missing.yaml")


@pytest.mark.parametrize("text, expected", [
    (b"", "must be a mapping with 'name' and 'norms', got an empty file"),
    (b"- 1\n- 2\n", "got a list"),
    (b"name: \xe9\nnorms: []\n", "not UTF-8 text (byte 6)"),
    (b"name: x\nnorms:\n  - {id: a, action: deny, action: allow, why: w}\n", "duplicate key 'action' (first on line 3)"),
    (b"name: x\nname: y\nnorms:\n  - {id: a, action: deny, why: w}\n", "invalid YAML (line 2, column 1): duplicate key 'name'"),
    (b"name: x\nnorms:\n  - {id: a, action: deny, why: w, data_type: 5}\n", "field 'norms.0.data_type': must be a name"),
    (b"name: x\nnorms:\n  - {id: a, action: deny, why: w, sender: martian}\n", "field 'norms.0.sender': unknown sender 'martian'"),
    (b"name: x\nnorms:\n  - {id: a, action: deny, why: w, priority: true}\n", "field 'norms.0.priority'"),
    (b"name: x\nnorms:\n  - {id: a, action: deny, why: w}\n  - {id: a, action: allow, why: w}\n",
     "field 'norms': norm id 'a' is used twice (norms.0 and norms.1)"),
])
def test_every_broken_norm_file_is_a_norm_error_naming_file_and_field(tmp_path, text, expected):
    p = tmp_path / "n.yaml"
    p.write_bytes(text)
    with pytest.raises(NormError) as exc:
        load_norms(p)
    assert str(p) in str(exc.value) and expected in str(exc.value)


def test_a_norm_file_reports_all_its_errors_and_a_folder_is_a_norm_error(tmp_path):
    p = tmp_path / "n.yaml"
    p.write_text("name: x\nnorms:\n  - {id: a, action: maybe, why: w}\n  - {id: b, action: deny, why: w, recipient: boss}\n")
    with pytest.raises(NormError) as exc:
        load_norms(p)
    assert len(exc.value.errors) == 2 and "norms.0.action" in exc.value.errors[0] and "norms.1.recipient" in exc.value.errors[1]
    with pytest.raises(NormError, match="cannot read it"):
        load_norms(tmp_path)


# ---------------------------------------------------------------- flow assessment
def test_assess_flow_parses_survey_form_and_orders_by_appropriateness():
    from detectors.privacy import assess_flow

    good = assess_flow("Information about its owner's heart rate is collected by its manufacturer "
                       "if its owner has given consent.")
    bad = assess_flow("Information about its owner's heart rate is collected by its manufacturer "
                      "in order to sell it to advertisers.")
    assert good.data_type == "health" and good.recipient == "service_provider" and good.parsed_by == "survey"
    assert "consent" in good.principles and "commercial" in bad.principles
    assert -1.0 <= bad.score < good.score <= 1.0


def test_assess_flow_parses_who_shares_what_with_whom():
    from detectors.privacy import assess_flow

    a = assess_flow("A nurse tells the patient's employer about her cancer diagnosis.")
    b = assess_flow("A doctor shares a patient's test results with a specialist to plan treatment.")
    assert (a.data_type, a.subject, a.recipient, a.norm_action) == ("health", "other", "employer", "deny")
    assert (b.recipient, b.norm_action) == ("healthcare", "allow")
    assert a.score < 0 < b.score
    with pytest.raises(ValueError, match="non-empty"):
        assess_flow("  ")


# ---------------------------------------------------------------- rewrites
@pytest.fixture(scope="module")
def instructor():
    from detectors.privacy.instructor import PrivacyInstructor

    return PrivacyInstructor({"user_names": ["Sam Rivera"]})


def _ctx(hook, state, task):
    from guard.interceptors import CheckContext

    return CheckContext(run_id="r", hook=hook, agent="a", policy_name="t", state=state, task=task)


def test_rewrite_is_minimal(instructor):
    """Only the forbidden sentence goes; everything else stays byte-for-byte."""
    from guard.events import Hook, ToolCallEvent

    keep1 = "The team offsite is on June 3 at the river lodge."
    drop = "Priya Natarajan was diagnosed with multiple sclerosis and is on medical leave."
    keep2 = "Please bring your laptop and a rain jacket."
    body = f"{keep1} {drop} {keep2}"
    ev = ToolCallEvent(tool="SlackSendMessage", arguments={"channel": "#general", "message": body})
    v = instructor.check(ev, _ctx(Hook.TOOL_CALL, {}, "Post the offsite logistics to #general."))
    assert v.action.value == "rewrite"
    new = v.rewrite["arguments"]["message"]
    assert new == f"{keep1} {keep2}"
    assert v.rewrite["arguments"]["channel"] == "#general"
    assert "sclerosis" not in json.dumps(v.details) and "Priya" not in (v.instruction or "")
    assert any("health" in c["data_type"].split(",") for c in v.details["changes"])


@pytest.mark.parametrize("body, kept", [
    ("Revenue is up 12% this quarter (from Bob Hale, who is out next week for his chemotherapy).",
     "Revenue is up 12% this quarter."),
    ("Revenue is up 12% (see the deck). Bob Hale is out next week for his chemotherapy. Costs fell.",
     "Revenue is up 12% (see the deck). Costs fell."),
])
def test_rewrite_drops_only_the_aside_or_sentence_that_states_the_matter(instructor, body, kept):
    """A parenthetical aside goes on its own; the business content stays."""
    from guard.events import Hook, ToolCallEvent

    ev = ToolCallEvent(tool="send_email", arguments={"to": "board@example.com", "subject": "Summary", "body": body})
    v = instructor.check(ev, _ctx(Hook.TOOL_CALL, {}, "Send the quarterly summary to the board."))
    assert v.action.value == "rewrite"
    assert v.rewrite["arguments"]["body"] == kept


def test_a_field_emptied_by_the_rewrite_is_refused_not_sent_empty(instructor):
    from guard.events import Hook, ToolCallEvent

    ev = ToolCallEvent(tool="send_email", arguments={"to": "board@example.com", "subject": "Quarterly summary",
                                                     "body": "Bob Hale is out next week for his chemotherapy."})
    v = instructor.check(ev, _ctx(Hook.TOOL_CALL, {}, "Send the quarterly summary to the board."))
    assert v.action.value == "refuse" and "nothing would remain" in v.reasons[0]


@pytest.mark.parametrize("tool, egress", [
    ("send_email", True), ("SlackSendMessage", True), ("reply_to_email", True), ("http_request", True), ("create_gist", True),
    ("search_emails", False), ("read_email", False), ("get_messages", False), ("recall_memory", False),
    ("searchContactsByText", False), ("mcp__mail__search_emails", False), ("extract_text", False),
    ("read_and_forward_email", True), ("summarize_then_send_report", True), ("register_user", False),
    ("track_logistics", False), ("read_email-and-forward", True), ("jira.createIssue", True), ("s3.putObject", True),
    ("api:http_request", True),
    # verbs that compute on data read alike in taint's trust and here (`guard.tool_names.READ_VERBS`)
    ("verify_email_address", False), ("translate_message", False), ("convert_message_to_pdf", False),
    ("validate_email", False), ("getaway_message", True), ("verify_and_send_email", True),
])
def test_tools_named_for_reading_are_not_egress(tool, egress):
    from detectors.privacy.context import is_egress

    assert is_egress(tool) is egress


def test_a_search_by_a_third_partys_address_is_not_rewritten_or_refused(instructor):
    from guard.events import Hook, ToolCallEvent

    ev = ToolCallEvent(tool="search_emails", arguments={"query": "invoice", "sender": "priya.n@corp.com"})
    v = instructor.check(ev, _ctx(Hook.TOOL_CALL, {}, "Find Priya's last invoice e-mail and summarise it for me."))
    assert v.action.value in ("allow", "instruct") and not v.rewrite


def test_minimise_generalises_identifiers_in_place():
    from detectors.privacy.rewrite import rewrite_text
    from detectors.privacy.engine import get_analyzer
    from detectors.privacy.analysis import decide, find

    text = "Form for Dana Kim: born 07/19/1990, card 4111 1111 1111 1111, phone 212-555-0143."
    decisions = decide(find(text, get_analyzer()), relation="service_provider", task="Fill the gym form.", norms=NORMS)
    from detectors.privacy.norms import NormAction, Resolution

    minimise = [(d.finding, Resolution(flow=d.resolution.flow, action=NormAction.MINIMISE, norm_id="t", why="t"))
                for d in decisions]
    out = rewrite_text(text, minimise).text
    assert "born in 1990" in out and "card ending 1111" in out and "[phone number]" in out
    assert out.startswith("Form for Dana Kim:")


def test_refuses_only_when_nothing_would_remain(instructor):
    from guard.events import Hook, ToolCallEvent

    ev = ToolCallEvent(tool="FacebookManagerCreatePost",
                       arguments={"content": "My neighbour Tom Baker was arrested for fraud and his trial is next week."})
    v = instructor.check(ev, _ctx(Hook.TOOL_CALL, {}, "Write a Facebook post about my week."))
    assert v.action.value == "refuse"
    ok = ToolCallEvent(tool="FacebookManagerCreatePost", arguments={"content": "Lovely week: I ran my first 10k!"})
    assert instructor.check(ok, _ctx(Hook.TOOL_CALL, {}, "Write a Facebook post about my week.")).action.value == "allow"


def test_read_only_tools_and_outputs_to_the_user_are_not_rewritten(instructor):
    from guard.events import Hook, OutputEvent, ToolCallEvent

    ev = ToolCallEvent(tool="NotionManagerSearchContent", arguments={"keywords": "Tom Baker arrested fraud"})
    assert instructor.check(ev, _ctx(Hook.TOOL_CALL, {}, None)).action.value == "allow"
    out = OutputEvent(content="Your note says Tom Baker was arrested for fraud.")
    assert instructor.check(out, _ctx(Hook.OUTPUT, {}, None)).action.value == "allow"


# ---------------------------------------------------------------- guidance, multi-step
def test_guidance_for_a_multi_step_scenario(instructor):
    from guard.events import Hook, InputEvent, ToolResultEvent

    state: dict = {}
    task = "Email my coworker Lena an update on the Q3 project, check my notes first."
    instructor.check(InputEvent(content=task), _ctx(Hook.INPUT, state, task))
    r1 = ToolResultEvent(tool="NotesSearch", step=1, result={"notes": [
        "Q3 project: the migration finished two weeks early and the budget is on track.",
        "Marcus Lee told me he is being treated for depression and may take sick leave."]})
    v1 = instructor.check(r1, _ctx(Hook.TOOL_RESULT, state, task))
    assert v1.action.value == "instruct"
    g1 = v1.instruction
    assert "step 1" in g1 and "colleague" in g1
    assert "Do NOT share" in g1 and "health" in g1 and "norm health-others" in g1
    assert "Marcus" not in g1 and "depression" not in g1  # guidance names types, not values
    assert "Lena" not in g1  # nor the task's: the guidance is logged and audited (the task was once quoted whole)
    r2 = ToolResultEvent(tool="ContactsLookup", step=2, result="Lena Ortiz, lena.ortiz@example.com, +1 212 555 0143")
    v2 = instructor.check(r2, _ctx(Hook.TOOL_RESULT, state, task))
    g2 = v2.instruction
    assert "step 2" in g2 and "contact" in g2
    assert "Still in force from earlier steps" in g2 and "health" in g2.split("Still in force")[1]
    clean = ToolResultEvent(tool="Calendar", step=3, result="No events today.")
    assert instructor.check(clean, _ctx(Hook.TOOL_RESULT, state, task)).action.value == "allow"


def test_end_to_end_through_guard():
    from guard import Guard

    policy = {"name": "t", "version": 1, "interceptors": [
        {"use": "privacy.instructor", "on": ["input", "tool_result", "tool_call", "output"], "config": {}}]}
    guard = Guard.from_policy(policy)
    with guard.run(agent="a") as run:
        run.input("Send my friend Jo a summary of the book club notes.")
        d = run.tool_result("NotesRead", "Book club picked Dune. Ana mentioned her divorce settlement is almost final.")
        assert d.instructions and "Do NOT share" in d.instructions[0]
        d = run.tool_call("MessengerSendMessage", {"recipient": "Jo (friend)",
                                                   "message": "Book club picked Dune. Ana mentioned her divorce settlement is almost final."})
        assert d.allowed and d.rewritten
        assert d.event.arguments["message"] == "Book club picked Dune."


# ---------------------------------------------------------------- LLM backend
def _guidance_reply(body: dict) -> dict:
    return {"id": "x", "object": "chat.completion", "model": body["model"], "choices": [
        {"index": 0, "finish_reason": "stop",
         "message": {"role": "assistant", "content": "LLM guidance: do not share the health details (norm health-others)."}}]}


def test_llm_backend_gets_structured_analysis_only(fake):
    from guard.events import Hook, ToolResultEvent

    from detectors.privacy.instructor import PrivacyInstructor

    fake.log.clear()
    fake.script = _guidance_reply
    try:
        ins = PrivacyInstructor({"backend": "llm", "llm": {"base_url": fake.url, "model": "m"}})
        ev = ToolResultEvent(tool="Notes", step=1, result="Marcus Lee is being treated for depression.")
        v = ins.check(ev, _ctx(Hook.TOOL_RESULT, {}, "Email my coworker an update, cc dana.ortiz@example.com."))
        assert v.instruction.startswith("LLM guidance")
        body = fake.log.requests[-1]
        assert body["messages"][0]["role"] == "system"
        sent = body["messages"][1]["content"]
        assert "health" in sent and "Marcus" not in sent and "depression" not in sent
        # the task too: it was once sent whole, values and all
        assert json.loads(sent)["task"] == "Email my coworker an update, cc <EMAIL_ADDRESS_1>."
    finally:
        fake.script = None
    # A dead endpoint falls back to local guidance.
    ins = PrivacyInstructor({"backend": "llm", "llm": {"base_url": "http://127.0.0.1:9/v1", "timeout_s": 0.5}})
    v = ins.check(ev, _ctx(Hook.TOOL_RESULT, {}, "Email my coworker an update."))
    assert v.instruction.startswith("Privacy guidance")


def _minimiser_reply(content: str):
    def reply(body: dict) -> dict:
        return {"id": "x", "object": "chat.completion", "model": body["model"], "choices": [
            {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": content}}]}
    return reply


_TRIP = ("The offsite moves to the river lodge on June 3. "
         "Dana has been sleeping at her sister's place since the weekend. "
         "Ask Priya Natarajan at the front desk if the bus is late.")


def _send(ins, message: str, task: str = "Email my coworker Jo the offsite plan."):
    from guard.events import Hook, ToolCallEvent

    call = ToolCallEvent(tool="GmailSendEmail", arguments={"to": "jo@example.com", "body": message})
    return ins.check(call, _ctx(Hook.TOOL_CALL, {"task": task}, task))


def test_llm_minimiser_drops_the_sentences_it_names_and_sees_no_values(fake):
    from detectors.privacy.instructor import PrivacyInstructor

    ins = PrivacyInstructor({"backend": "llm", "llm": {"base_url": fake.url, "model": "m", "minimise": True}})
    fake.log.clear()
    fake.script = _minimiser_reply('```json\n{"remove": [{"id": 2, "type": "intimate"}]}\n```')
    try:
        v = _send(ins, _TRIP)
    finally:
        fake.script = None
    assert v.action.value == "rewrite"
    body = v.rewrite["arguments"]["body"]
    assert "sister" not in body and body.startswith("The offsite moves") and "if the bus is late" in body
    assert v.rewrite["arguments"]["to"] == "jo@example.com"
    assert {"kind": "sentence", "data_type": "intimate", "action": "removed", "norm": "llm-minimise",
            "replacement": ""} in v.details["changes"]
    request = fake.log.requests[-1]
    assert request["response_format"] == {"type": "json_object"}
    sent = json.loads(request["messages"][1]["content"])
    assert [s["id"] for s in sent["sentences"]] == [1, 2, 3]
    assert sent["recipient_relation"] == "colleague"
    assert "Priya" not in request["messages"][1]["content"]
    assert sent["sentences"][2]["text"].startswith("Ask <PERSON_")


@pytest.mark.parametrize("content", [
    "I would remove the second sentence.",            # no JSON
    '{"drop": [2]}',                                  # not the shape asked for
    '{"remove": [{"id": 7}]}',                        # a sentence the message does not have
    '{"remove": [{"id": 0}]}',
])
def test_llm_minimiser_keeps_the_rule_based_rewrite_on_a_bad_reply(fake, content, caplog):
    from detectors.privacy.instructor import PrivacyInstructor

    ins = PrivacyInstructor({"backend": "llm", "llm": {"base_url": fake.url, "model": "m", "minimise": True}})
    fake.script = _minimiser_reply(content)
    try:
        with caplog.at_level("WARNING", logger="detectors.privacy.instructor"):
            v = _send(ins, _TRIP)
    finally:
        fake.script = None
    assert v.action.value == "allow"  # the rules find nothing to remove here
    assert "LLM minimiser unavailable (MinimiserError)" in caplog.text
    assert "dana" not in caplog.text.lower()


def test_llm_minimiser_off_by_default_and_a_dead_endpoint_changes_nothing(fake):
    from detectors.privacy.instructor import PrivacyInstructor

    fake.log.clear()
    ins = PrivacyInstructor({"backend": "llm", "llm": {"base_url": fake.url, "model": "m"}})
    assert _send(ins, _TRIP).action.value == "allow" and not fake.log.requests  # guidance only: no egress request
    dead = PrivacyInstructor({"backend": "llm", "llm": {"base_url": "http://127.0.0.1:9/v1", "timeout_s": 0.5,
                                                        "minimise": True}})
    assert _send(dead, _TRIP).action.value == "allow"


def test_llm_minimiser_removing_everything_refuses(fake):
    from detectors.privacy.instructor import PrivacyInstructor

    ins = PrivacyInstructor({"backend": "llm", "llm": {"base_url": fake.url, "model": "m", "minimise": True}})
    fake.script = _minimiser_reply('{"remove": [{"id": 1, "type": "confidential"}]}')
    try:
        v = _send(ins, "Dana has been sleeping at her sister's place since the weekend.")
    finally:
        fake.script = None
    assert v.action.value == "refuse" and "nothing would remain" in v.reason


def test_minimiser_reply_parsing_and_masking():
    from detectors.privacy.engine import Entity
    from detectors.privacy.llm_minimise import MinimiserError, mask, parse_reply

    got = parse_reply('{"remove": [{"id": 3, "type": "health"}, {"id": 1, "type": "gossip"}, {"id": 3}], "note": "x"}', 3)
    assert [(d.sentence, d.data_type) for d in got] == [(1, "other"), (3, "health")]
    assert parse_reply('{"remove": []}', 2) == []
    for bad in ('{"remove": [{"id": 4}]}', '{"remove": "all"}', "[]", '{"remove": [{"id": "two"}]}'):
        with pytest.raises(MinimiserError):
            parse_reply(bad, 3)
    text = "Ana (ana@x.org) met Ana's lawyer; ana@x.org again."
    ents = [Entity("PERSON", 0, 3, 0.9, "Ana"), Entity("EMAIL_ADDRESS", 5, 14, 1.0, "ana@x.org"),
            Entity("PERSON", 20, 23, 0.9, "Ana"), Entity("PERSON", 5, 8, 0.5, "ana"),  # overlaps the address
            Entity("EMAIL_ADDRESS", 34, 43, 1.0, "ana@x.org")]
    assert mask(text, ents) == "<PERSON_1> (<EMAIL_ADDRESS_1>) met <PERSON_1>'s lawyer; <EMAIL_ADDRESS_1> again."
    names: dict = {}  # shared across a message's sentences: one person keeps one placeholder
    assert [mask(t, [Entity("PERSON", 0, len(n), 0.9, n)], names) for t, n in (("Bo", "Bo"), ("Al", "Al"), ("Bo", "Bo"))] == [
        "<PERSON_1>", "<PERSON_2>", "<PERSON_1>"]


def test_cli_eval_privacylens_with_an_llm_endpoint(fake, tmp_path, capsys):
    from guard.cli.main import main

    case = {"name": "c1", "seed": {"data_recipient": "coworker"}, "trajectory": {
        "user_instruction": "Send my coworker Jo the offsite plan.", "final_action": "GmailSendEmail",
        "sensitive_info_items": ["Dana has been sleeping at her sister's place since the weekend."],
        "executable_trajectory": "Action: NotesSearch\nAction Input: {}\nObservation: " + json.dumps({"note": _TRIP})}}
    p = tmp_path / "pl.json"
    p.write_text(json.dumps([case]))
    assert main(["eval", "privacylens", str(p), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["privacy"] == 0.0  # the rules alone let it through

    def reply(body: dict) -> dict:
        sent = json.loads(body["messages"][1]["content"])
        if "sentences" not in sent:  # the guidance request
            return _guidance_reply(body)
        ids = [s["id"] for s in sent["sentences"] if "sister" in s["text"]]
        return _minimiser_reply(json.dumps({"remove": [{"id": i, "type": "intimate"} for i in ids]}))(body)

    fake.script = reply
    try:
        assert main(["eval", "privacylens", str(p), "--json", "--llm-url", fake.url, "--llm-model", "m"]) == 0
    finally:
        fake.script = None
    res = json.loads(capsys.readouterr().out)
    assert res["privacy"] == 1.0 and res["helpfulness"] > 0.5
    assert res["llm"]["calls"] >= 1 and res["llm"]["failures"] == 0
    # an endpoint that never answers: the rule-based figures must not pass for the endpoint's
    assert main(["eval", "privacylens", str(p), "--json", "--llm-url", "http://127.0.0.1:9/v1", "--llm-model", "m",
                 "--llm-timeout", "2"]) == 1
    out, err = capsys.readouterr()
    assert json.loads(out)["llm"]["failures"] == json.loads(out)["llm"]["calls"] > 0
    assert "answered none of" in err and "rule-based figures" in err
    with pytest.raises(SystemExit) as exc:
        main(["eval", "privacylens", str(p), "--llm-url", fake.url, "--llm-timeout", "0"])
    assert exc.value.code == 2 and "--llm-timeout: must be more than 0" in capsys.readouterr().err


# ---------------------------------------------------------------- CLI
def test_cli_eval_pii_and_privacylens(tmp_path, capsys):
    from guard.cli.main import main

    data = [{"full_text": "Call Maria Lopez at 212-555-0143.", "spans": [
        {"entity_type": "PERSON", "entity_value": "Maria Lopez", "start_position": 5, "end_position": 16},
        {"entity_type": "PHONE_NUMBER", "entity_value": "212-555-0143", "start_position": 20, "end_position": 32}]}]
    p = tmp_path / "d.json"
    p.write_text(json.dumps(data))
    assert main(["eval", "pii", str(p), "--json"]) == 0
    res = json.loads(capsys.readouterr().out)
    assert {"precision", "recall", "f2", "per_entity"} <= set(res) and res["recall"] == 1.0
    bad = tmp_path / "bad.json"
    bad.write_text('{"not": "a list"}')
    assert main(["eval", "pii", str(bad)]) == 2
    assert "expected a JSON list" in capsys.readouterr().err

    case = {"name": "c1", "seed": {"data_recipient": "coworker"}, "trajectory": {
        "user_name": "Sam Rivera", "user_instruction": "Send my coworker an update on the launch.",
        "final_action": "GmailSendEmail", "sensitive_info_items": ["Marcus Lee is being treated for depression."],
        "executable_trajectory": 'Action: NotesSearch\nAction Input: {"q": "launch"}\nObservation: {"notes": ['
                                 '"The launch moved to Tuesday and the press kit is ready.", '
                                 '"Marcus Lee is being treated for depression."]}'}}
    p2 = tmp_path / "pl.json"
    p2.write_text(json.dumps([case]))
    assert main(["eval", "privacylens", str(p2), "--json"]) == 0
    res = json.loads(capsys.readouterr().out)
    assert res["privacy"] == 1.0 and res["helpfulness"] == 1.0 and res["cases"] == 1
    p2.write_text(json.dumps([{"name": "x"}]))
    assert main(["eval", "privacylens", str(p2)]) == 2
    assert "field 'seed'" in capsys.readouterr().err


def test_cli_eval_privacylens_edge_cases(tmp_path, capsys):
    from guard.cli.main import main

    deep: object = "Marcus Lee is being treated for depression, his notes say."
    for _ in range(900):
        deep = {"x": deep}
    case = {"name": "c1", "seed": {"data_recipient": "coworker"}, "trajectory": {
        "user_instruction": "Send my coworker an update.", "final_action": "GmailSendEmail",
        "sensitive_info_items": ["Marcus Lee is being treated for depression."],
        "executable_trajectory": "Action: NotesSearch\nAction Input: {}\nObservation: " + json.dumps(deep)}}
    p = tmp_path / "pl.json"
    p.write_text(json.dumps([case]))
    # an observation nested past Python's recursion limit is read, not a RecursionError
    assert main(["eval", "privacylens", str(p), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["privacy"] == 1.0
    # nothing to measure helpfulness on: n/a, not 0
    case["trajectory"]["executable_trajectory"] = ""
    p.write_text(json.dumps([case]))
    assert main(["eval", "privacylens", str(p), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["helpfulness"] is None
    assert main(["eval", "privacylens", str(p)]) == 0
    assert "helpfulness=n/a" in capsys.readouterr().out
    # no final tool to send through is no case (it would send everything through no check)
    case["trajectory"]["final_action"] = ""
    p.write_text(json.dumps([case]))
    assert main(["eval", "privacylens", str(p)]) == 2
    assert "case [0] field 'trajectory.final_action': must name the tool" in capsys.readouterr().err


def test_warmup_loads_the_analyzer_before_the_first_check():
    from guard import Guard

    guard = Guard.from_policy({"name": "t", "version": 1, "audit": {"enabled": False},
                               "interceptors": [{"use": "privacy.instructor", "id": "privacy"}]})
    stage = guard.pipeline.stages[0]
    assert stage.interceptor._analyzer is None
    assert guard.warmup() == {"privacy": None}
    assert stage.interceptor._analyzer is not None
    guard.close()


def test_a_payment_s_payee_identifier_is_its_address_not_shared_content(instructor):
    from guard.events import Hook, ToolCallEvent

    ev = ToolCallEvent(tool="transfer_money", arguments={"iban": "GB33BUKB20201555555555", "amount": 120.0,
                                                         "subject": "Rent for March"})
    v = instructor.check(ev, _ctx(Hook.TOOL_CALL, {}, "Pay my March rent to my landlord."))
    assert v.action.value == "allow"


# ---------------------------------------------------------------- egress edge cases (review findings)
def _guard(tmp_path, **extra):
    from guard import Guard

    pol = {"name": "t", "version": 1, "audit": {"url": f"sqlite:///{tmp_path / 'a.db'}", "durability": "sync"},
           "telemetry": {"exporter": "none", **extra},
           "interceptors": [{"use": "privacy.instructor", "id": "privacy", "timeout_ms": 60000, "config": {}}]}
    return Guard.from_policy(pol)


TASK = "Email my coworker Lena an update on the Q3 project."


@pytest.mark.parametrize("capture", [False, True])
def test_lone_surrogates_neither_crash_the_run_nor_lose_audit_records(tmp_path, capture):
    g = _guard(tmp_path, capture_content=capture)
    with g.run(agent="a") as run:
        run.input(TASK + " \ud800")
        d = run.tool_call("send_email", {"to": "lena@x.com", "body": "Project ok \ud800. Marcus's SSN is 123-45-6789."})
        assert d.action.value == "rewrite" and "123-45-6789" not in d.event.arguments["body"]
    g.flush()
    assert g.audit.count() == 2 and g.audit.verify().ok
    g.close()


def test_egress_that_cannot_be_read_in_time_or_at_all_is_refused(tmp_path):
    g = _guard(tmp_path)
    deep = {"body": "Marcus Lee was diagnosed with multiple sclerosis."}
    for _ in range(200):
        deep = {"x": deep}
    with g.run(agent="a") as run:
        run.input(TASK)
        d = run.tool_call("send_email", {"to": "lena@x.com", "payload": deep})
        assert d.action.value == "refuse" and "nested" in d.verdicts[0].reasons[0]
        big = "The migration is on track. " * 5000 + "Marcus Lee's SSN is 123-45-6789."
        d = run.tool_call("send_email", {"to": "lena@x.com", "body": big})
        assert d.action.value == "refuse" and "characters" in d.verdicts[0].reasons[0]
        # the bulk may sit in keys or in numbers (an identifier under its key): both count
        for payload in ({"Marcus Lee, SSN 123-45-6789 " * 4000: "see key"}, {"ids": list(range(10**9, 10**9 + 12000))}):
            d = run.tool_call("send_email", {"to": "lena@x.com", "body": "hi", "payload": payload})
            assert d.action.value == "refuse" and "characters" in d.verdicts[0].reasons[0], d.verdicts[0].reasons
    g.close()


def test_identifiers_are_withheld_wherever_they_are_written_again(tmp_path):
    g = _guard(tmp_path)
    with g.run(agent="a") as run:
        run.input(TASK)
        d = run.tool_call("send_email", {"to": "lena@x.com", "body": "Marcus's SSN is 123-45-6789. Again: 123-45-6789."})
        assert "123-45-6789" not in d.event.arguments["body"]
        # seen in a tool result with its cue, written again at egress without one
        run.tool_result("notes_read", "Marcus Lee's SSN is 123-45-6789 and his card is 4111 1111 1111 1111.")
        d = run.tool_call("send_email", {"to": "lena@x.com", "body": "Marcus Lee: 123 45 6789 / 4111111111111111"})
        body = d.event.arguments["body"]
        assert "6789" not in body and "4111" not in body, body
    g.close()


def test_an_entity_that_runs_past_its_sentence_is_still_edited():
    from detectors.privacy.instructor import PrivacyInstructor
    from guard.events import Hook, ToolCallEvent
    from guard.interceptors import CheckContext

    ins = PrivacyInstructor({})
    ctx = CheckContext(run_id="r", hook=Hook.TOOL_CALL, agent="a", policy_name="t", state={"task": TASK}, task=TASK)
    body = "Project ok.\nMarcus Lee lives at:\n12 Elm Street\nSpringfield, IL 62704\nSee you."
    v = ins.check(ToolCallEvent(tool="send_email", arguments={"to": "lena@x.com", "body": body}), ctx)
    assert v.action.value == "rewrite"
    new = v.rewrite["arguments"]["body"]
    assert "12 Elm Street" not in new and "Project ok." in new and "See you." in new


def test_audit_details_do_not_quote_the_recipient(tmp_path):
    g = _guard(tmp_path)
    with g.run(agent="a") as run:
        run.input("Reply to Marcus Lee, 555-0143, 12 Elm St, my coworker.")
        run.tool_call("send_message", {"recipient": "Marcus Lee, 555-0143, 12 Elm St, my coworker",
                                       "text": "Anna's diagnosis is multiple sclerosis."})
    g.flush()
    stored = json.dumps([r.details for r in g.audit.records()])
    assert "555-0143" not in stored and "Marcus Lee" not in stored
    g.close()


def test_an_address_does_not_choose_the_recipient_relation():
    from detectors.privacy.context import recipient_relation

    # the words of an address are its owner's choice (an injected one, too): the task decides
    assert recipient_relation("send_email", {"to": "doctorwho.fan@gmail.com"}, "Email my coworker an update")[0] == "colleague"
    assert recipient_relation("send_email", {"to": "press.kit@acme.com"}, "Email Lena an update")[0] == "unknown"
    # what the task says about this addressee still counts
    assert recipient_relation("send_email", {"to": "landlord@x.com"},
                              "email my landlord (landlord@x.com) about the lease")[0] == "service_provider"


def test_keys_numbers_and_tuples_in_arguments_are_rewritten():
    from detectors.privacy.instructor import PrivacyInstructor
    from guard.events import Hook, ToolCallEvent
    from guard.interceptors import CheckContext

    ins = PrivacyInstructor({})

    def rewritten(args):
        ctx = CheckContext(run_id="r", hook=Hook.TOOL_CALL, agent="a", policy_name="t", state={"task": TASK}, task=TASK)
        v = ins.check(ToolCallEvent(tool="send_email", arguments={"to": "lena@x.com", **args}), ctx)
        return v.rewrite["arguments"] if v.rewrite else None

    assert rewritten({"ssn": 123456789})["ssn"] == "[us ssn withheld]"  # the key gives the number its meaning
    assert rewritten({"card": 4111111111111111})["card"] == "[credit card withheld]"
    for ordinary in ({"count": 1234567}, {"order_id": 3105550143}, {"data": {"revenue_usd": 123456789}}):
        assert rewritten({**ordinary, "body": "Q3 is on track."}) is None  # amounts and ids stay numbers
    diagnosis = "Marcus Lee was diagnosed with multiple sclerosis."
    assert rewritten({"items": (diagnosis, "ok")})["items"] == ["", "ok"]
    # personal data in a field name cannot be rewritten safely (keys collide, fields vanish): refused
    for args in ({"notes": {diagnosis: "x"}}, {"body": "See fields.", "Marcus Lee SSN 123-45-6789": True}):
        ctx = CheckContext(run_id="r", hook=Hook.TOOL_CALL, agent="a", policy_name="t", state={"task": TASK}, task=TASK)
        v = ins.check(ToolCallEvent(tool="send_email", arguments={"to": "lena@x.com", **args}), ctx)
        assert v.action.value == "refuse" and "field name" in v.reasons[0]


def test_repeats_and_remembered_identifiers_match_whole_values_only():
    from detectors.privacy.instructor import PrivacyInstructor, seen_again
    from guard.events import Hook, ToolCallEvent
    from guard.interceptors import CheckContext

    seen = [("US_SSN", "123-45-6789")]
    assert [e.text for e in seen_again("SSN 123 45 6789 ok", seen, [])] == ["123 45 6789"]
    for text in ("Amount 12345.6789 was billed.", "0-123-45-6789-0", "1234567890"):
        assert seen_again(text, seen, []) == [], text
    assert [e.text for e in seen_again("ref 1 2 3 4 5 6 7 8 9.", seen, [])] == ["1 2 3 4 5 6 7 8 9"]  # regrouped: the same digits
    ins = PrivacyInstructor({})
    ctx = CheckContext(run_id="r", hook=Hook.TOOL_CALL, agent="a", policy_name="t", state={"task": TASK}, task=TASK)
    body = "Marcus's phone is 212-555-0143. Extension 212-555-01439 is the lobby."
    v = ins.check(ToolCallEvent(tool="send_email", arguments={"to": "lena@x.com", "body": body}), ctx)
    assert v.action.value == "rewrite", v
    sent = v.rewrite["arguments"]["body"]
    assert "212-555-0143." not in sent and "Extension 212-555-01439 is the lobby." in sent


def test_event_digest_survives_a_surrogate_in_a_key():
    from guard.events import ToolResultEvent

    assert len(ToolResultEvent(tool="t", step=1, result={"k\ud800": "x"}).digest()) == 64


def test_a_message_under_a_recipient_key_is_still_read():
    from detectors.privacy.instructor import PrivacyInstructor
    from guard.events import Hook, ToolCallEvent
    from guard.interceptors import CheckContext

    ins = PrivacyInstructor({})
    sentence = "Marcus Lee's SSN is 123-45-6789."
    for args in ({"email": {"to": "lena@x.com", "body": sentence}}, {"to": "lena@x.com", "target": sentence * 3}):
        ctx = CheckContext(run_id="r", hook=Hook.TOOL_CALL, agent="a", policy_name="t", state={"task": TASK}, task=TASK)
        v = ins.check(ToolCallEvent(tool="send_email", arguments=args), ctx)
        assert v.action.value == "rewrite" and "123-45-6789" not in str(v.rewrite), args
        assert "lena@x.com" in str(v.rewrite)  # the address itself is kept


def test_identifiers_remembered_from_tool_results_are_matched_whole_and_only_when_distinctive():
    from detectors.privacy.instructor import seen_again

    seen = [("US_DRIVER_LICENSE", "A123"), ("US_SSN", "123-45-6789")]
    # too short to tell from a room number: never looked for again
    assert seen_again("Room A123 is booked", seen, []) == []
    found = seen_again("ids: 123 45 6789, 123456789; not 12345.6789 or 9123-45-67890", seen, [])
    assert [e.text for e in found] == ["123 45 6789", "123456789"] and {e.type for e in found} == {"US_SSN"}


def test_only_identifier_kinds_are_remembered_for_egress_not_names_or_places():
    from types import SimpleNamespace as NS

    from detectors.privacy.instructor import _SEEN, _remember

    state: dict = {}
    ents = [NS(type="PERSON", text="Marcus Lee"), NS(type="LOCATION", text="Oslo"), NS(type="US_SSN", text="123-45-6789"),
            NS(type="CREDIT_CARD", text="4111 1111 1111 1111"), NS(type="US_SSN", text="123-45-6789")]
    _remember(state, [NS(entities=ents)])
    # names and places are judged by the norms where they are sent; identifiers are withheld wherever they recur
    assert state[_SEEN] == [("US_SSN", "123-45-6789"), ("CREDIT_CARD", "4111 1111 1111 1111")]


def test_models_dataclasses_and_bytes_are_read_and_rewritten_in_their_own_type():
    """A typed tool argument is checked like the same text in a dict; the tool still gets its type."""
    from dataclasses import dataclass

    from pydantic import BaseModel

    from detectors.privacy.instructor import PrivacyInstructor
    from guard.events import Hook, ToolCallEvent
    from guard.interceptors import CheckContext

    class Email(BaseModel):
        to: str
        body: str

    @dataclass
    class Note:
        to: str
        body: str

    ins = PrivacyInstructor({})
    body = "The budget was approved. Marcus Lee's SSN is 123-45-6789."

    def check(args):
        ctx = CheckContext(run_id="r", hook=Hook.TOOL_CALL, agent="a", policy_name="t", state={"task": TASK}, task=TASK)
        return ins.check(ToolCallEvent(tool="send_email", arguments=args), ctx)

    for arg in (Email(to="lena@x.com", body=body), Note(to="lena@x.com", body=body), body.encode(), bytearray(body.encode())):
        v = check({"msg": arg, "subject": "Q3"})
        assert v.action.value == "rewrite", (type(arg), v)
        sent = v.rewrite["arguments"]["msg"]
        assert type(sent) is type(arg) and "123-45-6789" not in str(sent) and "budget was approved" in str(sent)
        assert v.rewrite["arguments"]["subject"] == "Q3"
    # unchanged parts stay the caller's own objects
    untouched = Email(to="lena@x.com", body="See you Monday.")
    v = check({"msg": untouched, "note": body})
    assert v.rewrite["arguments"]["msg"] is untouched and "123-45-6789" not in v.rewrite["arguments"]["note"]

    class Opaque:
        def __str__(self) -> str:
            return body

    class Broken:
        def __str__(self) -> str:
            raise RuntimeError("no text")

    # what cannot be rebuilt, or read at all, is refused rather than sent unchecked
    for arg in (Opaque(), b"\xff\xfe " + body.encode(), Broken()):
        v = check({"to": "lena@x.com", "attachment": arg})
        assert v.action.value == "refuse" and ("unchecked" in v.reasons[0] or "rewritten safely" in v.reasons[0]), (arg, v)
    assert check({"to": "lena@x.com", "attachment": b"See you Monday."}).action.value == "allow"


def test_a_typed_argument_reaches_the_tool_redacted_through_the_decorator(tmp_path):
    from pydantic import BaseModel

    class Email(BaseModel):
        to: str
        body: str

    g = _guard(tmp_path)
    sent = []

    @g.tool
    def send_email(msg: Email) -> str:
        sent.append(msg)
        return "sent"

    @g.agent
    def agent(task):
        return send_email(Email(to="lena@x.com", body="The budget was approved. Marcus Lee's SSN is 123-45-6789."))

    assert agent(TASK).startswith("sent")  # followed by the notice of what was removed
    assert isinstance(sent[0], Email) and "123-45-6789" not in sent[0].body and "budget" in sent[0].body
    g.close()


@pytest.mark.parametrize("task, purpose", [
    # negated, before or after the cue, or only asked for / conditional: no purpose holds
    ("Send my boss an update about Dave. Dave has NOT given permission to share it.", "other"),
    ("Forward the notes without the patient's consent.", "other"),
    ("Forward the notes; Dave hasn't consented.", "other"),
    ("Forward the notes. Consent was not given.", "other"),
    ("Forward the notes. This is not an emergency.", "other"),
    ("Forward the notes, it is a non-emergency.", "other"),
    ("Forward the notes to Ann, we do not sell data.", "other"),
    ("Ask Dave for permission, then forward the notes.", "other"),
    ("Forward the notes if Dave consents.", "other"),
    ("Forward the notes as we agreed in the meeting.", "other"),  # agreement to something else
    ("We need Dave's permission before you forward the notes.", "other"),
    # stated: the purpose holds, also past a negation in another clause
    ("Forward the notes, Dave gave his permission.", "consent"),
    ("Dave gave permission to share them, no problem.", "consent"),
    ("Forward the notes. Consent: no.", "other"),
    ("Dave agreed to share the notes with Ann.", "consent"),
    ("I am not sure why, but Dave consented.", "consent"),
    ("Dave, who is not at work, gave consent.", "consent"),
    ("Call an ambulance, it is an emergency.", "emergency"),
    ("We will sell the list to a data broker.", "commercial"),
    ("Send Sarah what she needs for the marketing campaign.", "commercial"),  # a need is no condition
])
def test_negated_or_conditional_purpose_cues_do_not_count(task, purpose):
    from detectors.privacy.context import purpose_of

    assert purpose_of(task, "intimate", "colleague") == purpose


def test_withheld_consent_does_not_allow_a_diagnosis_to_the_boss(instructor):
    from detectors.privacy.context import recipient_relation
    from guard.events import Hook, ToolCallEvent

    task = "Send my boss an update about Dave. Dave has NOT given permission to share his medical details."
    # "his medical details" is the data, not a medical recipient
    assert recipient_relation("send_email", {"to": "boss@x.com"}, task)[0] == "employer"
    assert recipient_relation("send_email", {"to": "x@y.com"}, "Send the results to the medical team.")[0] == "healthcare"
    body = "Update on Dave: the project is on time. Dave Chen was diagnosed with bipolar disorder."
    v = instructor.check(ToolCallEvent(tool="send_email", arguments={"to": "boss@x.com", "body": body}),
                         _ctx(Hook.TOOL_CALL, {}, task))
    assert v.action.value == "rewrite" and "bipolar" not in v.rewrite["arguments"]["body"]


def test_assess_flow_reads_negated_principles():
    from detectors.privacy import assess_flow

    covert = assess_flow("A nurse shares the diagnosis with the patient's employer without the patient's consent.")
    assert covert.purpose != "consent" and covert.norm_action != "allow" and "covert" in covert.principles
    assert "consent" not in covert.principles
    unsold = assess_flow("Information about its owner's heart rate is collected by its manufacturer "
                         "in order to improve the service and will not be sold to advertisers.")
    assert "commercial" not in unsold.principles and unsold.purpose != "commercial"


@pytest.mark.parametrize("sentence, expected", [
    ("I was born on 14 March 1985.", "I was born in 1985."),
    ("I was born 14 March 1985 in Leeds.", "I was born in 1985 in Leeds."),
    ("My date of birth is 14 March 1985.", "My date of birth is in 1985."),
    ("My birth date: 14/03/1985.", "My birth date: 1985."),
    ("Sam Rivera, born on 03/14/1985, will attend.", "Sam Rivera, born in 1985, will attend."),
])
def test_a_date_of_birth_becomes_the_year_in_words_that_fit_the_sentence(instructor, sentence, expected):
    from guard.events import Hook, ToolCallEvent

    task = "Book me a table at a restaurant."
    body = f"For the booking: {sentence} Thanks, Sam Rivera"
    v = instructor.check(ToolCallEvent(tool="send_email", arguments={"to": "bookings@resto.example", "body": body}),
                         _ctx(Hook.TOOL_CALL, {}, task))
    assert v.action.value == "rewrite"
    assert v.rewrite["arguments"]["body"] == f"For the booking: {expected} Thanks, Sam Rivera"


def test_readme_instructor_snippet_is_a_valid_policy_with_an_egress_sized_timeout():
    """The documented setup must load as written, fail closed at egress, and not keep the 1 s
    default timeout that a large outgoing message (or a first check loading models) outlasts."""
    import re
    from pathlib import Path

    from guard.policy import load_policy, load_yaml

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Contextual privacy instructor"):]
    block = re.search(r"```yaml\n(.*?)```", section, re.S).group(1)
    spec = load_policy({"name": "p", "version": 1, **load_yaml(block)}).interceptors[0]
    assert spec.use == "privacy.instructor" and str(spec.fail_mode) == "closed"
    assert spec.timeout_ms >= 5000
    assert "guard.warmup()" in section


def _email(ins, arguments: dict, task: str = "Email my coworker Jo the offsite plan."):
    from guard.events import Hook, ToolCallEvent

    call = ToolCallEvent(tool="GmailSendEmail", arguments={"to": "jo@example.com", **arguments})
    return ins.check(call, _ctx(Hook.TOOL_CALL, {"task": task}, task))


@pytest.mark.parametrize("arguments", [
    {"cc": "Priya Natarajan was diagnosed with cancer", "body": "Offsite June 3."},
    {"to": ["jo@example.com", "Marcus Lee SSN 536-22-1847"], "body": "Offsite June 3."},
])
def test_content_under_a_recipient_key_is_read(instructor, arguments):
    # a recipient key was skipped whenever its value was short: a diagnosis in `cc` went out
    assert _email(instructor, arguments).action.value in ("rewrite", "refuse")


@pytest.mark.parametrize("cc", ["Jo <jo@example.com>", "Dr. Jane Smith", "#ops", "+1 212 555 0143", "a@x.com, b@y.com"])
def test_a_recipient_key_that_only_addresses_someone_is_left_alone(instructor, cc):
    v = _email(instructor, {"cc": cc, "body": "The offsite is on June 3."})
    assert v.action.value == "allow"


def test_a_role_word_in_the_arguments_does_not_override_the_relation_the_task_names(instructor):
    body = "Priya Natarajan was diagnosed with cancer and starts chemo Monday. The offsite is June 3."
    v = _email(instructor, {"cc": "Doctor", "body": body})  # "coworker" in the task; "Doctor" is the agent's word
    assert v.action.value == "rewrite" and "cancer" not in json.dumps(v.rewrite)


def test_a_user_name_is_matched_as_words_not_inside_other_names():
    from detectors.privacy.instructor import PrivacyInstructor

    ins = PrivacyInstructor({"user_names": ["Ana Ruiz", "Sam"]})
    for text in ("Diana Ruiz was diagnosed with cancer.", "Samuel Green was diagnosed with cancer."):
        v = _email(ins, {"body": f"{text} The offsite is June 3."})
        assert v.action.value == "rewrite", text  # someone else's diagnosis, not the user's
    assert _email(ins, {"body": "Ana Ruiz was diagnosed with a cold. The offsite is June 3."}).action.value == "allow"


def test_a_number_too_long_to_write_is_refused_with_a_reason(instructor):
    v = _email(instructor, {"body": "x", "n": 10 ** 5000})
    assert v.action.value == "refuse" and "digits" in v.reason and not v.error


@pytest.mark.parametrize("key", ["Marcus_SSN_536-22-1847", "536-22-1847"])
def test_personal_data_in_a_short_field_name_refuses(instructor, key):
    v = _email(instructor, {"body": "The offsite is June 3.", key: True})
    assert v.action.value == "refuse" and "field name" in v.reason


def test_plain_field_names_with_digits_are_not_refused(instructor):
    assert _email(instructor, {"body": "The offsite is June 3.", "item_2": True, "line1": "x"}).action.value == "allow"


@pytest.mark.parametrize("field, problem", [
    ("data_type: []", "empty list"),
    ("data_type: [health, any]", "mixes 'any' with names (health)"),
])
def test_a_norm_that_could_never_match_is_refused(tmp_path, field, problem):
    p = tmp_path / "n.yaml"
    p.write_text(f"name: x\nnorms:\n  - {{id: a, action: deny, why: w, {field}}}\n")
    with pytest.raises(NormError, match=rf"norms\.0\.data_type.*{re.escape(problem)}"):
        load_norms(p)


def test_a_norm_file_nested_too_deeply_is_a_norm_error(tmp_path):
    p = tmp_path / "n.yaml"
    p.write_text("name: x\nnorms: " + "[" * 5000 + "]" * 5000 + "\n")
    with pytest.raises(NormError, match="nested too deeply"):
        load_norms(p)


def test_assess_flow_bounds_the_text_it_parses():
    from detectors.privacy.flow import MAX_FLOW_CHARS, assess_flow

    assert -1 <= assess_flow("Bob tells " * 150 + "Alice about his diagnosis.").score <= 1
    with pytest.raises(ValueError, match="at most 2,000"):
        assess_flow("Bob tells " * (MAX_FLOW_CHARS // 10 + 1) + "x")


@pytest.mark.parametrize("body", [
    "Marcus Lee's SSN is 536\x0022\x001847. The offsite is June 3.",
    "Marcus Lee's SSN is 536\x7f22\x7f1847. The offsite is June 3.",
    "Priya Natarajan is HI\u13d9 positive. The offsite is June 3.",
])
def test_control_characters_and_look_alike_letters_do_not_hide_data(instructor, body):
    v = _email(instructor, {"body": body})
    assert v.action.value == "rewrite", v.reason
    out = v.rewrite["arguments"]["body"]
    assert "1847" not in out and "positive" not in out and "June 3" in out


def test_the_strings_of_a_call_are_analysed_in_one_batch(monkeypatch):
    from detectors.privacy.instructor import PrivacyInstructor

    ins = PrivacyInstructor({})
    batches: list[int] = []
    singles: list[str] = []
    real_batch, real_one = ins.analyzer.analyze_batch, ins.analyzer.analyze
    monkeypatch.setattr(ins.analyzer, "analyze_batch", lambda texts, *a, **k: batches.append(len(texts)) or real_batch(texts, *a, **k))
    monkeypatch.setattr(ins.analyzer, "analyze", lambda text, *a, **k: singles.append(text) or real_one(text, *a, **k))
    items = [f"row {i} fine" for i in range(200)] + ["row 7 fine"] * 50
    items[150] = "Priya Natarajan was diagnosed with cancer."
    v = _email(ins, {"items": items})
    assert v.action.value == "rewrite" and "cancer" not in json.dumps(v.rewrite)
    assert batches[0] == 200  # each distinct string once, in one batch (one at a time, 2,000 took 4 s)
    assert not [s for s in singles if s.startswith("row")]


@pytest.mark.parametrize("arguments", [
    {"subject": "Priya Natarajan", "body": "Diagnosis: pancreatic cancer. The offsite is June 3."},
    {"subject": "About Priya Natarajan", "body": "Diagnosed with pancreatic cancer last week. The offsite is June 3."},
])
def test_a_name_in_one_field_makes_another_fields_fact_about_that_person(instructor, arguments):
    v = _email(instructor, arguments)
    assert v.action.value == "rewrite" and "cancer" not in json.dumps(v.rewrite)


def test_the_addressee_and_the_user_named_elsewhere_do_not_make_facts_about_others(instructor):
    for greeting in ("Hi Jo,", "Regards, Sam Rivera"):
        v = _email(instructor, {"greeting": greeting, "body": "Flu season: the clinic is closed Monday. The offsite is June 3."})
        assert v.action.value == "allow", (greeting, v.reason)


def test_assess_flow_reads_the_sender_as_a_role_that_norms_can_name(tmp_path):
    from detectors.privacy.flow import assess_flow

    p = tmp_path / "n.yaml"
    p.write_text("name: x\nnorms:\n  - {id: nurse-employer, sender: healthcare, data_type: health, recipient: employer,"
                 " action: allow, priority: 20, why: w}\n")
    a = assess_flow("A nurse tells the patient's employer about her diagnosis.", load_norms(p))
    assert (a.sender, a.sender_text, a.norm_id) == ("healthcare", "A nurse", "nurse-employer")
    assert assess_flow("My doctor shares my diagnosis with my specialist.").sender == "healthcare"
    assert assess_flow("I share my diagnosis with my sister.").sender == "user"


def test_a_flow_described_as_not_happening_scores_above_the_flow_itself():
    from detectors.privacy.flow import assess_flow

    sells = assess_flow("The company sells my location to advertisers.")
    not_sold = assess_flow("The company does not sell my location to advertisers.")
    assert sells.score < 0 < not_sold.score and not_sold.negated and not sells.negated
    assert not_sold.sender_text == "The company"


def test_a_json_body_in_a_string_is_rewritten_value_by_value_and_stays_json(instructor):
    body = json.dumps({"summary": "Offsite June 3", "note": "Priya Natarajan was diagnosed with cancer.", "room": "B2"})
    v = _email(instructor, {"body": body})
    assert v.action.value == "rewrite"
    out = json.loads(v.rewrite["arguments"]["body"])  # still JSON; the braces and fields survive
    assert out["summary"] == "Offsite June 3" and out["room"] == "B2" and "cancer" not in out["note"]


def test_a_paragraph_dropped_whole_is_named_in_the_notice(instructor):
    body = ("Budget: the offsite costs $12,400. Priya Natarajan was diagnosed with cancer. She starts chemotherapy "
            "next week.\nAgenda is attached.")
    v = _email(instructor, {"body": body})
    assert v.rewrite["arguments"]["body"] == "Agenda is attached."
    assert "rest of paragraph" in v.reason  # the budget sentence went too, and the agent is told


def test_a_removed_table_row_takes_its_line_break_with_it(instructor):
    body = "| who | note |\n|---|---|\n| Priya Natarajan | diagnosed with cancer |\n| Jo | bring laptops |"
    v = _email(instructor, {"body": body})
    assert v.rewrite["arguments"]["body"] == "| who | note |\n|---|---|\n| Jo | bring laptops |"


@pytest.mark.parametrize("value, expected", [
    ("536221847", "[us ssn withheld]"), ([536221847], ["[us ssn withheld]"]), (536221847.0, "[us ssn withheld]"),
    (-536221847, "[us ssn withheld]"),
])
def test_an_identifier_under_its_key_is_read_in_every_form(instructor, value, expected):
    v = _email(instructor, {"body": "Offsite June 3.", "ssn": value})
    assert v.action.value == "rewrite" and v.rewrite["arguments"]["ssn"] == expected


@pytest.mark.parametrize("written", ["ref 536 221 847", "ref 5362-21847", "ref 536_22_1847"])
def test_an_identifier_seen_in_a_tool_result_is_found_however_it_is_grouped(make_guard, written):
    g = make_guard([{"use": "privacy.instructor", "on": ["tool_result", "tool_call"], "timeout_ms": 60000}])
    with g.run() as run:
        run.input("Email my coworker Jo the offsite plan.")
        run.tool_result("hr_lookup", "Marcus Lee, SSN 536-22-1847, starts Monday.")
        d = run.tool_call("send_email", {"to": "jo@example.com", "body": f"Offsite June 3, {written}."})
    assert d.action.value == "rewrite" and "847" not in json.dumps(d.event.arguments), d.event.arguments


def test_a_one_line_html_body_loses_only_the_sentence_that_must_go(instructor):
    body = "<p>The offsite is June 3.</p><p>Priya Natarajan was diagnosed with cancer.</p><p>Bring laptops.</p>"
    v = _email(instructor, {"body": body})
    assert v.action.value == "rewrite"
    assert v.rewrite["arguments"]["body"] == "<p>The offsite is June 3.</p><p>Bring laptops.</p>"


@pytest.mark.parametrize("body", [
    "The offsite is on June 3. Rotate the API keys on Monday.",
    "The offsite is on June 3. Our salary bands for 2025 are on the wiki.",
])
def test_a_sensitive_word_with_no_value_and_no_person_is_not_personal_data(instructor, body):
    assert _email(instructor, {"body": body}).action.value == "allow"


def test_a_name_in_another_field_does_not_make_a_generic_sentence_personal(instructor):
    v = _email(instructor, {"organizer": "Priya Natarajan",
                            "body": "Flu season: the clinic is closed Monday. Our salary bands for 2025 are on the wiki."})
    assert v.action.value == "allow", v.reason


def test_a_control_character_between_words_reads_as_a_space(instructor):
    v = _email(instructor, {"body": "Priya Natarajan\x00was\x00diagnosed\x00with\x00cancer. The offsite is June 3."})
    assert v.action.value == "rewrite" and "cancer" not in json.dumps(v.rewrite)


@pytest.mark.parametrize("task, to", [
    ("Forward what my doctor said to my manager.", "Jo Smith (manager) <jo@corp.example>"),
    ("Reply to the clinic's question and cc my boss.", "Boss <boss@corp.example>"),
])
def test_the_recipients_own_role_decides_when_the_task_names_another_for_someone_else(instructor, task, to):
    body = "Priya Natarajan was diagnosed with pancreatic cancer. The offsite is June 3."
    from guard.events import Hook, ToolCallEvent

    v = instructor.check(ToolCallEvent(tool="GmailSendEmail", arguments={"to": to, "body": body}),
                         _ctx(Hook.TOOL_CALL, {"task": task}, task))
    assert v.action.value == "rewrite" and "cancer" not in json.dumps(v.rewrite), v.reason


@pytest.mark.parametrize("cc", ["+1 (212) 555-0143 ext. 12", "WhatsApp: +1 212 555 0143", "priya natarajan <priya@example.com>"])
def test_recipient_addresses_with_extensions_labels_or_lower_case_names_are_left_alone(instructor, cc):
    v = _email(instructor, {"cc": cc, "body": "The offsite is on June 3."})
    assert v.action.value == "allow", v.reason


def test_a_dialled_national_number_late_in_a_table_is_still_a_phone_number():
    from detectors.privacy.engine import PiiAnalyzer

    rows = "".join(f"Line {i}: 100{i}919.01 EUR\n" for i in range(17))
    found = PiiAnalyzer().analyze(rows + "Priya Natarajan's private mobile is 020 7946 0958.")
    assert "020 7946 0958" in [e.text for e in found if e.type == "PHONE_NUMBER"]


@pytest.mark.parametrize("body", [
    '{"note": "Priya Natarajan was diagnosed with cancer.", "note": "Offsite June 3."}',
    '{"Priya Natarajan": "diagnosed with pancreatic cancer", "room": "B2"}',
    '[["Priya Natarajan", "pancreatic cancer"], ["Jo", "none"]]',
    '{"patient": "Priya Natarajan", "note": "Diagnosis: pancreatic cancer."}',
])
def test_a_json_body_is_never_checked_less_than_as_text(instructor, body):
    v = _email(instructor, {"body": body})
    assert v.action.value in ("rewrite", "refuse"), v.reason
    if v.rewrite:
        assert "cancer" not in v.rewrite["arguments"]["body"]


def test_field_names_like_row12_are_not_read_one_by_one(instructor, monkeypatch):
    singles: list[str] = []
    real = instructor.analyzer.analyze
    monkeypatch.setattr(instructor.analyzer, "analyze", lambda t, *a, **k: singles.append(t) or real(t, *a, **k))
    v = _email(instructor, {"body": "Offsite June 3.", "table": {f"row{i}": i % 7 for i in range(300)}})
    assert v.action.value == "allow" and not [s for s in singles if s.startswith("row")]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16"])
def test_utf16_bytes_are_read_as_the_text_they_hold(instructor, encoding):
    body = "Marcus Lee's SSN is 536-22-1847. The offsite is June 3.".encode(encoding)
    v = _email(instructor, {"body": body})
    assert v.action.value == "refuse" and ("UTF-16" in v.reason or "not UTF-8" in v.reason)  # found; cannot be put back


@pytest.mark.parametrize("extra", [
    {"creds": {"password": "hunter2!Xy"}}, {"api_key": "9fA83kdL02mZq7XbT4qq"}, {"pass": "Tr0ub4dor&3"},
    {"dob": "14 March 1985"}, {"date_of_birth": "1985-03-14"}, {"passport": "X12345678"},
    {"Marcus Lee": "HIV positive"}, {"people": {"Marcus Lee": "multiple sclerosis"}},
])
def test_a_value_is_read_with_the_key_that_says_what_it_is(instructor, extra):
    """Alone, "hunter2!Xy" or "HIV positive" names no kind of data and no one; with its key it does."""
    from guard.events import Hook, ToolCallEvent

    args = {"to": "lena@example.com", "body": "Q3 is on track.", **extra}
    v = instructor.check(ToolCallEvent(tool="send_email", arguments=args),
                         _ctx(Hook.TOOL_CALL, {}, "Email my coworker Lena an update on the Q3 project."))
    assert v.action.value in ("rewrite", "refuse"), v
    if v.action.value == "rewrite":
        secret = next(iter(extra.values()))
        secret = next(iter(secret.values())) if isinstance(secret, dict) else secret
        assert secret not in str(v.rewrite)


@pytest.mark.parametrize("extra", [
    {"cc": "https://x.example/?note=Marcus+Lee+was+diagnosed+with+multiple+sclerosis&ssn=536-22-1847"},
    {"phone": "536-22-1847"}, {"number": "4111 1111 1111 1111"},
])
def test_a_recipient_field_that_carries_data_is_read_as_content(instructor, extra):
    from guard.events import Hook, ToolCallEvent

    args = {"to": "lena@example.com", "body": "Q3 is on track.", **extra}
    v = instructor.check(ToolCallEvent(tool="send_email", arguments=args),
                         _ctx(Hook.TOOL_CALL, {}, "Email my coworker Lena an update on the Q3 project."))
    assert v.action.value in ("rewrite", "refuse"), v


def test_a_title_does_not_end_a_sentence_and_a_tag_may_start_one():
    from detectors.privacy.taxonomy import sentences

    def split(t: str) -> list[str]:
        return [t[a:b] for a, b in sentences(t)]

    assert split("Notes: Mr. Smith has diabetes. Next: the grant.") == ["Notes: Mr. Smith has diabetes.", "Next: the grant."]
    assert split("<p>Q3 on track. <span>Marcus was ill.</span> Budget fine.</p>") == [
        "<p>Q3 on track.", "<span>Marcus was ill.</span>", "Budget fine.</p>"]


@pytest.mark.parametrize("written", ["536\u200b22\u200b1847", "\uff15\uff13\uff16\uff12\uff12\uff11\uff18\uff14\uff17",
                                     "536\u00b722\u00b71847", "x12345678", "X 1234 5678"])
def test_an_identifier_from_a_tool_result_is_caught_however_it_is_written_again(written):
    from guard import Guard

    g = Guard.from_policy({"name": "t", "version": 1, "telemetry": {"exporter": "none"}, "interceptors": [
        {"use": "privacy.instructor", "timeout_ms": 60000, "on": ["input", "tool_result", "tool_call"]}]}, audit=False)
    with g.run(agent="a") as run:
        run.input("Email my coworker Lena an update on the Q3 project.")
        run.tool_result("notes_read", "Marcus Lee's SSN is 536-22-1847, his passport X12345678.")
        d = run.tool_call("send_email", {"to": "lena@example.com", "body": "Q3 on track. Ref: " + written})
    g.close()
    assert d.action.value == "rewrite" and written not in d.event.arguments["body"]


@pytest.mark.parametrize("extra", [
    {"page_token": "CAESBggDEAEYAQ"}, {"sync_token": "v2-8891"}, {"secret_santa": "Ann"}, {"api_key_name": "prod-read-only"},
    {"to": "Faith Johnson <faith.johnson@example.com>"}, {"cc": "Grace Community Church <office@example.com>"},
    {"channel": "#confidential-launch"}, {"phone": "0044 20 7946 0006"}, {"Account": "Acme Corp"},
])
def test_ordinary_fields_and_recipients_go_out_unchanged(instructor, extra):
    from guard.events import Hook, ToolCallEvent

    args = {"to": "lena@example.com", "body": "Q3 is on track.", **extra}
    v = instructor.check(ToolCallEvent(tool="send_email", arguments=args),
                         _ctx(Hook.TOOL_CALL, {}, "Email my coworker Lena an update on the Q3 project."))
    assert v.action.value == "allow", v


def _egress_after(result: str, body: str):  # noqa: ANN202
    from guard import Guard

    g = Guard.from_policy({"name": "t", "version": 1, "telemetry": {"exporter": "none"}, "interceptors": [
        {"use": "privacy.instructor", "timeout_ms": 60000, "on": ["input", "tool_result", "tool_call"]}]}, audit=False)
    with g.run(agent="a") as run:
        run.input("Email my coworker Lena an update on the Q3 project.")
        run.tool_result("notes_read", result)
        d = run.tool_call("send_email", {"to": "lena@example.com", "body": body})
    g.close()
    return d


def test_a_password_from_a_tool_result_repeated_as_written_is_withheld():
    d = _egress_after("Server login: password is Tr0ub4dor&3 for the office box.", "Use Tr0ub4dor&3 to get in.")
    assert d.action.value in ("rewrite", "refuse") and "Tr0ub4dor&3" not in str(d.event.arguments)


def test_an_odd_digit_in_a_tool_result_does_not_break_later_checks():
    d = _egress_after("The wifi code is 12345678\u00b2 for the office.", "Q3 is on track.")
    assert d.action.value == "allow" and not any(v.error for v in d.verdicts)


@pytest.mark.parametrize("body, kept", [
    ("Hi Lena, I'll be out next week for my knee surgery. Back on the 14th.", True),
    ("Hi Lena, Marcus has cancer and is out. Q3 on track.", False),
    ("Marcus, who has cancer, is out. Q3 on track.", False),
])
def test_the_greeted_reader_is_not_whom_the_sentence_is_about(instructor, body, kept):
    from guard.events import Hook, ToolCallEvent

    v = instructor.check(ToolCallEvent(tool="send_email", arguments={"to": "lena@example.com", "body": body}),
                         _ctx(Hook.TOOL_CALL, {}, "Tell my coworker Lena my news and the Q3 status."))
    assert (v.action.value == "allow") is kept, v


@pytest.mark.parametrize("body", [
    "Priya's card: 4111 1111\n1111 1111, please keep it handy.",
    json.dumps({"customer_card": "4111\u00a01111\u00a01111\u00a01111"}),  # ensure_ascii: "\\u00a0" between the groups
    "<p>Her SSN is 536&#8209;22&#8209;1847.</p>",
])
def test_a_card_or_ssn_written_wrapped_or_escaped_does_not_leave_whole(instructor, body):
    from guard.events import Hook, ToolCallEvent

    ev = ToolCallEvent(tool="send_email", arguments={"to": "lena@example.com", "subject": "Q3", "body": body})
    v = instructor.check(ev, _ctx(Hook.TOOL_CALL, {}, "Email my coworker Lena an update on the Q3 project."))
    assert v.action.value in ("rewrite", "refuse")
    if v.action.value == "rewrite":
        sent = v.rewrite["arguments"]["body"]
        assert "1111" not in sent and "1847" not in sent, sent


def test_a_uk_national_insurance_number_is_withheld_at_egress(instructor):
    from guard.events import Hook, ToolCallEvent

    ev = ToolCallEvent(tool="send_email", arguments={"to": "lena@example.com", "subject": "Q3",
                                                     "body": "Q3 is on track. Priya's NI number is JG 10 37 58 A."})
    v = instructor.check(ev, _ctx(Hook.TOOL_CALL, {}, "Email my coworker Lena an update on the Q3 project."))
    assert v.action.value == "rewrite" and "JG 10 37 58 A" not in v.rewrite["arguments"]["body"]


def test_a_base64_attachment_holding_a_key_or_an_ssn_does_not_leave(instructor):
    import base64

    from guard.events import Hook, ToolCallEvent

    for content in (b"OPENAI_API_KEY=sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd\n",
                    b"Employee Priya Natarajan, SSN 536-22-1847, start date in May"):
        blob = base64.b64encode(content).decode()
        ev = ToolCallEvent(tool="send_email", arguments={"to": "lena@example.com", "subject": "Q3",
                                                         "body": f"Q3 is on track. Attachment (base64): {blob}"})
        v = instructor.check(ev, _ctx(Hook.TOOL_CALL, {}, "Email my coworker Lena an update on the Q3 project."))
        assert v.action.value in ("rewrite", "refuse")
        if v.action.value == "rewrite":
            assert blob not in v.rewrite["arguments"]["body"] and "Q3 is on track" in v.rewrite["arguments"]["body"]


def test_a_replayed_result_leaves_its_identifiers_as_its_check_did(tmp_path):
    """A stateless client (the proxy's) sends its history every turn: recalled, an identifier seen
    in an earlier turn's result is still withheld when the next turn writes it without its cue."""
    from guard.events import InputEvent, ToolResultEvent

    g = _guard(tmp_path)
    history = [InputEvent(content=TASK),
               ToolResultEvent(tool="notes_read", result="Marcus Lee's SSN is 123-45-6789 and his card is 4111 1111 1111 1111.")]
    with g.run(agent="a") as run:  # the turn that read it
        for event in history:
            run.check(event.model_copy())
    for recall in (False, True):
        with g.run(agent="a") as run:  # the next turn
            for event in history:
                run.observe(event.model_copy(), recall=recall)
            d = run.tool_call("send_email", {"to": "lena@x.com", "body": "Marcus Lee: 123 45 6789 / 4111111111111111"})
            assert ("6789" in d.event.arguments["body"]) is not recall
    g.close()
