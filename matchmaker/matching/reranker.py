"""Candidates from the FAISS indexes, then the exact re-ranking of one viewer's list."""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from matchmaker.events.match_settings import MatchSettings
from matchmaker.matching.event_vectors import NEED_BITS, EventVectors, owners
from matchmaker.matching.members import Member
from matchmaker.matching.popularity import PopularityTable, damping_factors
from matchmaker.matching.ranking import NEED_MATCH_COSINE, Components, Rules, weighted_score
from matchmaker.matching.results import SearchMatch, Vector
from matchmaker.matching.scoring import score_components

# One ranked candidate: the member, the final score, and the named component scores.
Ranked = tuple[Member, float, dict[str, float]]

# Candidates fetched per index before re-ranking; grown when rules filter too many out.
MIN_CANDIDATES = 100


def rank(
    event: EventVectors,
    me: Member,
    settings: MatchSettings,
    excluded_ids: Set[int],
    limit: int,
    popularity: PopularityTable,
) -> list[Ranked]:
    """The best `limit` contacts for `me` under `settings`, best first."""
    if limit <= 0:
        return []
    own = event.own_vectors(me)
    rules = Rules.from_settings(settings)
    total = len(event.members)
    depth = min(total, max(MIN_CANDIDATES, 4 * limit + len(excluded_ids)))
    while True:
        ids = event.candidate_ids(me, own, depth)
        others = [
            m
            for m in map(event.members.get, ids.tolist())
            if m is not None and m.id not in excluded_ids and rules.allows(me, m)
        ]
        if len(others) >= limit or depth >= total:
            break
        depth = min(total, depth * 4)
    if not others:
        return []
    scored = score(event, me, own, others, settings, popularity)
    other_ids = np.asarray([m.id for m in others], dtype=np.int64)
    # Rounded before sorting so float noise never decides an order: ties go to the id.
    order = np.lexsort((other_ids, -np.round(scored.final.astype(np.float64), 6)))[:limit]
    return [scored.ranked(others, i) for i in order.tolist()]


def explain_pair(
    event: EventVectors,
    me: Member,
    other: Member,
    settings: MatchSettings,
    popularity: PopularityTable,
) -> Ranked | None:
    """`other` scored for `me` as a suggestion would be, or None when the organiser's rules
    keep them apart (or it is `me`)."""
    if not Rules.from_settings(settings).allows(me, other):
        return None
    return score(event, me, event.own_vectors(me), [other], settings, popularity).ranked([other], 0)


@dataclass(frozen=True, slots=True)
class Scored:
    """Every candidate's components, damping and final score, as arrays in the order the
    candidates were given; only the kept few become dicts (`ranked`)."""

    components: Components
    damping: npt.NDArray[np.float32]
    final: npt.NDArray[np.float32]

    def ranked(self, others: list[Member], i: int) -> Ranked:
        """Candidate `i` of `others` with its final score and named components."""
        c = self.components
        return (
            others[i],
            float(self.final[i]),
            {
                "give": float(c.give[i]),
                "get": float(c.get[i]),
                "give_cosine": float(c.give_cosine[i]),
                "get_cosine": float(c.get_cosine[i]),
                "seek_offer": float(c.seek_offer[i]),
                "topics": float(c.topics[i]),
                "profile": float(c.profile[i]),
                "profile_cosine": float(c.profile_cosine[i]),
                "diversity": float(c.diversity[i]),
                "popularity_damping": float(self.damping[i]),
            },
        )


def score(
    event: EventVectors,
    me: Member,
    own: dict[str, Vector],
    others: list[Member],
    settings: MatchSettings,
    popularity: PopularityTable,
) -> Scored:
    """Every one of `others` scored for `me`, in the order given."""
    components = score_components(me, own, others, event)
    base = weighted_score(components, settings)
    other_ids = np.asarray([m.id for m in others], dtype=np.int64)
    damping = damping_factors(popularity.relative_of(other_ids), settings.popularity_damping)
    return Scored(components, damping, np.asarray(base * damping, dtype=np.float32))


def is_good(components: dict[str, float]) -> bool:
    """Whether a ranked pair is a good suggestion: a need of one answers a need of the other
    at the cosine reasons call a match, in either direction."""
    return any(
        components[name] >= NEED_MATCH_COSINE  # NaN (not judged) compares False
        for name in ("give_cosine", "get_cosine")
    )


def search_by_meaning(
    event: EventVectors,
    query_vec: Vector,
    limit: int,
    viewer_id: int | None,
    excluded_ids: Set[int],
) -> list[SearchMatch]:
    """Attendees ranked by meaning against their profile and each visible need, best first,
    each with what matched: a need quoted verbatim, or the profile."""
    wanted = limit + len(excluded_ids) + 1 + limit
    best: dict[int, SearchMatch] = {}
    for field_name in ("profile", "offering", "seeking"):
        index = event.index(field_name)
        # An attendee holds several needs; look deeper so `wanted` people can come back.
        depth = min(len(index), wanted if field_name == "profile" else 3 * wanted)
        scores, ids = index.search(query_vec, depth)
        places = ids[0] & ((1 << NEED_BITS) - 1)
        attendees = ids[0] if field_name == "profile" else owners(ids[0])
        for found, place, score in zip(
            attendees.tolist(), places.tolist(), scores[0].tolist(), strict=True
        ):
            member = event.members.get(found)
            if member is None or found == viewer_id or found in excluded_ids:
                continue
            if field_name != "profile" and not member.shows(field_name):
                continue
            known = best.get(found)
            if known is not None and known.score >= score:
                continue
            text = "" if field_name == "profile" else member.needs(field_name)[place]
            best[found] = SearchMatch(
                attendee_id=found, score=round(score, 4), field=field_name, text=text
            )
    return sorted(best.values(), key=lambda hit: (-hit.score, hit.attendee_id))[:limit]
