"""The exact re-ranker: organiser rules as filters, weights and reciprocity as a score."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from matchmaker.events.match_settings import MatchSettings
from matchmaker.matching.members import Member

FloatArray = npt.NDArray[np.float32]

# Reciprocity: what they offer against what I seek leads (a suggestion must first serve the
# viewer), and how well they seek what I offer scales it by up to GET_SHARE, so a match good
# for both people outranks an equally strong one-sided one. Multiplicative rather than a
# geometric-mean bonus: a strong "they need me" must not lift someone who offers nothing I
# seek above someone who does (measured: the bonus form cost 2-3 points of P@10).
GET_SHARE = 0.35
# A direction that cannot be judged (one of the two texts is empty) counts at this share of
# the other, so people who left a field blank are neither favoured nor erased.
ONE_SIDED_FACTOR = 0.85
# Sentence-embedding cosines live in a narrow band (MiniLM: unrelated texts ~0.2, the same
# need in other words ~0.6), so they are stretched to [0, 1] before the organiser's weights
# apply; otherwise a 0.1 diversity bonus would outweigh the difference between the right
# person and a same-topic distractor. The span reaches 0.85 because paraphrases of one need
# spread from ~0.35 to ~0.86 (5th-95th percentile on scripts/bench_quality.py): a narrower
# span clipped the best third of true matches to the same 1.0 and let tags decide among them.
SEEK_OFFER_FLOOR, SEEK_OFFER_SPAN = 0.25, 0.6
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


def reciprocal(give: FloatArray, get: FloatArray) -> FloatArray:
    """Combine "they offer what I seek" and "they seek what I offer" (NaN = unknown)."""
    give_known = ~np.isnan(give)
    get_known = ~np.isnan(get)
    a = calibrate(np.nan_to_num(give, nan=0.0), SEEK_OFFER_FLOOR, SEEK_OFFER_SPAN)
    b = calibrate(np.nan_to_num(get, nan=0.0), SEEK_OFFER_FLOOR, SEEK_OFFER_SPAN)
    both = a * ((1.0 - GET_SHARE) + GET_SHARE * b)
    result = np.where(
        give_known & get_known,
        both,
        np.where(give_known, a * ONE_SIDED_FACTOR, b * ONE_SIDED_FACTOR),
    )
    return result.astype(np.float32)


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
    """Per-candidate component scores in [0, 1]; give/get are raw cosines (NaN = unknown)."""

    give: FloatArray
    get: FloatArray
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
