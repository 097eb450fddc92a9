"""Values the matcher hands out and takes in."""

from __future__ import annotations

import msgspec
import numpy as np
import numpy.typing as npt

from matchmaker.attendees.models import AttendeeProfile

Vector = npt.NDArray[np.float32]


class NotIndexed(LookupError):
    """The attendee is not in the matcher (unknown, erased, or without consent)."""


class Suggestion(msgspec.Struct, frozen=True, kw_only=True):
    """One suggested contact for a viewer."""

    attendee_id: int
    score: float
    reasons: list[str]
    components: dict[str, float]


class MatchEntry(msgspec.Struct, frozen=True, kw_only=True):
    """One attendee with their three vectors, for bulk loading (None = text was empty)."""

    profile: AttendeeProfile
    seeking: Vector | None
    offering: Vector | None
    profile_vector: Vector
