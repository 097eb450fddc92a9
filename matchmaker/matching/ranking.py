"""The exact re-ranker: organiser rules as filters, weights and reciprocity as a score."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from matchmaker.events.match_settings import MatchSettings
from matchmaker.matching.members import Member

FloatArray = npt.NDArray[np.float32]

# Reciprocity: the stronger direction counts most (one person's clear need met is worth a
# meeting), and the geometric mean of both directions adds the rest, so a match good for
# both people outranks an equally strong one-sided one.
BEST_DIRECTION_SHARE = 0.7
# A direction that cannot be judged (one of the two texts is empty) counts at this share of
# the other, so people who left a field blank are neither favoured nor erased.
ONE_SIDED_FACTOR = 0.85
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


def reciprocal(give: FloatArray, get: FloatArray) -> FloatArray:
    """Combine "they offer what I seek" and "they seek what I offer" (NaN = unknown)."""
    give_known = ~np.isnan(give)
    get_known = ~np.isnan(get)
    a = np.clip(np.nan_to_num(give, nan=0.0), 0.0, 1.0)
    b = np.clip(np.nan_to_num(get, nan=0.0), 0.0, 1.0)
    both = BEST_DIRECTION_SHARE * np.maximum(a, b) + (1.0 - BEST_DIRECTION_SHARE) * np.sqrt(a * b)
    result = np.where(
        give_known & get_known,
        both,
        np.where(give_known, a * ONE_SIDED_FACTOR, b * ONE_SIDED_FACTOR),
    )
    return result.astype(np.float32)


def topic_overlap(me: Member, others: Sequence[Member]) -> FloatArray:
    """Jaccard similarity of topic sets."""
    values = [
        len(me.topics & o.topics) / len(me.topics | o.topics) if me.topics and o.topics else 0.0
        for o in others
    ]
    return np.asarray(values, dtype=np.float32)


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
    """Per-candidate component scores, each in [0, 1] (give/get may be NaN = unknown)."""

    give: FloatArray
    get: FloatArray
    seek_offer: FloatArray
    topics: FloatArray
    profile: FloatArray
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
    return ((weights / total) @ stacked).astype(np.float32)
