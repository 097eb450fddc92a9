"""The console's home checklist reads the event's real state; the setup page changes the
event's details through the events service, and the change shows at once."""

from __future__ import annotations

import re

from pages.page_world import CONSOLE, SLUG, World

from matchmaker.organiser.checklist import event_checklist


def statuses(html: str) -> dict[str, str]:
    """Each checklist step's title and its status word, from the page."""
    found = re.findall(
        r"<strong>([^<]+)</strong>.*?<span class=\"status status-\w+\">([^<]+)</span>",
        html,
        flags=re.S,
    )
    return dict(found)


async def test_the_checklist_follows_what_is_stored(world: World) -> None:
    owner = await world.console()
    home = await owner.get(f"{CONSOLE}/")
    assert statuses(home.text) == {
        "Event details": "Done",
        "Attendees imported": "To do",
        "Sessions and tables": "Done",  # the world has a session with two tables
        "Match settings": "To do",
        "Invitations sent": "To do",
        "Meeting requests open": "To do",
        "Schedule applied": "To do",
    }
    assert "1 session, 2 tables, 3 slots" in home.text
    await world.person("Anne Dupont")  # signed in through a personal link
    items = {item.key: item for item in await event_checklist(world.db, world.event_id)}
    assert items["attendees"].done
    assert items["invitations"].done
    assert items["invitations"].figures == {"invited": 1, "attendees": 1}
    home = await owner.get(f"{CONSOLE}/")
    assert "1 of 1 attendees have a sign-in link." in home.text
    french = await world.console("fr")
    assert "Liste de contrôle" in (await french.get(f"{CONSOLE}/")).text


async def test_the_setup_page_renames_the_event_and_moves_its_timezone(world: World) -> None:
    owner = await world.console()
    form = await owner.get(f"{CONSOLE}/setup")
    assert '<option value="Europe/Brussels" selected>' in form.text
    saved = await owner.post(
        f"{CONSOLE}/setup", {"name": "SDC 2024 — Brussels", "timezone": "Europe/Lisbon"}
    )
    assert saved.status_code == 200
    assert "The event details are saved." in saved.text
    event = await world.api.get(f"/api/v1/events/{SLUG}")
    assert event.json()["name"] == "SDC 2024 — Brussels"
    assert event.json()["timezone"] == "Europe/Lisbon"
    entry = await world.db.fetchrow("select action, details from audit_log order by id desc")
    assert entry["action"] == "event.updated"


async def test_bad_details_are_refused_and_nothing_changes(world: World) -> None:
    owner = await world.console()
    for values, message in [
        ({"name": "", "timezone": "Europe/Brussels"}, "Enter the event"),
        ({"name": "SDC", "timezone": "Mars/Olympus"}, "Choose a timezone from the list."),
        ({"name": "x\x00y", "timezone": "Europe/Brussels"}, "Enter the event"),
    ]:
        answer = await owner.post(f"{CONSOLE}/setup", values)
        assert answer.status_code == 400
        assert message in answer.text
    row = await world.db.fetchrow("select name, timezone from events")
    assert tuple(row) == ("Security, Democracy & Cities", "Europe/Brussels")


async def test_organisers_add_organisation_types_on_the_setup_page(world: World) -> None:
    owner = await world.console()
    added = await owner.post(f"{CONSOLE}/setup/organisation-types", {"label": "Fire brigade"})
    assert added.status_code == 200
    assert "Fire brigade was added to the organisation types." in added.text
    assert "(fire_brigade)" in added.text
    types = await world.api.get(f"/api/v1/events/{SLUG}/organisation-types")
    assert types.json()["items"][-1] == {"slug": "fire_brigade", "label": "Fire brigade"}
    again = await owner.post(f"{CONSOLE}/setup/organisation-types", {"label": "Fire Brigade!"})
    assert again.status_code == 409
    assert "The event already has this organisation type." in again.text
    blank = await owner.post(f"{CONSOLE}/setup/organisation-types", {"label": "¿?"})
    assert blank.status_code == 400
    # An attendee of the event may now choose it on their profile.
    anne = await world.person("Anne Dupont")
    profile = await anne.visitor.get(f"/e/{SLUG}/me/profile")
    assert '<option value="fire_brigade"' in profile.text
