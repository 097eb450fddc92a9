"""What the matcher keeps about each attendee besides vectors: the fields rules read."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from matchmaker.attendees.models import AttendeeProfile
from matchmaker.matching.results import NeedMatrix, Vector

_NON_WORD = re.compile(r"[^0-9a-z]+")
# Legal-form words say nothing about *which* organisation it is: "City of Lyon" and
# "Ville de Lyon" differ anyway, but "ACME Ltd" and "Acme" must not.
_LEGAL_FORMS = frozenset(
    {"ltd", "inc", "gmbh", "sa", "sarl", "bv", "nv", "asbl", "vzw", "plc", "ag"}
)


def fold(text: str) -> str:
    """Lower case, accents stripped, punctuation turned into single spaces."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", stripped).strip()


def organisation_key(name: str) -> str:
    """Normalised organisation name for the same-organisation rule ("" = unknown)."""
    words = [w for w in fold(name).split() if w not in _LEGAL_FORMS]
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


@dataclass(frozen=True, slots=True)
class Member:
    """One consenting attendee as the ranking rules and reason writer see them."""

    id: int
    name: str
    role: str
    organisation_key: str
    organisation_type: str
    city: str
    city_key: str
    country: str
    languages: tuple[str, ...]
    topics: frozenset[str]
    topic_order: tuple[str, ...]
    # The needs of each text, verbatim (`needs.split_needs`), one per row of its vectors;
    # empty when the text is empty or has no usable vectors.
    seeking_needs: tuple[str, ...]
    offering_needs: tuple[str, ...]
    hidden: frozenset[str]
    # The exact vectors the re-ranker compares: a row per need (None = no needs), and the
    # profile's. Kept here rather than read back from FAISS, whose approximate index is only
    # the candidate source (reading rows back from an inverted file costs ~1 ms per call).
    seeking_vectors: NeedMatrix | None
    offering_vectors: NeedMatrix | None
    profile_vector: Vector

    @property
    def has_seeking(self) -> bool:
        return bool(self.seeking_needs)

    @property
    def has_offering(self) -> bool:
        return bool(self.offering_needs)

    def needs(self, kind: str) -> tuple[str, ...]:
        """The seeking or offering needs."""
        return self.seeking_needs if kind == "seeking" else self.offering_needs

    def need_vectors(self, kind: str) -> NeedMatrix | None:
        """The seeking or offering need vectors (None when there are no needs)."""
        return self.seeking_vectors if kind == "seeking" else self.offering_vectors

    @classmethod
    def from_profile(
        cls,
        profile: AttendeeProfile,
        *,
        seeking_needs: tuple[str, ...],
        offering_needs: tuple[str, ...],
        seeking_vectors: NeedMatrix | None,
        offering_vectors: NeedMatrix | None,
        profile_vector: Vector,
    ) -> Member:
        """Capture the fields of a profile that ranking and reasons need."""
        return cls(
            id=profile.id,
            name=profile.name,
            role=profile.role,
            organisation_key=organisation_key(profile.organisation),
            organisation_type=profile.organisation_type,
            city=profile.city.strip(),
            city_key=fold(profile.city),
            country=profile.country.upper(),
            languages=tuple(code.lower() for code in profile.languages),
            topics=frozenset(profile.topics),
            topic_order=tuple(profile.topics),
            seeking_needs=seeking_needs,
            offering_needs=offering_needs,
            hidden=frozenset(profile.hidden_fields),
            seeking_vectors=seeking_vectors,
            offering_vectors=offering_vectors,
            profile_vector=profile_vector,
        )

    def shows(self, field: str) -> bool:
        """Whether other attendees may see `field` (reasons must not quote hidden ones)."""
        return field not in self.hidden
