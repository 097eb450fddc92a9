"""The in-memory matcher of one event: candidates from FAISS, exact re-ranking, reasons.

Consent is enforced by holding only consenting attendees: `upsert` of a profile without
consent removes that attendee, so they are never suggested and never found by search.

Threading: every method is synchronous and may run on worker threads. Writers (`upsert`,
`remove`, `load`) are exclusive; `suggest`, `search` and `preview` run concurrently.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping, Set

import numpy as np
import numpy.typing as npt

from matchmaker.attendees.models import AttendeeProfile
from matchmaker.events.match_settings import MatchSettings
from matchmaker.matching.locks import ReadWriteLock
from matchmaker.matching.members import Member
from matchmaker.matching.popularity import (
    RAW_LIST_LENGTH,
    PopularityTable,
    damping_factors,
    sample_viewers,
)
from matchmaker.matching.preview import PreviewReport, compare_settings
from matchmaker.matching.ranking import (
    Rules,
    weighted_score,
)
from matchmaker.matching.reasons import build_reasons
from matchmaker.matching.results import MatchEntry, NotIndexed, Suggestion, Vector
from matchmaker.matching.scoring import score_components
from matchmaker.matching.vector_index import DEFAULT_APPROXIMATE_THRESHOLD, VectorIndex

IdArray = npt.NDArray[np.int64]

# Candidates fetched per index before re-ranking; grown when rules filter too many out.
MIN_CANDIDATES = 100
# Popularity is recounted once this share of the event changed since the last count.
POPULARITY_STALE_SHARE = 0.02
POPULARITY_STALE_MIN = 16
PREVIEW_POPULATION = 2000


def _usable(vector: Vector | None, text: str) -> bool:
    return vector is not None and bool(text.strip()) and bool(np.any(vector))


class EventMatcher:
    """Suggestions, search and settings preview for one event's consenting attendees."""

    def __init__(
        self,
        dimension: int,
        topic_labels: Mapping[str, str],
        *,
        approximate_threshold: int = DEFAULT_APPROXIMATE_THRESHOLD,
    ) -> None:
        """An empty matcher for vectors of `dimension`; topic slugs map to display labels."""
        self._dimension = dimension
        self._topic_labels = dict(topic_labels)
        self._seeking = VectorIndex(dimension, approximate_threshold=approximate_threshold)
        self._offering = VectorIndex(dimension, approximate_threshold=approximate_threshold)
        self._profile = VectorIndex(dimension, approximate_threshold=approximate_threshold)
        self._members: dict[int, Member] = {}
        self._lock = ReadWriteLock()
        self._popularity = PopularityTable.empty()
        self._changes = 0
        self._popularity_fresh = False
        self._popularity_lock = threading.Lock()

    # -- content -----------------------------------------------------------------------

    @property
    def dimension(self) -> int:
        """Vector length."""
        return self._dimension

    def set_topic_labels(self, topic_labels: Mapping[str, str]) -> None:
        """Replace the slug -> label map used in reasons (the event's topics changed)."""
        self._topic_labels = dict(topic_labels)

    def __len__(self) -> int:
        return len(self._members)

    def __contains__(self, attendee_id: object) -> bool:
        return attendee_id in self._members

    def upsert(
        self,
        profile: AttendeeProfile,
        seeking_vec: Vector | None,
        offering_vec: Vector | None,
        profile_vec: Vector,
    ) -> None:
        """Add or replace an attendee; without consent the attendee is removed instead.

        Pass None (or a zero vector) for a seeking/offering text that is empty.
        """
        if not profile.consent:
            self.remove(profile.id)
            return
        has_seeking = _usable(seeking_vec, profile.seeking)
        has_offering = _usable(offering_vec, profile.offering)
        member = Member.from_profile(profile, has_seeking=has_seeking, has_offering=has_offering)
        ids = np.asarray([profile.id], dtype=np.int64)
        with self._lock.writing():
            self._seeking.remove(ids)
            self._offering.remove(ids)
            if has_seeking and seeking_vec is not None:
                self._seeking.add(ids, seeking_vec)
            if has_offering and offering_vec is not None:
                self._offering.add(ids, offering_vec)
            self._profile.upsert(ids, profile_vec)
            self._members[profile.id] = member
            self._changes += 1

    def remove(self, attendee_id: int) -> bool:
        """Forget an attendee (erased, consent withdrawn); True if they were present."""
        ids = np.asarray([attendee_id], dtype=np.int64)
        with self._lock.writing():
            present = self._members.pop(attendee_id, None) is not None
            self._seeking.remove(ids)
            self._offering.remove(ids)
            self._profile.remove(ids)
            if present:
                self._changes += 1
            return present

    def load(self, entries: Iterable[MatchEntry]) -> None:
        """Replace everything with `entries` in one bulk build (start-up, reindex)."""
        members: dict[int, Member] = {}
        columns: dict[str, tuple[list[int], list[Vector]]] = {
            "seeking": ([], []),
            "offering": ([], []),
            "profile": ([], []),
        }
        for entry in entries:
            profile = entry.profile
            if not profile.consent:
                continue
            has_seeking = _usable(entry.seeking, profile.seeking)
            has_offering = _usable(entry.offering, profile.offering)
            members[profile.id] = Member.from_profile(
                profile, has_seeking=has_seeking, has_offering=has_offering
            )
            for kind, vector, usable in (
                ("seeking", entry.seeking, has_seeking),
                ("offering", entry.offering, has_offering),
                ("profile", entry.profile_vector, True),
            ):
                if usable and vector is not None:
                    columns[kind][0].append(profile.id)
                    columns[kind][1].append(vector)
        with self._lock.writing():
            for kind, index in (
                ("seeking", self._seeking),
                ("offering", self._offering),
                ("profile", self._profile),
            ):
                ids, vectors = columns[kind]
                matrix = (
                    np.vstack(vectors)
                    if vectors
                    else np.zeros((0, self._dimension), dtype=np.float32)
                )
                index.rebuild(ids, matrix)
            self._members = members
            self._changes += len(members) + 1

    # -- popularity --------------------------------------------------------------------

    def refresh_popularity(self) -> None:
        """Recount popularity now (the service may call this off the request path)."""
        with self._lock.reading():
            self._refresh_popularity_unlocked()

    def _refresh_popularity_unlocked(self) -> None:
        with self._popularity_lock:
            changes = self._changes
            ids = np.fromiter(self._members.keys(), dtype=np.int64, count=len(self._members))
            viewers = sample_viewers(ids)
            found: list[IdArray] = []
            for source, target, has in (
                (self._seeking, self._offering, "has_seeking"),
                (self._offering, self._seeking, "has_offering"),
            ):
                chosen = np.asarray(
                    [v for v in viewers.tolist() if not has or getattr(self._members[v], has)],
                    dtype=np.int64,
                )
                if len(chosen) == 0 or len(target) == 0:
                    continue
                _, hits = target.search(source.reconstruct(chosen), RAW_LIST_LENGTH + 1)
                hits[hits == chosen[:, None]] = -1  # nobody is their own candidate
                found.append(hits.reshape(-1))
            raw = np.concatenate(found) if found else np.zeros(0, dtype=np.int64)
            self._popularity = PopularityTable.from_lists(raw, len(ids))
            self._changes -= changes
            self._popularity_fresh = True

    def _popularity_for_ranking(self) -> PopularityTable:
        stale = self._changes > max(POPULARITY_STALE_MIN, POPULARITY_STALE_SHARE * len(self))
        if (not self._popularity_fresh or stale) and not self._popularity_lock.locked():
            self._refresh_popularity_unlocked()
        return self._popularity

    # -- ranking -----------------------------------------------------------------------

    def suggest(
        self,
        attendee_id: int,
        settings: MatchSettings,
        excluded_ids: Set[int],
        limit: int = 20,
    ) -> list[Suggestion]:
        """Best contacts for `attendee_id`, best first, each with reasons.

        `excluded_ids`: everyone the viewer must not see, decided by the service (dismissed,
        blocked in either direction, already requested either way, already met).
        Raises NotIndexed when the viewer is not in the matcher.
        """
        with self._lock.reading():
            me = self._member(attendee_id)
            ranked = self._rank(me, settings, excluded_ids, limit)
            return [
                Suggestion(
                    attendee_id=other.id,
                    score=round(score, 4),
                    reasons=build_reasons(
                        me,
                        other,
                        give=float(np.nan_to_num(components["give"], nan=0.0)),
                        get=float(np.nan_to_num(components["get"], nan=0.0)),
                        profile=components["profile_cosine"],
                        topic_labels=self._topic_labels,
                        require_common_language=settings.require_common_language,
                    ),
                    components={k: round(v, 4) for k, v in components.items() if v == v},
                )
                for other, score, components in ranked
            ]

    def search(
        self,
        query_vec: Vector,
        limit: int,
        viewer_id: int | None,
        excluded_ids: Set[int] = frozenset(),
    ) -> list[tuple[int, float]]:
        """Attendees ranked by meaning against profiles and (visible) offers, best first."""
        if limit <= 0:
            return []
        with self._lock.reading():
            depth = min(len(self), limit + len(excluded_ids) + 1 + limit)
            best: dict[int, float] = {}
            for index, field in ((self._profile, ""), (self._offering, "offering")):
                scores, ids = index.search(query_vec, depth)
                for found, score in zip(ids[0].tolist(), scores[0].tolist(), strict=True):
                    member = self._members.get(found)
                    if member is None or found == viewer_id or found in excluded_ids:
                        continue
                    if field and not member.shows(field):
                        continue
                    best[found] = max(best.get(found, -1.0), score)
        ranked = sorted(best.items(), key=lambda item: (-item[1], item[0]))[:limit]
        return [(found, round(score, 4)) for found, score in ranked]

    def preview(
        self,
        current: MatchSettings,
        candidate: MatchSettings,
        k: int = 10,
        sample_size: int = 20,
        *,
        quality_threshold: float = 0.3,
    ) -> PreviewReport:
        """Coverage, exposure concentration and sample top-5 changes of `candidate`."""
        with self._lock.reading():
            all_ids = sorted(self._members)
            viewers = sample_viewers(np.asarray(all_ids, dtype=np.int64), PREVIEW_POPULATION)
            sample = sample_viewers(viewers, sample_size).tolist()

            def rank(viewer: int, settings: MatchSettings, limit: int) -> list[tuple[int, float]]:
                me = self._members[viewer]
                return [
                    (other.id, score)
                    for other, score, _ in self._rank(me, settings, frozenset(), limit)
                ]

            return compare_settings(
                rank,
                all_ids,
                viewers.tolist(),
                sample,
                current,
                candidate,
                k=k,
                quality_threshold=quality_threshold,
            )

    def _member(self, attendee_id: int) -> Member:
        member = self._members.get(attendee_id)
        if member is None:
            raise NotIndexed(attendee_id)
        return member

    def _candidate_ids(self, me: Member, own: dict[str, Vector], depth: int) -> IdArray:
        parts: list[IdArray] = []
        if me.has_seeking:
            parts.append(self._offering.search(own["seeking"], depth)[1][0])
        if me.has_offering:
            parts.append(self._seeking.search(own["offering"], depth)[1][0])
        parts.append(self._profile.search(own["profile"], depth)[1][0])
        ids = np.unique(np.concatenate(parts))
        return ids[ids >= 0]

    def _rank(
        self, me: Member, settings: MatchSettings, excluded_ids: Set[int], limit: int
    ) -> list[tuple[Member, float, dict[str, float]]]:
        if limit <= 0:
            return []
        own = {"profile": self._profile.reconstruct([me.id])[0]}
        if me.has_seeking:
            own["seeking"] = self._seeking.reconstruct([me.id])[0]
        if me.has_offering:
            own["offering"] = self._offering.reconstruct([me.id])[0]
        rules = Rules.from_settings(settings)
        total = len(self._members)
        depth = min(total, max(MIN_CANDIDATES, 4 * limit + len(excluded_ids)))
        while True:
            ids = self._candidate_ids(me, own, depth)
            others = [
                m
                for m in (self._members.get(i) for i in ids.tolist())
                if m is not None and m.id not in excluded_ids and rules.allows(me, m)
            ]
            if len(others) >= limit or depth >= total:
                break
            depth = min(total, depth * 4)
        if not others:
            return []
        components = score_components(
            me, own, others, seeking=self._seeking, offering=self._offering, profile=self._profile
        )
        base = weighted_score(components, settings)
        other_ids = np.asarray([m.id for m in others], dtype=np.int64)
        popularity = self._popularity_for_ranking().relative_of(other_ids)
        damping = damping_factors(popularity, settings.popularity_damping)
        final = base * damping
        # Rounded before sorting so float noise never decides an order: ties go to the id.
        order = np.lexsort((other_ids, -np.round(final, 6)))[:limit]
        return [
            (
                others[i],
                float(final[i]),
                {
                    "give": float(components.give[i]),
                    "get": float(components.get[i]),
                    "seek_offer": float(components.seek_offer[i]),
                    "topics": float(components.topics[i]),
                    "profile": float(components.profile[i]),
                    "profile_cosine": float(components.profile_cosine[i]),
                    "diversity": float(components.diversity[i]),
                    "popularity_damping": float(damping[i]),
                },
            )
            for i in order.tolist()
        ]
