"""The vectors and members of one event: three FAISS indexes keyed by attendee id.

Not thread-safe on its own: the matcher holds its readers-writer lock around every use.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from matchmaker.attendees.models import AttendeeProfile
from matchmaker.matching.members import Member
from matchmaker.matching.results import MatchEntry, Vector
from matchmaker.matching.vector_index import VectorIndex

IdArray = npt.NDArray[np.int64]

PROFILE_DEPTH_DIVISOR = 4


def _usable(vector: Vector | None, text: str) -> bool:
    return vector is not None and bool(text.strip()) and bool(np.any(vector))


@dataclass(slots=True)
class EventVectors:
    """The three vector indexes of one event and the members they hold (callers lock)."""

    seeking: VectorIndex
    offering: VectorIndex
    profile: VectorIndex
    members: dict[int, Member] = field(default_factory=dict)

    @classmethod
    def empty(cls, dimension: int, approximate_threshold: int) -> EventVectors:
        """Three empty indexes of `dimension`."""

        def index() -> VectorIndex:
            return VectorIndex(dimension, approximate_threshold=approximate_threshold)

        return cls(seeking=index(), offering=index(), profile=index())

    @classmethod
    def from_entries(
        cls, entries: Iterable[MatchEntry], dimension: int, approximate_threshold: int
    ) -> EventVectors:
        """Bulk-build from stored vectors, keeping consenting attendees only."""
        event = cls.empty(dimension, approximate_threshold)
        columns: dict[str, tuple[list[int], list[Vector]]] = {
            kind: ([], []) for kind in ("seeking", "offering", "profile")
        }
        for entry in entries:
            profile = entry.profile
            if not profile.consent:
                continue
            member = event._member(profile, entry.seeking, entry.offering)
            event.members[profile.id] = member
            for kind, vector, usable in (
                ("seeking", entry.seeking, member.has_seeking),
                ("offering", entry.offering, member.has_offering),
                ("profile", entry.profile_vector, True),
            ):
                if usable and vector is not None:
                    columns[kind][0].append(profile.id)
                    columns[kind][1].append(vector)
        for kind, index in (
            ("seeking", event.seeking),
            ("offering", event.offering),
            ("profile", event.profile),
        ):
            ids, vectors = columns[kind]
            matrix = np.vstack(vectors) if vectors else np.zeros((0, dimension), np.float32)
            index.rebuild(ids, matrix)
        return event

    @staticmethod
    def _member(
        profile: AttendeeProfile, seeking_vec: Vector | None, offering_vec: Vector | None
    ) -> Member:
        return Member.from_profile(
            profile,
            has_seeking=_usable(seeking_vec, profile.seeking),
            has_offering=_usable(offering_vec, profile.offering),
        )

    def put(
        self,
        profile: AttendeeProfile,
        seeking_vec: Vector | None,
        offering_vec: Vector | None,
        profile_vec: Vector,
    ) -> None:
        """Add or replace one consenting attendee (None = that text is empty)."""
        member = self._member(profile, seeking_vec, offering_vec)
        ids = np.asarray([profile.id], dtype=np.int64)
        self.seeking.remove(ids)
        self.offering.remove(ids)
        if member.has_seeking and seeking_vec is not None:
            self.seeking.add(ids, seeking_vec)
        if member.has_offering and offering_vec is not None:
            self.offering.add(ids, offering_vec)
        self.profile.upsert(ids, profile_vec)
        self.members[profile.id] = member

    def drop(self, attendee_id: int) -> bool:
        """Forget one attendee everywhere; True if they were present."""
        ids = np.asarray([attendee_id], dtype=np.int64)
        present = self.members.pop(attendee_id, None) is not None
        self.seeking.remove(ids)
        self.offering.remove(ids)
        self.profile.remove(ids)
        return present

    def own_vectors(self, me: Member) -> dict[str, Vector]:
        """The viewer's stored vectors by kind (seeking/offering only when usable)."""
        own = {"profile": self.profile.reconstruct([me.id])[0]}
        if me.has_seeking:
            own["seeking"] = self.seeking.reconstruct([me.id])[0]
        if me.has_offering:
            own["offering"] = self.offering.reconstruct([me.id])[0]
        return own

    def candidate_ids(self, me: Member, own: dict[str, Vector], depth: int) -> IdArray:
        """Union of the nearest `depth` ids by give, get and profile similarity."""
        parts: list[IdArray] = []
        if "seeking" in own:
            parts.append(self.offering.search(own["seeking"], depth)[1][0])
        if "offering" in own:
            parts.append(self.seeking.search(own["offering"], depth)[1][0])
        # Profile likeness only refines a seek/offer match (ranking.weighted_score), so with
        # a seek or offer text few profile-only neighbours can reach the top: fetch fewer.
        # (A depth covering everyone stays whole: small events keep exact, order-free lists.)
        shallow = parts and depth < len(self.members)
        profile_depth = max(1, depth // PROFILE_DEPTH_DIVISOR) if shallow else depth
        parts.append(self.profile.search(own["profile"], profile_depth)[1][0])
        ids = np.unique(np.concatenate(parts))
        return ids[ids >= 0]
