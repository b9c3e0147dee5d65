"""Every tunable of credibility-weighted aggregation, with its default and the reason for it.

The defaults were chosen from the mechanism's intent (documented per field), not fitted to
any data set: the evaluation data are generated with other reliabilities, sizes and K.
"""
from __future__ import annotations

from pydantic import ConfigDict, Field

from guard.settings import Settings


class CredibilityParams(Settings):
    model_config = ConfigDict(extra="forbid")

    prior_credibility: float = Field(
        0.6, gt=0.0, lt=1.0,
        description="Cold start: an agent with no evidence is assumed right this often. Slightly better than a coin "
        "so that, with no history at all, every agent weighs the same and aggregation reduces to majority vote.",
    )
    prior_strength: float = Field(
        2.0, gt=0.0,
        description="Pseudo-observations behind the prior: after a few resolved questions an agent's own record "
        "dominates, but one lucky answer cannot make a newcomer an authority.",
    )
    empirical_prior: bool = Field(
        True,
        description="Replace the fixed prior by one estimated from the population of agents with a record "
        "(empirical Bayes): its mean is their pooled accuracy and its strength follows from how much their "
        "accuracies really differ beyond sampling noise. Equally reliable agents are then shrunk together "
        "(weights stay equal and the vote stays a majority vote instead of chasing noise), while truly different "
        "agents keep their own estimates.",
    )
    max_prior_strength: float = Field(
        200.0, gt=0.0,
        description="Upper bound on the empirical prior's strength (reached when agents look identical).",
    )
    population_floor: float = Field(
        0.5, ge=0.0, lt=1.0,
        description="Only agents whose record is right at least this often form (and are shrunk towards) the "
        "empirical prior; the others keep the weak cold-start prior. Otherwise a bloc of always-wrong identities "
        "would both inflate the apparent spread (so honest agents are no longer shrunk together) and be pulled "
        "up towards the honest mean.",
    )
    population_min_agents: int = Field(
        5, ge=2,
        description="Agents with at least one unit of evidence needed before the empirical prior is used.",
    )
    max_credibility: float = Field(
        0.99, gt=0.5, lt=1.0,
        description="Credibility is clipped here so one agent's weight stays bounded (log-odds weight <= ~4.6 for K=2).",
    )
    confidence_floor: float = Field(
        0.5, ge=0.0, le=1.0,
        description="Influence = weight x (floor + (1-floor) x confidence). Self-reported confidence can only lower "
        "an opinion's influence (down to `floor` of it), never raise it above what credibility earns, because "
        "stated confidence is free to inflate.",
    )
    established_after: float = Field(
        3.0, ge=0.0,
        description="Units of resolved evidence after which an agent counts as established (no longer a newcomer).",
    )
    newcomer_cap: float = Field(
        0.5, ge=0.0,
        description="On one question, the summed influence of newcomers may be at most this multiple of the "
        "established agents' influence (scaled down proportionally when above). A flood of fresh identities "
        "therefore cannot outvote established agents that agree. Ignored when no established agent took part.",
    )
    maturity_half: float = Field(
        5.0, gt=0.0,
        description="Evidence units at which an agent's backing counts half: maturity m = n / (n + half). "
        "An opinion's credibility is the maturity-weighted share of its support.",
    )
    opinion_memory: float = Field(
        0.5, ge=0.0, lt=1.0,
        description="How much of an opinion's previous credibility carries into the next aggregation of the same "
        "question (exponential smoothing), so one burst of backing does not flip it at once.",
    )
    bubble_eta: float = Field(
        2.0, ge=0.0, le=2.0,
        description="Anti-bubble strength: support is multiplied by exp(-eta x excess_growth x (1 - opinion "
        "credibility)). Capped at 2 so that, among equally credible answers, damping never reverses their order.",
    )
    bubble_free_growth: float = Field(
        0.5, ge=0.0, le=1.0,
        description="Share of a question's total support an answer may gain between two aggregations before the "
        "anti-bubble penalty starts; normal growth goes unpunished.",
    )
    kappa: float = Field(
        0.5, ge=0.0,
        description="Early-mover reward e^(-kappa r): r is the number of aggregation rounds of the question that "
        "had passed when the agent took up its current answer. Being right early is worth more than joining late.",
    )
    early_share: float = Field(
        0.5, ge=0.0, le=1.0,
        description="Part of the credit for a correct endorsement that does not depend on timing: credit = "
        "early_share + (1 - early_share) e^(-kappa r). Late but correct still earns something.",
    )
    n_candidates: int | None = Field(
        None, ge=2,
        description="Number of possible answers K, when known. Default: the number of distinct answers given "
        "to the question so far, including answers no longer endorsed (at least 2). K enters the log-odds weight "
        "log((K-1) c / (1-c)).",
    )
