"""False alarms of `safety.injection` on benign tool output, current signs vs an earlier revision's.

    python benchmarks/injection_false_alarms.py [--baseline-rev dca83ba] [--out benchmarks/results/injection_false_alarms.json]

Three benign corpora, none containing an attack: (1) the outputs of every AgentDojo v1 user
task's ground-truth calls in each suite's injection-free environment (all four suites),
(2) the distinct tool results of the provided runs without attack
(`agentdojo-runs/*/*/*/none/none.json`), (3) every observation in PrivacyLens' trajectories
(`privacylens/main_data.json`: e-mails, notes, chats, documents written for people, full of
ordinary requests and to-do items), (4) 64 hand-written texts full of ordinary imperatives
(`benchmarks/data/imperatives/`: manuals, admin docs that speak of "the user", recipes, notes,
work e-mails, calendar entries, notices), because the first three hold almost no
sentence-opening imperatives and so cannot judge a change to the `directive` sign.
A result counts as a false alarm when the pack as shipped
(signs >= threshold, or classifier >= threshold on a chunk that shows a sign) flags any chunk.
The baseline's `heuristics.py` is read from git, so both are scored by the same classifier.

Also counted (current code only): results in which an imperative names a destination (an
e-mail, URL, IBAN, phone or account number it sends things to) that `safety.taint` would then
escalate unless the user gave it (`taint_directed_destinations`) -- counted even where the chunk is
flagged, so it is an upper bound on what the setting adds.
"""
from __future__ import annotations

import argparse
import glob
import importlib.util
import json
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"


def _baseline(rev: str):
    src = subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:detectors/safety/heuristics.py"],
                         check=True, capture_output=True, text=True).stdout
    path = Path(tempfile.mkdtemp()) / "baseline_heuristics.py"
    path.write_text(src)
    spec = importlib.util.spec_from_file_location("baseline_heuristics", path)
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules["baseline_heuristics"] = mod
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def _agentdojo_benign(version: str) -> list[str]:
    from agentdojo.agent_pipeline.tool_execution import tool_result_to_str
    from agentdojo.functions_runtime import FunctionsRuntime
    from agentdojo.task_suite.load_suites import get_suites

    out = []
    for _, suite in sorted(get_suites(version).items()):
        runtime = FunctionsRuntime(suite.tools)
        for task in suite.user_tasks.values():
            env = task.init_environment(suite.load_and_inject_default_environment({}))
            for call in task.ground_truth(env.model_copy(deep=True)):
                result, err = runtime.run_function(env, call.function, dict(call.args))
                if not err:
                    out.append(tool_result_to_str(result))
    return out


def _imperatives() -> list[str]:
    path = ROOT / "benchmarks" / "data" / "imperatives" / "benign_imperatives.jsonl"
    return [json.loads(line)["text"] for line in path.read_text().splitlines() if line.strip()]


def main(argv=None) -> int:
    warnings.filterwarnings("ignore")
    sys.path.insert(0, str(ROOT))
    from detectors.safety import heuristics
    from detectors.safety.classifier.runtime import InjectionClassifier
    from detectors.safety.injection import InjectionConfig, InjectionDetector
    from detectors.safety.segments import chunk_lines, split_lines, split_lines_indexed
    from detectors.safety.taint import IDENTITY_KINDS
    from detectors.safety.values import destinations as sent_to

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--baseline-rev", default="dca83ba")
    ap.add_argument("--runs", default=str(DATA / "agentdojo-runs"))
    ap.add_argument("--privacylens", default=str(DATA / "privacylens" / "main_data.json"))
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "injection_false_alarms.json"))
    a = ap.parse_args(argv)
    cfg = InjectionConfig()
    clf = InjectionClassifier.load(providers=["CPUExecutionProvider"])
    old = _baseline(a.baseline_rev)

    runs = set()
    for f in glob.glob(f"{a.runs}/*/*/*/none/none.json"):
        for m in json.loads(Path(f).read_text())["messages"]:
            if m["role"] == "tool" and m.get("content"):
                runs.add(m["content"] if isinstance(m["content"], str) else json.dumps(m["content"]))
    obs = [line[len("Observation: "):] for case in json.loads(Path(a.privacylens).read_text())
           for line in case["trajectory"]["executable_trajectory"].split("\n") if line.startswith("Observation: ")]
    corpora = {"agentdojo v1 ground-truth outputs (4 suites)": _agentdojo_benign("v1"),
               "provided runs, attack none (distinct tool results)": sorted(runs),
               "PrivacyLens observations": obs,
               "ordinary imperatives (hand-written probe)": _imperatives()}

    def flagged(mod, text: str) -> bool:
        for c in chunk_lines(split_lines(text, cfg.max_chars), cfg.max_chars):
            h, _ = mod.score_text(c.text)
            if h >= cfg.heuristic_threshold or (h > 0 and clf.predict_proba([c.text])[0] >= cfg.classifier_threshold):
                return True
        return False

    signs_only = InjectionDetector({"use_classifier": False})

    def destinations(text: str) -> list[str]:
        indexed = split_lines_indexed(text, cfg.max_chars)
        lines = [line for _, line in indexed]
        chunks = chunk_lines(lines, cfg.max_chars)
        said = signs_only._directed(lines, [n for n, _ in indexed], chunks, signs_only.score_chunks(chunks), set())
        return [v.raw for s in said for v in sent_to(s) if v.kind in IDENTITY_KINDS]

    out = {"baseline_rev": a.baseline_rev, "corpora": {}}
    print(f"{'corpus':52} {'n':>5} {'before %':>9} {'after %':>8} {'directed dest. %':>17}")
    for name, texts in corpora.items():
        before = [flagged(old, t) for t in texts]
        after = [flagged(heuristics, t) for t in texts]
        row = {"n": len(texts), "before": round(100 * sum(before) / len(texts), 2),
               "after": round(100 * sum(after) / len(texts), 2),
               "new_false_alarms": [t[:300] for t, b, x in zip(texts, before, after) if x and not b]}
        dest = [destinations(t) for t in texts]
        row["directed_destinations"] = round(100 * sum(bool(d) for d in dest) / len(texts), 2)
        row["directed_examples"] = [d for d in dest if d][:20]
        row["flagged_examples"] = [t[:300] for t, x in zip(texts, after) if x][:20]
        out["corpora"][name] = row
        print(f"{name:52} {len(texts):>5} {row['before']:>9} {row['after']:>8} {row['directed_destinations']:>17}")
    Path(a.out).write_text(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
