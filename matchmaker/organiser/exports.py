"""CSV exports for organisers: a session's table plan and every booked meeting."""

from __future__ import annotations

import asyncpg

from matchmaker.errors import NotFound
from matchmaker.events.models import Event
from matchmaker.organiser import repository
from matchmaker.sessions.times import shown
from matchmaker.spreadsheet import csv_document

TABLE_PLAN_COLUMNS = (
    "slot_start",
    "slot_end",
    "table",
    "attendee_a",
    "organisation_a",
    "attendee_b",
    "organisation_b",
)
MEETING_COLUMNS = ("meeting_id", "session", *TABLE_PLAN_COLUMNS, "attendee_a_id", "attendee_b_id")


def _write(rows: list[tuple[object, ...]], header: tuple[str, ...]) -> str:
    return csv_document(rows, header)


async def table_plan_csv(conn: asyncpg.Connection, event: Event, session_id: int) -> str:
    """One line per booked meeting of the session, in slot then table order; times in the
    event's timezone."""
    if not await repository.session_exists(conn, event.id, session_id):
        raise NotFound(f"no session {session_id} in this event", field="session_id")
    rows = await repository.booked_meetings(conn, event.id, session_id)
    return _write(
        [
            (
                shown(row["starts_at"], event.timezone).isoformat(),
                shown(row["ends_at"], event.timezone).isoformat(),
                row["table_label"],
                row["a_name"],
                row["a_organisation"],
                row["b_name"],
                row["b_organisation"],
            )
            for row in rows
        ],
        TABLE_PLAN_COLUMNS,
    )


async def meetings_csv(conn: asyncpg.Connection, event: Event) -> str:
    """Every booked meeting of the event, in time order."""
    rows = await repository.booked_meetings(conn, event.id, None)
    return _write(
        [
            (
                row["id"],
                row["session_name"],
                shown(row["starts_at"], event.timezone).isoformat(),
                shown(row["ends_at"], event.timezone).isoformat(),
                row["table_label"],
                row["a_name"],
                row["a_organisation"],
                row["b_name"],
                row["b_organisation"],
                row["a_id"],
                row["b_id"],
            )
            for row in rows
        ],
        MEETING_COLUMNS,
    )
