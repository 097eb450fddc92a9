"""SQL for attendees: one place, explicit columns, ``$n`` parameters."""

from __future__ import annotations

from typing import Any

import asyncpg

from matchmaker.attendees.models import AttendeeProfile


def to_profile(row: Any) -> AttendeeProfile:
    return AttendeeProfile(**dict(row))


def _writable(values: dict[str, Any]) -> tuple[Any, ...]:
    """The writable fields in the column order the statements below use."""
    return (
        values["email"],
        values["name"],
        values["role"],
        values["organisation"],
        values["organisation_type"],
        values["city"],
        values["country"],
        values["languages"],
        values["topics"],
        values["seeking"],
        values["offering"],
        values["bio"],
        values["consent"],
        values["hidden_fields"],
    )


async def insert_attendee(
    conn: asyncpg.Connection, event_id: int, values: dict[str, Any], token_hash: bytes
) -> AttendeeProfile:
    """Insert one attendee; raises UniqueViolationError when the e-mail is taken."""
    row = await conn.fetchrow(
        """
        insert into attendees (
            event_id, token_hash, email, name, role, organisation, organisation_type, city,
            country, languages, topics, seeking, offering, bio, consent, hidden_fields)
        values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
        returning id, event_id, email, name, role, organisation, organisation_type, city,
            country, languages, topics, seeking, offering, bio, consent, hidden_fields,
            created_at, updated_at
        """,
        event_id,
        token_hash,
        *_writable(values),
    )
    return to_profile(row)


async def upsert_attendee_by_email(
    conn: asyncpg.Connection, event_id: int, values: dict[str, Any], token_hash: bytes
) -> tuple[AttendeeProfile, bool]:
    """Insert, or update the attendee with this e-mail (case-insensitive); the token of an
    existing attendee is kept. Returns the profile and whether it was created."""
    row = await conn.fetchrow(
        """
        insert into attendees (
            event_id, token_hash, email, name, role, organisation, organisation_type, city,
            country, languages, topics, seeking, offering, bio, consent, hidden_fields)
        values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
        on conflict (event_id, lower(email)) do update set
            name = excluded.name, role = excluded.role, organisation = excluded.organisation,
            organisation_type = excluded.organisation_type, city = excluded.city,
            country = excluded.country, languages = excluded.languages,
            topics = excluded.topics, seeking = excluded.seeking,
            offering = excluded.offering, bio = excluded.bio, consent = excluded.consent,
            hidden_fields = excluded.hidden_fields, updated_at = now()
        returning id, event_id, email, name, role, organisation, organisation_type, city,
            country, languages, topics, seeking, offering, bio, consent, hidden_fields,
            created_at, updated_at, (xmax = 0) as created
        """,
        event_id,
        token_hash,
        *_writable(values),
    )
    assert row is not None
    fields = dict(row)
    created = bool(fields.pop("created"))
    return AttendeeProfile(**fields), created


async def update_attendee(
    conn: asyncpg.Connection, attendee_id: int, changes: dict[str, Any]
) -> AttendeeProfile:
    """Apply a partial update: a field absent from ``changes`` keeps its value (no profile
    column is nullable, so null safely means "unchanged")."""
    row = await conn.fetchrow(
        """
        update attendees set
            email = coalesce($2, email), name = coalesce($3, name),
            role = coalesce($4, role), organisation = coalesce($5, organisation),
            organisation_type = coalesce($6, organisation_type), city = coalesce($7, city),
            country = coalesce($8, country), languages = coalesce($9, languages),
            topics = coalesce($10, topics), seeking = coalesce($11, seeking),
            offering = coalesce($12, offering), bio = coalesce($13, bio),
            consent = coalesce($14, consent), hidden_fields = coalesce($15, hidden_fields),
            updated_at = now()
        where id = $1
        returning id, event_id, email, name, role, organisation, organisation_type, city,
            country, languages, topics, seeking, offering, bio, consent, hidden_fields,
            created_at, updated_at
        """,
        attendee_id,
        *_writable({name: changes.get(name) for name in WRITABLE_FIELDS}),
    )
    return to_profile(row)


WRITABLE_FIELDS = (
    "email",
    "name",
    "role",
    "organisation",
    "organisation_type",
    "city",
    "country",
    "languages",
    "topics",
    "seeking",
    "offering",
    "bio",
    "consent",
    "hidden_fields",
)

_SELECT_PROFILE = """
    select id, event_id, email, name, role, organisation, organisation_type, city, country,
        languages, topics, seeking, offering, bio, consent, hidden_fields, created_at,
        updated_at
    from attendees
"""


async def attendee_by_id(
    conn: asyncpg.Connection, event_id: int, attendee_id: int
) -> AttendeeProfile | None:
    row = await conn.fetchrow(
        _SELECT_PROFILE + "where event_id = $1 and id = $2",
        event_id,
        attendee_id,
    )
    return None if row is None else to_profile(row)


async def attendees_by_ids(
    conn: asyncpg.Connection, event_id: int, attendee_ids: list[int]
) -> list[AttendeeProfile]:
    rows = await conn.fetch(
        _SELECT_PROFILE + "where event_id = $1 and id = any($2::bigint[])",
        event_id,
        attendee_ids,
    )
    return [to_profile(row) for row in rows]


async def attendee_by_token_hash(
    conn: asyncpg.Connection, token_hash: bytes
) -> AttendeeProfile | None:
    row = await conn.fetchrow(_SELECT_PROFILE + "where token_hash = $1", token_hash)
    return None if row is None else to_profile(row)


async def attendee_page(
    conn: asyncpg.Connection, event_id: int, after_id: int, limit: int
) -> list[AttendeeProfile]:
    rows = await conn.fetch(
        _SELECT_PROFILE + "where event_id = $1 and id > $2 order by id limit $3",
        event_id,
        after_id,
        limit,
    )
    return [to_profile(row) for row in rows]


async def all_attendees(conn: asyncpg.Connection, event_id: int) -> list[AttendeeProfile]:
    rows = await conn.fetch(_SELECT_PROFILE + "where event_id = $1 order by id", event_id)
    return [to_profile(row) for row in rows]


async def delete_attendee(conn: asyncpg.Connection, attendee_id: int) -> None:
    """Erase the attendee; dismissals, blocks, requests, unavailability, embeddings and
    participations go with it through ``on delete cascade``."""
    await conn.execute("delete from attendees where id = $1", attendee_id)


async def cancel_meetings_of(conn: asyncpg.Connection, attendee_id: int) -> int:
    """Cancel every booked meeting the attendee is in, freeing tables and partners."""
    meeting_ids = await conn.fetch(
        """
        update meetings set status = 'cancelled', cancelled_at = now()
        where status = 'booked'
          and id in (select meeting_id from meeting_participants where attendee_id = $1)
        returning id
        """,
        attendee_id,
    )
    ids = [row["id"] for row in meeting_ids]
    await conn.execute(
        "update meeting_participants set active = false where meeting_id = any($1::bigint[])",
        ids,
    )
    return len(ids)


async def count_attendees(conn: asyncpg.Connection, event_id: int) -> int:
    count: int = await conn.fetchval("select count(*) from attendees where event_id = $1", event_id)
    return count


async def personal_data(conn: asyncpg.Connection, attendee_id: int) -> dict[str, Any]:
    """Everything stored that hangs off one attendee, for the GDPR export."""

    async def rows(sql: str) -> list[dict[str, Any]]:
        return [dict(row) for row in await conn.fetch(sql, attendee_id)]

    return {
        "dismissed": await rows(
            "select dismissed_id, created_at from dismissals where attendee_id = $1"
        ),
        "blocked": await rows("select blocked_id, created_at from blocks where attendee_id = $1"),
        "unavailable_slots": await rows(
            "select slot_id from attendee_unavailability where attendee_id = $1"
        ),
        "meeting_requests": await rows(
            """
            select id, from_id, to_id, message, status, created_at, expires_at, responded_at
            from meeting_requests where from_id = $1 or to_id = $1 order by id
            """
        ),
        "meetings": await rows(
            """
            select m.id, m.slot_id, m.table_id, m.status, m.created_at, m.cancelled_at,
                   lower(p.during) as starts_at, upper(p.during) as ends_at
            from meetings m join meeting_participants p on p.meeting_id = m.id
            where p.attendee_id = $1 order by lower(p.during)
            """
        ),
        "embeddings": await rows(
            """
            select kind, model, encode(content_hash, 'hex') as content_hash, updated_at
            from attendee_embeddings where attendee_id = $1 order by kind
            """
        ),
    }
