"""Short human sentences saying why someone was suggested, grounded in both profiles.

Only what the other person lets others see is quoted or named: hidden seeking, offering,
city or languages still count in the score but never appear in a reason.
"""

from __future__ import annotations

from collections.abc import Mapping

from matchmaker.attendees.iso_codes import country_name, language_name
from matchmaker.matching.members import Member
from matchmaker.matching.quoting import best_clause_pair, lower_first, trim

# A seek/offer direction is quoted from this cosine on (MiniLM: unrelated texts sit around
# 0.0-0.2, texts about the same need around 0.4 and above).
QUOTE_THRESHOLD = 0.35
SIMILAR_PROFILE_THRESHOLD = 0.7
MAX_TOPICS_NAMED = 3


def _join(labels: list[str]) -> str:
    if len(labels) == 1:
        return labels[0]
    return ", ".join(labels[:-1]) + " and " + labels[-1]


def _quote(text: str) -> str:
    return lower_first(trim(text))


def seek_offer_reasons(me: Member, other: Member, give: float, get: float) -> list[str]:
    """Quotes for "they offer what you seek" and "they seek what you offer", strongest first."""
    found: list[tuple[float, str]] = []
    if give >= QUOTE_THRESHOLD and other.offering and me.seeking and other.shows("offering"):
        theirs, mine = best_clause_pair(other.offering, me.seeking)
        found.append((give, f"Offers: {_quote(theirs)} — you seek: {_quote(mine)}"))
    if get >= QUOTE_THRESHOLD and other.seeking and me.offering and other.shows("seeking"):
        theirs, mine = best_clause_pair(other.seeking, me.offering)
        found.append((get, f"Seeks what you offer: {_quote(theirs)} — you offer: {_quote(mine)}"))
    found.sort(key=lambda item: -item[0])
    return [text for _, text in found]


def topic_reason(me: Member, other: Member, topic_labels: Mapping[str, str]) -> str | None:
    """'Both work on Nightlife and Drug policy', in the viewer's topic order."""
    shared = [slug for slug in me.topic_order if slug in other.topics]
    if not shared:
        return None
    labels = [topic_labels.get(slug, slug) for slug in shared[:MAX_TOPICS_NAMED]]
    if len(shared) > MAX_TOPICS_NAMED:
        labels[-1] += f" (+{len(shared) - MAX_TOPICS_NAMED} more)"
    return "Both work on " + _join(labels)


def place_reason(me: Member, other: Member) -> str | None:
    """'From another country (Germany)' or 'From another city (Lyon)'."""
    if me.country and other.country and me.country != other.country:
        return f"From another country ({country_name(other.country)})"
    if (
        me.city_key
        and other.city_key
        and me.city_key != other.city_key
        and other.shows("city")
        and other.city
    ):
        return f"From another city ({other.city})"
    return None


def language_reason(me: Member, other: Member, *, english_too: bool) -> str | None:
    """A shared language, other than English first ('Speaks French')."""
    if not other.shows("languages"):
        return None
    common = [code for code in other.languages if code in me.languages]
    preferred = [code for code in common if code != "en"]
    if preferred:
        return f"Speaks {language_name(preferred[0])}"
    if common and english_too:
        return f"Speaks {language_name(common[0])}"
    return None


def build_reasons(
    me: Member,
    other: Member,
    *,
    give: float,
    get: float,
    profile: float,
    topic_labels: Mapping[str, str],
    require_common_language: bool,
) -> list[str]:
    """All reasons for suggesting `other` to `me`, most telling first; never empty."""
    reasons = seek_offer_reasons(me, other, give, get)
    for reason in (
        topic_reason(me, other, topic_labels),
        place_reason(me, other),
        language_reason(me, other, english_too=require_common_language),
    ):
        if reason:
            reasons.append(reason)
    if profile >= SIMILAR_PROFILE_THRESHOLD and other.role:
        reasons.append(f"Similar work: {trim(other.role, 60)}")
    if not reasons:
        reasons.append("Related profile")
    return reasons
