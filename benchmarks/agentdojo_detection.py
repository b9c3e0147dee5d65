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
"""
from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ATTACKS = ["direct", "ignore_previous", "system_message", "injecagent", "important_instructions",
           "important_instructions_no_names", "tool_knowledge"]


class _Pipeline:
    name = "gpt-4o-2024-05-13"  # only used by attacks that address the model by name


def main(argv=None) -> int:
    import warnings

    warnings.filterwarnings("ignore")
    from agentdojo.attacks.attack_registry import load_attack
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
    for suite_name, suite in sorted(get_suites(a.version).items()):
        user_task = next(iter(suite.user_tasks.values()))
        for attack_name in ATTACKS:
            attack = load_attack(attack_name, suite, _Pipeline())
            for inj in suite.injection_tasks.values():
                text = next(iter(attack.attack(user_task, inj).values()))
                chunks = chunk_lines(split_lines(text, cfg.max_chars), cfg.max_chars)
                scored = det.score_chunks(chunks)
                pack = any(det.flagged(h, p) for h, p, _ in scored)
                signs = any(h >= cfg.heuristic_threshold for h, _, _ in scored)
                clf = any(p >= cfg.classifier_threshold for _, p, _ in scored)
                rows[suite_name][attack_name].append((pack, signs, clf))
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
    Path(a.out).write_text(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
