"""Event-wide views of the matcher for organisers: the best mutual pairs the scheduler may
place, and how many attendees have enough good suggestions."""

from __future__ import annotations

import asyncio
import time

import asyncpg

from matchmaker.autoschedule.service import SuggestedPair
from matchmaker.events.match_settings import MatchSettings
from matchmaker.events.models import Event
from matchmaker.events.service import get_match_settings
from matchmaker.suggestions import repository
from matchmaker.suggestions.registry import MatcherRegistry

PAIRS_PER_PERSON = 6
COVERAGE_K = 5
COVERAGE_TTL_S = 60.0


async def mutual_suggestions(
    conn: asyncpg.Connection, registry: MatcherRegistry, event: Event, settings: MatchSettings
) -> list[SuggestedPair]:
    """Each consenting attendee's top suggestions as pairs valued 1..1000 by score. A pair
    appears once (the scheduler drops repeats); exclusions are the scheduler's to apply."""
    matcher = await registry.matcher(event.id)
    viewers = await repository.consenting_ids(conn, event.id)

    def collect() -> list[SuggestedPair]:
        pairs: list[SuggestedPair] = []
        for attendee_id in viewers:
            if attendee_id not in matcher:
                continue
            for found in matcher.suggest(attendee_id, settings, frozenset(), PAIRS_PER_PERSON):
                value = max(1, min(1000, round(found.score * 1000)))
                pairs.append(SuggestedPair(attendee_id, found.attendee_id, value))
        return pairs

    return await asyncio.to_thread(collect)


async def suggestion_coverage(
    conn: asyncpg.Connection, registry: MatcherRegistry, event: Event
) -> float | None:
    """Share of indexed attendees with at least five good suggestions, under the saved
    settings; recomputed at most once a minute since it ranks everyone."""
    matcher = await registry.matcher(event.id)
    if len(matcher) == 0:
        return None
    cached = registry.coverage_cache.get(event.id)
    now = time.monotonic()
    if cached is not None and now - cached[0] < COVERAGE_TTL_S:
        return cached[1]
    settings = await get_match_settings(conn, event.id)
    report = await asyncio.to_thread(matcher.preview, settings, settings, COVERAGE_K, 1)
    registry.coverage_cache[event.id] = (now, report.current.coverage)
    return report.current.coverage
