"""SQL of the import wizard: uploaded exports kept between steps, and which e-mails an
event already holds (a row with one of them updates that attendee)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import asyncpg


@dataclass(frozen=True)
class Upload:
    id: int
    event_id: int
    filename: str
    content: bytes
    mapping: tuple[str, ...] | None
    preset: str | None
    created_at: datetime
    committed_at: datetime | None


def _upload(row: asyncpg.Record) -> Upload:
    mapping = row["mapping"]
    return Upload(
        id=row["id"],
        event_id=row["event_id"],
        filename=row["filename"],
        content=bytes(row["content"]),
        mapping=tuple(mapping) if mapping is not None else None,
        preset=row["preset"],
        created_at=row["created_at"],
        committed_at=row["committed_at"],
    )


async def insert_upload(
    conn: asyncpg.Connection, event_id: int, filename: str, content: bytes
) -> int:
    upload_id: int = await conn.fetchval(
        "insert into registration_uploads (event_id, filename, content) values ($1, $2, $3)"
        " returning id",
        event_id,
        filename,
        content,
    )
    return upload_id


async def upload(conn: asyncpg.Connection, event_id: int, upload_id: int) -> Upload | None:
    row = await conn.fetchrow(
        "select id, event_id, filename, content, mapping, preset, created_at,"
        " committed_at from registration_uploads where event_id = $1 and id = $2",
        event_id,
        upload_id,
    )
    return None if row is None else _upload(row)


async def store_mapping(
    conn: asyncpg.Connection, upload_id: int, mapping: Sequence[str], preset: str | None
) -> None:
    await conn.execute(
        "update registration_uploads set mapping = $2::text[], preset = $3 where id = $1",
        upload_id,
        list(mapping),
        preset,
    )


async def mark_committed(conn: asyncpg.Connection, upload_id: int) -> None:
    await conn.execute(
        "update registration_uploads set committed_at = now() where id = $1", upload_id
    )


async def forget_uploads_before(conn: asyncpg.Connection, before: datetime) -> int:
    result: str = await conn.execute(
        "delete from registration_uploads where created_at < $1", before
    )
    return int(result.split()[-1])


async def existing_emails(
    conn: asyncpg.Connection, event_id: int, emails: Sequence[str]
) -> set[str]:
    rows = await conn.fetch(
        "select lower(email) as email from attendees"
        " where event_id = $1 and lower(email) = any($2::text[])",
        event_id,
        list(emails),
    )
    return {row["email"] for row in rows}
