"""spaCy's greedy NER decode, computed for every token at once where it can be.

spaCy's entity recognizer walks the tokens one transition at a time and, at every
step, asks each of its ~74 moves whether it is valid. On CPU that bookkeeping costs
about twice as much as the network itself. The model (`TransitionBasedParser.v2`,
state features: the token, the open entity's first token, the previous token) makes
the walk cheaper than it looks:

- with no entity open, a token's features are the token and two paddings, so the
  scores of every such state are one matrix product over all tokens;
- with an entity open since token `s`, the features are the token, `s` and the token
  before, so every continuation of that entity is again one product, and the only
  valid moves are "in" and "last" of its label.

So the walk only visits the tokens that start an entity. The moves, their validity
rules and the tie-breaking (the first of equal scores) are spaCy's, and where two
moves are tied to within float32 rounding the scores are re-summed in the order
spaCy's kernel uses, so the output equals spaCy's own decode (checked on every PII
set in the tests). Docs that already carry entities, and models of another shape,
go to spaCy's decoder.
"""
from __future__ import annotations

from typing import Iterable, Iterator

import numpy as np

from .ner_encoder import build, max_of_pieces

FACTORY = "agentguard_greedy_ner"
_WINDOW = 8  # continuations of an open entity scored per product


class Decoder:
    """The arrays of one NER model that the decode reads, and the move table."""

    def __init__(self, pipe) -> None:
        model = pipe.model
        lower = model.get_ref("lower")
        upper = model.get_ref("upper")
        self.tok2vec = model.get_ref("tok2vec")
        self.encode = self.tok2vec.predict  # see use_fast_encoder
        self.lower = lower
        self.bias = np.asarray(lower.get_param("b"), dtype="f")  # (nO, nP)
        self.pad = np.asarray(lower.get_param("pad"), dtype="f")[0]  # (nF, nO, nP)
        self.W = np.asarray(upper.get_param("W"), dtype="f")  # (classes, nO)
        self.Wt = np.ascontiguousarray(self.W.T)
        self.b = np.asarray(upper.get_param("b"), dtype="f")
        moves = pipe.moves
        names = [moves.get_class_name(i) for i in range(moves.n_moves)]
        self.labels: list[str] = []
        label_of: dict[str, int] = {}
        n = len(names)
        self.begin = np.zeros(n, dtype=bool)
        self.unit = np.zeros(n, dtype=bool)
        self.out = -1
        self.in_of: dict[int, int] = {}
        self.last_of: dict[int, int] = {}
        self.label_of_move = np.full(n, -1, dtype=np.int64)
        for i, name in enumerate(names):
            if name == "O":
                self.out = i
                continue
            move, _, label = name.partition("-")
            if not label:  # "U-": a blocked preset, never valid without presets
                continue
            k = label_of.setdefault(label, len(label_of))
            if k == len(self.labels):
                self.labels.append(label)
            self.label_of_move[i] = k
            if move == "B":
                self.begin[i] = True
            elif move == "U":
                self.unit[i] = True
            elif move == "I":
                self.in_of[k] = i
            elif move == "L":
                self.last_of[k] = i
        # an open entity's only moves: the upper layer's "in" and "last" rows of its label
        self.in_last = {k: (np.ascontiguousarray(self.W[[self.in_of[k], self.last_of[k]]].T),
                            self.b[[self.in_of[k], self.last_of[k]]])
                        for k in self.in_of if k in self.last_of}

    def use_fast_encoder(self, probe: list) -> bool:
        """Encode tokens with `ner_encoder` when it reproduces thinc's output on `probe`."""
        encoder = build(self.tok2vec, probe)
        if encoder is not None:
            self.encode = encoder
        return encoder is not None

    def fits(self, pipe) -> bool:
        """The model is the one this decode knows: three state features, an upper layer,
        greedy search, every label with its in and last moves, nothing to post-process."""
        model = pipe.model
        lower = model.get_ref("lower")
        return (
            self.out >= 0
            and lower.get_dim("nF") == 3
            and model.attrs.get("has_upper", False)
            and not model.attrs.get("unseen_classes")
            and getattr(pipe, "cfg", {}).get("beam_width", 1) == 1
            and not getattr(pipe, "postprocesses", [])
            and all(k in self.in_of and k in self.last_of for k in range(len(self.labels)))
        )

    def entities(self, docs: list) -> list[list[tuple[int, int, str]]]:
        X = self.encode(docs)
        cached = self.lower.predict(X)  # (N + 1, nF, nO, nP); row 0 is the padding
        feats = np.asarray(cached[1:], dtype="f")
        # spaCy adds the three features in order, then the bias: keep that order.
        hidden = max_of_pieces(((feats[:, 0] + self.pad[1]) + self.pad[2]) + self.bias)
        closed = np.dot(hidden, self.Wt) + self.b
        out = []
        offset = 0
        for doc in docs:
            n = len(doc)
            arr = doc.to_array(["IS_SPACE", "SENT_START"]) if n else np.zeros((0, 2), dtype=np.int64)
            space = arr[:, 0].astype(bool)
            # next_starts[i]: token i + 1 opens a sentence, so nothing may run into it
            next_starts = np.zeros(n, dtype=bool)
            next_starts[:-1] = arr[1:, 1] == 1
            rows = slice(offset, offset + n)
            out.append(self._walk(feats, closed[rows], hidden[rows], offset, n, space, next_starts))
            offset += n
        return out

    def _closed_moves(self, scores, hidden, n, space, next_starts) -> np.ndarray:
        valid = np.zeros(scores.shape, dtype=bool)
        valid[:, self.out] = True
        can_begin = ~space & ~next_starts
        can_begin[n - 1:] = False
        valid[:, self.begin] = can_begin[:, None]
        valid[:, self.unit] = ~space[:, None]
        masked = np.where(valid, scores, -np.inf)
        moves = masked.argmax(axis=1)
        # Where the best two valid moves are closer than the two summation orders can
        # differ, decide with spaCy's order (see _exact_upper).
        top2 = np.sort(masked, axis=1)[:, -2:]
        close = np.flatnonzero(top2[:, 1] - top2[:, 0] <= _slack(hidden, self.Wt, np.where(np.isfinite(top2), top2, 0.0)))
        if len(close):
            exact = _exact_upper(hidden[close], self.Wt) + self.b
            moves[close] = np.where(valid[close], exact, -np.inf).argmax(axis=1)
        return moves

    def _walk(self, feats, scores, hidden, offset, n, space, next_starts) -> list[tuple[int, int, str]]:
        if n == 0:
            return []
        moves = self._closed_moves(scores, hidden, n, space, next_starts)
        starts = np.flatnonzero(moves != self.out)
        ents: list[tuple[int, int, str]] = []
        i = 0
        for s in starts.tolist():
            if s < i:
                continue  # inside the entity before it
            move = int(moves[s])
            k = int(self.label_of_move[move])
            if self.unit[move]:
                ents.append((s, s + 1, self.labels[k]))
                i = s + 1
                continue
            end = self._close(feats, offset, s, k, n, next_starts)
            ents.append((s, end, self.labels[k]))
            i = end
        return ents

    def _close(self, feats, offset, s, k, n, next_starts) -> int:
        """End of the entity opened at `s` with label `k`: the first token where "last" wins."""
        Wt, b = self.in_last[k]
        start_feat = feats[offset + s, 1]
        i = s + 1
        while i < n:
            j = min(n, i + _WINDOW)
            rows = slice(offset + i, offset + j)
            prev = slice(offset + i - 1, offset + j - 1)
            hidden = max_of_pieces(((feats[rows, 0] + start_feat) + feats[prev, 2]) + self.bias)
            scores = np.dot(hidden, Wt) + b
            close = np.flatnonzero(np.abs(scores[:, 1] - scores[:, 0]) <= _slack(hidden, Wt, scores))
            if len(close):
                scores[close] = _exact_upper(hidden[close], Wt) + b
            s_in, s_last = scores[:, 0], scores[:, 1]
            for t in range(j - i):
                tok = i + t
                in_valid = tok < n - 1 and not next_starts[tok]
                if not in_valid or s_last[t] > s_in[t]:
                    return tok + 1
            i = j
        return n


def _exact_upper(hidden: np.ndarray, Wt: np.ndarray) -> np.ndarray:
    """hidden @ Wt as spaCy's decoder computes it: with blis's sgemm (`A @ B.T`, float32), whose
    summation order depends on the CPU's kernel (AVX2 and AVX-512 ones differ). numpy's BLAS
    sums in another order; that only matters where two moves are nearly tied (about one token
    in ten million of random name soup), so it is used for those rows only."""
    from blis.py import gemm

    return gemm(np.ascontiguousarray(hidden, dtype=np.float32), np.ascontiguousarray(Wt.T, dtype=np.float32),
                trans2=True)


_U = float(np.finfo(np.float32).eps) / 2


def _slack(hidden: np.ndarray, Wt: np.ndarray, scores: np.ndarray) -> np.ndarray:
    """Per row, how far apart two summation orders of the product can put two scores.

    Each order's rounding error is at most gamma_K * sum_k |h_k w_k| (K terms), and adding
    the bias rounds once more; twice that for two scores, doubled again for safety.
    """
    K = Wt.shape[0]
    gamma = K * _U / (1 - K * _U)
    size = np.abs(hidden) @ np.abs(Wt)
    return 4 * (gamma * size.max(axis=1) + _U * np.abs(scores).max(axis=1))


def _plain(doc) -> bool:
    """A doc with no entity annotation yet: the only kind this decode handles."""
    return len(doc) == 0 or not doc.to_array(["ENT_IOB"]).any()


_NOT_SAVED = ("agentguard's greedy NER decode is installed at load time and is not saved; "
              "save the pipeline before greedy_ner.install(), or load it with spacy.load()")


class GreedyNer:
    """Pipeline component standing in for spaCy's `ner`: same entities, less bookkeeping.

    Docs that already carry entity annotation go to the original component.
    """

    def __init__(self) -> None:
        self.original = None
        self.decoder: Decoder | None = None

    def bind(self, original, decoder: Decoder) -> None:
        self.original = original
        self.decoder = decoder

    @property
    def model(self):
        return self.original.model

    @property
    def labels(self):
        return self.original.labels

    def score(self, examples, **kwargs):
        return self.original.score(examples, **kwargs)

    def to_bytes(self, **kwargs):
        raise NotImplementedError(_NOT_SAVED)

    def to_disk(self, path, **kwargs):
        raise NotImplementedError(_NOT_SAVED)

    def __call__(self, doc):
        return self._process([doc])[0]

    def pipe(self, docs: Iterable, batch_size: int = 128) -> Iterator:
        batch: list = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._process(batch)
                batch = []
        if batch:
            yield from self._process(batch)

    def _process(self, docs: list) -> list:
        from spacy.tokens import Span

        plain = [_plain(d) for d in docs]
        fresh = [d for d, p in zip(docs, plain) if p]
        if fresh:
            for doc, ents in zip(fresh, self.decoder.entities(fresh)):
                doc.set_ents([Span(doc, s, e, label=label) for s, e, label in ents], default="outside")
        for doc, p in zip(docs, plain):
            if not p:
                self.original(doc)
        return docs


_PROBE = (
    "Dr. Anna Maria Lopez-Garcia flew from Paris to New York City on Monday, 3 May 2024.",
    "Contact: john.smith@example.com, +1 (415) 555-0142 \u2014 Acme Corp, 12 Baker Street, London NW1 6XE.",
)


def install(nlp) -> bool:
    """Put the fast decode in place of `nlp`'s `ner` when its model has the expected shape."""
    if "ner" not in nlp.pipe_names:
        return False
    original = nlp.get_pipe("ner")
    if not hasattr(original, "moves") or not hasattr(original, "model"):
        return False
    try:
        decoder = Decoder(original)
        fits = decoder.fits(original)
    except (KeyError, ValueError, AttributeError):
        return False
    if not fits:
        return False
    decoder.use_fast_encoder([nlp.make_doc(text) for text in _PROBE])
    _register()
    nlp.replace_pipe("ner", FACTORY)
    nlp.get_pipe("ner").bind(original, decoder)
    return True


def _register() -> None:
    from spacy.language import Language

    if Language.has_factory(FACTORY):
        return

    @Language.factory(FACTORY)
    def make(nlp, name):  # noqa: ARG001 - spaCy's factory signature
        return GreedyNer()
