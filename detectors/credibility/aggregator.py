"""`CredibilityAggregator`: decide between agents' answers by earned credibility, and learn it.

`aggregate(question_id, opinions)` merges the opinions with those already stored for the
question (an agent's newer answer replaces its older one), weighs every agent by its
credibility and returns a `Consensus`. `observe(question_id, evidence)` takes a revealed
truth or a weak, noisy signal, possibly long after the decision, and moves the credibility
of every agent that endorsed an answer to that question.
"""
from __future__ import annotations

import json
import math
import time
from typing import Any, Iterable, Mapping

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from detectors.credibility import scoring
from detectors.credibility.params import CredibilityParams
from detectors.credibility.store import CredibilityStore, endorsement_of
from guard.events import MAX_ANSWER_CHARS, storable_text
from guard.redaction import quote


_ENDORSEMENT_COLUMNS = ("question_id", "agent", "answer", "confidence", "round", "seq",
                        "applied_alpha", "applied_beta", "applied_evidence", "base_alpha", "base_beta", "base_evidence")




class OpinionIn(BaseModel):
    """One agent's answer (the same shape as `guard.events.Opinion`)."""

    model_config = ConfigDict(extra="ignore")

    agent: str = Field(min_length=1, max_length=255)
    answer: str = Field(max_length=MAX_ANSWER_CHARS)  # answers go into the reason and the audit record
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)

    @field_validator("agent", "answer")
    @classmethod
    def _encodable(cls, v: str) -> str:
        return storable_text(v)


MAX_EVIDENCE_ANSWERS = 1_000


def _question(question_id: Any) -> str:
    if not isinstance(question_id, str) or not question_id:  # "" is no question anyone asked
        raise ValueError("question_id must be a non-empty string")
    if len(question_id) > 255:
        raise ValueError(f"question_id must be at most 255 characters (got {len(question_id)})")
    try:
        return storable_text(question_id)
    except ValueError as exc:
        raise ValueError(f"question_id {exc}") from None


class Evidence(BaseModel):
    """What became known about a question's truth.

    `answer` alone is a revealed truth. `scores` is a noisy signal over answers (any
    non-negative numbers, normalized here). `strength` in (0, 1] says how much the signal
    settles the question: 1 for a revealed truth, small for a weak hint; repeated weak
    signals accumulate (resolved = 1 - prod(1 - strength)).
    """

    model_config = ConfigDict(extra="forbid")

    answer: str | None = Field(default=None, max_length=MAX_ANSWER_CHARS)
    scores: dict[str, float] | None = Field(default=None, max_length=MAX_EVIDENCE_ANSWERS)
    strength: float = Field(default=1.0, gt=0.0, le=1.0)

    @field_validator("answer")
    @classmethod
    def _answer_text(cls, v: str | None) -> str | None:
        return v if v is None else storable_text(v)

    @field_validator("scores")
    @classmethod
    def _score_keys(cls, v: dict[str, float] | None) -> dict[str, float] | None:
        for k in v or {}:
            if len(k) > MAX_ANSWER_CHARS:
                raise ValueError(f"an answer in scores is longer than {MAX_ANSWER_CHARS} characters")
            storable_text(k)
        return v

    @model_validator(mode="after")
    def _one_kind(self) -> "Evidence":
        if (self.answer is None) == (self.scores is None):
            raise ValueError("evidence needs exactly one of `answer` (a revealed truth) or `scores` (a signal)")
        if self.scores is not None:
            total = sum(self.scores.values())
            # a finite total too: two scores of 1e308 summed to inf, and every share became 0
            if any((not math.isfinite(v)) or v < 0 for v in self.scores.values()) or not 0 < total < math.inf:
                raise ValueError("evidence.scores must be non-negative numbers with a positive, finite sum")
        return self

    def distribution(self) -> dict[str, float]:
        if self.answer is not None:
            return {self.answer: 1.0}
        total = sum(self.scores.values())  # type: ignore[union-attr]
        return {a: v / total for a, v in self.scores.items()}  # type: ignore[union-attr]


class Consensus(BaseModel):
    """The decision and everything needed to explain it (JSON-able: goes to span and audit)."""

    question_id: str
    winner: str | None
    support: dict[str, float] = Field(description="credibility-weighted support per answer, after damping")
    share: dict[str, float] = Field(description="support as a fraction of the total")
    weights: dict[str, float] = Field(description="each agent's influence on this decision")
    credibility: dict[str, float] = Field(description="each agent's credibility before this decision")
    endorsements: dict[str, str] = Field(description="agent -> answer it endorses")
    opinion_credibility: dict[str, float]
    penalty: dict[str, float] = Field(description="anti-bubble factor per answer (1 = none)")
    newcomer_scale: float
    margin: float
    round: int
    explanation: str
    prior: dict[str, float] = Field(default_factory=dict, description="credibility prior in use (mean, strength)")


class CredibilityAggregator:
    def __init__(self, store_url: str | None = None, params: CredibilityParams | Mapping[str, Any] | None = None):
        self.params = params if isinstance(params, CredibilityParams) else CredibilityParams.model_validate(params or {})
        self.store = CredibilityStore(store_url)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> "CredibilityAggregator":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- decide ----------------------------------------------------------------------
    def aggregate(self, question_id: str, opinions: Iterable[Any]) -> Consensus:
        """Decide the question from its opinions (these plus those stored earlier)."""
        question_id = _question(question_id)
        incoming = _latest_per_agent([_opinion(o) for o in opinions])
        return self.store.retrying(lambda conn: self._aggregate(conn, question_id, incoming))

    def _aggregate(self, conn: Any, question_id: str, incoming: list[OpinionIn]) -> Consensus:
        p, st = self.params, self.store
        q = st.lock_question(conn, question_id)
        rnd = q["rounds"]
        existing = {r["agent"]: r for r in st.endorsements(conn, question_id)}
        truth = scoring.belief(json.loads(q["evidence_mass"]))
        seq = max((r["seq"] for r in existing.values()), default=-1) + 1
        changed: list[dict[str, Any]] = []
        for o in incoming:
            old = existing.get(o.agent)
            if old is not None and old["answer"] == o.answer:
                row = {**old, "confidence": o.confidence}
            else:
                # A new (or changed) endorsement earns credit only from evidence that arrives after it: its
                # applied credit starts at what is already known, so copying a revealed truth pays nothing.
                # Credit already applied for a replaced answer stays in the agent's record.
                base = scoring.credit_target(o.answer, rnd, truth, q["resolved"], p)
                row = dict(question_id=question_id, agent=o.agent, answer=o.answer, confidence=o.confidence,
                           round=rnd, seq=seq, applied_alpha=base[0], applied_beta=base[1], applied_evidence=base[2],
                           base_alpha=base[0], base_beta=base[1], base_evidence=base[2], _new=True)
                seq += 1
            existing[o.agent] = row
            changed.append(row)
        st.ensure_agents(conn, list(existing))
        agents = st.agent_stats(conn, list(existing))
        ends = sorted((endorsement_of(r) for r in existing.values()), key=lambda e: (e.round, e.order))
        pr = scoring.prior(st.population(conn, p.population_floor), p)
        t = scoring.tally(ends, agents, st.previous_support(q), p, pr, first_round=rnd == 0)
        now = time.time()
        rows = [dict({k: r[k] for k in _ENDORSEMENT_COLUMNS}, updated=now) for r in changed]
        st.upsert_endorsements(conn, rows)
        st.increment_agents(conn, {r["agent"]: (0.0, 0.0, 0.0, 1) for r in changed if r.get("_new")})
        # Answers nobody endorses any more are kept (raw 0) so K, the number of candidates seen, never shrinks.
        support_state = {a: {"raw": 0.0, "credibility": s.credibility} for a, s in st.previous_support(q).items()}
        support_state.update({a: {"raw": t.raw_support[a], "credibility": t.opinion_credibility[a]}
                              for a in t.raw_support})
        st.update_question(conn, question_id, rounds=rnd + 1, support=support_state, winner=t.winner)
        return _consensus(question_id, rnd, t, ends, pr)

    # -- learn -----------------------------------------------------------------------
    def observe(self, question_id: str, evidence: Evidence | str | Mapping[str, Any]) -> dict[str, Any]:
        """Fold evidence about a question into the credibility of everyone who answered it.

        Returns the question's current truth belief, how resolved it is, and the agents touched.
        """
        question_id = _question(question_id)
        ev = _evidence(evidence)
        return self.store.retrying(lambda conn: self._observe(conn, question_id, ev))

    def _observe(self, conn: Any, question_id: str, ev: Evidence) -> dict[str, Any]:
        p, st = self.params, self.store
        q = st.lock_question(conn, question_id)
        mass = json.loads(q["evidence_mass"])
        for a, v in ev.distribution().items():
            mass[a] = mass.get(a, 0.0) + ev.strength * v
        resolved = 1.0 - (1.0 - q["resolved"]) * (1.0 - ev.strength)
        truth = scoring.belief(mass)
        deltas: dict[str, tuple[float, float, float, int]] = {}
        applied: dict[str, tuple[float, float, float]] = {}
        for r in st.endorsements(conn, question_id):
            # credit moves with the evidence, but never below what was known when it was endorsed: a
            # later correction must not take back credit that the endorsement never got (alpha or
            # beta would go negative, and a late copier of a half-known truth gain from it)
            base = (r["base_alpha"], r["base_beta"], r["base_evidence"])
            target = tuple(max(t, b) for t, b in zip(scoring.credit_target(r["answer"], r["round"], truth, resolved, p), base))
            d = (target[0] - r["applied_alpha"], target[1] - r["applied_beta"], target[2] - r["applied_evidence"])
            if any(abs(x) > 0 for x in d):
                deltas[r["agent"]] = (d[0], d[1], d[2], 0)
                applied[r["agent"]] = target
        st.increment_agents(conn, deltas)
        st.set_applied(conn, question_id, applied)
        st.update_question(conn, question_id, evidence_mass=mass, resolved=resolved)
        return {"question_id": question_id, "truth": truth, "resolved": resolved, "agents": sorted(deltas)}

    # -- inspect ---------------------------------------------------------------------
    def agents(self, agent: str | None = None) -> list[dict[str, Any]]:
        """Stored record of every agent (or one) with its current credibility and weight for K=2."""
        out = []
        with self.store.transaction() as conn:
            pr = scoring.prior(self.store.population(conn, self.params.population_floor), self.params)
        for r in self.store.list_agents(agent):
            s = scoring.AgentStats(r["alpha"], r["beta"], r["evidence"])
            c = scoring.credibility(s, self.params, pr)
            out.append({**r, "credibility": c, "weight_k2": scoring.weight(c, 2),
                        "established": s.evidence >= self.params.established_after})
        return out

    def reset(self, agent: str | None = None) -> int:
        return self.store.reset(agent)


def _opinion(o: Any) -> OpinionIn:
    if isinstance(o, OpinionIn):
        return o
    if isinstance(o, BaseModel):
        return OpinionIn.model_validate(o.model_dump())
    if isinstance(o, (tuple, list)) and len(o) in (2, 3):
        return OpinionIn(agent=o[0], answer=o[1], **({"confidence": o[2]} if len(o) == 3 else {}))
    return OpinionIn.model_validate(o)


def _latest_per_agent(ops: list[OpinionIn]) -> list[OpinionIn]:
    latest: dict[str, OpinionIn] = {}
    for o in ops:
        latest.pop(o.agent, None)
        latest[o.agent] = o
    return list(latest.values())


def _evidence(e: Any) -> Evidence:
    if isinstance(e, Evidence):
        return e
    if isinstance(e, str):
        return Evidence(answer=e)
    return Evidence.model_validate(e)


def _consensus(question_id: str, rnd: int, t: scoring.Tally, ends: list[scoring.Endorsement],
               pr: scoring.Prior) -> Consensus:
    ranked = sorted(t.share.values(), reverse=True)
    margin = ranked[0] - (ranked[1] if len(ranked) > 1 else 0.0) if ranked else 0.0
    return Consensus(
        question_id=question_id, winner=t.winner, support=_r(t.support), share=_r(t.share), weights=_r(t.weights),
        credibility=_r(t.credibility), endorsements={e.agent: e.answer for e in ends},
        opinion_credibility=_r(t.opinion_credibility), penalty=_r(t.penalty), newcomer_scale=round(t.newcomer_scale, 6),
        margin=round(margin, 6), round=rnd, explanation=_explain(t, ends),
        prior={"mean": round(pr.mean, 6), "strength": round(pr.strength, 3)},
    )


def _r(d: dict[str, float]) -> dict[str, float]:
    return {k: round(v, 6) for k, v in d.items()}


def _explain(t: scoring.Tally, ends: list[scoring.Endorsement]) -> str:
    if t.winner is None:
        return "no opinions"
    backers = [e.agent for e in ends if e.answer == t.winner]
    top = sorted(t.weights.items(), key=lambda kv: -kv[1])[:3]
    tied = [a for a, v in t.support.items() if a != t.winner and math.isclose(v, t.support[t.winner], rel_tol=1e-12, abs_tol=1e-15)]
    # answers quoted as JSON strings: guard_text leaves them out of spans and audit unless captured
    lead = (f"{quote(t.winner)} ties with {', '.join(quote(a) for a in tied)} and is taken as the first endorsed, with "
            if tied else f"{quote(t.winner)} wins with ")
    parts = [f"{lead}{t.share[t.winner]:.0%} of credibility-weighted support "
             f"from {len(backers)} of {len(ends)} agents",
             "most influential: " + ", ".join(f"{a} ({w:.2f})" for a, w in top)]
    parts += t.notes
    return "; ".join(parts)
