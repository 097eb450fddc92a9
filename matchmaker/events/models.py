"""Event records and the shapes the event API reads and writes."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import msgspec
from msgspec import Meta

Slug = Annotated[str, Meta(pattern=r"^[a-z0-9][a-z0-9-]{0,62}$", description="lower-case slug")]


class Topic(msgspec.Struct, frozen=True, kw_only=True):
    slug: Slug
    label: Annotated[str, Meta(min_length=1, max_length=120)]


class EventCreate(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    slug: Slug
    name: Annotated[str, Meta(min_length=1, max_length=200)]
    timezone: Annotated[str, Meta(min_length=1, max_length=64, description="IANA zone name")]
    topics: Annotated[list[Topic], Meta(max_length=200)] = msgspec.field(default_factory=list)


class Event(msgspec.Struct, frozen=True, kw_only=True):
    id: int
    slug: str
    name: str
    timezone: str
    topics: list[Topic]
    created_at: datetime

    def topic_labels(self) -> dict[str, str]:
        return {topic.slug: topic.label for topic in self.topics}
