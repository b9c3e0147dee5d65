"""The scoring head: activations of the hooked layers → per-token and per-prompt scores.

One torch module used in three places: inside the forward hooks (per layer, during the
model's own pass), for the ONNX export, and for fitting/calibration. Components per layer:

* `anomaly`  squared Mahalanobis distance to the clean-traffic mean under a shrinkage
             covariance, divided by the width (≈1 on clean tokens);
* `probe`    projection on the generic yes/no contrast-pair direction, standardised;
* `trait`    projection on the hostile-vs-kind system-prompt direction, standardised.

Each per-token component is mapped to a common scale with an affine normaliser fitted on
clean prompts, so "max over layers, components and tokens" is a meaningful prompt score.
"""
from __future__ import annotations

import torch
from torch import nn

COMPONENTS = ("anomaly", "probe", "trait")


class ScoringHead(nn.Module):
    """Buffers (per hooked layer i): mean[i] (d), whiten[i] (d,d), dirs[i] (2,d),
    dir_loc/dir_scale[i] (2), norm_loc/norm_scale (L,C), threshold (scalar)."""

    def __init__(self, mean, whiten, dirs, dir_loc, dir_scale, norm_loc, norm_scale, threshold):
        super().__init__()
        self.register_buffer("mean", mean.float())
        self.register_buffer("whiten", whiten.float())
        self.register_buffer("dirs", dirs.float())
        self.register_buffer("dir_loc", dir_loc.float())
        self.register_buffer("dir_scale", dir_scale.float())
        self.register_buffer("norm_loc", norm_loc.float())
        self.register_buffer("norm_scale", norm_scale.float())
        self.register_buffer("threshold", torch.as_tensor(float(threshold)))

    @property
    def n_layers(self) -> int:
        return int(self.mean.shape[0])

    def raw_components(self, i: int, h: torch.Tensor) -> torch.Tensor:
        """(B,T,d) activations of hooked layer i → (B,T,C) raw component scores."""
        x = h.float() - self.mean[i]
        z = x @ self.whiten[i]
        anomaly = (z * z).mean(-1, keepdim=True)
        proj = (x @ self.dirs[i].T - self.dir_loc[i]) / self.dir_scale[i]
        return torch.cat([anomaly, proj], dim=-1)

    def layer_scores(self, i: int, h: torch.Tensor) -> torch.Tensor:
        """(B,T,C) normalised per-token scores for layer i (what the hooks keep)."""
        return (self.raw_components(i, h) - self.norm_loc[i]) / self.norm_scale[i]

    def combine(self, per_layer: torch.Tensor, mask: torch.Tensor):
        """per_layer (L,B,T,C), mask (B,T) → token (B,T), prompt (B), parts (B,L,C)."""
        neg = torch.finfo(per_layer.dtype).min
        m = mask.to(torch.bool)[None, :, :, None]
        masked = per_layer.masked_fill(~m, neg)
        parts = masked.amax(dim=2).permute(1, 0, 2)  # (B,L,C)
        token = masked.amax(dim=(0, 3))  # (B,T)
        prompt = parts.flatten(1).amax(-1)
        return token, prompt, parts

    def forward(self, hidden: torch.Tensor, mask: torch.Tensor):
        """hidden (L,B,T,d) stacked activations, mask (B,T) → (token scores, prompt scores, flagged)."""
        per = torch.stack([self.layer_scores(i, hidden[i]) for i in range(self.n_layers)])
        token, prompt, _ = self.combine(per, mask)
        return token, prompt, prompt > self.threshold
