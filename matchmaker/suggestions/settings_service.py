"""The organiser's match settings: read, save, and preview before saving."""

from __future__ import annotations

import asyncio

import asyncpg

from matchmaker.events.match_settings import MatchSettings
from matchmaker.events.models import Event
from matchmaker.events.service import get_match_settings
from matchmaker.matching import PreviewReport
from matchmaker.suggestions.registry import MatcherRegistry

PREVIEW_K = 5
PREVIEW_SAMPLE = 10


async def preview_settings(
    conn: asyncpg.Connection, registry: MatcherRegistry, event: Event, candidate: MatchSettings
) -> PreviewReport | None:
    """What ``candidate`` would do to suggestions against the saved settings; nothing is
    saved. None when the event has nobody indexed yet."""
    matcher = await registry.matcher(event.id)
    if len(matcher) == 0:
        return None
    current = await get_match_settings(conn, event.id)
    return await asyncio.to_thread(matcher.preview, current, candidate, PREVIEW_K, PREVIEW_SAMPLE)
