"""Contextual privacy instructor (CDI-style): Presidio detection, contextual-integrity
norms, step-specific guidance, minimal-redaction enforcement, flow assessment.

Heavy dependencies (presidio, spaCy) load lazily on first analysis.
"""
from __future__ import annotations

from typing import Any

__all__ = ["assess_flow", "FlowAssessment", "PrivacyInstructor", "redact_text", "get_analyzer"]


def __getattr__(name: str) -> Any:
    if name in ("assess_flow", "FlowAssessment"):
        from detectors.privacy import flow

        return getattr(flow, name)
    if name == "PrivacyInstructor":
        from detectors.privacy.instructor import PrivacyInstructor

        return PrivacyInstructor
    if name == "redact_text":
        from detectors.privacy.redaction import redact_text

        return redact_text
    if name == "get_analyzer":
        from detectors.privacy.engine import get_analyzer

        return get_analyzer
    raise AttributeError(name)
