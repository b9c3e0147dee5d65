"""A few counters in Prometheus text format at `/metrics`: enough to alert on refusals,
upstream failures, saturation and an audit trail that has stopped being written, without
pulling in a metrics library."""
from __future__ import annotations

from collections import Counter
from typing import Any


class ProxyMetrics:
    def __init__(self) -> None:
        self.requests: Counter[tuple[str, int]] = Counter()
        self.decisions: Counter[tuple[str, str]] = Counter()
        self.upstream_errors: Counter[str] = Counter()
        self.tool_calls_refused = 0
        self.in_flight = 0
        self.streams = 0

    def request(self, endpoint: str, status: int) -> None:
        self.requests[(endpoint, status)] += 1

    def decided(self, hook: str, action: str) -> None:
        self.decisions[(hook, action)] += 1

    def render(self, audit: dict[str, Any] | None = None) -> str:
        """`audit`: the audit store's `stats()` (none for a pass-through relay). Its error text
        stays out: it may name the database."""
        lines = [
            "# HELP guard_proxy_requests_total Requests answered, by endpoint and HTTP status.",
            "# TYPE guard_proxy_requests_total counter",
        ]
        lines += [f'guard_proxy_requests_total{{endpoint="{e}",status="{s}"}} {n}' for (e, s), n in sorted(self.requests.items())]
        lines += [
            "# HELP guard_proxy_decisions_total Guard decisions taken by the proxy, by hook and action.",
            "# TYPE guard_proxy_decisions_total counter",
        ]
        lines += [f'guard_proxy_decisions_total{{hook="{h}",action="{a}"}} {n}' for (h, a), n in sorted(self.decisions.items())]
        lines += [
            "# HELP guard_proxy_upstream_errors_total Upstream failures, by error code.",
            "# TYPE guard_proxy_upstream_errors_total counter",
        ]
        lines += [f'guard_proxy_upstream_errors_total{{code="{c}"}} {n}' for c, n in sorted(self.upstream_errors.items())]
        lines += [
            "# TYPE guard_proxy_tool_calls_refused_total counter",
            f"guard_proxy_tool_calls_refused_total {self.tool_calls_refused}",
            "# TYPE guard_proxy_streams_total counter",
            f"guard_proxy_streams_total {self.streams}",
            "# TYPE guard_proxy_in_flight gauge",
            f"guard_proxy_in_flight {self.in_flight}",
        ]
        if audit is not None:
            lines += [
                "# HELP guard_audit_records_written_total Audit records this process has committed.",
                "# TYPE guard_audit_records_written_total counter",
                f"guard_audit_records_written_total {audit.get('written', 0)}",
                "# HELP guard_audit_records_pending Audit records queued and not yet committed (buffered durability).",
                "# TYPE guard_audit_records_pending gauge",
                f"guard_audit_records_pending {audit.get('pending', 0)}",
                "# HELP guard_audit_records_dropped_total Audit records dropped because their id was already in the trail.",
                "# TYPE guard_audit_records_dropped_total counter",
                f"guard_audit_records_dropped_total {audit.get('dropped', 0)}",
                "# HELP guard_audit_write_failing 1 while the last audit write failed and is being retried.",
                "# TYPE guard_audit_write_failing gauge",
                f"guard_audit_write_failing {int(audit.get('last_error') is not None)}",
            ]
        return "\n".join(lines) + "\n"
