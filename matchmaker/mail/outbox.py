"""SQL for the mail outbox: writing a message in the caller's transaction, claiming due
messages for one sender, and recording what happened to each. No HTTP, no SMTP here."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import asyncpg

ESSENTIAL = "essential"
"""Messages a person cannot switch off: their invitation and the sign-in links they ask for."""


@dataclass(frozen=True)
class Claimed:
    """A message reserved for one sender until its lease ends."""

    id: int
    event_id: int
    attendee_id: int
    kind: str
    category: str
    payload: dict[str, Any]
    message_uuid: str
    attempts: int


async def enqueue(
    conn: asyncpg.Connection,
    attendee_id: int,
    kind: str,
    category: str,
    payload: dict[str, Any],
    dedupe_key: str | None = None,
) -> int | None:
    """Write a message for ``attendee_id`` in the caller's transaction; None when nothing is
    written: the person switched its category off, the organiser switched its kind off for
    the event, or a message with the same ``dedupe_key`` exists."""
    message_id: int | None = await conn.fetchval(
        """
        insert into mail_outbox (event_id, attendee_id, kind, category, payload, dedupe_key)
        select a.event_id, a.id, $2, $3, $4, $5
        from attendees a
        left join mail_preferences p on p.attendee_id = a.id
        left join event_mail_settings s on s.event_id = a.event_id
        where a.id = $1
          and ($3 = 'essential' or not coalesce($3 = any(p.switched_off), false))
          and not coalesce($2 = any(s.disabled_kinds), false)
        on conflict (dedupe_key) where dedupe_key is not null do nothing
        returning id
        """,
        attendee_id,
        kind,
        category,
        payload,
        dedupe_key,
    )
    return message_id


async def claim(conn: asyncpg.Connection, sender: str, limit: int, lease_s: float) -> list[Claimed]:
    """Reserve up to ``limit`` due messages for ``sender``. Rows another sender is claiming
    right now are skipped, not waited for, and a committed claim holds them for ``lease_s``
    so no other sender takes them while this one sends; a lease left by a dead sender
    expires and the message is claimed again."""
    rows = await conn.fetch(
        """
        update mail_outbox m
        set claimed_until = now() + make_interval(secs => $3),
            claimed_by = $1,
            attempts = m.attempts + 1
        where m.id in (
            select id from mail_outbox
            where status = 'pending' and next_attempt_at <= now()
              and (claimed_until is null or claimed_until <= now())
            order by next_attempt_at, id
            limit $2
            for update skip locked
        )
        returning m.id, m.event_id, m.attendee_id, m.kind, m.category, m.payload,
                  m.message_uuid, m.attempts
        """,
        sender,
        limit,
        lease_s,
    )
    return [
        Claimed(
            id=row["id"],
            event_id=row["event_id"],
            attendee_id=row["attendee_id"],
            kind=row["kind"],
            category=row["category"],
            payload=dict(row["payload"]),
            message_uuid=str(row["message_uuid"]),
            attempts=row["attempts"],
        )
        for row in sorted(rows, key=lambda row: int(row["id"]))
    ]


async def mark_sent(conn: asyncpg.Connection, message_id: int, sender: str) -> None:
    await conn.execute(
        """
        update mail_outbox
        set status = 'sent', sent_at = now(), claimed_until = null, last_error = ''
        where id = $1 and claimed_by = $2
        """,
        message_id,
        sender,
    )


async def mark_retry(
    conn: asyncpg.Connection,
    message_id: int,
    sender: str,
    error: str,
    delay_s: float,
    *,
    give_up: bool,
) -> None:
    """A failed attempt: try again after ``delay_s``, or record the message as failed."""
    await conn.execute(
        """
        update mail_outbox
        set status = case when $5 then 'failed' else 'pending' end,
            next_attempt_at = now() + make_interval(secs => $4),
            claimed_until = null,
            last_error = left($3, 1000)
        where id = $1 and claimed_by = $2
        """,
        message_id,
        sender,
        error,
        delay_s,
        give_up,
    )


async def message_row(conn: asyncpg.Connection, event_id: int, message_id: int) -> Any:
    """One message of the event, for the organiser's preview."""
    return await conn.fetchrow(
        """
        select id, event_id, attendee_id, kind, category, payload, message_uuid, status,
               attempts, last_error, created_at, sent_at
        from mail_outbox where event_id = $1 and id = $2
        """,
        event_id,
        message_id,
    )


async def recent_messages(conn: asyncpg.Connection, event_id: int, limit: int) -> list[Any]:
    """The event's newest messages with their recipients, newest first."""
    return await conn.fetch(
        """
        select m.id, m.attendee_id, a.name, a.email, m.kind, m.status, m.attempts,
               m.last_error, m.created_at, m.sent_at
        from mail_outbox m join attendees a on a.id = m.attendee_id
        where m.event_id = $1
        order by m.id desc
        limit $2
        """,
        event_id,
        limit,
    )


async def invitation_status(conn: asyncpg.Connection, event_id: int) -> list[Any]:
    """Every attendee with their latest invitation's state, whether they ever signed in."""
    return await conn.fetch(
        """
        select a.id, a.name, a.email,
               i.status as invitation_status, i.created_at as invited_at, i.sent_at,
               i.last_error,
               exists (
                   select 1 from signin_links l
                   where l.attendee_id = a.id and l.last_used_at is not null
               ) as signed_in
        from attendees a
        left join lateral (
            select status, created_at, sent_at, last_error from mail_outbox m
            where m.attendee_id = a.id and m.kind = 'invitation'
            order by m.id desc limit 1
        ) i on true
        where a.event_id = $1
        order by a.name, a.id
        """,
        event_id,
    )
