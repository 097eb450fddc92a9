"""The event matchers of one process: loaded on first use, dropped least recently used past
a memory budget, and kept fresh from PostgreSQL on every host.

Freshness cannot silently stop. Each attendee change carries its event's version (gap-free,
in commit order: migration 0003), so this process always knows exactly which changes it has
applied. Notifications from a dedicated listener connection apply consecutive changes at
once; a gap (a notification lost, the listener reconnecting, a failover) is filled from the
change log, or the event is rebuilt when the log no longer holds it; and a periodic poll of
the loaded events' versions finds changes that no notification announced at all.

The matchers themselves are built and refreshed by ``matcher_builder`` only.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from functools import partial

import asyncpg

from matchmaker.db import acquire
from matchmaker.matching import Embedder, EventMatcher
from matchmaker.matching.threads import use_one_blas_thread
from matchmaker.suggestions import change_log, memory
from matchmaker.suggestions.freshness import IndexStatus, LoadedEvent
from matchmaker.suggestions.listener import Change, ChangeListener, ListenerTiming
from matchmaker.suggestions.loaded_events import LoadedEvents
from matchmaker.suggestions.matcher_builder import build_matcher
from matchmaker.suggestions.refresher import Refresher

log = logging.getLogger(__name__)

MB = 1024 * 1024


@dataclass(frozen=True, kw_only=True)
class FreshnessConfig:
    """How the registry keeps itself fresh and small."""

    memory_budget_bytes: int | None = None
    """None: keep every event that was used."""
    measure_footprints: bool = True
    """Count each matcher's measured memory growth (see ``memory``); False: count only the
    floor of one vector per attendee (deterministic, for tests of the eviction order)."""
    poll_interval_s: float = 1.0
    change_log_retention_s: float = 3600.0
    listener: ListenerTiming = field(default_factory=ListenerTiming)


class MatcherRegistry:
    """The event matchers of this process and the machinery that keeps them fresh."""

    def __init__(self, embedder: Embedder, config: FreshnessConfig | None = None) -> None:
        self.embedder = embedder
        self.config = config or FreshnessConfig()
        self._events = LoadedEvents(self.config.memory_budget_bytes)
        self._loading: dict[int, asyncio.Task[LoadedEvent]] = {}
        self._early: dict[int, dict[int, int]] = defaultdict(dict)  # notified while loading
        self._load_lock = asyncio.Lock()
        self._gauge = memory.FootprintGauge()
        self._refresher: Refresher | None = None
        self._tasks: list[asyncio.Task[None]] = []
        self._pool: asyncpg.Pool | None = None
        self._listener: ChangeListener | None = None
        # event id -> (monotonic time, coverage): ranking everyone is too costly per request.
        self.coverage_cache: dict[int, tuple[float, float]] = {}

    # -- lifecycle ------------------------------------------------------------------

    async def start(
        self,
        pool: asyncpg.Pool,
        connect_listener: Callable[[], Awaitable[asyncpg.Connection]],
        *,
        listening_within_s: float = 5.0,
    ) -> None:
        """Start listening, applying and polling. Waits (briefly) until LISTEN is active so
        that changes made right after start are notified rather than polled."""
        use_one_blas_thread()
        self._pool = pool
        if self.config.memory_budget_bytes is not None:
            memory.map_large_blocks_apart()
        refresher = Refresher(
            self._events,
            pool,
            self.embedder,
            self._rebuild,
            poll_interval_s=self.config.poll_interval_s,
            change_log_retention_s=self.config.change_log_retention_s,
        )
        self._refresher = refresher
        connected = asyncio.Event()

        def on_connected() -> None:
            connected.set()
            refresher.poll_now.set()  # whatever happened while nobody listened

        self._listener = ChangeListener(
            connect_listener, self._on_change, on_connected, self.config.listener
        )
        self._tasks = [
            asyncio.create_task(self._listener.run(), name="change-listener"),
            asyncio.create_task(refresher.drain(), name="matcher-refresh"),
            asyncio.create_task(refresher.poll(), name="version-poll"),
        ]
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(connected.wait(), listening_within_s)

    async def stop(self) -> None:
        tasks = [*self._tasks, *self._loading.values()]
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._tasks = []

    # -- reading --------------------------------------------------------------------

    async def matcher(self, event_id: int) -> EventMatcher:
        """The event's matcher, loaded first if it is not in memory (callers wait)."""
        loaded = self._events.use(event_id)
        if loaded is not None:
            return loaded.matcher
        return (await asyncio.shield(self._start_loading(event_id))).matcher

    def indexed(self, event_id: int) -> int:
        """Attendees of the event in memory now (0 when it is not loaded)."""
        loaded = self._events.peek(event_id)
        return 0 if loaded is None else len(loaded.matcher)

    def indexed_counts(self) -> dict[int, int]:
        """Attendees indexed per loaded event id, for the metrics endpoint."""
        return {event_id: len(loaded.matcher) for event_id, loaded in self._events.items()}

    def status(self) -> IndexStatus:
        """Listener, poll, memory and per-event lag of this process."""
        now = time.monotonic()
        lags = [loaded.lag(event_id, now) for event_id, loaded in self._events.items()]
        listener = self._listener.status if self._listener is not None else None
        last_poll = self._refresher.last_poll if self._refresher is not None else None
        heartbeat = listener.last_heartbeat if listener is not None else None
        budget = self.config.memory_budget_bytes
        return IndexStatus(
            listener_connected=listener is not None and listener.connected,
            listener_reconnects=max(0, listener.connects - 1) if listener is not None else 0,
            listener_backend_pid=listener.backend_pid if listener is not None else None,
            heartbeat_age_s=None if heartbeat is None else round(now - heartbeat, 3),
            poll_age_s=None if last_poll is None else round(now - last_poll, 3),
            events_loaded=len(self._events),
            memory_budget_mb=None if budget is None else round(budget / MB, 1),
            memory_used_mb=round(self._events.used_bytes / MB, 1),
            max_behind_versions=max((lag.behind_versions for lag in lags), default=0),
            max_behind_seconds=max((lag.behind_seconds for lag in lags), default=0.0),
            events=lags,
        )

    async def settled(self, within_s: float = 10.0) -> None:
        """Wait until every notified change is applied and no load runs (tests use it).
        Polls plain state rather than awaiting an event, so callers on another event loop
        (test clients run the app in a portal thread) can use it too."""
        deadline = time.monotonic() + within_s
        await asyncio.sleep(0.01)  # let a notification sent just now arrive
        while (
            self._loading
            or (self._refresher is not None and self._refresher.busy)
            or any(loaded.behind for _, loaded in self._events.items())
        ):
            if time.monotonic() > deadline:
                raise TimeoutError("matcher refresh did not settle")
            await asyncio.sleep(0.005)

    # -- loading and the memory budget ------------------------------------------------

    async def load_event(self, conn: asyncpg.Connection, event_id: int) -> EventMatcher:
        """Build the event's matcher on ``conn`` and keep it (the CLI, without a pool)."""
        version = await change_log.current_version(conn, event_id)
        matcher = await build_matcher(conn, self.embedder, event_id)
        self._keep(
            event_id,
            LoadedEvent(
                matcher=matcher,
                version=version,
                footprint=memory.footprint(0, len(matcher), matcher.dimension),
            ),
        )
        return matcher

    def _start_loading(self, event_id: int) -> asyncio.Task[LoadedEvent]:
        task = self._loading.get(event_id)
        if task is None:
            task = asyncio.create_task(self._load(event_id), name=f"load-event-{event_id}")
            self._loading[event_id] = task
            task.add_done_callback(partial(self._loaded, event_id))
        return task

    def _loaded(self, event_id: int, task: asyncio.Task[LoadedEvent]) -> None:
        self._loading.pop(event_id, None)
        self._early.pop(event_id, None)
        if not task.cancelled() and task.exception() is not None:
            # Waiting requests get the error; a load nobody waits for is only logged.
            log.warning("loading event %s failed: %s", event_id, task.exception())

    async def _load(self, event_id: int) -> LoadedEvent:
        async with self._load_lock:
            loaded = await self._build(event_id)
            for version, attendee in self._early.pop(event_id, {}).items():
                loaded.notify(version, attendee)
            self._keep(event_id, loaded)
        log.info(
            "event %s: %s attendees indexed (%.1f MB)",
            event_id,
            len(loaded.matcher),
            loaded.footprint / MB,
        )
        self._wake_refresher(loaded.behind)
        return loaded

    async def _build(self, event_id: int) -> LoadedEvent:
        """Build one event's matcher and measure it (the caller holds the load lock, so
        the growth measured is this matcher's)."""
        assert self._pool is not None, "the registry is not started"
        measure = self.config.measure_footprints
        before = await asyncio.to_thread(_trimmed_resident_bytes) if measure else 0
        async with acquire(self._pool) as conn:
            # Read before building: changes committed meanwhile are in the build anyway,
            # and catching up on them again is harmless.
            version = await change_log.current_version(conn, event_id)
            matcher = await build_matcher(conn, self.embedder, event_id)
        grown = await asyncio.to_thread(_trimmed_resident_bytes) - before if measure else 0
        size = self._gauge.count(grown, len(matcher), matcher.dimension)
        return LoadedEvent(matcher=matcher, version=version, footprint=size)

    def _keep(self, event_id: int, loaded: LoadedEvent) -> None:
        evicted = self._events.put(event_id, loaded)
        self.coverage_cache.pop(event_id, None)
        if evicted:
            for dropped in evicted:
                self.coverage_cache.pop(dropped, None)
            log.info(
                "memory budget %.0f MB: dropped events %s (least recently used)",
                (self._events.budget_bytes or 0) / MB,
                ", ".join(map(str, evicted)),
            )
            memory.give_back_freed_memory()

    # -- keeping fresh --------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        loaded = self._events.peek(change.event_id)
        if loaded is not None:
            self._wake_refresher(loaded.notify(change.version, change.attendee_id))
        elif change.event_id in self._loading:
            self._early[change.event_id][change.version] = change.attendee_id
        elif self._pool is not None and self._events.has_room():
            # A changing event is likely to be used soon, and loading it now embeds the
            # change in the background; but never at the cost of evicting another.
            self._start_loading(change.event_id)

    def _wake_refresher(self, needed: bool) -> None:
        if needed and self._refresher is not None:
            self._refresher.wakeup.set()

    async def _rebuild(self, event_id: int) -> None:
        """Replace the event's matcher by a fresh build; requests use the old one until
        the new one is ready."""
        log.info("event %s: rebuilding (changes missed and no longer logged)", event_id)
        async with self._load_lock:
            rebuilt = await self._build(event_id)
            older = self._events.peek(event_id)
            if older is None:
                return  # evicted meanwhile
            rebuilt.adopt(older)
            self._keep(event_id, rebuilt)


def _trimmed_resident_bytes() -> int:
    memory.give_back_freed_memory()
    return memory.resident_bytes()
