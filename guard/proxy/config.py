"""The policy's `proxy:` section, validated on its own so `guard proxy --check` can
name the exact field that is wrong before anything binds a port."""
from __future__ import annotations

import hashlib
import ipaddress
from typing import Any, Callable, Literal
from urllib.parse import urlsplit

from pydantic import ConfigDict, Field, ValidationError, field_validator

from guard.errors import PolicyError
from guard.settings import Settings
from guard.proxy.egress import proxy_url_problem

HASH_PREFIX = "sha256:"


def hash_key(key: str) -> str:
    """The form API keys are stored in: configs never hold a usable secret."""
    return HASH_PREFIX + hashlib.sha256(key.encode()).hexdigest()


class ProxyConfig(Settings):
    model_config = ConfigDict(extra="forbid")

    upstream: str | None = Field(default=None, description="OpenAI-style base URL incl. version path, e.g. https://api.openai.com/v1")
    host: str = Field(default="127.0.0.1", description="bind address")
    port: int = Field(default=8787, ge=0, le=65535)
    workers: int = Field(default=1, ge=1, le=64)
    agent: str = Field(default="proxy", description="agent name recorded on runs that carry no X-Guard-Agent header")
    api_key_hashes: list[str] = Field(
        default_factory=list, description="`sha256:<hex>` of accepted proxy keys (make one with `guard proxy --new-key`); empty: no auth"
    )
    allow_non_loopback: bool = Field(default=False, description="allow binding beyond loopback even with no api keys configured")
    upstream_key_env: str = Field(default="OPENAI_API_KEY", description="environment variable that holds the upstream API key")
    forward_client_auth: bool = Field(
        default=True, description="with no proxy keys and no upstream key in the environment, pass the client's Authorization on"
    )
    max_body_bytes: int = Field(default=4 * 1024 * 1024, gt=0, description="larger request bodies get 413")
    max_messages: int = Field(
        default=2048, gt=0, description="more messages in one request get 400 (OpenAI's own limit): each new one may be a check"
    )
    request_check_budget_s: float | None = Field(
        default=30.0, gt=0, le=86_400, allow_inf_nan=False, description="checking one request's new messages may take this "
        "long; then it gets 503 with Retry-After: one request of thousands of crafted messages cannot hold a worker for "
        "minutes (null: no limit; the `guard_openai` wrapper has none, its caller is the agent itself)"
    )
    upstream_timeout_s: float = Field(default=60.0, gt=0, le=86_400, allow_inf_nan=False, description="per read/connect; exceeded → 504")
    upstream_connect_timeout_s: float = Field(default=5.0, gt=0, le=86_400, allow_inf_nan=False)
    max_connections: int = Field(default=512, gt=0, description="pooled connections to the upstream")
    upstream_client: Literal["auto", "aiohttp", "httpx"] = Field(
        default="auto", description="what carries httpx requests to the upstream: aiohttp's C parser (auto: when installed) "
        "or httpx's own pool (httpcore)"
    )
    upstream_proxy: str = Field(
        default="env", description="egress proxy to the upstream: 'env' (HTTPS_PROXY / HTTP_PROXY / ALL_PROXY with NO_PROXY, read "
        "at start, as the openai client does), 'none', or an http(s):// proxy URL without credentials"
    )
    upstream_proxy_auth_env: str = Field(
        default="GUARD_UPSTREAM_PROXY_AUTH", description="environment variable holding `user:password` for the egress proxy "
        "(the policy is hashed into every audit record, so it never holds the password)"
    )
    upstream_keepalive_s: float = Field(
        default=4.0, gt=0, le=86_400, allow_inf_nan=False, description="idle upstream connections are dropped after this; keep it below the upstream's own idle timeout "
        "(uvicorn: 5 s) so a request never lands on a connection the upstream is closing"
    )
    hold_back_chars: int = Field(
        default=64, ge=0, le=65536, description="streamed text kept back so output checks can still stop or rewrite it"
    )
    max_stream_chars: int = Field(
        default=8_000_000, gt=0, description="a streamed answer longer than this (its text and tool-call arguments, all choices "
        "together) ends with an upstream error: one that never ends would hold its text and a connection for ever"
    )
    stream_output_checks: bool = Field(
        default=True, description="check partial output (partial=True) each time a hold-back window of text is released"
    )
    pass_through_fields: list[str] = Field(
        default_factory=list, description="response message/delta fields forwarded although no check reads them (e.g. "
        "reasoning_content); by default only role, content, tool calls and finish reasons carry text to the client"
    )
    refusal_style: Literal["content", "guard_refusal"] = Field(
        default="content", description="a refused tool call becomes assistant text, or a call to the `guard_refusal` pseudo-tool"
    )
    check_model_request: bool = Field(default=True, description="run the model_request hook on the forwarded messages")
    gc_freeze: bool = Field(
        default=True, description="after warm-up, the server moves what start-up built to the collector's permanent generation, "
        "so a full collection no longer walks it while requests wait (230-470 ms pauses under load without)"
    )
    gc_young_threshold: int | None = Field(
        default=10_000, ge=100, le=1_000_000, description="allocations between young-generation collections in the server process "
        "(Python's default 700 promotes requests still in flight into the old generation); null leaves Python's setting"
    )

    @field_validator("api_key_hashes")
    @classmethod
    def _hashed(cls, v: list[str]) -> list[str]:
        for i, h in enumerate(v):
            hexpart = h[len(HASH_PREFIX):] if h.startswith(HASH_PREFIX) else ""
            if len(hexpart) != 64 or any(c not in "0123456789abcdef" for c in hexpart):
                raise ValueError(f"item {i} must be 'sha256:' + 64 lowercase hex digits (store hashes, never keys)")
        return v

    @field_validator("upstream")
    @classmethod
    def _url(cls, v: str | None) -> str | None:
        if v is None:
            return v
        if not v.startswith(("http://", "https://")):
            raise ValueError("must be an http:// or https:// URL such as https://api.openai.com/v1")
        try:
            parts = urlsplit(v)
            parts.port  # noqa: B018 - raises on a port that is no number or out of range (`:abc`, `:99999`)
            has_credentials = parts.username is not None or parts.password is not None
        except ValueError:  # a bad port or bracket (not quoted back: a mistyped "host:password" would be)
            raise ValueError("is not a valid URL (its host or port cannot be read)") from None
        if not parts.hostname:
            raise ValueError("must name a host, such as https://api.openai.com/v1")
        if has_credentials:  # shown by /readyz and `--check`, and hashed into every audit record with the policy
            raise ValueError("must not carry credentials (user:password@): put the upstream's key in the "
                             "variable named by proxy.upstream_key_env")
        return v.rstrip("/")

    @field_validator("upstream_proxy")
    @classmethod
    def _proxy_url(cls, v: str) -> str:
        if v in ("env", "none"):
            return v
        problem = proxy_url_problem(v)
        if problem:
            raise ValueError(f"{problem} (or 'env' / 'none')")
        parts = urlsplit(v)
        if parts.username is not None or parts.password is not None:
            raise ValueError("must not carry credentials: the policy is hashed into every audit record; "
                             "put user:password in the variable named by proxy.upstream_proxy_auth_env")
        return v

    @property
    def shown_upstream(self) -> str | None:
        """The upstream as /readyz and the command line show it: without a query (a gateway
        may take its key as `?key=`)."""
        if self.upstream is None:
            return None
        parts = urlsplit(self.upstream)
        return f"{parts.scheme}://{parts.netloc}{parts.path}" + ("?…" if parts.query else "")

    @property
    def auth_required(self) -> bool:
        return bool(self.api_key_hashes)


def is_loopback(host: str) -> bool:
    if host in ("localhost",):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def load_proxy_config(section: dict[str, Any] | None, overrides: dict[str, Any] | None = None, origin: str = "policy") -> ProxyConfig:
    """Validate `proxy:` plus CLI overrides; errors name `proxy.<field>`."""
    data = dict(section or {})
    data.update({k: v for k, v in (overrides or {}).items() if v is not None})
    try:
        cfg = ProxyConfig.model_validate(data)
    except ValidationError as exc:
        raise PolicyError(_problems(exc, lambda field: "proxy." + field), origin) from None
    return cfg


def check_overrides(overrides: dict[str, Any], flags: dict[str, str]) -> list[str]:
    """Problems with command-line overrides, each named by its flag (`--port: …`): a bad
    flag is the command line's fault, not the policy's. Checked alone (every field has a
    default and its own validator), before the policy's section is merged in."""
    try:
        ProxyConfig.model_validate({k: v for k, v in overrides.items() if v is not None})
    except ValidationError as exc:
        return _problems(exc, lambda field: flags.get(field, "proxy." + field))
    return []


def _problems(exc: ValidationError, name: Callable[[str], str]) -> list[str]:
    """`where: what` lines; `name` turns the top-level field into how the user wrote it."""
    lines = []
    for err in exc.errors():
        head, *rest = err["loc"] or ("",)
        path = name(str(head)) + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in rest)
        msg = err["msg"].replace("Value error, ", "").replace("Extra inputs are not permitted", "unknown field")
        lines.append(f"{path}: {msg}")
    return lines


def check_bind(cfg: ProxyConfig) -> str | None:
    """Why this config must not serve, or None. Unauthenticated proxies stay on loopback."""
    if not cfg.upstream:
        return "proxy.upstream: is required (pass --upstream or set it in the policy's proxy section)"
    if not cfg.auth_required and not is_loopback(cfg.host) and not cfg.allow_non_loopback:
        return (
            f"proxy.host: refusing to bind {cfg.host!r} without api keys; configure proxy.api_key_hashes "
            "or set proxy.allow_non_loopback: true (--allow-non-loopback)"
        )
    return None
