"""Booking meetings, cancelling them, available slots and the agenda (JSON and .ics)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import icalendar
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient

from conftest import bearer, organiser

Client = AsyncTestClient[Litestar]


@dataclass
class Person:
    id: int
    token: str


@dataclass
class World:
    """An event with people, a session and helpers to ask, accept and book."""

    client: Client
    event: str
    create_attendee: Any

    @property
    def base(self) -> str:
        return f"/api/v1/events/{self.event}"

    async def person(self, name: str, **overrides: Any) -> Person:
        attendee_id, token = await self.create_attendee(name, **overrides)
        return Person(attendee_id, token)

    async def session(self, **overrides: Any) -> dict[str, Any]:
        body: dict[str, Any] = {
            "name": "Speed networking",
            "starts_at": "2030-03-20T14:00:00+01:00",
            "ends_at": "2030-03-20T15:00:00+01:00",
            "slot_minutes": 15,
            "tables": 2,
        }
        body.update(overrides)
        response = await self.client.post(f"{self.base}/sessions", json=body, headers=organiser())
        assert response.status_code == 201, response.text
        result: dict[str, Any] = response.json()
        return result

    async def request(self, sender: Person, recipient: Person, accept: bool = True) -> int:
        response = await self.client.post(
            f"{self.base}/meeting-requests",
            json={"to": recipient.id, "message": "Shall we meet?"},
            headers=bearer(sender.token),
        )
        assert response.status_code == 201, response.text
        request_id: int = response.json()["id"]
        if accept:
            accepted = await self.client.post(
                f"{self.base}/meeting-requests/{request_id}/accept",
                headers=bearer(recipient.token),
            )
            assert accepted.status_code == 200, accepted.text
        return request_id

    async def book(self, who: Person, request_id: int, slot_id: int, key: str | None = None) -> Any:
        headers = bearer(who.token)
        if key is not None:
            headers["Idempotency-Key"] = key
        return await self.client.post(
            f"{self.base}/meetings",
            json={"request_id": request_id, "slot_id": slot_id},
            headers=headers,
        )


FOUR = ("Anne A", "Bart B", "Carl C", "Dora D")


@pytest.fixture
def world(client: Client, event_slug: str, create_attendee: Any) -> World:
    return World(client, event_slug, create_attendee)


async def test_booking_an_accepted_request_seats_both_at_a_free_table(
    world: World,
) -> None:
    session = await world.session()
    anne, bart = await world.person("Anne Dupont"), await world.person("Bart Peeters")
    request_id = await world.request(anne, bart)
    slot = session["slots"][0]
    response = await world.book(anne, request_id, slot["id"])
    assert response.status_code == 201, response.text
    meeting = response.json()
    assert meeting["slot"] == slot
    assert meeting["table"] in session["tables"]
    assert meeting["participants"] == [anne.id, bart.id]


async def test_two_meetings_in_one_slot_sit_at_different_tables(world: World) -> None:
    session = await world.session()
    a, b, c, d = [await world.person(f"Person {n}") for n in "ABCD"]
    slot_id = session["slots"][0]["id"]
    first = await world.book(a, await world.request(a, b), slot_id)
    second = await world.book(c, await world.request(c, d), slot_id)
    assert first.status_code == second.status_code == 201
    assert {first.json()["table"]["id"], second.json()["table"]["id"]} == {
        t["id"] for t in session["tables"]
    }


async def test_a_full_slot_is_refused_with_free_alternatives(world: World) -> None:
    session = await world.session(tables=1)
    a, b, c, d = [await world.person(f"Person {n}") for n in "ABCD"]
    slots = session["slots"]
    assert (await world.book(a, await world.request(a, b), slots[0]["id"])).status_code == 201
    refused = await world.book(c, await world.request(c, d), slots[0]["id"])
    assert refused.status_code == 409
    assert refused.headers["content-type"].startswith("application/problem+json")
    problem = refused.json()
    assert problem["field"] == "slot_id"
    assert problem["alternatives"] == slots[1:]


async def test_a_person_already_meeting_then_is_refused_with_alternatives(world: World) -> None:
    session = await world.session()
    anne, bart, carl = [await world.person(n) for n in ("Anne A", "Bart B", "Carl C")]
    slots = session["slots"]
    first = await world.book(anne, await world.request(anne, bart), slots[0]["id"])
    assert first.status_code == 201
    refused = await world.book(anne, await world.request(anne, carl), slots[0]["id"])
    assert refused.status_code == 409
    assert str(anne.id) in refused.json()["detail"]
    assert [s["id"] for s in refused.json()["alternatives"]] == [s["id"] for s in slots[1:]]


async def test_overlapping_slots_of_two_sessions_cannot_both_hold_one_person(
    world: World,
) -> None:
    morning = await world.session(slot_minutes=15)
    other = await world.session(
        name="Long talks", starts_at="2030-03-20T14:10:00+01:00", slot_minutes=20
    )
    anne, bart, carl = [await world.person(n) for n in ("Anne A", "Bart B", "Carl C")]
    booked = await world.book(anne, await world.request(anne, bart), morning["slots"][0]["id"])
    assert booked.status_code == 201
    clash = await world.book(carl, await world.request(carl, anne), other["slots"][0]["id"])
    assert clash.status_code == 409


async def test_unavailable_slots_are_respected(world: World) -> None:
    session = await world.session()
    anne, bart = await world.person("Anne A"), await world.person("Bart B")
    slots = session["slots"]
    marked = await world.client.put(
        f"{world.base}/me/unavailability",
        json={"slot_ids": [slots[0]["id"]]},
        headers=bearer(bart.token),
    )
    assert marked.status_code == 200
    refused = await world.book(anne, await world.request(anne, bart), slots[0]["id"])
    assert refused.status_code == 409
    assert "unavailable" in refused.json()["detail"]
    assert slots[0]["id"] not in [s["id"] for s in refused.json()["alternatives"]]


async def test_a_slot_holding_my_meeting_cannot_be_marked_unavailable(world: World) -> None:
    session = await world.session()
    anne, bart = await world.person("Anne A"), await world.person("Bart B")
    slot_id = session["slots"][0]["id"]
    await world.book(anne, await world.request(anne, bart), slot_id)
    response = await world.client.put(
        f"{world.base}/me/unavailability", json={"slot_ids": [slot_id]}, headers=bearer(bart.token)
    )
    assert response.status_code == 409
    assert response.json()["booked"] == [slot_id]


async def test_meetings_per_person_are_capped(world: World, db: Any) -> None:
    await db.execute(
        "update events set match_settings = $1::jsonb", json.dumps({"max_meetings_per_person": 1})
    )
    session = await world.session()
    anne, bart, carl = [await world.person(n) for n in ("Anne A", "Bart B", "Carl C")]
    slots = session["slots"]
    first = await world.book(anne, await world.request(anne, bart), slots[0]["id"])
    assert first.status_code == 201
    over = await world.book(anne, await world.request(anne, carl), slots[1]["id"])
    assert over.status_code == 429
    assert over.json()["max_meetings_per_person"] == 1


async def test_a_pending_request_is_booked_by_its_recipient_not_its_sender(world: World) -> None:
    session = await world.session()
    anne, bart = await world.person("Anne A"), await world.person("Bart B")
    request_id = await world.request(anne, bart, accept=False)
    slot_id = session["slots"][0]["id"]
    not_yet = await world.book(anne, request_id, slot_id)
    assert not_yet.status_code == 409
    assert not_yet.json()["request_status"] == "pending"
    booked = await world.book(bart, request_id, slot_id)
    assert booked.status_code == 201
    outbox = await world.client.get(
        f"{world.base}/meeting-requests", params={"box": "out"}, headers=bearer(anne.token)
    )
    assert outbox.json()["items"][0]["status"] == "accepted"


async def test_a_pending_request_makes_nobody_busy(world: World) -> None:
    session = await world.session()
    anne, bart, carl = [await world.person(n) for n in ("Anne A", "Bart B", "Carl C")]
    await world.request(anne, bart, accept=False)
    slot_id = session["slots"][0]["id"]
    available = await world.client.get(
        f"{world.base}/slots/available", params={"with": bart.id}, headers=bearer(anne.token)
    )
    assert len(available.json()["items"]) == len(session["slots"])
    assert (await world.book(anne, await world.request(anne, carl), slot_id)).status_code == 201


async def test_only_the_two_people_may_book_and_only_an_open_request(world: World) -> None:
    session = await world.session()
    anne, bart, carl = [await world.person(n) for n in ("Anne A", "Bart B", "Carl C")]
    request_id = await world.request(anne, bart)
    slot_id = session["slots"][0]["id"]
    assert (await world.book(carl, request_id, slot_id)).status_code == 403
    assert (await world.book(anne, 999999, slot_id)).status_code == 404
    unknown_slot = await world.book(anne, request_id, 999999)
    assert unknown_slot.status_code == 404
    assert unknown_slot.json()["field"] == "slot_id"
    assert (await world.book(anne, request_id, slot_id)).status_code == 201
    again = await world.book(bart, request_id, session["slots"][1]["id"])
    assert again.status_code == 409
    assert again.json()["field"] == "request_id"
    declined_id = await world.request(carl, anne, accept=False)
    await world.client.post(
        f"{world.base}/meeting-requests/{declined_id}/decline", headers=bearer(anne.token)
    )
    assert (await world.book(carl, declined_id, slot_id)).status_code == 409


async def test_a_slot_that_has_started_cannot_be_booked(world: World) -> None:
    past = await world.session(
        starts_at="2020-03-20T14:00:00+01:00", ends_at="2020-03-20T15:00:00+01:00"
    )
    anne, bart = await world.person("Anne A"), await world.person("Bart B")
    response = await world.book(anne, await world.request(anne, bart), past["slots"][0]["id"])
    assert response.status_code == 409


async def test_bad_booking_bodies_name_the_field(world: World) -> None:
    anne = await world.person("Anne A")
    response = await world.client.post(
        f"{world.base}/meetings",
        json={"request_id": "x", "slot_id": 1},
        headers=bearer(anne.token),
    )
    assert response.status_code == 400
    assert response.json()["field"] == "request_id"
    missing = await world.client.post(
        f"{world.base}/meetings", json={"request_id": 1}, headers=bearer(anne.token)
    )
    assert missing.status_code == 400
    assert "slot_id" in missing.json()["detail"]


async def test_an_idempotency_key_replays_the_first_answer(world: World, db: Any) -> None:
    session = await world.session()
    anne, bart = await world.person("Anne A"), await world.person("Bart B")
    request_id = await world.request(anne, bart)
    slot_id = session["slots"][0]["id"]
    first = await world.book(anne, request_id, slot_id, key="book-anne-bart")
    replay = await world.book(anne, request_id, slot_id, key="book-anne-bart")
    assert first.status_code == replay.status_code == 201
    assert replay.json() == first.json()
    assert await db.fetchval("select count(*) from meetings") == 1
    other_body = await world.book(anne, request_id, session["slots"][1]["id"], key="book-anne-bart")
    assert other_body.status_code == 422  # the same key with another body (IETF draft)
    assert other_body.json()["field"] == "Idempotency-Key"


async def test_an_unusable_idempotency_key_is_refused(world: World) -> None:
    session = await world.session()
    anne, bart = await world.person("Anne A"), await world.person("Bart B")
    request_id = await world.request(anne, bart)
    response = await world.book(anne, request_id, session["slots"][0]["id"], key="k" * 201)
    # The document states the key's length and characters, so the edge refuses it.
    assert response.status_code == 400
    assert response.json()["field"] == "Idempotency-Key"


async def test_a_failed_booking_does_not_spend_its_idempotency_key(world: World) -> None:
    session = await world.session()
    anne, bart = await world.person("Anne A"), await world.person("Bart B")
    request_id = await world.request(anne, bart)
    slot_id = session["slots"][0]["id"]
    await world.client.put(
        f"{world.base}/me/unavailability", json={"slot_ids": [slot_id]}, headers=bearer(bart.token)
    )
    assert (await world.book(anne, request_id, slot_id, key="k1")).status_code == 409
    await world.client.put(
        f"{world.base}/me/unavailability", json={"slot_ids": []}, headers=bearer(bart.token)
    )
    assert (await world.book(anne, request_id, slot_id, key="k1")).status_code == 201


async def test_accepting_with_a_slot_books_in_the_same_step(world: World) -> None:
    session = await world.session()
    anne, bart = await world.person("Anne A"), await world.person("Bart B")
    request_id = await world.request(anne, bart, accept=False)
    slot = session["slots"][1]
    response = await world.client.post(
        f"{world.base}/meeting-requests/{request_id}/accept",
        json={"slot_id": slot["id"]},
        headers=bearer(bart.token),
    )
    assert response.status_code == 200, response.text
    assert response.json()["request"]["status"] == "accepted"
    assert response.json()["meeting"]["slot"] == slot


async def test_a_refused_booking_on_accept_leaves_the_request_pending(world: World) -> None:
    session = await world.session(tables=1)
    a, b, c, d = [await world.person(f"Person {n}") for n in "ABCD"]
    slot_id = session["slots"][0]["id"]
    await world.book(a, await world.request(a, b), slot_id)
    request_id = await world.request(c, d, accept=False)
    response = await world.client.post(
        f"{world.base}/meeting-requests/{request_id}/accept",
        json={"slot_id": slot_id},
        headers=bearer(d.token),
    )
    assert response.status_code == 409
    assert response.json()["alternatives"]
    inbox = await world.client.get(
        f"{world.base}/meeting-requests", params={"box": "in"}, headers=bearer(d.token)
    )
    assert inbox.json()["items"][0]["status"] == "pending"


async def test_cancelling_frees_the_table_and_both_people(world: World, db: Any) -> None:
    session = await world.session(tables=1)
    anne, bart, carl, dora = [await world.person(n) for n in FOUR]
    slot_id = session["slots"][0]["id"]
    request_id = await world.request(anne, bart)
    meeting = (await world.book(anne, request_id, slot_id)).json()
    cancelled = await world.client.delete(
        f"{world.base}/meetings/{meeting['id']}", headers=bearer(bart.token)
    )
    assert cancelled.status_code == 204
    status = await db.fetchval("select status from meeting_requests where id = $1", request_id)
    assert status == "cancelled"
    # The table is free again, and so are both people.
    assert (await world.book(anne, await world.request(anne, carl), slot_id)).status_code == 201
    other_table = await world.session(
        name="Second room", starts_at="2030-03-20T14:00:00+01:00", tables=1
    )
    assert (
        await world.book(bart, await world.request(bart, dora), other_table["slots"][0]["id"])
    ).status_code == 201


async def test_only_participants_or_the_organiser_cancel(world: World) -> None:
    session = await world.session()
    anne, bart, carl = [await world.person(n) for n in ("Anne A", "Bart B", "Carl C")]
    request_id = await world.request(anne, bart)
    meeting = (await world.book(anne, request_id, session["slots"][0]["id"])).json()
    path = f"{world.base}/meetings/{meeting['id']}"
    assert (await world.client.delete(path, headers=bearer(carl.token))).status_code == 403
    assert (await world.client.delete(path, headers=organiser())).status_code == 204
    assert (await world.client.delete(path, headers=organiser())).status_code == 204
    missing = await world.client.delete(f"{world.base}/meetings/999999", headers=organiser())
    assert missing.status_code == 404


async def test_available_slots_are_those_where_both_are_free_and_a_table_is_free(
    world: World,
) -> None:
    session = await world.session(tables=1)
    anne, bart, carl, dora = [await world.person(n) for n in FOUR]
    slots = session["slots"]
    await world.book(anne, await world.request(anne, carl), slots[0]["id"])  # Anne busy in 0
    await world.client.put(
        f"{world.base}/me/unavailability",
        json={"slot_ids": [slots[1]["id"]]},
        headers=bearer(bart.token),
    )  # Bart unavailable in 1
    session_two = await world.session(name="Other", tables=1)
    await world.book(dora, await world.request(dora, carl), session_two["slots"][3]["id"])
    response = await world.client.get(
        f"{world.base}/slots/available", params={"with": bart.id}, headers=bearer(anne.token)
    )
    assert response.status_code == 200
    ids = [s["id"] for s in response.json()["items"]]
    two = session_two["slots"]
    # Time order across sessions; Anne's meeting blocks 14:00 in both sessions, Bart is out
    # of the first session's second slot, and the second session's last slot is full.
    assert ids == [two[1]["id"], slots[2]["id"], two[2]["id"], slots[3]["id"]]
    unknown = await world.client.get(
        f"{world.base}/slots/available", params={"with": 999999}, headers=bearer(anne.token)
    )
    assert unknown.status_code == 404
    assert unknown.json()["field"] == "with"


async def test_the_agenda_lists_my_meetings_in_time_order_with_partner_and_table(
    world: World,
) -> None:
    session = await world.session()
    anne = await world.person("Anne A", organisation="City of Liège")
    bart = await world.person("Bart B", organisation="Ghent Police")
    carl = await world.person("Carl C", organisation="Efus")
    slots = session["slots"]
    later = (await world.book(anne, await world.request(anne, bart), slots[2]["id"])).json()
    earlier = (await world.book(anne, await world.request(anne, carl), slots[0]["id"])).json()
    await world.client.delete(f"{world.base}/meetings/{later['id']}", headers=bearer(bart.token))
    response = await world.client.get(f"{world.base}/me/agenda", headers=bearer(anne.token))
    assert response.status_code == 200
    items = response.json()["items"]
    assert [i["meeting_id"] for i in items] == [earlier["id"], later["id"]]
    assert items[0]["partner"] == {"id": carl.id, "name": "Carl C", "organisation": "Efus"}
    assert items[0]["slot"] == slots[0]
    assert items[0]["table"] == earlier["table"]
    assert items[0]["status"] == "booked"
    assert items[1]["status"] == "cancelled"
    assert items[0]["slot"]["starts_at"] == "2030-03-20T14:00:00+01:00"


async def test_the_calendar_file_has_stable_uids_and_cancellations(world: World) -> None:
    session = await world.session()
    anne, bart, carl = [await world.person(n) for n in ("Anne A", "Bart B", "Carl C")]
    slots = session["slots"]
    kept = (await world.book(anne, await world.request(anne, bart), slots[0]["id"])).json()
    dropped = (await world.book(anne, await world.request(anne, carl), slots[1]["id"])).json()
    listed = await world.client.get(f"{world.base}/me/agenda", headers=bearer(anne.token))
    uid = {item["meeting_id"]: item["uid"] for item in listed.json()["items"]}
    # A random UUID per meeting: unique across events and installations, never reused.
    assert all(re.fullmatch(r"[0-9a-f-]{36}@matchmaker", value) for value in uid.values())
    first = await world.client.get(f"{world.base}/me/agenda.ics", headers=bearer(anne.token))
    assert first.status_code == 200
    assert first.headers["content-type"].startswith("text/calendar")
    await world.client.delete(f"{world.base}/meetings/{dropped['id']}", headers=bearer(anne.token))
    second = await world.client.get(f"{world.base}/me/agenda.ics", headers=bearer(anne.token))
    before = icalendar.Calendar.from_ical(first.content)
    after = icalendar.Calendar.from_ical(second.content)
    events_before = {str(e["uid"]): e for e in before.walk("VEVENT")}
    events_after = {str(e["uid"]): e for e in after.walk("VEVENT")}
    assert set(events_before) == set(events_after) == {uid[kept["id"]], uid[dropped["id"]]}
    kept_event = events_after[uid[kept["id"]]]
    dropped_event = events_after[uid[dropped["id"]]]
    assert str(kept_event["status"]) == "CONFIRMED"
    assert str(dropped_event["status"]) == "CANCELLED"
    assert int(dropped_event["sequence"]) > int(events_before[uid[dropped["id"]]]["sequence"])
    assert int(kept_event["sequence"]) == int(events_before[uid[kept["id"]]]["sequence"])
    start = kept_event.decoded("dtstart")
    assert start.isoformat() == "2030-03-20T14:00:00+01:00"
    assert kept_event["dtstart"].params["TZID"] == "Europe/Brussels"
    assert [tz["tzid"] for tz in after.walk("VTIMEZONE")] == ["Europe/Brussels"]
    assert "Bart B" in str(kept_event["summary"])
    assert kept["table"]["label"] in str(kept_event["location"])
