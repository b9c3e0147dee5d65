"""Provider choice for the detectors' onnxruntime sessions (detectors/onnx_session.py)."""
from __future__ import annotations

import logging

import pytest

pytest.importorskip("onnxruntime")

from detectors import onnx_session  # noqa: E402  (after the skip: needs onnxruntime)


def test_cpu_only_without_a_gpu_even_though_onnxruntime_gpu_lists_cuda(monkeypatch):
    monkeypatch.setattr(onnx_session, "_gpu_present", lambda: False)
    assert onnx_session.default_providers() == ["CPUExecutionProvider"]


def test_cuda_first_where_a_gpu_is_present_and_never_a_provider_onnxruntime_lacks(monkeypatch):
    import onnxruntime as ort

    monkeypatch.setattr(onnx_session, "_gpu_present", lambda: True)
    monkeypatch.setattr(ort, "get_available_providers", lambda: ["CUDAExecutionProvider", "CPUExecutionProvider"])
    assert onnx_session.default_providers() == ["CUDAExecutionProvider", "CPUExecutionProvider"]
    monkeypatch.setattr(ort, "get_available_providers", lambda: ["CPUExecutionProvider"])
    assert onnx_session.default_providers() == ["CPUExecutionProvider"]


def test_a_cuda_provider_that_cannot_start_is_reported_and_the_session_runs_on_cpu(caplog):
    import torch

    from detectors.safety.classifier.runtime import model_path

    if torch.cuda.is_available():
        pytest.skip("CUDA starts here")
    with caplog.at_level(logging.WARNING, logger="agentguard.onnx"):
        s = onnx_session.open_session(model_path(), None, ["CUDAExecutionProvider", "CPUExecutionProvider"])
    assert s.get_providers() == ["CPUExecutionProvider"]
    assert "could not start the CUDA provider for injection_head.onnx" in caplog.text
