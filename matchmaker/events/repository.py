"""SQL for events and their topics."""

from __future__ import annotations

from typing import Any

import asyncpg

from matchmaker.events.models import (
    DEFAULT_ORGANISATION_TYPES,
    Event,
    EventCreate,
    OrganisationTypeEntry,
    Topic,
)

_SELECT_EVENT = "select id, slug, name, timezone, created_at from events "


async def insert_event(conn: asyncpg.Connection, event: EventCreate) -> int:
    """Insert the event and its topics; raises UniqueViolationError on a taken slug."""
    event_id: int = await conn.fetchval(
        "insert into events (slug, name, timezone) values ($1, $2, $3) returning id",
        event.slug,
        event.name,
        event.timezone,
    )
    await conn.executemany(
        "insert into topics (event_id, slug, label, position) values ($1, $2, $3, $4)",
        [(event_id, t.slug, t.label, i) for i, t in enumerate(event.topics)],
    )
    await conn.executemany(
        "insert into organisation_types (event_id, slug, label, position) values ($1, $2, $3, $4)",
        [(event_id, t.slug, t.label, i) for i, t in enumerate(DEFAULT_ORGANISATION_TYPES, 1)],
    )
    return event_id


async def _with_topics(conn: asyncpg.Connection, row: Any) -> Event:
    topics = await conn.fetch(
        "select slug, label from topics where event_id = $1 order by position", row["id"]
    )
    return Event(
        id=row["id"],
        slug=row["slug"],
        name=row["name"],
        timezone=row["timezone"],
        created_at=row["created_at"],
        topics=[Topic(slug=t["slug"], label=t["label"]) for t in topics],
        organisation_types=await organisation_types(conn, row["id"]),
    )


async def organisation_types(
    conn: asyncpg.Connection, event_id: int
) -> list[OrganisationTypeEntry]:
    rows = await conn.fetch(
        "select slug, label from organisation_types where event_id = $1 order by position, id",
        event_id,
    )
    return [OrganisationTypeEntry(slug=r["slug"], label=r["label"]) for r in rows]


async def insert_organisation_type(
    conn: asyncpg.Connection, event_id: int, slug: str, label: str
) -> bool:
    """Add a type at the end of the list; False when the event has this slug already."""
    inserted = await conn.fetchval(
        """
        insert into organisation_types (event_id, slug, label, position)
        select $1, $2, $3, coalesce(max(position), 0) + 1
        from organisation_types where event_id = $1
        on conflict (event_id, slug) do nothing
        returning id
        """,
        event_id,
        slug,
        label,
    )
    return inserted is not None


async def event_by_slug(conn: asyncpg.Connection, slug: str) -> Event | None:
    row = await conn.fetchrow(_SELECT_EVENT + "where slug = $1", slug)
    return None if row is None else await _with_topics(conn, row)


async def event_by_id(conn: asyncpg.Connection, event_id: int) -> Event | None:
    row = await conn.fetchrow(_SELECT_EVENT + "where id = $1", event_id)
    return None if row is None else await _with_topics(conn, row)


async def update_details(conn: asyncpg.Connection, event_id: int, name: str, timezone: str) -> None:
    await conn.execute(
        "update events set name = $2, timezone = $3 where id = $1", event_id, name, timezone
    )


async def match_settings_document(conn: asyncpg.Connection, event_id: int) -> Any:
    return await conn.fetchval("select match_settings from events where id = $1", event_id)


async def store_match_settings(
    conn: asyncpg.Connection, event_id: int, document: dict[str, object]
) -> None:
    await conn.execute("update events set match_settings = $2 where id = $1", event_id, document)
