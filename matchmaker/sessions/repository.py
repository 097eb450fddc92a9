"""SQL for networking sessions, their slots and tables, and attendee unavailability."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import asyncpg


async def insert_session(
    conn: asyncpg.Connection,
    event_id: int,
    name: str,
    starts_at: datetime,
    ends_at: datetime,
    slot_minutes: int,
) -> Any:
    return await conn.fetchrow(
        """
        insert into networking_sessions (event_id, name, starts_at, ends_at, slot_minutes)
        values ($1, $2, $3, $4, $5)
        returning id, name, starts_at, ends_at, slot_minutes
        """,
        event_id,
        name,
        starts_at,
        ends_at,
        slot_minutes,
    )


async def insert_slots(
    conn: asyncpg.Connection, session_id: int, bounds: list[tuple[datetime, datetime]]
) -> list[Any]:
    """Insert the slots in time order; position is their order."""
    return await conn.fetch(
        """
        insert into session_slots (session_id, position, starts_at, ends_at)
        select $1, s.position, s.starts_at, s.ends_at
        from unnest($2::timestamptz[], $3::timestamptz[]) with ordinality
             as s (starts_at, ends_at, position)
        order by s.position
        returning id, starts_at, ends_at
        """,
        session_id,
        [start for start, _ in bounds],
        [end for _, end in bounds],
    )


async def insert_tables(conn: asyncpg.Connection, session_id: int, labels: list[str]) -> list[Any]:
    """Insert the tables in the given order; raises UniqueViolationError on a repeated label."""
    return await conn.fetch(
        """
        insert into session_tables (session_id, position, label)
        select $1, t.position, t.label
        from unnest($2::text[]) with ordinality as t (label, position)
        order by t.position
        returning id, label
        """,
        session_id,
        labels,
    )


async def sessions_of_event(conn: asyncpg.Connection, event_id: int) -> list[Any]:
    return await conn.fetch(
        """
        select id, name, starts_at, ends_at, slot_minutes from networking_sessions
        where event_id = $1 order by starts_at, id
        """,
        event_id,
    )


async def slots_with_free_tables(conn: asyncpg.Connection, event_id: int) -> list[Any]:
    """Every slot of the event with how many of its session's tables are still free."""
    return await conn.fetch(
        """
        select s.session_id, s.id, s.starts_at, s.ends_at,
               (select count(*) from session_tables t where t.session_id = s.session_id)
               - (select count(*) from meetings m
                  where m.slot_id = s.id and m.status = 'booked') as free_tables
        from session_slots s
        join networking_sessions n on n.id = s.session_id
        where n.event_id = $1
        order by s.session_id, s.position
        """,
        event_id,
    )


async def tables_of_event(conn: asyncpg.Connection, event_id: int) -> list[Any]:
    return await conn.fetch(
        """
        select t.session_id, t.id, t.label
        from session_tables t join networking_sessions n on n.id = t.session_id
        where n.event_id = $1
        order by t.session_id, t.position
        """,
        event_id,
    )


async def slot_ids_in_event(
    conn: asyncpg.Connection, event_id: int, slot_ids: list[int]
) -> set[int]:
    """The subset of ``slot_ids`` that are slots of this event."""
    rows = await conn.fetch(
        """
        select s.id from session_slots s join networking_sessions n on n.id = s.session_id
        where n.event_id = $1 and s.id = any($2::bigint[])
        """,
        event_id,
        slot_ids,
    )
    return {row["id"] for row in rows}


async def booked_slots_among(
    conn: asyncpg.Connection, attendee_id: int, slot_ids: list[int]
) -> list[int]:
    """Slots among ``slot_ids`` whose time the attendee has a booked meeting in."""
    rows = await conn.fetch(
        """
        select s.id from session_slots s
        where s.id = any($2::bigint[])
          and exists (
              select 1 from meeting_participants p
              where p.attendee_id = $1 and p.active
                and p.during && tstzrange(s.starts_at, s.ends_at)
          )
        order by s.id
        """,
        attendee_id,
        slot_ids,
    )
    return [row["id"] for row in rows]


async def unavailable_slot_ids(conn: asyncpg.Connection, attendee_id: int) -> list[int]:
    rows = await conn.fetch(
        "select slot_id from attendee_unavailability where attendee_id = $1 order by slot_id",
        attendee_id,
    )
    return [row["slot_id"] for row in rows]


async def lock_attendee(conn: asyncpg.Connection, attendee_id: int) -> None:
    """Take the per-person lock bookings take, so a booking and a change of unavailability
    for the same person run one after the other and each sees the other's result."""
    await conn.execute("select id from attendees where id = $1 for no key update", attendee_id)


async def replace_unavailability(
    conn: asyncpg.Connection, attendee_id: int, slot_ids: list[int]
) -> None:
    await conn.execute("delete from attendee_unavailability where attendee_id = $1", attendee_id)
    await conn.execute(
        """
        insert into attendee_unavailability (attendee_id, slot_id)
        select $1, unnest($2::bigint[])
        """,
        attendee_id,
        slot_ids,
    )


async def session_in_event(conn: asyncpg.Connection, event_id: int, session_id: int) -> bool:
    found = await conn.fetchval(
        "select 1 from networking_sessions where event_id = $1 and id = $2", event_id, session_id
    )
    return found is not None


async def append_tables(conn: asyncpg.Connection, session_id: int, labels: list[str]) -> list[Any]:
    """Add tables after the session's last one; raises UniqueViolationError on a label the
    session has."""
    await conn.execute(
        "select id from networking_sessions where id = $1 for update", session_id
    )  # two organisers adding tables at once get consecutive positions
    return await conn.fetch(
        """
        insert into session_tables (session_id, position, label)
        select $1, coalesce((select max(position) from session_tables where session_id = $1), 0)
                   + t.position, t.label
        from unnest($2::text[]) with ordinality as t (label, position)
        order by t.position
        returning id, label
        """,
        session_id,
        labels,
    )


async def booked_per_table(conn: asyncpg.Connection, event_id: int) -> dict[int, int]:
    """Booked meetings at each table of the event's sessions (tables with none are absent)."""
    rows = await conn.fetch(
        """
        select table_id, count(*) as booked from meetings
        where event_id = $1 and status = 'booked'
        group by table_id
        """,
        event_id,
    )
    return {row["table_id"]: int(row["booked"]) for row in rows}


async def delete_table_if_unbooked(
    conn: asyncpg.Connection, session_id: int, table_id: int
) -> tuple[bool, int]:
    """Delete the table unless booked meetings use it: (deleted, booked meetings). Meetings
    reference their table with a cascading key, so a booked table is never deleted here."""
    await conn.execute(
        "select id from session_tables where session_id = $1 and id = $2 for update",
        session_id,
        table_id,
    )
    booked: int = await conn.fetchval(
        "select count(*) from meetings where table_id = $1 and status = 'booked'", table_id
    )
    if booked:
        return False, booked
    deleted: str = await conn.execute(
        "delete from session_tables where session_id = $1 and id = $2", session_id, table_id
    )
    return deleted.endswith(" 1"), 0
