"""Attendees in the console: search and filters over the real state, an attendee's page that
saves through the same rules as the API, a fresh sign-in link to pass on, and erasure that
only owners may do, after confirming."""

from __future__ import annotations

import re

from pages.page_world import CONSOLE, SLUG, World

from conftest import organiser
from matchmaker.organiser.roster import RosterFilters, roster

# The profile form as a browser sends it: every field, lists as repeated values.
FORM = {
    "email": "anne.dupont@example.org",
    "name": "Anne Dupont",
    "role": "Prevention officer",
    "organisation": "City of Dupont",
    "organisation_type": "local_authority",
    "city": "Liège",
    "country": "BE",
    "languages": ["fr", "en"],
    "topics": ["nightlife"],
    "seeking": "ways to reduce conflicts around bars at night",
    "offering": "our experience with night mediators",
    "bio": "Works for the city.",
}


async def test_search_and_filters_find_the_right_people(world: World) -> None:
    anne = await world.person("Anne Dupont")  # signed in, onboarded, consented
    await world.person("Bart Peeters", onboarded=False, consent=False)
    await world.api.post(
        f"/api/v1/events/{SLUG}/attendees/import",
        content=b"name,email,organisation\nCarla Rossi,carla@comune.example,Comune di Torino\n",
        headers={**organiser(), "content-type": "text/csv"},
    )
    owner = await world.console()
    listing = await owner.get(f"{CONSOLE}/attendees")
    assert "3 attendees found" in listing.text
    names = re.findall(r'/console/attendees/\d+">([^<]+)</a>', listing.text)
    assert names == ["Anne Dupont", "Bart Peeters", "Carla Rossi"]
    torino = await owner.get(f"{CONSOLE}/attendees", params={"q": "torino"})
    assert re.findall(r'/console/attendees/\d+">([^<]+)</a>', torino.text) == ["Carla Rossi"]
    for params, expected in [
        ({"consent": "no"}, ["Bart Peeters", "Carla Rossi"]),
        ({"signed_in": "no"}, ["Carla Rossi"]),
        ({"complete": "yes"}, ["Anne Dupont"]),
        ({"no_meetings": "yes", "signed_in": "yes"}, ["Anne Dupont", "Bart Peeters"]),
        ({"q": "100%_"}, []),
    ]:
        page = await owner.get(f"{CONSOLE}/attendees", params=params)
        assert re.findall(r'/console/attendees/\d+">([^<]+)</a>', page.text) == expected, params
    found = await roster(world.db, world.event_id, RosterFilters(query="anne"))
    assert [(row.id, row.signed_in, row.meetings) for row in found.rows] == [(anne.id, True, 0)]


async def test_an_organiser_edits_a_profile_with_the_api_s_rules(world: World) -> None:
    anne = await world.person("Anne Dupont")
    bart = await world.person("Bart Peeters")
    _, claire = await world.team_member("Claire Martin")  # staff may edit
    page = await claire.get(f"{CONSOLE}/attendees/{anne.id}")
    assert page.status_code == 200
    assert "Erase Anne Dupont" not in page.text  # owners only
    saved = await claire.post(
        f"{CONSOLE}/attendees/{anne.id}",
        {**FORM, "email": "anne@liege.example", "name": "Anne Dupont-Leroy", "role": "Mayor"},
    )
    assert "The profile of Anne Dupont-Leroy is saved." in saved.text
    me = await world.api.get(
        f"/api/v1/events/{SLUG}/me", headers={"Authorization": f"Bearer {anne.token}"}
    )
    assert (me.json()["email"], me.json()["role"]) == ("anne@liege.example", "Mayor")
    taken = await claire.post(
        f"{CONSOLE}/attendees/{anne.id}", {**FORM, "email": "bart.peeters@example.org"}
    )
    assert taken.status_code == 409
    assert "Another attendee already uses this e-mail address." in taken.text
    wrong_type = await claire.post(
        f"{CONSOLE}/attendees/{anne.id}", {**FORM, "organisation_type": "cartel"}
    )
    assert wrong_type.status_code == 404
    assert bart.id
    row = await world.db.fetchrow(
        "select name, organisation_type from attendees where id = $1", anne.id
    )
    assert tuple(row) == ("Anne Dupont-Leroy", "local_authority")
    # The page says what was refused, next to the field.
    assert 'href="#field-organisation_type"' in wrong_type.text
    entry = await world.db.fetchrow("select action, details from audit_log order by id desc")
    assert entry["action"] == "attendee.updated"


async def test_a_new_sign_in_link_is_shown_to_copy(world: World) -> None:
    anne = await world.person("Anne Dupont")
    owner = await world.console()
    shown = await owner.post(f"{CONSOLE}/attendees/{anne.id}/link")
    url = re.search(r'id="attendee-link">http://127.0.0.1:8000(\S+)</p>', shown.text)
    assert url is not None
    browser = await world.visitor()
    assert "Continue as Anne Dupont" in (await browser.get(url.group(1))).text


async def test_only_owners_erase_and_only_after_confirming(world: World) -> None:
    anne = await world.person("Anne Dupont")
    _, claire = await world.team_member("Claire Martin")
    assert (await claire.get(f"{CONSOLE}/attendees/{anne.id}/erase")).status_code == 403
    assert (
        await claire.post(f"{CONSOLE}/attendees/{anne.id}/erase", {"confirm": "yes"})
    ).status_code == 403
    owner = await world.console()
    unconfirmed = await owner.post(f"{CONSOLE}/attendees/{anne.id}/erase")
    assert unconfirmed.status_code == 400
    assert await world.db.fetchval("select count(*) from attendees where id = $1", anne.id) == 1
    erased = await owner.post(f"{CONSOLE}/attendees/{anne.id}/erase", {"confirm": "yes"})
    assert "The attendee and all their data were erased." in erased.text
    assert await world.db.fetchval("select count(*) from attendees where id = $1", anne.id) == 0
    entry = await world.db.fetchrow("select action, details::text from audit_log order by id desc")
    assert entry["action"] == "attendee.erased"
    assert "Anne" not in entry["details"]
    assert (await owner.get(f"{CONSOLE}/attendees/{anne.id}")).status_code == 404
