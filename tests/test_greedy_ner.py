"""The fast NER decode gives spaCy's own entities (detectors/privacy/greedy_ner.py)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

from detectors.privacy.engine import DEFAULT_MODEL, _numpy_matmul, spacy_model_available  # noqa: E402
from detectors.privacy import greedy_ner  # noqa: E402

pytestmark = pytest.mark.skipif(not spacy_model_available(DEFAULT_MODEL), reason="spaCy model not installed")

_EXCLUDE = ["tok2vec", "parser", "tagger", "attribute_ruler", "lemmatizer", "senter"]
_DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "pii"

# Whitespace tokens (entities may run over them, never start on one), entities at the very
# end, one-token docs, several entities in a row, text with no entity at all.
_EDGE = [
    "", "Paris", "Paris.", " ", "\n\n", "John", "I met John Smith", "John Smith\n\nMary Jones",
    "Call Dr. Anna Maria Lopez-Garcia in New York City on Monday, March 3rd 2025 at 10am.",
    "Google, Microsoft and the World Health Organization met in Geneva, Switzerland.",
    "nothing to see here at all", "  Barack   Obama  ", "Obama\n", "\tAngela\tMerkel\t",
    "The 2nd quarter of 2024 saw $5 million in revenue, 12% more than the first.",
    # where the model's best move is one the rules forbid: "begin" on the last token ...
    "My name is Mathias Freeh but everyone calls me Mathias", "My website is https://www.RoboDrop.co.nz/",
    # ... and a one-token entity on a whitespace token
    "91 St. John Street\n Apt. 456\n Malmesbury\n South Africa 68538",
    "Dalmatinova 35 Mira Stravenue\n Suite 220\n \u017dabnica\n Slovenia ",
]


def _texts(n: int = 400) -> list[str]:
    data = json.loads((_DATA / "dev.json").read_text())
    return _EDGE + [d["full_text"] for d in data[:n]]


@pytest.fixture(scope="module")
def pipelines():
    reference = spacy.load(DEFAULT_MODEL, exclude=_EXCLUDE)
    _numpy_matmul(reference)
    fast = spacy.load(DEFAULT_MODEL, exclude=_EXCLUDE)
    _numpy_matmul(fast)
    assert greedy_ner.install(fast)
    return reference, fast


def _annotation(doc):
    return [(t.i, t.ent_iob_, t.ent_type_) for t in doc]


def test_same_entities_as_spacy_one_doc_at_a_time(pipelines):
    reference, fast = pipelines
    texts = _texts()
    assert sum(len(reference(t).ents) for t in texts) > 500  # the texts do exercise the decode
    for text in texts:
        assert _annotation(fast(text)) == _annotation(reference(text)), text


def test_same_entities_as_spacy_in_batches(pipelines):
    reference, fast = pipelines
    texts = _texts()
    for a, b in zip(reference.pipe(texts, batch_size=16), fast.pipe(texts, batch_size=16)):
        assert _annotation(b) == _annotation(a), a.text


# Random name soup where two moves are tied to within float32 rounding: a BLAS product and
# spaCy's one-term-at-a-time sum decide differently unless the near-tie is re-summed.
_NEAR_TIES = [
    "Mário WarraneFouquet@superrito.com 481241\\n OULU Colombo Collins, Zimmer\\n\\nTitle Noordsstraat "
    "Gafsa 07091 2003-04-26 Lance, By: 16 Lesława RafaelaMeloLima@dayrep.com. 230-19-2475 423\\n repairer"
    "\\nRetroficiency\\nJosef DavidCJohnson@teleworm.us. cafeteria Václav, 2476327536424904 Alex Principal "
    "photo Boros\\n\\nMITTERLOBMING\\nAustria 045\\n}}Teresina\\n}}Brazil Gama Popović\\nUnilever Churton 67. "
    "4841554860802223 Sandy! Jaime, 18:42:08.465114,",
    "Yokoi's Silvestre Postbox Kassia Frørup Limited 4755 Noordsstraat please 09821 zaireans",
    "927? 59951\\n0699 Magnusson). Cazares. 4823 Ettatawer\\n??? Poland. Tómas, serves Delfina Höhenweg "
    "4196683149850934 Hélène Friðbjarnardóttir",
]


def test_near_ties_are_decided_as_spacy_decides_them(pipelines):
    reference, fast = pipelines
    for text in _NEAR_TIES:
        assert _annotation(fast(text)) == _annotation(reference(text)), text


def test_sentence_starts_stop_an_entity_as_in_spacy(pipelines):
    reference, fast = pipelines
    text = "We met John Smith Jones Brown in New York City today"
    for cut in range(1, 11):
        docs = []
        for nlp in (reference, fast):
            doc = nlp.make_doc(text)
            doc[cut].is_sent_start = True
            docs.append(nlp.get_pipe("ner")(doc))
        assert _annotation(docs[1]) == _annotation(docs[0]), cut
        assert not any(e.start < cut < e.end for e in docs[1].ents)


def test_docs_with_entities_already_set_go_to_spacys_decoder(pipelines):
    from spacy.tokens import Span

    reference, fast = pipelines
    text = "Alice Walker moved from Boston to Denver in 2019."
    docs = []
    for nlp in (reference, fast):
        doc = nlp.make_doc(text)
        doc.set_ents([Span(doc, 4, 5, label="ORG")], default="missing")  # "Boston" preset as ORG
        docs.append(nlp.get_pipe("ner")(doc))
    assert _annotation(docs[1]) == _annotation(docs[0])
    assert ("Boston", "ORG") in {(e.text, e.label_) for e in docs[1].ents}


def test_install_leaves_pipelines_without_a_known_ner_alone():
    blank = spacy.blank("en")
    assert not greedy_ner.install(blank)
    assert blank.pipe_names == []


def test_the_analyzer_uses_the_fast_decode_unless_told_not_to(monkeypatch):
    from detectors.privacy.engine import _spacy_pipeline

    nlp = _spacy_pipeline(DEFAULT_MODEL)
    assert isinstance(nlp.get_pipe("ner"), greedy_ner.GreedyNer)
    monkeypatch.setenv("AGENTGUARD_SPACY_NER", "spacy")
    nlp = _spacy_pipeline(DEFAULT_MODEL)
    assert not isinstance(nlp.get_pipe("ner"), greedy_ner.GreedyNer)


def test_the_fast_encoder_gives_thincs_output_bit_for_bit(pipelines):
    import numpy as np

    from detectors.privacy import ner_encoder

    reference, fast = pipelines
    decoder = fast.get_pipe("ner").decoder
    assert isinstance(decoder.encode, ner_encoder.Encoder)
    tok2vec = reference.get_pipe("ner").model.get_ref("tok2vec")
    docs = [reference.make_doc(t) for t in _texts(200)]
    for doc in docs:
        assert np.array_equal(decoder.encode([doc]), tok2vec.predict([doc])), doc.text
    assert np.array_equal(decoder.encode(docs), tok2vec.predict(docs))  # several docs, padded between


def test_the_fast_encoder_is_not_used_for_another_network(pipelines, monkeypatch):
    from thinc.api import Linear

    from detectors.privacy import ner_encoder

    reference, _ = pipelines
    probe = [reference.make_doc("Anna lives in Paris.")]
    tok2vec = reference.get_pipe("ner").model.get_ref("tok2vec")
    assert ner_encoder.build(tok2vec, probe) is not None
    assert ner_encoder.build(Linear(4, 4), probe) is None
    # arithmetic that differs from thinc's in the last bit is caught by the probe
    layernorm = ner_encoder._layernorm
    monkeypatch.setattr(ner_encoder, "_layernorm", lambda X, G, b: layernorm(X, G, b) * (1 + 1e-7))
    assert ner_encoder.build(tok2vec, probe) is None


def test_a_pipeline_with_the_fast_decode_refuses_to_save_rather_than_drop_the_weights(pipelines, tmp_path):
    _, fast = pipelines
    with pytest.raises(NotImplementedError, match="not saved"):
        fast.to_bytes()
    with pytest.raises(NotImplementedError, match="not saved"):
        fast.to_disk(tmp_path / "model")
