"""Vectors kept in PostgreSQL: a text is embedded only when no stored vector carries its
content hash, so restarts and unchanged edits never re-embed."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import asyncpg
import numpy as np

from matchmaker.attendees.models import AttendeeProfile
from matchmaker.matching import Embedder, MatchEntry, content_hash, profile_texts
from matchmaker.suggestions import repository

EMBED_BATCH = 512


async def entries_for(
    conn: asyncpg.Connection,
    embedder: Embedder,
    profiles: Sequence[AttendeeProfile],
    topic_labels: dict[str, str],
) -> list[MatchEntry]:
    """Matcher entries for consenting ``profiles``: stored vectors where still valid, fresh
    embeddings (stored at once) for texts that changed or were never embedded."""
    consenting = [p for p in profiles if p.consent]
    if not consenting:
        return []
    model = embedder.model_name
    stored = {
        (row["attendee_id"], row["kind"]): (bytes(row["content_hash"]), bytes(row["vector"]))
        for row in await repository.stored_vectors(conn, [p.id for p in consenting], model)
    }
    vectors: dict[tuple[int, str], np.ndarray | None] = {}
    missing: list[tuple[int, str, str, bytes]] = []
    for profile in consenting:
        for kind, text in profile_texts(profile, topic_labels).by_kind().items():
            if not text:
                vectors[(profile.id, kind)] = None
                continue
            digest = content_hash(model, text)
            hit = stored.get((profile.id, kind))
            if hit is not None and hit[0] == digest:
                vectors[(profile.id, kind)] = np.frombuffer(hit[1], dtype="<f4")
            else:
                missing.append((profile.id, kind, text, digest))
    for start in range(0, len(missing), EMBED_BATCH):
        batch = missing[start : start + EMBED_BATCH]
        # Encoding is CPU-bound: keep it off the event loop.
        encoded = await asyncio.to_thread(embedder.encode, [text for _, _, text, _ in batch])
        rows: list[tuple[int, str, str, bytes, bytes]] = []
        for (attendee_id, kind, _, digest), vector in zip(batch, encoded, strict=True):
            vector32 = np.ascontiguousarray(vector, dtype="<f4")
            vectors[(attendee_id, kind)] = vector32
            rows.append((attendee_id, kind, model, digest, vector32.tobytes()))
        await repository.store_vectors(conn, rows)
    zero = np.zeros(embedder.dimension, dtype=np.float32)
    entries: list[MatchEntry] = []
    for profile in consenting:
        profile_vector = vectors.get((profile.id, "profile"))
        entries.append(
            MatchEntry(
                profile=profile,
                seeking=vectors.get((profile.id, "seeking")),
                offering=vectors.get((profile.id, "offering")),
                profile_vector=zero if profile_vector is None else profile_vector,
            )
        )
    return entries
