"""What the attendee app added to the services, through the JSON API the pages share them
with: preferred times on a request, undoing a dismissal, filtered search, and agenda items
that carry their calendar identity and a cancellation note."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient

from conftest import bearer, organiser

Client = AsyncTestClient[Litestar]


@pytest.fixture
async def slots(client: Client, event_slug: str) -> list[dict[str, Any]]:
    starts = (datetime.now(UTC) + timedelta(days=2)).replace(minute=0, second=0, microsecond=0)
    response = await client.post(
        f"/api/v1/events/{event_slug}/sessions",
        json={
            "name": "Networking",
            "starts_at": starts.isoformat(),
            "ends_at": (starts + timedelta(hours=1)).isoformat(),
            "slot_minutes": 30,
            "tables": 1,
        },
        headers=organiser(),
    )
    assert response.status_code == 201
    result: list[dict[str, Any]] = response.json()["slots"]
    return result


async def test_a_request_proposes_times_only_when_both_are_free(
    client: Client, event_slug: str, create_attendee: Any, slots: list[dict[str, Any]]
) -> None:
    base = f"/api/v1/events/{event_slug}"
    anne, anne_token = await create_attendee("Anne Dupont")
    bart, bart_token = await create_attendee("Bart Peeters")
    await client.put(
        f"{base}/me/unavailability", json={"slot_ids": [slots[0]["id"]]}, headers=bearer(bart_token)
    )
    refused = await client.post(
        f"{base}/meeting-requests",
        json={"to": bart, "preferred_slot_ids": [slots[0]["id"], slots[1]["id"]]},
        headers=bearer(anne_token),
    )
    assert refused.status_code == 409
    assert refused.json()["field"] == "preferred_slot_ids"
    assert refused.json()["not_free"] == [slots[0]["id"]]
    sent = await client.post(
        f"{base}/meeting-requests",
        json={"to": bart, "message": "Hi", "preferred_slot_ids": [slots[1]["id"]]},
        headers=bearer(anne_token),
    )
    assert sent.status_code == 201, sent.text
    assert sent.json()["preferred_slot_ids"] == [slots[1]["id"]]
    inbox = await client.get(f"{base}/meeting-requests", headers=bearer(bart_token))
    assert inbox.json()["items"][0]["preferred_slot_ids"] == [slots[1]["id"]]
    assert anne != bart


async def test_a_dismissal_can_be_undone(
    client: Client, app: Litestar, event_slug: str, create_attendee: Any
) -> None:
    base = f"/api/v1/events/{event_slug}"
    _, anne_token = await create_attendee("Anne Dupont")
    bart, _ = await create_attendee("Bart Peeters")
    await app.state.matchers.settled()

    async def suggested() -> list[int]:
        answer = await client.get(f"{base}/suggestions", headers=bearer(anne_token))
        return [item["attendee"]["id"] for item in answer.json()["items"]]

    assert bart in await suggested()
    await client.post(f"{base}/suggestions/{bart}/dismiss", headers=bearer(anne_token))
    assert bart not in await suggested()
    undone = await client.delete(f"{base}/suggestions/{bart}/dismiss", headers=bearer(anne_token))
    assert undone.status_code == 204
    assert bart in await suggested()


async def test_search_is_narrowed_by_country_language_and_topic(
    client: Client, app: Litestar, event_slug: str, create_attendee: Any
) -> None:
    base = f"/api/v1/events/{event_slug}"
    _, anne_token = await create_attendee("Anne Dupont")
    bart, _ = await create_attendee("Bart Peeters", country="NL", languages=["nl"])
    carla, _ = await create_attendee(
        "Carla Rossi", country="IT", languages=["it"], topics=["drugs"], hidden_fields=["languages"]
    )
    await app.state.matchers.settled()

    async def found(**params: str) -> list[int]:
        answer = await client.get(f"{base}/search", params=params, headers=bearer(anne_token))
        assert answer.status_code == 200, answer.text
        return [hit["attendee"]["id"] for hit in answer.json()["items"]]

    assert await found(country="NL") == [bart]
    assert await found(q="harm reduction", topic="drugs") == [carla]
    assert await found(language="nl") == [bart]
    # A hidden language list is never searched.
    assert await found(language="it") == []
    # Without a query or a filter: everyone I may see, by name (not me).
    everyone = await found()
    assert set(everyone) == {bart, carla}


async def test_agenda_items_carry_uid_sequence_and_the_cancellation_note(
    client: Client, event_slug: str, create_attendee: Any, slots: list[dict[str, Any]], db: Any
) -> None:
    base = f"/api/v1/events/{event_slug}"
    _, anne_token = await create_attendee("Anne Dupont")
    bart, bart_token = await create_attendee("Bart Peeters")
    sent = await client.post(
        f"{base}/meeting-requests", json={"to": bart}, headers=bearer(anne_token)
    )
    accepted = await client.post(
        f"{base}/meeting-requests/{sent.json()['id']}/accept",
        json={"slot_id": slots[0]["id"]},
        headers=bearer(bart_token),
    )
    meeting = accepted.json()["meeting"]
    (item,) = (await client.get(f"{base}/me/agenda", headers=bearer(anne_token))).json()["items"]
    assert item["sequence"] == 0
    await db.execute(
        "update meetings set cancel_note = 'kept', status = 'cancelled' where id = $1",
        meeting["id"],
    )
    (after,) = (await client.get(f"{base}/me/agenda", headers=bearer(anne_token))).json()["items"]
    assert after["uid"] == item["uid"]
    assert after["sequence"] == 1  # the database bumps it on any change of status
    assert after["cancel_note"] == "kept"
