"""SQL for the audit log."""

from __future__ import annotations

import json
from typing import Any

import asyncpg


async def insert_entry(
    conn: asyncpg.Connection,
    event_id: int,
    actor_id: int | None,
    actor_name: str,
    action: str,
    details: dict[str, Any],
) -> int:
    # Sent as text: connections from the service's pool and plain ones (scripts, tests)
    # encode jsonb differently, text is the same on both.
    entry_id: int = await conn.fetchval(
        """
        insert into audit_log (event_id, actor_id, actor_name, action, details)
        values ($1, $2, $3, $4, $5::text::jsonb)
        returning id
        """,
        event_id,
        actor_id,
        actor_name,
        action,
        json.dumps(details, ensure_ascii=False, sort_keys=True),
    )
    return entry_id


async def entries(
    conn: asyncpg.Connection, event_id: int, limit: int | None, before_id: int | None
) -> list[Any]:
    """Newest first; ``before_id`` continues a page, ``limit`` None is every entry."""
    return await conn.fetch(
        """
        select id, at, actor_id, actor_name, action, details::text as details
        from audit_log
        where event_id = $1 and ($2::bigint is null or id < $2)
        order by id desc
        limit $3
        """,
        event_id,
        before_id,
        limit,
    )
