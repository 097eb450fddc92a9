"""The shape every evaluation data set takes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from matchmaker.attendees.models import AttendeeProfile

NOW = datetime(2026, 3, 20, tzinfo=UTC)

# Relevance grades: a meeting useful one way (one offers what the other seeks, in either
# direction) is 1; useful both ways (mutual) is 2; anything else is 0 (not listed).
ONE_WAY = 1
MUTUAL = 2


@dataclass
class QualitySet:
    """One event's attendees and, per viewer, the graded relevance of the others."""

    name: str
    style: str  # one line: who wrote it and how
    topics: dict[str, str]  # topic slug -> label
    profiles: list[AttendeeProfile]
    # viewer id -> {other attendee id: grade (1 one-way, 2 mutual)}; absent = irrelevant
    relevance: dict[int, dict[int, int]] = field(default_factory=dict)


def profile(
    attendee_id: int,
    *,
    name: str,
    role: str = "",
    organisation: str = "",
    organisation_type: str = "other",
    city: str = "",
    country: str = "",
    languages: list[str] | None = None,
    topics: list[str] | None = None,
    seeking: str = "",
    offering: str = "",
    bio: str = "",
    event_id: int = 1,
) -> AttendeeProfile:
    """A consenting attendee with nothing hidden (the fields the app would store)."""
    return AttendeeProfile(
        id=attendee_id,
        event_id=event_id,
        email=f"person{attendee_id}@example.org",
        name=name,
        role=role,
        organisation=organisation,
        organisation_type=organisation_type,
        city=city,
        country=country,
        languages=languages or [],
        topics=topics or [],
        seeking=seeking,
        offering=offering,
        bio=bio,
        consent=True,
        hidden_fields=[],
        created_at=NOW,
        updated_at=NOW,
    )
