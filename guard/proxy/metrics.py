"""A few counters in Prometheus text format at `/metrics`: enough to alert on refusals,
upstream failures and saturation without pulling in a metrics library."""
from __future__ import annotations

from collections import Counter


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

    def render(self) -> str:
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
        return "\n".join(lines) + "\n"
