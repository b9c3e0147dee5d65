"""A full spaCy vocabulary is replaced by a freshly loaded pipeline, and nothing else changes."""
from __future__ import annotations

import logging
import random
import string
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

pytest.importorskip("presidio_analyzer")

from detectors.privacy.engine import MAX_VOCAB, PiiAnalyzer, _max_vocab  # noqa: E402
from detectors.privacy.pii_eval import load_dataset  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "pii"


def _fresh_texts(n: int, seed: int) -> list[str]:
    """Tool results made of words no vocabulary holds (order codes, names, hosts)."""
    rng = random.Random(seed)

    def word() -> str:
        return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(5, 9)))

    return [f"Order {word().upper()}-{rng.randint(10**5, 10**8)} for {word().title()} {word().title()}, "
            f"mail {word()}@{word()}.com, note: {word()} {word()}." for _ in range(n)]


def _nlp(an: PiiAnalyzer):
    return an.engine.nlp_engine.nlp["en"]


def _fill(an: PiiAnalyzer) -> None:
    """Declare the vocabulary full as it stands (the real limit is far above what a test reads)."""
    an.max_vocab = len(_nlp(an).vocab)


@pytest.fixture(scope="module")
def records() -> list[str]:
    return [r.full_text for r in load_dataset(DATA / "presidio_synth_seed16028.json")[:120]] + _fresh_texts(20, 11)


@pytest.fixture(scope="module")
def expected(records) -> list:
    return PiiAnalyzer(max_vocab=None).analyze_batch(records)


def test_without_a_limit_every_new_word_is_kept_and_nothing_is_reloaded():
    an = PiiAnalyzer(max_vocab=None)
    before, nlp = len(_nlp(an).vocab), _nlp(an)
    for seed in range(3):
        an.analyze_batch(_fresh_texts(50, seed=seed))
    assert len(_nlp(an).vocab) > before + 600
    assert _nlp(an) is nlp and an._fresh is None and an.pipeline_refreshes == 0


def test_a_full_vocabulary_is_replaced_by_a_fresh_pipeline(records, expected):
    an = PiiAnalyzer(max_vocab=MAX_VOCAB)
    met = _fresh_texts(100, seed=1)
    an.analyze_batch(met)
    old = _nlp(an)
    words = {w for t in met for w in t.split() if w.isalpha() and w.islower()} - {"for", "mail"}
    assert len(words) >= 100 and all(w in old.vocab for w in words)
    _fill(an)
    an.analyze_batch(_fresh_texts(5, seed=2))  # starts the build; the old pipeline still serves
    assert an._fresh is not None and _nlp(an) is old
    an._fresh.result()  # wait for the background load
    assert an.analyze_batch(records) == expected  # swapped in before this call
    assert _nlp(an) is not old and an.pipeline_refreshes == 1 and an._fresh is None
    assert [w for w in words if w in _nlp(an).vocab] == []  # the words met before are gone
    assert an.analyze_batch(records) == expected


def test_calls_from_many_threads_across_reloads_get_the_same_answers(records, expected):
    an = PiiAnalyzer(max_vocab=MAX_VOCAB)

    def worker(k: int) -> list[bool]:
        same = []
        for j in range(3):
            an.analyze_batch(_fresh_texts(30, seed=100 + 10 * k + j))
            _fill(an)
            same.append(an.analyze_batch(records[k * 20:(k + 1) * 20]) == expected[k * 20:(k + 1) * 20])
        return same

    with ThreadPoolExecutor(4) as pool:  # a worker's exception is raised here
        assert list(pool.map(worker, range(4))) == [[True] * 3] * 4
    assert an.pipeline_refreshes >= 1


def test_a_failed_reload_keeps_the_old_pipeline_and_says_why(monkeypatch, caplog, records, expected):
    an = PiiAnalyzer(max_vocab=MAX_VOCAB)
    old = _nlp(an)

    def broken():
        raise OSError("disk gone")

    monkeypatch.setattr(an, "_load_pipeline", broken)
    _fill(an)
    with caplog.at_level(logging.WARNING, logger="detectors.privacy.engine"):
        an.analyze_batch(_fresh_texts(3, seed=4))
        an._fresh.result()
        assert an.analyze_batch(records) == expected
    assert _nlp(an) is old and an.max_vocab is None and an.pipeline_refreshes == 0
    assert "OSError: disk gone" in caplog.text and "no longer bounded" in caplog.text


@pytest.mark.parametrize("bad", [-1, 0, 9_999, 2.5e5, "100000", True])
def test_a_bad_limit_is_refused_naming_it(bad):
    with pytest.raises(ValueError, match="max_vocab must be a whole number >= 10000"):
        PiiAnalyzer(max_vocab=bad)


@pytest.mark.parametrize("raw, want", [("", 100_000), ("none", None), ("None", None), (" 50000 ", 50_000)])
def test_the_limit_from_the_environment(monkeypatch, raw, want):
    monkeypatch.setenv("AGENTGUARD_SPACY_MAX_VOCAB", raw)
    assert _max_vocab() == want


@pytest.mark.parametrize("raw", ["-5", "0", "lots", "1e5"])
def test_a_bad_limit_in_the_environment_is_refused_naming_the_variable(monkeypatch, raw):
    monkeypatch.setenv("AGENTGUARD_SPACY_MAX_VOCAB", raw)
    with pytest.raises(ValueError, match="AGENTGUARD_SPACY_MAX_VOCAB"):
        _max_vocab()
