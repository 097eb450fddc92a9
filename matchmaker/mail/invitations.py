"""Inviting attendees: a fresh personal sign-in link for each, mailed through the outbox in
the organiser's transaction. No HTTP here."""

from __future__ import annotations

import asyncpg

from matchmaker.errors import Conflict, NotFound
from matchmaker.events.models import Event
from matchmaker.mail import notify
from matchmaker.signin.service import issue_link


async def _chosen(
    conn: asyncpg.Connection,
    event: Event,
    attendee_ids: list[int] | None,
    everyone: bool,
    not_signed_in: bool,
) -> list[int]:
    chosen = [attendee_ids is not None, everyone, not_signed_in]
    if sum(chosen) != 1:
        raise Conflict(
            "say whom to invite with exactly one of attendee_ids, all or not_signed_in",
            field="attendee_ids",
        )
    if attendee_ids is not None:
        wanted = sorted(set(attendee_ids))
        found = await conn.fetch(
            "select id from attendees where event_id = $1 and id = any($2::bigint[])",
            event.id,
            wanted,
        )
        missing = sorted(set(wanted) - {row["id"] for row in found})
        if missing:
            raise NotFound(
                f"no attendee {missing[0]} in this event",
                field="attendee_ids",
                extra={"missing": missing},
            )
        return wanted
    rows = await conn.fetch(
        """
        select a.id from attendees a
        where a.event_id = $1
          and (not $2 or not exists (
                select 1 from signin_links l
                where l.attendee_id = a.id and l.last_used_at is not null))
        order by a.id
        """,
        event.id,
        not_signed_in,
    )
    return [row["id"] for row in rows]


async def invite(
    conn: asyncpg.Connection,
    event: Event,
    *,
    attendee_ids: list[int] | None = None,
    everyone: bool = False,
    not_signed_in: bool = False,
    valid_days: int,
) -> int:
    """Queue an invitation for the chosen attendees; returns how many were queued."""
    people = await _chosen(conn, event, attendee_ids, everyone, not_signed_in)
    for attendee_id in people:
        issued = await issue_link(conn, event.id, attendee_id, valid_days)
        await notify.invitation(conn, attendee_id, issued.token, issued.code)
    return len(people)
