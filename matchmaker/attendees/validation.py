"""Profile rules the types alone cannot state: real ISO codes and the event's own topics."""

from __future__ import annotations

from collections.abc import Collection, Mapping

from matchmaker.attendees.iso_codes import COUNTRY_CODES, LANGUAGE_CODES
from matchmaker.errors import InvalidInput


def check_profile_values(values: Mapping[str, object], topic_slugs: Collection[str]) -> None:
    """Raise InvalidInput naming the first field whose value is not allowed."""
    country = values.get("country")
    if isinstance(country, str) and country and country not in COUNTRY_CODES:
        raise InvalidInput(f"{country!r} is not an ISO 3166-1 alpha-2 code", field="country")
    languages = values.get("languages")
    if isinstance(languages, list):
        for code in languages:
            if code not in LANGUAGE_CODES:
                raise InvalidInput(f"{code!r} is not an ISO 639-1 code", field="languages")
        if len(set(languages)) != len(languages):
            raise InvalidInput("a language is listed twice", field="languages")
    topics = values.get("topics")
    if isinstance(topics, list):
        for slug in topics:
            if slug not in topic_slugs:
                raise InvalidInput(f"{slug!r} is not a topic of this event", field="topics")
        if len(set(topics)) != len(topics):
            raise InvalidInput("a topic is listed twice", field="topics")
