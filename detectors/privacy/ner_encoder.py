"""The token encoder of spaCy's small English NER, as one plain numpy forward.

The encoder (`MultiHashEmbed` + `MaxoutWindowEncoder` + a linear projection) is a
chain of about thirty thinc layers. On a 1 KB text its five matrix products take
about 2 ms on one core and thinc's layer plumbing (ragged and padded conversions,
the maxout kernel that also records its argmax for training, backprop closures)
about as much again. This forward does the same arithmetic in the same order on
the same arrays (the same numpy calls, so the same BLAS products), and its output
equals thinc's bit for bit, which the tests check. A model of any other shape
keeps thinc's forward.
"""
from __future__ import annotations

from typing import Callable

import numpy as np

_EMBED = "ints-getitem>>hashembed"
_ENCODE = "residual(expand_window>>maxout>>layernorm>>dropout)"


class Encoder:
    """Parameters of one `tok2vec >> list2array >> linear` chain, read once."""

    def __init__(self, tok2vec) -> None:
        layers = list(tok2vec.walk())
        by_name = lambda name: [layer for layer in layers if layer.name == name]  # noqa: E731
        features = by_name("extract_features")[0]
        self.columns = list(features.attrs["columns"])
        self.ops = features.ops
        embeds = by_name("hashembed")
        getters = by_name("ints-getitem")
        self.tables = [
            (np.asarray(e.get_param("E")), int(e.attrs["seed"]), _column(g.attrs["index"]))
            for e, g in zip(embeds, getters)
        ]
        maxouts = [(np.asarray(m.get_param("W")), np.asarray(m.get_param("b"))) for m in by_name("maxout")]
        norms = [(np.asarray(n.get_param("G")), np.asarray(n.get_param("b"))) for n in by_name("layernorm")]
        self.mix = (maxouts[0], norms[0])
        self.blocks = list(zip(maxouts[1:], norms[1:]))
        self.windows = [int(w.attrs["window_size"]) for w in by_name("expand_window")]
        encoder = [layer for layer in layers if layer.name.startswith("with_array(residual(")]
        self.pad = int(encoder[0].attrs["pad"])
        linear = by_name("linear")[-1]
        self.out_W, self.out_b = np.asarray(linear.get_param("W")), np.asarray(linear.get_param("b"))

    def __call__(self, docs: list) -> np.ndarray:
        feats = [self.ops.asarray2i(doc.to_array(self.columns), dtype="uint64") for doc in docs]
        ids = np.concatenate(feats) if feats else np.zeros((0, len(self.columns)), dtype="uint64")
        if not len(ids):
            return np.zeros((0, self.out_W.shape[0]), dtype="f")
        X = np.hstack([self._embed(ids, E, seed, col) for E, seed, col in self.tables])
        (W, b), (G, g_b) = self.mix
        X = _layernorm(_maxout(X, W, b), G, g_b)
        lengths = self.ops.asarray1i([len(f) for f in feats])
        X = self.ops.flatten(self.ops.unflatten(X, lengths), pad=self.pad)
        for ((W, b), (G, g_b)), nW in zip(self.blocks, self.windows):
            X = X + _layernorm(_maxout(_window(X, nW), W, b), G, g_b)
        X = np.concatenate(self.ops.unflatten(X, lengths, pad=self.pad))
        Y = np.dot(X, self.out_W.T)
        Y += self.out_b
        return Y

    def _embed(self, ids: np.ndarray, E: np.ndarray, seed: int, col: int) -> np.ndarray:
        keys = self.ops.hash(np.ascontiguousarray(ids[:, col], dtype="uint64"), seed) % E.shape[0]
        out = E[keys[:, 0]]
        for k in range(1, keys.shape[1]):
            out = out + E[keys[:, k]]
        return out


def _column(index) -> int:
    rows, col = index
    if rows != slice(0, None) or not isinstance(col, int):
        raise ValueError(f"unexpected feature index {index!r}")
    return col


def _maxout(X: np.ndarray, W: np.ndarray, b: np.ndarray) -> np.ndarray:
    nO, nP, nI = W.shape
    Y = np.dot(X, W.reshape(nO * nP, nI).T)
    Y += b.reshape(nO * nP)
    return np.ascontiguousarray(max_of_pieces(Y.reshape(len(Y), nO, nP)))


def max_of_pieces(pre: np.ndarray) -> np.ndarray:
    """Max over the last axis (a maxout's pieces). numpy's reduction over an axis of two or
    three is slow; pairwise maxima give the same values."""
    out = pre[..., 0]
    for p in range(1, pre.shape[-1]):
        out = np.maximum(out, pre[..., p])
    return out


def _layernorm(X: np.ndarray, G: np.ndarray, b: np.ndarray) -> np.ndarray:
    # thinc's LayerNorm, expression for expression, so the rounding is the same
    mu = X.mean(axis=1, keepdims=True)
    var = X.var(axis=1, keepdims=True) + 1e-08
    Y = (X - mu) * var ** (-1.0 / 2.0)
    Y = Y * G
    Y += b
    return Y


def _window(X: np.ndarray, nW: int) -> np.ndarray:
    """thinc's seq2col over one sequence: each row with its nW neighbours each side, zeros past the ends."""
    n, width = X.shape
    out = np.zeros((n, (2 * nW + 1) * width), dtype=X.dtype)
    for k in range(-nW, nW + 1):
        block = out[:, (k + nW) * width:(k + nW + 1) * width]
        if k < 0:
            block[-k:] = X[:n + k]
        elif k > 0:
            block[:n - k] = X[k:]
        else:
            block[:] = X
    return out


_HEAD = "extract_features>>list2ragged>>with_array("
_MIX = ")>>with_array(maxout>>layernorm>>dropout)>>ragged2list>>with_array("
_TAIL = ")>>list2array>>linear"


def build(tok2vec, probe: list) -> Callable[[list], np.ndarray] | None:
    """The fast forward for `tok2vec` when it is the expected chain and gives thinc's
    output exactly on the `probe` docs; else None (thinc's forward stays)."""
    name = tok2vec.name
    if not (name.startswith(_HEAD) and _MIX in name and name.endswith(_TAIL)):
        return None
    embed, encode = name[len(_HEAD):-len(_TAIL)].split(_MIX, 1)
    if set(embed.split("|")) != {_EMBED} or set(encode.split(">>")) - set(_ENCODE.split(">>")):
        return None
    try:
        encoder = Encoder(tok2vec)
        if len(encoder.tables) != len(encoder.columns) or len(encoder.blocks) != len(encoder.windows):
            return None
        if not np.array_equal(encoder(probe), tok2vec.predict(probe)):
            return None
    except (KeyError, ValueError, IndexError, AttributeError, TypeError):
        return None
    return encoder
