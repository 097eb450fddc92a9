"""Recording and reading the audit log. Console pages and the organiser API call ``record``
in the same transaction as the change, so an entry exists exactly when the change does.

Details are small: ids, counts, names of fields and settings — never an attendee's personal
data, which an erasure must remove everywhere."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

import asyncpg

from matchmaker.audit import repository


class Actor(Protocol):
    """Who acts: an organiser account (``id``) or the API's organiser token (no id)."""

    @property
    def id(self) -> int | None: ...

    @property
    def name(self) -> str: ...


@dataclass(frozen=True)
class TokenActor:
    """A call to the JSON API with the organiser token: no account behind it."""

    id: int | None = None
    name: str = "API (organiser token)"


API = TokenActor()


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    actor_id: int | None
    actor_name: str
    action: str
    details: dict[str, Any]


async def record(
    conn: asyncpg.Connection,
    event_id: int,
    actor: Actor,
    action: str,
    details: dict[str, Any] | None = None,
) -> int:
    """Log ``action`` (a dotted code such as ``team.member_added``) by ``actor``."""
    return await repository.insert_entry(
        conn, event_id, actor.id, actor.name, action, details or {}
    )


async def audit_entries(
    conn: asyncpg.Connection,
    event_id: int,
    *,
    limit: int | None = 100,
    before_id: int | None = None,
) -> list[AuditEntry]:
    """The event's entries, newest first."""
    rows = await repository.entries(conn, event_id, limit, before_id)
    return [
        AuditEntry(
            id=row["id"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            details=json.loads(row["details"]),
        )
        for row in rows
    ]
