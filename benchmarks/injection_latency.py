"""Latency of `safety.injection` per tool result on CPU (signs + MiniLM + ONNX head).

    python benchmarks/injection_latency.py [--runs ../shared/data/agentdojo-runs] [--n 300] [--threads 1]
    python benchmarks/injection_latency.py --dump-texts texts.json      # the sample, for another machine
    python benchmarks/injection_latency.py --texts texts.json           # ... timed there (e.g. a GPU)

Tool results are the recorded tool outputs of the AgentDojo runs (a seeded sample over
pipelines, suites and attacks). Each goes through `InjectionDetector.check` on a
`tool_result` event after a warm-up; the classifier alone (encoder + ONNX head over the
result's chunks) is timed as well. Writes benchmarks/results/injection_latency.json.
The CUDA-provider figure is measured only where a GPU is present (onnxruntime-gpu's CUDA
provider for the head, the MiniLM encoder on the same GPU).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def tool_outputs(runs: Path, n: int, seed: int) -> list[str]:
    texts = []
    for f in sorted(runs.glob("*/*/*/*/*.json")):
        data = json.loads(f.read_text())
        texts += [str(m.get("content") or "") for m in data["messages"] if m.get("role") == "tool"]
    texts = [t for t in texts if t.strip()]
    random.Random(seed).shuffle(texts)
    return texts[:n]


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q * (len(xs) - 1))))]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", default=str(ROOT.parent / "shared" / "data" / "agentdojo-runs"))
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--texts", default=None, help="a JSON list of tool results instead of sampling --runs")
    ap.add_argument("--dump-texts", default=None, help="write the sampled tool results to this JSON file and stop")
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "injection_latency.json"))
    a = ap.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ["AGENTGUARD_TORCH_THREADS"] = str(a.threads)  # the encoder's threads while it runs
    from guard.events import Hook, ToolResultEvent
    from guard.interceptors import CheckContext
    from detectors.safety.injection import InjectionDetector
    from detectors.safety.segments import chunk_lines, split_lines

    texts = json.loads(Path(a.texts).read_text())[: a.n] if a.texts else tool_outputs(Path(a.runs), a.n, a.seed)
    if a.dump_texts:
        Path(a.dump_texts).write_text(json.dumps(texts))
        print(f"wrote {len(texts)} tool results to {a.dump_texts}")
        return 0
    import onnxruntime as ort
    import torch

    results = {}
    for provider in ("CPUExecutionProvider", "CUDAExecutionProvider"):
        if provider not in ort.get_available_providers() or (provider.startswith("CUDA") and not torch.cuda.is_available()):
            results[provider] = {"measured": False, "why": "provider or GPU not present on this machine"}
            continue
        det = InjectionDetector({"providers": [provider]})
        clf = det.classifier
        assert clf is not None, det.classifier_error
        clf._cache_size = 0  # time real inference, not the repeat-text cache
        for t in texts[:10]:  # warm-up
            clf.predict_proba([c.text for c in chunk_lines(split_lines(t))] or [""])
        full, clf_only, chunks = [], [], []
        for i, t in enumerate(texts):
            ev = ToolResultEvent(tool="tool", result=t, run_id="r", step=i)
            ctx = CheckContext(run_id="r", hook=Hook.TOOL_RESULT, agent="bench", policy_name="bench", task="Do the user's task.")
            t0 = time.perf_counter()
            det.check(ev, ctx)
            full.append((time.perf_counter() - t0) * 1000)
            cs = [c.text for c in chunk_lines(split_lines(t))]
            t0 = time.perf_counter()
            if cs:
                clf.predict_proba(cs)
            clf_only.append((time.perf_counter() - t0) * 1000)
            chunks.append(len(cs))
        ran_on = clf.session.get_providers()
        results[provider] = {  # a CUDA request that fell back to the CPU is not a CUDA figure
            "measured": ran_on[0] == provider, "session_providers": ran_on, "encoder_device": clf.encoder.device,
            "results": len(texts), "mean_chars": round(statistics.mean(map(len, texts))),
            "mean_chunks": round(statistics.mean(chunks), 2),
            "detector_ms": {"p50": round(pct(full, 0.5), 2), "p99": round(pct(full, 0.99), 2), "mean": round(statistics.mean(full), 2)},
            "classifier_ms": {"p50": round(pct(clf_only, 0.5), 2), "p99": round(pct(clf_only, 0.99), 2),
                              "mean": round(statistics.mean(clf_only), 2)},
        }
    gpu = torch.cuda.get_device_name(0) if torch.cuda.is_available() else None
    out = {"machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores", "gpu": gpu,
           "onnxruntime": ort.__version__, "torch": torch.__version__, "torch_threads": a.threads,
           "load_avg_1m": round(os.getloadavg()[0], 2), "command": " ".join(["python benchmarks/injection_latency.py", *(sys.argv[1:] if argv is None else argv)]),
           "providers": results}
    print(f"{'provider':24} {'n':>4} {'chunks':>6} {'detector p50':>12} {'p99':>8} {'classifier p50':>14} {'p99':>8}  (ms)")
    for p, r in results.items():
        if not r["measured"]:
            print(f"{p:24} not measured: {r.get('why') or 'the session ran on ' + r['session_providers'][0]}")
            continue
        print(f"{p:24} {r['results']:>4} {r['mean_chunks']:>6} {r['detector_ms']['p50']:>12} {r['detector_ms']['p99']:>8} "
              f"{r['classifier_ms']['p50']:>14} {r['classifier_ms']['p99']:>8}")
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    Path(a.out).write_text(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
