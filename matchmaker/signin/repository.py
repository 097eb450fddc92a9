"""SQL for sign-in links and codes. A link belongs to an attendee or to an organiser account
(``kind``); each kind's queries join that kind's table only, so a link of one kind never
opens a session of the other."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

import asyncpg

HolderKind = Literal["attendee", "organiser"]

_INSERT = {
    "attendee": """
        insert into signin_links (event_id, attendee_id, token_hash, code_hash, expires_at)
        values ($1, $2, $3, $4, now() + make_interval(days => $5))
        returning expires_at
        """,
    "organiser": """
        insert into signin_links (event_id, organiser_id, token_hash, code_hash, expires_at)
        values ($1, $2, $3, $4, now() + make_interval(days => $5))
        returning expires_at
        """,
}

_BY_TOKEN = {
    "attendee": """
        select l.id, l.attendee_id as holder_id, a.name, l.expires_at,
               l.expires_at > now() as valid
        from signin_links l join attendees a on a.id = l.attendee_id
        where l.event_id = $1 and l.token_hash = $2
        """,
    "organiser": """
        select l.id, l.organiser_id as holder_id, o.name, l.expires_at,
               l.expires_at > now() as valid
        from signin_links l join organiser_accounts o on o.id = l.organiser_id
        where l.event_id = $1 and l.token_hash = $2
        """,
}

_BY_EMAIL = {
    "attendee": """
        select l.id, l.attendee_id as holder_id, l.code_hash, l.failed_codes
        from signin_links l join attendees a on a.id = l.attendee_id
        where l.event_id = $1 and lower(a.email) = lower($2) and l.expires_at > now()
        order by l.id
        """,
    "organiser": """
        select l.id, l.organiser_id as holder_id, l.code_hash, l.failed_codes
        from signin_links l join organiser_accounts o on o.id = l.organiser_id
        where l.event_id = $1 and o.email <> '' and lower(o.email) = lower($2)
          and l.expires_at > now()
        order by l.id
        """,
}


async def insert_link(
    conn: asyncpg.Connection,
    event_id: int,
    holder_id: int,
    token_hash: bytes,
    code_hash: bytes,
    valid_days: int,
    kind: HolderKind = "attendee",
) -> datetime:
    """Store a new link; returns when it expires."""
    expires_at: datetime = await conn.fetchval(
        _INSERT[kind], event_id, holder_id, token_hash, code_hash, valid_days
    )
    return expires_at


async def link_by_token_hash(
    conn: asyncpg.Connection, event_id: int, token_hash: bytes, kind: HolderKind = "attendee"
) -> Any:
    """The link with its holder's name and whether it is still valid; None if unknown."""
    return await conn.fetchrow(_BY_TOKEN[kind], event_id, token_hash)


async def codes_for_email(
    conn: asyncpg.Connection, event_id: int, email: str, kind: HolderKind = "attendee"
) -> list[Any]:
    """The unexpired links of the holder with this e-mail, with their code hashes."""
    return await conn.fetch(_BY_EMAIL[kind], event_id, email)


async def mark_used(conn: asyncpg.Connection, link_id: int) -> None:
    await conn.execute("update signin_links set last_used_at = now() where id = $1", link_id)


async def count_failed_code(conn: asyncpg.Connection, link_ids: list[int]) -> None:
    await conn.execute(
        "update signin_links set failed_codes = failed_codes + 1 where id = any($1::bigint[])",
        link_ids,
    )


async def delete_expired(conn: asyncpg.Connection) -> None:
    await conn.execute("delete from signin_links where expires_at <= now()")
