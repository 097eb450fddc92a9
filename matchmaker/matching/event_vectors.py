"""The vectors and members of one event: FAISS indexes of needs and of profiles.

Seeking and offering are indexed need by need. A need's id packs the attendee id and the
need's place in its text (`need_id`), so the ids live in FAISS alone and the attendee of a
hit is a shift away: no Python table of positions to drift out of step.

Not thread-safe on its own: the matcher holds its readers-writer lock around every use.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from matchmaker.attendees.models import AttendeeProfile
from matchmaker.matching.members import Member
from matchmaker.matching.needs import MAX_NEEDS, split_needs
from matchmaker.matching.results import MatchEntry, NeedMatrix
from matchmaker.matching.vector_index import VectorIndex

IdArray = npt.NDArray[np.int64]

# Low bits of a need id that hold the need's place in its text.
NEED_BITS = 4
assert MAX_NEEDS <= 1 << NEED_BITS
ALL_PLACES = np.arange(1 << NEED_BITS, dtype=np.int64)
NEED_KINDS = ("seeking", "offering")
PROFILE_DEPTH_DIVISOR = 4
# Candidates fetched per need at least, when a direction's depth is shared among needs.
MIN_PER_NEED = 25


def need_ids(attendee_id: int, count: int) -> IdArray:
    """The need ids of one attendee's first `count` needs."""
    return (np.int64(attendee_id) << NEED_BITS) | ALL_PLACES[:count]


def owners(ids: IdArray) -> IdArray:
    """The attendee of each need id (-1 stays -1: an empty place in a search result)."""
    return np.where(ids >= 0, ids >> NEED_BITS, -1)


@dataclass(frozen=True, slots=True)
class NeedRows:
    """Need vectors of several members, grouped member by member: each row's owner (a
    position in the members given) and how many rows each member has."""

    vectors: NeedMatrix
    owner: IdArray
    counts: IdArray

    def segment_max(self, values: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
        """Per member, the max of `values` over their rows along the last axis (-inf for a
        member without rows)."""
        shape = (*values.shape[:-1], len(self.counts))
        result = np.full(shape, -np.inf, dtype=np.float32)
        present = self.counts > 0
        if present.any():
            starts = (np.cumsum(self.counts) - self.counts)[present]
            result[..., present] = np.maximum.reduceat(values, starts, axis=-1)
        return result

    def span(self, position: int) -> slice | None:
        """Where the rows of the member at `position` lie (None when they have none)."""
        count = int(self.counts[position])
        if count == 0:
            return None
        start = int(self.counts[:position].sum())
        return slice(start, start + count)

    def segment_sum(self, values: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
        """Per member, the sum of `values` over their rows (0 without rows)."""
        result = np.zeros(len(self.counts), dtype=np.float32)
        present = self.counts > 0
        if present.any():
            starts = (np.cumsum(self.counts) - self.counts)[present]
            result[present] = np.add.reduceat(values, starts)
        return result


def usable_needs(text: str, vectors: NeedMatrix | None) -> tuple[str, ...]:
    """The needs of `text` when `vectors` hold one usable row per need, else none."""
    needs = split_needs(text)
    if vectors is None or len(needs) == 0 or vectors.shape[0] != len(needs):
        return ()
    if not bool(np.any(vectors)):
        return ()
    return needs


@dataclass(slots=True)
class EventVectors:
    """The need and profile indexes of one event and the members they hold (callers lock)."""

    seeking: VectorIndex
    offering: VectorIndex
    profile: VectorIndex
    members: dict[int, Member] = field(default_factory=dict)

    @classmethod
    def empty(cls, dimension: int, approximate_threshold: int) -> EventVectors:
        """Empty indexes of `dimension`."""

        def index() -> VectorIndex:
            return VectorIndex(dimension, approximate_threshold=approximate_threshold)

        return cls(seeking=index(), offering=index(), profile=index())

    @classmethod
    def from_entries(
        cls, entries: Iterable[MatchEntry], dimension: int, approximate_threshold: int
    ) -> EventVectors:
        """Bulk-build from stored vectors, keeping consenting attendees only."""
        event = cls.empty(dimension, approximate_threshold)
        columns: dict[str, tuple[list[IdArray], list[npt.NDArray[np.float32]]]] = {
            kind: ([], []) for kind in ("seeking", "offering", "profile")
        }
        for entry in entries:
            profile = entry.profile
            if not profile.consent:
                continue
            member = _member(profile, entry)
            event.members[profile.id] = member
            for kind, vectors in (("seeking", entry.seeking), ("offering", entry.offering)):
                count = len(member.needs(kind))
                if count and vectors is not None:
                    columns[kind][0].append(need_ids(profile.id, count))
                    columns[kind][1].append(vectors)
            columns["profile"][0].append(np.asarray([profile.id], dtype=np.int64))
            columns["profile"][1].append(entry.profile_vector.reshape(1, -1))
        for kind in ("seeking", "offering", "profile"):
            id_parts, vector_parts = columns[kind]
            if id_parts:
                event.index(kind).rebuild(np.concatenate(id_parts), np.vstack(vector_parts))
            else:
                event.index(kind).rebuild([], np.zeros((0, dimension), np.float32))
        return event

    def index(self, kind: str) -> VectorIndex:
        """The index of "seeking" needs, "offering" needs or "profile" vectors."""
        return {"seeking": self.seeking, "offering": self.offering, "profile": self.profile}[kind]

    def put(self, entry: MatchEntry) -> None:
        """Add or replace one consenting attendee."""
        profile = entry.profile
        member = _member(profile, entry)
        every_place = need_ids(profile.id, 1 << NEED_BITS)
        for kind, vectors in (("seeking", entry.seeking), ("offering", entry.offering)):
            index = self.index(kind)
            index.remove(every_place)  # the old text may have had more needs
            count = len(member.needs(kind))
            if count and vectors is not None:
                index.add(need_ids(profile.id, count), vectors)
        self.profile.upsert(np.asarray([profile.id], dtype=np.int64), entry.profile_vector)
        self.members[profile.id] = member

    def drop(self, attendee_id: int) -> bool:
        """Forget one attendee everywhere; True if they were present."""
        present = self.members.pop(attendee_id, None) is not None
        every_place = need_ids(attendee_id, 1 << NEED_BITS)
        self.seeking.remove(every_place)
        self.offering.remove(every_place)
        self.profile.remove(np.asarray([attendee_id], dtype=np.int64))
        return present

    def need_vectors(self, kind: str, members: Sequence[Member]) -> NeedRows:
        """Every need vector of `members` of one kind, grouped member by member in order."""
        blocks = (
            [m.seeking_vectors for m in members]
            if kind == "seeking"
            else [m.offering_vectors for m in members]
        )
        counts = np.asarray([0 if block is None else len(block) for block in blocks], np.int64)
        present = [block for block in blocks if block is not None]
        if not present:
            empty = np.zeros((0, self.profile.dimension), np.float32)
            return NeedRows(empty, np.zeros(0, np.int64), counts)
        owner = np.repeat(np.arange(len(members), dtype=np.int64), counts)
        return NeedRows(np.concatenate(present), owner, counts)

    def own_vectors(self, me: Member) -> dict[str, npt.NDArray[np.float32]]:
        """The viewer's vectors: a need matrix per non-empty text, and the profile."""
        own: dict[str, npt.NDArray[np.float32]] = {"profile": me.profile_vector}
        for kind in NEED_KINDS:
            vectors = me.need_vectors(kind)
            if vectors is not None:
                own[kind] = vectors
        return own

    def candidate_ids(
        self, me: Member, own: dict[str, npt.NDArray[np.float32]], depth: int
    ) -> IdArray:
        """Attendees behind the needs nearest to mine, both ways (their offers to my needs,
        their needs to my offers), and the nearest profiles: about `depth` per direction,
        shared out among my needs."""
        parts: list[IdArray] = []
        everyone = depth >= len(self.members)  # small events: exact, whatever the order
        for mine, theirs in (("seeking", self.offering), ("offering", self.seeking)):
            if mine in own:
                per_need = depth if everyone else max(MIN_PER_NEED, depth // len(own[mine]))
                parts.append(owners(theirs.search(own[mine], per_need)[1]).reshape(-1))
        # Profile likeness only refines a seek/offer match (ranking.weighted_score), so with
        # a seek or offer text few profile-only neighbours can reach the top: fetch fewer.
        # (A depth covering everyone stays whole: small events keep exact, order-free lists.)
        shallow = parts and depth < len(self.members)
        profile_depth = max(1, depth // PROFILE_DEPTH_DIVISOR) if shallow else depth
        parts.append(self.profile.search(own["profile"], profile_depth)[1][0])
        ids = np.unique(np.concatenate(parts))
        return ids[ids >= 0]


def _member(profile: AttendeeProfile, entry: MatchEntry) -> Member:
    seeking = usable_needs(profile.seeking, entry.seeking)
    offering = usable_needs(profile.offering, entry.offering)
    return Member.from_profile(
        profile,
        seeking_needs=seeking,
        offering_needs=offering,
        seeking_vectors=_rows(entry.seeking) if seeking else None,
        offering_vectors=_rows(entry.offering) if offering else None,
        profile_vector=np.ascontiguousarray(entry.profile_vector, dtype=np.float32),
    )


def _rows(vectors: NeedMatrix | None) -> NeedMatrix | None:
    if vectors is None:
        return None
    rows = np.ascontiguousarray(vectors, dtype=np.float32).reshape(len(vectors), -1)
    rows.setflags(write=False)  # shared by every request reading this member
    return rows
