"""`GuardedModel`: scores prompts from the activations of the model's own forward pass.

Forward hooks on the signature's decoder blocks apply the scoring head to each block's
output while the model runs (batched, on whatever device the model is on), keeping only
the small per-token score tensors. No second pass: `score()` runs the prefill that
generation needs anyway and keeps its KV cache, so `generate()` on the same prompt
continues from it instead of encoding the prompt again; `generate()` on a new prompt
scores its own prefill.
"""
from __future__ import annotations

import hashlib
import math
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, Sequence

from detectors.backdoor import modelio
from detectors.backdoor.signature import Signature


class ScoreError(RuntimeError):
    """A prompt's score is NaN or infinite: nothing can be read from it, so it is an error for
    the caller (a policy's fail_mode) to decide, never a quiet "not flagged"."""


@dataclass
class TokenScore:
    token: str
    score: float


@dataclass
class ScoreResult:
    """One prompt's verdict material. `score` > `threshold` means flagged."""

    score: float
    threshold: float
    flagged: bool
    layer: int
    component: str
    tokens: list[TokenScore] = field(default_factory=list)
    attribution: str = "activation"
    dropped: int = 0  # tokens cut from the prompt's start (past the model's context): never probed

    def top_tokens(self, k: int = 5) -> list[dict[str, Any]]:
        return [{"token": t.token, "score": round(t.score, 4)}
                for t in sorted(self.tokens, key=lambda t: -t.score)[:k]]


class GuardedModel:
    """Wraps (or attaches to) the caller's model; `detach()` removes the hooks."""

    def __init__(self, model, tokenizer, signature: Signature, max_cached: int = 8):
        import torch

        self.model = model
        self.tokenizer = tokenizer
        self.signature = signature
        self.device = next(model.parameters()).device
        self.head = signature.head.to(self.device)
        self.layers = list(signature.meta.layers)
        blocks = modelio.decoder_layers(model)
        if min(self.layers) < 0 or max(self.layers) >= len(blocks):
            raise ValueError(f"signature: layers {self.layers} do not fit a model with {len(blocks)} blocks")
        width = int(getattr(model.config, "hidden_size", signature.meta.hidden_size))
        if width != signature.meta.hidden_size:
            raise ValueError(f"signature: fitted for hidden size {signature.meta.hidden_size}, model has {width}")
        self._active: int | None = None  # the thread whose forward is being scored
        self._buf: dict[int, torch.Tensor] = {}
        # One forward at a time: the hooks write into this object, so two threads (a check that
        # timed out and still runs, and the next one) would mix their activations.
        self._lock = threading.RLock()
        self._handles = [blocks[i].register_forward_hook(self._hook(li)) for li, i in enumerate(self.layers)]
        self._cache: OrderedDict[str, tuple] = OrderedDict()
        self._max_cached = max_cached
        self.last: list[ScoreResult] = []
        # Prompts are read whole up to the model's own context: cut to the signature's fitting
        # length, a trigger at the start of a long prompt was never seen by the probe.
        ctx = next((int(v) for k in ("max_position_embeddings", "n_positions", "max_sequence_length")
                    if isinstance(v := getattr(model.config, k, None), int) and v > 0), 0)
        self.max_prompt_tokens = max(ctx, signature.meta.max_len)

    # -- hooks -------------------------------------------------------------------------
    def _hook(self, li: int):
        def hook(_mod, _inp, out):
            # only the scored forward's own thread: the serving code may run the same model at the
            # same moment (its own `generate`), and its activations must not land in this score
            if self._active == threading.get_ident():
                h = out[0] if isinstance(out, tuple) else out
                self._buf[li] = self.head.layer_scores(li, h.detach())
        return hook

    def detach(self) -> None:
        for h in self._handles:
            h.remove()
        self._handles = []

    # -- scoring -----------------------------------------------------------------------
    def encode(self, prompts: Sequence[modelio.Prompt]) -> tuple[list[list[int]], dict, list[int]]:
        """(token ids, the model's batch, tokens cut from each prompt's start)."""
        ids, dropped = [], []
        for p in prompts:
            full = modelio.token_ids(self.tokenizer, modelio.render(self.tokenizer, p), None)
            ids.append(full[-self.max_prompt_tokens:])
            dropped.append(len(full) - len(ids[-1]))
        return ids, modelio.batch_inputs(self.tokenizer, ids, self.device), dropped

    def forward_scored(self, inputs: dict, **kw):
        """The model's forward with scoring on: returns (model output, token, prompt, parts)."""
        import torch

        if not self._handles:
            raise RuntimeError("this GuardedModel was detached: its probes are gone, so it cannot score")
        with self._lock:
            self._buf = {}
            self._active = threading.get_ident()
            try:
                with torch.no_grad():
                    out = self.model(**inputs, **kw)
            finally:
                self._active = None
            per = torch.stack([self._buf[li] for li in range(len(self.layers))])
            self._buf = {}
        # Per-token scores over every real token (what a reviewer reads); the prompt score
        # only over the positions the signature was calibrated on.
        token, _, _ = self.head.combine(per, modelio.score_mask(self.tokenizer, inputs))
        _, prompt, parts = self.head.combine(per, self.score_mask(inputs))
        return out, token, prompt, parts

    def score_mask(self, inputs: dict):
        return modelio.score_mask(self.tokenizer, inputs, last=self.signature.meta.score_last)

    def _results(self, ids, token, prompt, parts, dropped: list[int] | None = None) -> list[ScoreResult]:
        comps = self.signature.meta.components
        thr = self.signature.threshold
        res = []
        tok_cpu, prompt_cpu, parts_cpu = token.float().cpu(), prompt.float().cpu(), parts.float().cpu()
        for b, seq in enumerate(ids):
            flat = int(parts_cpu[b].flatten().argmax())
            li, ci = divmod(flat, len(comps))
            row = tok_cpu[b, -len(seq):].tolist()
            toks = [TokenScore(self.tokenizer.decode([i]), float(s)) for i, s in zip(seq, row)
                    if i != self.tokenizer.bos_token_id]
            s = float(prompt_cpu[b])
            if not math.isfinite(s):
                raise ScoreError(f"backdoor score is {s} for prompt {b} of the batch: the model's activations "
                                 "or the signature hold NaN/inf values")
            res.append(ScoreResult(s, thr, s > thr, self.layers[li], comps[ci], toks, dropped=dropped[b] if dropped else 0))
        return res

    def score(self, prompts: Sequence[modelio.Prompt], batch: int = 32, keep_cache: bool = True) -> list[ScoreResult]:
        """Scores from the prefill forward; single-prompt calls keep the KV cache for `generate`."""
        out: list[ScoreResult] = []
        for b in range(0, len(prompts), batch):
            chunk = list(prompts[b:b + batch])
            ids, inputs, dropped = self.encode(chunk)
            want_cache = keep_cache and len(chunk) == 1
            # the last position's logits are all `generate` needs: the full (tokens × vocabulary)
            # tensor would be kept alive by a view of it in the cache
            o, token, prompt, parts = self.forward_scored(inputs, use_cache=want_cache, logits_to_keep=1)
            res = self._results(ids, token, prompt, parts, dropped)
            if want_cache:
                self._remember(ids[0], (o.past_key_values, o.logits[:, -1].clone(), res[0]))
            out += res
        self.last = out
        return out

    def _key(self, ids: list[int]) -> str:
        return hashlib.sha256(",".join(map(str, ids)).encode()).hexdigest()

    def _remember(self, ids, value) -> None:
        k = self._key(ids)
        with self._lock:
            self._cache[k] = value
            self._cache.move_to_end(k)
            while len(self._cache) > self._max_cached:
                self._cache.popitem(last=False)

    def generate(self, prompt: modelio.Prompt, max_new_tokens: int = 32) -> tuple[str, ScoreResult]:
        """Greedy answer and the prompt's score, with exactly one prefill pass."""
        ids, inputs, dropped = self.encode([prompt])
        with self._lock:  # the decoding steps run the hooked model too
            return self._generate(ids, inputs, max_new_tokens, dropped)

    def _generate(self, ids, inputs, max_new_tokens: int, dropped: list[int] | None = None) -> tuple[str, ScoreResult]:
        import torch

        hit = self._cache.pop(self._key(ids[0]), None)
        if hit is None:
            o, token, p, parts = self.forward_scored(inputs, use_cache=True, logits_to_keep=1)
            past, logits, result = o.past_key_values, o.logits[:, -1], self._results(ids, token, p, parts, dropped)[0]
        else:
            past, logits, result = hit
        mask, pos = inputs["attention_mask"], inputs["position_ids"][:, -1:]
        new: list[int] = []
        eos = self.tokenizer.eos_token_id
        with torch.no_grad():
            for _ in range(max_new_tokens):
                nxt = int(logits.argmax(-1))
                if nxt == eos:
                    break
                new.append(nxt)
                mask = torch.cat([mask, mask.new_ones(1, 1)], 1)
                pos = pos + 1
                o = self.model(input_ids=torch.tensor([[nxt]], device=self.device), attention_mask=mask,
                               position_ids=pos, past_key_values=past, use_cache=True)
                past, logits = o.past_key_values, o.logits[:, -1]
        return self.tokenizer.decode(new, skip_special_tokens=True), result

    # -- explanation ---------------------------------------------------------------------
    def explain(self, prompt: modelio.Prompt, batch: int = 64) -> ScoreResult:
        """Occlusion attribution: how much the prompt score drops when each token is removed.

        The forward-pass per-token scores show *where* the state shifts (usually the
        model's answer position, after a trigger); occlusion shows *which input token
        caused it*, which is what a reviewer wants. It costs one batched forward of
        len(prompt) variants, so it runs only for flagged prompts, after the verdict.
        """
        import torch

        ids, inputs, dropped = self.encode([prompt])
        seq = ids[0]
        _, token, prompt_s, parts = self.forward_scored(inputs, use_cache=False, logits_to_keep=1)
        base_res = self._results(ids, token, prompt_s, parts, dropped)[0]
        base = base_res.score
        start = 1 if seq and seq[0] == self.tokenizer.bos_token_id else 0
        spots = list(range(start, len(seq) - 1))  # the last position is where the model answers
        drops: dict[int, float] = {}
        for b in range(0, len(spots), batch):
            chunk = spots[b:b + batch]
            variants = [seq[:j] + seq[j + 1:] for j in chunk]
            inp = modelio.batch_inputs(self.tokenizer, variants, self.device)
            _, _, pr, _ = self.forward_scored(inp, use_cache=False, logits_to_keep=1)
            for j, v in zip(chunk, pr.float().cpu().tolist()):
                drops[j] = base - v
        base_res.tokens = [TokenScore(self.tokenizer.decode([seq[j]]), drops.get(j, 0.0))
                           for j in range(start, len(seq))]
        base_res.attribution = "occlusion"
        return base_res
