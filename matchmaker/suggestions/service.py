"""Suggestions, search, dismissals and blocks: the matcher proposes, PostgreSQL decides.

Every answer is checked against the database at the moment it is given, so an erased
attendee or one who withdrew consent never appears even before the index has caught up.
"""

from __future__ import annotations

import asyncio

import asyncpg

from matchmaker.attendees import repository as attendees
from matchmaker.attendees.models import AttendeeProfile
from matchmaker.errors import InvalidInput, NotFound
from matchmaker.events.match_settings import MatchSettings
from matchmaker.events.models import Event
from matchmaker.matching import NotIndexed
from matchmaker.matching.quoting import trim
from matchmaker.suggestions import repository
from matchmaker.suggestions.registry import MatcherRegistry
from matchmaker.suggestions.schemas import (
    AttendeeSummary,
    MatchedText,
    SearchHit,
    SearchResults,
    SuggestionItem,
    SuggestionList,
)

# Ask the matcher for a few more than asked, so the database check can drop some.
SPARE = 5
# A matched need is quoted up to this length in search results.
MATCHED_TEXT_LENGTH = 120


async def _visible(
    conn: asyncpg.Connection, event: Event, ids: list[int]
) -> dict[int, AttendeeProfile]:
    return {
        profile.id: profile
        for profile in await attendees.attendees_by_ids(conn, event.id, ids)
        if profile.consent
    }


async def suggestions_for(
    conn: asyncpg.Connection,
    registry: MatcherRegistry,
    event: Event,
    me: AttendeeProfile,
    settings: MatchSettings,
    limit: int,
) -> SuggestionList:
    """The attendee's best contacts, best first, each with its reasons."""
    if not me.consent:
        return SuggestionList(items=[])
    matcher = await registry.matcher(event.id)
    excluded = await repository.excluded_ids(conn, me.id)
    try:
        found = await asyncio.to_thread(matcher.suggest, me.id, settings, excluded, limit + SPARE)
    except NotIndexed:
        return SuggestionList(items=[])
    profiles = await _visible(conn, event, [s.attendee_id for s in found])
    items = [
        SuggestionItem(
            attendee=AttendeeSummary.of(profiles[s.attendee_id]),
            score=s.score,
            reasons=s.reasons,
            reason_details=s.reason_details,
            components=s.components,
        )
        for s in found
        if s.attendee_id in profiles
    ]
    return SuggestionList(items=items[:limit])


async def search_attendees(
    conn: asyncpg.Connection,
    registry: MatcherRegistry,
    event: Event,
    me: AttendeeProfile,
    query: str,
    limit: int,
) -> SearchResults:
    """Attendees ranked by meaning against the query, in any language the model knows."""
    text = " ".join(query.split())
    if not text:
        raise InvalidInput("the search text is empty", field="q")
    matcher = await registry.matcher(event.id)
    # Search finds anyone I may see, requested or dismissed alike; blocks hold both ways.
    blocked = await repository.blocked_either_way(conn, me.id)
    vector = (await asyncio.to_thread(registry.embedder.encode, [text]))[0]
    found = await asyncio.to_thread(matcher.search, vector, limit + SPARE, me.id, blocked)
    profiles = await _visible(conn, event, [hit.attendee_id for hit in found])
    items = [
        SearchHit(
            attendee=AttendeeSummary.of(profiles[hit.attendee_id]),
            score=hit.score,
            matched=MatchedText(field=hit.field, text=trim(hit.text, MATCHED_TEXT_LENGTH)),
        )
        for hit in found
        if hit.attendee_id in profiles
    ]
    return SearchResults(items=items[:limit])


async def _other(
    conn: asyncpg.Connection, event: Event, me: AttendeeProfile, other_id: int
) -> None:
    if other_id == me.id:
        raise InvalidInput("that is you", field="id")
    if await attendees.attendee_by_id(conn, event.id, other_id) is None:
        raise NotFound(f"no attendee {other_id} in this event", field="id")


async def dismiss(
    conn: asyncpg.Connection, event: Event, me: AttendeeProfile, other_id: int
) -> None:
    """Hide someone from my suggestions for good."""
    await _other(conn, event, me, other_id)
    await repository.insert_dismissal(conn, me.id, other_id)


async def block(conn: asyncpg.Connection, event: Event, me: AttendeeProfile, other_id: int) -> None:
    """Block a person: neither is suggested to or found by the other, and they cannot send
    me requests."""
    await _other(conn, event, me, other_id)
    await repository.insert_block(conn, me.id, other_id)


async def unblock(
    conn: asyncpg.Connection, event: Event, me: AttendeeProfile, other_id: int
) -> None:
    await _other(conn, event, me, other_id)
    await repository.delete_block(conn, me.id, other_id)
