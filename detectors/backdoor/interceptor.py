"""`backdoor.activation_probe`: flag prompts whose activations leave clean-traffic signature.

Runs on `input` and `model_request` for a model served locally with transformers. The
score comes from the prefill forward pass of the guarded model itself (its KV cache is
kept, so the generation that follows does not encode the prompt again). A flagged
prompt is refused or escalated per policy; the verdict carries the score, threshold,
deciding layer and component, and a per-token attribution (occlusion) so a reviewer
sees which tokens look like a trigger.
"""
from __future__ import annotations

from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from guard.events import Event, Hook, InputEvent, ModelRequestEvent
from guard.interceptors import BaseInterceptor, CheckContext
from guard.redaction import quote
from guard.settings import Settings
from guard.verdicts import Verdict


class ActivationProbeConfig(Settings):
    model_config = ConfigDict(extra="forbid")

    model_dir: str | None = Field(None, description="local Hugging Face model directory (loaded once per process)")
    signature: str | None = Field(None, description="signature file from `guard backdoor fit-signature` (with model_dir)")
    model: str | None = Field(None, description="name of a GuardedModel registered in-process with "
                                                "detectors.backdoor.runtime.register_model (instead of model_dir)")
    action: Literal["refuse", "escalate"] = Field("escalate", description="verdict for a flagged prompt")
    device: str = Field("auto", description="'auto' (CUDA when available), 'cpu' or 'cuda[:N]'")
    explain: bool = Field(True, description="occlusion attribution for flagged prompts (one batched extra forward)")
    top_tokens: int = Field(5, ge=0, le=50, description="how many attributed tokens the verdict carries")
    include_token_text: bool = Field(True, description="put token text in the verdict details (else positions only)")

    @model_validator(mode="after")
    def _one_source(self) -> "ActivationProbeConfig":
        if bool(self.model) == bool(self.model_dir):
            raise ValueError("give exactly one of 'model_dir' (with 'signature') or 'model'")
        if self.model_dir and not self.signature:
            raise ValueError("'signature' is required with 'model_dir'")
        return self


def _content_text(content: Any) -> str:
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # OpenAI content parts
        return " ".join(str(p.get("text", "")) if isinstance(p, dict) else str(p) for p in content)
    return str(content)


def event_prompt(event: Event):
    """What the model will actually read: the user text, or the request's chat messages."""
    if isinstance(event, InputEvent):
        return event.content
    if isinstance(event, ModelRequestEvent):
        # a tool's result is read by the model too, and it is where an indirect trigger arrives
        # (a web page, an e-mail); chat templates without a tool role read it as a user turn
        roles = {"developer": "system", "tool": "user", "function": "user"}
        msgs: list[dict[str, str]] = []
        for m in event.messages:
            if m.role not in ("system", "developer", "user", "assistant", "tool", "function"):
                continue
            role, text = roles.get(m.role, m.role), _content_text(m.content)
            if msgs and msgs[-1]["role"] == role:  # templates that insist on alternating roles (Mistral, Llama 2)
                msgs[-1]["content"] = "\n\n".join(t for t in (msgs[-1]["content"], text) if t)
            else:
                msgs.append({"role": role, "content": text})
        return msgs
    raise TypeError(f"backdoor.activation_probe does not handle {event.hook!r} events")


class ActivationProbe(BaseInterceptor):
    hooks: ClassVar[frozenset[Hook]] = frozenset({Hook.INPUT, Hook.MODEL_REQUEST})
    Config: ClassVar[type[BaseModel]] = ActivationProbeConfig

    def __init__(self, config=None):
        super().__init__(config)
        self._guarded = None

    @property
    def guarded(self):
        if self._guarded is None:
            from detectors.backdoor import runtime

            c = self.config
            self._guarded = (runtime.get_model(c.model) if c.model
                             else runtime.load_guarded(c.model_dir, c.signature, c.device))
        return self._guarded

    def warmup(self) -> None:
        """Load the model and run one small forward, so the first checked prompt neither pays for
        the load nor times out on it."""
        self.guarded.score(["warm-up"], keep_cache=False)

    def check(self, event: Event, ctx: CheckContext) -> Verdict:
        prompt = event_prompt(event)
        if not (prompt.strip() if isinstance(prompt, str) else any(m["content"].strip() for m in prompt)):
            return Verdict.allow(reasons=["no text to probe"])
        g = self.guarded
        # the KV cache serves `generate` of a model the application registered and serves itself;
        # a model loaded from `model_dir` is only scored, and a cache would only hold memory
        res = g.score([prompt], keep_cache=bool(self.config.model))[0]
        scores = {"backdoor_score": round(res.score, 4), "threshold": round(res.threshold, 4)}
        details: dict[str, Any] = {"layer": res.layer, "component": res.component,
                                   "signature_fpr": g.signature.meta.fpr}
        make = Verdict.refuse if self.config.action == "refuse" else Verdict.escalate
        if res.dropped and not res.flagged:  # a trigger in the cut part would pass unseen
            details["dropped_tokens"] = res.dropped
            return make(f"the prompt is longer than the model's context ({g.max_prompt_tokens:,} tokens): its first "
                        f"{res.dropped:,} tokens were never probed", scores=scores, details=details,
                        rule="activation_signature.unprobed")
        if not res.flagged:
            return Verdict.allow(scores=scores, details=details, rule="activation_signature")
        if self.config.explain:
            res = g.explain(prompt)
        top = res.top_tokens(self.config.top_tokens)
        if not self.config.include_token_text:
            pos = {id(t): k for k, t in enumerate(res.tokens)}
            ranked = sorted(res.tokens, key=lambda t: -t.score)[: self.config.top_tokens]
            top = [{"position": pos[id(t)], "score": round(t.score, 4)} for t in ranked]
        details.update({"attribution": res.attribution, "tokens": top})
        shown = ", ".join(quote(t["token"]) for t in top[:3] if "token" in t)  # prompt text: left out unless captured
        reason = (f"activations leave the clean-traffic signature: score {res.score:.2f} > threshold "
                  f"{res.threshold:.2f} (layer {res.layer}, {res.component})"
                  + (f"; most trigger-like tokens: {shown}" if shown else ""))
        kept = {**details, "tokens": [{**t, "token": quote(t["token"])} if "token" in t else t for t in top]}
        return make(reason, scores=scores, details=details, audit_details=kept, rule="activation_signature")

    def close(self) -> None:
        self._guarded = None
