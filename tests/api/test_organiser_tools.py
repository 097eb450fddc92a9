"""Organiser tools: the auto-scheduler, the dashboard and the exports. Every schedule is
checked by an independent validity checker written here, not by the scheduler's own code."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from typing import Any

import asyncpg
from litestar import Litestar
from litestar.testing import AsyncTestClient

from conftest import bearer, organiser

Client = AsyncTestClient[Litestar]


async def _session(client: Client, slug: str, slots: int = 4, tables: int = 2) -> dict[str, Any]:
    response = await client.post(
        f"/api/v1/events/{slug}/sessions",
        json={
            "name": "Speed networking",
            "starts_at": "2027-03-21T10:00:00+01:00",
            "ends_at": f"2027-03-21T{10 + slots * 20 // 60:02d}:{slots * 20 % 60:02d}:00+01:00",
            "slot_minutes": 20,
            "tables": tables,
        },
        headers=organiser(),
    )
    assert response.status_code == 201, response.text
    session: dict[str, Any] = response.json()
    assert len(session["slots"]) == slots
    return session


async def _accepted(client: Client, slug: str, sender: str, to: int) -> int:
    sent = await client.post(
        f"/api/v1/events/{slug}/meeting-requests",
        json={"to": to, "message": "Let us meet"},
        headers=bearer(sender),
    )
    assert sent.status_code == 201, sent.text
    return int(sent.json()["id"])


async def _accept(client: Client, slug: str, token: str, request_id: int) -> None:
    response = await client.post(
        f"/api/v1/events/{slug}/meeting-requests/{request_id}/accept",
        json={},
        headers=bearer(token),
    )
    assert response.status_code == 200, response.text


async def check_valid(db: asyncpg.Connection) -> None:
    """Nobody twice at one time, no table twice in a slot, nobody in a slot they marked
    unavailable — read straight from the tables."""
    rows = await db.fetch(
        """
        select m.id, m.slot_id, m.table_id, p.attendee_id
        from meetings m join meeting_participants p on p.meeting_id = m.id
        where m.status = 'booked'
        """
    )
    people_in_slot: dict[tuple[int, int], set[int]] = defaultdict(set)
    tables_in_slot: dict[tuple[int, int], set[int]] = defaultdict(set)
    for row in rows:
        people_in_slot[(row["slot_id"], row["attendee_id"])].add(row["id"])
        tables_in_slot[(row["slot_id"], row["table_id"])].add(row["id"])
    assert all(len(ids) == 1 for ids in people_in_slot.values())
    assert all(len(ids) == 1 for ids in tables_in_slot.values())
    unavailable = {
        (r["slot_id"], r["attendee_id"])
        for r in await db.fetch("select slot_id, attendee_id from attendee_unavailability")
    }
    assert not unavailable & set(people_in_slot)


async def test_accepted_requests_are_all_placed_validly(
    client: Client, event_slug: str, create_attendee: Any, db: asyncpg.Connection
) -> None:
    session = await _session(client, event_slug, slots=3, tables=2)
    people = [await create_attendee(f"Person {i}") for i in range(5)]
    # Person 0 meets everyone: four meetings but three slots, so one cannot be placed.
    requests = []
    for other_id, other_token in people[1:]:
        request_id = await _accepted(client, event_slug, people[0][1], other_id)
        await _accept(client, event_slug, other_token, request_id)
        requests.append(request_id)
    # Person 1 cannot meet in the first slot.
    await client.put(
        f"/api/v1/events/{event_slug}/me/unavailability",
        json={"slot_ids": [session["slots"][0]["id"]]},
        headers=bearer(people[1][1]),
    )
    response = await client.post(
        f"/api/v1/events/{event_slug}/sessions/{session['id']}/schedule",
        json={"dry_run": False, "include_suggestions": False, "time_limit_seconds": 5},
        headers=organiser(),
    )
    assert response.status_code == 200, response.text
    outcome = response.json()
    assert outcome["placed"] == 3
    assert outcome["unplaced"] == 1
    assert await db.fetchval("select count(*) from meetings where status = 'booked'") == 3
    await check_valid(db)


async def test_a_dry_run_writes_nothing(
    client: Client, event_slug: str, create_attendee: Any, db: asyncpg.Connection
) -> None:
    session = await _session(client, event_slug)
    (a_id, a), (b_id, b) = await create_attendee("Anne A"), await create_attendee("Bob B")
    await _accept(client, event_slug, b, await _accepted(client, event_slug, a, b_id))
    response = await client.post(
        f"/api/v1/events/{event_slug}/sessions/{session['id']}/schedule",
        json={"dry_run": True, "time_limit_seconds": 5},
        headers=organiser(),
    )
    assert response.status_code == 200
    plan = response.json()
    assert plan["dry_run"] is True
    assert plan["placed"] >= 1
    assert sorted(plan["meetings"][0]["participants"]) == sorted([a_id, b_id])
    assert await db.fetchval("select count(*) from meetings") == 0


async def test_existing_bookings_are_kept_and_never_doubled(
    client: Client, event_slug: str, create_attendee: Any, db: asyncpg.Connection
) -> None:
    session = await _session(client, event_slug, slots=2, tables=1)
    (_a_id, a), (b_id, b), (c_id, c) = [await create_attendee(f"P {n}") for n in "abc"]
    booked = await _accepted(client, event_slug, a, b_id)
    await _accept(client, event_slug, b, booked)
    first_slot = session["slots"][0]["id"]
    made = await client.post(
        f"/api/v1/events/{event_slug}/meetings",
        json={"request_id": booked, "slot_id": first_slot},
        headers=bearer(a),
    )
    assert made.status_code == 201, made.text
    await _accept(client, event_slug, c, await _accepted(client, event_slug, a, c_id))
    response = await client.post(
        f"/api/v1/events/{event_slug}/sessions/{session['id']}/schedule",
        json={"include_suggestions": False, "time_limit_seconds": 5},
        headers=organiser(),
    )
    assert response.status_code == 200, response.text
    assert response.json()["placed"] == 1
    assert response.json()["meetings"][0]["slot"]["id"] == session["slots"][1]["id"]
    assert (
        await db.fetchval(
            "select slot_id from meetings where request_id = $1 and status = 'booked'", booked
        )
        == first_slot
    )
    await check_valid(db)


async def test_mutual_suggestions_fill_free_tables(
    client: Client, event_slug: str, create_attendee: Any, db: asyncpg.Connection
) -> None:
    session = await _session(client, event_slug, slots=2, tables=2)
    for i in range(4):
        await create_attendee(
            f"Person {i}", seeking="night mediation bars", offering="night mediation bars"
        )
    await client.app.state.matchers.settled()
    response = await client.post(
        f"/api/v1/events/{event_slug}/sessions/{session['id']}/schedule",
        json={"time_limit_seconds": 5},
        headers=organiser(),
    )
    assert response.status_code == 200, response.text
    outcome = response.json()
    assert outcome["placed"] >= 2
    assert all(m["source"] == "suggestion" for m in outcome["meetings"])
    await check_valid(db)


async def test_dashboard_and_exports(client: Client, event_slug: str, create_attendee: Any) -> None:
    session = await _session(client, event_slug, slots=2, tables=1)
    (_a_id, a), (b_id, b) = await create_attendee("Anne A"), await create_attendee("Bob B")
    await create_attendee("Carl Alone")
    request_id = await _accepted(client, event_slug, a, b_id)
    await _accept(client, event_slug, b, request_id)
    await client.post(
        f"/api/v1/events/{event_slug}/meetings",
        json={"request_id": request_id, "slot_id": session["slots"][0]["id"]},
        headers=bearer(a),
    )
    stats = (await client.get(f"/api/v1/events/{event_slug}/stats", headers=organiser())).json()
    assert stats["attendees_total"] == 3
    assert stats["meetings_booked"] == 1
    assert stats["requests"]["sent"] == 1
    assert stats["requests"]["accepted"] == 1
    assert stats["attendees_without_meeting"] == 1
    assert [s["meetings_booked"] for s in stats["slots"]] == [1, 0]
    assert stats["slots"][0]["table_use"] == 1.0
    assert stats["top_topics"][0]["slug"] == "nightlife"

    plan = await client.get(
        f"/api/v1/events/{event_slug}/sessions/{session['id']}/table-plan.csv",
        headers=organiser(),
    )
    assert plan.status_code == 200
    assert plan.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(plan.text)))
    assert len(rows) == 1
    assert {rows[0]["attendee_a"], rows[0]["attendee_b"]} == {"Anne A", "Bob B"}
    assert rows[0]["slot_start"].endswith("+01:00")  # the event's timezone
    everything = await client.get(f"/api/v1/events/{event_slug}/meetings.csv", headers=organiser())
    assert len(list(csv.DictReader(io.StringIO(everything.text)))) == 1
    refused = await client.get(f"/api/v1/events/{event_slug}/stats", headers=bearer(a))
    assert refused.status_code == 401
