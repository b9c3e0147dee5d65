import re
from pathlib import Path

import pytest
import yaml

from detectors.verification.guidelines import GuidelineError, load_pack, load_packs, pack_hash, parse_pack

PACKS = Path(__file__).resolve().parents[1] / "policies" / "guidelines"


def test_builtin_packs_load_and_costly_is_marked():
    packs = {p.name: p for p in load_packs("general,general-deep,finance")}
    assert not packs["general"].costly and packs["general"].domain is None
    assert packs["general-deep"].costly
    assert packs["finance"].domain == "finance"
    assert all(g.rule for g in packs["general"].guidelines)  # the cheap pack runs without models


def test_general_pack_knows_no_benchmark_or_domain():
    text = (PACKS / "general.yaml").read_text().lower()
    for word in ("banking", "slack", "agentdojo", "iban", "send_money", "channel", "emma", "spotify"):
        assert not re.search(rf"\b{word}\b", text), word


def test_bad_pack_names_the_field():
    data = yaml.safe_load((PACKS / "general.yaml").read_text())
    data["guidelines"][0]["rule"]["criterion"] = "no_such_rule"
    with pytest.raises(GuidelineError, match=r"guidelines\.0\.rule\.criterion.*unknown criterion"):
        parse_pack(data)
    data = yaml.safe_load((PACKS / "general.yaml").read_text())
    del data["guidelines"][1]["rule"]
    with pytest.raises(GuidelineError, match="needs a rule, exemplars or a judge"):
        parse_pack(data)
    with pytest.raises(GuidelineError, match="not found"):
        load_pack("does-not-exist")


def test_hash_changes_with_wording(tmp_path):
    data = yaml.safe_load((PACKS / "general.yaml").read_text())
    h1 = pack_hash([parse_pack(data)])
    data["guidelines"][0]["text"] += " (edited)"
    assert pack_hash([parse_pack(data)]) != h1
    assert pack_hash([load_pack("general")]) == h1


@pytest.mark.parametrize("rule, err", [
    ({"criterion": "argument_pattern", "params": {"key": "amount(", "pattern": "x"}}, r"param 'key': 'amount\(' is not a valid regular expression"),
    ({"criterion": "argument_pattern", "params": {"key": "date"}}, r"criterion argument_pattern needs param 'pattern'"),
    ({"criterion": "request_covered", "params": {"min_share": "lots"}}, r"param 'min_share' must be a number in \[0, 1\], got 'lots'"),
    ({"criterion": "answer_given", "params": {"bogus": 1}}, r"param 'bogus' is not one criterion answer_given takes \(it takes none\)"),
    ({"criterion": "grounded_arguments", "params": {"argument_keys": "to$"}}, r"param 'argument_keys' must be a non-empty list"),
    ({"criterion": "positive_amount", "params": {"key": 3}}, r"param 'key' must be a regular expression \(a string\), got int"),
])
def test_rule_params_are_checked_at_load_naming_file_guideline_and_param(tmp_path, rule, err):
    pack = tmp_path / "mine.yaml"
    pack.write_text(yaml.safe_dump({"name": "mine", "guidelines": [{"id": "amounts", "text": "t", "rule": rule}]}))
    with pytest.raises(GuidelineError, match=rf"^{re.escape(str(pack))}: invalid guideline pack:\n  guidelines\.0: .*guideline 'amounts': rule\.params: {err}"):
        load_pack(pack)


def test_a_key_given_twice_in_a_pack_is_an_error(tmp_path):
    pack = tmp_path / "mine.yaml"
    pack.write_text("name: mine\nversion: 1\nversion: 2\nguidelines:\n  - {id: a, text: t, rule: {criterion: answer_given}}\n")
    with pytest.raises(GuidelineError, match="duplicate key 'version'"):
        load_pack(pack)


@pytest.mark.parametrize("field, value", [("scale", 100000.0), ("scale", float("inf")), ("center", float("nan"))])
def test_exemplar_numbers_out_of_range_are_refused(field, value):
    ex = {"aligned": ["a"], "misaligned": ["b"], field: value}
    with pytest.raises(GuidelineError, match=rf"exemplars\.{field}"):
        parse_pack({"name": "mine", "guidelines": [{"id": "g", "text": "t", "exemplars": ex}]})


def test_numeric_edges_of_the_raters_and_checks():
    from detectors.verification.checks import fold
    from detectors.verification.raters import clip_p
    from detectors.verification.raters.embedding import _sigmoid
    from detectors.verification.raters.text import canon_number

    # int() of it held the GIL for minutes, then raised: compared as written now
    assert canon_number("1e500000") == "1e+500000" and canon_number("1E500000") == canon_number("10e499999")
    assert canon_number("1,200.50") == "1200.5" and canon_number("1e3") == "1000"
    assert 0 < fold(0.5, 0.2, 1000) < 1e-15 and 1 - 1e-15 < fold(0.5, 0.8, 1000) < 1  # no OverflowError, never 0 or 1
    assert _sigmoid(-1e6) == 0.0 and _sigmoid(1e6) == 1.0
    with pytest.raises(ValueError, match="NaN"):
        clip_p(float("nan"))
