"""SQL for meetings: the checks that explain a refusal, the atomic table pick that books,
cancellation, availability and the agenda. The database constraints are the guarantee;
nothing here relies on a check made in an earlier statement."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import asyncpg


async def booking_context(
    conn: asyncpg.Connection,
    event_id: int,
    slot_id: int,
    request_id: int,
    people: list[int],
    caller_id: int | None,
    key: str | None,
) -> list[Any]:
    """One row per person: the slot (none when it is not the event's), whether the request
    already holds a meeting, the event's match settings document, the caller's stored answer
    under ``key`` if any, and whether the person is unavailable then, busy then (in any
    session), and how many meetings they have. One round trip for every check."""
    return await conn.fetch(
        """
        select s.id as slot_id, s.session_id, s.starts_at, s.ends_at,
               s.starts_at <= now() as started,
               e.match_settings,
               (select count(*) from session_tables t where t.session_id = s.session_id)
                   as table_count,
               exists (
                   select 1 from meetings m where m.request_id = $3 and m.status = 'booked'
               ) as request_booked,
               k.request_hash as stored_hash, k.response_body as stored_body,
               p.id as attendee_id,
               exists (
                   select 1 from attendee_unavailability u
                   where u.attendee_id = p.id and u.slot_id = s.id
               ) as unavailable,
               exists (
                   select 1 from meeting_participants mp
                   where mp.attendee_id = p.id and mp.active
                     and mp.during && tstzrange(s.starts_at, s.ends_at)
               ) as busy,
               (select count(*) from meeting_participants mp
                where mp.attendee_id = p.id and mp.active) as meetings
        from session_slots s
        join networking_sessions n on n.id = s.session_id
        join events e on e.id = n.event_id
        left join idempotency_keys k on k.attendee_id = $5 and k.key = $6
        cross join unnest($4::bigint[]) as p (id)
        where s.id = $2 and n.event_id = $1
        order by p.id
        """,
        event_id,
        slot_id,
        request_id,
        people,
        caller_id,
        key,
    )


# Picks a free table, inserts the meeting and seats both people in one statement. Tables are
# tried from position $9 upwards, then from the start: callers spread $9 so that concurrent
# bookings of one slot do not all queue on the same table.
# ``on conflict do nothing`` turns a race lost on the table (partial unique index) into "no
# meeting row" and a person booked meanwhile (exclusion constraint) into "fewer than two
# seated" -- both without aborting the transaction, so the caller can retry or explain.
# In the same round trip, once a meeting row exists: the request is marked accepted when
# $10 says booking accepts it, and the answer is stored under the caller's Idempotency-Key
# ($11, $12, $13) as the answer template $14 completed with the meeting id and its table.
# Should a seat be refused, the caller raises and the transaction undoes all of it.
_BOOK = """
with chosen as (
    -- Two walks of the (session_id, position) index, from $9 up, then from the start up
    -- to $9, each stopping at the first free table (rather than ordering every table of
    -- the session by a computed key).
    select c.id, c.label
    from (values (0, $9::int, 2147483647), (1, 0, $9::int)) as part (pass, low, high)
    cross join lateral (
        select t.id, t.label from session_tables t
        where t.session_id = $2 and t.position >= part.low and t.position < part.high
          and t.id <> all($8::bigint[])
          and not exists (
              select 1 from meetings m
              where m.slot_id = $3 and m.table_id = t.id and m.status = 'booked'
          )
        order by t.position
        limit 1
    ) as c
    order by part.pass
    limit 1
), meeting as (
    insert into meetings (event_id, session_id, slot_id, table_id, request_id, source)
    select $1, $2, $3, chosen.id, $4, 'request' from chosen
    on conflict do nothing
    returning id, table_id
), seated as (
    insert into meeting_participants (meeting_id, attendee_id, during)
    select meeting.id, p.id, tstzrange($5, $6)
    from meeting cross join unnest($7::bigint[]) as p (id)
    on conflict do nothing
    returning attendee_id
), accepted as (
    update meeting_requests set status = 'accepted', responded_at = now()
    where id = $4 and $10 and exists (select 1 from meeting)
    returning id
), remembered as (
    insert into idempotency_keys (attendee_id, key, request_hash, response_status,
                                  response_body)
    select $11, $12, $13, 201,
           $14::jsonb || jsonb_build_object(
               'id', meeting.id,
               'table', jsonb_build_object('id', chosen.id, 'label', chosen.label))
    from meeting join chosen on chosen.id = meeting.table_id
    where $12::text is not null
    on conflict (attendee_id, key) do nothing
    returning true
)
select c.id as table_id, c.label, m.id as meeting_id, (select count(*) from seated) as seated,
       exists (select 1 from accepted) as accepted,
       exists (select 1 from remembered) as remembered
from chosen c left join meeting m on m.table_id = c.id
"""


@dataclass(frozen=True, slots=True)
class Remember:
    """Store the booking's answer under the caller's Idempotency-Key: the answer is
    ``template`` (everything but the meeting id and table) completed in SQL."""

    attendee_id: int
    key: str
    request_hash: bytes
    template: dict[str, Any]


async def try_book_table(
    conn: asyncpg.Connection,
    *,
    event_id: int,
    session_id: int,
    slot_id: int,
    request_id: int | None,
    starts_at: datetime,
    ends_at: datetime,
    people: list[int],
    skip_tables: list[int],
    first_position: int,
    accept: bool = False,
    remember: Remember | None = None,
) -> Any:
    """Try to book the first free table from ``first_position`` on (wrapping around) that
    is not in ``skip_tables``. None: no free table;
    ``meeting_id`` None: that table was taken concurrently; ``seated`` < len(people): a
    person is busy at that time; ``remembered`` false with a ``remember``: another booking
    stored that key first. ``accept``: booking also accepts the (pending) request."""
    return await conn.fetchrow(
        _BOOK,
        event_id,
        session_id,
        slot_id,
        request_id,
        starts_at,
        ends_at,
        people,
        skip_tables,
        first_position,
        accept,
        None if remember is None else remember.attendee_id,
        None if remember is None else remember.key,
        None if remember is None else remember.request_hash,
        None if remember is None else remember.template,
    )


async def available_slots(
    conn: asyncpg.Connection,
    event_id: int,
    people: list[int],
    skip_slots: list[int],
    limit: int,
) -> list[Any]:
    """Slots not yet started where none of ``people`` is busy or unavailable and a table is
    free, in time order."""
    return await conn.fetch(
        """
        select id, session_id, starts_at, ends_at, free_tables from (
            select s.id, s.session_id, s.starts_at, s.ends_at,
                   (select count(*) from session_tables t where t.session_id = s.session_id)
                   - (select count(*) from meetings m
                      where m.slot_id = s.id and m.status = 'booked') as free_tables
            from session_slots s
            join networking_sessions n on n.id = s.session_id
            where n.event_id = $1 and s.starts_at > now()
              and s.id <> all($3::bigint[])
              and not exists (
                  select 1 from attendee_unavailability u
                  where u.slot_id = s.id and u.attendee_id = any($2::bigint[])
              )
              and not exists (
                  select 1 from meeting_participants mp
                  where mp.attendee_id = any($2::bigint[]) and mp.active
                    and mp.during && tstzrange(s.starts_at, s.ends_at)
              )
        ) as candidates
        where free_tables > 0
        order by starts_at, id
        limit $4
        """,
        event_id,
        people,
        skip_slots,
        limit,
    )


async def meeting_for_update(conn: asyncpg.Connection, event_id: int, meeting_id: int) -> Any:
    return await conn.fetchrow(
        """
        select m.id, m.status, m.request_id,
               array(select p.attendee_id from meeting_participants p
                     where p.meeting_id = m.id order by p.attendee_id) as participants
        from meetings m
        where m.id = $1 and m.event_id = $2
        for update
        """,
        meeting_id,
        event_id,
    )


async def cancel_meeting(
    conn: asyncpg.Connection, meeting_id: int, *, note: str = "", cancelled_by: int | None = None
) -> None:
    """Cancel: the table and both people are free again, and the request is closed."""
    await conn.execute(
        """
        with meeting as (
            update meetings
            set status = 'cancelled', cancelled_at = now(), cancel_note = $2,
                cancelled_by = $3
            where id = $1 and status = 'booked'
            returning id, request_id
        ), seats as (
            update meeting_participants set active = false
            where meeting_id = (select id from meeting)
        )
        update meeting_requests set status = 'cancelled', responded_at = now()
        where id = (select request_id from meeting) and status = 'accepted'
        """,
        meeting_id,
        note,
        cancelled_by,
    )


async def agenda(conn: asyncpg.Connection, attendee_id: int) -> list[Any]:
    """The attendee's meetings, booked and cancelled, in time order, with their partner."""
    return await conn.fetch(
        """
        select m.id, m.status, m.request_id, m.session_id, n.name as session_name,
               m.created_at, m.cancelled_at, m.uid, m.sequence, m.updated_at, m.cancel_note,
               m.cancelled_by,
               s.id as slot_id, s.starts_at, s.ends_at, t.id as table_id, t.label,
               o.id as partner_id, o.name as partner_name,
               o.organisation as partner_organisation
        from meeting_participants me
        join meetings m on m.id = me.meeting_id
        join networking_sessions n on n.id = m.session_id
        join session_slots s on s.id = m.slot_id
        join session_tables t on t.id = m.table_id
        left join meeting_participants op
               on op.meeting_id = m.id and op.attendee_id <> me.attendee_id
        left join attendees o on o.id = op.attendee_id
        where me.attendee_id = $1
        order by s.starts_at, m.id
        """,
        attendee_id,
    )


async def attendee_exists(conn: asyncpg.Connection, event_id: int, attendee_id: int) -> bool:
    found: bool = await conn.fetchval(
        "select exists (select 1 from attendees where event_id = $1 and id = $2)",
        event_id,
        attendee_id,
    )
    return found
