"""Build the proxy app from a policy, and serve it with uvicorn (one or more workers)."""
from __future__ import annotations

import json
import os
from typing import Any

from guard.proxy.config import ProxyConfig, load_proxy_config

SETTINGS_ENV = "AGENTGUARD_PROXY_SETTINGS"


def load_settings(policy_source: Any, overrides: dict[str, Any] | None = None) -> tuple[Any, ProxyConfig]:
    """The validated policy and its proxy section (plus CLI overrides); raises PolicyError."""
    from guard.policy import load_policy

    policy = load_policy(policy_source)
    origin = policy_source if isinstance(policy_source, str) else "policy"
    return policy, load_proxy_config(policy.proxy, overrides, origin=origin)


def build_app(policy_source: Any, overrides: dict[str, Any] | None = None, pass_through: bool = False, transport: Any = None,
              server_gc: bool = False, **guard_kw: Any):
    from guard.proxy.app import create_app
    from guard.proxy.backend import GuardBackend, PassThroughBackend

    policy, cfg = load_settings(policy_source, overrides)
    if pass_through:
        backend: Any = PassThroughBackend()
    else:
        from guard.core import Guard

        backend = GuardBackend(Guard(policy, **guard_kw))
    return create_app(cfg, backend, transport=transport, server_gc=server_gc)


def app_from_env():
    """uvicorn factory for `--workers N`: each worker process builds its own app."""
    settings = json.loads(os.environ[SETTINGS_ENV])
    return build_app(settings["policy"], settings.get("overrides"), settings.get("pass_through", False), server_gc=True)


def serve(policy_source: str, overrides: dict[str, Any], cfg: ProxyConfig, pass_through: bool = False, log_level: str = "warning") -> None:
    import uvicorn

    common = dict(host=cfg.host, port=cfg.port, log_level=log_level, access_log=False, timeout_graceful_shutdown=10)
    if cfg.workers > 1:
        os.environ[SETTINGS_ENV] = json.dumps({"policy": policy_source, "overrides": overrides, "pass_through": pass_through})
        uvicorn.run("guard.proxy.server:app_from_env", factory=True, workers=cfg.workers, **common)
    else:
        uvicorn.run(build_app(policy_source, overrides, pass_through, server_gc=True), **common)
