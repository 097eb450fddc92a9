"""SQL for stored embeddings (profiles, and needs one by one), exclusions, dismissals and
blocks."""

from __future__ import annotations

from typing import Any

import asyncpg


async def stored_profile_vectors(
    conn: asyncpg.Connection, attendee_ids: list[int], model: str
) -> list[Any]:
    return list(
        await conn.fetch(
            """
            select attendee_id, content_hash, vector
            from attendee_embeddings
            where attendee_id = any($1::bigint[]) and model = $2 and kind = 'profile'
            """,
            attendee_ids,
            model,
        )
    )


async def store_profile_vectors(
    conn: asyncpg.Connection, rows: list[tuple[int, str, bytes, bytes]]
) -> None:
    """Upsert (attendee_id, model, content_hash, vector) profile rows. Attendees erased
    meanwhile are skipped rather than failing the batch."""
    await conn.executemany(
        """
        insert into attendee_embeddings (attendee_id, kind, model, content_hash, vector)
        select $1, 'profile', $2, $3, $4
        where exists (select 1 from attendees where id = $1)
        on conflict (attendee_id, kind, model) do update
            set content_hash = excluded.content_hash, vector = excluded.vector,
                updated_at = now()
        """,
        rows,
    )


async def stored_need_vectors(
    conn: asyncpg.Connection, attendee_ids: list[int], model: str
) -> list[Any]:
    return list(
        await conn.fetch(
            """
            select attendee_id, kind, content_hash, vector
            from attendee_need_embeddings
            where attendee_id = any($1::bigint[]) and model = $2
            """,
            attendee_ids,
            model,
        )
    )


async def store_need_vectors(
    conn: asyncpg.Connection, rows: list[tuple[int, str, str, bytes, bytes]]
) -> None:
    """Insert (attendee_id, kind, model, content_hash, vector) need rows; erased attendees
    are skipped, and a need stored meanwhile by another process is kept as it is (the same
    hash means the same text, so the same vector)."""
    await conn.executemany(
        """
        insert into attendee_need_embeddings (attendee_id, kind, model, content_hash, vector)
        select $1, $2, $3, $4, $5
        where exists (select 1 from attendees where id = $1)
        on conflict (attendee_id, kind, model, content_hash) do nothing
        """,
        rows,
    )


async def vectors_by_hash(conn: asyncpg.Connection, model: str, hashes: list[bytes]) -> list[Any]:
    """Stored vectors of these content hashes, whoever's text they came from."""
    return list(
        await conn.fetch(
            """
            select distinct on (content_hash) content_hash, vector
            from (
                select content_hash, vector from attendee_need_embeddings
                where model = $1 and content_hash = any($2::bytea[])
                union all
                select content_hash, vector from attendee_embeddings
                where model = $1 and content_hash = any($2::bytea[])
            ) found
            order by content_hash
            """,
            model,
            hashes,
        )
    )


async def delete_stale_need_vectors(
    conn: asyncpg.Connection,
    attendee_ids: list[int],
    model: str,
    kept: list[tuple[int, str, bytes]],
) -> None:
    """Forget the need vectors of `attendee_ids` that are not in `kept` (needs edited away)."""
    await conn.execute(
        """
        delete from attendee_need_embeddings n
        where n.attendee_id = any($1::bigint[]) and n.model = $2
          and not exists (
              select 1 from unnest($3::bigint[], $4::text[], $5::bytea[]) k (id, kind, hash)
              where k.id = n.attendee_id and k.kind = n.kind and k.hash = n.content_hash
          )
        """,
        attendee_ids,
        model,
        [row[0] for row in kept],
        [row[1] for row in kept],
        [row[2] for row in kept],
    )


async def excluded_ids(conn: asyncpg.Connection, attendee_id: int) -> set[int]:
    """Everyone the attendee must not be suggested: dismissed, blocked either way, anyone
    with a request between them in any state, anyone already met."""
    rows = await conn.fetch(
        """
        select dismissed_id as id from dismissals where attendee_id = $1
        union
        select blocked_id from blocks where attendee_id = $1
        union
        select attendee_id from blocks where blocked_id = $1
        union
        select case when from_id = $1 then to_id else from_id end
        from meeting_requests where from_id = $1 or to_id = $1
        union
        select other.attendee_id
        from meeting_participants mine
        join meeting_participants other
          on other.meeting_id = mine.meeting_id and other.attendee_id <> mine.attendee_id
        join meetings m on m.id = mine.meeting_id
        where mine.attendee_id = $1 and m.status = 'booked'
        """,
        attendee_id,
    )
    return {row["id"] for row in rows}


async def blocked_either_way(conn: asyncpg.Connection, attendee_id: int) -> set[int]:
    rows = await conn.fetch(
        """
        select blocked_id as id from blocks where attendee_id = $1
        union
        select attendee_id from blocks where blocked_id = $1
        """,
        attendee_id,
    )
    return {row["id"] for row in rows}


async def insert_dismissal(conn: asyncpg.Connection, attendee_id: int, other_id: int) -> None:
    await conn.execute(
        """
        insert into dismissals (attendee_id, dismissed_id) values ($1, $2)
        on conflict do nothing
        """,
        attendee_id,
        other_id,
    )


async def delete_dismissal(conn: asyncpg.Connection, attendee_id: int, other_id: int) -> None:
    await conn.execute(
        "delete from dismissals where attendee_id = $1 and dismissed_id = $2",
        attendee_id,
        other_id,
    )


async def blocked_by(conn: asyncpg.Connection, attendee_id: int) -> list[int]:
    """The people the attendee blocked, most recent first."""
    rows = await conn.fetch(
        "select blocked_id from blocks where attendee_id = $1 order by created_at desc",
        attendee_id,
    )
    return [row["blocked_id"] for row in rows]


async def filtered_ids(
    conn: asyncpg.Connection,
    event_id: int,
    viewer_id: int,
    country: str | None,
    language: str | None,
    topic: str | None,
    limit: int,
) -> list[int]:
    """Consenting attendees matching every filter given, by name; a language filter only
    looks at languages their owner did not hide."""
    rows = await conn.fetch(
        """
        select id from attendees
        where event_id = $1 and consent and id <> $2
          and ($3::text is null or country = $3)
          and ($4::text is null
               or ($4 = any(languages) and not 'languages' = any(hidden_fields)))
          and ($5::text is null or $5 = any(topics))
        order by name, id
        limit $6
        """,
        event_id,
        viewer_id,
        country,
        language,
        topic,
        limit,
    )
    return [row["id"] for row in rows]


async def search_choices(conn: asyncpg.Connection, event_id: int) -> Any:
    """The countries and visible languages of consenting attendees: what filters offer."""
    return await conn.fetchrow(
        """
        select
            array(select distinct country from attendees
                  where event_id = $1 and consent and country <> '' order by 1) as countries,
            array(select distinct language from attendees, unnest(languages) as language
                  where event_id = $1 and consent
                    and not 'languages' = any(hidden_fields) order by 1) as languages
        """,
        event_id,
    )


async def insert_block(conn: asyncpg.Connection, attendee_id: int, other_id: int) -> None:
    await conn.execute(
        "insert into blocks (attendee_id, blocked_id) values ($1, $2) on conflict do nothing",
        attendee_id,
        other_id,
    )


async def delete_block(conn: asyncpg.Connection, attendee_id: int, other_id: int) -> None:
    await conn.execute(
        "delete from blocks where attendee_id = $1 and blocked_id = $2", attendee_id, other_id
    )


async def event_ids(conn: asyncpg.Connection) -> list[int]:
    return [row["id"] for row in await conn.fetch("select id from events order by id")]


async def topic_labels(conn: asyncpg.Connection, event_id: int) -> dict[str, str]:
    rows = await conn.fetch("select slug, label from topics where event_id = $1", event_id)
    return {row["slug"]: row["label"] for row in rows}


async def consenting_ids(conn: asyncpg.Connection, event_id: int) -> list[int]:
    rows = await conn.fetch(
        "select id from attendees where event_id = $1 and consent order by id", event_id
    )
    return [row["id"] for row in rows]
