"""A pattern's need (regex_gate) is a true lower bound: a text that lacks it never matches,
so skipping the scan changes no result."""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from detectors.privacy import regex_gate
from detectors.privacy.regex_gate import NOTHING, Need, need_of, profile

_DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "pii"


@pytest.mark.parametrize(("pattern", "flags", "digits", "chars"), [
    (r"\d{3}-\d{2}-\d{4}", 0, 9, {"-"}),
    (r"\b\d{3}[ -]?\d{4}\b", 0, 7, set()),
    (r"[\w.]+@[\w.]+\.\w+", re.IGNORECASE, 0, {"@", "."}),
    (r"(?:\d{4})?x", 0, 0, {"x"}),  # an optional part requires nothing
    (r"x", re.IGNORECASE, 0, set()),  # "X" matches too
    (r"(?i:x)y", 0, 0, {"y"}),  # a scoped flag
    (r"(?i)x", 0, 0, set()),
    (r"\d{2}|[a-z]-", 0, 0, {"-"} & set()),  # a branch needs only what every branch needs
    (r"(?:\d\d:|\d:)\d", 0, 2, {":"}),
    (r"[^0-9]{4}", 0, 0, set()),  # a negated class
    (r"(?=\d{5})\w+", 0, 0, set()),  # a lookahead guarantees nothing counted here
    (r"[0-9]+?[5]", 0, 2, {"5"}),
    (r"[٠-٩]{2}", 0, 2, set()),  # Arabic-Indic digits are decimal digits
    (r"(a)\1", 0, 0, {"a"}),  # a back-reference needs nothing more
    (r"é{2}", 0, 0, set()),  # non-ASCII literals are left out
    (r"(?>\d+)[.]", 0, 1, {"."}),
])
def test_need_of_reads_the_parse_tree(pattern, flags, digits, chars):
    assert need_of(pattern, flags) == Need(digits, frozenset(chars))


@pytest.mark.parametrize("pattern", [
    r"[[:digit:]]{3}", r"\p{Nd}{3}", r"(?:\d{3}){e<=1}", r"(?V1)\d{3}", r"(?|(\d{3})|(\d{4}))", r"\d{3}(?1)?",
    r"\X\d{3}", r"(?f)\d{3}",
])
def test_syntax_of_the_regex_module_is_not_read(pattern):
    assert need_of(pattern, 0, True) == NOTHING


def test_broken_patterns_need_nothing():
    assert need_of(r"(\d{3}", 0) == NOTHING
    assert need_of(r"\d{3}", 0, True) == Need(3, frozenset(), True)  # plain syntax is read for both modules


def test_profile_counts_unicode_digits_as_backslash_d_does():
    text = "room ٣٤٥ and ４２"
    assert profile(text).digits == len(re.findall(r"\d", text)) == 5
    assert profile(text) is profile(text)  # kept for the next recognizer


def _corpus() -> list[str]:
    base = [d["full_text"] for d in json.loads((_DATA / "dev.json").read_text())[:400]]
    base += ["Call 212-555-0143 or 078-05-1120 on 12/03/2024.", "IP 10.0.0.1, MAC 00:1B:44:11:3A:B7",
             "IBAN DE89 3704 0044 0532 0130 00", "card 4111 1111 1111 1111", "a.b@c.com", "fe80::1ff:fe23:4567:890a",
             "key sk-proj-abcdefghijklmnopqrstuvwxyz123", "ZIP code: 90210", "SW1A 1AA", "born on 3 May 1990"]
    rng = random.Random(7)
    out = list(base)
    for text in base:  # texts at the edge of each need: digits thinned out, separators removed
        digits = [i for i, c in enumerate(text) if c.isdigit()]
        for keep in (0, 1, 3, 6, 9, 12):
            kept = set(rng.sample(digits, min(keep, len(digits))))
            out.append("".join(c for i, c in enumerate(text) if not c.isdigit() or i in kept))
        for sep in "@.-:/":
            out.append(text.replace(sep, " "))
    return out


@pytest.fixture(scope="module")
def analyzer():
    pytest.importorskip("presidio_analyzer")
    from detectors.privacy.engine import get_analyzer

    return get_analyzer()


def test_no_pattern_of_the_analyzer_matches_a_text_that_lacks_its_need(analyzer):
    import regex
    from presidio_analyzer import PatternRecognizer

    compiled = []
    for rec in analyzer.engine.registry.recognizers:
        if isinstance(rec, PatternRecognizer):
            compiled += [(regex.compile(p.regex, rec.global_regex_flags), need_of(p.regex, rec.global_regex_flags, True))
                         for p in rec.patterns]
        compiled += [(rx, need_of(rx.pattern, rx.flags)) for rx, _, _ in getattr(rec, "_compiled", [])]
    assert len(compiled) > 60
    assert sum(n != NOTHING for _, n in compiled) > 40  # most patterns have a need to skip by
    skipped = 0
    for text in _corpus():
        offers = profile(text)
        for rx, need in compiled:
            if not need.met(offers):
                skipped += 1
                assert rx.search(text) is None, (rx.pattern[:80], text)
    assert skipped > 10_000


def test_the_analyzer_finds_the_same_with_and_without_the_gate(analyzer, monkeypatch):
    texts = _corpus()
    entities = list(dict.fromkeys(analyzer.entities + ["URL", "IP_ADDRESS", "IBAN_CODE", "CRYPTO", "UK_NHS", "MAC_ADDRESS",
                                                       "US_ITIN", "US_BANK_NUMBER", "MEDICAL_LICENSE"]))
    gated = analyzer.analyze_batch(texts, entities)
    scans = []
    real_met = Need.met
    monkeypatch.setattr(Need, "met", lambda self, offers: scans.append(real_met(self, offers)) or True)
    plain = analyzer.analyze_batch(texts, entities)
    assert scans.count(False) > 1_000  # the gate would have skipped these scans
    assert sum(map(len, plain)) > 500
    assert gated == plain


# Found by a review: where the `regex` module and `re` disagree, the gate must not trust `re`'s reading.
_NEWER_DIGIT = "\U00011bf1"  # a digit in the `regex` module's Unicode tables, not in Python 3.11's


def test_digits_are_counted_as_the_regex_module_counts_them():
    import regex

    text = "code " + _NEWER_DIGIT * 3
    assert regex.search(r"\d{3}", text)  # the regex module knows the digit ...
    assert need_of(r"\d{3}", 0, True).met(profile(text))  # ... so its pattern is scanned
    if not _NEWER_DIGIT.isdecimal():  # Python does not: neither does `re`, and its pattern is skipped
        assert re.search(r"\d{3}", text) is None and not need_of(r"\d{3}", 0).met(profile(text))


@pytest.mark.parametrize("pattern", [r"[a[:digit:]]", r"[^[:space:]]+@[^[:space:]]+", r"\b[A-Z[:digit:]]{8}\b"])
def test_posix_classes_anywhere_in_a_set_are_not_read(pattern):
    assert need_of(pattern, re.IGNORECASE, True) == NOTHING


def test_flag_bits_that_differ_between_the_modules_are_not_read(capsys, monkeypatch):
    import regex

    assert need_of(r"[[0-9]]{3}", re.ASCII | re.IGNORECASE, True) == NOTHING  # re.ASCII is regex.V1
    assert need_of(r"\d{3}x", regex.ASCII, True) == NOTHING  # regex.ASCII is re.DEBUG ...
    assert capsys.readouterr().out == ""  # ... which would print the parse tree
    assert need_of(r"\d{3}-", re.IGNORECASE | re.MULTILINE | re.DOTALL, True) == Need(3, frozenset("-"), True)
    monkeypatch.setattr(regex, "DEFAULT_VERSION", regex.VERSION1)
    assert need_of(r"\d{3}-", 0, True) == NOTHING


def test_a_parser_warning_means_nothing_is_read():
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert need_of(r"x[[a]", 0, True) == NOTHING


def test_a_digit_python_cannot_read_does_not_break_the_analysis(analyzer):
    found = analyzer.analyze("card 4111 1111 1111 111" + _NEWER_DIGIT + ", call 212-555-0143")
    assert [e.type for e in found] == ["PHONE_NUMBER"]


def test_a_recognizers_needs_follow_its_patterns():
    from presidio_analyzer import Pattern, PatternRecognizer

    rec = PatternRecognizer(supported_entity="X", patterns=[Pattern("five", r"\d{5}", 0.5)], name="x")
    assert [n.digits for n in regex_gate.needs_of(rec.patterns, 0, rec)] == [5]
    rec.patterns = [Pattern("two", r"\d{2}", 0.5)]  # replaced, perhaps at the same address
    assert [n.digits for n in regex_gate.needs_of(rec.patterns, 0, rec)] == [2]
    rec.patterns[0].regex = r"\d"  # changed in place
    assert [n.digits for n in regex_gate.needs_of(rec.patterns, 0, rec)] == [1]
