"""An attendee's agenda: their meetings in time order, cancelled ones flagged."""

from __future__ import annotations

import asyncpg

from matchmaker.booking import repository
from matchmaker.booking.schemas import Agenda, AgendaItem, Partner
from matchmaker.events.models import Event
from matchmaker.sessions.schemas import SlotOut, TableOut
from matchmaker.sessions.times import shown


async def agenda(conn: asyncpg.Connection, event: Event, me: int) -> Agenda:
    """My meetings, booked and cancelled, in time order, with partner and table."""
    tz = event.timezone
    items = []
    for row in await repository.agenda(conn, me):
        partner = None
        if row["partner_id"] is not None:
            partner = Partner(
                id=row["partner_id"],
                name=row["partner_name"],
                organisation=row["partner_organisation"],
            )
        cancelled_at = row["cancelled_at"]
        items.append(
            AgendaItem(
                meeting_id=row["id"],
                status=row["status"],
                session_id=row["session_id"],
                session_name=row["session_name"],
                slot=SlotOut(
                    id=row["slot_id"],
                    starts_at=shown(row["starts_at"], tz),
                    ends_at=shown(row["ends_at"], tz),
                ),
                table=TableOut(id=row["table_id"], label=row["label"]),
                partner=partner,
                request_id=row["request_id"],
                booked_at=shown(row["created_at"], tz),
                cancelled_at=None if cancelled_at is None else shown(cancelled_at, tz),
                uid=f"{row['uid']}@matchmaker",
                sequence=row["sequence"],
                updated_at=shown(row["updated_at"], tz),
                cancel_note=row["cancel_note"],
                cancelled_by=row["cancelled_by"],
            )
        )
    return Agenda(items=items)
