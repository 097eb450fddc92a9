"""Why someone was suggested, grounded in both profiles and honest about strength.

A reason says "offers what you seek" or "seeks what you offer" only when one of their needs
and one of mine match at NEED_MATCH_COSINE or better, and it quotes those two needs
verbatim (original casing, cut at a word boundary). Only what the other person lets others
see is quoted or named: hidden seeking, offering, city or languages still count in the
score but never appear in a reason.

Each reason is a `Reason` (a kind and its values) so pages can word it in the reader's
language; `Reason.text` is the English sentence the JSON API returns.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import numpy.typing as npt

from matchmaker.attendees.iso_codes import country_name, language_name
from matchmaker.matching.members import Member
from matchmaker.matching.quoting import trim
from matchmaker.matching.ranking import NEED_MATCH_COSINE
from matchmaker.matching.results import (
    COMMON_LANGUAGE,
    OFFERS_WHAT_YOU_SEEK,
    OTHER_CITY,
    OTHER_COUNTRY,
    RELATED_PROFILE,
    SEEKS_WHAT_YOU_OFFER,
    SHARED_TOPICS,
    SIMILAR_WORK,
    Reason,
)

FloatMatrix = npt.NDArray[np.float32]

SIMILAR_PROFILE_THRESHOLD = 0.7
MAX_TOPICS_NAMED = 3


def matched_pair(cosines: FloatMatrix) -> tuple[int, int, float] | None:
    """The (seeker need, provider need, cosine) of the closest pair in a seeker-needs x
    provider-needs matrix of cosines, or None when it does not reach NEED_MATCH_COSINE."""
    i, j = np.unravel_index(int(np.argmax(cosines)), cosines.shape)
    best = float(cosines[i, j])
    return (int(i), int(j), best) if best >= NEED_MATCH_COSINE else None


def seek_offer_reasons(
    me: Member, other: Member, cosines: Mapping[str, FloatMatrix]
) -> list[tuple[float, Reason]]:
    """The matched need pairs of both directions that clear the threshold, with cosines.
    `cosines["give"]`: my seeking needs x their offering needs; `cosines["get"]`: their
    seeking needs x my offering needs (absent when either text is empty)."""
    found: list[tuple[float, Reason]] = []
    if "give" in cosines and other.shows("offering"):
        pair = matched_pair(cosines["give"])
        if pair is not None:
            mine, their, cosine = pair
            values = {
                "theirs": trim(other.offering_needs[their]),
                "mine": trim(me.seeking_needs[mine]),
            }
            found.append((cosine, Reason(kind=OFFERS_WHAT_YOU_SEEK, values=values)))
    if "get" in cosines and other.shows("seeking"):
        pair = matched_pair(cosines["get"])
        if pair is not None:
            their, mine, cosine = pair
            values = {
                "theirs": trim(other.seeking_needs[their]),
                "mine": trim(me.offering_needs[mine]),
            }
            found.append((cosine, Reason(kind=SEEKS_WHAT_YOU_OFFER, values=values)))
    found.sort(key=lambda item: -item[0])
    return found


def _join(labels: list[str]) -> str:
    if len(labels) == 1:
        return labels[0]
    return ", ".join(labels[:-1]) + " and " + labels[-1]


def topic_reason(me: Member, other: Member, topic_labels: Mapping[str, str]) -> Reason | None:
    """Both work on Nightlife and Drug policy, in the viewer's topic order."""
    shared = [slug for slug in me.topic_order if slug in other.topics]
    if not shared:
        return None
    labels = [topic_labels.get(slug, slug) for slug in shared[:MAX_TOPICS_NAMED]]
    more = len(shared) - len(labels)
    joined = _join(labels) + (f" (+{more} more)" if more else "")
    values = {"topics": joined, **({"more": str(more)} if more else {})}
    return Reason(kind=SHARED_TOPICS, values=values, items=labels)


def place_reason(me: Member, other: Member) -> Reason | None:
    """From another country (Germany), or from another city (Lyon)."""
    if me.country and other.country and me.country != other.country:
        return Reason(
            kind=OTHER_COUNTRY,
            values={"country": country_name(other.country), "code": other.country},
        )
    if (
        me.city_key
        and other.city_key
        and me.city_key != other.city_key
        and other.shows("city")
        and other.city
    ):
        return Reason(kind=OTHER_CITY, values={"city": other.city})
    return None


def language_reason(me: Member, other: Member, *, english_too: bool) -> Reason | None:
    """A shared language, other than English first (Speaks French)."""
    if not other.shows("languages"):
        return None
    common = [code for code in other.languages if code in me.languages]
    preferred = [code for code in common if code != "en"]
    chosen = preferred[0] if preferred else (common[0] if common and english_too else None)
    if chosen is None:
        return None
    return Reason(kind=COMMON_LANGUAGE, values={"language": language_name(chosen), "code": chosen})


def build_reasons(
    me: Member,
    other: Member,
    *,
    need_cosines: Mapping[str, FloatMatrix],
    profile_cosine: float,
    topic_labels: Mapping[str, str],
    require_common_language: bool,
) -> list[Reason]:
    """All reasons for suggesting `other` to `me`, most telling first; never empty.
    `need_cosines` holds the need-pair cosines of each direction (see seek_offer_reasons)."""
    reasons = [reason for _, reason in seek_offer_reasons(me, other, need_cosines)]
    for reason in (
        topic_reason(me, other, topic_labels),
        place_reason(me, other),
        language_reason(me, other, english_too=require_common_language),
    ):
        if reason is not None:
            reasons.append(reason)
    if profile_cosine >= SIMILAR_PROFILE_THRESHOLD and other.role:
        reasons.append(Reason(kind=SIMILAR_WORK, values={"role": trim(other.role, 60)}))
    if not reasons:
        reasons.append(Reason(kind=RELATED_PROFILE))
    return reasons
