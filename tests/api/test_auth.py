"""Who may do what: organiser routes need the organiser token, an attendee token reads and
edits only its own profile, and only in its own event."""

from __future__ import annotations

from typing import Any

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient

from conftest import TOPICS, attendee_body, bearer, organiser

Client = AsyncTestClient[Litestar]


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic b3JnYW5pc2Vy"}],
    ids=["no token", "wrong token", "not bearer"],
)
async def test_organiser_routes_refuse_without_the_organiser_token(
    client: Client, event_slug: str, headers: dict[str, str]
) -> None:
    calls = [
        ("POST", "/api/v1/events", {"slug": "x", "name": "x", "timezone": "UTC", "topics": []}),
        ("POST", f"/api/v1/events/{event_slug}/attendees", attendee_body("Some One")),
        ("GET", f"/api/v1/events/{event_slug}/attendees", None),
    ]
    for method, path, body in calls:
        response = await client.request(method, path, json=body, headers=headers)
        assert response.status_code == 401, (method, path)
        assert response.json()["status"] == 401


async def test_an_attendee_token_is_not_an_organiser_token(
    client: Client, event_slug: str, create_attendee: Any
) -> None:
    _, token = await create_attendee("Anne Dupont")
    response = await client.get(f"/api/v1/events/{event_slug}/attendees", headers=bearer(token))
    assert response.status_code == 401


async def test_me_routes_need_an_attendee_token(client: Client, event_slug: str) -> None:
    for headers in ({}, {"Authorization": "Bearer nope"}, organiser()):
        response = await client.get(f"/api/v1/events/{event_slug}/me", headers=headers)
        assert response.status_code == 401


async def test_a_token_of_another_event_is_forbidden_here(
    client: Client, event_slug: str, create_attendee: Any
) -> None:
    _, token = await create_attendee("Anne Dupont")
    other = await client.post(
        "/api/v1/events",
        json={"slug": "other-event", "name": "Other", "timezone": "UTC", "topics": TOPICS},
        headers=organiser(),
    )
    assert other.status_code == 201
    response = await client.get("/api/v1/events/other-event/me", headers=bearer(token))
    assert response.status_code == 403


async def test_each_token_sees_and_edits_only_its_own_profile(
    client: Client, event_slug: str, create_attendee: Any
) -> None:
    anne_id, anne = await create_attendee("Anne Dupont")
    bob_id, bob = await create_attendee("Bob Martin")
    await client.patch(
        f"/api/v1/events/{event_slug}/me", json={"bio": "Anne's bio"}, headers=bearer(anne)
    )
    bob_me = (await client.get(f"/api/v1/events/{event_slug}/me", headers=bearer(bob))).json()
    assert bob_me["id"] == bob_id
    assert bob_me["bio"] != "Anne's bio"
    anne_me = (await client.get(f"/api/v1/events/{event_slug}/me", headers=bearer(anne))).json()
    assert anne_me["id"] == anne_id
    assert anne_me["bio"] == "Anne's bio"


async def test_a_patch_cannot_smuggle_in_fields_it_may_not_set(
    client: Client, event_slug: str, create_attendee: Any
) -> None:
    _, token = await create_attendee("Anne Dupont")
    for field, value in (("id", 99), ("token_hash", "00"), ("event_id", 2)):
        response = await client.patch(
            f"/api/v1/events/{event_slug}/me", json={field: value}, headers=bearer(token)
        )
        assert response.status_code == 400, field
