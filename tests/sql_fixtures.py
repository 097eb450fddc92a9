"""Rows inserted straight into the test database, where going through the API would only
slow a test down without testing anything more."""

from __future__ import annotations

from typing import Any


async def make_event(db: Any, slug: str, people: int) -> tuple[int, list[int]]:
    """An event with ``people`` consenting attendees, inserted directly."""
    event_id = await db.fetchval(
        "insert into events (slug, name, timezone) values ($1, $1, 'UTC') returning id", slug
    )
    rows = await db.fetch(
        """
        insert into attendees (event_id, email, name, consent, seeking, offering, token_hash)
        select $1, $2 || n || '@example.org', 'Person ' || n, true,
               'seeking ' || n, 'offering ' || n, sha256(($2 || n)::bytea)
        from generate_series(1, $3) as n
        order by n
        returning id
        """,
        event_id,
        slug,
        people,
    )
    return event_id, [row["id"] for row in rows]
