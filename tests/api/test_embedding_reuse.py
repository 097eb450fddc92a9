"""Vectors live in PostgreSQL: a restart or an unchanged edit never re-embeds, and an edit
re-embeds only the text that changed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from litestar.testing import AsyncTestClient

from conftest import TOPICS, attendee_body, bearer, organiser
from matchmaker.app import create_app
from matchmaker.matching import HashingEmbedder
from matchmaker.matching.embedder import FloatMatrix
from matchmaker.settings import Settings


class CountingEmbedder(HashingEmbedder):
    """Counts every text it is asked to encode."""

    def __init__(self) -> None:
        super().__init__()
        self.encoded: list[str] = []

    def encode(self, texts: Sequence[str]) -> FloatMatrix:
        self.encoded.extend(texts)
        return super().encode(texts)


async def test_restart_and_unchanged_edits_never_reembed(settings: Settings) -> None:
    first = CountingEmbedder()
    async with AsyncTestClient(app=create_app(settings, embedder=first)) as client:
        await client.post(
            "/api/v1/events",
            json={"slug": "e", "name": "E", "timezone": "UTC", "topics": TOPICS},
            headers=organiser(),
        )
        tokens: list[str] = []
        for name in ("Anne Dupont", "Bob Martin", "Carl Weber"):
            response = await client.post(
                "/api/v1/events/e/attendees", json=attendee_body(name), headers=organiser()
            )
            tokens.append(response.json()["token"])
        await client.app.state.matchers.settled()
        # Their seeking, offering and profile texts are the same: each embedded once.
        assert sorted(first.encoded) == sorted(set(first.encoded))
        assert len(first.encoded) == 3

    second = CountingEmbedder()
    async with AsyncTestClient(app=create_app(settings, embedder=second)) as client:
        # The event loads on its first use, from stored vectors.
        response = await client.get("/api/v1/events/e/suggestions", headers=bearer(tokens[1]))
        assert response.status_code == 200
        assert client.app.state.matchers.indexed(1) == 3
        assert second.encoded == []

        unchanged: dict[str, Any] = {"seeking": attendee_body("Anne Dupont")["seeking"]}
        await client.patch("/api/v1/events/e/me", json=unchanged, headers=bearer(tokens[0]))
        await client.app.state.matchers.settled()
        assert second.encoded == []

        await client.patch(
            "/api/v1/events/e/me",
            json={"offering": "a brand new offer of drug checking"},
            headers=bearer(tokens[0]),
        )
        await client.app.state.matchers.settled()
        assert second.encoded == ["a brand new offer of drug checking"]
