"""Organisation types belong to each event, like topics: every event starts with the list
all events had, organisers list and add types through the API, and attendee fields, CSV
imports and match settings accept only the event's own types — an unknown one is refused
naming the field and every allowed value, and nothing is stored."""

from __future__ import annotations

from litestar import Litestar
from litestar.testing import AsyncTestClient

from conftest import attendee_body, organiser
from matchmaker.attendees.fields import ORGANISATION_TYPES

Client = AsyncTestClient[Litestar]


async def types_of(client: Client, slug: str) -> list[str]:
    answer = await client.get(f"/api/v1/events/{slug}/organisation-types")
    assert answer.status_code == 200
    return [item["slug"] for item in answer.json()["items"]]


async def test_a_new_event_starts_with_the_usual_types(client: Client, event_slug: str) -> None:
    assert await types_of(client, event_slug) == list(ORGANISATION_TYPES)
    event = (await client.get(f"/api/v1/events/{event_slug}")).json()
    assert event["organisation_types"][0] == {
        "slug": "local_authority",
        "label": "Local authority",
    }


async def test_organisers_add_types_that_attendees_may_then_choose(
    client: Client, event_slug: str
) -> None:
    body = attendee_body("Anne Dupont", organisation_type="fire_brigade")
    refused = await client.post(
        f"/api/v1/events/{event_slug}/attendees", json=body, headers=organiser()
    )
    assert refused.status_code == 404
    problem = refused.json()
    assert problem["field"] == "organisation_type"
    assert problem["allowed"] == list(ORGANISATION_TYPES)
    assert "local_authority" in problem["detail"]
    added = await client.post(
        f"/api/v1/events/{event_slug}/organisation-types",
        json={"slug": "fire_brigade", "label": "Fire brigade"},
        headers=organiser(),
    )
    assert added.status_code == 201, added.text
    assert (await types_of(client, event_slug))[-1] == "fire_brigade"
    created = await client.post(
        f"/api/v1/events/{event_slug}/attendees", json=body, headers=organiser()
    )
    assert created.status_code == 201, created.text
    again = await client.post(
        f"/api/v1/events/{event_slug}/organisation-types",
        json={"slug": "fire_brigade", "label": "Firefighters"},
        headers=organiser(),
    )
    assert again.status_code == 409
    assert again.json()["field"] == "slug"


async def test_only_organisers_add_types(client: Client, event_slug: str) -> None:
    answer = await client.post(
        f"/api/v1/events/{event_slug}/organisation-types",
        json={"slug": "fire_brigade", "label": "Fire brigade"},
    )
    assert answer.status_code == 401
    assert "fire_brigade" not in await types_of(client, event_slug)


async def test_an_attendee_cannot_pick_a_type_the_event_lacks(
    client: Client, event_slug: str, create_attendee
) -> None:  # type: ignore[no-untyped-def]
    _, token = await create_attendee("Anne Dupont")
    answer = await client.patch(
        f"/api/v1/events/{event_slug}/me",
        json={"organisation_type": "cartel"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert answer.status_code == 404
    assert answer.json()["field"] == "organisation_type"
    me = await client.get(
        f"/api/v1/events/{event_slug}/me", headers={"Authorization": f"Bearer {token}"}
    )
    assert me.json()["organisation_type"] == "local_authority"


async def test_csv_rows_with_an_unknown_type_are_reported_with_the_allowed_ones(
    client: Client, event_slug: str
) -> None:
    answer = await client.post(
        f"/api/v1/events/{event_slug}/attendees/import",
        content=(
            b"name,email,organisation_type\n"
            b"Anne Dupont,anne@example.org,police\n"
            b"Bart Peeters,bart@example.org,cartel\n"
        ),
        headers={**organiser(), "content-type": "text/csv"},
    )
    assert answer.status_code == 200
    report = answer.json()
    [error] = report["errors"]
    assert error["row"] == 3
    assert error["field"] == "organisation_type"
    assert "allowed: local_authority" in error["message"]


async def test_match_settings_name_only_the_event_s_types(client: Client, event_slug: str) -> None:
    settings_url = f"/api/v1/events/{event_slug}/settings"
    current = (await client.get(settings_url, headers=organiser())).json()
    pairs = [{"first": "police", "second": "fire_brigade"}]
    for url, method in ((settings_url, client.put), (settings_url + "/preview", client.post)):
        answer = await method(
            url,
            json={**current, "disallowed_organisation_type_pairs": pairs},
            headers=organiser(),
        )
        assert answer.status_code == 404, answer.text
        assert answer.json()["field"] == "disallowed_organisation_type_pairs"
        assert "police" in answer.json()["allowed"]
    stored = (await client.get(settings_url, headers=organiser())).json()
    assert stored["disallowed_organisation_type_pairs"] == []
    await client.post(
        f"/api/v1/events/{event_slug}/organisation-types",
        json={"slug": "fire_brigade", "label": "Fire brigade"},
        headers=organiser(),
    )
    saved = await client.put(
        settings_url,
        json={**current, "disallowed_organisation_type_pairs": pairs},
        headers=organiser(),
    )
    assert saved.status_code == 200, saved.text
