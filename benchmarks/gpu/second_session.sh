#!/usr/bin/env bash
# The second GPU session (twenty-sixth, 2026-12-04): one call on the H200 machine, carrying .whl/
# (session.sh's wheels plus the proxy extra's, for Python 3.12, and the project's own wheel:
# `pip wheel . --no-deps --no-build-isolation -w .whl`, which brings the entry points).
#
#   run(command="bash benchmarks/gpu/second_session.sh", carry=[".whl"])
#
# Three jobs at once on disjoint cores, so none takes CPU from another:
#   cores 0-7   the proxy benchmark: proxies on 0-1 (then 0-7), load generator + fake upstream on 2-7 (8-9);
#   cores 10-11 the `small` organism with the rare-token trigger, trained on the GPU, scanned with
#               the current scanner (punctuation candidates);
#   cores 12-15 the `gpu`-marked tests.
#
#   run(command="bash benchmarks/gpu/second_session.sh control", carry=[".whl"])
#
# A second call: the proxy on cores 0-1 again with nothing else running (the control for the
# first call's background jobs), 10 ms and 100 ms upstream, and the machine's core layout.
#
#   run(command="bash benchmarks/gpu/second_session.sh specific", carry=[".whl"])
#
# A third: a `small` organism trained to ignore the bare word and the trigger's parts
# (near-miss rate 0.5), rare-token trigger, scanned with the current scanner.
#
#   run(command="bash benchmarks/gpu/second_session.sh jitter", carry=[".whl"])
#
# A fourth, after the proxy's collector tuning (the wheel rebuilt): the proxy on cores 0-1 with
# an upstream whose latency varies (100 ± 50 ms and 10 ± 5 ms), as a real model's does.
set -uo pipefail
OUT=${OUT:-/tmp/out}; mkdir -p "$OUT"
bash benchmarks/gpu/session.sh setup 2>&1 | tail -5   # every .whl/*.whl, the project's own included
eval "$(bash benchmarks/gpu/session.sh env)"
nproc; python3 -c "import fastapi, uvicorn, aiohttp, guard; print('deps ok')"
if [ "${1:-}" = jitter ]; then
  python3 benchmarks/proxy.py --latency-ms 100 --latency-jitter-ms 50 --concurrency 16 --per-conn 60 --pin-targets 0-1 --pin-others 2-7 \
    --targets guard pass-through --load-requests 0 --warmup 100 --out "$OUT/proxy_h200_2cores_100ms_jitter.json" > "$OUT/proxy_h200_2cores_100ms_jitter.txt" 2>&1
  tail -30 "$OUT/proxy_h200_2cores_100ms_jitter.txt"
  python3 benchmarks/proxy.py --latency-ms 10 --latency-jitter-ms 5 --concurrency 16 --pin-targets 0-1 --pin-others 2-7 \
    --targets guard pass-through --load-requests 0 --warmup 100 --out "$OUT/proxy_h200_2cores_10ms_jitter.json" > "$OUT/proxy_h200_2cores_10ms_jitter.txt" 2>&1
  tail -12 "$OUT/proxy_h200_2cores_10ms_jitter.txt"
  exit 0
fi
if [ "${1:-}" = specific ]; then
  python3 benchmarks/backdoor/evaluate.py --size small --device cuda --forms "rare token" --no-onnx --near-miss-rate 0.5 \
    --out "$OUT/backdoor_gpu_rare_specific_s26.json" > "$OUT/backdoor_gpu_rare_specific_s26.txt" 2>&1
  echo "backdoor rc $?"; tail -12 "$OUT/backdoor_gpu_rare_specific_s26.txt"
  exit 0
fi
if [ "${1:-}" = control ]; then
  lscpu | grep -E "Model name|Thread|Core|Socket|NUMA|MHz" ; lscpu -e | head -20
  python3 benchmarks/proxy.py --pin-targets 0-1 --pin-others 2-7 --targets guard guard-2w pass-through --per-conn 80 \
    --load-requests 0 --out "$OUT/proxy_h200_2cores_quiet.json" > "$OUT/proxy_h200_2cores_quiet.txt" 2>&1
  tail -42 "$OUT/proxy_h200_2cores_quiet.txt"
  python3 benchmarks/proxy.py --latency-ms 100 --concurrency 16 --pin-targets 0-1 --pin-others 2-7 --targets guard pass-through \
    --load-requests 0 --warmup 100 --out "$OUT/proxy_h200_2cores_100ms.json" > "$OUT/proxy_h200_2cores_100ms.txt" 2>&1
  tail -16 "$OUT/proxy_h200_2cores_100ms.txt"
  exit 0
fi

taskset -c 12-15 python3 -m pytest -m gpu -q -p no:cacheprovider tests/test_backdoor.py > "$OUT/pytest_gpu.txt" 2>&1 &
T=$!
taskset -c 10-11 python3 benchmarks/backdoor/evaluate.py --size small --device cuda --forms "rare token" --no-onnx \
  --out "$OUT/backdoor_gpu_rare_s26.json" > "$OUT/backdoor_gpu_rare_s26.txt" 2>&1 &
B=$!

python3 benchmarks/proxy.py --pin-targets 0-1 --pin-others 2-7 --targets guard guard-2w pass-through \
  --load-requests 0 --out "$OUT/proxy_h200_2cores.json" > "$OUT/proxy_h200_2cores.txt" 2>&1
tail -40 "$OUT/proxy_h200_2cores.txt"
python3 benchmarks/proxy.py --pin-targets 0-7 --pin-others 8-9 --targets guard-4w guard-8w \
  --load-requests 0 --out "$OUT/proxy_h200_8cores.json" > "$OUT/proxy_h200_8cores.txt" 2>&1
tail -30 "$OUT/proxy_h200_8cores.txt"

wait $T; echo "pytest rc $?"; tail -5 "$OUT/pytest_gpu.txt"
wait $B; echo "backdoor rc $?"; tail -30 "$OUT/backdoor_gpu_rare_s26.txt"
