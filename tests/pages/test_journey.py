"""An attendee's way through the app with the test client: onboarding asks only what the
import left empty, a request with a message and preferred times, the other accepts by
choosing a time and both see the table, the calendar feed follows a cancellation, and
erasing ends everything."""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

import icalendar
from pages.page_world import SLUG, World


async def test_onboarding_asks_only_what_the_import_left_empty(world: World) -> None:
    anne = await world.person(
        "Anne Dupont", onboarded=False, consent=False, role="", bio="", topics=[], offering=""
    )
    home = await anne.visitor.get(f"/e/{SLUG}/", follow_redirects=False)
    assert home.headers["location"] == f"/e/{SLUG}/welcome"

    consent = await anne.visitor.get(f"/e/{SLUG}/welcome")
    assert "Take part in matchmaking?" in consent.text
    assert "How your data is used" in consent.text
    assert re.search(r'name="consent" value="yes"(?! checked)', consent.text)  # not pre-ticked
    await anne.visitor.post(f"/e/{SLUG}/welcome/consent", {"consent": "yes"})

    profile = await anne.visitor.get(f"/e/{SLUG}/welcome")
    assert "About you" in profile.text
    assert 'name="role"' in profile.text
    assert 'name="bio"' in profile.text
    # Imported answers are not asked again.
    for imported in ("organisation", "city", "country", "languages"):
        assert f'name="{imported}"' not in profile.text
    refused = await anne.visitor.post(f"/e/{SLUG}/welcome/profile", {"role": "x" * 201})
    assert refused.status_code == 422
    assert "at most 200 characters" in refused.text
    await anne.visitor.post(f"/e/{SLUG}/welcome/profile", {"role": "Mediator", "bio": ""})

    topics = await anne.visitor.get(f"/e/{SLUG}/welcome")
    assert 'name="topics"' in topics.text
    await anne.visitor.post(f"/e/{SLUG}/welcome/topics", {"topics": ["nightlife", "drugs"]})

    needs = await anne.visitor.get(f"/e/{SLUG}/welcome")
    assert 'name="offering"' in needs.text
    assert 'name="seeking"' not in needs.text
    assert "characters" in needs.text  # the counter's text
    await anne.visitor.post(f"/e/{SLUG}/welcome/needs", {"offering": "night mediators"})

    availability = await anne.visitor.get(f"/e/{SLUG}/welcome")
    assert "When can you meet?" in availability.text
    slots = [slot["id"] for slot in world.session["slots"]]
    done = await anne.visitor.post(
        f"/e/{SLUG}/welcome/availability",
        {"available": [str(s) for s in slots[1:]]},
        follow_redirects=False,
    )
    assert done.headers["location"] == f"/e/{SLUG}/"
    today = await anne.visitor.get(f"/e/{SLUG}/")
    assert "You are all set" in today.text

    me = await world.db.fetchrow("select role, topics, offering, consent from attendees")
    assert dict(me) == {
        "role": "Mediator",
        "topics": ["nightlife", "drugs"],
        "offering": "night mediators",
        "consent": True,
    }
    assert [
        r["slot_id"] for r in await world.db.fetch("select slot_id from attendee_unavailability")
    ] == [slots[0]]


async def test_request_accept_schedule_calendar_cancel_and_erase(world: World) -> None:
    anne = await world.person("Anne Dupont")
    bart = await world.person("Bart Peeters", organisation="Ghent Police", city="Ghent")
    await world.app.state.matchers.settled()

    people = await anne.visitor.get(f"/e/{SLUG}/people")
    assert "Bart Peeters" in people.text
    assert 'class="reasons"' in people.text  # each suggestion says why

    person = await anne.visitor.get(f"/e/{SLUG}/people/{bart.id}")
    assert "Why we suggest Bart Peeters" in person.text
    assert "Times you are both free:" in person.text

    form = await anne.visitor.get(f"/e/{SLUG}/people/{bart.id}/request")
    assert "You have 0 open requests; this event allows 20 at a time." in form.text
    slots = world.session["slots"]
    sent = await anne.visitor.post(
        f"/e/{SLUG}/people/{bart.id}/request",
        {"message": "Night mediators?", "preferred_slot_ids": [str(slots[1]["id"])]},
        follow_redirects=False,
    )
    assert sent.status_code == 303
    outbox = await anne.visitor.get(f"/e/{SLUG}/requests")
    assert "Request sent to Bart Peeters." in outbox.text
    assert "Withdraw" in outbox.text

    inbox = await bart.visitor.get(f"/e/{SLUG}/requests")
    assert "Night mediators?" in inbox.text
    assert "(proposed)" in inbox.text
    request_id = await world.db.fetchval("select id from meeting_requests")
    accepted = await bart.visitor.post(
        f"/e/{SLUG}/requests/{request_id}/accept", {"slot_id": str(slots[1]["id"])}
    )
    assert "Meeting booked with Anne Dupont" in accepted.text
    assert "Table" in accepted.text

    for visitor, partner in ((anne.visitor, "Bart Peeters"), (bart.visitor, "Anne Dupont")):
        schedule = await visitor.get(f"/e/{SLUG}/schedule")
        assert partner in schedule.text
        assert re.search(r"Table [12] — foyer", schedule.text)
        assert "Booked" in schedule.text
        today = await visitor.get(f"/e/{SLUG}/")
        assert "Your next meeting" in today.text
        assert partner in today.text

    schedule = await anne.visitor.get(f"/e/{SLUG}/schedule")
    feed_url = re.search(r'id="feed-url">([^<]+)<', schedule.text).group(1)  # type: ignore[union-attr]
    address = urlsplit(html.unescape(feed_url))
    assert address.scheme == "http"
    assert address.path.endswith("/meetings.ics")
    feed_path = f"{address.path}?{address.query}"
    feed_reader = await world.visitor()  # a calendar server: no cookies, no session
    first = icalendar.Calendar.from_ical((await feed_reader.get(feed_path)).content)
    (entry,) = first.walk("VEVENT")
    assert str(entry["status"]) == "CONFIRMED"
    assert "Bart Peeters" in str(entry["summary"])

    meeting_id = await world.db.fetchval("select id from meetings")
    one = await anne.visitor.get(f"/e/{SLUG}/schedule/{meeting_id}/meeting.ics")
    assert one.headers["content-type"].startswith("text/calendar")
    assert str(icalendar.Calendar.from_ical(one.content).walk("VEVENT")[0]["uid"]) == str(
        entry["uid"]
    )

    await bart.visitor.post(f"/e/{SLUG}/schedule/{meeting_id}/cancel", {"note": "Train delayed"})
    after = icalendar.Calendar.from_ical((await feed_reader.get(feed_path)).content)
    (cancelled,) = after.walk("VEVENT")
    assert str(cancelled["uid"]) == str(entry["uid"])
    assert str(cancelled["status"]) == "CANCELLED"
    assert int(cancelled["sequence"]) > int(entry["sequence"])
    assert "Train delayed" in (await anne.visitor.get(f"/e/{SLUG}/schedule")).text

    export = await anne.visitor.get(f"/e/{SLUG}/me/export.json")
    assert export.json()["profile"]["name"] == "Anne Dupont"
    not_confirmed = await anne.visitor.post(f"/e/{SLUG}/me/erase", {})
    assert not_confirmed.status_code == 422
    erased = await anne.visitor.post(f"/e/{SLUG}/me/erase", {"confirm": "yes"})
    assert "Your data has been erased" in erased.text
    assert await world.db.fetchval("select count(*) from attendees where id = $1", anne.id) == 0
    gone = await anne.visitor.get(f"/e/{SLUG}/", follow_redirects=False)
    assert gone.headers["location"] == f"/e/{SLUG}/signin"
    assert (await feed_reader.get(feed_path)).status_code == 404


async def test_dismiss_undo_block_and_unblock(world: World) -> None:
    anne = await world.person("Anne Dupont")
    bart = await world.person("Bart Peeters")
    await world.app.state.matchers.settled()
    dismissed = await anne.visitor.post(
        f"/e/{SLUG}/people/{bart.id}/dismiss", {"next": f"/e/{SLUG}/people"}
    )
    assert "Bart Peeters will not be suggested again." in dismissed.text
    assert f'action="/e/{SLUG}/people/{bart.id}/undismiss"' in dismissed.text  # the undo
    assert 'id="person-' not in dismissed.text
    undone = await anne.visitor.post(f"/e/{SLUG}/people/{bart.id}/undismiss", {})
    assert "Bart Peeters may be suggested again." in undone.text
    assert f'id="person-{bart.id}"' in undone.text

    confirm = await anne.visitor.get(f"/e/{SLUG}/people/{bart.id}/block")
    assert "Block Bart Peeters?" in confirm.text
    assert await world.db.fetchval("select count(*) from blocks") == 0
    await anne.visitor.post(f"/e/{SLUG}/people/{bart.id}/block")
    assert await world.db.fetchval("select count(*) from blocks") == 1
    # Bart is not told, but can no longer find Anne's page.
    assert (await bart.visitor.get(f"/e/{SLUG}/people/{anne.id}")).status_code == 404
    me = await anne.visitor.get(f"/e/{SLUG}/me")
    assert "People you blocked" in me.text
    assert "Bart Peeters" in me.text
    await anne.visitor.post(f"/e/{SLUG}/people/{bart.id}/unblock", {"next": f"/e/{SLUG}/me"})
    assert await world.db.fetchval("select count(*) from blocks") == 0


async def test_search_by_meaning_with_filters(world: World) -> None:
    anne = await world.person("Anne Dupont")
    await world.person("Bart Peeters", country="NL", languages=["nl", "en"], topics=["drugs"])
    await world.person("Carla Rossi", country="IT", languages=["it"], topics=["nightlife"])
    await world.app.state.matchers.settled()
    by_country = await anne.visitor.get(f"/e/{SLUG}/people", params={"country": "NL"})
    assert "Bart Peeters" in by_country.text
    assert "Carla Rossi" not in by_country.text
    by_topic = await anne.visitor.get(
        f"/e/{SLUG}/people", params={"q": "nightlife mediation", "topic": "nightlife"}
    )
    assert "Carla Rossi" in by_topic.text
    assert "Bart Peeters" not in by_topic.text
    by_language = await anne.visitor.get(f"/e/{SLUG}/people", params={"language": "it"})
    assert "Carla Rossi" in by_language.text
    assert "Bart Peeters" not in by_language.text
