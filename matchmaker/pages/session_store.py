"""Litestar's session ``Store`` in PostgreSQL: any host serves any session, and a restart
signs nobody out. Keys are session ids, stored hashed like every other token."""

from __future__ import annotations

from datetime import timedelta

import asyncpg
from litestar.stores.base import Store

from matchmaker.db import acquire
from matchmaker.tokens import hash_token


def _seconds(value: int | timedelta | None) -> float | None:
    if value is None:
        return None
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


class PostgresSessionStore(Store):
    """Session data by session id in ``web_sessions``. The pool is attached when the app's
    database is open (the store is created with the app, before any database exists)."""

    __slots__ = ("_pool",)

    def __init__(self) -> None:
        self._pool: asyncpg.Pool | None = None

    def attach(self, pool: asyncpg.Pool) -> None:
        self._pool = pool

    def _require_pool(self) -> asyncpg.Pool:
        if self._pool is None:
            raise RuntimeError("the session store is used before the database is open")
        return self._pool

    async def set(
        self, key: str, value: str | bytes, expires_in: int | timedelta | None = None
    ) -> None:
        data = value.encode() if isinstance(value, str) else value
        async with acquire(self._require_pool()) as conn:
            await conn.execute(
                """
                insert into web_sessions (key_hash, value, expires_at)
                values ($1, $2, now() + make_interval(secs => $3))
                on conflict (key_hash) do update
                    set value = excluded.value, expires_at = excluded.expires_at,
                        updated_at = now()
                """,
                hash_token(key),
                data,
                _seconds(expires_in),
            )

    async def get(self, key: str, renew_for: int | timedelta | None = None) -> bytes | None:
        async with acquire(self._require_pool()) as conn:
            if renew_for is not None:
                value = await conn.fetchval(
                    """
                    update web_sessions set expires_at = now() + make_interval(secs => $2)
                    where key_hash = $1 and (expires_at is null or expires_at > now())
                    returning value
                    """,
                    hash_token(key),
                    _seconds(renew_for),
                )
            else:
                value = await conn.fetchval(
                    """
                    select value from web_sessions
                    where key_hash = $1 and (expires_at is null or expires_at > now())
                    """,
                    hash_token(key),
                )
        return None if value is None else bytes(value)

    async def delete(self, key: str) -> None:
        async with acquire(self._require_pool()) as conn:
            await conn.execute("delete from web_sessions where key_hash = $1", hash_token(key))

    async def delete_all(self) -> None:
        async with acquire(self._require_pool()) as conn:
            await conn.execute("delete from web_sessions")

    async def delete_expired(self) -> None:
        """Drop sessions past their time (they are already ignored when read)."""
        async with acquire(self._require_pool()) as conn:
            await conn.execute("delete from web_sessions where expires_at <= now()")

    async def exists(self, key: str) -> bool:
        return await self.get(key) is not None

    async def expires_in(self, key: str) -> int | None:
        async with acquire(self._require_pool()) as conn:
            seconds = await conn.fetchval(
                """
                select extract(epoch from expires_at - now()) from web_sessions
                where key_hash = $1 and expires_at > now()
                """,
                hash_token(key),
            )
        return None if seconds is None else int(seconds)
