"""Availability per networking session: every future slot as a tick box ("I can meet"),
saved through the same service as ``PUT /me/unavailability`` (the slots not ticked)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import asyncpg
from litestar.datastructures import FormMultiDict

from matchmaker.events.models import Event
from matchmaker.pages.forms import ids
from matchmaker.sessions import service as sessions
from matchmaker.sessions.schemas import SessionOverview, Unavailability


@dataclass(frozen=True)
class SessionChoice:
    session: SessionOverview
    unavailable: frozenset[int]


async def availability_choices(
    conn: asyncpg.Connection, event: Event, attendee_id: int, now: datetime
) -> list[SessionChoice]:
    """The sessions that have slots still to come, with the slots the attendee is not free."""
    listed = await sessions.list_sessions(conn, event)
    unavailable = frozenset((await sessions.get_unavailability(conn, attendee_id)).slot_ids)
    return [
        SessionChoice(session=session, unavailable=unavailable)
        for session in listed.items
        if any(slot.starts_at > now for slot in session.slots)
    ]


async def save_availability(
    conn: asyncpg.Connection,
    event: Event,
    attendee_id: int,
    form: FormMultiDict,
    shown: list[SessionChoice],
    now: datetime,
) -> Unavailability:
    """Unavailable: the future slots shown and not ticked; past slots keep their state."""
    free = set(ids(form, "available"))
    shown_future = {
        slot.id for choice in shown for slot in choice.session.slots if slot.starts_at > now
    }
    kept = {slot_id for choice in shown for slot_id in choice.unavailable} - shown_future
    wanted = sorted(kept | (shown_future - free))

    return await sessions.replace_unavailability(
        conn, event, attendee_id, Unavailability(slot_ids=wanted)
    )
