"""Bearer tokens: random, shown once, stored only as a hash."""

from __future__ import annotations

import hashlib
import hmac
import secrets


def new_token() -> str:
    """A fresh unguessable token (256 bits)."""
    return secrets.token_urlsafe(32)


def hash_token(token: str) -> bytes:
    """The stored form of a token. The token carries 256 random bits, so a fast hash is
    enough: there is nothing to brute-force as there is with passwords."""
    return hashlib.sha256(token.encode("utf-8")).digest()


def tokens_equal(given: str, expected: str) -> bool:
    """Constant-time comparison, so response timing says nothing about the token."""
    return hmac.compare_digest(hash_token(given), hash_token(expected))


def bearer_token(authorization: str | None) -> str | None:
    """The token from an ``Authorization: Bearer …`` header, or None."""
    if not authorization:
        return None
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()
