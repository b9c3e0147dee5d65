"""The arithmetic of credibility governance, as plain functions over plain data.

Kept apart from storage so the rules can be read (and tested) in one place:

* agent credibility c: posterior mean of "this agent's endorsements turn out right";
* weight: the log-odds log((K-1) c / (1-c)), the optimal vote weight for an agent right
  with probability c among K answers, clipped at 0 (worse than chance = no say);
* influence: weight x confidence factor, newcomers capped against established agents;
* opinion credibility: how much of an answer's support rests on agents with a track record;
* anti-bubble: support that grew fast without credible backing is damped;
* credit: evidence moves credibility by the endorsed answer's probability of being true,
  with the early-mover factor e^(-kappa r).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from detectors.credibility.params import CredibilityParams
from guard.redaction import quote


@dataclass
class AgentStats:
    alpha: float = 0.0  # credit for endorsements that turned out right
    beta: float = 0.0  # debit for endorsements that turned out wrong
    evidence: float = 0.0  # resolved evidence units seen (alpha + beta without the timing factor)


@dataclass
class Prior:
    """What an agent's credibility is shrunk towards: mean and strength in pseudo-observations."""

    mean: float
    strength: float


@dataclass
class Population:
    """Sums over agents with evidence: sufficient statistics for the empirical prior."""

    agents: int = 0
    alpha: float = 0.0  # sum of alpha
    n: float = 0.0  # sum of alpha + beta
    alpha2_over_n: float = 0.0  # sum of alpha^2 / (alpha + beta)


@dataclass
class Endorsement:
    agent: str
    answer: str
    confidence: float
    round: int
    order: int  # arrival order on the question, for deterministic ties


@dataclass
class AnswerState:
    raw: float = 0.0
    credibility: float = 0.0


@dataclass
class Tally:
    winner: str | None
    support: dict[str, float]
    share: dict[str, float]
    raw_support: dict[str, float]
    opinion_credibility: dict[str, float]
    penalty: dict[str, float]
    weights: dict[str, float]
    credibility: dict[str, float]
    established: dict[str, bool]
    newcomer_scale: float
    fallback: bool
    notes: list[str] = field(default_factory=list)


def prior(pop: Population | None, p: CredibilityParams) -> Prior:
    """Empirical-Bayes prior from the population (method of moments), else the configured cold-start prior.

    Between-agent variance tau^2 = (sum n_i (r_i - mu)^2 - N mu (1 - mu)) / sum n_i removes the sampling
    noise of each agent's rate r_i; a Beta prior with that variance has strength mu (1 - mu) / tau^2 - 1.
    """
    fixed = Prior(p.prior_credibility, p.prior_strength)
    if not p.empirical_prior or pop is None or pop.agents < p.population_min_agents or pop.n <= 0:
        return fixed
    mu = min(max(pop.alpha / pop.n, 1e-3), 1 - 1e-3)
    spread = pop.alpha2_over_n - mu * mu * pop.n
    tau2 = (spread - pop.agents * mu * (1 - mu)) / pop.n
    strength = p.max_prior_strength if tau2 <= 0 else mu * (1 - mu) / tau2 - 1.0
    return Prior(mu, min(max(strength, p.prior_strength), p.max_prior_strength))


def credibility(stats: AgentStats, p: CredibilityParams, pr: Prior | None = None) -> float:
    n = stats.alpha + stats.beta
    if pr is None or (n >= 1.0 and stats.alpha < p.population_floor * n):
        pr = Prior(p.prior_credibility, p.prior_strength)  # outside the population: the weak cold-start prior
    c = (stats.alpha + pr.mean * pr.strength) / (stats.alpha + stats.beta + pr.strength)
    return min(max(c, 1.0 - p.max_credibility), p.max_credibility)


def weight(c: float, k: int) -> float:
    return max(0.0, math.log((k - 1) * c / (1.0 - c)))


def confidence_factor(confidence: float, p: CredibilityParams) -> float:
    return p.confidence_floor + (1.0 - p.confidence_floor) * confidence


def maturity(stats: AgentStats, p: CredibilityParams) -> float:
    return stats.evidence / (stats.evidence + p.maturity_half)


def tally(
    endorsements: list[Endorsement],
    agents: dict[str, AgentStats],
    previous: dict[str, AnswerState],
    p: CredibilityParams,
    pr: Prior | None = None,
    first_round: bool = False,
) -> Tally:
    """Credibility-weighted support of every answer given the current endorsements."""
    answers = _answer_order(endorsements)
    # K never shrinks within a question: answers given earlier (kept in `previous`) still count as candidates,
    # otherwise a question on which opinions converge would be re-scored as binary and weights would collapse.
    k = max(2, p.n_candidates or 0, len(set(answers) | set(previous)))
    cred: dict[str, float] = {}
    infl: dict[str, float] = {}
    est: dict[str, bool] = {}
    for e in endorsements:
        s = agents.get(e.agent, AgentStats())
        cred[e.agent] = credibility(s, p, pr)
        est[e.agent] = s.evidence >= p.established_after
        infl[e.agent] = weight(cred[e.agent], k) * confidence_factor(e.confidence, p)
    notes: list[str] = []
    fallback = bool(endorsements) and sum(infl.values()) <= 0.0
    if fallback:
        # Every participant is at or below chance: rather than no answer, count votes in proportion to credibility
        # (x confidence factor), so the least discredited still lead and a discredited bloc does not count in full.
        infl = {e.agent: cred[e.agent] * confidence_factor(e.confidence, p) for e in endorsements}
        notes.append("no participant has positive credibility; fell back to credibility-proportional counting")
    scale = _newcomer_scale(infl, est, p)
    if scale < 1.0:
        notes.append(f"newcomers' influence scaled to {scale:.0%} (cap {p.newcomer_cap:g}x established)")
        infl = {a: (w * scale if not est[a] else w) for a, w in infl.items()}
    raw = {a: 0.0 for a in answers}
    backing = {a: 0.0 for a in answers}
    for e in endorsements:
        raw[e.answer] += infl[e.agent]
        backing[e.answer] += infl[e.agent] * maturity(agents.get(e.agent, AgentStats()), p)
    total_raw = sum(raw.values())
    ocred: dict[str, float] = {}
    penalty: dict[str, float] = {}
    support: dict[str, float] = {}
    for a in answers:
        now = backing[a] / raw[a] if raw[a] > 0 else 0.0
        prev = previous.get(a)
        ocred[a] = now if prev is None else p.opinion_memory * prev.credibility + (1 - p.opinion_memory) * now
        # Growth is measured between aggregations of the question; its first tally has nothing to compare to.
        base = prev.raw if prev else 0.0
        growth = 0.0 if first_round or total_raw <= 0 else max(0.0, raw[a] - base) / total_raw
        excess = max(0.0, growth - p.bubble_free_growth)
        penalty[a] = math.exp(-p.bubble_eta * excess * (1.0 - ocred[a]))
        support[a] = raw[a] * penalty[a]
        if penalty[a] < 0.95:
            notes.append(f"anti-bubble: {quote(a)} gained support fast with little credible backing (x{penalty[a]:.2f})")
    total = sum(support.values())
    share = {a: (s / total if total > 0 else 0.0) for a, s in support.items()}
    winner = max(answers, key=lambda a: (support[a], raw[a]), default=None) if answers else None
    if winner is not None:
        best = support[winner]
        tied = [a for a in answers if math.isclose(support[a], best, rel_tol=1e-12, abs_tol=1e-15)]
        winner = tied[0]  # answers are in first-endorsement order: the earliest of the tied wins
    return Tally(winner, support, share, raw, ocred, penalty, infl, cred, est, scale, fallback, notes)


def _answer_order(endorsements: list[Endorsement]) -> list[str]:
    seen: dict[str, tuple[int, int]] = {}
    for e in endorsements:
        key = (e.round, e.order)
        if e.answer not in seen or key < seen[e.answer]:
            seen[e.answer] = key
    return sorted(seen, key=lambda a: seen[a])


def _newcomer_scale(infl: dict[str, float], est: dict[str, bool], p: CredibilityParams) -> float:
    established = sum(w for a, w in infl.items() if est[a])
    newcomers = sum(w for a, w in infl.items() if not est[a])
    if established <= 0.0 or newcomers <= p.newcomer_cap * established:
        return 1.0
    return p.newcomer_cap * established / newcomers


def belief(mass: dict[str, float]) -> dict[str, float]:
    total = sum(mass.values())
    return {a: m / total for a, m in mass.items()} if total > 0 else {}


def credit_target(answer: str, round_: int, truth: dict[str, float], resolved: float,
                  p: CredibilityParams) -> tuple[float, float, float]:
    """(alpha, beta, evidence) an endorsement has earned given the evidence so far.

    The endorsed answer is right with probability y = truth[answer]; `resolved` in [0,1]
    is how settled the question is (1 for a revealed truth). Stored credit moves by the
    difference to this target, so later evidence can take back what a noisy early signal gave.
    """
    y = truth.get(answer, 0.0)
    early = p.early_share + (1.0 - p.early_share) * math.exp(-p.kappa * round_)
    return resolved * y * early, resolved * (1.0 - y), resolved
