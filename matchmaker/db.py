"""The database: an embedded PostgreSQL when no URL is given, the asyncpg pool, the
per-request connection that owns one transaction, and what "the database is unavailable"
looks like (refused, reset, shut down, failing over), so it becomes a 503 and never a 500."""

from __future__ import annotations

import asyncio
import json
import logging
import socket
from collections.abc import AsyncGenerator, AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import asyncpg
from asyncpg.pool import PoolConnectionProxy
from asyncpg.transaction import Transaction

from matchmaker.embedded_db import EMBEDDED_DATABASE, EmbeddedPostgres
from matchmaker.migrate import apply_migrations
from matchmaker.settings import Settings

log = logging.getLogger(__name__)

if TYPE_CHECKING:  # the stubs make the proxy generic; at run time it is a plain class
    PooledConnection = PoolConnectionProxy[Any]

# A server that does not answer a connection attempt within this is unavailable (a
# request's acquire, connecting included, is bounded by ACQUIRE_TIMEOUT_S anyway).
CONNECT_TIMEOUT_S = 5.0
STATEMENT_CACHE_SIZE = 1000
# A request waits at most this long for a pooled connection before answering 503.
ACQUIRE_TIMEOUT_S = 5.0
# TCP connections notice a peer that vanished (no FIN, no RST: a network partition, a host
# powered off) within about this many seconds, even in the middle of a query: keepalive
# probes when idle, TCP_USER_TIMEOUT when data waits unacknowledged. A busy server still
# answers probes, so long queries are unaffected.
DEAD_PEER_S = 5

# SQLSTATE classes and codes that mean "the server cannot serve us now", not "bad request".
_UNAVAILABLE_STATES = frozenset({"53300", "57P01", "57P02", "57P03", "25006"})
_CLOSED_MESSAGES = ("connection is closed", "connection was closed", "pool is closing")


def is_unavailable(error: BaseException) -> bool:
    """Whether ``error`` means the database cannot be reached or cannot serve right now
    (the request may succeed when retried), as opposed to a fault in the request or code."""
    if isinstance(error, OSError):  # refused, reset, unreachable, timed out
        return True
    if isinstance(error, asyncpg.exceptions.InternalClientError):
        # No read-write server among the hosts (a failover is under way), or the protocol
        # state broken by a server that went away mid-conversation ("cannot switch to
        # state ...; another operation is in progress" after an administrator shutdown).
        return True
    if isinstance(error, asyncpg.PostgresError):
        state = str(getattr(error, "sqlstate", "") or "")
        return state.startswith("08") or state in _UNAVAILABLE_STATES
    if isinstance(error, asyncpg.InterfaceError):
        return any(text in str(error) for text in _CLOSED_MESSAGES)
    return False


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


def detect_dead_peer(conn: asyncpg.Connection) -> None:
    """Make a TCP connection fail within ``DEAD_PEER_S`` once its peer is gone."""
    # asyncpg exposes no socket options; the transport is the standard asyncio one.
    transport = getattr(conn, "_transport", None)
    sock = transport.get_extra_info("socket") if transport is not None else None
    if sock is None or sock.family not in (socket.AF_INET, socket.AF_INET6):
        return  # a Unix socket has no peer to lose
    options = [
        (socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1),
        (socket.IPPROTO_TCP, getattr(socket, "TCP_KEEPIDLE", None), 2),
        (socket.IPPROTO_TCP, getattr(socket, "TCP_KEEPINTVL", None), 1),
        (socket.IPPROTO_TCP, getattr(socket, "TCP_KEEPCNT", None), DEAD_PEER_S - 2),
        (socket.IPPROTO_TCP, getattr(socket, "TCP_USER_TIMEOUT", None), DEAD_PEER_S * 1000),
    ]
    for level, option, value in options:
        if option is not None:
            sock.setsockopt(level, option, value)


async def _init_connection(conn: asyncpg.Connection) -> None:
    detect_dead_peer(conn)
    # jsonb as Python objects both ways, so SQL stays free of ::text casts.
    await conn.set_type_codec("jsonb", encoder=json.dumps, decoder=json.loads, schema="pg_catalog")


async def _keep_session(_conn: asyncpg.Connection) -> None:
    """Connections go back to the pool as they are: the service sets no session state
    (no SET, no LISTEN on request connections, advisory locks always released), so the
    default reset query would be one wasted round trip per request."""


async def open_pool(
    dsn: str, *, min_size: int, max_size: int, connect_timeout_s: float = CONNECT_TIMEOUT_S
) -> asyncpg.Pool:
    """Open the asyncpg pool the whole app shares. With ``min_size`` 0 it connects nothing
    yet, so it opens even while the database is down."""
    pool = await asyncpg.create_pool(
        dsn,
        min_size=min_size,
        max_size=max_size,
        init=_init_connection,
        reset=_keep_session,
        timeout=connect_timeout_s,
        # asyncpg prepares every statement it runs and keeps the last N per connection;
        # the service has more distinct statements than the default 100, and a booking's
        # must never be re-prepared because an organiser page ran others meanwhile.
        statement_cache_size=STATEMENT_CACHE_SIZE,
        server_settings={"application_name": "matchmaker"},
    )
    assert pool is not None
    return pool


async def connect_listener(dsn: str) -> asyncpg.Connection:
    """A connection of its own for LISTEN, named so operators (and fault tests) find it."""
    conn = await asyncpg.connect(
        dsn,
        timeout=CONNECT_TIMEOUT_S,
        server_settings={"application_name": "matchmaker-listener"},
    )
    detect_dead_peer(conn)
    return conn


async def _begin(pool: asyncpg.Pool) -> tuple[PooledConnection, Transaction]:
    """A pooled connection with a transaction started. A connection that died while it sat
    in the pool (the server restarted or failed over) fails right here, before any work:
    then every pooled connection is suspect, so the pool is told to replace them all and
    the request gets a fresh one instead of an error."""
    for attempt in range(2):
        conn: PooledConnection = await pool.acquire(timeout=ACQUIRE_TIMEOUT_S)
        try:
            transaction = conn.transaction()
            await transaction.start()
        except BaseException as error:
            await pool.release(conn, timeout=ACQUIRE_TIMEOUT_S)
            if attempt or not is_unavailable(error):
                raise
            await pool.expire_connections()
            continue
        return conn, transaction
    raise AssertionError("unreachable")


async def connection_in_transaction(pool: asyncpg.Pool) -> AsyncGenerator[asyncpg.Connection]:
    """One connection and one transaction per request: committed when the handler succeeds,
    rolled back when anything raises, so a failed request never half-writes."""
    conn, transaction = await _begin(pool)
    try:
        try:
            yield cast(asyncpg.Connection, conn)
        except BaseException as error:
            if is_unavailable(error):
                await pool.expire_connections()
            else:
                await transaction.rollback()
            raise
        else:
            await transaction.commit()
    finally:
        await pool.release(conn, timeout=ACQUIRE_TIMEOUT_S)


@asynccontextmanager
async def database_server(settings: Settings) -> AsyncIterator[str]:
    """The DSN of the configured server; the embedded one is started first (and stopped
    on exit) when no URL is set."""
    if settings.database_url is not None:
        yield settings.database_url
        return
    embedded, dsn = await start_embedded(settings.data_dir)
    try:
        yield dsn
    finally:
        await asyncio.to_thread(embedded.stop)


async def migrate(pool: asyncpg.Pool, migrations_dir: Path) -> None:
    """Apply the pending migrations."""
    async with acquire(pool) as conn:
        applied = await apply_migrations(conn, migrations_dir)
    if applied:
        log.info("applied migrations: %s", ", ".join(applied))


async def close_pool(pool: asyncpg.Pool) -> None:
    """Close gracefully, or drop the connections when that cannot finish (server gone)."""
    try:
        await asyncio.wait_for(pool.close(), ACQUIRE_TIMEOUT_S)
    except (TimeoutError, OSError, asyncpg.InterfaceError):
        pool.terminate()


@asynccontextmanager
async def open_database(
    settings: Settings, *, min_size: int | None = None, max_size: int | None = None
) -> AsyncIterator[asyncpg.Pool]:
    """The database ready to use (commands): the embedded server started when no URL is
    set, every pending migration applied, a pool opened. Everything is closed on exit."""
    async with database_server(settings) as dsn:
        pool = await open_pool(
            dsn,
            min_size=settings.pool_min_size if min_size is None else min_size,
            max_size=settings.pool_max_size if max_size is None else max_size,
        )
        try:
            await migrate(pool, settings.migrations_dir)
            yield pool
        finally:
            await close_pool(pool)


@dataclass
class Database:
    """The database as the service holds it: where it is, a pool that connects on demand
    (so it exists while the server is down), and whether requests may use it yet."""

    dsn: str
    pool: asyncpg.Pool
    ready: bool = False
    became_ready: asyncio.Event = field(default_factory=asyncio.Event)
    """Set once migrated and listening: what start-up steps needing the database wait for
    when it was not reachable at start."""

    def mark_ready(self) -> None:
        self.ready = True
        self.became_ready.set()


@asynccontextmanager
async def open_service_database(settings: Settings) -> AsyncIterator[Database]:
    """The service's database, not yet migrated nor known to be reachable: see
    :func:`migrate_when_reachable`."""
    async with database_server(settings) as dsn:
        pool = await open_pool(dsn, min_size=0, max_size=settings.pool_max_size)
        try:
            yield Database(dsn=dsn, pool=pool)
        finally:
            await close_pool(pool)


async def migrate_when_reachable(database: Database, migrations_dir: Path) -> None:
    """Apply the pending migrations as soon as the database answers, retrying with a
    capped backoff while it is unreachable. Other failures (a broken migration) raise."""
    backoff = 0.1
    waiting = False
    while True:
        try:
            await migrate(database.pool, migrations_dir)
        except Exception as error:
            if not is_unavailable(error):
                raise
            if not waiting:
                log.warning("database unreachable (%s); waiting for it", error)
                waiting = True
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, 1.0)
            continue
        if waiting:
            log.info("database reachable again")
        return


@asynccontextmanager
async def acquire(pool: asyncpg.Pool) -> AsyncIterator[asyncpg.Connection]:
    """A pooled connection, typed as the connection the repositories take."""
    async with pool.acquire() as conn:
        yield cast(asyncpg.Connection, conn)
