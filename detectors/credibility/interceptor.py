"""`credibility.aggregate`: the interceptor on the `opinions` hook.

It answers every `OpinionsEvent` with the credibility-weighted consensus in
`details["consensus"]` (winner, support per answer, weight per agent, explanation), the
winner's support share and margin in `scores`, and escalates when support is too split
(if configured). Truth arrives later through `CredibilityAggregator.observe` (or
`guard credibility observe`), against the same store.
"""
from __future__ import annotations

import threading
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field, field_validator

from guard.events import Event, Hook, OpinionsEvent
from guard.interceptors import BaseInterceptor, CheckContext
from guard.redaction import quote
from guard.settings import Settings
from guard.verdicts import Verdict

from detectors.credibility.params import CredibilityParams


class CredibilityConfig(Settings):
    model_config = ConfigDict(extra="forbid")

    store_url: str | None = Field(
        None, description="SQLAlchemy URL of the credibility store. Default: $AGENTGUARD_CREDIBILITY_URL, else "
        "sqlite:///<user data dir>/agentguard/credibility.db. Use postgresql+psycopg://... when several processes "
        "or hosts share credibility.")
    params: CredibilityParams = Field(default_factory=CredibilityParams)

    @field_validator("store_url")
    @classmethod
    def _supported_database(cls, v: str | None) -> str | None:
        """A URL whose database or driver is not there (`mysql://…` without MySQLdb) validated, and
        the first opinions were refused. Any SQLAlchemy database with its driver installed is kept."""
        if v:
            from sqlalchemy.engine import make_url

            from guard.audit.engine import AuditError, normalize_url, safe_url

            try:
                url = make_url(normalize_url(v))
                url.get_dialect().import_dbapi()
            except AuditError as exc:
                raise ValueError(str(exc)) from None
            except ImportError as exc:
                raise ValueError(f"the driver for {safe_url(url)} is not installed ({exc})") from None
            except Exception:  # noqa: BLE001 - SQLAlchemy's ArgumentError or NoSuchModuleError, a bad port
                raise ValueError("not a database URL SQLAlchemy can open (sqlite:///path, postgresql://…)") from None
        return v
    escalate_below_share: float = Field(
        0.0, ge=0.0, le=1.0, description="Escalate when the winner's share of credibility-weighted support is "
        "below this (0 = never). E.g. 0.51 asks for a human or more agents unless one answer holds a majority of "
        "the credible weight. With either threshold set, a tie for first place always escalates.")
    escalate_below_margin: float = Field(
        0.0, ge=0.0, le=1.0, description="Escalate when the winner leads the runner-up by less than this share "
        "(0 = never).")


class CredibilityInterceptor(BaseInterceptor):
    hooks: ClassVar[frozenset[Hook]] = frozenset({Hook.OPINIONS})
    Config: ClassVar[type[BaseModel]] = CredibilityConfig

    def __init__(self, config: BaseModel | dict[str, Any] | None = None):
        super().__init__(config)
        self._aggregator: Any = None
        self._init_lock = threading.Lock()

    @property
    def aggregator(self) -> Any:
        """Opened on first use, so loading a policy never touches the database."""
        if self._aggregator is None:
            with self._init_lock:
                if self._aggregator is None:
                    from detectors.credibility.aggregator import CredibilityAggregator

                    self._aggregator = CredibilityAggregator(self.config.store_url, self.config.params)
        return self._aggregator

    def warmup(self) -> None:
        """Open the store now (SQLAlchemy's import, the connection, the tables: about a second on
        a slow host), so the first opinions are not refused for the default timeout."""
        _ = self.aggregator

    def check(self, event: Event, ctx: CheckContext) -> Verdict:
        if not isinstance(event, OpinionsEvent):
            return Verdict.allow()
        consensus = self.aggregator.aggregate(event.question_id, event.opinions)
        details = {"consensus": consensus.model_dump(mode="json")}
        kw = {"details": details, "audit_details": {"consensus": _kept(details["consensus"])}}
        share = consensus.share.get(consensus.winner, 0.0) if consensus.winner is not None else 0.0
        scores = {"support_share": share, "margin": consensus.margin, "agents": float(len(consensus.weights))}
        # Every agent's weight as a score too: the decision span carries scores as `guard.scores.*` attributes,
        # so the one span of this aggregation shows each agent's influence.
        scores.update({f"weight.{agent}": w for agent, w in consensus.weights.items()})
        cfg = self.config
        if consensus.winner is None:
            return Verdict.escalate("no opinions to aggregate", rule="credibility.empty", scores=scores,
                                    **kw)
        if share < cfg.escalate_below_share:
            return Verdict.escalate(f"support too split: {quote(consensus.winner)} holds only {share:.0%} of the "
                                    f"credibility-weighted support", rule="credibility.split", scores=scores,
                                    **kw)
        if consensus.margin < cfg.escalate_below_margin:
            return Verdict.escalate(f"too close: {quote(consensus.winner)} leads by {consensus.margin:.0%}",
                                    rule="credibility.close", scores=scores, **kw)
        tied = consensus.margin <= 1e-9 and len(consensus.support) > 1
        if tied and (cfg.escalate_below_share > 0 or cfg.escalate_below_margin > 0):
            # a tie for first place is broken only by which answer was endorsed first
            return Verdict.escalate(f"tie: {quote(consensus.winner)} and another answer hold the same credibility-weighted "
                                    "support", rule="credibility.tie", scores=scores, **kw)
        return Verdict.allow(reasons=[consensus.explanation], rule="credibility.consensus", scores=scores,
                             **kw)

    def close(self) -> None:
        if self._aggregator is not None:
            self._aggregator.close()
            self._aggregator = None


def _kept(c: dict[str, Any]) -> dict[str, Any]:
    """The consensus as the audit record keeps it: answers are the agents' output (content),
    listed once and quoted, so that they are left out unless content is captured; the maps
    keyed by answer are keyed by its index there."""
    answers = list(dict.fromkeys([*c["support"], *c["endorsements"].values()]))
    index = {a: str(i) for i, a in enumerate(answers)}

    def by_index(m: dict[str, Any]) -> dict[str, Any]:
        return {index.get(a, "?"): v for a, v in m.items()}

    return {**c, "answers": [quote(a) for a in answers], "winner": index.get(c["winner"]),
            "support": by_index(c["support"]), "share": by_index(c["share"]), "penalty": by_index(c["penalty"]),
            "opinion_credibility": by_index(c["opinion_credibility"]),
            "endorsements": {agent: index[a] for agent, a in c["endorsements"].items()}}
