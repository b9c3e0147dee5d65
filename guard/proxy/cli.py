"""`guard proxy`: serve, or `--check` a policy's proxy settings without serving.

Importable without the `proxy` extra: the command is always listed, and says what to
install when fastapi/uvicorn are missing.
"""
from __future__ import annotations

import argparse
import os
import sys
from typing import Any


def register(cli: Any) -> None:
    p = cli.command("proxy", help="OpenAI-compatible guarded gateway: checks requests, streamed tool calls and output")
    p.add_argument("--policy", default="default", help="policy pack name or YAML file (its `proxy:` section configures the proxy)")
    p.add_argument("--upstream", help="upstream base URL including the version path, e.g. https://api.openai.com/v1")
    p.add_argument("--host", help="bind address (default 127.0.0.1)")
    p.add_argument("--port", type=int, help="port (default 8787)")
    p.add_argument("--workers", type=int, help="uvicorn worker processes (default 1)")
    p.add_argument("--hold-back", type=int, dest="hold_back_chars", help="streamed characters held back for output checks")
    p.add_argument("--refusal-style", choices=["content", "guard_refusal"], help="how a refused tool call reaches the client")
    p.add_argument("--allow-non-loopback", action="store_true", default=None, help="bind beyond loopback with no proxy API keys")
    p.add_argument("--pass-through", action="store_true", help="relay without checks (measures the proxy's own cost)")
    p.add_argument("--check", action="store_true", help="validate the policy and proxy settings, print them, and exit")
    p.add_argument("--new-key", action="store_true", help="print a new proxy API key and the hash to put in proxy.api_key_hashes")
    p.add_argument("--log-level", default="warning", help="uvicorn log level")
    p.set_defaults(func=_handle)


# proxy config field → the flag that overrides it, so a bad value is blamed on the flag, not the policy
FLAGS = {"upstream": "--upstream", "host": "--host", "port": "--port", "workers": "--workers",
         "hold_back_chars": "--hold-back", "refusal_style": "--refusal-style", "allow_non_loopback": "--allow-non-loopback"}


def _overrides(args: argparse.Namespace) -> dict[str, Any]:
    return {k: getattr(args, k) for k in FLAGS if getattr(args, k, None) is not None}


def _handle(args: argparse.Namespace) -> int:
    from guard.errors import PolicyError
    from guard.proxy.config import check_bind, check_overrides, hash_key

    if args.new_key:
        from guard.proxy.auth import new_key

        key = new_key()
        print(f"key:  {key}\nhash: {hash_key(key)}\n(give the key to clients; put only the hash in proxy.api_key_hashes)")
        return 0
    from guard.proxy.server import load_settings

    overrides = _overrides(args)
    problems = check_overrides(overrides, FLAGS)
    if problems:
        print("guard proxy: " + "\n  ".join(problems), file=sys.stderr)
        return 2
    try:
        policy, cfg = load_settings(args.policy, overrides)
    except PolicyError as exc:
        print(f"guard proxy: {exc}", file=sys.stderr)
        return 2
    problem = check_bind(cfg)
    if problem:
        print(f"guard proxy: {problem}", file=sys.stderr)
        return 2
    from guard.proxy.egress import resolve_egress

    try:  # a malformed HTTPS_PROXY stops the start here, by name, not in every worker
        egress = resolve_egress(cfg.upstream or "", cfg.upstream_proxy, cfg.upstream_proxy_auth_env)
    except PolicyError as exc:
        print(f"guard proxy: {exc}", file=sys.stderr)
        return 2
    try:
        import starlette  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError as exc:
        print(f"guard proxy: needs the proxy extra (pip install 'agentguard[proxy]'): {exc}", file=sys.stderr)
        return 2
    warning = upstream_path_warning(cfg.upstream or "")
    if warning:
        print(f"guard proxy: warning: {warning}", file=sys.stderr)
    if args.check:
        auth = f"{len(cfg.api_key_hashes)} API key hash(es)" if cfg.auth_required else "none (loopback only)"
        print(
            f"ok: policy {policy.name} v{policy.version_text} ({len(policy.interceptors)} interceptors)\n"
            f"  upstream {cfg.shown_upstream} ({_upstream_key(cfg)}), "
            f"{f'through the egress proxy {egress.shown} (from {egress.source})' if egress else 'connected directly'}\n"
            f"  listen {cfg.host}:{cfg.port}, workers {cfg.workers}, auth {auth}\n"
            f"  hold-back {cfg.hold_back_chars} chars, refusal style {cfg.refusal_style}, body limit {cfg.max_body_bytes} bytes, "
            f"upstream timeout {cfg.upstream_timeout_s:g} s"
        )
        return 0
    from guard.proxy.server import serve

    via = f" via {egress.shown}" if egress else ""
    print(f"guard proxy: {policy.name} v{policy.version_text} → {cfg.shown_upstream}{via} on http://{cfg.host}:{cfg.port}/v1", file=sys.stderr)
    serve(args.policy, overrides, cfg, pass_through=args.pass_through, log_level=args.log_level)
    return 0


def upstream_path_warning(url: str) -> str | None:
    """A likely mistake in `--upstream`'s path, said before the first request gets a bare 404."""
    from urllib.parse import urlsplit

    path = urlsplit(url).path.rstrip("/")
    if path.endswith(("/chat/completions", "/completions", "/models")):
        return (f"--upstream {path!r} names an endpoint; give the base URL a client would use as "
                "base_url (e.g. https://api.openai.com/v1): the proxy adds /chat/completions itself")
    if not path:
        return ("--upstream has no path; OpenAI-style APIs are served under a version path "
                "(e.g. https://api.openai.com/v1), and without it every request may get HTTP 404")
    return None


def _upstream_key(cfg: Any) -> str:
    """Which key the upstream will get, as --check reports it (never the key itself)."""
    if os.environ.get(cfg.upstream_key_env):
        return f"key from ${cfg.upstream_key_env}"
    if cfg.forward_client_auth and not cfg.auth_required:
        return f"${cfg.upstream_key_env} is not set: each client's own Authorization header is passed on"
    return f"${cfg.upstream_key_env} is not set: requests go without a key"
