"""The two ways an event's matcher meets the database: built whole, or told which
attendees changed. Everything around them (which events are in memory, versions, catch-up,
the memory budget) lives in the registry and never looks inside a matcher."""

from __future__ import annotations

import asyncio

import asyncpg

from matchmaker.attendees import repository as attendees
from matchmaker.matching import Embedder, EventMatcher
from matchmaker.suggestions import repository
from matchmaker.suggestions.vector_store import entries_for

REFRESH_BATCH = 512


async def build_matcher(
    conn: asyncpg.Connection, embedder: Embedder, event_id: int
) -> EventMatcher:
    """The whole event's matcher from stored vectors (embedding what is missing)."""
    labels = await repository.topic_labels(conn, event_id)
    profiles = await attendees.all_attendees(conn, event_id)
    entries = await entries_for(conn, embedder, profiles, labels)
    matcher = EventMatcher(embedder.dimension, labels)
    await asyncio.to_thread(matcher.load, entries)
    # Count popularity now so no request pays for the first count.
    await asyncio.to_thread(matcher.refresh_popularity)
    return matcher


async def apply_changes(
    conn: asyncpg.Connection,
    embedder: Embedder,
    matcher: EventMatcher,
    event_id: int,
    attendee_ids: list[int],
) -> None:
    """Bring ``attendee_ids`` up to date in ``matcher``: their current profile, or gone."""
    labels = await repository.topic_labels(conn, event_id)
    for start in range(0, len(attendee_ids), REFRESH_BATCH):
        batch = attendee_ids[start : start + REFRESH_BATCH]
        profiles = await attendees.attendees_by_ids(conn, event_id, batch)
        found = {profile.id for profile in profiles}
        entries = await entries_for(conn, embedder, profiles, labels)
        with_vectors = {entry.profile.id for entry in entries}
        for entry in entries:
            await asyncio.to_thread(matcher.upsert, entry)
        for attendee_id in batch:
            if attendee_id not in found or attendee_id not in with_vectors:
                matcher.remove(attendee_id)  # erased, or consent withdrawn
