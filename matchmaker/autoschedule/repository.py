"""SQL the auto-scheduler reads a session's state with, and books its plan through."""

from __future__ import annotations

from typing import Any

import asyncpg


async def session_row(conn: asyncpg.Connection, event_id: int, session_id: int) -> Any:
    return await conn.fetchrow(
        "select id, name from networking_sessions where event_id = $1 and id = $2",
        event_id,
        session_id,
    )


async def slots(conn: asyncpg.Connection, session_id: int) -> list[Any]:
    return list(
        await conn.fetch(
            """
            select id, starts_at, ends_at from session_slots
            where session_id = $1 order by position
            """,
            session_id,
        )
    )


async def tables(conn: asyncpg.Connection, session_id: int) -> list[Any]:
    return list(
        await conn.fetch(
            "select id, label from session_tables where session_id = $1 order by position",
            session_id,
        )
    )


async def taken_tables(conn: asyncpg.Connection, session_id: int) -> list[Any]:
    """(slot_id, table_id) of meetings already booked in the session."""
    return list(
        await conn.fetch(
            "select slot_id, table_id from meetings where session_id = $1 and status = 'booked'",
            session_id,
        )
    )


async def busy_person_slots(conn: asyncpg.Connection, session_id: int) -> list[Any]:
    """(attendee_id, slot_id) where the person cannot meet: a booked meeting overlapping the
    slot in any session, or unavailability they declared."""
    return list(
        await conn.fetch(
            """
            select p.attendee_id, s.id as slot_id
            from session_slots s
            join meeting_participants p
              on p.active and p.during && tstzrange(s.starts_at, s.ends_at)
            where s.session_id = $1
            union
            select u.attendee_id, u.slot_id
            from attendee_unavailability u
            join session_slots s on s.id = u.slot_id
            where s.session_id = $1
            """,
            session_id,
        )
    )


async def accepted_unbooked_requests(conn: asyncpg.Connection, event_id: int) -> list[Any]:
    return list(
        await conn.fetch(
            """
            select r.id, r.from_id, r.to_id
            from meeting_requests r
            where r.event_id = $1 and r.status = 'accepted'
              and not exists (
                  select 1 from meetings m where m.request_id = r.id and m.status = 'booked')
            order by r.id
            """,
            event_id,
        )
    )


async def booked_counts(conn: asyncpg.Connection, event_id: int) -> dict[int, int]:
    rows = await conn.fetch(
        """
        select p.attendee_id, count(*) as meetings
        from meeting_participants p join meetings m on m.id = p.meeting_id
        where m.event_id = $1 and m.status = 'booked'
        group by p.attendee_id
        """,
        event_id,
    )
    return {row["attendee_id"]: row["meetings"] for row in rows}


async def pairs_with_history(conn: asyncpg.Connection, event_id: int) -> set[tuple[int, int]]:
    """Pairs that already have a request (in any state) or a block: the scheduler must not
    push a meeting on them."""
    rows = await conn.fetch(
        """
        select least(from_id, to_id) as a, greatest(from_id, to_id) as b
        from meeting_requests where event_id = $1
        union
        select least(b.attendee_id, b.blocked_id), greatest(b.attendee_id, b.blocked_id)
        from blocks b join attendees a on a.id = b.attendee_id
        where a.event_id = $1
        """,
        event_id,
    )
    return {(row["a"], row["b"]) for row in rows}


async def insert_meeting(
    conn: asyncpg.Connection,
    *,
    event_id: int,
    session_id: int,
    slot_id: int,
    table_id: int,
    request_id: int | None,
    people: tuple[int, int],
) -> int:
    """Book one meeting; the database's constraints refuse a taken table or a busy person
    (UniqueViolationError / ExclusionViolationError)."""
    meeting_id: int = await conn.fetchval(
        """
        insert into meetings (event_id, session_id, slot_id, table_id, request_id, source)
        values ($1, $2, $3, $4, $5, 'scheduler')
        returning id
        """,
        event_id,
        session_id,
        slot_id,
        table_id,
        request_id,
    )
    await conn.execute(
        """
        insert into meeting_participants (meeting_id, attendee_id, during)
        select $1, person, tstzrange(s.starts_at, s.ends_at)
        from session_slots s, unnest($3::bigint[]) as person
        where s.id = $2
        """,
        meeting_id,
        slot_id,
        list(people),
    )
    return meeting_id
