"""SQL for meeting requests. Expiry is applied lazily, in SQL with the database's clock, so
every API host agrees on it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import asyncpg


async def lock_sender(conn: asyncpg.Connection, attendee_id: int) -> None:
    """Serialise one sender's request submissions, so the pending cap holds under races.
    ``no key update`` leaves foreign-key checks against the row unblocked."""
    await conn.execute("select id from attendees where id = $1 for no key update", attendee_id)


async def recipient(conn: asyncpg.Connection, event_id: int, sender_id: int, to_id: int) -> Any:
    """The would-be recipient with their consent and whether either has blocked the other."""
    return await conn.fetchrow(
        """
        select a.id, a.consent,
               exists (
                   select 1 from blocks b
                   where (b.attendee_id = a.id and b.blocked_id = $2)
                      or (b.attendee_id = $2 and b.blocked_id = a.id)
               ) as blocked
        from attendees a
        where a.event_id = $1 and a.id = $3
        """,
        event_id,
        sender_id,
        to_id,
    )


async def expire_due(conn: asyncpg.Connection, attendee_ids: list[int]) -> None:
    """Mark the pending requests of these people whose time is up as expired."""
    await conn.execute(
        """
        update meeting_requests set status = 'expired'
        where status = 'pending' and expires_at <= now()
          and (from_id = any($1::bigint[]) or to_id = any($1::bigint[]))
        """,
        attendee_ids,
    )


async def count_pending_from(conn: asyncpg.Connection, sender_id: int) -> int:
    count: int = await conn.fetchval(
        """
        select count(*) from meeting_requests
        where from_id = $1 and status = 'pending' and expires_at > now()
        """,
        sender_id,
    )
    return count


async def count_pending_to(conn: asyncpg.Connection, recipient_id: int) -> int:
    count: int = await conn.fetchval(
        """
        select count(*) from meeting_requests
        where to_id = $1 and status = 'pending' and expires_at > now()
        """,
        recipient_id,
    )
    return count


async def cooldown_ends(
    conn: asyncpg.Connection, sender_id: int, to_id: int, cooldown_seconds: float
) -> datetime | None:
    """When the sender may ask this person again after their latest decline, if still
    in the future."""
    ends: datetime | None = await conn.fetchval(
        """
        select max(responded_at) + make_interval(secs => $3)
        from meeting_requests
        where from_id = $1 and to_id = $2 and status = 'declined'
        having max(responded_at) + make_interval(secs => $3) > now()
        """,
        sender_id,
        to_id,
        cooldown_seconds,
    )
    return ends


async def insert_request(
    conn: asyncpg.Connection,
    event_id: int,
    sender_id: int,
    to_id: int,
    message: str,
    expiry_seconds: float,
    preferred_slot_ids: list[int],
) -> Any:
    """Insert a pending request; raises UniqueViolationError when the pair has an open one."""
    return await conn.fetchrow(
        """
        insert into meeting_requests (
            event_id, from_id, to_id, message, expires_at, preferred_slot_ids)
        values ($1, $2, $3, $4, now() + make_interval(secs => $5), $6)
        returning id, from_id, to_id, message, status, created_at, expires_at, responded_at,
            preferred_slot_ids
        """,
        event_id,
        sender_id,
        to_id,
        message,
        expiry_seconds,
        preferred_slot_ids,
    )


async def lock_request(conn: asyncpg.Connection, event_id: int, request_id: int) -> Any:
    """Lock the request and then both its people (in id order, the order every booking
    uses, so concurrent bookings cannot deadlock). ``due`` says it should be expired."""
    return await conn.fetchrow(
        """
        select r.id, r.from_id, r.to_id, r.message, r.status, r.created_at, r.expires_at,
               r.responded_at, r.preferred_slot_ids,
               (r.status = 'pending' and r.expires_at <= now()) as due
        from meeting_requests r
        join attendees a on a.id = r.from_id or a.id = r.to_id
        where r.id = $1 and r.event_id = $2
        order by a.id
        for update of r for no key update of a
        """,
        request_id,
        event_id,
    )


async def lock_request_for_caller(
    conn: asyncpg.Connection, event_id: int, request_id: int, token_hash: bytes
) -> list[Any]:
    """Who holds the token, and (when they belong to this event) the request locked with
    both its people, as :func:`lock_request` does: one round trip for both. No rows: no
    attendee holds the token; ``id`` None: no such request in the event."""
    return await conn.fetch(
        """
        select c.id as caller_id, c.event_id as caller_event_id,
               r.id, r.from_id, r.to_id, r.message, r.status, r.created_at, r.expires_at,
               r.responded_at, r.due
        from attendees c
        left join lateral (
            select r.id, r.from_id, r.to_id, r.message, r.status, r.created_at,
                   r.expires_at, r.responded_at,
                   (r.status = 'pending' and r.expires_at <= now()) as due
            from meeting_requests r
            join attendees a on a.id = r.from_id or a.id = r.to_id
            where r.id = $1 and r.event_id = $2 and c.event_id = $2
            order by a.id
            for update of r for no key update of a
        ) as r on true
        where c.token_hash = $3
        """,
        request_id,
        event_id,
        token_hash,
    )


async def set_status(conn: asyncpg.Connection, request_id: int, status: str) -> Any:
    """Move a request to ``status``, stamping when it was answered."""
    return await conn.fetchrow(
        """
        update meeting_requests
        set status = $2,
            responded_at = case when $2 = 'expired' then responded_at else now() end
        where id = $1
        returning id, from_id, to_id, message, status, created_at, expires_at, responded_at,
            preferred_slot_ids
        """,
        request_id,
        status,
    )


# Listing changes nothing: a pending request past its time reads as expired here and is
# marked so by the next write that touches it.
_LISTED = """
    select id, from_id, to_id, message,
        case when status = 'pending' and expires_at <= now() then 'expired' else status end
            as status,
        created_at, expires_at, responded_at, preferred_slot_ids
    from meeting_requests
"""
_RECEIVED = _LISTED + "where event_id = $1 and to_id = $2 and id = $3"
_INBOX = _LISTED + "where to_id = $1 and id < $2 order by id desc limit $3"
_OUTBOX = _LISTED + "where from_id = $1 and id < $2 order by id desc limit $3"


async def received_request(
    conn: asyncpg.Connection, event_id: int, to_id: int, request_id: int
) -> Any:
    """One request received by ``to_id``, as listed."""
    return await conn.fetchrow(_RECEIVED, event_id, to_id, request_id)


async def request_page(
    conn: asyncpg.Connection, attendee_id: int, box: str, before_id: int, limit: int
) -> list[Any]:
    """Requests received (``in``) or sent (``out``), newest first, older than ``before_id``."""
    sql = _INBOX if box == "in" else _OUTBOX
    return await conn.fetch(sql, attendee_id, before_id, limit)


async def open_request_between(conn: asyncpg.Connection, event_id: int, me: int, other: int) -> Any:
    """The pending or accepted request between two people, in either direction, if any."""
    return await conn.fetchrow(
        """
        select id, from_id, to_id, message, status, created_at, expires_at, responded_at,
            preferred_slot_ids
        from meeting_requests
        where event_id = $1 and status in ('pending', 'accepted')
          and ((from_id = $2 and to_id = $3) or (from_id = $3 and to_id = $2))
          and not (status = 'pending' and expires_at <= now())
        """,
        event_id,
        me,
        other,
    )


async def proposed_slots(conn: asyncpg.Connection, attendee_id: int) -> list[Any]:
    """Slots proposed in the attendee's pending requests, sent or received, with who the
    other person is: what a new proposal of the same time would clash with."""
    return await conn.fetch(
        """
        select slot_id, r.id as request_id,
               case when r.from_id = $1 then r.to_id else r.from_id end as other_id
        from meeting_requests r cross join unnest(r.preferred_slot_ids) as slot_id
        where (r.from_id = $1 or r.to_id = $1)
          and r.status = 'pending' and r.expires_at > now()
        order by slot_id, r.id
        """,
        attendee_id,
    )
