"""SQL for onboarding progress."""

from __future__ import annotations

from typing import Any

import asyncpg


async def progress(conn: asyncpg.Connection, attendee_id: int) -> Any:
    """The attendee's steps done and when onboarding was completed (None: no row yet)."""
    return await conn.fetchrow(
        "select steps_done, completed_at from attendee_onboarding where attendee_id = $1",
        attendee_id,
    )


async def mark_step(
    conn: asyncpg.Connection, attendee_id: int, step: str, *, complete: bool
) -> None:
    """Record a step as done; ``complete`` also records that onboarding is over."""
    await conn.execute(
        """
        insert into attendee_onboarding (attendee_id, steps_done, completed_at)
        values ($1, array[$2::text], case when $3 then now() end)
        on conflict (attendee_id) do update set
            steps_done = case when $2 = any(attendee_onboarding.steps_done)
                              then attendee_onboarding.steps_done
                              else attendee_onboarding.steps_done || $2::text end,
            completed_at = coalesce(attendee_onboarding.completed_at,
                                    case when $3 then now() end)
        """,
        attendee_id,
        step,
        complete,
    )


async def event_has_slots(conn: asyncpg.Connection, event_id: int) -> bool:
    found: bool = await conn.fetchval(
        """
        select exists (
            select 1 from session_slots s join networking_sessions n on n.id = s.session_id
            where n.event_id = $1 and s.starts_at > now()
        )
        """,
        event_id,
    )
    return found
