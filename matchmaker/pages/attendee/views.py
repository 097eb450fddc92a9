"""What every signed-in attendee page shows besides its own content: the navigation (with
how many requests wait for an answer) and the event's timezone."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import asyncpg
from litestar import Request
from litestar.response import Template

from matchmaker.attendees.models import AttendeeProfile
from matchmaker.booking import requests_service
from matchmaker.events.models import Event
from matchmaker.pages.responses import page
from matchmaker.sessions.times import zone


def event_now(event: Event) -> datetime:
    """Now, on the event's wall clock."""
    return datetime.now(zone(event.timezone))


async def attendee_page(
    request: Request[Any, Any, Any],
    conn: asyncpg.Connection,
    event: Event,
    me: AttendeeProfile,
    template_name: str,
    *,
    active: str,
    status_code: int = 200,
    **context: Any,
) -> Template:
    """A page in the attendee app, with its navigation."""
    return page(
        request,
        template_name,
        status_code=status_code,
        event=event,
        me=me,
        active=active,
        needs_answer=await requests_service.count_needing_answer(conn, me.id),
        zone_moment=event_now(event),
        **context,
    )
