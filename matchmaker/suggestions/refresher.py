"""Applying changes to the loaded matchers: consecutive notified versions at once, a gap
from the change log (or a rebuild when the log no longer holds it), and the version poll
that finds changes no notification announced."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable

import asyncpg

from matchmaker.db import acquire, is_unavailable
from matchmaker.matching import Embedder
from matchmaker.suggestions import change_log
from matchmaker.suggestions.loaded_events import LoadedEvents
from matchmaker.suggestions.matcher_builder import apply_changes

log = logging.getLogger(__name__)

# More missed changes than this (a big import while we were away): rebuilding the event
# reads less than replaying them one attendee at a time.
CATCH_UP_LIMIT = 20_000
PRUNE_EVERY_S = 60.0


class Refresher:
    """Keeps the loaded events' matchers at their events' latest versions."""

    def __init__(
        self,
        events: LoadedEvents,
        pool: asyncpg.Pool,
        embedder: Embedder,
        rebuild: Callable[[int], Awaitable[None]],
        *,
        poll_interval_s: float,
        change_log_retention_s: float,
    ) -> None:
        self._events = events
        self._pool = pool
        self._embedder = embedder
        self._rebuild = rebuild
        self._poll_interval_s = poll_interval_s
        self._retention_s = change_log_retention_s
        self.wakeup = asyncio.Event()
        self.poll_now = asyncio.Event()
        self.refreshing = False
        self.last_poll: float | None = None
        self._last_prune = 0.0

    @property
    def busy(self) -> bool:
        return (
            self.refreshing
            or self.wakeup.is_set()
            or any(loaded.behind for _, loaded in self._events.items())
        )

    async def drain(self) -> None:
        while True:
            await self.wakeup.wait()
            self.wakeup.clear()
            while (event_id := self._next_behind()) is not None:
                self.refreshing = True
                try:
                    await self._catch_up(event_id)
                except Exception as error:
                    if is_unavailable(error):
                        log.warning("catching up event %s: database unavailable", event_id)
                        break  # the poll wakes us again once it can read versions
                    log.exception("catching up event %s failed; rebuilding it", event_id)
                    loaded = self._events.peek(event_id)
                    if loaded is not None:
                        if loaded.rebuild:
                            break  # the rebuild failed too: wait for the next poll
                        loaded.rebuild = True
                finally:
                    self.refreshing = False

    def _next_behind(self) -> int | None:
        return next((i for i, loaded in self._events.items() if loaded.behind), None)

    async def _catch_up(self, event_id: int) -> None:
        loaded = self._events.peek(event_id)
        if loaded is None:
            return  # dropped meanwhile
        run = None if loaded.rebuild else loaded.notified_run()
        if run is None:
            async with acquire(self._pool) as conn:
                missed = await change_log.changes_after(
                    conn, event_id, loaded.version, CATCH_UP_LIMIT
                )
            if (
                loaded.rebuild
                or missed.current < loaded.version
                or not missed.complete_after(loaded.version)
            ):
                await self._rebuild(event_id)
                return
            run = missed.current, {attendee for _, attendee in missed.changes}
        target, attendee_ids = run
        if attendee_ids:
            async with acquire(self._pool) as conn:
                await apply_changes(
                    conn, self._embedder, loaded.matcher, event_id, sorted(attendee_ids)
                )
        loaded.applied(target)

    async def poll(self) -> None:
        """The fallback when notifications are lost: read the loaded events' versions."""
        failing = False
        while True:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self.poll_now.wait(), self._poll_interval_s)
            self.poll_now.clear()
            try:
                await self._poll_once()
                failing = False
            except Exception as error:
                if not is_unavailable(error):
                    log.exception("polling change versions failed")
                elif not failing:
                    log.warning("polling change versions: database unavailable (%s)", error)
                failing = True

    async def _poll_once(self) -> None:
        event_ids = [event_id for event_id, _ in self._events.items()]
        now = time.monotonic()
        async with acquire(self._pool) as conn:
            versions = await change_log.current_versions(conn, event_ids) if event_ids else {}
            if now - self._last_prune > PRUNE_EVERY_S:
                self._last_prune = now
                await change_log.prune(conn, self._retention_s)
        self.last_poll = time.monotonic()
        for event_id, version in versions.items():
            loaded = self._events.peek(event_id)
            if loaded is not None:
                loaded.learn(version)
        if any(loaded.behind for _, loaded in self._events.items()):
            self.wakeup.set()
