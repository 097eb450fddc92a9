"""Suggestions, search, dismissals and blocks: the matcher proposes, PostgreSQL decides.

Every answer is checked against the database at the moment it is given, so an erased
attendee or one who withdrew consent never appears even before the index has caught up.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import asyncpg

from matchmaker.attendees import repository as attendees
from matchmaker.attendees.models import AttendeeProfile
from matchmaker.errors import Conflict, NotFound
from matchmaker.events.match_settings import MatchSettings
from matchmaker.events.models import Event
from matchmaker.matching import NotIndexed, SearchMatch
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
# With filters, rank this many times more candidates before filtering.
FILTERED_FACTOR = 20


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


async def why_suggested(
    conn: asyncpg.Connection,
    registry: MatcherRegistry,
    event: Event,
    me: AttendeeProfile,
    other: AttendeeProfile,
    settings: MatchSettings,
) -> SuggestionItem | None:
    """Why `other` would be suggested to me (score and reasons), whether or not they make my
    list; None without consent on either side or when the organiser's rules keep us apart."""
    if not me.consent or not other.consent or other.id == me.id:
        return None
    matcher = await registry.matcher(event.id)
    try:
        found = await asyncio.to_thread(matcher.explain, me.id, other.id, settings)
    except NotIndexed:
        return None
    if found is None:
        return None
    return SuggestionItem(
        attendee=AttendeeSummary.of(other),
        score=found.score,
        reasons=found.reasons,
        reason_details=found.reason_details,
        components=found.components,
    )


@dataclass(frozen=True)
class SearchFilters:
    """Narrowing a search: every filter given must hold."""

    country: str | None = None
    language: str | None = None
    topic: str | None = None

    def __bool__(self) -> bool:
        return any((self.country, self.language, self.topic))

    def admits(self, profile: AttendeeProfile) -> bool:
        # A hidden language list is never searched: filtering on it would reveal it.
        languages = [] if "languages" in profile.hidden_fields else profile.languages
        return (
            (self.country is None or profile.country == self.country)
            and (self.language is None or self.language in languages)
            and (self.topic is None or self.topic in profile.topics)
        )


async def search_attendees(
    conn: asyncpg.Connection,
    registry: MatcherRegistry,
    event: Event,
    me: AttendeeProfile,
    query: str,
    limit: int,
    filters: SearchFilters | None = None,
) -> SearchResults:
    """Attendees ranked by meaning against the query, in any language the model knows,
    narrowed by ``filters``; without a query, everyone matching the filters (or everyone),
    by name."""
    text = " ".join(query.split())
    narrowing = filters or SearchFilters()
    # Search finds anyone I may see, requested or dismissed alike; blocks hold both ways.
    blocked = await repository.blocked_either_way(conn, me.id)
    if not text:
        ids = await repository.filtered_ids(
            conn,
            event.id,
            me.id,
            narrowing.country,
            narrowing.language,
            narrowing.topic,
            limit + len(blocked),
        )
        # Listed by name, not ranked: what matched is their whole profile.
        found = [
            SearchMatch(attendee_id=attendee_id, score=0.0, field="profile", text="")
            for attendee_id in ids
            if attendee_id not in blocked
        ]
    else:
        matcher = await registry.matcher(event.id)
        vector = (await asyncio.to_thread(registry.embedder.encode, [text]))[0]
        # Filters drop candidates after ranking, so rank more of them first.
        wanted = (limit + SPARE) * (FILTERED_FACTOR if narrowing else 1)
        found = await asyncio.to_thread(matcher.search, vector, wanted, me.id, blocked)
    profiles = await _visible(conn, event, [hit.attendee_id for hit in found])
    items = [
        SearchHit(
            attendee=AttendeeSummary.of(profiles[hit.attendee_id]),
            score=hit.score,
            matched=MatchedText(field=hit.field, text=trim(hit.text, MATCHED_TEXT_LENGTH)),
        )
        for hit in found
        if hit.attendee_id in profiles and narrowing.admits(profiles[hit.attendee_id])
    ]
    return SearchResults(items=items[:limit])


async def _other(
    conn: asyncpg.Connection, event: Event, me: AttendeeProfile, other_id: int
) -> None:
    if other_id == me.id:
        raise Conflict("that is you", field="id")
    if await attendees.attendee_by_id(conn, event.id, other_id) is None:
        raise NotFound(f"no attendee {other_id} in this event", field="id")


async def dismiss(
    conn: asyncpg.Connection, event: Event, me: AttendeeProfile, other_id: int
) -> None:
    """Hide someone from my suggestions for good."""
    await _other(conn, event, me, other_id)
    await repository.insert_dismissal(conn, me.id, other_id)


async def search_choices(conn: asyncpg.Connection, event: Event) -> tuple[list[str], list[str]]:
    """Countries and languages a search can be narrowed to (those someone findable has)."""
    row = await repository.search_choices(conn, event.id)
    return list(row["countries"]), list(row["languages"])


async def is_blocked_by(conn: asyncpg.Connection, me: AttendeeProfile, other_id: int) -> bool:
    """Whether ``other_id`` blocked me (which I am never told, but pages must act on)."""
    return other_id in await repository.blocked_either_way(
        conn, me.id
    ) and other_id not in await repository.blocked_by(conn, me.id)


async def undismiss(
    conn: asyncpg.Connection, event: Event, me: AttendeeProfile, other_id: int
) -> None:
    """Undo a dismissal: they may be suggested again."""
    await _other(conn, event, me, other_id)
    await repository.delete_dismissal(conn, me.id, other_id)


async def blocked_people(
    conn: asyncpg.Connection, event: Event, me: AttendeeProfile
) -> list[AttendeeProfile]:
    """Everyone I blocked, most recent first."""
    ids = await repository.blocked_by(conn, me.id)
    profiles = {p.id: p for p in await attendees.attendees_by_ids(conn, event.id, ids)}
    return [profiles[i] for i in ids if i in profiles]


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
