"""What the suggestion, search and settings API answers."""

from __future__ import annotations

import msgspec

from matchmaker.attendees.models import AttendeeProfile
from matchmaker.matching import Reason


class AttendeeSummary(msgspec.Struct, frozen=True, kw_only=True):
    """Who a suggestion or search hit is; hidden fields stay hidden."""

    id: int
    name: str
    role: str
    organisation: str
    organisation_type: str
    city: str | None
    country: str
    topics: list[str]

    @classmethod
    def of(cls, profile: AttendeeProfile) -> AttendeeSummary:
        return cls(
            id=profile.id,
            name=profile.name,
            role=profile.role,
            organisation=profile.organisation,
            organisation_type=profile.organisation_type,
            city=None if "city" in profile.hidden_fields else profile.city,
            country=profile.country,
            topics=list(profile.topics),
        )


class SuggestionItem(msgspec.Struct, frozen=True, kw_only=True):
    attendee: AttendeeSummary
    score: float
    reasons: list[str]
    reason_details: list[Reason]
    """The reasons as data: a kind (offers_what_you_seek, seeks_what_you_offer,
    shared_topics, other_country, other_city, common_language, similar_work,
    related_profile) and the values it names, for clients that word them themselves."""
    components: dict[str, float]
    """The parts the score combines (what they offer me, what I offer them, profile, …)."""


class SuggestionList(msgspec.Struct, frozen=True, kw_only=True):
    items: list[SuggestionItem]
    next: str | None = None


class MatchedText(msgspec.Struct, frozen=True, kw_only=True):
    """What of a person matched a search: one of their needs (verbatim), or their profile."""

    field: str
    """offering, seeking or profile"""
    text: str
    """The matched need, shortened at a word boundary; empty for the profile."""


class SearchHit(msgspec.Struct, frozen=True, kw_only=True):
    attendee: AttendeeSummary
    score: float
    matched: MatchedText


class SearchResults(msgspec.Struct, frozen=True, kw_only=True):
    items: list[SearchHit]
    next: str | None = None
