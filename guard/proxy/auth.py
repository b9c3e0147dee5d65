"""Proxy API keys: compared as hashes in constant time, never stored or logged in clear."""
from __future__ import annotations

import hmac
import secrets

from guard.proxy.config import hash_key


def bearer(header: str | None) -> str | None:
    if not header:
        return None
    scheme, _, value = header.partition(" ")
    return value.strip() or None if scheme.lower() == "bearer" else None


class KeyChecker:
    def __init__(self, hashes: list[str]):
        self._hashes = [h.encode() for h in hashes]

    @property
    def enabled(self) -> bool:
        return bool(self._hashes)

    def accepts(self, authorization: str | None, x_api_key: str | None = None) -> bool:
        return self.client_tag(authorization, x_api_key) is not None

    def client_tag(self, authorization: str | None, x_api_key: str | None = None) -> str | None:
        """Which client a request comes from, for state kept per client (halted runs): its key's
        stored hash, shortened; "" with no keys configured (one client: the loopback's); None when
        the key is missing or wrong. The key is hashed once for both answers."""
        if not self._hashes:
            return ""
        key = bearer(authorization) or x_api_key
        if not key:
            return None
        digest = hash_key(key).encode()
        ok = False
        for h in self._hashes:  # no early exit: timing says nothing about which key matched
            ok |= hmac.compare_digest(digest, h)
        return digest.decode()[-16:] if ok else None


def new_key() -> str:
    return "agk-" + secrets.token_urlsafe(32)
