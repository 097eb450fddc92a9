"""SQL for the per-event change versions and the attendee change log (migration 0003).

Versions are gap-free and in commit order per event; the log maps each version to the
attendee it touched. Readers take both in one statement, so what they see is consistent.
"""

from __future__ import annotations

from dataclasses import dataclass

import asyncpg


@dataclass(frozen=True, slots=True)
class MissedChanges:
    """What an event's log holds after a version: its current version, and the changed
    attendee of each later version still in the log (in version order)."""

    current: int
    changes: list[tuple[int, int]]

    def complete_after(self, version: int) -> bool:
        """True when the log still holds every version from ``version + 1`` to ``current``
        (nothing was pruned, nothing was cut off by the limit)."""
        expected = self.current - version
        if expected <= 0:
            return True
        return (
            len(self.changes) == expected
            and self.changes[0][0] == version + 1
            and self.changes[-1][0] == self.current
        )


async def current_version(conn: asyncpg.Connection, event_id: int) -> int:
    """The event's latest change version (0: no attendee ever changed)."""
    version: int | None = await conn.fetchval(
        "select version from event_change_versions where event_id = $1", event_id
    )
    return version or 0


async def current_versions(conn: asyncpg.Connection, event_ids: list[int]) -> dict[int, int]:
    """Latest change version of each of ``event_ids`` that has one."""
    rows = await conn.fetch(
        "select event_id, version from event_change_versions where event_id = any($1::bigint[])",
        event_ids,
    )
    return {row["event_id"]: row["version"] for row in rows}


async def changes_after(
    conn: asyncpg.Connection, event_id: int, version: int, limit: int
) -> MissedChanges:
    """The event's current version and up to ``limit`` logged changes after ``version``."""
    rows = await conn.fetch(
        """
        select v.version as current, c.version, c.attendee_id
        from event_change_versions v
        left join lateral (
            select l.version, l.attendee_id from attendee_changes l
            where l.event_id = v.event_id and l.version > $2
            order by l.version
            limit $3
        ) as c on true
        where v.event_id = $1
        order by c.version
        """,
        event_id,
        version,
        limit,
    )
    if not rows:
        return MissedChanges(current=0, changes=[])
    changes = [(row["version"], row["attendee_id"]) for row in rows if row["version"] is not None]
    return MissedChanges(current=rows[0]["current"], changes=changes)


async def prune(conn: asyncpg.Connection, older_than_s: float) -> int:
    """Forget logged changes older than ``older_than_s`` seconds; returns how many."""
    status: str = await conn.execute(
        "delete from attendee_changes where changed_at < now() - make_interval(secs => $1)",
        older_than_s,
    )
    return int(status.rsplit(" ", 1)[-1])
