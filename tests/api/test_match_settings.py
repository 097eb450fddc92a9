"""The organiser tunes match settings: validated ranges, effective at once, previewed
before saving."""

from __future__ import annotations

from typing import Any

from litestar import Litestar
from litestar.testing import AsyncTestClient

from conftest import bearer, organiser

Client = AsyncTestClient[Litestar]


async def test_settings_start_at_safe_defaults(client: Client, event_slug: str) -> None:
    response = await client.get(f"/api/v1/events/{event_slug}/settings", headers=organiser())
    assert response.status_code == 200
    settings = response.json()
    assert settings["exclude_same_organisation"] is True
    assert settings["max_pending_requests"] >= 1


async def test_settings_need_the_organiser(
    client: Client, event_slug: str, create_attendee: Any
) -> None:
    _, token = await create_attendee("Anne Dupont")
    response = await client.get(f"/api/v1/events/{event_slug}/settings", headers=bearer(token))
    assert response.status_code == 401


async def test_out_of_range_settings_are_refused_naming_the_field(
    client: Client, event_slug: str
) -> None:
    current = (
        await client.get(f"/api/v1/events/{event_slug}/settings", headers=organiser())
    ).json()
    for field, value in (("popularity_damping", 1.5), ("max_pending_requests", 0)):
        response = await client.put(
            f"/api/v1/events/{event_slug}/settings",
            json={**current, field: value},
            headers=organiser(),
        )
        assert response.status_code == 400
        assert response.json()["field"] == field
    unknown = await client.put(
        f"/api/v1/events/{event_slug}/settings", json={"colour": "red"}, headers=organiser()
    )
    assert unknown.status_code == 400


async def test_a_common_language_rule_takes_effect_at_once(
    client: Client, event_slug: str, create_attendee: Any
) -> None:
    common = {"seeking": "night mediation bars", "offering": "youth outreach"}
    match = {"seeking": "youth outreach", "offering": "night mediation bars"}
    _, me = await create_attendee("Anne Seeker", languages=["fr"], **common)
    other, _ = await create_attendee("Jan Offer", languages=["nl"], **match)
    await client.app.state.matchers.settled()

    async def ids() -> list[int]:
        response = await client.get(f"/api/v1/events/{event_slug}/suggestions", headers=bearer(me))
        return [item["attendee"]["id"] for item in response.json()["items"]]

    assert other in await ids()
    current = (
        await client.get(f"/api/v1/events/{event_slug}/settings", headers=organiser())
    ).json()
    saved = await client.put(
        f"/api/v1/events/{event_slug}/settings",
        json={**current, "require_common_language": True},
        headers=organiser(),
    )
    assert saved.status_code == 200
    assert other not in await ids()


async def test_preview_shows_the_effect_without_saving(
    client: Client, event_slug: str, create_attendee: Any
) -> None:
    for i in range(8):
        await create_attendee(
            f"Person {i}",
            languages=["fr"] if i % 2 else ["nl"],
            seeking=f"night mediation bars {i}",
            offering=f"youth outreach {i}",
        )
    await client.app.state.matchers.settled()
    current = (
        await client.get(f"/api/v1/events/{event_slug}/settings", headers=organiser())
    ).json()
    response = await client.post(
        f"/api/v1/events/{event_slug}/settings/preview",
        json={**current, "require_common_language": True},
        headers=organiser(),
    )
    assert response.status_code == 200
    report = response.json()
    for side in ("current", "candidate"):
        assert {"coverage", "gini", "top1_share"} <= set(report[side])
    assert report["changes"]
    assert any(change["removed"] for change in report["changes"])
    after = (await client.get(f"/api/v1/events/{event_slug}/settings", headers=organiser())).json()
    assert after["require_common_language"] is False
