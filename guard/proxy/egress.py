"""Which egress proxy, if any, carries the requests to the upstream.

Platform networks often reach LLM APIs only through a forward proxy, and the openai client
and httpx honour the usual environment variables for it. The proxy's transports are used
without httpx's client layer, so this module does that part: it is decided once at start,
for the one upstream host, and a wrong value stops the start with a message that names the
setting or the variable (never its credentials).
"""
from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass
from typing import Mapping
from urllib.parse import urlsplit

from guard.errors import PolicyError

SCHEMES = ("http", "https")


@dataclass(frozen=True)
class Egress:
    url: str  # may carry user:password for the proxy; never print it, print `shown`
    source: str  # "proxy.upstream_proxy" or the environment variable it came from

    @property
    def shown(self) -> str:
        """The proxy without its credentials, for logs, errors and `--check`."""
        parts = urlsplit(self.url)
        return f"{parts.scheme}://{parts.hostname}" + (f":{parts.port}" if parts.port else "")


def resolve_egress(upstream: str, setting: str, environ: Mapping[str, str] | None = None) -> Egress | None:
    """The proxy for `upstream` under `setting` ('env', 'none' or a URL); None: connect directly."""
    if setting == "none":
        return None
    if setting != "env":
        return Egress(_checked(setting, "proxy.upstream_proxy"), "proxy.upstream_proxy")
    env = os.environ if environ is None else environ
    target = urlsplit(upstream)
    for name in (f"{target.scheme}_proxy", "all_proxy"):
        var, value = _getenv(env, name)
        if value:
            break
    else:
        return None
    port = target.port or (443 if target.scheme == "https" else 80)
    if _bypassed(target.hostname or "", port, _getenv(env, "no_proxy")[1]):
        return None
    return Egress(_checked(value if "://" in value else "http://" + value, var), var)


def _getenv(env: Mapping[str, str], name: str) -> tuple[str, str]:
    """Lower case first, as curl, httpx and urllib read these variables."""
    for var in (name, name.upper()):
        value = (env.get(var) or "").strip()
        if value:
            return var, value
    return name, ""


def _checked(url: str, where: str) -> str:
    origin = "policy" if where.startswith("proxy.") else "environment"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises on a port that is not a number
    except ValueError:
        raise PolicyError([f"{where}: is not a proxy URL (its port is not a number)"], origin) from None
    if parts.scheme not in SCHEMES or not parts.hostname:
        shown = f"{parts.scheme}://…" if parts.scheme else "a value without a scheme"
        raise PolicyError([f"{where}: must be an http:// or https:// proxy URL with a host (got {shown}); SOCKS is not supported"], origin)
    return url


def _bypassed(host: str, port: int, no_proxy: str) -> bool:
    """NO_PROXY: `*`, host names (a leading dot optional; subdomains match), IPs, CIDR ranges, each
    optionally with `:port`."""
    host = host.lower().rstrip(".")
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        ip = None
    for entry in (e.strip().lower() for e in no_proxy.split(",")):
        if not entry:
            continue
        if entry == "*":
            return True
        name, want_port = entry, None
        if entry.startswith("[") and "]" in entry:  # [::1] or [::1]:8080
            name, rest = entry[1:].split("]", 1)
            want_port = rest[1:] if rest.startswith(":") else None
        elif entry.count(":") == 1:
            name, want_port = entry.split(":")
        if want_port is not None and want_port != str(port):
            continue
        if ip is not None:
            try:
                if ip in ipaddress.ip_network(name, strict=False):
                    return True
            except ValueError:
                pass
            continue
        name = name.lstrip(".").rstrip(".")
        if name and (host == name or host.endswith("." + name)):
            return True
    return False
