"""Provider choice for the detectors' onnxruntime sessions (detectors/onnx_session.py)."""
from __future__ import annotations

import logging

import pytest

onnx_session = pytest.importorskip("detectors.onnx_session")
pytest.importorskip("onnxruntime")


def test_cpu_only_without_a_gpu_even_though_onnxruntime_gpu_lists_cuda(monkeypatch):
    monkeypatch.setattr(onnx_session, "_gpu_present", lambda: False)
    assert onnx_session.default_providers() == ["CPUExecutionProvider"]


def test_cuda_first_where_a_gpu_is_present(monkeypatch):
    import onnxruntime as ort

    if "CUDAExecutionProvider" not in ort.get_available_providers():
        pytest.skip("this onnxruntime build has no CUDA provider")
    monkeypatch.setattr(onnx_session, "_gpu_present", lambda: True)
    assert onnx_session.default_providers() == ["CUDAExecutionProvider", "CPUExecutionProvider"]


def test_a_cuda_provider_that_cannot_start_is_reported_and_the_session_runs_on_cpu(caplog):
    import torch

    from detectors.safety.classifier.runtime import model_path

    if torch.cuda.is_available():
        pytest.skip("CUDA starts here")
    with caplog.at_level(logging.WARNING, logger="agentguard.onnx"):
        s = onnx_session.open_session(model_path(), None, ["CUDAExecutionProvider", "CPUExecutionProvider"])
    assert s.get_providers() == ["CPUExecutionProvider"]
    assert "could not start the CUDA provider for injection_head.onnx" in caplog.text
