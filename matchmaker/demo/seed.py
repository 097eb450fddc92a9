"""Put the demo conference into the database: the event, its networking sessions, ~800
generated attendees, and fresh tokens for three of them so a new user can act as an
attendee at once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import asyncpg
import msgspec

from matchmaker.attendees import repository as attendee_repository
from matchmaker.attendees.schemas import AttendeeCreate
from matchmaker.attendees.validation import check_profile_values
from matchmaker.db import acquire
from matchmaker.demo.generator import (
    DEMO_EVENT,
    DEMO_SESSIONS,
    first_conference_day,
    generate_attendees,
)
from matchmaker.events import repository as event_repository
from matchmaker.events.models import Event, EventCreate, Topic
from matchmaker.events.service import create_event
from matchmaker.sessions import repository as session_repository
from matchmaker.sessions.schemas import SessionCreate
from matchmaker.sessions.service import create_session
from matchmaker.tokens import hash_token, new_token

DEMO_ATTENDEES = 800
SHOWN_ATTENDEES = 3


@dataclass(frozen=True)
class DemoAttendee:
    id: int
    name: str
    organisation: str
    token: str


@dataclass(frozen=True)
class DemoSummary:
    event_slug: str
    created: bool
    attendees: int
    shown: list[DemoAttendee]

    def describe(self, base_url: str = "") -> str:
        """What to tell the user: the event and three attendees they can act as."""
        event_path = f"{base_url}/api/v1/events/{self.event_slug}"
        lines = [
            f"  demo event:        {event_path} ({self.attendees} attendees"
            + (", created now)" if self.created else ")"),
            "  demo attendees (send 'Authorization: Bearer <token>'):",
        ]
        for attendee in self.shown:
            lines.append(f"    {attendee.name} ({attendee.organisation})")
            lines.append(f"      token: {attendee.token}")
            lines.append(f"      {event_path}/me  ·  {event_path}/suggestions")
        return "\n".join(lines)


async def _add_programme(conn: asyncpg.Connection, event: Event) -> None:
    """The demo's networking sessions, opening a few weeks from today."""
    first_day = first_conference_day(datetime.now(ZoneInfo(event.timezone)).date())
    for session in DEMO_SESSIONS:
        starts_at, ends_at = session.window(first_day, event.timezone)
        await create_session(
            conn,
            event,
            SessionCreate(
                name=session.name,
                starts_at=starts_at,
                ends_at=ends_at,
                slot_minutes=session.slot_minutes,
                tables=list(session.tables),
            ),
        )


async def _programme_is_over(conn: asyncpg.Connection, event: Event) -> bool:
    now = datetime.now(UTC)
    sessions = await session_repository.sessions_of_event(conn, event.id)
    return all(row["ends_at"] <= now for row in sessions)


async def seed_demo_event(pool: asyncpg.Pool) -> DemoSummary:
    """Create the demo event on first use; on every call, issue new tokens for three
    consenting demo attendees (their old tokens were only ever stored hashed). When the
    demo's sessions have all ended, a new run of them is added (the old ones stay, with
    their meetings), so the demo can always be booked and scheduled."""
    async with acquire(pool) as conn, conn.transaction():
        event = await event_repository.event_by_slug(conn, DEMO_EVENT.slug)
        created = event is None
        if event is None:
            event = await create_event(
                conn,
                EventCreate(
                    slug=DEMO_EVENT.slug,
                    name=DEMO_EVENT.name,
                    timezone=DEMO_EVENT.timezone,
                    topics=[Topic(slug=s, label=label) for s, label in DEMO_EVENT.topics],
                ),
            )
            await _add_programme(conn, event)
            topic_slugs = {topic.slug for topic in event.topics}
            for record in generate_attendees(DEMO_ATTENDEES):
                attendee = msgspec.convert(record, AttendeeCreate)
                values = msgspec.to_builtins(attendee)
                check_profile_values(values, topic_slugs, event.organisation_type_slugs())
                await attendee_repository.upsert_attendee_by_email(
                    conn, event.id, values, hash_token(new_token())
                )
        elif await _programme_is_over(conn, event):
            await _add_programme(conn, event)
        shown: list[DemoAttendee] = []
        for profile in await attendee_repository.attendee_page(conn, event.id, 0, 50):
            if not profile.consent or len(shown) == SHOWN_ATTENDEES:
                continue
            token = new_token()
            await conn.execute(
                "update attendees set token_hash = $2 where id = $1", profile.id, hash_token(token)
            )
            shown.append(DemoAttendee(profile.id, profile.name, profile.organisation, token))
        total = await attendee_repository.count_attendees(conn, event.id)
    return DemoSummary(event_slug=event.slug, created=created, attendees=total, shown=shown)
