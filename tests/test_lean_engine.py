"""The analyzer's shortcuts around Presidio give Presidio's own answers (lean_engine, name_lists)."""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

pytest.importorskip("presidio_analyzer")

from presidio_analyzer import AnalyzerEngine, PatternRecognizer, RecognizerRegistry  # noqa: E402
from presidio_analyzer.nlp_engine import SpacyNlpEngine  # noqa: E402

from detectors.privacy import lean_engine  # noqa: E402
from detectors.privacy.engine import get_analyzer  # noqa: E402
from detectors.privacy.name_lists import _NOT_AFTER_GIVEN, _NOT_BEFORE_GIVEN, _WORD_TOUCH, _occurrences  # noqa: E402

_DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "pii"
_EDGE = ["", " ", "Call 212-555-0143 or 078-05-1120 on 12/03/2024.", "IP 10.0.0.1, MAC 00:1B:44:11:3A:B7, IBAN DE89 3704 0044 0532 0130 00",
         "license D1234567 passport 123456789", "card 4111 1111 1111 1111", "mail: a.b@c.com, x@localhost"]


@pytest.fixture(scope="module")
def analyzer():
    return get_analyzer()


@pytest.fixture(scope="module")
def texts():
    return _EDGE + [d["full_text"] for d in json.loads((_DATA / "dev.json").read_text())[:300]]


def _explained(results):
    return [(r.entity_type, r.start, r.end, r.score, r.analysis_explanation.score, r.analysis_explanation.validation_result,
             r.analysis_explanation.pattern_name, tuple(r.recognition_metadata.items())) for r in results]


def test_the_lean_pattern_scan_gives_presidios_results_and_explanations(analyzer, texts):
    recognizers = [r for r in analyzer.engine.registry.recognizers if isinstance(r, PatternRecognizer)]
    assert any("_PatternRecognizer__analyze_patterns" in vars(r) for r in recognizers)
    found = 0
    for rec in recognizers:
        lean = vars(rec).get("_PatternRecognizer__analyze_patterns")
        for text in texts:
            ours = _explained(rec.analyze(text, rec.supported_entities))
            if lean is not None:
                del rec._PatternRecognizer__analyze_patterns
                try:
                    theirs = _explained(rec.analyze(text, rec.supported_entities))
                finally:
                    rec._PatternRecognizer__analyze_patterns = lean
                assert ours == theirs, (rec.name, text)
            found += len(ours)
    assert found > 100  # the texts do exercise the patterns


def test_only_the_analyzers_own_recognizers_are_changed(analyzer):
    plain = PatternRecognizer(supported_entity="X", deny_list=["x"], name="plain")
    assert "_PatternRecognizer__analyze_patterns" not in vars(plain)


def test_artifacts_are_presidios_own(analyzer, texts):
    engine = analyzer.engine.nlp_engine
    nlp = engine.nlp["en"]
    for text in texts:
        doc = nlp(text)
        ours, theirs = engine._doc_to_nlp_artifact(doc, "en"), SpacyNlpEngine._doc_to_nlp_artifact(engine, doc, "en")
        assert (ours.lemmas, ours.tokens_indices, ours.keywords, ours.scores) == \
            (theirs.lemmas, theirs.tokens_indices, theirs.keywords, theirs.scores)
        assert [(e.start_char, e.end_char, e.label_) for e in ours.entities] == \
            [(e.start_char, e.end_char, e.label_) for e in theirs.entities]


def test_the_lean_engine_analyzes_as_presidios(analyzer, texts):
    """Presidio's own AnalyzerEngine and registry over the same recognizers and artifacts."""
    mine = analyzer.engine
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.recognizers = list(mine.registry.recognizers)
    theirs = AnalyzerEngine(nlp_engine=mine.nlp_engine, registry=registry, supported_languages=["en"],
                            context_aware_enhancer=mine.context_aware_enhancer)
    entities = list(set(analyzer.entities) | {"ORGANIZATION"})
    for text in texts:
        artifacts = mine.nlp_engine.process_text(text, "en")
        a = mine.analyze(text, language="en", entities=entities, nlp_artifacts=artifacts, score_threshold=0.35)
        b = theirs.analyze(text, language="en", entities=entities, nlp_artifacts=artifacts, score_threshold=0.35)
        assert [(r.entity_type, r.start, r.end, r.score) for r in a] == [(r.entity_type, r.start, r.end, r.score) for r in b]


def test_the_registry_forgets_its_answer_when_its_recognizers_change():
    _, Registry = lean_engine.classes()
    registry = Registry(supported_languages=["en"])
    first = PatternRecognizer(supported_entity="A_THING", patterns=[], deny_list=["alpha"], name="first")
    registry.add_recognizer(first)
    assert registry.get_recognizers("en", ["A_THING"]) == [first]
    second = PatternRecognizer(supported_entity="A_THING", patterns=[], deny_list=["beta"], name="second")
    registry.add_recognizer(second)
    assert set(registry.get_recognizers("en", ["A_THING"])) == {first, second}
    registry.remove_recognizer("first")
    assert registry.get_recognizers("en", ["A_THING"]) == [second]
    registry.recognizers = []
    with pytest.raises(ValueError, match="No matching recognizers"):  # as Presidio's own registry
        registry.get_recognizers("en", ["A_THING"])


def _alternation(words):
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def test_repeated_name_occurrences_are_the_regex_matches_they_replace():
    rng = random.Random(7)
    pieces = ["Anna", "Anna Lee", "Lee", "Ann", "Bob", "Bob Bo", "Bo", "Anes", " ", " ", "-", "'", "’s", ".", "\t", "Xy", "Ö", "T"]
    names = ["Anna", "Anna Lee", "Lee", "Ann", "Anna Leen", "Bob", "Bob Bo", "Bo", "Anes"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 25)))
        words = set(rng.sample(names, rng.randint(1, 4)))
        full = re.compile(rf"(?<![\w'’-])(?:{_alternation(words)})(?![\w'’-])")
        given = re.compile(rf"(?<![\w'’.-])(?:{_alternation(words)})(?![\w-])(?!['’][A-Za-z]{{2}})(?![ \t]+[A-ZÀ-Þ])")
        assert _occurrences(text, words, _WORD_TOUCH, _WORD_TOUCH) == [m.span() for m in full.finditer(text)], (text, words)
        assert _occurrences(text, words, _NOT_BEFORE_GIVEN, _NOT_AFTER_GIVEN) == \
            [m.span() for m in given.finditer(text)], (text, words)


def test_the_ner_pass_runs_blas_on_one_thread_and_gives_the_setting_back(analyzer, monkeypatch):
    threadpoolctl = pytest.importorskip("threadpoolctl")
    import numpy  # noqa: F401 - BLAS is loaded with numpy

    blas = [lib for lib in threadpoolctl.threadpool_info() if lib["user_api"] == "blas"]
    if not blas:
        pytest.skip("no BLAS library that threadpoolctl can see")
    with threadpoolctl.threadpool_limits(limits=2, user_api="blas"):
        seen = []
        real = analyzer.engine.nlp_engine.artifacts

        def spy(*args, **kwargs):
            seen.append({lib["num_threads"] for lib in threadpoolctl.threadpool_info() if lib["user_api"] == "blas"})
            return real(*args, **kwargs)

        monkeypatch.setattr(analyzer.engine.nlp_engine, "artifacts", spy)
        analyzer.analyze("Call John Smith at 212-555-0143.")
        assert seen == [{1}]
        after = {lib["num_threads"] for lib in threadpoolctl.threadpool_info() if lib["user_api"] == "blas"}
        assert after == {2}  # the caller's setting is back
        monkeypatch.setenv("AGENTGUARD_BLAS_THREADS", "keep")
        analyzer.analyze("Call John Smith at 212-555-0143.")
        assert seen[-1] == {2}


def test_presidios_warning_per_unmapped_model_label_is_dropped_and_nothing_else(analyzer, caplog):
    import logging

    with caplog.at_level(logging.WARNING, logger="presidio-analyzer"):
        analyzer.analyze("She paid 300 dollars for the third ticket, 40 percent more than in 2019.")
        logging.getLogger("presidio-analyzer").warning("some other warning")
    messages = [r.getMessage() for r in caplog.records if r.name == "presidio-analyzer"]
    assert messages == ["some other warning"]


def test_a_new_analyzer_has_loaded_what_its_first_request_would_wait_for():
    """The phone metadata of each region and every pattern's need load when the analyzer is built
    (a fresh process: in this one other tests have long loaded them)."""
    import os
    import subprocess
    import sys

    code = ("from phonenumbers import PhoneMetadata\n"
            "from detectors.privacy.engine import get_analyzer\n"
            "a = get_analyzer()\n"
            "regions = [r for r in a.engine.registry.recognizers if r.name == 'WindowedPhoneRecognizer'][0].supported_regions\n"
            "print(sorted(set(regions) - set(PhoneMetadata._region_metadata)))\n"
            "print(sorted(r.name for r in a.engine.registry.recognizers if getattr(r, 'patterns', None)\n"
            "             and '_agentguard_needs' not in r.__dict__ and r.name != 'IbanRecognizer'))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300,
                         cwd=Path(__file__).resolve().parent.parent, env={**os.environ, "HF_HUB_OFFLINE": "1"})
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split("\n")[:2] == ["[]", "[]"]  # no region and no pattern left to load
