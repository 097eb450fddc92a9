"""Vectors kept in PostgreSQL: a text is embedded only when no stored vector carries its
content hash, so restarts and unchanged edits never re-embed. Needs are stored one by one
(`attendee_need_embeddings`): editing one item of a list embeds that item alone."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import asyncpg
import numpy as np

from matchmaker.attendees.models import AttendeeProfile
from matchmaker.matching import (
    Embedder,
    MatchEntry,
    assemble_entry,
    content_hash,
    entry_texts,
)
from matchmaker.matching.results import Vector
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
    ids = [p.id for p in consenting]
    # The same text has the same vector whoever wrote it: vectors are found by hash, while
    # rows stay per attendee so erasing one erases their vectors.
    vectors: dict[bytes, Vector] = {}
    stored: set[tuple[int, str, bytes]] = set()
    for row in await repository.stored_need_vectors(conn, ids, model):
        digest = bytes(row["content_hash"])
        vectors[digest] = np.frombuffer(row["vector"], dtype="<f4")
        stored.add((row["attendee_id"], row["kind"], digest))
    for row in await repository.stored_profile_vectors(conn, ids, model):
        digest = bytes(row["content_hash"])
        vectors[digest] = np.frombuffer(row["vector"], dtype="<f4")
        stored.add((row["attendee_id"], "profile", digest))

    texts = {p.id: entry_texts(p, topic_labels) for p in consenting}
    wanted = {
        (attendee_id, kind, content_hash(model, text)): text
        for attendee_id, item in texts.items()
        for kind, text in item.embedded()
        if text
    }
    missing = {key: text for key, text in wanted.items() if key not in stored}
    unknown = sorted({digest for _, _, digest in missing if digest not in vectors})
    if unknown:
        for row in await repository.vectors_by_hash(conn, model, unknown):
            vectors[bytes(row["content_hash"])] = np.frombuffer(row["vector"], dtype="<f4")
    await _embed(embedder, [t for (_, _, d), t in missing.items() if d not in vectors], vectors)
    await _store(conn, model, missing, vectors)
    # Needs edited away are forgotten (rows of these attendees no longer wanted).
    stale = {attendee_id for attendee_id, kind, _ in stored - wanted.keys() if kind != "profile"}
    if stale:
        kept = [key for key in wanted if key[0] in stale and key[1] != "profile"]
        await repository.delete_stale_need_vectors(conn, sorted(stale), model, kept)

    zero = np.zeros(embedder.dimension, dtype=np.float32)

    def vector_of(text: str) -> Vector:
        return vectors.get(content_hash(model, text), zero) if text else zero

    return [assemble_entry(profile, texts[profile.id], vector_of) for profile in consenting]


async def _embed(embedder: Embedder, texts: list[str], vectors: dict[bytes, Vector]) -> None:
    """Embed each distinct text once, in batches off the event loop (encoding is CPU-bound)."""
    distinct = list(dict.fromkeys(texts))
    model = embedder.model_name
    for start in range(0, len(distinct), EMBED_BATCH):
        batch = distinct[start : start + EMBED_BATCH]
        rows = await asyncio.to_thread(embedder.encode, batch)
        for text, vector in zip(batch, rows, strict=True):
            vectors[content_hash(model, text)] = np.ascontiguousarray(vector, dtype="<f4")


async def _store(
    conn: asyncpg.Connection,
    model: str,
    missing: dict[tuple[int, str, bytes], str],
    vectors: dict[bytes, Vector],
) -> None:
    need_rows: list[tuple[int, str, str, bytes, bytes]] = []
    profile_rows: list[tuple[int, str, bytes, bytes]] = []
    for attendee_id, kind, digest in missing:
        blob = vectors[digest].tobytes()
        if kind == "profile":
            profile_rows.append((attendee_id, model, digest, blob))
        else:
            need_rows.append((attendee_id, kind, model, digest, blob))
    await repository.store_need_vectors(conn, need_rows)
    await repository.store_profile_vectors(conn, profile_rows)
