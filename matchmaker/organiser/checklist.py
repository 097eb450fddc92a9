"""The organiser's checklist: how far the event's preparation has gone, step by step, read
from what is stored (nothing is ticked by hand, so it cannot drift from the truth).
No HTTP here; the figures come from one query."""

from __future__ import annotations

from dataclasses import dataclass

import asyncpg

_FIGURES = """
select
    (select count(*) from attendees where event_id = $1) as attendees,
    (select count(*) from networking_sessions where event_id = $1) as sessions,
    (select count(*) from session_tables t join networking_sessions s on s.id = t.session_id
      where s.event_id = $1) as tables,
    (select count(*) from session_slots sl join networking_sessions s on s.id = sl.session_id
      where s.event_id = $1) as slots,
    (select match_settings <> '{}'::jsonb from events where id = $1) as settings_saved,
    (select count(distinct attendee_id) from signin_links
      where event_id = $1 and attendee_id is not null) as invited,
    (select count(*) from meeting_requests where event_id = $1) as requests,
    (select count(*) from meetings where event_id = $1 and status = 'booked') as meetings,
    (select count(*) from audit_log where event_id = $1 and action = 'schedule.applied')
      as schedules_applied
"""


@dataclass(frozen=True)
class ChecklistItem:
    """One step: ``key`` names it (pages word it), ``done`` says whether it is, and
    ``figures`` back the status up with numbers."""

    key: str
    done: bool
    figures: dict[str, int]


async def event_checklist(conn: asyncpg.Connection, event_id: int) -> list[ChecklistItem]:
    """The steps in the order organisers usually take them."""
    row = await conn.fetchrow(_FIGURES, event_id)
    assert row is not None  # a select of sub-queries always has its one row
    attendees = int(row["attendees"])
    return [
        # An event exists only with a name and a timezone, so its details are always there.
        ChecklistItem("details", True, {}),
        ChecklistItem("attendees", attendees > 0, {"attendees": attendees}),
        ChecklistItem(
            "sessions",
            row["sessions"] > 0 and row["tables"] > 0,
            {
                "sessions": int(row["sessions"]),
                "tables": int(row["tables"]),
                "slots": int(row["slots"]),
            },
        ),
        ChecklistItem("match_settings", bool(row["settings_saved"]), {}),
        ChecklistItem(
            "invitations",
            attendees > 0 and row["invited"] >= attendees,
            {"invited": int(row["invited"]), "attendees": attendees},
        ),
        ChecklistItem("requests", row["requests"] > 0, {"requests": int(row["requests"])}),
        ChecklistItem(
            "schedule",
            row["schedules_applied"] > 0,
            {"meetings": int(row["meetings"]), "applied": int(row["schedules_applied"])},
        ),
    ]
