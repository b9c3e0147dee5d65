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
from dataclasses import dataclass, field
from typing import Mapping
from urllib.parse import quote, urlsplit, urlunsplit

from guard.errors import PolicyError

SCHEMES = ("http", "https")


@dataclass(frozen=True)
class Egress:
    url: str = field(repr=False)  # may carry user:password for the proxy: print `shown`, never this
    source: str  # "proxy.upstream_proxy" or the environment variable it came from

    @property
    def shown(self) -> str:
        """The proxy without its credentials, for logs, errors and `--check`."""
        parts = urlsplit(self.url)
        host = parts.hostname or ""
        host = f"[{host}]" if ":" in host else host
        return f"{parts.scheme}://{host}" + (f":{parts.port}" if parts.port is not None else "")


def proxy_url_problem(url: str) -> str | None:
    """Why `url` is not a usable proxy URL, or None. Never quotes the URL (it may hold a password)."""
    if any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in url):
        return "must not contain spaces or control characters"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises on a port that is not a number
    except ValueError:
        return "is not a proxy URL (its host or port cannot be read)"
    if parts.scheme not in SCHEMES or not parts.hostname:
        return "must be an http:// or https:// proxy URL with a host; SOCKS is not supported"
    return None


def resolve_egress(upstream: str, setting: str, auth_env: str | None = None, environ: Mapping[str, str] | None = None) -> Egress | None:
    """The proxy for `upstream` under `setting` ('env', 'none' or a URL); None: connect directly.

    `auth_env` names a variable holding `user:password` for a proxy URL that carries none (the
    policy file is hashed into every audit record, so credentials never live there)."""
    if setting == "none":
        return None
    env = os.environ if environ is None else environ
    if setting != "env":
        egress = Egress(_checked(setting, "proxy.upstream_proxy"), "proxy.upstream_proxy")
    else:
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
        egress = Egress(_checked(value if "://" in value else "http://" + value, var), var)
    credentials = (env.get(auth_env) or "") if auth_env else ""
    parts = urlsplit(egress.url)
    if credentials and parts.username is None:
        user, _, password = credentials.partition(":")
        netloc = f"{quote(user, safe='')}:{quote(password, safe='')}@{parts.netloc}"
        egress = Egress(urlunsplit(parts._replace(netloc=netloc)), egress.source)
    return egress


def _getenv(env: Mapping[str, str], name: str) -> tuple[str, str]:
    """Lower case first, as curl, httpx and urllib read these variables: a lower-case variable
    that is set, even empty, hides the upper-case one."""
    var = name if name in env else name.upper()
    return var, (env.get(var) or "").strip()


def _checked(url: str, where: str) -> str:
    problem = proxy_url_problem(url)
    if problem:
        raise PolicyError([f"{where}: {problem}"], "policy" if where.startswith("proxy.") else "environment")
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
