"""Exact component scores of candidates, from the vectors held in the FAISS indexes.

Seeking and offering are compared need by need. In each direction the seeker's needs are
what count: each need of the seeker is answered by the provider's closest need, and the
direction's strength is the best-answered need plus a little for each further need the
same person answers (`needs_answered`). "They offer what I seek" (give) thus weighs my
needs, "they seek what I offer" (get) weighs theirs, and give(me, them) = get(them, me).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from matchmaker.matching.event_vectors import EventVectors
from matchmaker.matching.members import Member
from matchmaker.matching.ranking import (
    PROFILE_FLOOR,
    PROFILE_SPAN,
    Components,
    calibrate,
    calibrate_need,
    diversity,
    reciprocal,
    topic_overlap,
)

FloatArray = npt.NDArray[np.float32]

# Share of the room left above the best-answered need that each further answered need
# fills: a person answering two of my three needs beats one answering only the best of
# them, but a crowd of weak answers never beats one strong one (they add at most this much).
FURTHER_NEEDS_SHARE = 0.3


@dataclass(frozen=True, slots=True)
class Direction:
    """One direction for every candidate: calibrated strength (NaN = cannot be judged,
    a text is empty) and the raw cosine of the best need pair."""

    strength: FloatArray
    best_cosine: FloatArray


def needs_answered(
    best: FloatArray, total: FloatArray, best_cosine: FloatArray, judged: npt.NDArray[np.bool_]
) -> Direction:
    """One direction per candidate from the seeker's needs as answered: `best` the
    best-answered need (calibrated), `total` the calibrated answers summed over all needs.
    The strength is the best plus FURTHER_NEEDS_SHARE of the room above it for the others."""
    best = np.where(judged, best, 0.0)
    further = np.minimum(1.0, total - best)
    strength = np.where(judged, best + FURTHER_NEEDS_SHARE * (1.0 - best) * further, np.nan)
    cosine = np.where(judged, best_cosine, np.nan)
    return Direction(strength.astype(np.float32), cosine.astype(np.float32))


def _not_judged(count: int) -> Direction:
    nan = np.full(count, np.nan, dtype=np.float32)
    return Direction(nan, nan)


def _give(mine: FloatArray | None, event: EventVectors, others: list[Member]) -> Direction:
    """How well each candidate's offers answer my seeking needs."""
    theirs = event.need_vectors("offering", others)
    if mine is None or len(theirs.owner) == 0:
        return _not_judged(len(others))
    per_need = theirs.segment_max(mine @ theirs.vectors.T)  # my needs x candidates
    calibrated = calibrate_need(per_need)
    return needs_answered(
        calibrated.max(axis=0),
        calibrated.sum(axis=0),
        per_need.max(axis=0),
        theirs.counts > 0,
    )


def _get(mine: FloatArray | None, event: EventVectors, others: list[Member]) -> Direction:
    """How well my offers answer each candidate's seeking needs."""
    theirs = event.need_vectors("seeking", others)
    if mine is None or len(theirs.owner) == 0:
        return _not_judged(len(others))
    answers = (theirs.vectors @ mine.T).max(axis=1)  # each of their needs, my best offer
    calibrated = calibrate_need(answers)
    return needs_answered(
        theirs.segment_max(calibrated),
        theirs.segment_sum(calibrated),
        theirs.segment_max(answers),
        theirs.counts > 0,
    )


def score_components(
    me: Member,
    own: dict[str, FloatArray],
    others: list[Member],
    event: EventVectors,
) -> Components:
    """Exact component scores of `others` for the viewer `me` whose vectors are `own`."""
    give = _give(own.get("seeking"), event, others)
    get = _get(own.get("offering"), event, others)
    # One concatenation of the 1-D rows: np.vstack's per-row checks cost more than the copy.
    profiles = np.concatenate([m.profile_vector for m in others]).reshape(len(others), -1)
    cosines = (profiles @ own["profile"]).astype(np.float32)
    return Components(
        give=give.strength,
        get=get.strength,
        give_cosine=give.best_cosine,
        get_cosine=get.best_cosine,
        seek_offer=reciprocal(give.strength, get.strength),
        topics=topic_overlap(me, others),
        profile=calibrate(cosines, PROFILE_FLOOR, PROFILE_SPAN),
        profile_cosine=cosines,
        diversity=diversity(me, others),
    )
