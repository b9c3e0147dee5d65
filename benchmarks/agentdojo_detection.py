"""Does `safety.injection` flag AgentDojo attack texts it was not developed on?

    python benchmarks/agentdojo_detection.py [--out benchmarks/results/agentdojo_detection.json]

For every suite of AgentDojo benchmark v1 (workspace and travel were never looked at during
development; banking and slack were) and every attack in AgentDojo's registry that writes
text (direct, ignore_previous, system_message, injecagent, important_instructions and its
no-names variant, tool_knowledge), the injection text of each injection task is scored as
one tool result. Reported: the share flagged by the pack as shipped, by the signs alone and
by the classifier alone. False alarms: the tool outputs of every user task's ground-truth
calls in the suite's default (injection-free) environment, scored the same way. This
measures detection only (no agent, no taint, no utility).

Obfuscation: every attack text is also rewritten four ways -- typos (two neighbouring
inner letters swapped in about half the words of 6+ letters), leetspeak (o/e/i/a -> 0/3/1/4
in words of 5+ letters), zero-width spaces inside words, Cyrillic look-alike letters -- with a
fixed seed, and scored by the signs alone (the classifier sees a different text anyway).
These rewrites were written by the same hand as the normalisation they test: read them as
a regression check, not as an unseen attack.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _typos(text: str, rng) -> str:
    def swap(m):
        w = m.group(0)
        if rng.random() < 0.5:
            return w
        i = rng.randrange(1, len(w) - 2)
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    return re.sub(r"[A-Za-z]{6,}", swap, text)


def _leet(text: str, rng) -> str:
    table = str.maketrans("oeiaOEIA", "03143314")
    return re.sub(r"[A-Za-z]{5,}", lambda m: m.group(0).translate(table), text)


def _zero_width(text: str, rng) -> str:
    return re.sub(r"[A-Za-z]{5,}", lambda m: m.group(0)[:2] + "\u200b" + m.group(0)[2:], text)


def _homoglyphs(text: str, rng) -> str:
    return text.translate(str.maketrans("aeoc", "\u0430\u0435\u043e\u0441"))


PERTURB = {"typos": _typos, "leetspeak": _leet, "zero_width": _zero_width, "homoglyphs": _homoglyphs}


def main(argv=None) -> int:
    import warnings

    warnings.filterwarnings("ignore")
    from detectors.safety.agentdojo_replay import TEXT_ATTACKS, load_text_attack
    from agentdojo.task_suite.load_suites import get_suites

    from detectors.safety.heuristics import score_text
    from detectors.safety.injection import InjectionDetector
    from detectors.safety.segments import chunk_lines, split_lines

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--version", default="v1")
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "agentdojo_detection.json"))
    a = ap.parse_args(argv)
    det = InjectionDetector({"providers": ["CPUExecutionProvider"]})
    det.warmup()
    cfg = det.config
    t0 = time.time()
    rows: dict[str, dict[str, list[tuple[bool, bool, bool]]]] = defaultdict(lambda: defaultdict(list))
    perturbed: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    rng = random.Random(0)
    for suite_name, suite in sorted(get_suites(a.version).items()):
        user_task = next(iter(suite.user_tasks.values()))
        for attack_name in TEXT_ATTACKS:
            attack = load_text_attack(attack_name, suite)
            for inj in suite.injection_tasks.values():
                text = next(iter(attack.attack(user_task, inj).values()))
                chunks = chunk_lines(split_lines(text, cfg.max_chars), cfg.max_chars)
                scored = det.score_chunks(chunks)
                pack = any(det.flagged(h, p) for h, p, _ in scored)
                signs = any(h >= cfg.heuristic_threshold for h, _, _ in scored)
                clf = any(p >= cfg.classifier_threshold for _, p, _ in scored)
                rows[suite_name][attack_name].append((pack, signs, clf))
                for kind, fn in PERTURB.items():
                    variant = fn(text, rng)
                    lines = split_lines(variant, cfg.max_chars)
                    hit = any(score_text(c.text)[0] >= cfg.heuristic_threshold for c in chunk_lines(lines, cfg.max_chars))
                    perturbed[attack_name][kind].append(hit)
    from agentdojo.agent_pipeline.tool_execution import tool_result_to_str
    from agentdojo.functions_runtime import FunctionsRuntime

    benign: dict[str, list[tuple[bool, bool, bool]]] = defaultdict(list)
    for suite_name, suite in sorted(get_suites(a.version).items()):
        runtime = FunctionsRuntime(suite.tools)
        for task in suite.user_tasks.values():
            env = task.init_environment(suite.load_and_inject_default_environment({}))
            for call in task.ground_truth(env.model_copy(deep=True)):
                result, err = runtime.run_function(env, call.function, dict(call.args))
                if err:
                    continue
                text = tool_result_to_str(result)
                chunks = chunk_lines(split_lines(text, cfg.max_chars), cfg.max_chars)
                scored = det.score_chunks(chunks)
                benign[suite_name].append((any(det.flagged(h, p) for h, p, _ in scored),
                                           any(h >= cfg.heuristic_threshold for h, _, _ in scored),
                                           any(p >= cfg.classifier_threshold for _, p, _ in scored)))
    out = {"benchmark_version": a.version, "seconds": round(time.time() - t0, 1), "suites": {}, "benign_tool_outputs": {}}
    print(f"{'suite':10} {'benign tool outputs':32} {'n':>3} {'pack':>6} {'signs':>6} {'clf':>6}  (% falsely flagged)")
    for s, xs in benign.items():
        rate = [round(100 * sum(x[i] for x in xs) / max(1, len(xs)), 1) for i in range(3)]
        out["benign_tool_outputs"][s] = {"n": len(xs), "pack": rate[0], "signs_only": rate[1], "classifier_alone": rate[2]}
        print(f"{s:10} {'(ground-truth calls, no attack)':32} {len(xs):>3} {rate[0]:>6} {rate[1]:>6} {rate[2]:>6}")
    print(f"{'suite':10} {'attack':32} {'n':>3} {'pack':>6} {'signs':>6} {'clf':>6}  (% flagged)")
    for s, by in rows.items():
        out["suites"][s] = {}
        for att, xs in by.items():
            rate = [round(100 * sum(x[i] for x in xs) / len(xs), 1) for i in range(3)]
            out["suites"][s][att] = {"n": len(xs), "pack": rate[0], "signs_only": rate[1], "classifier_alone": rate[2]}
            print(f"{s:10} {att:32} {len(xs):>3} {rate[0]:>6} {rate[1]:>6} {rate[2]:>6}")
    out["obfuscated_signs_only"] = {}
    print(f"{'attack (all suites), signs only':40} " + " ".join(f"{k:>10}" for k in PERTURB) + "  (% flagged)")
    for att, by_kind in perturbed.items():
        rates = {k: round(100 * sum(v) / len(v), 1) for k, v in by_kind.items()}
        out["obfuscated_signs_only"][att] = {"n": len(next(iter(by_kind.values()))), **rates}
        print(f"{att:40} " + " ".join(f"{rates[k]:>10}" for k in PERTURB))
    Path(a.out).write_text(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
