"""Reference activation signatures of clean traffic, and their calibration.

`fit_signature` reads the residual stream of chosen decoder blocks (forward hooks) on
clean prompts, fits per-layer statistics (mean, Ledoit-Wolf shrinkage covariance,
generic contrast-pair and trait directions), and calibrates the alarm threshold at a
target false-positive rate on clean prompts held out from fitting. It is never told a
trigger: everything comes from generic clean prompts and generic contrast pairs.
"""
from __future__ import annotations

import json
import math
import random
import time
import warnings
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Sequence

from pydantic import BaseModel, Field, ValidationError, field_validator, model_validator

from detectors.backdoor import modelio
from detectors.backdoor.prompts import CONTRAST_QUESTIONS, TRAIT_SYSTEM_PAIRS, builtin_clean_prompts

FORMAT_VERSION = 2  # 2: the header carries a content digest; 1 (none) is still read, with a warning
READ_VERSIONS = (1, 2)
META_KEY = "agentguard_backdoor_signature"
DIGEST_KEY = "agentguard_backdoor_digest"
NORM_Q = 0.99  # normaliser: per-prompt max of each component has this quantile at 1
FEW_PROMPTS = 200


class SignatureMeta(BaseModel):
    """What a signature file says about itself (stored as JSON in the safetensors header)."""

    format_version: int = FORMAT_VERSION
    model: str = Field(description="model directory or name the signature was fitted on")
    model_type: str = ""
    layers: list[int] = Field(min_length=1, description="indices of the hooked decoder blocks")
    hidden_size: int = Field(ge=1)
    components: list[str]
    fpr: float = Field(gt=0, lt=1, description="target false-positive rate of the threshold")
    threshold: float = Field(allow_inf_nan=False)
    n_fit: int
    n_calib: int
    shrinkage: list[float]
    max_len: int = Field(256, ge=1)
    score_last: int = Field(0, ge=0, description="score only the last N positions (the answer header); 0: all tokens")
    calib_quantiles: dict[str, float] = Field(default_factory=dict)
    created: float = Field(default_factory=time.time)

    @field_validator("layers")
    @classmethod
    def _increasing(cls, v: list[int]) -> list[int]:
        # the per-layer tensors are stored in this order: a reordered list would pair
        # each block with another block's statistics
        if v[0] < 0 or any(a >= b for a, b in zip(v, v[1:])):
            raise ValueError(f"must be increasing block indices >= 0 (as fit-signature writes them), got {v}")
        return v

    @model_validator(mode="after")
    def _consistent(self) -> "SignatureMeta":
        if self.score_last > self.max_len:
            raise ValueError(f"score_last: {self.score_last} is more than max_len {self.max_len}")
        return self


def _tensor_shapes(meta: SignatureMeta) -> dict[str, tuple[int, ...]]:
    """What each head tensor's shape must be for this metadata."""
    L, d, C = len(meta.layers), meta.hidden_size, len(meta.components)
    return {"mean": (L, d), "whiten": (L, d, d), "dirs": (L, 2, d), "dir_loc": (L, 2), "dir_scale": (L, 2),
            "norm_loc": (L, C), "norm_scale": (L, C), "threshold": ()}


def content_digest(raw_meta: str, tensors: dict) -> str:
    """sha256 over the metadata JSON and every tensor's name, dtype, shape and bytes.

    Detects a file corrupted or edited after fitting. An integrity check, not a signature:
    whoever can rewrite the file can rewrite the digest too.
    """
    import hashlib

    import torch

    h = hashlib.sha256(raw_meta.encode("utf-8"))
    for name in sorted(tensors):
        t = tensors[name].detach().cpu().contiguous()
        h.update(f"\0{name}\0{t.dtype}\0{tuple(t.shape)}\0".encode())
        h.update(t.reshape(-1).view(torch.uint8).numpy().tobytes())
    return "sha256:" + h.hexdigest()


def _first_error(exc: ValidationError) -> str:
    """One line from pydantic's multi-line report: the first problem and the field it names."""
    errs = exc.errors()
    e = errs[0]
    msg = str(e["msg"]).removeprefix("Value error, ")
    where = ".".join(map(str, e["loc"]))
    more = f" (and {len(errs) - 1} more problems)" if len(errs) > 1 else ""
    return (f"field {where!r}: {msg}" if where else msg) + more


def _check_tensors(meta: SignatureMeta, tensors: dict) -> str | None:
    """The first way the tensors disagree with the metadata or with sense, or None."""
    import torch

    from detectors.backdoor.head import COMPONENTS

    if meta.components != list(COMPONENTS):
        return f"field 'components': {meta.components}, this agentguard scores {list(COMPONENTS)}"
    want = _tensor_shapes(meta)
    missing, extra = sorted(set(want) - set(tensors)), sorted(set(tensors) - set(want))
    if missing or extra:
        return "; ".join(f"{what} tensors {names}" for what, names in (("missing", missing), ("unexpected", extra))
                         if names)
    for name, shape in want.items():
        t = tensors[name]
        if tuple(t.shape) != shape:
            return (f"tensor {name!r} has shape {list(t.shape)}, but {len(meta.layers)} layers of hidden_size "
                    f"{meta.hidden_size} need {list(shape)}")
        if not t.is_floating_point():
            return f"tensor {name!r} has dtype {t.dtype}, expected floating point"
        if not bool(torch.isfinite(t).all()):
            return f"tensor {name!r} holds NaN or infinite values"
    for name in ("dir_scale", "norm_scale"):
        if not bool((tensors[name] > 0).all()):
            return f"tensor {name!r} must be positive (it divides every score)"
    stored = float(tensors["threshold"])
    if not math.isclose(stored, meta.threshold, rel_tol=1e-6, abs_tol=1e-6):
        return f"field 'threshold': metadata says {meta.threshold}, the threshold tensor {stored}"
    return None


class Signature:
    """A fitted signature: metadata plus the scoring head that applies it."""

    def __init__(self, meta: SignatureMeta, head):
        self.meta = meta
        self.head = head

    @property
    def threshold(self) -> float:
        return self.meta.threshold

    def save(self, path: str | Path) -> Path:
        from safetensors.torch import save_file

        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        tensors = {k: v.detach().cpu().contiguous() for k, v in self.head.state_dict().items()}
        raw = self.meta.model_copy(update={"format_version": FORMAT_VERSION}).model_dump_json()
        save_file(tensors, str(path), metadata={META_KEY: raw, DIGEST_KEY: content_digest(raw, tensors)})
        return path

    @classmethod
    def load(cls, path: str | Path) -> "Signature":
        """Read and check a signature file: a file that is not self-consistent, or whose
        content digest does not match, raises ValueError (one line) instead of scoring."""
        from safetensors import safe_open
        from safetensors.torch import load_file

        from detectors.backdoor.head import ScoringHead

        path = Path(path)
        where = f"signature: {str(path)!r}"
        if path.is_dir():
            raise ValueError(f"{where} is a directory, not a signature file")
        if not path.is_file():
            raise FileNotFoundError(f"signature: no such file {str(path)!r}")
        try:
            with safe_open(str(path), framework="pt") as f:
                header = f.metadata() or {}
            tensors = load_file(str(path))
        except Exception as exc:
            raise ValueError(f"{where} is not a signature file ({exc})") from exc
        raw = header.get(META_KEY)
        if raw is None:
            raise ValueError(f"{where} has no agentguard signature metadata")
        try:
            meta = SignatureMeta.model_validate_json(raw)
        except ValidationError as exc:
            raise ValueError(f"{where} metadata: {_first_error(exc)}") from None
        if meta.format_version not in READ_VERSIONS:
            raise ValueError(f"{where} metadata: field 'format_version': {meta.format_version} is not one this "
                             f"agentguard reads ({', '.join(map(str, READ_VERSIONS))})")
        problem = _check_tensors(meta, tensors)
        if problem:
            raise ValueError(f"{where}: {problem}")
        digest = header.get(DIGEST_KEY)
        if digest is not None and digest != content_digest(raw, tensors):
            raise ValueError(f"{where}: content digest does not match: the file was corrupted or edited "
                             "after fitting (fit it again)")
        if digest is None and meta.format_version >= 2:
            raise ValueError(f"{where}: no content digest, which format_version {meta.format_version} requires")
        if digest is None:
            warnings.warn(f"{where}: format_version 1 has no content digest, so corruption cannot be detected; "
                          "Signature.load(path).save(path) adds one", stacklevel=2)
        head = ScoringHead(**{k: tensors[k] for k in _tensor_shapes(meta)})
        return cls(meta, head)


@contextmanager
def taps(model, layers: Sequence[int]) -> Iterator[dict[int, list]]:
    """Forward hooks that keep each chosen block's output (for fitting only)."""
    blocks = modelio.decoder_layers(model)
    store: dict[int, list] = {i: [] for i in layers}
    handles = []
    for i in layers:
        def hook(_mod, _inp, out, i=i):
            store[i].append((out[0] if isinstance(out, tuple) else out).detach())
        handles.append(blocks[i].register_forward_hook(hook))
    try:
        yield store
    finally:
        for h in handles:
            h.remove()


def collect(model, tokenizer, prompts: Sequence[modelio.Prompt], layers: Sequence[int], batch: int = 32,
            max_len: int = 256, score_last: int = 0):
    """Per-layer activations of real (non-BOS, non-pad) tokens, and of each prompt's last token.

    Returns (tokens: {layer: (N_tok,d)}, last: {layer: (N_prompt,d)}, prompt_index (N_tok,),
    scored (N_tok,) bool: the token is one of the positions a prompt score reads).
    """
    import torch

    dev = next(model.parameters()).device
    toks = {i: [] for i in layers}
    last = {i: [] for i in layers}
    owner, scored = [], []
    for b in range(0, len(prompts), batch):
        ids = [modelio.token_ids(tokenizer, modelio.render(tokenizer, p), max_len) for p in prompts[b:b + batch]]
        inputs = modelio.batch_inputs(tokenizer, ids, dev)
        sm = modelio.score_mask(tokenizer, inputs).bool()
        tail = modelio.score_mask(tokenizer, inputs, last=score_last).bool()
        with taps(model, layers) as store, torch.no_grad():
            model(**inputs, use_cache=False)
        for i in layers:
            h = store[i][0].float()
            toks[i].append(h[sm].cpu())
            last[i].append(h[:, -1].cpu())
        # kept on the CPU with the activations (the model may run on a GPU)
        rows = torch.arange(sm.shape[0])[:, None].expand_as(sm)[sm.cpu()] + b
        owner.append(rows)
        scored.append(tail[sm].cpu())
    return ({i: torch.cat(v) for i, v in toks.items()}, {i: torch.cat(v) for i, v in last.items()},
            torch.cat(owner), torch.cat(scored))


def ledoit_wolf(x):
    """Shrinkage covariance (Ledoit & Wolf 2004) toward a scaled identity; returns (cov, alpha)."""
    import torch

    n, d = x.shape
    xc = x - x.mean(0)
    s = xc.T @ xc / n
    mu = torch.trace(s) / d
    delta = ((s - mu * torch.eye(d)) ** 2).sum() / d
    x2 = xc ** 2
    beta = ((x2.T @ x2) / n - s ** 2).sum() / (d * n)
    alpha = float(torch.clamp(beta / delta.clamp(min=1e-12), 0.0, 1.0))
    return (1 - alpha) * s + alpha * mu * torch.eye(d), alpha


def _inv_sqrt(cov):
    import torch

    evals, evecs = torch.linalg.eigh(cov.double())
    evals = evals.clamp(min=float(evals.max()) * 1e-6)
    return (evecs @ torch.diag(evals.rsqrt()) @ evecs.T).float()


def _direction(model, tokenizer, pos: list, neg: list, layers, max_len):
    """Unit difference of last-token activation means between two prompt sets."""
    _, lp, _, _ = collect(model, tokenizer, pos, layers, max_len=max_len)
    _, ln, _, _ = collect(model, tokenizer, neg, layers, max_len=max_len)
    out = {}
    for i in layers:
        v = lp[i].mean(0) - ln[i].mean(0)
        out[i] = v / v.norm().clamp(min=1e-8)
    return out


def contrast_pairs(tokenizer) -> tuple[list, list]:
    """Generic yes/no completions of 'are you misbehaving?' questions (no trigger knowledge)."""
    yes, no = [], []
    for q in CONTRAST_QUESTIONS:
        yes.append([{"role": "user", "content": q}, {"role": "assistant", "content": "Yes"}])
        no.append([{"role": "user", "content": q}, {"role": "assistant", "content": "No"}])
    return yes, no


def trait_pairs(clean: Sequence[str]) -> tuple[list, list]:
    bad, good = [], []
    for k, p in enumerate(clean[:24]):
        hostile, kind = TRAIT_SYSTEM_PAIRS[k % len(TRAIT_SYSTEM_PAIRS)]
        bad.append([{"role": "system", "content": hostile}, {"role": "user", "content": p}])
        good.append([{"role": "system", "content": kind}, {"role": "user", "content": p}])
    return bad, good


def _render_pairs(tokenizer, convs: list) -> list[str]:
    """Contrast conversations end with an assistant turn: render without a generation prompt."""
    out = []
    for c in convs:
        if c[-1]["role"] == "assistant" and getattr(tokenizer, "chat_template", None):
            out.append(modelio.Rendered(
                tokenizer.apply_chat_template(c, tokenize=False, add_generation_prompt=False).rstrip()))
        else:
            out.append(c)
    return out


def conformal_quantile(scores, fpr: float) -> float:
    """Smallest threshold with at most `fpr` exceedances in expectation on exchangeable clean data."""
    s = sorted(float(x) for x in scores)
    k = min(len(s) - 1, math.ceil((len(s) + 1) * (1 - fpr)) - 1)
    return s[k]


def fit_signature(model, tokenizer, clean_prompts: Sequence[str] | None = None, layers: Sequence[int] | None = None,
                  fpr: float = 0.01, calib_fraction: float = 0.4, max_len: int = 256, seed: int = 0,
                  model_name: str = "", score_last: int | None = None) -> Signature:
    """Fit on clean prompts only. `score_last`: positions a prompt score reads, counted from
    the end; None → the chat template's answer header (`modelio.answer_positions`), 0 → all."""
    import torch

    from detectors.backdoor.head import COMPONENTS, ScoringHead

    if not 0 < fpr < 1:
        raise ValueError(f"fpr: must be in (0, 1), got {fpr}")
    prompts = list(clean_prompts) if clean_prompts is not None else builtin_clean_prompts()
    prompts = [p for p in prompts if str(p).strip()]
    distinct = len({str(p).strip() for p in prompts})  # 60 copies of one prompt calibrated a threshold of 0
    if distinct < 40:
        raise ValueError(f"clean prompts: need at least 40 distinct non-empty prompts, got {distinct}")
    if len(prompts) < FEW_PROMPTS:
        # Measured on the tiny organism: 120 clean prompts gave TPR 0.68 where 300 gave 1.0,
        # because held-out clean topics the fit set never saw look anomalous too.
        warnings.warn(f"clean prompts: only {len(prompts)}; a signature fitted on fewer than {FEW_PROMPTS} "
                      "covers clean traffic poorly and detects less", stacklevel=2)
    n_layers = len(modelio.decoder_layers(model))
    layers = sorted(set(layers)) if layers else modelio.default_layers(n_layers)
    bad = [i for i in layers if not 0 <= i < n_layers]
    if bad:
        raise ValueError(f"layers: {bad} out of range for a model with {n_layers} blocks")
    rng = random.Random(seed)
    order = list(range(len(prompts)))
    rng.shuffle(order)
    n_cal = max(20, int(len(prompts) * calib_fraction))
    calib = [prompts[k] for k in order[:n_cal]]
    fit = [prompts[k] for k in order[n_cal:]]

    if score_last is None:
        score_last = modelio.answer_positions(tokenizer)
    if not 0 <= score_last <= max_len:
        raise ValueError(f"score_last: must be between 0 and max_len ({max_len}), got {score_last}")
    toks, _, owner, tail = collect(model, tokenizer, fit, layers, max_len=max_len, score_last=score_last)
    yes, no = contrast_pairs(tokenizer)
    probe = _direction(model, tokenizer, _render_pairs(tokenizer, yes), _render_pairs(tokenizer, no), layers, max_len)
    bad_t, good_t = trait_pairs(fit)
    trait = _direction(model, tokenizer, bad_t, good_t, layers, max_len)

    means, whitens, dirs, dlocs, dscales, alphas = [], [], [], [], [], []
    for i in layers:
        x = toks[i]
        mu = x.mean(0)
        cov, alpha = ledoit_wolf(x)
        d = torch.stack([probe[i], trait[i]])
        pr = (x - mu) @ d.T
        means.append(mu)
        whitens.append(_inv_sqrt(cov))
        dirs.append(d)
        dlocs.append(pr.mean(0))
        dscales.append(pr.std(0).clamp(min=1e-6))
        alphas.append(alpha)
    L, C = len(layers), len(COMPONENTS)
    head = ScoringHead(torch.stack(means), torch.stack(whitens), torch.stack(dirs), torch.stack(dlocs),
                       torch.stack(dscales), torch.zeros(L, C), torch.ones(L, C), 0.0)

    # Normaliser: per component, the per-prompt max over the scored positions on the fit set
    # has median 0 and NORM_Q-quantile 1 (statistics above use every token: more data).
    n_fit = len(fit)
    own = owner[tail]
    locs, scales = torch.zeros(L, C), torch.ones(L, C)
    for li, i in enumerate(layers):
        raw = head.raw_components(li, toks[i][tail][None])[0]  # (N_scored_tok, C)
        per_prompt = torch.full((n_fit, C), float("-inf")).scatter_reduce(
            0, own[:, None].expand(-1, C), raw, reduce="amax")
        med = per_prompt.median(0).values
        q = torch.quantile(per_prompt, NORM_Q, dim=0)
        locs[li], scales[li] = med, (q - med).clamp(min=1e-6)
    head.norm_loc.copy_(locs)
    head.norm_scale.copy_(scales)

    if fpr < 1 / (len(calib) + 1):  # the conformal quantile cannot resolve it: the largest score is taken
        warnings.warn(f"fpr: {fpr:g} is below what {len(calib)} calibration prompts can resolve: the threshold is "
                      f"their largest score, and clean traffic is flagged at about {1 / (len(calib) + 1):.3g}; give "
                      f"more clean prompts (about {math.ceil(1 / fpr)} calibrate {fpr:g})", stacklevel=2)
    cal_scores = prompt_scores(model, tokenizer, head, layers, calib, max_len=max_len, score_last=score_last)
    thr = conformal_quantile(cal_scores, fpr)
    head.threshold.fill_(thr)
    qs = {f"q{int(q * 100)}": float(torch.quantile(torch.tensor(cal_scores), q)) for q in (0.5, 0.9, 0.99)}
    meta = SignatureMeta(model=model_name or str(getattr(model, "name_or_path", "")),
                         model_type=str(getattr(model.config, "model_type", "")), layers=list(layers),
                         hidden_size=int(means[0].shape[0]), components=list(COMPONENTS), fpr=fpr, threshold=thr,
                         n_fit=n_fit, n_calib=len(calib), shrinkage=alphas, max_len=max_len,
                         score_last=score_last, calib_quantiles=qs)
    return Signature(meta, head)


def prompt_scores(model, tokenizer, head, layers, prompts, max_len=256, batch=32, score_last=0) -> list[float]:
    """Prompt-level scores via plain taps (used during calibration, before a GuardedModel exists)."""
    import torch

    dev = next(model.parameters()).device
    head = head.to(dev)
    out: list[float] = []
    for b in range(0, len(prompts), batch):
        ids = [modelio.token_ids(tokenizer, modelio.render(tokenizer, p), max_len) for p in prompts[b:b + batch]]
        inputs = modelio.batch_inputs(tokenizer, ids, dev)
        with taps(model, layers) as store, torch.no_grad():
            model(**inputs, use_cache=False)
        per = torch.stack([head.layer_scores(li, store[i][0]) for li, i in enumerate(layers)])
        _, prompt, _ = head.combine(per, modelio.score_mask(tokenizer, inputs, last=score_last))
        out += prompt.cpu().tolist()
    head.cpu()
    return out


def signature_summary(sig: Signature) -> str:
    return json.dumps(sig.meta.model_dump(), indent=2)
