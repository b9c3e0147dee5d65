"""Loading a local transformers model and turning prompts into model inputs.

Kept in one place so fitting, scoring, scanning and serving all see the exact same
token sequence for a prompt (chat template, BOS, left padding, position ids).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

Prompt = str | Sequence[dict[str, Any]]


class Rendered(str):
    """Text already in the model's chat format: `render` passes it through untouched."""


def resolve_device(device: str | None = "auto") -> str:
    """'auto' → cuda when torch sees a GPU, else cpu; anything else is validated."""
    import torch

    if device in (None, "auto"):
        return "cuda" if torch.cuda.is_available() else "cpu"
    if device.startswith("cuda") and not torch.cuda.is_available():
        raise ValueError(f"device: {device!r} requested but CUDA is not available")
    if device != "cpu" and not device.startswith("cuda"):
        raise ValueError(f"device: expected 'auto', 'cpu' or 'cuda[:N]', got {device!r}")
    return device


def synchronize(device) -> None:
    """Wait for the GPU's queued work: CUDA kernels run asynchronously, so a timer around an
    unsynchronised call measures only their launch."""
    import torch

    if str(device).startswith("cuda"):
        torch.cuda.synchronize(device)


def load_model(model_dir: str | Path, device: str = "auto"):
    """(model, tokenizer) from a local HF directory; never touches the network."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    path = Path(model_dir)
    if not path.is_dir() or not (path / "config.json").exists():
        raise FileNotFoundError(f"model_dir: {str(model_dir)!r} is not a Hugging Face model directory (no config.json)")
    dev = resolve_device(device)
    from detectors.quiet import no_progress_bars

    with no_progress_bars():
        tok = AutoTokenizer.from_pretrained(path, local_files_only=True)
        model = AutoModelForCausalLM.from_pretrained(path, local_files_only=True).to(dev).eval()
    if tok.pad_token_id is None:
        tok.pad_token = tok.eos_token
    return model, tok


def render(tokenizer, prompt: Prompt) -> str:
    """A user text or a message list, rendered with the model's chat template when it has one."""
    if isinstance(prompt, Rendered):
        return str(prompt)
    messages = [{"role": "user", "content": prompt}] if isinstance(prompt, str) else [dict(m) for m in prompt]
    if getattr(tokenizer, "chat_template", None):
        return tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)
    return "\n".join(str(m.get("content") or "") for m in messages)


def token_ids(tokenizer, text: str, max_len: int | None) -> list[int]:
    ids = tokenizer(text, add_special_tokens=False)["input_ids"]
    bos = tokenizer.bos_token_id
    if bos is not None and (not ids or ids[0] != bos):
        ids = [bos] + ids
    return ids if max_len is None else ids[-max_len:]  # keep the end: that is where the model decides what to say


def batch_inputs(tokenizer, id_lists: list[list[int]], device) -> dict:
    """Left-padded batch with explicit position ids (so padding never shifts positions)."""
    import torch

    width = max(map(len, id_lists))
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0
    ids = torch.tensor([[pad] * (width - len(s)) + s for s in id_lists], device=device)
    mask = torch.tensor([[0] * (width - len(s)) + [1] * len(s) for s in id_lists], device=device)
    pos = (mask.cumsum(1) - 1).clamp(min=0)
    return {"input_ids": ids, "attention_mask": mask, "position_ids": pos}


def score_mask(tokenizer, inputs: dict, last: int = 0):
    """Positions that count for scoring: real tokens except the BOS attention sink; with
    `last` > 0 only the final `last` positions (batches are left-padded, so every prompt
    ends in the last column)."""
    m = inputs["attention_mask"].clone()
    bos = tokenizer.bos_token_id
    if bos is not None:
        m = m * (inputs["input_ids"] != bos).to(m.dtype)
    if last > 0 and m.shape[1] > last:
        m[:, : m.shape[1] - last] = 0
    return m


def answer_positions(tokenizer) -> int:
    """How many tokens the chat template appends after the user's text (the assistant
    header where the model settles what it is about to say), at least 1.

    Scoring those positions reads the model's *decision state*; scoring every token also
    flags any unusual but harmless word, since unseen input tokens are anomalous by nature.
    """
    marker = "zq"
    full = render(tokenizer, marker)
    at = full.rfind(marker)
    suffix = full[at + len(marker):] if at >= 0 else ""
    n = len(tokenizer(suffix, add_special_tokens=False)["input_ids"]) if suffix else 0
    return max(1, n)


def decoder_layers(model):
    """The model's list of decoder blocks (Llama/Mistral/Qwen `model.layers`, GPT-2 `transformer.h`)."""
    import torch

    for path in ("model.layers", "transformer.h", "gpt_neox.layers", "model.decoder.layers"):
        obj = model
        for part in path.split("."):
            obj = getattr(obj, part, None)
            if obj is None:
                break
        if isinstance(obj, torch.nn.ModuleList) and len(obj):
            return obj
    lists = [m for m in model.modules() if isinstance(m, torch.nn.ModuleList)]
    if not lists:
        raise ValueError("model: no decoder block list found to hook")
    return max(lists, key=len)


def default_layers(n_layers: int) -> list[int]:
    """A spread of middle layers: about 1/4, 1/2 and 3/4 of the depth, never the first or last block.

    The last block's output is what the final norm and LM head read; middle blocks carry
    the "what mode am I in" features that probes pick up, and they match
    `output_hidden_states` exactly (the ONNX path relies on that).
    """
    if n_layers <= 2:
        return list(range(n_layers))
    picks = {round(n_layers * f) for f in (0.25, 0.5, 0.75)}
    return sorted({min(max(p, 1), n_layers - 2) for p in picks})
