"""Dashboard figures for organisers: who is matched, how requests fare, how tables are used,
which topics draw people."""

from __future__ import annotations

from datetime import datetime

import asyncpg
import msgspec

from matchmaker.events.models import Event
from matchmaker.organiser import repository
from matchmaker.sessions.times import shown

UNMATCHED_LISTED = 50


class RequestFigures(msgspec.Struct, frozen=True, kw_only=True):
    sent: int
    pending: int
    accepted: int
    declined: int
    withdrawn: int
    expired: int
    cancelled: int


class SlotFigures(msgspec.Struct, frozen=True, kw_only=True):
    session_id: int
    session_name: str
    slot_id: int
    starts_at: datetime
    ends_at: datetime
    meetings_booked: int
    tables: int
    table_use: float
    """Share of the session's tables holding a meeting in this slot."""


class TopicFigures(msgspec.Struct, frozen=True, kw_only=True):
    slug: str
    label: str
    attendees: int
    meetings: int
    """Booked meetings whose two people both list the topic."""


class UnmatchedAttendee(msgspec.Struct, frozen=True, kw_only=True):
    id: int
    name: str
    organisation: str


class EventStats(msgspec.Struct, frozen=True, kw_only=True):
    attendees_total: int
    attendees_indexed: int
    """Attendees embedded and suggestible now."""
    attendees_consenting: int
    attendees_with_meeting: int
    attendees_without_meeting: int
    requests: RequestFigures
    meetings_booked: int
    meetings_cancelled: int
    slots: list[SlotFigures]
    top_topics: list[TopicFigures]
    topic_coverage: float
    """Share of the event's topics with at least one booked meeting on them."""
    suggestion_coverage: float | None
    """Share of suggestible attendees with at least five suggestions (None before indexing)."""
    without_meeting: list[UnmatchedAttendee]
    """The first consenting attendees without any meeting yet, to reach out to."""


async def event_stats(
    conn: asyncpg.Connection,
    event: Event,
    *,
    attendees_indexed: int,
    suggestion_coverage: float | None,
) -> EventStats:
    """Every dashboard figure of one event, read fresh from the database."""
    attendees = await repository.attendee_counts(conn, event.id)
    requests = await repository.request_counts(conn, event.id)
    meetings = await repository.meeting_counts(conn, event.id)
    slots = [
        SlotFigures(
            session_id=row["session_id"],
            session_name=row["session_name"],
            slot_id=row["slot_id"],
            starts_at=shown(row["starts_at"], event.timezone),
            ends_at=shown(row["ends_at"], event.timezone),
            meetings_booked=row["booked"],
            tables=row["tables"],
            table_use=round(row["booked"] / row["tables"], 4) if row["tables"] else 0.0,
        )
        for row in await repository.slot_use(conn, event.id)
    ]
    topics = [TopicFigures(**dict(row)) for row in await repository.topic_interest(conn, event.id)]
    covered = sum(1 for topic in topics if topic.meetings > 0)
    unmatched = await repository.attendees_without_meeting(conn, event.id, UNMATCHED_LISTED)
    return EventStats(
        attendees_total=attendees["total"],
        attendees_indexed=attendees_indexed,
        attendees_consenting=attendees["consenting"],
        attendees_with_meeting=attendees["with_meeting"],
        attendees_without_meeting=attendees["total"] - attendees["with_meeting"],
        requests=RequestFigures(**dict(requests)),
        meetings_booked=meetings["booked"],
        meetings_cancelled=meetings["cancelled"],
        slots=slots,
        top_topics=sorted(topics, key=lambda t: (-t.attendees, t.slug)),
        topic_coverage=round(covered / len(topics), 4) if topics else 0.0,
        suggestion_coverage=suggestion_coverage,
        without_meeting=[UnmatchedAttendee(**dict(row)) for row in unmatched],
    )
