"""The secret every process of one deployment shares: set by MATCHMAKER_SECRET_KEY, or made
once and kept in PostgreSQL, so any number of hosts sharing the database agree on it without
configuration, and a restart keeps forms and calendar feed addresses valid."""

from __future__ import annotations

import hashlib
import hmac

import asyncpg

from matchmaker.tokens import new_token

SECRET_NAME = "app"  # noqa: S105 - the name of the row, not a secret


async def shared_secret(conn: asyncpg.Connection) -> str:
    """The stored secret, created by whichever process asks first."""
    await conn.execute(
        "insert into app_secrets (name, value) values ($1, $2) on conflict (name) do nothing",
        SECRET_NAME,
        new_token(),
    )
    value: str = await conn.fetchval("select value from app_secrets where name = $1", SECRET_NAME)
    return value


def derived_key(secret: str, purpose: str) -> bytes:
    """A key for one purpose only, so a value signed for one use is worthless for another."""
    return hmac.new(secret.encode(), purpose.encode(), hashlib.sha256).digest()
