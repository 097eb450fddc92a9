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
from collections import OrderedDict, defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from functools import partial

import asyncpg
import msgspec

from matchmaker.db import acquire, is_unavailable
from matchmaker.matching import Embedder, EventMatcher
from matchmaker.suggestions import change_log, memory
from matchmaker.suggestions.freshness import EventLag, LoadedEvent
from matchmaker.suggestions.listener import Change, ChangeListener, ListenerTiming
from matchmaker.suggestions.matcher_builder import apply_changes, build_matcher

log = logging.getLogger(__name__)

# More missed changes than this (a big import while we were away): rebuilding the event
# reads less than replaying them one attendee at a time.
CATCH_UP_LIMIT = 20_000
PRUNE_EVERY_S = 60.0
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


class IndexStatus(msgspec.Struct, frozen=True, kw_only=True):
    """This process's indexes for the health report."""

    listener_connected: bool
    listener_reconnects: int
    listener_backend_pid: int | None
    """The PostgreSQL backend of this process's LISTEN connection."""
    heartbeat_age_s: float | None
    poll_age_s: float | None
    events_loaded: int
    memory_budget_mb: float | None
    memory_used_mb: float
    max_behind_versions: int
    max_behind_seconds: float
    events: list[EventLag]


class MatcherRegistry:
    """The event matchers of this process and the machinery that keeps them fresh."""

    def __init__(self, embedder: Embedder, config: FreshnessConfig | None = None) -> None:
        self.embedder = embedder
        self.config = config or FreshnessConfig()
        # Least recently used first.
        self._events: OrderedDict[int, LoadedEvent] = OrderedDict()
        self._loading: dict[int, asyncio.Task[LoadedEvent]] = {}
        self._early: dict[int, dict[int, int]] = defaultdict(dict)  # notified while loading
        self._load_lock = asyncio.Lock()
        self._wakeup = asyncio.Event()
        self._poll_now = asyncio.Event()
        self._refreshing = False
        self._tasks: list[asyncio.Task[None]] = []
        self._pool: asyncpg.Pool | None = None
        self._listener: ChangeListener | None = None
        self._last_poll: float | None = None
        self._last_prune = 0.0
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
        self._pool = pool
        connected = asyncio.Event()

        def on_connected() -> None:
            connected.set()
            self._poll_now.set()  # whatever happened while nobody listened

        self._listener = ChangeListener(
            connect_listener, self._on_change, on_connected, self.config.listener
        )
        self._tasks = [
            asyncio.create_task(self._listener.run(), name="change-listener"),
            asyncio.create_task(self._drain(), name="matcher-refresh"),
            asyncio.create_task(self._poll(), name="version-poll"),
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
        loaded = self._events.get(event_id)
        if loaded is not None:
            self._events.move_to_end(event_id)
            return loaded.matcher
        return (await asyncio.shield(self._start_loading(event_id))).matcher

    def indexed(self, event_id: int) -> int:
        """Attendees of the event in memory now (0 when it is not loaded)."""
        loaded = self._events.get(event_id)
        return 0 if loaded is None else len(loaded.matcher)

    def indexed_counts(self) -> dict[int, int]:
        """Attendees indexed per loaded event id, for the metrics endpoint."""
        return {event_id: len(loaded.matcher) for event_id, loaded in self._events.items()}

    def status(self) -> IndexStatus:
        """Listener, poll, memory and per-event lag of this process."""
        now = time.monotonic()
        lags = [loaded.lag(event_id, now) for event_id, loaded in self._events.items()]
        listener = self._listener.status if self._listener is not None else None
        heartbeat = listener.last_heartbeat if listener is not None else None
        budget = self.config.memory_budget_bytes
        return IndexStatus(
            listener_connected=listener is not None and listener.connected,
            listener_reconnects=max(0, listener.connects - 1) if listener is not None else 0,
            listener_backend_pid=listener.backend_pid if listener is not None else None,
            heartbeat_age_s=None if heartbeat is None else round(now - heartbeat, 3),
            poll_age_s=None if self._last_poll is None else round(now - self._last_poll, 3),
            events_loaded=len(self._events),
            memory_budget_mb=None if budget is None else round(budget / MB, 1),
            memory_used_mb=round(self._used_bytes() / MB, 1),
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
            or self._refreshing
            or self._wakeup.is_set()
            or any(loaded.behind for loaded in list(self._events.values()))
        ):
            if time.monotonic() > deadline:
                raise TimeoutError("matcher refresh did not settle")
            await asyncio.sleep(0.005)

    # -- loading and the memory budget ------------------------------------------------

    async def load_event(self, conn: asyncpg.Connection, event_id: int) -> EventMatcher:
        """Build the event's matcher on ``conn`` and keep it (the CLI, without a pool)."""
        version = await change_log.current_version(conn, event_id)
        matcher = await build_matcher(conn, self.embedder, event_id)
        self._events[event_id] = LoadedEvent(
            matcher=matcher,
            version=version,
            footprint=memory.footprint(0, len(matcher), matcher.dimension),
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
            self._events[event_id] = loaded
            self._evict_over_budget(keep=event_id)
        log.info(
            "event %s: %s attendees indexed (%.1f MB)",
            event_id,
            len(loaded.matcher),
            loaded.footprint / MB,
        )
        if loaded.behind:
            self._wakeup.set()
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
        size = memory.footprint(grown, len(matcher), matcher.dimension)
        return LoadedEvent(matcher=matcher, version=version, footprint=size)

    def _used_bytes(self) -> int:
        return sum(loaded.footprint for loaded in self._events.values())

    def _has_room(self) -> bool:
        """Whether one more event of the largest size seen fits the budget."""
        budget = self.config.memory_budget_bytes
        if budget is None:
            return True
        largest = max((loaded.footprint for loaded in self._events.values()), default=0)
        return self._used_bytes() + largest <= budget

    def _evict_over_budget(self, keep: int) -> None:
        budget = self.config.memory_budget_bytes
        if budget is None:
            return
        evicted: list[int] = []
        while self._used_bytes() > budget and len(self._events) > 1:
            event_id = next(iter(self._events))
            if event_id == keep:
                self._events.move_to_end(keep)
                continue
            self._events.pop(event_id)
            self.coverage_cache.pop(event_id, None)
            evicted.append(event_id)
        if evicted:
            log.info(
                "memory budget %.0f MB: dropped events %s (least recently used)",
                budget / MB,
                ", ".join(map(str, evicted)),
            )
            memory.give_back_freed_memory()

    # -- keeping fresh --------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        loaded = self._events.get(change.event_id)
        if loaded is not None:
            if loaded.notify(change.version, change.attendee_id):
                self._wakeup.set()
        elif change.event_id in self._loading:
            self._early[change.event_id][change.version] = change.attendee_id
        elif self._pool is not None and self._has_room():
            # A changing event is likely to be used soon, and loading it now embeds the
            # change in the background; but never at the cost of evicting another.
            self._start_loading(change.event_id)

    async def _drain(self) -> None:
        while True:
            await self._wakeup.wait()
            self._wakeup.clear()
            while (event_id := self._next_behind()) is not None:
                self._refreshing = True
                try:
                    await self._catch_up(event_id)
                except Exception as error:
                    if is_unavailable(error):
                        log.warning("catching up event %s: database unavailable", event_id)
                        break  # the poll wakes us again once it can read versions
                    log.exception("catching up event %s failed; rebuilding it", event_id)
                    loaded = self._events.get(event_id)
                    if loaded is not None:
                        if loaded.rebuild:
                            break  # the rebuild failed too: wait for the next poll
                        loaded.rebuild = True
                finally:
                    self._refreshing = False

    def _next_behind(self) -> int | None:
        return next((i for i, loaded in self._events.items() if loaded.behind), None)

    async def _catch_up(self, event_id: int) -> None:
        assert self._pool is not None
        loaded = self._events[event_id]
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
                    conn, self.embedder, loaded.matcher, event_id, sorted(attendee_ids)
                )
        loaded.applied(target)

    async def _rebuild(self, event_id: int) -> None:
        """Replace the event's matcher by a fresh build; requests use the old one until
        the new one is ready."""
        log.info("event %s: rebuilding (changes missed and no longer logged)", event_id)
        async with self._load_lock:
            rebuilt = await self._build(event_id)
            older = self._events.get(event_id)
            if older is None:
                return  # evicted meanwhile
            rebuilt.adopt(older)
            self._events[event_id] = rebuilt
            self.coverage_cache.pop(event_id, None)
            self._evict_over_budget(keep=event_id)

    async def _poll(self) -> None:
        """The fallback when notifications are lost: read the loaded events' versions."""
        failing = False
        while True:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._poll_now.wait(), self.config.poll_interval_s)
            self._poll_now.clear()
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
        assert self._pool is not None
        event_ids = list(self._events)
        now = time.monotonic()
        async with acquire(self._pool) as conn:
            versions = await change_log.current_versions(conn, event_ids) if event_ids else {}
            if now - self._last_prune > PRUNE_EVERY_S:
                self._last_prune = now
                await change_log.prune(conn, self.config.change_log_retention_s)
        self._last_poll = time.monotonic()
        for event_id, version in versions.items():
            loaded = self._events.get(event_id)
            if loaded is not None:
                loaded.learn(version)
        if any(loaded.behind for loaded in self._events.values()):
            self._wakeup.set()


def _trimmed_resident_bytes() -> int:
    memory.give_back_freed_memory()
    return memory.resident_bytes()
