"""One matcher per event, built from PostgreSQL at start and kept fresh from its change
notifications — on every host, so any number of API processes can serve suggestions."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import defaultdict

import asyncpg

from matchmaker.attendees import repository as attendees
from matchmaker.db import acquire
from matchmaker.matching import Embedder, EventMatcher
from matchmaker.matching.threads import use_one_blas_thread
from matchmaker.suggestions import repository
from matchmaker.suggestions.vector_store import entries_for

log = logging.getLogger(__name__)

CHANNEL = "attendee_changed"
REFRESH_BATCH = 512


class MatcherRegistry:
    """The event matchers of this process and the listener that keeps them fresh."""

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder
        self._matchers: dict[int, EventMatcher] = {}
        self._pending: dict[int, set[int]] = defaultdict(set)
        self._wakeup = asyncio.Event()
        self._refreshing = False
        self._worker: asyncio.Task[None] | None = None
        self._listener: asyncpg.pool.PoolConnectionProxy | None = None
        self._pool: asyncpg.Pool | None = None
        # event id -> (monotonic time, coverage): ranking everyone is too costly per request.
        self.coverage_cache: dict[int, tuple[float, float]] = {}

    # -- lifecycle ------------------------------------------------------------------

    async def start(self, pool: asyncpg.Pool) -> None:
        """Listen first, then load, so no change between the two is missed."""
        use_one_blas_thread()
        self._pool = pool
        # One pooled connection is held for the process's life: LISTEN is per connection.
        self._listener = await pool.acquire()
        await self._listener.add_listener(CHANNEL, self._on_notification)
        async with acquire(pool) as conn:
            for event_id in await repository.event_ids(conn):
                await self.load_event(conn, event_id)
        self._worker = asyncio.create_task(self._drain(), name="matcher-refresh")

    async def stop(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._worker
        if self._listener is not None and self._pool is not None:
            with contextlib.suppress(Exception):
                await self._listener.remove_listener(CHANNEL, self._on_notification)
            await self._pool.release(self._listener)
            self._listener = None

    # -- reading --------------------------------------------------------------------

    def matcher(self, event_id: int) -> EventMatcher | None:
        return self._matchers.get(event_id)

    def indexed(self, event_id: int) -> int:
        matcher = self._matchers.get(event_id)
        return 0 if matcher is None else len(matcher)

    def indexed_counts(self) -> dict[int, int]:
        """Attendees indexed per event id, for the metrics endpoint."""
        return {event_id: len(matcher) for event_id, matcher in self._matchers.items()}

    async def settled(self, within_s: float = 10.0) -> None:
        """Wait until every notified change is applied (tests use it). Polls plain state
        rather than awaiting an event, so callers on another event loop (test clients run
        the app in a portal thread) can use it too."""
        deadline = asyncio.get_running_loop().time() + within_s
        await asyncio.sleep(0.01)  # let a notification sent just now arrive
        while self._pending or self._refreshing:
            if asyncio.get_running_loop().time() > deadline:
                raise TimeoutError("matcher refresh did not settle")
            await asyncio.sleep(0.005)

    # -- keeping fresh --------------------------------------------------------------

    def _on_notification(
        self,
        _conn: asyncpg.Connection | asyncpg.pool.PoolConnectionProxy,
        _pid: int,
        _channel: str,
        payload: object,
    ) -> None:
        event_part, _, attendee_part = str(payload).partition(":")
        if not (event_part.isdigit() and attendee_part.isdigit()):
            return
        self._pending[int(event_part)].add(int(attendee_part))
        self._wakeup.set()

    async def _drain(self) -> None:
        while True:
            await self._wakeup.wait()
            self._wakeup.clear()
            while self._pending:
                event_id = next(iter(self._pending))
                self._refreshing = True
                ids = self._pending.pop(event_id)
                try:
                    await self._refresh(event_id, sorted(ids))
                except Exception:  # a bad batch must not stop freshness for everyone
                    log.exception("refreshing event %s attendees failed", event_id)
                finally:
                    self._refreshing = False

    async def _refresh(self, event_id: int, attendee_ids: list[int]) -> None:
        assert self._pool is not None
        async with acquire(self._pool) as conn:
            matcher = self._matchers.get(event_id)
            if matcher is None:
                await self.load_event(conn, event_id)
                return
            labels = await repository.topic_labels(conn, event_id)
            for start in range(0, len(attendee_ids), REFRESH_BATCH):
                batch = attendee_ids[start : start + REFRESH_BATCH]
                profiles = await attendees.attendees_by_ids(conn, event_id, batch)
                found = {profile.id for profile in profiles}
                entries = await entries_for(conn, self.embedder, profiles, labels)
                with_vectors = {entry.profile.id for entry in entries}
                for entry in entries:
                    await asyncio.to_thread(matcher.upsert, entry)
                for attendee_id in batch:
                    if attendee_id not in found or attendee_id not in with_vectors:
                        matcher.remove(attendee_id)  # erased, or consent withdrawn

    async def load_event(self, conn: asyncpg.Connection, event_id: int) -> None:
        labels = await repository.topic_labels(conn, event_id)
        profiles = await attendees.all_attendees(conn, event_id)
        entries = await entries_for(conn, self.embedder, profiles, labels)
        matcher = EventMatcher(self.embedder.dimension, labels)
        await asyncio.to_thread(matcher.load, entries)
        # Count popularity now so no request pays for the first count.
        await asyncio.to_thread(matcher.refresh_popularity)
        self._matchers[event_id] = matcher
        log.info("event %s: %s attendees indexed", event_id, len(matcher))
