"""What the suggestion, search and settings API answers."""

from __future__ import annotations

import msgspec

from matchmaker.attendees.models import AttendeeProfile


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
    components: dict[str, float]
    """The parts the score combines (what they offer me, what I offer them, profile, …)."""


class SuggestionList(msgspec.Struct, frozen=True, kw_only=True):
    items: list[SuggestionItem]
    next: str | None = None


class SearchHit(msgspec.Struct, frozen=True, kw_only=True):
    attendee: AttendeeSummary
    score: float


class SearchResults(msgspec.Struct, frozen=True, kw_only=True):
    items: list[SearchHit]
    next: str | None = None
