"""Auto-scheduling a session as organisers ask for it (the API's POST …/schedule and the
console's scheduler page): the event's settings, the best mutual suggestions if wanted,
then the planner."""

from __future__ import annotations

import asyncpg

from matchmaker.autoschedule.service import ScheduleOutcome, schedule_session
from matchmaker.events.models import Event
from matchmaker.events.service import get_match_settings
from matchmaker.suggestions.mutual import mutual_suggestions
from matchmaker.suggestions.registry import MatcherRegistry


async def schedule_with_settings(
    conn: asyncpg.Connection,
    registry: MatcherRegistry,
    event: Event,
    session_id: int,
    *,
    include_suggestions: bool,
    dry_run: bool,
    time_limit_s: float,
) -> ScheduleOutcome:
    settings = await get_match_settings(conn, event.id)
    pairs = await mutual_suggestions(conn, registry, event, settings) if include_suggestions else []
    return await schedule_session(
        conn,
        event,
        session_id,
        settings=settings,
        suggestions=pairs,
        dry_run=dry_run,
        time_limit_s=time_limit_s,
    )
