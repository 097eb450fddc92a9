"""A LISTEN connection of its own that cannot silently stop.

It is not a pooled connection: the pool may discard or replace connections, and LISTEN
belongs to one connection. When the connection ends (server restart, failover,
``pg_terminate_backend``) it reconnects with a capped exponential backoff; a heartbeat query
with a timeout finds a half-open connection (peer gone, no FIN ever seen) that would
otherwise wait forever for notifications. After each (re)connect the owner is told, so it can
ask the database what it missed meanwhile: notifications sent while nobody listened are
gone for good, and only the change versions can tell.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import asyncpg

log = logging.getLogger(__name__)

CHANNEL = "attendee_changed"
# Whatever goes wrong with the connection or the server, the answer is to reconnect.
_CONNECTION_TROUBLE = (
    OSError,  # refused, reset, timed out
    asyncpg.PostgresError,
    asyncpg.InterfaceError,
    asyncpg.exceptions.InternalClientError,  # e.g. no read-write host during a failover
)


@dataclass(frozen=True, slots=True)
class Change:
    """One notified attendee change: which event, which attendee, which event version."""

    event_id: int
    attendee_id: int
    version: int


def parse_change(payload: str) -> Change | None:
    """``event:attendee:version`` as sent by the attendee trigger; None when malformed."""
    parts = payload.split(":")
    if len(parts) != 3 or not all(part.isdigit() for part in parts):
        return None
    event_id, attendee_id, version = (int(part) for part in parts)
    return Change(event_id=event_id, attendee_id=attendee_id, version=version)


@dataclass(frozen=True, slots=True)
class ListenerTiming:
    """How often to check the connection and how long to wait before reconnecting."""

    heartbeat_s: float = 1.0
    heartbeat_timeout_s: float = 2.0
    backoff_initial_s: float = 0.05
    backoff_max_s: float = 2.0


@dataclass(slots=True)
class ListenerStatus:
    """What the listener is doing, for the health report."""

    connected: bool = False
    connects: int = 0
    last_heartbeat: float | None = None
    last_error: str | None = None
    backend_pid: int | None = None


Connect = Callable[[], Awaitable[asyncpg.Connection]]


class ChangeListener:
    """Delivers every notified :class:`Change` to ``on_change`` and calls ``on_connected``
    after each (re)connect, once LISTEN is active."""

    def __init__(
        self,
        connect: Connect,
        on_change: Callable[[Change], None],
        on_connected: Callable[[], None],
        timing: ListenerTiming | None = None,
    ) -> None:
        self._connect = connect
        self._on_change = on_change
        self._on_connected = on_connected
        self.timing = timing or ListenerTiming()
        self.status = ListenerStatus()

    async def run(self) -> None:
        """Listen until cancelled, reconnecting whenever the connection is lost."""
        backoff = self.timing.backoff_initial_s
        while True:
            try:
                conn = await self._connect()
            except _CONNECTION_TROUBLE as error:
                self._lost(error)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, self.timing.backoff_max_s)
                continue
            try:
                await self._listen(conn)
                backoff = self.timing.backoff_initial_s  # it worked for a while: retry fast
            except _CONNECTION_TROUBLE as error:
                self._lost(error)
            finally:
                self.status.connected = False
                # No goodbye over a connection that may be half-open: drop the socket.
                conn.terminate()
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, self.timing.backoff_max_s)

    def _lost(self, error: BaseException) -> None:
        message = f"{type(error).__name__}: {error}"
        if message != self.status.last_error:
            log.warning("change listener: %s; reconnecting", message)
        self.status.last_error = message

    async def _listen(self, conn: asyncpg.Connection) -> None:
        """Returns when the connection ended; raises when the heartbeat failed."""
        ended = asyncio.Event()
        conn.add_termination_listener(lambda _conn: ended.set())
        await conn.add_listener(CHANNEL, self._notified)
        self.status.connected = True
        self.status.connects += 1
        self.status.backend_pid = conn.get_server_pid()
        self.status.last_heartbeat = time.monotonic()
        if self.status.connects > 1:
            log.info("change listener reconnected (backend %s)", self.status.backend_pid)
        self._on_connected()
        while True:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(ended.wait(), self.timing.heartbeat_s)
            if ended.is_set() or conn.is_closed():
                self._lost(ConnectionError("the listener connection was closed"))
                return
            await conn.fetchval("select 1", timeout=self.timing.heartbeat_timeout_s)
            self.status.last_heartbeat = time.monotonic()

    def _notified(
        self,
        _conn: asyncpg.Connection | asyncpg.pool.PoolConnectionProxy,
        _pid: int,
        _channel: str,
        payload: object,
    ) -> None:
        change = parse_change(str(payload))
        if change is not None:
            self._on_change(change)
