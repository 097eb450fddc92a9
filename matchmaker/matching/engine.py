"""The in-memory matcher of one event: candidates from FAISS, exact re-ranking, reasons.

Consent is enforced by holding only consenting attendees: `upsert` of a profile without
consent removes that attendee, so they are never suggested and never found by search.

Threading: every method is synchronous and may run on worker threads. Writers (`upsert`,
`remove`, `load`) are exclusive; `suggest`, `search` and `preview` run concurrently. The
popularity recount runs off the request path (a background thread once the table is stale)
and takes the read lock in short chunks, so a waiting writer never stalls behind it.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterable, Mapping, Set

import msgspec
import numpy as np

from matchmaker.events.match_settings import MatchSettings
from matchmaker.matching.event_vectors import NEED_KINDS, EventVectors
from matchmaker.matching.exposure_count import count_exposure
from matchmaker.matching.locks import ReadWriteLock
from matchmaker.matching.members import Member
from matchmaker.matching.popularity import PopularityTable, sample_viewers
from matchmaker.matching.preview import PreviewReport, Ranked, compare_settings
from matchmaker.matching.reasons import build_reasons
from matchmaker.matching.reranker import Ranked as RankedMember
from matchmaker.matching.reranker import explain_pair, is_good, rank, search_by_meaning
from matchmaker.matching.results import MatchEntry, NotIndexed, SearchMatch, Suggestion, Vector
from matchmaker.matching.vector_index import DEFAULT_APPROXIMATE_THRESHOLD

# Popularity is recounted once this share of the event changed since the last count.
POPULARITY_STALE_SHARE = 0.02
POPULARITY_STALE_MIN = 16
PREVIEW_POPULATION = 2000


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
        self._approximate_threshold = approximate_threshold
        self._event = EventVectors.empty(dimension, approximate_threshold)
        self._lock = ReadWriteLock()
        self._popularity = PopularityTable.empty()
        self._changes = 0  # only grows; compared with the count at the last recount
        self._counted_at: int | None = None
        self._popularity_lock = threading.Lock()
        # Popularity is counted under the settings viewers were last ranked with.
        self._last_settings = MatchSettings()
        self._preview_cache: (
            tuple[tuple[int, PopularityTable, bytes], dict[tuple[int, int], list[Ranked]]] | None
        ) = None

    # -- content -----------------------------------------------------------------------

    @property
    def dimension(self) -> int:
        """Vector length."""
        return self._dimension

    def set_topic_labels(self, topic_labels: Mapping[str, str]) -> None:
        """Replace the slug -> label map used in reasons (the event's topics changed)."""
        self._topic_labels = dict(topic_labels)

    def __len__(self) -> int:
        return len(self._event.members)

    def __contains__(self, attendee_id: object) -> bool:
        return attendee_id in self._event.members

    def upsert(self, entry: MatchEntry) -> None:
        """Add or replace an attendee; without consent the attendee is removed instead."""
        if not entry.profile.consent:
            self.remove(entry.profile.id)
            return
        with self._lock.writing():
            self._event.put(entry)
            self._changes += 1

    def remove(self, attendee_id: int) -> bool:
        """Forget an attendee (erased, consent withdrawn); True if they were present."""
        with self._lock.writing():
            present = self._event.drop(attendee_id)
            if present:
                self._changes += 1
            return present

    def load(self, entries: Iterable[MatchEntry]) -> None:
        """Replace everything with `entries` in one bulk build (start-up, reindex).

        The indexes are built outside the lock and swapped in, so searches keep running.
        """
        event = EventVectors.from_entries(entries, self._dimension, self._approximate_threshold)
        with self._lock.writing():
            self._event = event
            self._changes += len(event.members) + 1

    # -- popularity --------------------------------------------------------------------

    def refresh_popularity(self) -> None:
        """Recount popularity now (the service may call this off the request path)."""
        with self._popularity_lock:
            self._recount(chunked=True)

    def _recount(self, *, chunked: bool) -> None:
        """Recount popularity (popularity lock held); `chunked`: read-lock per chunk of
        viewers, else the caller holds the read lock throughout."""
        lock = self._lock if chunked else None
        with self._lock.reading() if chunked else contextlib.nullcontext():
            changes, population = self._changes, len(self)
            viewers = sample_viewers(np.fromiter(self._event.members, dtype=np.int64))
        self._popularity = count_exposure(
            lambda: self._event, viewers, population, self._last_settings, lock
        )
        self._counted_at = changes

    def _recount_in_background(self) -> None:
        if self._popularity_lock.acquire(blocking=False):
            try:
                self._recount(chunked=True)
            finally:
                self._popularity_lock.release()

    def _popularity_for_ranking(self) -> PopularityTable:
        """The current table (read lock held); a stale one is recounted in the background."""
        if self._counted_at is None:
            # Never counted (the service counts right after load): count once, here. Never
            # wait for a recount already running: it may be queued on the lock we hold.
            if self._popularity_lock.acquire(blocking=False):
                try:
                    if self._counted_at is None:
                        self._recount(chunked=False)
                finally:
                    self._popularity_lock.release()
            return self._popularity
        stale = self._changes - self._counted_at > max(
            POPULARITY_STALE_MIN, POPULARITY_STALE_SHARE * len(self)
        )
        if stale and not self._popularity_lock.locked():
            threading.Thread(
                target=self._recount_in_background, name="matcher-popularity", daemon=True
            ).start()
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
        self._last_settings = settings
        with self._lock.reading():
            me = self._member(attendee_id)
            return self._explained(me, self._rank(me, settings, excluded_ids, limit), settings)

    def explain(
        self, attendee_id: int, other_id: int, settings: MatchSettings
    ) -> Suggestion | None:
        """`other_id` as a suggestion to `attendee_id` would be, with its score and reasons,
        whether or not they make the list; None when the organiser's rules keep them apart or
        the other is not in the matcher. Raises NotIndexed when the viewer is not."""
        with self._lock.reading():
            me = self._member(attendee_id)
            other = self._event.members.get(other_id)
            if other is None:
                return None
            popularity = (
                self._popularity_for_ranking()
                if settings.popularity_damping > 0.0
                else PopularityTable.empty()
            )
            found = explain_pair(self._event, me, other, settings, popularity)
            return None if found is None else self._explained(me, [found], settings)[0]

    def _explained(
        self, me: Member, ranked: list[RankedMember], settings: MatchSettings
    ) -> list[Suggestion]:
        """Suggestions with their reasons (read lock held)."""
        own = self._event.own_vectors(me)
        others = [other for other, _, _ in ranked]
        # Their needs in one read per kind, and every need pair's cosine in one product per
        # direction; each suggestion's reasons read their own columns (or rows) of it.
        offers = self._event.need_vectors("offering", others)
        seeks = self._event.need_vectors("seeking", others)
        give = own["seeking"] @ offers.vectors.T if "seeking" in own else None
        get = seeks.vectors @ own["offering"].T if "offering" in own else None
        suggestions: list[Suggestion] = []
        for position, (other, score, components) in enumerate(ranked):
            need_cosines = {}
            if give is not None and (span := offers.span(position)) is not None:
                need_cosines["give"] = give[:, span]
            if get is not None and (span := seeks.span(position)) is not None:
                need_cosines["get"] = get[span]
            reasons = build_reasons(
                me,
                other,
                need_cosines=need_cosines,
                profile_cosine=components["profile_cosine"],
                topic_labels=self._topic_labels,
                require_common_language=settings.require_common_language,
            )
            suggestions.append(
                Suggestion(
                    attendee_id=other.id,
                    score=round(score, 4),
                    reasons=[reason.text for reason in reasons],
                    reason_details=reasons,
                    components={k: round(v, 4) for k, v in components.items() if v == v},
                )
            )
        return suggestions

    def search(
        self,
        query_vec: Vector,
        limit: int,
        viewer_id: int | None,
        excluded_ids: Set[int] = frozenset(),
    ) -> list[SearchMatch]:
        """Attendees ranked by meaning against profiles and visible needs, best first."""
        if limit <= 0:
            return []
        with self._lock.reading():
            return search_by_meaning(self._event, query_vec, limit, viewer_id, excluded_ids)

    def preview(
        self,
        current: MatchSettings,
        candidate: MatchSettings,
        k: int = 10,
        sample_size: int = 20,
    ) -> PreviewReport:
        """Coverage, exposure concentration and sample top-5 changes of `candidate`."""
        with self._lock.reading():
            all_ids = sorted(self._event.members)
            viewers = sample_viewers(np.asarray(all_ids, dtype=np.int64), PREVIEW_POPULATION)
            sample = sample_viewers(viewers, sample_size).tolist()

            saved = self._saved_rankings(current)

            def rank_one(viewer: int, settings: MatchSettings, limit: int) -> list[Ranked]:
                key = (viewer, limit)
                if settings is current and key in saved:
                    return saved[key]
                me = self._event.members[viewer]
                ranked = [
                    Ranked(other.id, score, is_good(components))
                    for other, score, components in self._rank(me, settings, frozenset(), limit)
                ]
                if settings is current:
                    saved[key] = ranked
                return ranked

            return compare_settings(
                rank_one,
                all_ids,
                viewers.tolist(),
                sample,
                current,
                candidate,
                k=k,
            )

    def _saved_rankings(self, current: MatchSettings) -> dict[tuple[int, int], list[Ranked]]:
        """Rankings under the saved settings, kept between previews (read lock held): an
        organiser moving sliders previews many candidates against the same saved settings,
        so only the candidate's half is computed again. Valid while the members, the
        popularity table and the saved settings stay as they were."""
        key = (self._changes, self._popularity, msgspec.json.encode(current))
        if self._preview_cache is not None:
            (changes, popularity, settings), rankings = self._preview_cache
            if changes == key[0] and popularity is key[1] and settings == key[2]:
                return rankings
        rankings = {}
        self._preview_cache = (key, rankings)
        return rankings

    def needs_nearest_to(self, topic_vectors: Vector) -> dict[str, list[int]]:
        """For "seeking" and "offering": how many of the held attendees' needs lie closest
        to each row of `topic_vectors` (the event's topics, embedded), in row order."""
        with self._lock.reading():
            blocks = {
                kind: [
                    vectors
                    for member in self._event.members.values()
                    if (vectors := member.need_vectors(kind)) is not None
                ]
                for kind in NEED_KINDS
            }
        counts: dict[str, list[int]] = {}
        for kind, parts in blocks.items():
            if not parts or len(topic_vectors) == 0:
                counts[kind] = [0] * len(topic_vectors)
                continue
            nearest = np.argmax(np.concatenate(parts) @ topic_vectors.T, axis=1)
            counts[kind] = np.bincount(nearest, minlength=len(topic_vectors)).tolist()
        return counts

    def _member(self, attendee_id: int) -> Member:
        member = self._event.members.get(attendee_id)
        if member is None:
            raise NotIndexed(attendee_id)
        return member

    def _rank(
        self, me: Member, settings: MatchSettings, excluded_ids: Set[int], limit: int
    ) -> list[RankedMember]:
        popularity = (
            self._popularity_for_ranking()
            if settings.popularity_damping > 0.0
            else PopularityTable.empty()
        )
        return rank(self._event, me, settings, excluded_ids, limit, popularity)
