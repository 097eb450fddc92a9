"""What attendees seek and offer, per topic: each seeking and offering need counted under the
topic whose label it lies closest to in meaning. Tags alone cannot say this (everybody ticks
topics; the needs say what they actually want and bring), so the dashboard shows organisers
where demand outruns supply."""

from __future__ import annotations

import asyncio

from matchmaker.events.models import Event
from matchmaker.suggestions.registry import MatcherRegistry


async def needs_per_topic(registry: MatcherRegistry, event: Event) -> dict[str, tuple[int, int]]:
    """Topic slug -> (needs sought, needs offered) closest to that topic, over the attendees
    who consented to matchmaking (the only ones the matcher holds)."""
    if not event.topics:
        return {}
    matcher = await registry.matcher(event.id)
    labels = [topic.label for topic in event.topics]
    vectors = await asyncio.to_thread(registry.embedder.encode, labels)
    counts = await asyncio.to_thread(matcher.needs_nearest_to, vectors)
    return {
        topic.slug: (counts["seeking"][i], counts["offering"][i])
        for i, topic in enumerate(event.topics)
    }
