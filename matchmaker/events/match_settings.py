"""The organiser's match settings: one validated document per event.

Every field has a safe default so an event works before its organiser touches anything, and
a range so a typo in the settings form is refused with the field named instead of silently
producing nonsense rankings.
"""

from __future__ import annotations

from typing import Annotated

import msgspec
from msgspec import Meta

from matchmaker.events.models import OrganisationTypeSlug

Weight = Annotated[float, Meta(ge=0.0, le=10.0)]
OrgTypeSlug = OrganisationTypeSlug


class OrganisationTypePair(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """Two organisation types whose members are not suggested to each other (either order)."""

    first: OrgTypeSlug
    second: OrgTypeSlug


class MatchSettings(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """How suggestions are ranked and what caps hold for requests and meetings."""

    # Ranking weights (relative; the re-ranker normalises them).
    weight_seek_offer: Weight = 0.5
    """What one seeks against what the other offers, in both directions."""
    weight_topics: Weight = 0.2
    """Shared topics of interest."""
    weight_profile: Weight = 0.2
    """Similarity of whole profiles (role, organisation type, topics, bio)."""
    weight_diversity: Weight = 0.1
    """Boost for someone from another city, more for another country."""

    exclude_same_organisation: bool = True
    require_common_language: bool = False
    popularity_damping: Annotated[float, Meta(ge=0.0, le=1.0)] = 0.5
    """0 = none; 1 = strongest damping of people already suggested to very many."""
    disallowed_organisation_type_pairs: list[OrganisationTypePair] = msgspec.field(
        default_factory=list
    )

    # Caps and timings for requests and meetings.
    max_meetings_per_person: Annotated[int, Meta(ge=1, le=200)] = 12
    max_pending_requests: Annotated[int, Meta(ge=1, le=1000)] = 20
    request_cooldown_hours: Annotated[float, Meta(ge=0.0, le=24.0 * 60)] = 24.0
    request_expiry_hours: Annotated[float, Meta(ge=1.0, le=24.0 * 90)] = 72.0


def settings_from_document(document: object) -> MatchSettings:
    """Build settings from the stored JSON document (missing keys take their defaults)."""
    return msgspec.convert(document, MatchSettings)


def settings_to_document(settings: MatchSettings) -> dict[str, object]:
    """The JSON-compatible document stored in events.match_settings."""
    result: dict[str, object] = msgspec.to_builtins(settings)
    return result
