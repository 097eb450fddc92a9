"""The database itself refuses double booking: rows inserted with plain SQL, no application
code involved. A table holds one meeting per slot; a person is in one meeting at a time,
across every session of the event."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import asyncpg
import pytest


@dataclass
class Layout:
    event_id: int
    people: list[int]
    session_id: int
    slots: list[int]
    tables: list[int]


async def make_session(
    db: Any, event_id: int, start: str, minutes: int, slots: int, tables: int
) -> tuple[int, list[int], list[int]]:
    session_id = await db.fetchval(
        """
        insert into networking_sessions (event_id, name, starts_at, ends_at, slot_minutes)
        values ($1, 'Session', $2::text::timestamptz,
                $2::text::timestamptz + make_interval(mins => $3::int * $4::int), $3)
        returning id
        """,
        event_id,
        start,
        minutes,
        slots,
    )
    slot_ids = [
        row["id"]
        for row in await db.fetch(
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
    ]
    table_ids = [
        row["id"]
        for row in await db.fetch(
            """
            insert into session_tables (session_id, position, label)
            select $1, n, 'Table ' || n from generate_series(1, $2::int) as n
            returning id
            """,
            session_id,
            tables,
        )
    ]
    return session_id, slot_ids, table_ids


@pytest.fixture
async def layout(db: Any) -> Layout:
    event_id = await db.fetchval(
        "insert into events (slug, name, timezone) values ('sql', 'SQL', 'UTC') returning id"
    )
    people = [
        row["id"]
        for row in await db.fetch(
            """
            insert into attendees (event_id, email, name, token_hash)
            select $1, 'p' || n || '@example.org', 'Person ' || n, sha256(n::text::bytea)
            from generate_series(1, 6) as n
            returning id
            """,
            event_id,
        )
    ]
    session_id, slots, tables = await make_session(db, event_id, "2030-03-20 14:00+00", 15, 4, 3)
    return Layout(event_id, people, session_id, slots, tables)


async def insert_meeting(
    db: Any,
    layout: Layout,
    slot_id: int,
    table_id: int,
    people: list[int],
    session_id: int | None = None,
) -> int:
    """A meeting with its participants, exactly as booked rows look, written by hand."""
    async with db.transaction():
        meeting_id: int = await db.fetchval(
            """
            insert into meetings (event_id, session_id, slot_id, table_id)
            values ($1, $2, $3, $4) returning id
            """,
            layout.event_id,
            session_id or layout.session_id,
            slot_id,
            table_id,
        )
        await db.execute(
            """
            insert into meeting_participants (meeting_id, attendee_id, during)
            select $1, p, tstzrange(s.starts_at, s.ends_at)
            from session_slots s, unnest($3::bigint[]) as p
            where s.id = $2
            """,
            meeting_id,
            slot_id,
            people,
        )
    return meeting_id


async def test_a_table_holds_one_meeting_per_slot(db: Any, layout: Layout) -> None:
    a, b, c, d = layout.people[:4]
    slot, table = layout.slots[0], layout.tables[0]
    await insert_meeting(db, layout, slot, table, [a, b])
    with pytest.raises(asyncpg.UniqueViolationError):
        await insert_meeting(db, layout, slot, table, [c, d])


async def test_a_cancelled_meeting_leaves_its_table_free(db: Any, layout: Layout) -> None:
    a, b, c, d = layout.people[:4]
    slot, table = layout.slots[0], layout.tables[0]
    first = await insert_meeting(db, layout, slot, table, [a, b])
    await db.execute("update meetings set status = 'cancelled' where id = $1", first)
    await insert_meeting(db, layout, slot, table, [c, d])


async def test_a_person_is_in_one_meeting_at_a_time(db: Any, layout: Layout) -> None:
    a, b, c = layout.people[:3]
    slot = layout.slots[0]
    await insert_meeting(db, layout, slot, layout.tables[0], [a, b])
    with pytest.raises(asyncpg.ExclusionViolationError):
        await insert_meeting(db, layout, slot, layout.tables[1], [a, c])
    assert await db.fetchval("select count(*) from meetings") == 1  # nothing half-written


async def test_a_person_cannot_meet_in_overlapping_slots_of_two_sessions(
    db: Any, layout: Layout
) -> None:
    a, b, c = layout.people[:3]
    # A second session whose 20-minute slots start at 14:10, overlapping 14:00-14:15.
    other_session, other_slots, other_tables = await make_session(
        db, layout.event_id, "2030-03-20 14:10+00", 20, 3, 2
    )
    await insert_meeting(db, layout, layout.slots[0], layout.tables[0], [a, b])
    with pytest.raises(asyncpg.ExclusionViolationError):
        await insert_meeting(
            db, layout, other_slots[0], other_tables[0], [c, a], session_id=other_session
        )


async def test_back_to_back_slots_do_not_overlap(db: Any, layout: Layout) -> None:
    a, b, c = layout.people[:3]
    await insert_meeting(db, layout, layout.slots[0], layout.tables[0], [a, b])
    await insert_meeting(db, layout, layout.slots[1], layout.tables[0], [a, c])


async def test_an_inactive_participation_frees_the_person(db: Any, layout: Layout) -> None:
    a, b, c = layout.people[:3]
    first = await insert_meeting(db, layout, layout.slots[0], layout.tables[0], [a, b])
    await db.execute("update meeting_participants set active = false where meeting_id = $1", first)
    await insert_meeting(db, layout, layout.slots[0], layout.tables[1], [a, c])


async def test_reactivating_a_clashing_participation_is_refused(db: Any, layout: Layout) -> None:
    a, b, c = layout.people[:3]
    first = await insert_meeting(db, layout, layout.slots[0], layout.tables[0], [a, b])
    await db.execute("update meeting_participants set active = false where meeting_id = $1", first)
    await insert_meeting(db, layout, layout.slots[0], layout.tables[1], [a, c])
    with pytest.raises(asyncpg.ExclusionViolationError):
        await db.execute(
            "update meeting_participants set active = true where meeting_id = $1", first
        )


async def test_a_meeting_cannot_use_a_table_of_another_session(db: Any, layout: Layout) -> None:
    a, b = layout.people[:2]
    _, _, other_tables = await make_session(db, layout.event_id, "2030-03-21 09:00+00", 15, 1, 1)
    with pytest.raises(asyncpg.ForeignKeyViolationError):
        await insert_meeting(db, layout, layout.slots[0], other_tables[0], [a, b])


async def test_a_request_is_booked_at_most_once(db: Any, layout: Layout) -> None:
    a, b = layout.people[:2]
    request_id = await db.fetchval(
        """
        insert into meeting_requests (event_id, from_id, to_id, status, expires_at)
        values ($1, $2, $3, 'accepted', now() + interval '1 day') returning id
        """,
        layout.event_id,
        a,
        b,
    )
    for slot, table in ((layout.slots[0], layout.tables[0]), (layout.slots[2], layout.tables[1])):
        insert = db.execute(
            """
            insert into meetings (event_id, session_id, slot_id, table_id, request_id)
            values ($1, $2, $3, $4, $5)
            """,
            layout.event_id,
            layout.session_id,
            slot,
            table,
            request_id,
        )
        if slot == layout.slots[0]:
            await insert
        else:
            with pytest.raises(asyncpg.UniqueViolationError):
                await insert
