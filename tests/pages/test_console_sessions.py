"""Sessions and tables in the console: capacity is slots × tables, sessions are added in the
event's timezone through the sessions service, tables are added, and removing a table says
what it would affect — one with a booked meeting is refused, so no meeting is lost."""

from __future__ import annotations

from pages.page_world import CONSOLE, SLUG, World

from conftest import bearer, organiser


async def book_a_meeting(world: World) -> int:
    """Anne asks Bart, Bart accepts in the first slot; returns the meeting's table id."""
    anne = await world.person("Anne Dupont")
    bart = await world.person("Bart Peeters")
    asked = await world.api.post(
        f"/api/v1/events/{SLUG}/meeting-requests",
        json={"to": bart.id, "message": "Shall we meet?"},
        headers=bearer(anne.token),
    )
    assert asked.status_code == 201, asked.text
    accepted = await world.api.post(
        f"/api/v1/events/{SLUG}/meeting-requests/{asked.json()['id']}/accept",
        json={"slot_id": world.session["slots"][0]["id"]},
        headers=bearer(bart.token),
    )
    assert accepted.status_code == 200, accepted.text
    return int(accepted.json()["meeting"]["table"]["id"])


async def test_sessions_show_their_capacity_and_bookings(world: World) -> None:
    await book_a_meeting(world)
    owner = await world.console()
    page = await owner.get(f"{CONSOLE}/sessions")
    assert page.status_code == 200
    assert "Capacity: 6 meetings (3 slots × 2 tables), 1 booked." in page.text
    assert "Table 1 — foyer" in page.text


async def test_a_session_is_added_in_the_event_s_timezone(world: World) -> None:
    owner = await world.console()
    added = await owner.post(
        f"{CONSOLE}/sessions",
        {
            "name": "Afternoon networking",
            "day": "2030-03-21",
            "start": "14:00",
            "end": "15:30",
            "slot_minutes": "30",
            "tables": "4",
        },
    )
    assert "The session Afternoon networking was added." in added.text
    assert "Capacity: 12 meetings (3 slots × 4 tables), 0 booked." in added.text
    listed = (await world.api.get(f"/api/v1/events/{SLUG}/sessions", headers=organiser())).json()
    assert any(s["starts_at"] == "2030-03-21T14:00:00+01:00" for s in listed["items"]), listed
    refused = await owner.post(
        f"{CONSOLE}/sessions",
        {
            "name": "Backwards",
            "day": "2030-03-21",
            "start": "15:00",
            "end": "14:00",
            "slot_minutes": "30",
            "tables": "4",
        },
    )
    assert refused.status_code == 409
    assert "Enter an end time after the start time." in refused.text


async def test_tables_are_added_and_an_unbooked_one_removed(world: World) -> None:
    owner = await world.console()
    session_id = world.session["id"]
    added = await owner.post(f"{CONSOLE}/sessions/{session_id}/tables", {"count": "2"})
    assert "2 tables added." in added.text
    assert "3 slots × 4 tables" in added.text
    table_id = world.session["tables"][1]["id"]
    confirm = await owner.get(f"{CONSOLE}/sessions/{session_id}/tables/{table_id}/remove")
    assert "No meeting is booked at this table" in confirm.text
    removed = await owner.post(f"{CONSOLE}/sessions/{session_id}/tables/{table_id}/remove")
    assert "Table 2 — foyer was removed." in removed.text
    assert "3 slots × 3 tables" in removed.text


async def test_a_table_with_a_booked_meeting_is_never_removed(world: World) -> None:
    table_id = await book_a_meeting(world)
    owner = await world.console()
    session_id = world.session["id"]
    confirm = await owner.get(f"{CONSOLE}/sessions/{session_id}/tables/{table_id}/remove")
    assert "1 booked meeting uses this table." in confirm.text
    assert "<button" not in confirm.text.split("<main", 1)[1].split("</main>")[0]
    refused = await owner.post(f"{CONSOLE}/sessions/{session_id}/tables/{table_id}/remove")
    assert "was not removed: 1 booked meeting uses it." in refused.text
    assert await world.db.fetchval("select count(*) from meetings where status = 'booked'") == 1
