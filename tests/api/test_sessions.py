"""Networking sessions and unavailability, through the contract's paths."""

from __future__ import annotations

from typing import Any

from litestar import Litestar
from litestar.testing import AsyncTestClient

from conftest import bearer, organiser

Client = AsyncTestClient[Litestar]


def session_body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "name": "Speed networking",
        "starts_at": "2030-03-20T14:00:00+01:00",
        "ends_at": "2030-03-20T15:00:00+01:00",
        "slot_minutes": 15,
        "tables": 3,
    }
    body.update(overrides)
    return body


async def create_session(client: Client, event: str, **overrides: Any) -> dict[str, Any]:
    response = await client.post(
        f"/api/v1/events/{event}/sessions", json=session_body(**overrides), headers=organiser()
    )
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


async def test_a_session_is_cut_into_slots_with_numbered_tables(
    client: Client, event_slug: str
) -> None:
    session = await create_session(client, event_slug)
    assert [s["starts_at"] for s in session["slots"]] == [
        "2030-03-20T14:00:00+01:00",
        "2030-03-20T14:15:00+01:00",
        "2030-03-20T14:30:00+01:00",
        "2030-03-20T14:45:00+01:00",
    ]
    assert session["slots"][-1]["ends_at"] == "2030-03-20T15:00:00+01:00"
    assert [t["label"] for t in session["tables"]] == ["Table 1", "Table 2", "Table 3"]
    assert session["slot_minutes"] == 15


async def test_times_are_stored_in_utc_and_shown_in_the_event_timezone(
    client: Client, event_slug: str, db: Any
) -> None:
    session = await create_session(
        client, event_slug, starts_at="2030-03-20T13:00:00Z", ends_at="2030-03-20T13:30:00Z"
    )
    assert session["starts_at"] == "2030-03-20T14:00:00+01:00"  # Europe/Brussels in March
    stored = await db.fetchval(
        "select starts_at at time zone 'UTC' from networking_sessions where id = $1",
        session["id"],
    )
    assert stored.isoformat() == "2030-03-20T13:00:00"


async def test_named_tables_keep_their_labels(client: Client, event_slug: str) -> None:
    session = await create_session(client, event_slug, tables=["Table 12 — foyer", "Bar"])
    assert [t["label"] for t in session["tables"]] == ["Table 12 — foyer", "Bar"]


async def test_a_remainder_shorter_than_a_slot_stays_unused(
    client: Client, event_slug: str
) -> None:
    session = await create_session(client, event_slug, slot_minutes=25)
    assert len(session["slots"]) == 2
    assert session["slots"][-1]["ends_at"] == "2030-03-20T14:50:00+01:00"


async def refused(client: Client, event: str, **overrides: Any) -> dict[str, Any]:
    response = await client.post(
        f"/api/v1/events/{event}/sessions", json=session_body(**overrides), headers=organiser()
    )
    assert 400 <= response.status_code < 500, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    return body


async def test_bad_sessions_are_refused_naming_the_field(client: Client, event_slug: str) -> None:
    e = event_slug
    assert (await refused(client, e, ends_at="2030-03-20T13:00:00+01:00"))["field"] == "ends_at"
    assert (await refused(client, e, slot_minutes=90))["field"] == "slot_minutes"
    assert (await refused(client, e, slot_minutes=2))["field"] == "slot_minutes"
    assert (await refused(client, e, tables=501))["field"] == "tables"
    assert (await refused(client, e, tables=0))["field"] == "tables"
    assert (await refused(client, e, tables=["A", "A"]))["field"] == "tables"
    assert (await refused(client, e, tables=["x" * 101]))["field"] == "tables[0]"
    assert (await refused(client, e, tables=[]))["field"] == "tables"
    assert (await refused(client, e, starts_at="2030-03-20T14:00:00"))["field"] == "starts_at"
    assert (await refused(client, e, starts_at="tomorrow"))["field"] == "starts_at"
    assert (
        await refused(
            client,
            e,
            starts_at="2030-03-01T00:00:00Z",
            ends_at="2030-03-20T00:00:00Z",
            slot_minutes=5,
        )
    )["field"] == "slot_minutes"


async def test_only_the_organiser_creates_sessions(
    client: Client, event_slug: str, create_attendee: Any
) -> None:
    _, token = await create_attendee("Anne Dupont")
    response = await client.post(
        f"/api/v1/events/{event_slug}/sessions", json=session_body(), headers=bearer(token)
    )
    assert response.status_code == 401


async def test_attendees_and_the_organiser_list_sessions_with_free_tables(
    client: Client, event_slug: str, create_attendee: Any
) -> None:
    session = await create_session(client, event_slug)
    _, token = await create_attendee("Anne Dupont")
    for headers in (bearer(token), organiser()):
        response = await client.get(f"/api/v1/events/{event_slug}/sessions", headers=headers)
        assert response.status_code == 200
        [listed] = response.json()["items"]
        assert listed["id"] == session["id"]
        assert [s["free_tables"] for s in listed["slots"]] == [3, 3, 3, 3]
        assert listed["tables"] == session["tables"]
    anonymous = await client.get(f"/api/v1/events/{event_slug}/sessions")
    assert anonymous.status_code == 401


async def test_an_attendee_replaces_and_reads_their_unavailable_slots(
    client: Client, event_slug: str, create_attendee: Any
) -> None:
    session = await create_session(client, event_slug)
    _, token = await create_attendee("Anne Dupont")
    path = f"/api/v1/events/{event_slug}/me/unavailability"
    slot_ids = [s["id"] for s in session["slots"]]
    put = await client.put(path, json={"slot_ids": slot_ids[:2]}, headers=bearer(token))
    assert put.status_code == 200
    assert put.json() == {"slot_ids": slot_ids[:2]}
    await client.put(path, json={"slot_ids": [slot_ids[3]]}, headers=bearer(token))
    read = await client.get(path, headers=bearer(token))
    assert read.json() == {"slot_ids": [slot_ids[3]]}


async def test_unknown_slots_cannot_be_marked_unavailable(
    client: Client, event_slug: str, create_attendee: Any
) -> None:
    _, token = await create_attendee("Anne Dupont")
    response = await client.put(
        f"/api/v1/events/{event_slug}/me/unavailability",
        json={"slot_ids": [999999]},
        headers=bearer(token),
    )
    assert response.status_code == 404
    assert response.json()["field"] == "slot_ids"
