"""Event rules: creation with unique topics (the types check the time zone), lookup by slug."""

from __future__ import annotations

import asyncpg

from matchmaker.errors import Conflict, NotFound
from matchmaker.events import repository
from matchmaker.events.match_settings import (
    MatchSettings,
    settings_from_document,
    settings_to_document,
)
from matchmaker.events.models import Event, EventCreate, EventDetails, OrganisationTypeEntry


async def create_event(conn: asyncpg.Connection, event: EventCreate) -> Event:
    """Create an event with its topics; 409 when the slug is taken."""
    slugs = [topic.slug for topic in event.topics]
    if len(set(slugs)) != len(slugs):
        raise Conflict("topic slugs must be unique: one is listed twice", field="topics")
    try:
        async with conn.transaction():
            event_id = await repository.insert_event(conn, event)
    except asyncpg.UniqueViolationError as error:
        raise Conflict(f"an event with slug {event.slug!r} exists", field="slug") from error
    created = await repository.event_by_id(conn, event_id)
    assert created is not None
    return created


async def get_event(conn: asyncpg.Connection, slug: str) -> Event:
    """The event with this slug, or 404."""
    event = await repository.event_by_slug(conn, slug)
    if event is None:
        raise NotFound(f"no event {slug!r}", field="event")
    return event


async def update_event_details(
    conn: asyncpg.Connection, event: Event, details: EventDetails
) -> Event:
    """Rename the event or move it to another timezone. Times are stored in UTC, so a new
    timezone changes how every time is shown, not when anything happens."""
    await repository.update_details(conn, event.id, details.name.strip(), details.timezone)
    updated = await repository.event_by_id(conn, event.id)
    assert updated is not None
    return updated


async def organisation_types(
    conn: asyncpg.Connection, event_id: int
) -> list[OrganisationTypeEntry]:
    """The event's organisation types, in their order."""
    return await repository.organisation_types(conn, event_id)


async def add_organisation_type(
    conn: asyncpg.Connection, event: Event, entry: OrganisationTypeEntry
) -> OrganisationTypeEntry:
    """Add a type at the end of the event's list; Conflict when the slug is taken."""
    label = entry.label.strip()
    if not label:
        raise Conflict("the label must not be blank", field="label")
    if not await repository.insert_organisation_type(conn, event.id, entry.slug, label):
        raise Conflict(f"this event already has the organisation type {entry.slug!r}", field="slug")
    return OrganisationTypeEntry(slug=entry.slug, label=label)


def check_organisation_type_pairs(event: Event, settings: MatchSettings) -> None:
    """Every type named in the settings' who-may-meet-whom rules is one of the event's
    (NotFound, as for a topic the event does not have, naming the allowed values)."""
    allowed = event.organisation_type_slugs()
    for pair in settings.disallowed_organisation_type_pairs:
        for slug in (pair.first, pair.second):
            if slug not in allowed:
                raise unknown_organisation_type(slug, allowed, "disallowed_organisation_type_pairs")


def unknown_organisation_type(slug: str, allowed: list[str], field: str) -> NotFound:
    """The refusal of a type the event does not have: it names the field and every value the
    event allows."""
    return NotFound(
        f"{slug!r} is not an organisation type of this event; allowed: {', '.join(allowed)}",
        field=field,
        extra={"allowed": allowed},
    )


async def get_match_settings(conn: asyncpg.Connection, event_id: int) -> MatchSettings:
    return settings_from_document(await repository.match_settings_document(conn, event_id))


async def save_match_settings(
    conn: asyncpg.Connection, event_id: int, settings: MatchSettings
) -> MatchSettings:
    await repository.store_match_settings(conn, event_id, settings_to_document(settings))
    return settings
