"""Events and attendees through the contract's paths, as an external client uses them."""

from __future__ import annotations

from typing import Any

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient

from conftest import attendee_body, bearer, organiser

Client = AsyncTestClient[Litestar]


async def test_an_organiser_creates_an_event_and_reads_it_back(client: Client) -> None:
    response = await client.post(
        "/api/v1/events",
        json={
            "slug": "efus-2024",
            "name": "Security, Democracy & Cities",
            "timezone": "Europe/Brussels",
            "topics": [{"slug": "nightlife", "label": "Nightlife"}],
        },
        headers=organiser(),
    )
    assert response.status_code == 201
    event = response.json()
    assert event["slug"] == "efus-2024"
    read = await client.get("/api/v1/events/efus-2024")
    assert read.status_code == 200
    assert read.json()["topics"] == [{"slug": "nightlife", "label": "Nightlife"}]


async def test_a_taken_event_slug_is_a_conflict(client: Client, event_slug: str) -> None:
    response = await client.post(
        "/api/v1/events",
        json={"slug": event_slug, "name": "Again", "timezone": "UTC", "topics": []},
        headers=organiser(),
    )
    assert response.status_code == 409
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["field"] == "slug"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("timezone", "Europe/Atlantis"),  # not one of the document's time zones
        ("slug", "x-2024\n"),  # Python's "$" alone would have let the newline through
    ],
)
async def test_an_event_field_the_document_refuses_is_refused_naming_it(
    client: Client, field: str, value: str
) -> None:
    event = {"slug": "x-2024", "name": "X", "timezone": "UTC", "topics": [], field: value}
    response = await client.post("/api/v1/events", json=event, headers=organiser())
    # Refused at the edge, like any schema violation.
    assert response.status_code == 400
    assert response.json()["field"] == field


async def test_an_unknown_event_is_404(client: Client) -> None:
    response = await client.get("/api/v1/events/nope")
    assert response.status_code == 404
    assert response.json()["status"] == 404


async def test_creating_an_attendee_returns_the_token_once(
    client: Client, event_slug: str, db: Any
) -> None:
    response = await client.post(
        f"/api/v1/events/{event_slug}/attendees",
        json=attendee_body("Anne Dupont"),
        headers=organiser(),
    )
    assert response.status_code == 201
    created = response.json()
    assert created["token"]
    stored = await db.fetchval("select token_hash from attendees where id = $1", created["id"])
    assert created["token"].encode() not in stored  # only a hash is kept
    me = await client.get(f"/api/v1/events/{event_slug}/me", headers=bearer(created["token"]))
    assert me.status_code == 200
    assert "token" not in me.json()


async def test_a_duplicate_email_is_a_conflict(client: Client, event_slug: str) -> None:
    first = attendee_body("Anne Dupont")
    assert (
        await client.post(f"/api/v1/events/{event_slug}/attendees", json=first, headers=organiser())
    ).status_code == 201
    again = attendee_body("Anne Dupont", email="ANNE.DUPONT@example.org")
    response = await client.post(
        f"/api/v1/events/{event_slug}/attendees", json=again, headers=organiser()
    )
    assert response.status_code == 409
    assert response.json()["field"] == "email"


async def test_bad_attendee_fields_are_refused_naming_the_field(
    client: Client, event_slug: str
) -> None:
    cases = {
        "country": {"country": "XX"},
        "languages": {"languages": ["english"]},
        "topics": {"topics": ["astrology"]},
        "email": {"email": "not-an-email"},
        "seeking": {"seeking": "x" * 2001},
        "organisation_type": {"organisation_type": "cartel"},
    }
    for field, override in cases.items():
        response = await client.post(
            f"/api/v1/events/{event_slug}/attendees",
            json=attendee_body("Bad Input", **override),
            headers=organiser(),
        )
        # 400: refused by the document; 404: a topic the event does not have; 409: an
        # organisation type the event does not have (each event has its own list).
        assert response.status_code in (400, 404, 409), (field, response.text)
        problem = response.json()
        assert problem["field"].split("[")[0] == field, (field, problem)
        assert response.headers["content-type"].startswith("application/problem+json")


async def test_malformed_json_is_a_400_not_a_500(client: Client, event_slug: str) -> None:
    response = await client.post(
        f"/api/v1/events/{event_slug}/attendees",
        content=b"{not json",
        headers={**organiser(), "content-type": "application/json"},
    )
    assert response.status_code == 400


async def test_an_oversized_body_is_413(client: Client, event_slug: str) -> None:
    response = await client.post(
        f"/api/v1/events/{event_slug}/attendees/import",
        content=b"name,email\n" + b"x" * (3 * 1024 * 1024),
        headers={**organiser(), "content-type": "text/csv"},
    )
    assert response.status_code == 413


async def test_attendees_are_listed_a_page_at_a_time(
    client: Client, event_slug: str, create_attendee: Any
) -> None:
    for i in range(5):
        await create_attendee(f"Person {i}")
    seen: list[int] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 2}
        if cursor:
            params["cursor"] = cursor
        page = await client.get(
            f"/api/v1/events/{event_slug}/attendees", params=params, headers=organiser()
        )
        assert page.status_code == 200
        body = page.json()
        seen += [item["id"] for item in body["items"]]
        cursor = body["next"]
        if cursor is None:
            break
    assert len(seen) == 5
    assert seen == sorted(seen)


async def test_another_attendees_profile_hides_private_fields(
    client: Client, event_slug: str, create_attendee: Any
) -> None:
    _, viewer_token = await create_attendee("Viewer One")
    other_id, _ = await create_attendee("Private Person", hidden_fields=["city", "bio"])
    response = await client.get(
        f"/api/v1/events/{event_slug}/attendees/{other_id}", headers=bearer(viewer_token)
    )
    assert response.status_code == 200
    profile = response.json()
    assert profile["name"] == "Private Person"
    for private in ("email", "consent", "hidden_fields", "city", "bio", "token"):
        assert private not in profile


async def test_patching_me_changes_only_the_given_fields(
    client: Client, event_slug: str, create_attendee: Any
) -> None:
    _, token = await create_attendee("Anne Dupont")
    response = await client.patch(
        f"/api/v1/events/{event_slug}/me",
        json={"seeking": "partners for a drug checking service", "topics": ["drugs"]},
        headers=bearer(token),
    )
    assert response.status_code == 200
    me = response.json()
    assert me["seeking"] == "partners for a drug checking service"
    assert me["topics"] == ["drugs"]
    assert me["offering"] == "our experience with night mediators"


async def test_a_bad_patch_changes_nothing(
    client: Client, event_slug: str, create_attendee: Any
) -> None:
    _, token = await create_attendee("Anne Dupont")
    response = await client.patch(
        f"/api/v1/events/{event_slug}/me",
        json={"seeking": "new text", "country": "ZZ"},
        headers=bearer(token),
    )
    assert response.status_code == 400
    me = (await client.get(f"/api/v1/events/{event_slug}/me", headers=bearer(token))).json()
    assert me["seeking"] == "ways to reduce conflicts around bars at night"


async def test_erasing_me_removes_everything_and_the_token_stops_working(
    client: Client, event_slug: str, create_attendee: Any, db: Any
) -> None:
    me_id, token = await create_attendee("Anne Dupont")
    other_id, _ = await create_attendee("Bob Martin")
    await db.execute(
        "insert into dismissals (attendee_id, dismissed_id) values ($1, $2)", me_id, other_id
    )
    export = await client.get(f"/api/v1/events/{event_slug}/me/export", headers=bearer(token))
    assert export.status_code == 200
    assert export.json()["profile"]["email"] == "anne.dupont@example.org"
    assert export.json()["dismissed"][0]["dismissed_id"] == other_id

    response = await client.delete(f"/api/v1/events/{event_slug}/me", headers=bearer(token))
    assert response.status_code == 204
    assert await db.fetchval("select count(*) from attendees where id = $1", me_id) == 0
    assert await db.fetchval("select count(*) from dismissals where attendee_id = $1", me_id) == 0
    again = await client.get(f"/api/v1/events/{event_slug}/me", headers=bearer(token))
    assert again.status_code == 401
