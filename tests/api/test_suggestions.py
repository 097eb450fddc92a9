"""Suggestions over HTTP: reciprocal, explained, fresh within a second of an edit, and never
showing anyone the rules exclude."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from litestar import Litestar
from litestar.testing import AsyncTestClient

from conftest import bearer

Client = AsyncTestClient[Litestar]

NIGHT_SEEKER = {
    "seeking": "night mediation conflicts bars residents noise",
    "offering": "youth outreach street work",
    "topics": ["nightlife"],
}
NIGHT_OFFER = {
    "seeking": "youth outreach street work",
    "offering": "night mediation conflicts bars residents noise",
    "topics": ["nightlife"],
}


async def suggested_ids(client: Client, slug: str, token: str, **params: Any) -> list[int]:
    response = await client.get(
        f"/api/v1/events/{slug}/suggestions", params=params, headers=bearer(token)
    )
    assert response.status_code == 200, response.text
    return [item["attendee"]["id"] for item in response.json()["items"]]


async def eventually(check: Any, within: float = 1.0) -> float:
    """Poll ``check`` until it holds; return how long it took. Fails after ``within`` s."""
    started = time.monotonic()
    while True:
        if await check():
            return time.monotonic() - started
        if time.monotonic() - started > within:
            raise AssertionError(f"not true within {within} s")
        await asyncio.sleep(0.02)


async def settled(client: Client) -> None:
    await client.app.state.matchers.settled()


async def test_a_good_match_comes_first_with_reasons(
    client: Client, event_slug: str, create_attendee: Any
) -> None:
    _, seeker = await create_attendee("Anne Seeker", **NIGHT_SEEKER)
    match_id, _ = await create_attendee("Bob Offer", **NIGHT_OFFER, country="FR")
    await create_attendee("Carl Other", seeking="cyber", offering="phishing", topics=["drugs"])
    await settled(client)
    response = await client.get(f"/api/v1/events/{event_slug}/suggestions", headers=bearer(seeker))
    items = response.json()["items"]
    assert items[0]["attendee"]["id"] == match_id
    assert set(items[0]["attendee"]) >= {"id", "name", "role", "organisation", "city", "country"}
    assert items[0]["score"] >= items[-1]["score"]
    reasons = " ".join(items[0]["reasons"])
    assert "Nightlife" in reasons  # the topic's label, not its slug
    assert "France" in reasons or "country" in reasons


async def test_i_am_never_suggested_to_myself_nor_my_colleagues(
    client: Client, event_slug: str, create_attendee: Any
) -> None:
    me_id, me = await create_attendee("Anne Seeker", organisation="Ville de Liège", **NIGHT_SEEKER)
    colleague, _ = await create_attendee(
        "Bea Colleague", organisation="ville de liège ", **NIGHT_OFFER
    )
    other, _ = await create_attendee("Bob Offer", organisation="Politie Gent", **NIGHT_OFFER)
    await settled(client)
    ids = await suggested_ids(client, event_slug, me)
    assert me_id not in ids
    assert colleague not in ids
    assert other in ids


async def test_a_dismissed_person_never_comes_back(
    client: Client, event_slug: str, create_attendee: Any
) -> None:
    _, me = await create_attendee("Anne Seeker", **NIGHT_SEEKER)
    other, _ = await create_attendee("Bob Offer", **NIGHT_OFFER)
    await settled(client)
    assert other in await suggested_ids(client, event_slug, me)
    response = await client.post(
        f"/api/v1/events/{event_slug}/suggestions/{other}/dismiss", headers=bearer(me)
    )
    assert response.status_code == 204
    assert other not in await suggested_ids(client, event_slug, me)


async def test_a_block_hides_both_people_from_each_other(
    client: Client, event_slug: str, create_attendee: Any
) -> None:
    anne_id, anne = await create_attendee("Anne Seeker", **NIGHT_SEEKER)
    bob_id, bob = await create_attendee("Bob Offer", **NIGHT_OFFER)
    await settled(client)
    response = await client.post(
        f"/api/v1/events/{event_slug}/attendees/{bob_id}/block", headers=bearer(anne)
    )
    assert response.status_code == 204
    assert bob_id not in await suggested_ids(client, event_slug, anne)
    assert anne_id not in await suggested_ids(client, event_slug, bob)


async def test_someone_i_already_asked_is_not_suggested_again(
    client: Client, event_slug: str, create_attendee: Any
) -> None:
    _, me = await create_attendee("Anne Seeker", **NIGHT_SEEKER)
    other, _ = await create_attendee("Bob Offer", **NIGHT_OFFER)
    await settled(client)
    sent = await client.post(
        f"/api/v1/events/{event_slug}/meeting-requests",
        json={"to": other, "message": "Shall we meet?"},
        headers=bearer(me),
    )
    assert sent.status_code == 201, sent.text
    assert other not in await suggested_ids(client, event_slug, me)


async def test_without_consent_nobody_sees_you(
    client: Client, event_slug: str, create_attendee: Any
) -> None:
    _, me = await create_attendee("Anne Seeker", **NIGHT_SEEKER)
    shy, shy_token = await create_attendee("Shy Offer", consent=False, **NIGHT_OFFER)
    await settled(client)
    assert shy not in await suggested_ids(client, event_slug, me)
    assert await suggested_ids(client, event_slug, shy_token) == []


async def test_withdrawing_consent_or_erasing_removes_a_person_at_once(
    client: Client, event_slug: str, create_attendee: Any
) -> None:
    _, me = await create_attendee("Anne Seeker", **NIGHT_SEEKER)
    bob, bob_token = await create_attendee("Bob Offer", **NIGHT_OFFER)
    carl, carl_token = await create_attendee("Carl Offer", **NIGHT_OFFER)
    await settled(client)
    assert {bob, carl} <= set(await suggested_ids(client, event_slug, me))
    await client.patch(
        f"/api/v1/events/{event_slug}/me", json={"consent": False}, headers=bearer(bob_token)
    )
    await client.delete(f"/api/v1/events/{event_slug}/me", headers=bearer(carl_token))
    # No waiting: the very next answer must already leave them out.
    ids = await suggested_ids(client, event_slug, me)
    assert bob not in ids
    assert carl not in ids


async def test_an_edit_is_suggested_within_a_second(
    client: Client, event_slug: str, create_attendee: Any
) -> None:
    _, me = await create_attendee("Anne Seeker", **NIGHT_SEEKER)
    await create_attendee("Dan Unrelated", seeking="cyber", offering="phishing training")
    editor_id, editor = await create_attendee("Eve Editor", seeking="x", offering="y")
    await settled(client)
    response = await client.patch(
        f"/api/v1/events/{event_slug}/me", json=NIGHT_OFFER, headers=bearer(editor)
    )
    assert response.status_code == 200

    async def first_is_editor() -> bool:
        return (await suggested_ids(client, event_slug, me))[:1] == [editor_id]

    await eventually(first_is_editor, within=1.0)


async def test_suggestions_are_deterministic(
    client: Client, event_slug: str, create_attendee: Any
) -> None:
    _, me = await create_attendee("Anne Seeker", **NIGHT_SEEKER)
    for i in range(6):
        await create_attendee(f"Twin {i}", **NIGHT_OFFER)
    await settled(client)
    first = await suggested_ids(client, event_slug, me)
    assert first == await suggested_ids(client, event_slug, me)
    assert first == sorted(first)  # equal scores break ties by id


async def test_limit_is_respected_and_validated(
    client: Client, event_slug: str, create_attendee: Any
) -> None:
    _, me = await create_attendee("Anne Seeker", **NIGHT_SEEKER)
    for i in range(4):
        await create_attendee(f"Offer {i}", **NIGHT_OFFER)
    await settled(client)
    assert len(await suggested_ids(client, event_slug, me, limit=2)) == 2
    response = await client.get(
        f"/api/v1/events/{event_slug}/suggestions", params={"limit": 0}, headers=bearer(me)
    )
    assert response.status_code == 400
    assert response.json()["field"] == "limit"


async def test_stats_count_indexed_attendees(
    client: Client, event_slug: str, create_attendee: Any, organiser_headers: dict[str, str]
) -> None:
    await create_attendee("Anne Seeker", **NIGHT_SEEKER)
    await create_attendee("Shy Offer", consent=False, **NIGHT_OFFER)
    await settled(client)
    stats = (
        await client.get(f"/api/v1/events/{event_slug}/stats", headers=organiser_headers)
    ).json()
    assert stats["attendees_total"] == 2
    assert stats["attendees_indexed"] == 1
