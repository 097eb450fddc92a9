"""Exact component scores of candidates, from vectors held in the FAISS indexes."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from matchmaker.matching.members import Member
from matchmaker.matching.ranking import (
    PROFILE_FLOOR,
    PROFILE_SPAN,
    Components,
    calibrate,
    diversity,
    reciprocal,
    topic_overlap,
)
from matchmaker.matching.results import Vector
from matchmaker.matching.vector_index import VectorIndex


def _directional(
    mine: Vector | None, index: VectorIndex, others: list[Member], attr: str
) -> npt.NDArray[np.float32]:
    values = np.full(len(others), np.nan, dtype=np.float32)
    if mine is None:
        return values
    positions = [i for i, m in enumerate(others) if getattr(m, attr)]
    if positions:
        vectors = index.reconstruct([others[i].id for i in positions])
        values[positions] = vectors @ mine
    return values


def score_components(
    me: Member,
    own: dict[str, Vector],
    others: list[Member],
    *,
    seeking: VectorIndex,
    offering: VectorIndex,
    profile: VectorIndex,
) -> Components:
    """Exact component scores of `others` for the viewer `me` whose vectors are `own`."""
    give = _directional(own.get("seeking"), offering, others, "has_offering")
    get = _directional(own.get("offering"), seeking, others, "has_seeking")
    cosines = (profile.reconstruct([m.id for m in others]) @ own["profile"]).astype(np.float32)
    calibrated = calibrate(cosines, PROFILE_FLOOR, PROFILE_SPAN)
    return Components(
        give=give,
        get=get,
        seek_offer=reciprocal(give, get),
        topics=topic_overlap(me, others),
        profile=calibrated,
        profile_cosine=cosines,
        diversity=diversity(me, others),
    )
