"""Bookings racing each other over many real connections and over HTTP: whatever the
interleaving, nobody and no table is double-booked, and nobody gets a 5xx."""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import asyncpg
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient

from conftest import ORGANISER_TOKEN, PoolOf, bearer
from matchmaker.booking import meetings
from matchmaker.booking.schemas import BookingCreate
from matchmaker.errors import MatchmakerError
from matchmaker.events.models import Event
from matchmaker.events.service import get_event
from matchmaker.settings import Settings
from matchmaker.tokens import hash_token

Client = AsyncTestClient[Litestar]
SLUG = "race"
REFUSALS = {409, 429}


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    """The app under test gets a pool wide enough for real parallelism."""
    return Settings(
        database_url=database_url,
        data_dir=tmp_path / "data",
        admin_token=ORGANISER_TOKEN,
        pool_min_size=2,
        pool_max_size=20,
    )


@pytest.fixture
async def pool(pool_of: PoolOf) -> asyncpg.Pool:
    """Fifty separate connections, configured as the app configures its own."""
    return await pool_of(50)


@dataclass
class Arena:
    db: Any
    event_id: int
    people: list[int]
    tokens: dict[int, str]

    async def session(
        self, start: str, minutes: int, slots: int, tables: int
    ) -> tuple[list[int], list[int]]:
        session_id = await self.db.fetchval(
            """
            insert into networking_sessions (event_id, name, starts_at, ends_at, slot_minutes)
            values ($1, 'Race', $2::text::timestamptz,
                    $2::text::timestamptz + make_interval(mins => $3::int * $4::int), $3)
            returning id
            """,
            self.event_id,
            start,
            minutes,
            slots,
        )
        slot_ids = await self.db.fetch(
            """
            insert into session_slots (session_id, position, starts_at, ends_at)
            select $1, n, $2::text::timestamptz + make_interval(mins => $3::int * n),
                   $2::text::timestamptz + make_interval(mins => $3::int * (n + 1))
            from generate_series(0, $4::int - 1) as n
            returning id
            """,
            session_id,
            start,
            minutes,
            slots,
        )
        table_ids = await self.db.fetch(
            """
            insert into session_tables (session_id, position, label)
            select $1, n, 'Table ' || n from generate_series(1, $2::int) as n
            returning id
            """,
            session_id,
            tables,
        )
        return [r["id"] for r in slot_ids], [r["id"] for r in table_ids]

    async def request(self, sender: int, recipient: int, status: str = "accepted") -> int:
        request_id: int = await self.db.fetchval(
            """
            insert into meeting_requests (event_id, from_id, to_id, status, expires_at)
            values ($1, $2, $3, $4, now() + interval '3 days') returning id
            """,
            self.event_id,
            sender,
            recipient,
            status,
        )
        return request_id


@pytest.fixture
async def arena(db: Any) -> Arena:
    event_id = await db.fetchval(
        """
        insert into events (slug, name, timezone) values ($1, 'Race', 'Europe/Brussels')
        returning id
        """,
        SLUG,
    )
    tokens = {n: f"race-token-{n}" for n in range(120)}
    rows = await db.fetch(
        """
        insert into attendees (event_id, email, name, organisation, consent, token_hash)
        select $1, 'p' || n || '@example.org', 'Person ' || n, 'Org ' || n, true, h
        from unnest($2::int[], $3::bytea[]) as t (n, h)
        order by n
        returning id
        """,
        event_id,
        list(tokens),
        [hash_token(t) for t in tokens.values()],
    )
    people = [row["id"] for row in rows]
    return Arena(db, event_id, people, {people[n]: tokens[n] for n in tokens})


async def book_direct(
    pool: asyncpg.Pool,
    event: Event,
    token: str,
    request_id: int,
    slot_id: int,
    key: str | None = None,
) -> int:
    """Book on a connection of its own, in its own transaction, as a request handler does."""
    async with pool.acquire() as conn:
        try:
            async with conn.transaction():
                await meetings.book_meeting_with_token(
                    conn, event, token, BookingCreate(request_id=request_id, slot_id=slot_id), key
                )
        except MatchmakerError as error:
            return error.status
        return 201


async def the_event(pool: asyncpg.Pool) -> Event:
    async with pool.acquire() as conn:
        return await get_event(conn, SLUG)


async def assert_nobody_double_booked(db: Any) -> None:
    clashes = await db.fetchval(
        """
        select count(*) from meeting_participants a
        join meeting_participants b
          on a.attendee_id = b.attendee_id and a.meeting_id < b.meeting_id
        where a.active and b.active and a.during && b.during
        """
    )
    shared_tables = await db.fetchval(
        """
        select count(*) from (
            select slot_id, table_id from meetings where status = 'booked'
            group by slot_id, table_id having count(*) > 1
        ) as doubled
        """
    )
    seats = await db.fetchval("select count(*) from meeting_participants where active")
    booked = await db.fetchval("select count(*) from meetings where status = 'booked'")
    assert clashes == 0
    assert shared_tables == 0
    assert seats == 2 * booked  # every booked meeting seats exactly its two people


async def test_fifty_bookings_of_one_table_slot_give_exactly_one(
    arena: Arena, pool: asyncpg.Pool
) -> None:
    slots, _ = await arena.session("2030-03-20 14:00+00", 15, 1, 1)
    pairs = [(arena.people[2 * i], arena.people[2 * i + 1]) for i in range(50)]
    requests = [await arena.request(a, b) for a, b in pairs]
    event = await the_event(pool)
    statuses = await asyncio.gather(
        *(
            book_direct(pool, event, arena.tokens[a], r, slots[0])
            for (a, _), r in zip(pairs, requests, strict=True)
        )
    )
    assert Counter(statuses) == {201: 1, 409: 49}
    assert await arena.db.fetchval("select count(*) from meetings where status = 'booked'") == 1
    await assert_nobody_double_booked(arena.db)


async def test_fifty_bookings_of_one_table_slot_over_http_give_exactly_one(
    arena: Arena, client: Client
) -> None:
    slots, _ = await arena.session("2030-03-20 14:00+00", 15, 1, 1)
    pairs = [(arena.people[2 * i], arena.people[2 * i + 1]) for i in range(50)]
    requests = [await arena.request(a, b) for a, b in pairs]
    responses = await asyncio.gather(
        *(
            client.post(
                f"/api/v1/events/{SLUG}/meetings",
                json={"request_id": r, "slot_id": slots[0]},
                headers=bearer(arena.tokens[a]),
            )
            for (a, _), r in zip(pairs, requests, strict=True)
        )
    )
    assert Counter(r.status_code for r in responses) == {201: 1, 409: 49}
    await assert_nobody_double_booked(arena.db)


async def test_one_person_racing_into_thirty_tables_of_one_slot_gets_one(
    arena: Arena, pool: asyncpg.Pool
) -> None:
    slots, _ = await arena.session("2030-03-20 14:00+00", 15, 1, 30)
    star, partners = arena.people[0], arena.people[1:31]
    requests = [await arena.request(p, star) for p in partners]
    event = await the_event(pool)
    statuses = await asyncio.gather(
        *(book_direct(pool, event, arena.tokens[star], r, slots[0]) for r in requests)
    )
    assert Counter(statuses) == {201: 1, 409: 29}
    seats = await arena.db.fetchval(
        "select count(*) from meeting_participants where attendee_id = $1 and active", star
    )
    assert seats == 1
    await assert_nobody_double_booked(arena.db)


async def test_accept_with_a_slot_racing_a_booking_of_the_same_request_makes_one_meeting(
    arena: Arena, client: Client
) -> None:
    slots, _ = await arena.session("2030-03-20 14:00+00", 15, 4, 10)
    pairs = [(arena.people[2 * i], arena.people[2 * i + 1]) for i in range(10)]
    requests = [await arena.request(a, b, status="pending") for a, b in pairs]
    base = f"/api/v1/events/{SLUG}"
    calls = []
    for (sender, recipient), request_id in zip(pairs, requests, strict=True):
        calls += [
            client.post(
                f"{base}/meeting-requests/{request_id}/accept",
                json={"slot_id": slots[0]},
                headers=bearer(arena.tokens[recipient]),
            ),
            client.post(
                f"{base}/meetings",
                json={"request_id": request_id, "slot_id": slots[1]},
                headers=bearer(arena.tokens[recipient]),
            ),
            client.post(
                f"{base}/meetings",
                json={"request_id": request_id, "slot_id": slots[2]},
                headers=bearer(arena.tokens[sender]),
            ),
        ]
    responses = await asyncio.gather(*calls)
    assert {r.status_code for r in responses} <= {200, 201} | REFUSALS, [
        r.text for r in responses if r.status_code >= 500
    ]
    per_request = await arena.db.fetch(
        "select request_id, count(*) from meetings where status = 'booked' group by request_id"
    )
    assert sorted(row["request_id"] for row in per_request) == sorted(requests)
    assert all(row["count"] == 1 for row in per_request)
    await assert_nobody_double_booked(arena.db)


async def test_a_storm_of_retries_with_one_key_books_once_and_answers_alike(
    arena: Arena, client: Client
) -> None:
    slots, _ = await arena.session("2030-03-20 14:00+00", 15, 2, 5)
    sender, recipient = arena.people[:2]
    request_id = await arena.request(sender, recipient)
    headers = bearer(arena.tokens[sender]) | {"Idempotency-Key": "storm-1"}
    responses = await asyncio.gather(
        *(
            client.post(
                f"/api/v1/events/{SLUG}/meetings",
                json={"request_id": request_id, "slot_id": slots[0]},
                headers=headers,
            )
            for _ in range(30)
        )
    )
    assert {r.status_code for r in responses} == {201}
    assert len({r.content for r in responses}) == 1
    assert await arena.db.fetchval("select count(*) from meetings") == 1


async def test_a_storm_of_retries_on_separate_connections_books_once(
    arena: Arena, pool: asyncpg.Pool
) -> None:
    slots, _ = await arena.session("2030-03-20 14:00+00", 15, 2, 5)
    sender, recipient = arena.people[:2]
    request_id = await arena.request(sender, recipient)
    event = await the_event(pool)
    statuses = await asyncio.gather(
        *(
            book_direct(pool, event, arena.tokens[sender], request_id, slots[0], key="k")
            for _ in range(40)
        )
    )
    assert set(statuses) == {201}
    assert await arena.db.fetchval("select count(*) from meetings") == 1


async def test_two_sessions_with_overlapping_slots_never_double_book_anyone(
    arena: Arena, pool: asyncpg.Pool, client: Client
) -> None:
    short_slots, _ = await arena.session("2030-03-20 14:00+00", 15, 8, 3)
    long_slots, _ = await arena.session("2030-03-20 14:10+00", 20, 6, 3)
    rng = random.Random(7)  # noqa: S311 -- a reproducible mix of slots, not a secret
    people = arena.people[:24]
    pairs = rng.sample([(a, b) for a in people for b in people if a < b], 160)
    requests = [(a, b, await arena.request(a, b)) for a, b in pairs]
    event = await the_event(pool)
    every_slot = short_slots + long_slots
    direct = [
        book_direct(pool, event, arena.tokens[a], r, rng.choice(every_slot))
        for a, _, r in requests[:80]
    ]
    over_http = [
        client.post(
            f"/api/v1/events/{SLUG}/meetings",
            json={"request_id": r, "slot_id": rng.choice(every_slot)},
            headers=bearer(arena.tokens[b]),
        )
        for _, b, r in requests[80:]
    ]
    results = await asyncio.gather(*direct, *over_http)
    statuses = [r if isinstance(r, int) else r.status_code for r in results]
    assert set(statuses) <= {201} | REFUSALS
    assert statuses.count(201) > 10
    await assert_nobody_double_booked(arena.db)
