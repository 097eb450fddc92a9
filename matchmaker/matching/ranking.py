"""The exact re-ranker: organiser rules as filters, weights and reciprocity as a score."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from matchmaker.events.match_settings import MatchSettings
from matchmaker.matching.members import Member

FloatArray = npt.NDArray[np.float32]

# Both directions make a good meeting at a conference of peers: someone who offers what I
# seek, and someone who seeks what I offer (the likeliest to accept). The stronger direction
# carries the pair and the other adds BOTH_WAYS_SHARE of itself, so a match that holds both
# ways ranks first, yet a weak match both ways never outranks a strong one-way match: two
# directions just below NEED_MATCH_COSINE (0.417 each once calibrated) reach at most
# 0.417 x 1.75 = 0.73, what one direction at cosine 0.69 reaches alone.
# Chosen on set (a) of scripts/bench_quality.py as the share with the best nDCG@10 whose
# P@10 stays at or above every plain reference's: 0 (the max) 0.890 nDCG, 0.5 0.946,
# 0.75 0.953, 1 (the sum) 0.958 but P@10 0.997 under the max reference's 0.998.
BOTH_WAYS_SHARE = 0.75
# Need-to-need cosines (MiniLM, framing cut) are stretched from [NEED_FLOOR, NEED_FLOOR +
# NEED_SPAN] onto [0, 1]. Measured on set (a): unrelated need pairs have a median of 0.18
# (95th percentile 0.39), matching pairs (one need in other words) a median of 0.63 (5th
# percentile 0.35), so the span starts just above most unrelated pairs and leaves the
# matching ones room to differ instead of clipping them to one value.
NEED_FLOOR, NEED_SPAN = 0.25, 0.6
# A need pair from this cosine on is called a match in reasons ("offers what you seek"):
# on set (a), 74% of all pairs above it are one need in other words, and 76% of such pairs
# reach it (0.55 would claim 90% rightly but miss a third of the real ones).
NEED_MATCH_COSINE = 0.5
PROFILE_FLOOR, PROFILE_SPAN = 0.4, 0.5
# Share of topics/profile/place that counts even without any seek/offer match (people who
# left both texts blank must still be ranked by something).
SIDE_FLOOR = 0.05
DIVERSITY_OTHER_COUNTRY = 1.0
DIVERSITY_OTHER_CITY = 0.5


@dataclass(frozen=True, slots=True)
class Rules:
    """The filters of one MatchSettings, in a shape cheap to test per candidate."""

    exclude_same_organisation: bool
    require_common_language: bool
    disallowed_pairs: frozenset[tuple[str, str]]

    @classmethod
    def from_settings(cls, settings: MatchSettings) -> Rules:
        """Read the rule fields of the organiser's settings."""
        pairs = frozenset(
            tuple(sorted((pair.first, pair.second)))
            for pair in settings.disallowed_organisation_type_pairs
        )
        return cls(
            exclude_same_organisation=settings.exclude_same_organisation,
            require_common_language=settings.require_common_language,
            disallowed_pairs=pairs,  # type: ignore[arg-type]  # sorted pair of two
        )

    def allows(self, me: Member, other: Member) -> bool:
        """Whether `other` may be suggested to `me` at all (symmetric)."""
        if me.id == other.id:
            return False
        if (
            self.exclude_same_organisation
            and me.organisation_key
            and me.organisation_key == other.organisation_key
        ):
            return False
        if self.disallowed_pairs:
            pair = tuple(sorted((me.organisation_type, other.organisation_type)))
            if pair in self.disallowed_pairs:
                return False
        # Without stated languages a shared one cannot be shown, so the rule excludes them.
        return not (
            self.require_common_language and not set(me.languages).intersection(other.languages)
        )


def calibrate(cosines: FloatArray, floor: float, span: float) -> FloatArray:
    """Map cosines from [floor, floor + span] onto [0, 1], clipping outside."""
    return np.asarray(np.clip((cosines - floor) / span, 0.0, 1.0), dtype=np.float32)


def calibrate_need(cosines: FloatArray) -> FloatArray:
    """Need-pair cosines onto [0, 1] (see NEED_FLOOR)."""
    return calibrate(cosines, NEED_FLOOR, NEED_SPAN)


def reciprocal(give: FloatArray, get: FloatArray) -> FloatArray:
    """Fuse "they offer what I seek" and "they seek what I offer" (NaN = not judged, a
    text is empty): the stronger direction plus BOTH_WAYS_SHARE of the other, scaled so a
    perfect match both ways is 1."""
    stronger = np.nan_to_num(np.fmax(give, get), nan=0.0)
    # A direction not judged counts 0 here (np.fmin would return the other direction).
    weaker = np.minimum(np.nan_to_num(give, nan=0.0), np.nan_to_num(get, nan=0.0))
    fused = (stronger + BOTH_WAYS_SHARE * weaker) / (1.0 + BOTH_WAYS_SHARE)
    return np.asarray(fused, dtype=np.float32)


def topic_overlap(me: Member, others: Sequence[Member]) -> FloatArray:
    """Jaccard similarity of topic sets."""
    mine = me.topics
    if not mine:
        return np.zeros(len(others), dtype=np.float32)
    size = len(mine)
    shared = np.fromiter((len(mine & o.topics) for o in others), np.float32, len(others))
    sizes = np.fromiter((len(o.topics) for o in others), np.float32, len(others))
    union = size + sizes - shared  # >= size > 0
    return (shared / union).astype(np.float32)


def diversity(me: Member, others: Sequence[Member]) -> FloatArray:
    """1 for another country, 0.5 for another city in the same country, else 0."""
    values = []
    for o in others:
        if me.country and o.country and me.country != o.country:
            values.append(DIVERSITY_OTHER_COUNTRY)
        elif me.city_key and o.city_key and me.city_key != o.city_key:
            values.append(DIVERSITY_OTHER_CITY)
        else:
            values.append(0.0)
    return np.asarray(values, dtype=np.float32)


@dataclass(frozen=True, slots=True)
class Components:
    """Per-candidate component scores: give/get are the calibrated strengths of each
    direction (NaN = not judged) and *_cosine the raw cosine of their best need pair;
    seek_offer fuses both; all lie in [0, 1]."""

    give: FloatArray
    get: FloatArray
    give_cosine: FloatArray
    get_cosine: FloatArray
    seek_offer: FloatArray
    topics: FloatArray
    profile: FloatArray
    profile_cosine: FloatArray
    diversity: FloatArray


def weighted_score(components: Components, settings: MatchSettings) -> FloatArray:
    """The organiser's weights, normalised to sum to one, applied to the components."""
    weights = np.asarray(
        [
            settings.weight_seek_offer,
            settings.weight_topics,
            settings.weight_profile,
            settings.weight_diversity,
        ],
        dtype=np.float32,
    )
    total = float(weights.sum())
    if total <= 0.0:
        # All weights zero: fall back to meaning alone rather than ranking at random.
        weights, total = np.asarray([1.0, 0.0, 0.0, 0.0], dtype=np.float32), 1.0
    stacked = np.vstack(
        [components.seek_offer, components.topics, components.profile, components.diversity]
    )
    weighted = (weights / total)[:, None] * stacked
    # Topics, profile and place refine a meaningful match rather than create one: shared tags
    # with someone who offers nothing you seek make a weak meeting. They count in proportion
    # to the *square* of the seek/offer match, so they reorder strong matches among themselves
    # but cannot carry a same-topic distractor past the person who offers what you seek
    # (SIDE_FLOOR of them always counts, for people who left seeking and offering empty).
    gate = SIDE_FLOOR + (1.0 - SIDE_FLOOR) * np.square(components.seek_offer)
    result = weighted[0] + gate * weighted[1:].sum(axis=0)
    return np.asarray(result, dtype=np.float32)
