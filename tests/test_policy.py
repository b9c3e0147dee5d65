import json
import subprocess
import sys
from pathlib import Path

import re

import pytest

from guard import Guard, PolicyError, load_policy
from guard.interceptors import BaseInterceptor, available, register
from guard.policy import packs, validate_policy
from guard.verdicts import Verdict

EXAMPLE = """\
name: example
version: 1
interceptors:
  - use: safety.tool_gate
    on: [tool_call]
    config:
      rules:
        - tool: "transfer_*"
          action: refuse
          reason: "money transfers need a human"
        - tool: "send_email"
          args: {to: {allow: ["*@example.com"]}}
audit: {url: "sqlite:///audit.db"}
"""

BAD = """\
name: bad
version: 1
interceptors:
  - use: safety.tool_gate
    on: [tool_call, output]
    config:
      rules:
        - tool: "transfer_*"
          action: nope
  - use: safety.tool_gate
  - use: safety.tool_gate
    timeout_ms: 0
    fail_mode: sideways
  - use: no.such_thing
audit: {url: "sqlite:///audit.db", durability: maybe}
"""


def test_compatibility_example_works_exactly_as_written(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "example.yaml").write_text(EXAMPLE)
    g = Guard.from_policy(tmp_path / "example.yaml")

    @g.tool
    def transfer_funds(amount: int) -> str:
        return "moved"

    @g.tool
    def send_email(to: str, body: str) -> str:
        return "sent"

    assert "money transfers need a human" in str(transfer_funds(5))
    assert send_email("a@example.com", "x") == "sent"
    assert "not one of the allowed values" in str(send_email("a@elsewhere.org", "x"))
    g.close()
    assert (tmp_path / "audit.db").exists()          # the relative URL resolves against the working dir
    p = load_policy(tmp_path / "example.yaml")
    assert p.interceptors[0].on == ["tool_call"]     # YAML 1.1 would have read `on` as True


def test_every_error_is_reported_with_its_yaml_path_and_line(tmp_path):
    f = tmp_path / "bad.yaml"
    f.write_text(BAD)
    with pytest.raises(PolicyError) as exc:
        load_policy(f)
    errors = exc.value.errors
    text = "\n".join(errors)
    assert "interceptors[2].timeout_ms (line 12): must be greater than 0" in errors
    assert "interceptors[2].fail_mode (line 13): must be 'closed' or 'open'" in errors
    assert any(e.startswith("interceptors[0].config.rules[0].action (line 9):") for e in errors)
    assert any(e.startswith("interceptors[0].on[1] (line 5)") and "does not handle 'output'" in e for e in errors)
    assert any(e.startswith("interceptors[3].use") and "unknown interceptor 'no.such_thing'" in e for e in errors)
    assert "audit.durability (line 15): must be 'sync' or 'buffered'" in errors
    assert len(errors) == 6, text


def test_cli_validate_exit_codes_and_messages(tmp_path):
    good, bad = tmp_path / "good.yaml", tmp_path / "bad.yaml"
    good.write_text(EXAMPLE)
    bad.write_text(BAD)
    ok = subprocess.run([sys.executable, "-m", "guard.cli.main", "policy", "validate", str(good)], capture_output=True, text=True)
    assert ok.returncode == 0 and "ok" in ok.stdout
    ko = subprocess.run([sys.executable, "-m", "guard.cli.main", "policy", "validate", str(good), str(bad)], capture_output=True, text=True)
    assert ko.returncode == 1
    assert "interceptors[2].timeout_ms (line 12): must be greater than 0" in ko.stderr


def test_schema_is_json_schema_of_the_model():
    out = subprocess.run([sys.executable, "-m", "guard.cli.main", "policy", "schema"], capture_output=True, text=True, check=True)
    schema = json.loads(out.stdout)
    assert schema["title"] == "agentguard policy"
    assert {"name", "version"} <= set(schema["required"])
    assert "interceptors" in schema["properties"]


def test_committed_schema_matches_the_model():
    from guard.cli.policy_cmd import schema_json

    committed = Path(__file__).resolve().parents[1] / "policies" / "policy.schema.json"
    assert committed.read_text() == schema_json(), "run: guard policy schema --out policies/policy.schema.json"


@pytest.mark.parametrize("name", ["default", "strict", "permissive"])
def test_packs_load(name):
    assert name in packs()
    p = load_policy(name)
    assert p.name == name and p.interceptors


def test_bad_yaml_and_wrong_shapes_are_clear(tmp_path):
    f = tmp_path / "x.yaml"
    f.write_text("name: [unclosed\n")
    with pytest.raises(PolicyError, match="not valid YAML"):
        load_policy(f)
    f.write_text("- just\n- a list\n")
    with pytest.raises(PolicyError, match="must be a mapping"):
        load_policy(f)
    with pytest.raises(PolicyError, match="no policy file or pack named 'nope'"):
        load_policy("nope")
    with pytest.raises(PolicyError, match="file not found"):
        load_policy(tmp_path / "missing.yaml")


@pytest.mark.parametrize("text, expected", [
    ('name: p\nversion: "  "\n', ["version (line 2): must not be empty"]),
    ("name: p\nversion: [1]\n", ["version (line 2): must be a whole number or text, got list"]),
    ("name: p\nversion: 1\ninterceptors:\n  - use: safety.tool_gate\n    config: [1, 2]\n",
     ["interceptors[0].config (line 5): must be a valid dictionary"]),  # once, not twice
    ("version: 1\ninterceptors:\n  - on: [tool_call]\n", ["name: is required", "interceptors[0].use (line 3): is required"]),
    ("name: p\nversion: 1\ninterceptors:\n  - use: safety.tool_gate\n    timeout_ms: 5\n  - bogus_item\n",
     ["interceptors[1] (line 6): must be a valid dictionary"]),  # the item's own line; no class name
    ("name: p\nversion: 1\nextends: default\ninterceptors: oops\n", ["interceptors (line 4): must be a valid list"]),
    ('name: "  "\nversion: 1\n', ["name (line 1): must not be blank"]),
    ("name: p\nversion: 1\ninterceptors:\n  - use: safety.tool_gate\n    timeout_ms: .inf\n",
     ["interceptors[0].timeout_ms (line 5): must be a finite number"]),
    ("name: p\nversion: 1\ninterceptors:\n  - use: safety.tool_gate\n    timeout_ms: 1e300\n",
     ["interceptors[0].timeout_ms (line 5): must be less than or equal to 86400000"]),
    # an interval past the platform's timer range once killed the audit writer thread
    ("name: p\nversion: 1\naudit: {flush_interval_ms: 10000000000000}\n",
     ["audit.flush_interval_ms (line 3): must be less than or equal to 3600000"]),
    ("name: p\nversion: 1\naudit: {max_pending: 0}\n",
     ["audit.max_pending (line 3): must be greater than 0"]),
    ("name: p\nversion: 1\naudit: {url: 'bogus://nowhere'}\n",
     ["audit.url (line 3): unsupported database 'bogus' in bogus://nowhere (supported: sqlite, postgresql)"]),
    # an async or uninstalled driver passed validation and stopped Guard() with a bare ModuleNotFoundError
    ("name: p\nversion: 1\naudit: {url: 'postgresql+asyncpg://u:pw@h/db'}\n",
     ["audit.url (line 3): unsupported driver 'asyncpg' for postgresql in postgresql+asyncpg://u:***@h/db "
      "(use postgresql+psycopg:// or postgresql://)"]),
    ("name: p\nversion: 1\ntelemetry: {redactor: bogus}\n",
     ["telemetry.redactor (line 3): unknown redactor 'bogus' (known: patterns, presidio)"]),
    # PyYAML would keep the last value: this entry would have failed open
    ("name: p\nversion: 1\ninterceptors:\n  - use: safety.tool_gate\n    fail_mode: closed\n    fail_mode: open\n",
     ["not valid YAML (line 6, column 5): duplicate key 'fail_mode' (first on line 5)"]),
    # a YAML boolean is no number: `true` would have been a 1 ms timeout, failing open
    ("name: p\nversion: 1\ninterceptors:\n  - use: safety.tool_gate\n    timeout_ms: true\n",
     ["interceptors[0].timeout_ms (line 5): must be a number, not true/false"]),
    ("name: p\nversion: 1\ninterceptors:\n  - use: safety.tool_gate\n    config: {rules: [{tool: pay, args: {amount: {max: true}}}]}\n",
     ["interceptors[0].config.rules[0].args.amount.max (line 5): must be a number, not true/false"]),
    # a hook written as a mapping or a list was a TypeError traceback
    ("name: p\nversion: 1\ninterceptors:\n  - use: safety.tool_gate\n    on: [{a: 1}]\n",
     ["interceptors[0].on[0] (line 5): must be 'input', 'model_request', 'model_response', 'tool_call', 'tool_result', "
      "'output' or 'opinions'"]),
    # a typo'd risk class left its tools ungated
    ("name: p\nversion: 1\ninterceptors:\n  - use: safety.tool_gate\n    config:\n      risk_classes: {'drop_*': destrcutive}\n"
     "      risk_actions: {destructive: escalate}\n",
     ["interceptors[0].config (line 5): risk_actions names unknown risk classes: destructive"]),
    ("name: p\nversion: 1\ninterceptors:\n  - use: safety.tool_gate\n    config:\n      risk_classes: {'drop_*': destructive}\n",
     ["interceptors[0].config (line 5): risk class 'destructive' has no entry in risk_actions (known: none)"]),
    ("name: p\nversion: 1\n1: 2\n", ["(root): key 1 must be text (a YAML key like 1, null or true is not a field name)"]),
    # the proxy section is checked with the rest, with its lines
    ("name: p\nversion: 1\nproxy:\n  upstream_timeout_s: .inf\n", ["proxy.upstream_timeout_s (line 4): must be a finite number"]),
    # aliases that expand exponentially ("billion laughs") ran out of memory when the policy was hashed
    ("name: p\nversion: 1\nproxy:\n  x:\n    a0: &a0 [x,x,x,x,x,x,x,x,x,x]\n" + "".join(
        f"    a{i}: &a{i} [{','.join([f'*a{i - 1}'] * 10)}]\n" for i in range(1, 7)),
     ["not valid YAML (line 1, column 1): the document expands to more than 200,000 values through its aliases"]),
])
def test_malformed_policies_get_one_precise_message_per_problem(tmp_path, text, expected):
    f = tmp_path / "p.yaml"
    f.write_text(text)
    with pytest.raises(PolicyError) as exc:
        load_policy(f)
    assert exc.value.errors == expected


def test_yaml_merge_keys_work_and_explicit_keys_override_them(tmp_path):
    f = tmp_path / "p.yaml"
    f.write_text("name: p\nversion: 1\ninterceptors:\n  - &gate {use: safety.tool_gate, timeout_ms: 500, fail_mode: open}\n"
                 "  - <<: *gate\n    id: second\n    timeout_ms: 900\n")
    a, b = load_policy(f).interceptors
    assert (a.timeout_ms, b.timeout_ms, b.fail_mode, b.id) == (500, 900, "open", "second")


def test_unreadable_policy_files_are_policy_errors(tmp_path):
    latin1 = tmp_path / "latin1.yaml"
    latin1.write_bytes(b"name: x\nversion: 1\ndescription: caf\xe9\n")
    with pytest.raises(PolicyError, match=r"cannot read .*latin1.yaml: not UTF-8 text \(byte 35\)"):
        load_policy(latin1)
    folder = tmp_path / "d.yaml"
    folder.mkdir()
    with pytest.raises(PolicyError, match="cannot read .*d.yaml: Is a directory"):
        load_policy(folder)


def test_cli_validate_checks_the_proxy_section(tmp_path):
    f = tmp_path / "p.yaml"
    f.write_text("name: x\nversion: 1\nproxy: {port: 'abc', bogus: 1}\n")
    ko = subprocess.run([sys.executable, "-m", "guard.cli.main", "policy", "validate", str(f)], capture_output=True, text=True)
    assert ko.returncode == 1
    assert "proxy.port (line 3):" in ko.stderr and "proxy.bogus (line 3): unknown field" in ko.stderr


def test_yaml_syntax_errors_give_line_and_column(tmp_path):
    f = tmp_path / "p.yaml"
    f.write_text("name: p\nversion: 1\ninterceptors: [\n")
    with pytest.raises(PolicyError, match=r"not valid YAML \(line 4, column 1\)"):
        load_policy(f)


@pytest.mark.parametrize(("line", "said"), [
    ("timeout_ms: !!int abc", "cannot read 'abc' as int"),
    ("enabled: !!bool maybe", "cannot read 'maybe' as bool"),
    ("created: !!timestamp x", "cannot read 'x' as timestamp"),
    ("ratio: !!float abc", "cannot read 'abc' as float"),
    ("version: " + "9" * 5000, "an integer of 5000 characters"),
    ("max_calls: 0x" + "f" * 5000, "an integer of 5002 characters"),
])
def test_a_scalar_its_tag_cannot_read_is_a_yaml_error_at_its_line(tmp_path, line, said):
    """PyYAML's constructors raised ValueError, KeyError or AttributeError (and a 5,000-digit hex
    number loaded, then crashed the policy's hash): tracebacks, not errors naming the line."""
    f = tmp_path / "p.yaml"
    f.write_text("name: p\n" + line + "\n")
    with pytest.raises(PolicyError, match=r"not valid YAML \(line 2, column \d+\): " + re.escape(said)):
        load_policy(f)


def test_validate_goes_on_to_the_next_file_after_a_bad_scalar(tmp_path, capsys):
    from guard.cli.main import main

    bad, good = tmp_path / "a.yaml", tmp_path / "b.yaml"
    bad.write_text("name: a\nversion: 1\ninterceptors: []\nenabled: !!bool maybe\n")
    good.write_text("name: b\nversion: 1\ninterceptors: []\n")
    assert main(["policy", "validate", str(bad), str(good)]) == 1
    out, err = capsys.readouterr()
    assert "a.yaml: invalid" in out + err and "b.yaml: ok" in out


class _EntryPoint:
    def __init__(self, name, obj):
        self.name, self.value, self._obj = name, f"acme_guard:{name}", obj

    def load(self):
        return self._obj


def _plugin(**attrs):
    from guard.verdicts import Verdict

    return type("Plugin", (), {"check": lambda self, event, ctx: Verdict.allow(), **attrs})


def _broken_init(self, config):
    raise RuntimeError("model file missing")


@pytest.mark.parametrize(("obj", "said"), [
    (_plugin(Config=dict), "Config that is no pydantic model"),
    (_plugin(hooks=5), "hooks 5, not a collection of hook names"),
    (_plugin(hooks="tool_call"), "not a collection of hook names"),
    (_plugin(hooks=frozenset({"tool-call"})), "declares no hook this version knows (tool-call"),
    (lambda config: None, "is not a class (a function)"),
    (type("NoCheck", (), {}), "has no check(event, ctx) method"),
])
def test_a_plugin_of_the_wrong_shape_is_reported_by_validation(monkeypatch, obj, said):
    """`Config = dict` or `hooks = 5` crashed `guard policy validate` with a traceback; a function
    validated `ok` and failed in `Guard(...)` with an AttributeError."""
    from guard import interceptors

    monkeypatch.setattr(interceptors, "_entry_points", lambda: {"acme.odd": _EntryPoint("acme.odd", obj)})
    monkeypatch.delitem(interceptors._REGISTRY, "acme.odd", raising=False)
    with pytest.raises(PolicyError) as exc:
        validate_policy({"name": "p", "version": 1, "interceptors": [{"use": "acme.odd"}]})
    assert "interceptors[0].use" in str(exc.value) and said in str(exc.value)


@pytest.mark.parametrize("hooks", [__import__("guard").Hook, {"tool_call": 1}.keys(), ["tool_call", "a_newer_hook"]])
def test_plugins_with_other_collections_of_hooks_still_load(monkeypatch, hooks):
    from guard import interceptors

    monkeypatch.setattr(interceptors, "_entry_points", lambda: {"acme.ok": _EntryPoint("acme.ok", _plugin(hooks=hooks))})
    monkeypatch.delitem(interceptors._REGISTRY, "acme.ok", raising=False)
    validate_policy({"name": "p", "version": 1, "interceptors": [{"use": "acme.ok"}]})


def test_a_plugin_whose_constructor_fails_is_named_when_the_guard_is_built(monkeypatch, tmp_path):
    from guard import Guard, interceptors
    from guard.errors import GuardError

    monkeypatch.setattr(interceptors, "_entry_points",
                        lambda: {"acme.init": _EntryPoint("acme.init", _plugin(__init__=_broken_init))})
    monkeypatch.delitem(interceptors._REGISTRY, "acme.init", raising=False)
    policy = {"name": "p", "version": 1, "interceptors": [{"use": "acme.init"}],
              "audit": {"url": f"sqlite:///{tmp_path / 'a.db'}"}}
    with pytest.raises(GuardError, match=r"interceptor 'acme.init' could not be built: RuntimeError: model file missing"):
        Guard.from_policy(policy)


@pytest.mark.parametrize(("endpoint", "said"), [
    ("ht!tp://::bad", "must be an http:// or https:// URL"),
    ("http://user:pw@collector:4318", "must not hold credentials"),
    ("user:pw@collector:4317", "must not hold credentials"),
    ("https://host:s3cretpw/v1", "not a URL"),
    ("http://collector:99999", "not a URL"),
    ("collector/v1/traces", "neither http(s)://host[:port] nor host:port"),
])
def test_a_telemetry_endpoint_that_is_no_endpoint_is_refused(endpoint, said):
    """These validated `ok`; the one with a password had it written to the log by the exporter."""
    with pytest.raises(PolicyError) as exc:
        validate_policy({"name": "p", "version": 1, "interceptors": [], "telemetry": {"endpoint": endpoint}})
    assert "telemetry.endpoint" in str(exc.value) and said in str(exc.value)
    assert "pw@" not in str(exc.value) and "s3cretpw" not in str(exc.value)


def test_the_http_exporter_refuses_a_grpc_endpoint():
    """`exporter: otlp-http` with `dns:///collector:4317` validated, and every export then failed."""
    with pytest.raises(PolicyError, match="otlp-http exporter needs an http"):
        validate_policy({"name": "p", "version": 1, "interceptors": [],
                         "telemetry": {"exporter": "otlp-http", "endpoint": "dns:///collector:4317"}})


@pytest.mark.parametrize("endpoint", ["http://collector:4318/v1/traces", "https://otel.example.com", "collector:4317",
                                      "[::1]:4317", "otel_collector:4317", "unix:///var/run/otel.sock",
                                      "dns:///collector:4317", "http://otel-collector.monitoring.svc.cluster.local:4318",
                                      "grpc://collector:4317", "localhost"])
def test_telemetry_endpoints_as_written_are_accepted(endpoint):
    validate_policy({"name": "p", "version": 1, "interceptors": [], "telemetry": {"endpoint": endpoint}})


@pytest.mark.parametrize(("url", "said"), [("mysql://u:secretpw@h/x", "the driver for mysql://u:***@h/x is not installed"),
                                         ("nosuchdb://u:secretpw@h/x", "not a database URL"),
                                         ("postgresql://u:secretpw@h:port/x", "not a database URL")])
def test_a_credibility_store_the_store_cannot_open_is_refused_by_validation(url, said):
    with pytest.raises(PolicyError) as exc:
        validate_policy({"name": "p", "version": 1, "interceptors": [
            {"use": "credibility.aggregate", "config": {"store_url": url}}]})
    assert "interceptors[0].config.store_url" in str(exc.value) and said in str(exc.value)
    assert "secretpw" not in str(exc.value)


def test_a_credibility_store_on_another_installed_database_validates():
    """Any SQLAlchemy dialect whose driver is installed (here one registered under a new name,
    backed by sqlite3), not only SQLite and PostgreSQL."""
    from sqlalchemy.dialects import registry

    registry.register("agentguardtestdb", "sqlalchemy.dialects.sqlite.pysqlite", "SQLiteDialect_pysqlite")
    validate_policy({"name": "p", "version": 1, "interceptors": [
        {"use": "credibility.aggregate", "config": {"store_url": "agentguardtestdb:///x.db"}}]})


def test_a_base_that_is_no_yaml_or_no_mapping_is_named_as_the_base(tmp_path):
    """The base's YAML error was reported as the child's, with the base's line numbers
    ("child.yaml: not valid YAML (line 4, column 1)" for a 2-line file)."""
    child = tmp_path / "child.yaml"
    child.write_text("extends: base.yaml\nname: child\n")
    (tmp_path / "base.yaml").write_text("name: base\nversion: 1\ninterceptors: [\n")
    with pytest.raises(PolicyError, match=r"extends: base policy 'base.yaml' is invalid: not valid YAML \(line 4"):
        load_policy(child)
    (tmp_path / "base.yaml").write_text("- a\n- b\n")
    with pytest.raises(PolicyError, match=r"extends: base policy 'base.yaml' is invalid: \(root\): must be a mapping"):
        load_policy(child)


@pytest.mark.parametrize(("text", "said"), [
    ("name: p\nversion: 1.10\ninterceptors: []\n", 'version (line 2): must be a whole number or text: write a dotted version in quotes (version: "1.10")'),
    ("name: p\nversion: [1]\ninterceptors: []\n", "version (line 2): must be a whole number or text, got list"),
    ("", "(root): the file is empty"),
])
def test_a_version_or_a_file_of_the_wrong_kind_gets_one_clear_line(tmp_path, text, said):
    """`version: 1.5` gave two contradictory lines (not an integer; not a string); an empty file
    "must be a mapping, got NoneType"."""
    f = tmp_path / "p.yaml"
    f.write_text(text)
    with pytest.raises(PolicyError) as exc:
        load_policy(f)
    assert len(exc.value.errors) == 1 and exc.value.errors[0].startswith(said)


def test_an_interceptor_that_fails_to_import_is_named(monkeypatch):
    from guard import interceptors

    real = interceptors.get

    def get(name):
        if name == "acme.broken":
            raise ImportError("No module named 'acme_guard'")
        return real(name)

    monkeypatch.setattr(interceptors, "get", get)
    with pytest.raises(PolicyError) as exc:
        load_policy({"name": "p", "version": 1, "interceptors": [{"use": "acme.broken"}]})
    assert exc.value.errors == ["interceptors[0].use: interceptor 'acme.broken' failed to load: ImportError: No module "
                                "named 'acme_guard' (install its extra, or mark the entry `optional: true` to run without it)"]


def test_third_party_interceptors_register_and_validate_config():
    from pydantic import BaseModel, ConfigDict

    @register("acme.no_delete")
    class NoDelete(BaseInterceptor):
        hooks = frozenset({"tool_call"})

        class Config(BaseModel):
            model_config = ConfigDict(extra="forbid")
            word: str = "delete"

        def check(self, event, ctx):
            return Verdict.refuse("deleting") if self.config.word in event.tool else Verdict.allow()

    assert "acme.no_delete" in available()
    with pytest.raises(PolicyError, match=r"interceptors\[0\].config.wrod: unknown field"):
        load_policy({"name": "p", "version": 1, "interceptors": [{"use": "acme.no_delete", "config": {"wrod": "x"}}]})
    g = Guard.from_policy({"name": "p", "version": 1, "interceptors": [{"use": "acme.no_delete"}]}, audit=False)
    with g.run() as run:
        assert run.tool_call("delete_all").action.value == "refuse"
        assert run.tool_call("read").action.value == "allow"
    g.close()


def test_entry_point_interceptors_are_listed():
    names = available()
    for n in ("safety.tool_gate", "safety.injection", "privacy.instructor", "verification.glean",
              "credibility.aggregate", "backdoor.activation_probe"):
        assert n in names


def test_extends_starts_from_a_pack_replacing_by_label_and_appending(tmp_path):
    base = load_policy("default")
    f = tmp_path / "mine.yaml"
    f.write_text(
        "name: mine\nversion: 2\nextends: default\naudit: {enabled: false}\n"
        "interceptors:\n"
        "  - use: safety.tool_gate\n    id: tool_gate\n    on: [tool_call]\n"
        "    config: {rules: [{tool: 'transfer_*', action: refuse, reason: 'no money moves'}]}\n"
        "  - use: safety.tool_gate\n    id: second_gate\n    on: [tool_call]\n"
    )
    p = load_policy(f)
    assert p.name == "mine" and p.extends is None and p.audit.enabled is False  # applied: the result stands alone
    assert [s.label for s in p.interceptors] == [s.label for s in base.interceptors] + ["second_gate"]
    gate = p.interceptors[0]
    assert gate.config["rules"][0]["reason"] == "no money moves" and "risk_classes" not in gate.config  # replaced whole
    assert p.telemetry == base.telemetry  # untouched keys come from the base
    g = Guard.from_policy(f)
    with g.run() as run:
        assert run.tool_call("transfer_funds", {"amount": 1}).action.value == "refuse"
    g.close()


def test_full_pack_is_default_plus_privacy():
    full, default = load_policy("full"), load_policy("default")
    assert full.extends is None
    assert [s.model_dump() for s in full.interceptors[:-1]] == [s.model_dump() for s in default.interceptors]
    assert full.interceptors[-1].use == "privacy.instructor"


def test_extends_errors_name_the_authors_own_paths_and_lines(tmp_path):
    base = tmp_path / "base.yaml"
    base.write_text("name: base\nversion: 1\ninterceptors:\n  - use: safety.tool_gate\n    on: [tool_call]\n")
    child = tmp_path / "sub" / "child.yaml"
    child.parent.mkdir()
    child.write_text("name: child\nversion: 1\nextends: ../base.yaml\ninterceptors:\n"
                     "  - use: safety.tool_gate\n    id: extra\n    timeout_ms: -5\n")
    with pytest.raises(PolicyError) as err:
        load_policy(child)
    assert any(e.startswith("interceptors[0].timeout_ms (line 7):") for e in err.value.errors), err.value.errors

    base.write_text("name: base\nversion: 1\nextends: sub/child.yaml\n")
    child.write_text("name: child\nversion: 1\nextends: ../base.yaml\n")
    with pytest.raises(PolicyError, match="extends itself"):
        load_policy(child)
    child.write_text("name: child\nversion: 1\nextends: nosuchpack\n")
    with pytest.raises(PolicyError, match="extends: no policy file or pack named 'nosuchpack'"):
        load_policy(child)
    base.write_text("name: base\nversion: 1\ninterceptors: [{use: safety.tool_gate, fail_mode: maybe}]\n")
    child.write_text("name: child\nversion: 1\nextends: ../base.yaml\n")
    with pytest.raises(PolicyError, match=r"extends: base policy '../base.yaml' is invalid: interceptors\[0\].fail_mode"):
        load_policy(child)


def test_a_dumped_composed_policy_loads_back_to_the_same_policy():
    full = load_policy("full")
    again = load_policy(full.model_dump(mode="json"))
    assert again.hash == full.hash and [s.label for s in again.interceptors] == [s.label for s in full.interceptors]
    assert load_policy(load_policy("default").model_dump(mode="json")).hash == load_policy("default").hash


def test_extends_keeps_every_entry_the_author_wrote(tmp_path):
    f = tmp_path / "two.yaml"
    f.write_text("name: two\nversion: 1\nextends: default\ninterceptors:\n"
                 "  - {use: safety.tool_gate, config: {rules: [{tool: 'a_*', action: refuse}]}}\n"
                 "  - {use: safety.tool_gate, config: {rules: [{tool: 'b_*', action: refuse}]}}\n")
    p = load_policy(f)
    gates = [s for s in p.interceptors if s.use == "safety.tool_gate"]
    # default's gate is labelled `tool_gate` (its id), so both of these are new entries
    assert [g.config.get("rules", [{}])[0].get("tool") for g in gates[1:]] == ["a_*", "b_*"]


def test_a_composed_file_policy_dumps_and_reloads_anywhere(tmp_path, monkeypatch):
    (tmp_path / "base.yaml").write_text("name: base\nversion: 1\ninterceptors:\n  - {use: safety.tool_gate, id: g}\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "child.yaml").write_text("name: child\nversion: 1\nextends: ../base.yaml\n"
                                                "interceptors:\n  - {use: safety.tool_gate, id: h}\n")
    p = load_policy(tmp_path / "sub" / "child.yaml")
    monkeypatch.chdir(tmp_path / "sub")
    again = load_policy(p.model_dump(mode="json"))
    assert again.hash == p.hash and [s.label for s in again.interceptors] == ["g", "h"]
    (tmp_path / "sub" / "bad.yaml").write_text("name: bad\nversion: 1\nextends: ./\n")
    with pytest.raises(PolicyError, match="extends: file not found"):
        load_policy(tmp_path / "sub" / "bad.yaml")


def test_two_entries_with_a_base_label_replace_one_slot_and_append_the_other(tmp_path):
    (tmp_path / "base.yaml").write_text("name: base\nversion: 1\ninterceptors:\n  - {use: safety.tool_gate}\n")
    f = tmp_path / "child.yaml"
    f.write_text("name: child\nversion: 1\nextends: base.yaml\ninterceptors:\n"
                 "  - {use: safety.tool_gate, config: {rules: [{tool: 'a_*', action: refuse}]}}\n"
                 "  - {use: safety.tool_gate, config: {rules: [{tool: 'b_*', action: refuse}]}}\n")
    tools = [s.config["rules"][0]["tool"] for s in load_policy(f).interceptors]
    assert tools == ["a_*", "b_*"]


def test_the_nth_entry_with_a_label_overrides_the_bases_nth(tmp_path):
    (tmp_path / "base.yaml").write_text("name: base\nversion: 1\ninterceptors:\n"
                                        "  - {use: safety.tool_gate, config: {rules: [{tool: 'A', action: refuse}]}}\n"
                                        "  - {use: safety.tool_gate, config: {rules: [{tool: 'B', action: refuse}]}}\n")
    f = tmp_path / "child.yaml"
    f.write_text("name: child\nversion: 1\nextends: base.yaml\ninterceptors:\n"
                 "  - {use: safety.tool_gate, config: {rules: [{tool: 'a', action: refuse}]}}\n"
                 "  - {use: safety.tool_gate, config: {rules: [{tool: 'b', action: refuse}]}}\n"
                 "  - {use: safety.tool_gate, config: {rules: [{tool: 'c', action: refuse}]}}\n")
    assert [s.config["rules"][0]["tool"] for s in load_policy(f).interceptors] == ["a", "b", "c"]


def test_a_broken_base_does_not_hide_the_files_own_errors(tmp_path):
    f = tmp_path / "child.yaml"
    f.write_text("name: child\nversion: 1\nextends: nosuchpack\naudit: {durability: sometimes}\n"
                 "interceptors:\n  - use: safety.tool_gate\n    timeout_ms: -5\n")
    with pytest.raises(PolicyError) as err:
        load_policy(f)
    errors = err.value.errors
    assert errors[0].startswith("extends: no policy file or pack named 'nosuchpack'")
    assert any(e.startswith("audit.durability (line 4):") for e in errors), errors
    assert any(e.startswith("interceptors[0].timeout_ms (line 7):") for e in errors), errors
    # a file that leaves name and version to its base is not told they are missing
    f.write_text("extends: nosuchpack\n")
    with pytest.raises(PolicyError) as err:
        load_policy(f)
    assert len(err.value.errors) == 1 and err.value.errors[0].startswith("extends:")


@pytest.mark.parametrize("value", [True, False])
def test_a_yes_or_no_is_no_version(value):
    with pytest.raises(PolicyError, match="version: must be a number or text, not true/false"):
        load_policy({"name": "x", "version": value})
    assert load_policy({"name": "x", "version": 1}).version == 1


def test_validate_runs_an_interceptors_own_config_check_and_reports_its_failure():
    from pydantic import BaseModel, ConfigDict

    @register("acme.needs_file")
    class NeedsFile(BaseInterceptor):
        hooks = frozenset({"tool_call"})

        class Config(BaseModel):
            model_config = ConfigDict(extra="forbid")
            path: str = "rules.txt"

        @classmethod
        def config_errors(cls, config):
            if config.path == "boom":
                raise RuntimeError("checker crashed")
            return [] if config.path == "rules.txt" else [("path", f"no such file {config.path}")]

        def check(self, event, ctx):
            return Verdict.allow()

    load_policy({"name": "p", "version": 1, "interceptors": [{"use": "acme.needs_file"}]})
    with pytest.raises(PolicyError) as exc:
        load_policy({"name": "p", "version": 1, "interceptors": [{"use": "acme.needs_file", "config": {"path": "x"}},
                                                                  {"use": "acme.needs_file", "config": {"path": "boom"}}]})
    assert exc.value.errors == ["interceptors[0].config.path: no such file x",
                                "interceptors[1].config: acme.needs_file could not check its config: RuntimeError: checker crashed"]


def test_cli_validate_reads_the_privacy_norms_a_policy_names(tmp_path):
    pytest.importorskip("presidio_analyzer")
    norms = tmp_path / "n.yaml"
    norms.write_text("name: x\nnorms:\n  - {id: a, action: deny, action: allow, why: w}\n")
    pol = tmp_path / "p.yaml"
    body = "name: p\nversion: 1\ninterceptors:\n  - use: privacy.instructor\n    config: {norms: %s}\n"
    pol.write_text(body % norms)
    missing = tmp_path / "m.yaml"
    missing.write_text(body % (tmp_path / "missing.yaml"))
    ko = subprocess.run([sys.executable, "-m", "guard.cli.main", "policy", "validate", str(pol), str(missing)],
                        capture_output=True, text=True)
    assert ko.returncode == 1 and "Traceback" not in ko.stderr, ko.stderr
    assert f"interceptors[0].config.norms (line 5): privacy norms {norms}: invalid YAML (line 3, column 27): duplicate key 'action'" in ko.stderr
    assert f"no such file {tmp_path / 'missing.yaml'}" in ko.stderr
    norms.write_text("name: x\nnorms:\n  - {id: a, action: deny, why: w}\n")
    ok = subprocess.run([sys.executable, "-m", "guard.cli.main", "policy", "validate", str(pol)], capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr


def test_a_pack_in_a_folder_loads_by_name_and_as_a_base(tmp_path):
    assert "safety/injection" in packs() and not any(n.startswith(("privacy/", "guidelines/")) for n in packs())
    assert [i.id for i in load_policy("safety/injection").interceptors] == ["injection", "taint"]
    child = tmp_path / "child.yaml"
    child.write_text("name: c\nversion: 1\nextends: safety/injection\ninterceptors:\n  - {use: safety.tool_gate, id: gate}\n")
    assert [i.id for i in load_policy(child).interceptors] == ["injection", "taint", "gate"]


def test_readme_lists_each_packs_interceptor_labels():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    table = readme.split("| pack (`guard policy list`) | interceptor labels |")[1].split("\n\n")[0]
    rows = [r.strip("|").split("|") for r in table.strip().splitlines()[1:]]
    listed = {name.strip(" `"): [x.strip(" `") for x in labels.split(",")] for names, labels in rows for name in names.split(",")}
    assert sorted(listed) == packs()
    for name, labels in listed.items():
        assert [i.id or i.use for i in load_policy(name).interceptors] == labels, name


def test_cli_output_into_a_closed_pipe_is_no_traceback(monkeypatch):
    import io
    import os

    from guard.cli.main import main

    read, write = os.pipe()
    os.close(read)  # the reader (`| head`) has gone
    out = io.TextIOWrapper(io.FileIO(write, "w"), write_through=True)
    monkeypatch.setattr(sys, "stdout", out)
    try:
        assert main(["policy", "list"]) == 141  # once a BrokenPipeError traceback
    finally:
        monkeypatch.undo()
        out.close()


# ---- a review of the policy format (thirtieth session) -----------------------------------

def _errors(text: str) -> str:
    from guard.policy import parse_policy_text
    with pytest.raises(PolicyError) as exc:
        parse_policy_text(text, origin="p.yaml")
    return " | ".join(exc.value.errors)


HEAD = "name: p\nversion: 1\n"


def test_yaml_1_1_numbers_are_not_read_as_octal_or_base_60():
    from guard.policy import load_yaml
    assert load_yaml("a: 0250\nb: 010\nc: 1:30\nd: 1_000\ne: 0x1F\nf: 2.5\ng: 1e3") == {
        "a": 250, "b": 10, "c": "1:30", "d": "1_000", "e": 31, "f": 2.5, "g": 1000.0}
    p = load_policy({"name": "p", "version": 1, "interceptors": []})
    assert p.version == 1
    from guard.policy import parse_policy_text
    p = parse_policy_text(HEAD + "interceptors:\n  - use: safety.tool_gate\n    timeout_ms: 0250\n", origin="p.yaml")
    assert p.interceptors[0].timeout_ms == 250


def test_a_second_merge_key_in_one_mapping_is_refused():
    text = (HEAD + "base: &closed {fail_mode: closed}\ninterceptors:\n  - use: safety.tool_gate\n"
            "    <<: *closed\n    <<: {fail_mode: open}\n")
    assert "duplicate key '<<'" in _errors(text)


def test_recursive_aliases_and_deep_nesting_are_errors_not_tracebacks():
    import sys

    assert "interceptors" in _errors(HEAD + "interceptors: &a [*a]\n")
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(1000)  # other libraries in the test process may have raised it
    try:
        assert "nested too deeply" in _errors(HEAD + "description: " + "[" * 3000 + "]" * 3000 + "\ninterceptors: []\n")
    finally:
        sys.setrecursionlimit(limit)


def test_a_tuple_of_interceptors_is_checked_like_a_list():
    with pytest.raises(PolicyError, match=r"interceptors\[0\]\.config"):
        load_policy({"name": "x", "version": 1,
                     "interceptors": ({"use": "safety.tool_gate", "config": {"rulez": []}},)})


def test_a_pack_name_means_the_pack_whatever_the_working_directory_holds(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "strict").write_text("name: local\nversion: 1\ninterceptors: []\n")
    (tmp_path / "default").mkdir()
    assert load_policy("strict").name == "strict"
    assert load_policy("default").name == "default"
    assert load_policy("./strict").name == "local"


def test_an_optional_interceptor_whose_extra_is_missing_is_skipped(monkeypatch):
    import guard.interceptors as interceptors

    real_get = interceptors.get

    def get(name):
        if name == "privacy.instructor":
            raise ModuleNotFoundError("No module named 'presidio_analyzer'")
        return real_get(name)

    monkeypatch.setattr(interceptors, "get", get)
    policy = {"name": "p", "version": 1, "interceptors": [
        {"use": "privacy.instructor", "optional": True}, {"use": "safety.tool_gate"}]}
    assert [s.use for s in load_policy(policy).interceptors] == ["privacy.instructor", "safety.tool_gate"]
    policy["interceptors"][0]["optional"] = False
    with pytest.raises(PolicyError, match=r"interceptors\[0\]\.use.*optional: true"):
        load_policy(policy)


def test_risk_action_instruct_is_refused_since_it_carries_no_guidance():
    with pytest.raises(PolicyError, match="risk_actions: 'instruct'"):
        load_policy({"name": "p", "version": 1, "interceptors": [{"use": "safety.tool_gate", "config": {
            "risk_classes": {"web_*": "web"}, "risk_actions": {"web": "instruct"}}}]})


def test_cli_demo_with_an_unknown_pack_is_one_line(capsys):
    from guard.cli.main import main as guard_main

    assert guard_main(["demo", "--policy", "nope"]) == 2
    err = capsys.readouterr().err
    assert "no policy file or pack named 'nope'" in err and "Traceback" not in err


def test_cli_policy_list_names_a_pack_that_cannot_load_and_goes_on(monkeypatch, capsys):
    from guard import policy as policy_module
    from guard.cli.main import main as guard_main

    real = policy_module.load_policy

    def load(name):  # noqa: ANN001, ANN202
        if name == "full":
            raise PolicyError(["interceptors[0].use: broken"], "pack:full")
        return real(name)

    monkeypatch.setattr(policy_module, "load_policy", load)
    assert guard_main(["policy", "list"]) == 1
    out = capsys.readouterr().out
    assert "full" in out and "cannot load" in out and "strict" in out


def test_cli_schema_to_a_missing_folder_is_one_line(tmp_path, capsys):
    from guard.cli.main import main as guard_main

    assert guard_main(["policy", "schema", "--out", str(tmp_path / "no" / "x.json")]) == 2
    assert "cannot write" in capsys.readouterr().err
