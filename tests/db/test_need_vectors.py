"""Need vectors in PostgreSQL: whole-text vectors stored before the need-by-need migration
are reused, and from then on no unchanged text is embedded again."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import asyncpg
import numpy as np

from matchmaker.attendees import repository as attendees
from matchmaker.matching import HashingEmbedder, content_hash, profile_texts, split_needs
from matchmaker.matching.embedder import FloatMatrix
from matchmaker.matching.framing import need_core
from matchmaker.migrate import apply_migrations
from matchmaker.settings import REPO_ROOT
from matchmaker.suggestions.vector_store import entries_for

LABELS = {"drugs": "Drug policy"}
ONE_NEED = "drug checking at festivals"
LIST = "night mayors, safe transport home and staff training against drink spiking"


class CountingEmbedder(HashingEmbedder):
    def __init__(self) -> None:
        super().__init__(64)
        self.encoded: list[str] = []

    def encode(self, texts: Sequence[str]) -> FloatMatrix:
        self.encoded.extend(texts)
        return super().encode(texts)


async def _person(conn: asyncpg.Connection, event_id: int, name: str, **texts: str) -> Any:
    values: dict[str, Any] = {
        "email": f"{name}@example.org",
        "name": name,
        "role": "Officer",
        "organisation": f"Org {name}",
        "organisation_type": "local_authority",
        "city": "Liège",
        "country": "BE",
        "languages": ["fr"],
        "topics": ["drugs"],
        "seeking": "",
        "offering": "",
        "bio": "",
        "consent": True,
        "hidden_fields": [],
        **texts,
    }
    return await attendees.insert_attendee(conn, event_id, values, name.encode())


async def test_stored_whole_text_vectors_survive_the_migration_and_nothing_is_embedded_twice(
    db: asyncpg.Connection, tmp_path: Path
) -> None:
    # A database as the previous release left it: schema 0001 only, with each attendee's
    # seeking, offering and profile stored as one vector per whole text.
    await db.execute("drop schema public cascade; create schema public")
    shutil.copy(REPO_ROOT / "migrations" / "0001_schema.sql", tmp_path)
    await apply_migrations(db, tmp_path)
    event_id = await db.fetchval(
        "insert into events (slug, name, timezone) values ('e', 'E', 'UTC') returning id"
    )
    await db.execute(
        "insert into topics (event_id, slug, label, position) values ($1, 'drugs', $2, 0)",
        event_id,
        LABELS["drugs"],
    )
    anne = await _person(db, event_id, "anne", seeking=ONE_NEED, offering=LIST)
    bob = await _person(db, event_id, "bob", offering=ONE_NEED)
    old = CountingEmbedder()
    for profile in (anne, bob):
        texts = profile_texts(profile, LABELS).by_kind()
        for kind, text in texts.items():
            if text:
                await db.execute(
                    "insert into attendee_embeddings (attendee_id, kind, model, content_hash,"
                    " vector) values ($1, $2, $3, $4, $5)",
                    profile.id,
                    kind,
                    old.model_name,
                    content_hash(old.model_name, text),
                    old.encode([text])[0].astype("<f4").tobytes(),
                )

    await apply_migrations(db, REPO_ROOT / "migrations")

    embedder = CountingEmbedder()
    profiles = await attendees.all_attendees(db, event_id)
    entries = await entries_for(db, embedder, profiles, LABELS)
    # Only the items of the list are new; one-need texts and profiles come from storage.
    assert sorted(embedder.encoded) == sorted(need_core(n) for n in split_needs(LIST))
    anne_entry = next(e for e in entries if e.profile.id == anne.id)
    assert anne_entry.offering is not None
    assert anne_entry.offering.shape[0] == 3
    assert anne_entry.seeking is not None
    np.testing.assert_allclose(anne_entry.seeking[0], embedder.encode([ONE_NEED])[0], atol=1e-6)

    again = CountingEmbedder()
    await entries_for(db, again, profiles, LABELS)
    assert again.encoded == []


async def test_editing_one_item_of_a_list_embeds_that_item_alone(db: asyncpg.Connection) -> None:
    event_id = await db.fetchval(
        "insert into events (slug, name, timezone) values ('e', 'E', 'UTC') returning id"
    )
    anne = await _person(db, event_id, "anne", offering=LIST)
    await entries_for(db, CountingEmbedder(), [anne], LABELS)
    edited = LIST.replace("night mayors", "a night council")
    anne = await attendees.attendee_by_id(db, event_id, anne.id)
    assert anne is not None
    await db.execute("update attendees set offering = $1 where id = $2", edited, anne.id)
    anne = await attendees.attendee_by_id(db, event_id, anne.id)
    assert anne is not None
    embedder = CountingEmbedder()
    await entries_for(db, embedder, [anne], LABELS)
    assert embedder.encoded == ["a night council"]
    # The vector of the need edited away is forgotten with it.
    stored = await db.fetchval(
        "select count(*) from attendee_need_embeddings where attendee_id = $1", anne.id
    )
    assert stored == 3
