"""The registry's freshness cannot silently stop: a killed listener reconnects and catches
up exactly, a half-open one is found by its heartbeat, lost notifications are found by the
version poll, and a gap the log no longer holds rebuilds the event. Past the memory budget
the least recently used event is dropped, and loaded again when it is next used."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from functools import partial
from typing import Any

import asyncpg
import pytest

from conftest import PoolOf
from matchmaker.db import connect_listener
from matchmaker.matching import HashingEmbedder
from matchmaker.suggestions import change_log
from matchmaker.suggestions.listener import ListenerTiming
from matchmaker.suggestions.registry import FreshnessConfig, MatcherRegistry
from proxy import TcpProxy
from sql_fixtures import make_event

FAST = ListenerTiming(heartbeat_s=0.2, heartbeat_timeout_s=0.5, backoff_max_s=0.2)


@pytest.fixture
async def pool(pool_of: PoolOf) -> asyncpg.Pool:
    return await pool_of(4)


@pytest.fixture
async def registries() -> AsyncIterator[list[MatcherRegistry]]:
    started: list[MatcherRegistry] = []
    yield started
    for registry in started:
        await registry.stop()


async def start_registry(
    registries: list[MatcherRegistry],
    pool: asyncpg.Pool,
    connect: Callable[[], Awaitable[asyncpg.Connection]],
    **config: Any,
) -> MatcherRegistry:
    config.setdefault("listener", FAST)
    config.setdefault("measure_footprints", False)
    registry = MatcherRegistry(HashingEmbedder(), FreshnessConfig(**config))
    registries.append(registry)
    await registry.start(pool, connect, listening_within_s=2)
    return registry


async def never_connects() -> asyncpg.Connection:
    raise ConnectionRefusedError("no listener in this test")


async def converged(registry: MatcherRegistry, db: Any, event_id: int, within_s: float) -> float:
    """Seconds until the registry applied the event's current version."""
    started = time.monotonic()
    target = await change_log.current_version(db, event_id)
    while True:
        lag = {lag.event_id: lag for lag in registry.status().events}[event_id]
        if lag.version >= target:
            return time.monotonic() - started
        assert time.monotonic() - started < within_s, f"still at {lag} after {within_s} s"
        await asyncio.sleep(0.02)


async def withdraw_consent(db: Any, people: list[int]) -> None:
    for person in people:  # one change (and one version) each, as edits come in
        await db.execute("update attendees set consent = false where id = $1", person)


async def test_a_terminated_listener_reconnects_and_misses_nothing(
    db: Any, pool: asyncpg.Pool, database_url: str, registries: list[MatcherRegistry]
) -> None:
    event_id, people = await make_event(db, "cut", 60)
    registry = await start_registry(registries, pool, partial(connect_listener, database_url))
    assert len(await registry.matcher(event_id)) == 60
    killed = await db.fetchval(
        """
        select pg_terminate_backend(pid) from pg_stat_activity
        where application_name = 'matchmaker-listener' and datname = current_database()
        """
    )
    assert killed
    await withdraw_consent(db, people[:50])
    await converged(registry, db, event_id, within_s=5)
    assert len(await registry.matcher(event_id)) == 10
    status = registry.status()
    assert status.listener_reconnects >= 1
    assert status.max_behind_versions == 0


async def test_a_half_open_listener_is_found_by_its_heartbeat(
    db: Any, pool: asyncpg.Pool, database_url: str, registries: list[MatcherRegistry]
) -> None:
    event_id, people = await make_event(db, "frozen", 5)
    proxy = TcpProxy(database_url)
    proxy.accept()
    try:
        registry = await start_registry(
            registries, pool, partial(connect_listener, proxy.dsn), poll_interval_s=3600
        )
        await registry.matcher(event_id)
        proxy.freeze()  # the listener's connection stays open but nothing passes any more
        deadline = time.monotonic() + 5
        while registry.status().listener_reconnects < 1:
            assert time.monotonic() < deadline, "the heartbeat never noticed"
            await asyncio.sleep(0.05)
        # Through the new connection, notifications flow again (the poll is off here).
        await withdraw_consent(db, people[:2])
        await converged(registry, db, event_id, within_s=5)
        assert len(await registry.matcher(event_id)) == 3
    finally:
        proxy.close()


async def test_without_notifications_the_version_poll_finds_every_change(
    db: Any, pool: asyncpg.Pool, registries: list[MatcherRegistry]
) -> None:
    event_id, people = await make_event(db, "polled", 20)
    registry = await start_registry(registries, pool, never_connects, poll_interval_s=0.1)
    assert len(await registry.matcher(event_id)) == 20
    await withdraw_consent(db, people[:7])
    await converged(registry, db, event_id, within_s=5)
    assert len(await registry.matcher(event_id)) == 13


async def test_a_gap_the_log_no_longer_holds_rebuilds_the_event(
    db: Any, pool: asyncpg.Pool, registries: list[MatcherRegistry]
) -> None:
    event_id, people = await make_event(db, "rebuilt", 20)
    registry = await start_registry(registries, pool, never_connects, poll_interval_s=0.1)
    before = await registry.matcher(event_id)
    async with db.transaction():  # the changes and their pruning become visible at once
        await withdraw_consent(db, people[:5])
        await db.execute("delete from attendee_changes where event_id = $1", event_id)
    await converged(registry, db, event_id, within_s=5)
    after = await registry.matcher(event_id)
    assert after is not before
    assert len(after) == 15


async def test_past_the_budget_the_least_recently_used_event_is_dropped(
    db: Any, pool: asyncpg.Pool, registries: list[MatcherRegistry]
) -> None:
    events = [(await make_event(db, f"lru-{n}", 10))[0] for n in range(3)]
    one_event = 10 * HashingEmbedder().dimension * 4  # the footprint floor of 10 people
    registry = await start_registry(
        registries, pool, never_connects, memory_budget_bytes=int(2.5 * one_event)
    )
    first, second, third = events
    await registry.matcher(first)
    await registry.matcher(second)
    await registry.matcher(first)  # used again: now the second is the least recent
    await registry.matcher(third)
    assert registry.indexed_counts() == {first: 10, third: 10}
    assert registry.status().memory_used_mb <= registry.status().memory_budget_mb  # type: ignore[operator]
    # A request for the dropped event waits for its load and gets the whole event.
    assert len(await registry.matcher(second)) == 10
    assert registry.indexed_counts() == {third: 10, second: 10}


async def test_concurrent_requests_for_an_event_not_in_memory_share_one_load(
    db: Any, pool: asyncpg.Pool, registries: list[MatcherRegistry]
) -> None:
    event_id, _ = await make_event(db, "one-load", 30)
    registry = await start_registry(registries, pool, never_connects)
    matchers = await asyncio.gather(*(registry.matcher(event_id) for _ in range(8)))
    assert all(matcher is matchers[0] for matcher in matchers)
    assert len(matchers[0]) == 30
