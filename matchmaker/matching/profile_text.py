"""The three texts embedded per attendee, and the hash that spares re-embedding them.

- **seeking** and **offering** are the attendee's own words, matched crosswise.
- **profile** describes who the person is (role, organisation type, place, topics, bio) so
  that "people like me" and free-text search have something richer than one sentence.

Fields the attendee hid from others are left out of the profile text: that vector serves
search, and a hidden bio must not make someone findable by its content.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

import msgspec

from matchmaker.attendees.iso_codes import country_name, language_name
from matchmaker.attendees.models import AttendeeProfile

TEXT_KINDS: tuple[str, ...] = ("seeking", "offering", "profile")


class ProfileTexts(msgspec.Struct, frozen=True, kw_only=True):
    """The texts to embed for one attendee; an empty text is not embedded at all."""

    seeking: str
    offering: str
    profile: str

    def by_kind(self) -> dict[str, str]:
        """The texts keyed by the `attendee_embeddings.kind` they are stored under."""
        return {"seeking": self.seeking, "offering": self.offering, "profile": self.profile}


def organisation_type_label(slug: str) -> str:
    """'local_authority' -> 'local authority'."""
    return slug.replace("_", " ")


def _clean(text: str) -> str:
    return " ".join(text.split())


def profile_texts(profile: AttendeeProfile, topic_labels: Mapping[str, str]) -> ProfileTexts:
    """Build the seeking, offering and profile texts of one attendee."""
    hidden = set(profile.hidden_fields)
    parts: list[str] = []
    role = _clean(profile.role)
    org_type = (
        organisation_type_label(profile.organisation_type) if profile.organisation_type else ""
    )
    if role and org_type:
        parts.append(f"{role} ({org_type}).")
    elif role or org_type:
        parts.append(f"{role or org_type}.")
    place = [profile.city] if profile.city and "city" not in hidden else []
    if profile.country:
        place.append(country_name(profile.country))
    if place:
        parts.append("Based in " + ", ".join(place) + ".")
    labels = [topic_labels.get(slug, slug) for slug in profile.topics]
    if labels:
        parts.append("Works on " + ", ".join(labels) + ".")
    if profile.languages and "languages" not in hidden:
        parts.append("Speaks " + ", ".join(language_name(code) for code in profile.languages) + ".")
    if profile.bio and "bio" not in hidden:
        parts.append(_clean(profile.bio))
    return ProfileTexts(
        seeking=_clean(profile.seeking),
        offering=_clean(profile.offering),
        profile=" ".join(parts),
    )


def content_hash(model_name: str, text: str) -> bytes:
    """sha256 over model name and text: equal hashes mean the stored vector is still valid."""
    digest = hashlib.sha256()
    digest.update(model_name.encode())
    # A separator no model name contains, so ("ab", "c") and ("a", "bc") differ.
    digest.update(b"\x00")
    digest.update(text.encode())
    return digest.digest()
