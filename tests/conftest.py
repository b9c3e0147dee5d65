"""Shared test set-up: offline model loading, GPU skipping, in-memory tracing, guard factories."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, Callable

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.pop("OTEL_EXPORTER_OTLP_ENDPOINT", None)
os.environ.pop("OTEL_TRACES_EXPORTER", None)

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"


def _cuda_available() -> bool:
    try:
        import torch
    except ImportError:
        return False
    return bool(torch.cuda.is_available())


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not any("gpu" in item.keywords for item in items):
        return
    if _cuda_available():
        return
    skip = pytest.mark.skip(reason="needs CUDA (no GPU on this machine)")
    for item in items:
        if "gpu" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def spans():
    """An in-memory tracer provider; `spans.get()` returns finished spans."""
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))

    class Spans:
        def __init__(self) -> None:
            self.provider = provider
            self.exporter = exporter

        def get(self) -> list[Any]:
            return list(exporter.get_finished_spans())

        def named(self, prefix: str) -> list[Any]:
            return [s for s in self.get() if s.name.startswith(prefix)]

    yield Spans()
    provider.shutdown()


@pytest.fixture
def make_guard(tmp_path: Path, spans) -> Callable[..., Any]:
    """Build a Guard from a policy dict with a sync audit in tmp_path and in-memory spans."""
    from guard import Guard

    made: list[Any] = []

    def factory(interceptors: list[dict[str, Any]] | None = None, **policy: Any) -> Any:
        doc = {"name": "test", "version": 1, "interceptors": interceptors or [],
               "audit": {"url": f"sqlite:///{tmp_path / 'audit.db'}", "durability": "sync"}}
        doc.update(policy)
        kw = {k: doc.pop(k) for k in ("approver",) if k in doc}
        g = Guard.from_policy(doc, tracer_provider=spans.provider, **kw)
        made.append(g)
        return g

    yield factory
    for g in made:
        g.close()


@pytest.fixture
def python() -> str:
    return sys.executable


@pytest.fixture(scope="module")
def fake():
    """A fake OpenAI upstream (tests/fake_upstream.py) on loopback; `fake.url` is its base URL."""
    from tests.fake_upstream import FakeUpstream, ServerThread

    up = FakeUpstream()
    with ServerThread(up.app) as srv:
        up.url = srv.url + "/v1"
        yield up
