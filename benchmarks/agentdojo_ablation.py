"""Ablation of the injection pack on recorded AgentDojo runs: which part stops what.

    python benchmarks/agentdojo_ablation.py [RUNS_DIR] [--out benchmarks/results/agentdojo_ablation.json]

Replays every run (as `guard eval agentdojo` does, same process so classifier scores are
shared) under: the pack as shipped; signs only (no classifier); signs or the classifier alone;
classifier only (signs never flag alone). Prints the overall figures per variant.
"""
from __future__ import annotations

import argparse
import json
import time
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VARIANTS = {
    "pack": {},  # as shipped: signs, classifier corroborating weak signs
    "signs_only": {"use_classifier": False},
    "signs_or_classifier_alone": {"classifier_needs_sign": False},
    "classifier_only": {"heuristic_threshold": 1.0, "classifier_needs_sign": False},
}
KEYS = ("runs", "asr_before", "asr_after", "utility_before", "utility_after", "benign_utility_replayed",
        "benign_utility_after", "benign_false_refusal_rate", "user_asked_goal_utility_after", "check_errors")


def main(argv=None) -> int:
    import warnings

    warnings.filterwarnings("ignore")
    from detectors.safety.agentdojo_replay import evaluate, replay_guard

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("runs_dir", nargs="?", default=str(ROOT.parent / "shared" / "data" / "agentdojo-runs"))
    ap.add_argument("--variant", action="append", choices=list(VARIANTS))
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "agentdojo_ablation.json"))
    a = ap.parse_args(argv)
    from guard.policy import load_policy

    base = load_policy(str(resources.files("agentguard_policies").joinpath("safety/injection.yaml")))
    out = {}
    for name in a.variant or list(VARIANTS):
        specs = [s.model_copy(update={"config": {**(s.config or {}), **VARIANTS[name]}}) if s.use == "safety.injection" else s
                 for s in base.interceptors]
        pol = base.model_copy(update={"interceptors": specs, "name": f"{base.name}:{name}"})
        guard, warm = replay_guard(pol, timeout_ms=120_000)
        t0 = time.time()
        rep = evaluate(a.runs_dir, guard, fidelity=name == "pack")
        guard.close()
        out[name] = {"config": VARIANTS[name], "seconds": round(time.time() - t0, 1), "warmup": warm,
                     **{k: rep["overall"].get(k) for k in KEYS},
                     "per_attack_asr_after": {k: v["asr_after"] for k, v in rep["per_attack"].items()}}
        print(json.dumps({name: out[name]}), flush=True)
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    Path(a.out).write_text(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
