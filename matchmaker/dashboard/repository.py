"""SQL behind the dashboard charts, one query per chart."""

from __future__ import annotations

from typing import Any

import asyncpg


async def funnel(conn: asyncpg.Connection, event_id: int) -> Any:
    """Attendees at each step of activation, each step counted on its own (an attendee who
    sent a request counts there even if an organiser imported their consent)."""
    return await conn.fetchrow(
        """
        select count(*) as imported,
               count(*) filter (where exists (
                   select 1 from signin_links l
                   where l.attendee_id = a.id and l.last_used_at is not null)) as signed_in,
               count(*) filter (where a.consent) as consented,
               count(*) filter (where exists (
                   select 1 from attendee_onboarding o
                   where o.attendee_id = a.id and o.completed_at is not null)) as profile_complete,
               count(*) filter (where exists (
                   select 1 from meeting_requests r where r.from_id = a.id)) as sent_request,
               count(*) filter (where exists (
                   select 1 from meeting_participants p join meetings m on m.id = p.meeting_id
                   where p.attendee_id = a.id and m.status = 'booked')) as has_meeting
        from attendees a
        where a.event_id = $1
        """,
        event_id,
    )


async def requests_by_day(conn: asyncpg.Connection, event_id: int, timezone: str) -> list[Any]:
    """Requests sent per day (in the event's time zone) by their status now; a pending
    request past its expiry counts as expired, as on the figures."""
    return list(
        await conn.fetch(
            """
            select (created_at at time zone $2)::date as day,
                   case when status = 'pending' and expires_at <= now() then 'expired'
                        else status end as status,
                   count(*) as requests
            from meeting_requests
            where event_id = $1
            group by 1, 2
            order by 1, 2
            """,
            event_id,
            timezone,
        )
    )


async def meetings_per_attendee(conn: asyncpg.Connection, event_id: int) -> list[Any]:
    """How many attendees have 0, 1, 2, ... booked meetings."""
    return list(
        await conn.fetch(
            """
            select meetings, count(*) as attendees
            from (
                select a.id, count(m.id) as meetings
                from attendees a
                left join meeting_participants p on p.attendee_id = a.id
                left join meetings m on m.id = p.meeting_id and m.status = 'booked'
                where a.event_id = $1
                group by a.id
            ) per_person
            group by meetings
            order by meetings
            """,
            event_id,
        )
    )


async def table_use(conn: asyncpg.Connection, event_id: int) -> list[Any]:
    """Every slot × table of every session, with whether a meeting is booked there."""
    return list(
        await conn.fetch(
            """
            select s.id as session_id, s.name as session_name,
                   sl.id as slot_id, sl.position as slot_position, sl.starts_at,
                   t.id as table_id, t.position as table_position, t.label as table_label,
                   exists (select 1 from meetings m
                           where m.slot_id = sl.id and m.table_id = t.id
                             and m.status = 'booked') as booked
            from networking_sessions s
            join session_slots sl on sl.session_id = s.id
            join session_tables t on t.session_id = s.id
            where s.event_id = $1
            order by s.starts_at, s.id, sl.position, t.position
            """,
            event_id,
        )
    )


async def topic_interest(conn: asyncpg.Connection, event_id: int) -> list[Any]:
    """Each topic with how many attendees ticked it, in the event's order."""
    return list(
        await conn.fetch(
            """
            select t.slug, t.label, count(a.id) as interested
            from topics t
            left join attendees a on a.event_id = t.event_id and t.slug = any(a.topics)
            where t.event_id = $1
            group by t.id, t.slug, t.label, t.position
            order by t.position
            """,
            event_id,
        )
    )
