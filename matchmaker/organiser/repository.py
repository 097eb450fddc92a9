"""SQL behind the organiser's dashboard and exports."""

from __future__ import annotations

from typing import Any

import asyncpg


async def attendee_counts(conn: asyncpg.Connection, event_id: int) -> Any:
    return await conn.fetchrow(
        """
        select count(*) as total,
               count(*) filter (where consent) as consenting,
               count(*) filter (where exists (
                   select 1 from meeting_participants p join meetings m on m.id = p.meeting_id
                   where p.attendee_id = a.id and m.status = 'booked')) as with_meeting
        from attendees a
        where a.event_id = $1
        """,
        event_id,
    )


async def request_counts(conn: asyncpg.Connection, event_id: int) -> Any:
    # A pending request past its expiry counts as expired even before anyone touched it.
    return await conn.fetchrow(
        """
        select count(*) as sent,
               count(*) filter (where status = 'pending' and expires_at > now()) as pending,
               count(*) filter (where status = 'accepted') as accepted,
               count(*) filter (where status = 'declined') as declined,
               count(*) filter (where status = 'withdrawn') as withdrawn,
               count(*) filter (where status = 'cancelled') as cancelled,
               count(*) filter (where status = 'expired'
                                or (status = 'pending' and expires_at <= now())) as expired
        from meeting_requests
        where event_id = $1
        """,
        event_id,
    )


async def meeting_counts(conn: asyncpg.Connection, event_id: int) -> Any:
    return await conn.fetchrow(
        """
        select count(*) filter (where status = 'booked') as booked,
               count(*) filter (where status = 'cancelled') as cancelled
        from meetings
        where event_id = $1
        """,
        event_id,
    )


async def slot_use(conn: asyncpg.Connection, event_id: int) -> list[Any]:
    """Per slot of every session: booked meetings and the number of tables."""
    return list(
        await conn.fetch(
            """
            select s.id as session_id, s.name as session_name, sl.id as slot_id,
                   sl.starts_at, sl.ends_at,
                   (select count(*) from session_tables t where t.session_id = s.id) as tables,
                   (select count(*) from meetings m
                    where m.slot_id = sl.id and m.status = 'booked') as booked
            from networking_sessions s
            join session_slots sl on sl.session_id = s.id
            where s.event_id = $1
            order by s.starts_at, s.id, sl.position
            """,
            event_id,
        )
    )


async def topic_interest(conn: asyncpg.Connection, event_id: int) -> list[Any]:
    """Per topic: attendees interested, and booked meetings whose two people share it."""
    return list(
        await conn.fetch(
            """
            select t.slug, t.label,
                   (select count(*) from attendees a
                    where a.event_id = $1 and t.slug = any(a.topics)) as attendees,
                   (select count(*) from meetings m
                    where m.event_id = $1 and m.status = 'booked'
                      and (select count(*) from meeting_participants p
                           join attendees a on a.id = p.attendee_id
                           where p.meeting_id = m.id and t.slug = any(a.topics)) = 2
                   ) as meetings
            from topics t
            where t.event_id = $1
            order by t.position
            """,
            event_id,
        )
    )


async def attendees_without_meeting(
    conn: asyncpg.Connection, event_id: int, limit: int
) -> list[Any]:
    return list(
        await conn.fetch(
            """
            select a.id, a.name, a.organisation
            from attendees a
            where a.event_id = $1 and a.consent
              and not exists (
                  select 1 from meeting_participants p join meetings m on m.id = p.meeting_id
                  where p.attendee_id = a.id and m.status = 'booked')
            order by a.id
            limit $2
            """,
            event_id,
            limit,
        )
    )


async def booked_meetings(
    conn: asyncpg.Connection, event_id: int, session_id: int | None
) -> list[Any]:
    """Booked meetings with both people, in slot then table order (one row per meeting)."""
    return list(
        await conn.fetch(
            """
            select m.id, s.name as session_name, sl.starts_at, sl.ends_at,
                   t.label as table_label, t.position as table_position, m.source,
                   a1.id as a_id, a1.name as a_name, a1.organisation as a_organisation,
                   a2.id as b_id, a2.name as b_name, a2.organisation as b_organisation
            from meetings m
            join networking_sessions s on s.id = m.session_id
            join session_slots sl on sl.id = m.slot_id
            join session_tables t on t.id = m.table_id
            join lateral (
                select array_agg(p.attendee_id order by p.attendee_id) as ids
                from meeting_participants p where p.meeting_id = m.id
            ) people on true
            join attendees a1 on a1.id = people.ids[1]
            join attendees a2 on a2.id = people.ids[2]
            where m.event_id = $1 and m.status = 'booked'
              and ($2::bigint is null or m.session_id = $2)
            order by sl.starts_at, t.position
            """,
            event_id,
            session_id,
        )
    )


async def session_exists(conn: asyncpg.Connection, event_id: int, session_id: int) -> bool:
    found = await conn.fetchval(
        "select 1 from networking_sessions where event_id = $1 and id = $2", event_id, session_id
    )
    return found is not None
