"""OpenAI-shaped errors, so clients' own error handling keeps working behind the proxy."""
from __future__ import annotations

import json
from typing import Any


class ProxyError(Exception):
    """An error answered as `{"error": {"message", "type", "code", "param"}}` with an HTTP status."""

    def __init__(self, status: int, message: str, type: str, code: str | None = None, param: str | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type
        self.code = code
        self.param = param  # the request field at fault, as OpenAI names it: `messages[1].tool_calls[0].function`
        self.headers: dict[str, str] = {}  # sent with the error (`Retry-After`)

    def body(self) -> dict[str, Any]:
        return error_body(self.message, self.type, self.code, self.param)

    def sse(self) -> bytes:
        """The same error as an SSE event, for failures after a stream has started."""
        return b"data: " + json.dumps(self.body(), ensure_ascii=False).encode() + b"\n\n"


def error_body(message: str, type: str, code: str | None = None, param: str | None = None) -> dict[str, Any]:
    return {"error": {"message": message, "type": type, "param": param, "code": code}}


def bad_request(message: str, code: str = "invalid_request", param: str | None = None) -> ProxyError:
    return ProxyError(400, message, "invalid_request_error", code, param)


def unsupported_encoding(encoding: str) -> ProxyError:
    return ProxyError(415, f"The request body's Content-Encoding {encoding[:40]!r} is not supported: send it uncompressed.",
                      "invalid_request_error", "unsupported_content_encoding")


def unauthorized() -> ProxyError:
    return ProxyError(401, "Missing or invalid proxy API key (send `Authorization: Bearer <key>`).", "authentication_error", "invalid_api_key")


def too_large(limit: int) -> ProxyError:
    return ProxyError(413, f"Request body exceeds the proxy limit of {limit} bytes.", "invalid_request_error", "request_too_large")


def upstream_timeout(seconds: float) -> ProxyError:
    return ProxyError(504, f"The upstream did not answer within {seconds:g} s.", "upstream_error", "upstream_timeout")


def bad_gateway(message: str, code: str = "upstream_error") -> ProxyError:
    return ProxyError(502, message, "upstream_error", code)


HALT_PREFIX = "The guard halted this run: "


def client_gone() -> ProxyError:
    """The client closed the connection before the request was forwarded: nothing more is
    checked or sent upstream. 499 is nginx's status for it; no one reads the answer."""
    return ProxyError(499, "The client closed the request before it was forwarded.", "invalid_request_error", "client_closed_request")


def audit_unavailable() -> ProxyError:
    """The guard could not record a decision (the audit database is down or far behind). The
    reason stays in the server log: it may name the database."""
    return ProxyError(
        503, "The guard could not record its decision in the audit trail, so the request went no further. "
        "Retry later.", "server_error", "audit_unavailable",
    )


def check_budget_spent(seconds: float, checked: int, left: int) -> ProxyError:
    """Checking the request's new messages took longer than `request_check_budget_s` (a loaded
    proxy, or a request too costly to check). A retry skips the earlier turns' messages checked
    so far; the newest turn's are checked again."""
    err = ProxyError(
        503, f"Checking this request's messages took longer than the proxy allows ({seconds:g} s, "
        f"proxy.request_check_budget_s): {checked} checked, {left} not yet. A retry skips the earlier turns' "
        "messages checked so far; if it fails again, send fewer or shorter new messages.", "server_error",
        "check_budget_spent",
    )
    err.headers = {"retry-after": "1"}
    return err


def halted(reason: str) -> ProxyError:
    return ProxyError(403, HALT_PREFIX + reason, "guard_halted", "run_halted")
