"""ONNX export of the scoring path (torch dynamo exporter) and an onnxruntime runner.

Two graphs, both with dynamic batch and sequence axes:

* `head.onnx`   hidden states of the hooked layers (L,B,T,d) + score mask (B,T)
                → per-token scores (B,T), prompt scores (B), flagged (B);
* `scored_model.onnx` (small models) input ids, attention mask, position ids, score mask
                → last-position logits, per-token scores (over the score mask, i.e. the
                signature's scored positions), prompt scores: serving and
                scoring in one graph, so the scores still come from the model's own pass.
"""
from __future__ import annotations

import copy
import time
from pathlib import Path

import torch
from torch import nn

from detectors.backdoor import modelio
from detectors.backdoor.signature import Signature
from detectors.onnx_session import open_session


class ScoredModel(nn.Module):
    """Model + scoring head in one module (what gets exported for serving)."""

    def __init__(self, model, head, layers: list[int]):
        super().__init__()
        self.model = model
        self.head = head
        self.layers = list(layers)

    def forward(self, input_ids, attention_mask, position_ids, score_mask):
        out = self.model(input_ids=input_ids, attention_mask=attention_mask, position_ids=position_ids,
                         output_hidden_states=True, use_cache=False, logits_to_keep=1)
        # hidden_states[i + 1] is block i's output (exact for every block but the last).
        hidden = torch.stack([out.hidden_states[i + 1] for i in self.layers])
        token, prompt, _ = self.head(hidden, score_mask)
        return out.logits[:, -1], token, prompt


def _on_cpu(module: nn.Module) -> nn.Module:
    """The module itself when it already lives on the CPU, else a CPU copy: exporting must
    not move the caller's (possibly GPU-served) model or a GuardedModel's head."""
    if all(t.device.type == "cpu" for t in [*module.parameters(), *module.buffers()]):
        return module.eval()
    return copy.deepcopy(module).cpu().eval()


def _example_inputs(tokenizer, prompts: list[str], device, max_len: int, score_last: int = 0):
    ids = [modelio.token_ids(tokenizer, modelio.render(tokenizer, p), max_len) for p in prompts]
    inputs = modelio.batch_inputs(tokenizer, ids, device)
    return inputs, modelio.score_mask(tokenizer, inputs, last=score_last)


def export_head(signature: Signature, out: str | Path) -> Path:
    from torch.export import Dim

    head = _on_cpu(signature.head)
    L, d = head.n_layers, signature.meta.hidden_size
    hidden, mask = torch.randn(L, 2, 7, d), torch.ones(2, 7, dtype=torch.long)
    b, t = Dim("batch", min=1), Dim("seq", min=2)
    out = Path(out)
    torch.onnx.export(head, (hidden, mask), str(out), dynamo=True, input_names=["hidden", "score_mask"],
                      output_names=["token_scores", "prompt_scores", "flagged"],
                      dynamic_shapes={"hidden": {1: b, 2: t}, "mask": {0: b, 1: t}}, verbose=False)
    return out


def export_scored_model(model, tokenizer, signature: Signature, out: str | Path) -> Path:
    from torch.export import Dim

    wrapper = ScoredModel(_on_cpu(model), _on_cpu(signature.head), signature.meta.layers).eval()
    inputs, sm = _example_inputs(tokenizer, ["How do I start a garden?", "Hello, write a short note please."],
                                 "cpu", signature.meta.max_len)
    b, t = Dim("batch", min=1), Dim("seq", min=2)
    dyn = {"input_ids": {0: b, 1: t}, "attention_mask": {0: b, 1: t}, "position_ids": {0: b, 1: t},
           "score_mask": {0: b, 1: t}}
    out = Path(out)
    with torch.no_grad():
        torch.onnx.export(wrapper, (inputs["input_ids"], inputs["attention_mask"], inputs["position_ids"], sm),
                          str(out), dynamo=True,
                          input_names=["input_ids", "attention_mask", "position_ids", "score_mask"],
                          output_names=["last_logits", "token_scores", "prompt_scores"],
                          dynamic_shapes=dyn, verbose=False)
    return out


class OnnxScorer:
    """onnxruntime session over `scored_model.onnx`, fed exactly like the torch model."""

    def __init__(self, path: str | Path, tokenizer, max_len: int = 256, threads: int | None = None,
                 score_last: int = 0):
        import onnxruntime as ort

        so = ort.SessionOptions()
        if threads:
            so.intra_op_num_threads = threads
            so.inter_op_num_threads = 1
        self.session = open_session(path, so)
        self.tokenizer = tokenizer
        self.max_len = max_len
        self.score_last = score_last  # the signature's meta.score_last: positions the prompt score reads

    @property
    def provider(self) -> str:
        return self.session.get_providers()[0]

    def feed(self, prompts: list[str]) -> dict:
        return _numpy_feed(*_example_inputs(self.tokenizer, prompts, "cpu", self.max_len, self.score_last))

    def run(self, prompts: list[str]):
        return self.session.run(None, self.feed(prompts))


def _numpy_feed(inputs: dict, sm) -> dict:
    """The exported graph's inputs, as onnxruntime takes them."""
    return {"input_ids": inputs["input_ids"].numpy(), "attention_mask": inputs["attention_mask"].numpy(),
            "position_ids": inputs["position_ids"].numpy(), "score_mask": sm.numpy()}


def parity_and_speed(model, tokenizer, signature: Signature, onnx_path: str | Path, prompts: list[str],
                     repeats: int = 5, threads: int | None = None, torch_device: str = "cpu") -> dict:
    """Max abs difference torch (on CPU, the fp32 reference) vs onnxruntime (logits, token and
    prompt scores), and timings of each; torch is timed on `torch_device`, synchronised."""
    import numpy as np

    wrapper = ScoredModel(_on_cpu(model), _on_cpu(signature.head), signature.meta.layers).eval()
    inputs, sm = _example_inputs(tokenizer, prompts, "cpu", signature.meta.max_len, signature.meta.score_last)
    scorer = OnnxScorer(onnx_path, tokenizer, signature.meta.max_len, threads=threads,
                        score_last=signature.meta.score_last)
    with torch.no_grad():
        ref = [x.numpy() for x in wrapper(inputs["input_ids"], inputs["attention_mask"], inputs["position_ids"], sm)]
    feed = _numpy_feed(inputs, sm)  # the same prompts, already tokenized for the reference
    got = scorer.session.run(None, feed)
    m = sm.numpy().astype(bool)
    diffs = {"last_logits": float(np.abs(ref[0] - got[0]).max()),
             "token_scores": float(np.abs(ref[1][m] - got[1][m]).max()),
             "prompt_scores": float(np.abs(ref[2] - got[2]).max())}

    def timed(fn) -> float:
        fn()
        best = []
        for _ in range(repeats):
            t0 = time.perf_counter()
            fn()
            best.append(time.perf_counter() - t0)
        return float(np.median(best))

    on = wrapper if torch_device == "cpu" else copy.deepcopy(wrapper).to(torch_device)  # never move the caller's
    args = [x.to(torch_device) for x in (inputs["input_ids"], inputs["attention_mask"], inputs["position_ids"], sm)]

    def torch_run():
        with torch.no_grad():
            on(*args)
        modelio.synchronize(torch_device)

    # Both timed on ready inputs: torch's already on its device, onnxruntime's numpy feed
    # (copied to the GPU and back by the CUDA provider on each call).
    return {"max_abs_diff": diffs, "torch_ms": 1000 * timed(torch_run), "torch_device": torch_device,
            "onnx_ms": 1000 * timed(lambda: scorer.session.run(None, feed)),
            "provider": scorer.provider, "batch": len(prompts), "seq": int(inputs["input_ids"].shape[1])}
