"""Profile rules the types alone cannot enforce: the event's own topics and organisation
types, and lists without repeats (the document says ``uniqueItems``; msgspec cannot check
it)."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from matchmaker.errors import Conflict, NotFound
from matchmaker.events.service import unknown_organisation_type


def check_profile_values(
    values: Mapping[str, object],
    topic_slugs: Collection[str],
    organisation_types: Sequence[str],
) -> None:
    """Raise naming the first field whose value is not allowed: NotFound for a topic or an
    organisation type the event does not have (the latter lists the allowed ones), Conflict
    for a repeat (the document says uniqueItems too)."""
    organisation_type = values.get("organisation_type")
    if isinstance(organisation_type, str) and organisation_type not in organisation_types:
        raise unknown_organisation_type(
            organisation_type, list(organisation_types), "organisation_type"
        )
    languages = values.get("languages")
    if isinstance(languages, list) and len(set(languages)) != len(languages):
        raise Conflict("a language is listed twice", field="languages")
    topics = values.get("topics")
    if isinstance(topics, list):
        for slug in topics:
            if slug not in topic_slugs:
                raise NotFound(f"{slug!r} is not a topic of this event", field="topics")
        if len(set(topics)) != len(topics):
            raise Conflict("a topic is listed twice", field="topics")
