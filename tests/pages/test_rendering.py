"""How pages answer: no GET changes anything stored, htmx gets fragments where it asks for
them and whole pages otherwise, and French readers get French pages with French dates in
the event's timezone."""

from __future__ import annotations

import re
from typing import Any

import asyncpg
from pages.page_world import SLUG, World

# Every table a page could write to, compared whole before and after the GETs.
TABLES = (
    "attendees",
    "attendee_onboarding",
    "attendee_unavailability",
    "blocks",
    "calendar_feeds",
    "dismissals",
    "meeting_requests",
    "meetings",
    "meeting_participants",
    "signin_links",
    "web_sessions",
    "app_secrets",
)


async def everything(db: asyncpg.Connection) -> dict[str, list[Any]]:
    return {
        # Table names come from the constant above, never from input.
        table: [tuple(r) for r in await db.fetch(f"select * from {table} order by 1, 2")]  # noqa: S608
        for table in TABLES
    }


async def a_booked_meeting(world: World) -> tuple[Any, Any, int]:
    anne = await world.person("Anne Dupont")
    bart = await world.person("Bart Peeters")
    slot = world.session["slots"][0]["id"]
    await anne.visitor.post(
        f"/e/{SLUG}/people/{bart.id}/request",
        {"message": "Shall we?", "preferred_slot_ids": [str(slot)]},
    )
    request_id = await world.db.fetchval("select id from meeting_requests")
    await bart.visitor.post(f"/e/{SLUG}/requests/{request_id}/accept", {"slot_id": str(slot)})
    meeting_id = await world.db.fetchval("select id from meetings")
    return anne, bart, meeting_id


async def test_no_get_changes_anything(world: World) -> None:
    anne, bart, meeting_id = await a_booked_meeting(world)
    await world.app.state.matchers.settled()
    carl = await world.person("Carl Jansen", onboarded=False, topics=[])
    link_page = f"/e/{SLUG}/signin/not-a-real-token"
    pages = [
        "/",
        "/people",
        "/people?q=night+mediators&country=BE",
        f"/people/{bart.id}",
        f"/people/{bart.id}/request",
        f"/people/{bart.id}/block",
        "/requests",
        "/schedule",
        "/schedule/print",
        f"/schedule/{meeting_id}/cancel",
        f"/schedule/{meeting_id}/meeting.ics",
        "/me",
        "/me/profile",
        "/me/availability",
        "/me/erase",
        "/me/export.json",
        "/signin",
        "/goodbye",
    ]
    await anne.visitor.get(f"/e/{SLUG}/")  # flashes from the set-up are shown (and gone)
    before = await everything(world.db)
    for path in pages:
        answer = await anne.visitor.get(f"/e/{SLUG}{path}")
        assert answer.status_code == 200, path
        assert "mm_session" not in answer.headers.get("set-cookie", ""), path
    assert (await carl.visitor.get(f"/e/{SLUG}/welcome")).status_code == 200
    assert (await (await world.visitor()).get(link_page)).status_code == 200
    assert await everything(world.db) == before


async def test_htmx_gets_fragments_and_browsers_get_pages(world: World) -> None:
    anne = await world.person("Anne Dupont")
    bart = await world.person("Bart Peeters")
    await world.app.state.matchers.settled()
    htmx = {"HX-Request": "true"}

    full = await anne.visitor.get(f"/e/{SLUG}/people", params={"q": "mediators"})
    assert full.text.startswith("<!doctype html>")
    assert 'aria-label="Main"' in full.text
    fragment = await anne.visitor.get(f"/e/{SLUG}/people", params={"q": "mediators"}, headers=htmx)
    assert fragment.text.lstrip().startswith('<section id="people-results"')
    assert "<html" not in fragment.text
    boosted = await anne.visitor.get(f"/e/{SLUG}/people", headers={**htmx, "HX-Boosted": "true"})
    assert boosted.text.startswith("<!doctype html>")

    swapped = await anne.visitor.post(f"/e/{SLUG}/people/{bart.id}/dismiss", headers=htmx)
    assert swapped.status_code == 200
    assert swapped.text.lstrip().startswith(f'<li class="card" id="person-{bart.id}">')
    assert "will not be suggested again" in swapped.text
    assert f"/people/{bart.id}/undismiss" in swapped.text
    restored = await anne.visitor.post(f"/e/{SLUG}/people/{bart.id}/undismiss", headers=htmx)
    assert "<html" not in restored.text
    assert "may be suggested again" in restored.text

    plain = await anne.visitor.post(
        f"/e/{SLUG}/people/{bart.id}/dismiss", {"next": f"/e/{SLUG}/"}, follow_redirects=False
    )
    assert plain.status_code == 303
    assert plain.headers["location"] == f"/e/{SLUG}/"
    # A "next" address pointing elsewhere is never followed.
    await anne.visitor.post(f"/e/{SLUG}/people/{bart.id}/undismiss")
    away = await anne.visitor.post(
        f"/e/{SLUG}/people/{bart.id}/dismiss", {"next": "//evil.example/"}, follow_redirects=False
    )
    assert away.headers["location"] == f"/e/{SLUG}/people"


async def test_french_readers_get_french_pages_and_dates(world: World) -> None:
    anne, _bart, _ = await a_booked_meeting(world)
    marie = await world.person("Marie Lefèvre", language="fr-BE,fr;q=0.9")
    today = await marie.visitor.get(f"/e/{SLUG}/")
    assert '<html lang="fr">' in today.text
    assert "Aujourd'hui" in today.text
    assert "Personnes" in today.text
    assert "Agenda" in today.text
    assert "Heures : heure d’Europe centrale" in today.text
    assert today.headers["content-language"] == "fr"
    # Reasons are worded from the matcher's reasons as data, in the reader's language.
    await world.app.state.matchers.settled()
    french = await marie.visitor.get(f"/e/{SLUG}/people")
    assert "Vous travaillez tous deux sur : Nightlife" in french.text
    assert "Both work on" not in french.text
    in_english = await anne.visitor.get(f"/e/{SLUG}/people/{marie.id}")
    assert "Both work on Nightlife" in in_english.text

    schedule = await anne.visitor.get(f"/e/{SLUG}/schedule", headers={"Accept-Language": "fr"})
    day_names = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    assert re.search(rf"<h2 id=\"day-[\d-]+\">({day_names}) \d+ \w+", schedule.text)
    assert re.search(r"\d\d:\d\d–\d\d:\d\d CES?T", schedule.text)  # 24-hour clock, zone label
    assert "Réservé" in schedule.text
    assert "Table :" in schedule.text

    # The switcher wins over the browser's language, for the rest of the visit.
    switched = await anne.visitor.post(
        f"/e/{SLUG}/language", {"language": "fr", "next": f"/e/{SLUG}/requests"}
    )
    assert "Demandes" in switched.text
    assert "Historique" in switched.text
    english = await anne.visitor.post(
        f"/e/{SLUG}/language", {"language": "en", "next": f"/e/{SLUG}/"}
    )
    assert "Your next meeting" in english.text
