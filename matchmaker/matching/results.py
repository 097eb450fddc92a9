"""Values the matcher hands out and takes in."""

from __future__ import annotations

import msgspec
import numpy as np
import numpy.typing as npt

from matchmaker.attendees.models import AttendeeProfile

Vector = npt.NDArray[np.float32]
# One row per need, in the order `needs.split_needs` gives them (the whole text first when
# the text holds several needs).
NeedMatrix = npt.NDArray[np.float32]


class NotIndexed(LookupError):
    """The attendee is not in the matcher (unknown, erased, or without consent)."""


OFFERS_WHAT_YOU_SEEK = "offers_what_you_seek"
SEEKS_WHAT_YOU_OFFER = "seeks_what_you_offer"
SHARED_TOPICS = "shared_topics"
OTHER_COUNTRY = "other_country"
OTHER_CITY = "other_city"
COMMON_LANGUAGE = "common_language"
SIMILAR_WORK = "similar_work"
RELATED_PROFILE = "related_profile"


class Reason(msgspec.Struct, frozen=True, kw_only=True):
    """One reason: what kind it is and the values it names (quotes, labels, places)."""

    kind: str
    values: dict[str, str] = msgspec.field(default_factory=dict)
    items: list[str] = msgspec.field(default_factory=list)
    """What a reason lists (the shared topics' labels), for clients that join lists in
    their reader's language; `values` then holds `more` when the list was cut."""

    @property
    def text(self) -> str:
        """The reason as one English sentence."""
        v = self.values
        if self.kind == OFFERS_WHAT_YOU_SEEK:
            return f"Offers “{v['theirs']}” — you seek “{v['mine']}”"
        if self.kind == SEEKS_WHAT_YOU_OFFER:
            return f"Seeks “{v['theirs']}” — you offer “{v['mine']}”"
        if self.kind == SHARED_TOPICS:
            return f"Both work on {v['topics']}"
        if self.kind == OTHER_COUNTRY:
            return f"From another country ({v['country']})"
        if self.kind == OTHER_CITY:
            return f"From another city ({v['city']})"
        if self.kind == COMMON_LANGUAGE:
            return f"Speaks {v['language']}"
        if self.kind == SIMILAR_WORK:
            return f"Similar work: {v['role']}"
        return "Related profile"


class Suggestion(msgspec.Struct, frozen=True, kw_only=True):
    """One suggested contact for a viewer."""

    attendee_id: int
    score: float
    reasons: list[str]
    reason_details: list[Reason]
    components: dict[str, float]


class SearchMatch(msgspec.Struct, frozen=True, kw_only=True):
    """One attendee found by meaning, and what of theirs matched the query."""

    attendee_id: int
    score: float
    field: str  # "offering", "seeking" or "profile"
    text: str  # the matched need, verbatim ("" for the profile: it is not one text of theirs)


class MatchEntry(msgspec.Struct, frozen=True, kw_only=True):
    """One attendee with their vectors: a row per need of the seeking and offering texts
    (None = that text is empty) and one vector for the whole profile."""

    profile: AttendeeProfile
    seeking: NeedMatrix | None
    offering: NeedMatrix | None
    profile_vector: Vector
