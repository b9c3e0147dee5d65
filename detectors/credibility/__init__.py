"""Credibility-weighted aggregation of several agents' opinions (Credibility Governance).

Influence is earned credibility, not head count: see `aggregator.CredibilityAggregator`.
"""
from detectors.credibility.aggregator import Consensus, CredibilityAggregator, Evidence
from detectors.credibility.params import CredibilityParams

__all__ = ["Consensus", "CredibilityAggregator", "CredibilityParams", "Evidence"]
