"""Event records and the shapes the event API reads and writes."""

from __future__ import annotations

import zoneinfo
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Literal

import msgspec
from msgspec import Meta

from matchmaker.text_fields import free_text

# Patterns end in "(?!\n)$": Python's "$" also matches before a final newline, so "$" alone
# would let "slug\n" through; the look-ahead makes Python and JSON Schema agree.
Slug = Annotated[
    str, Meta(pattern=r"^[a-z0-9][a-z0-9-]{0,62}(?!\n)$", description="lower-case slug")
]


TIME_ZONES: frozenset[str] = frozenset(zoneinfo.available_timezones())
if TYPE_CHECKING:
    TimeZoneNames = str
else:
    # Every IANA name this host knows, as a Literal: any other is refused at the edge, and
    # the OpenAPI document lists them.
    TimeZoneNames = Literal[tuple(sorted(TIME_ZONES))]
TimeZoneName = Annotated[TimeZoneNames, Meta(description="IANA time zone name")]


class Topic(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    slug: Slug
    label: Annotated[str, free_text(120, min_length=1)]


OrganisationTypeSlug = Annotated[
    str,
    Meta(
        min_length=1,
        max_length=40,
        pattern=r"^[a-z_]+(?!\n)$",
        description="one of the event's organisation types (GET …/organisation-types)",
    ),
]


class OrganisationTypeEntry(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """One of the event's organisation types: attendees pick one, match settings may keep
    two apart."""

    slug: OrganisationTypeSlug
    label: Annotated[str, free_text(120, min_length=1)]


# Every new event starts with these (the list every event had before types were per event).
DEFAULT_ORGANISATION_TYPES: tuple[OrganisationTypeEntry, ...] = tuple(
    OrganisationTypeEntry(slug=slug, label=label)
    for slug, label in (
        ("local_authority", "Local authority"),
        ("regional_authority", "Regional authority"),
        ("national_authority", "National authority"),
        ("police", "Police"),
        ("justice", "Justice"),
        ("ngo", "NGO or association"),
        ("research", "Research"),
        ("private_sector", "Private sector"),
        ("international_organisation", "International organisation"),
        ("other", "Other"),
    )
)


class EventCreate(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    slug: Slug
    name: Annotated[str, free_text(200, min_length=1)]
    timezone: TimeZoneName
    topics: Annotated[list[Topic], Meta(max_length=200)] = msgspec.field(default_factory=list)


class EventDetails(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """What organisers may change about an event once it exists (its slug is in every link
    already sent, so it stays)."""

    name: Annotated[str, free_text(200, min_length=1)]
    timezone: TimeZoneName


class Event(msgspec.Struct, frozen=True, kw_only=True):
    id: int
    slug: str
    name: str
    timezone: str
    topics: list[Topic]
    created_at: datetime
    organisation_types: list[OrganisationTypeEntry] = msgspec.field(default_factory=list)

    def topic_labels(self) -> dict[str, str]:
        return {topic.slug: topic.label for topic in self.topics}

    def organisation_type_slugs(self) -> list[str]:
        return [entry.slug for entry in self.organisation_types]
