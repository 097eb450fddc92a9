"""From a profile to the matcher's entry: which texts are embedded, and the entry built
from their vectors. The service looks vectors up in PostgreSQL first (suggestions/
vector_store.py); tools without a database embed everything at once (`embed_entries`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import msgspec
import numpy as np

from matchmaker.attendees.models import AttendeeProfile
from matchmaker.matching.embedder import Embedder
from matchmaker.matching.framing import need_core
from matchmaker.matching.needs import split_needs
from matchmaker.matching.profile_text import profile_texts
from matchmaker.matching.results import MatchEntry, Vector


class EntryTexts(msgspec.Struct, frozen=True, kw_only=True):
    """The texts of one attendee: each need of seeking and offering as written, and the
    profile description."""

    seeking: tuple[str, ...]
    offering: tuple[str, ...]
    profile: str

    def embedded(self) -> list[tuple[str, str]]:
        """(kind, text) of every text embedded: each need's core (`framing.need_core`),
        then the profile."""
        return [
            *(("seeking", need_core(need)) for need in self.seeking),
            *(("offering", need_core(need)) for need in self.offering),
            ("profile", self.profile),
        ]


def entry_texts(profile: AttendeeProfile, topic_labels: Mapping[str, str]) -> EntryTexts:
    """The texts to embed for one attendee."""
    return EntryTexts(
        seeking=split_needs(profile.seeking),
        offering=split_needs(profile.offering),
        profile=profile_texts(profile, topic_labels).profile,
    )


def assemble_entry(
    profile: AttendeeProfile, texts: EntryTexts, vector_of: Callable[[str], Vector]
) -> MatchEntry:
    """The matcher entry of one attendee; `vector_of` gives the vector of each embedded
    text (`EntryTexts.embedded`)."""

    def needs(items: tuple[str, ...]) -> Vector | None:
        return np.vstack([vector_of(need_core(need)) for need in items]) if items else None

    return MatchEntry(
        profile=profile,
        seeking=needs(texts.seeking),
        offering=needs(texts.offering),
        profile_vector=vector_of(texts.profile),
    )


def embed_entries(
    embedder: Embedder, profiles: Sequence[AttendeeProfile], topic_labels: Mapping[str, str]
) -> list[MatchEntry]:
    """Entries for `profiles`, every text embedded now in one batch (no stored vectors)."""
    texts = [entry_texts(profile, topic_labels) for profile in profiles]
    unique = list(dict.fromkeys(text for item in texts for _, text in item.embedded()))
    vectors = dict(zip(unique, embedder.encode(unique), strict=True))
    return [
        assemble_entry(profile, item, vectors.__getitem__)
        for profile, item in zip(profiles, texts, strict=True)
    ]
