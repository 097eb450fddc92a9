"""Why someone is suggested, worded in the reader's language from the matcher's reasons as
data (a kind and its values). Quoted needs stay as their authors wrote them; countries and
languages are named in the reader's language from their codes."""

from __future__ import annotations

from matchmaker.matching import Reason
from matchmaker.matching.results import (
    COMMON_LANGUAGE,
    OFFERS_WHAT_YOU_SEEK,
    OTHER_CITY,
    OTHER_COUNTRY,
    SEEKS_WHAT_YOU_OFFER,
    SHARED_TOPICS,
    SIMILAR_WORK,
)
from matchmaker.pages.i18n import Translator


def worded(t: Translator, reason: Reason) -> str:
    """One reason as a sentence for the reader; an unknown kind falls back to English."""
    v = reason.values
    if reason.kind == OFFERS_WHAT_YOU_SEEK:
        return t.gettext("Offers “%(theirs)s” — you seek “%(mine)s”", **v)
    if reason.kind == SEEKS_WHAT_YOU_OFFER:
        return t.gettext("Seeks “%(theirs)s” — you offer “%(mine)s”", **v)
    if reason.kind == SHARED_TOPICS:
        topics = t.join(reason.items) if reason.items else v["topics"]
        if "more" in v:
            more = int(v["more"])
            topics += " " + t.ngettext("(+%(num)s more)", "(+%(num)s more)", more)
        return t.gettext("Both work on %(topics)s", topics=topics)
    if reason.kind == OTHER_COUNTRY:
        return t.gettext("From another country (%(country)s)", country=t.country(v["code"]))
    if reason.kind == OTHER_CITY:
        return t.gettext("From another city (%(city)s)", city=v["city"])
    if reason.kind == COMMON_LANGUAGE:
        return t.gettext("Speaks %(language)s", language=t.language_name(v["code"]))
    if reason.kind == SIMILAR_WORK:
        return t.gettext("Similar work: %(role)s", role=v["role"])
    if reason.kind == "related_profile":
        return t.gettext("Related profile")
    return reason.text
