"""The audit log: console actions and the API's organiser actions are recorded in the same
transaction as the change, listed newest first with who, what and when (in the event's
timezone), and exported as CSV that no spreadsheet runs as a formula."""

from __future__ import annotations

import csv
import io

from pages.page_world import CONSOLE, SLUG, World

from conftest import organiser
from matchmaker.audit.service import API, TokenActor, audit_entries, record
from matchmaker.team.service import token_holder_account


async def test_entries_are_listed_newest_first_with_who_what_and_when(world: World) -> None:
    owner = await world.console()
    await owner.post(f"{CONSOLE}/team", {"name": "Claire Martin", "email": "c@efus.eu"})
    current = (await world.api.get(f"/api/v1/events/{SLUG}/settings", headers=organiser())).json()
    saved = await world.api.put(
        f"/api/v1/events/{SLUG}/settings", json=current, headers=organiser()
    )
    assert saved.status_code == 200
    page = await owner.get(f"{CONSOLE}/audit")
    assert page.status_code == 200
    text = page.text
    # Newest first: the API's settings change, then the member added, then the sign-in.
    assert text.index("Changed the match settings") < text.index("Added a team member")
    assert text.index("Added a team member") < text.index("Signed in to the console")
    assert "API (organiser token)" in text
    assert "name: Claire Martin" in text
    # Times are the event's (Brussels): the zone is named on the page.
    assert "Central European" in text


async def test_the_api_records_imports_and_schedules_but_not_dry_runs(world: World) -> None:
    header = "name,email,organisation_type,consent\n"
    for dry_run in ("true", "false"):
        answer = await world.api.post(
            f"/api/v1/events/{SLUG}/attendees/import",
            content=(header + "Anne Dupont,anne@example.org,police,true\n").encode(),
            params={"dry_run": dry_run},
            headers={**organiser(), "content-type": "text/csv"},
        )
        assert answer.status_code == 200, answer.text
    session_id = world.session["id"]
    for dry_run in (True, False):
        answer = await world.api.post(
            f"/api/v1/events/{SLUG}/sessions/{session_id}/schedule",
            json={"dry_run": dry_run, "time_limit_seconds": 1},
            headers=organiser(),
        )
        assert answer.status_code == 200, answer.text
    entries = await audit_entries(world.db, world.event_id)
    assert [(e.actor_name, e.action) for e in entries] == [
        ("API (organiser token)", "schedule.applied"),
        ("API (organiser token)", "attendees.imported"),
    ]
    assert entries[1].details == {"created": 1, "updated": 0}
    assert entries[0].details["session_id"] == session_id


async def test_staff_read_the_log_and_french_readers_read_it_in_french(world: World) -> None:
    _, claire = await world.team_member("Claire Martin", language="fr")
    page = await claire.get(f"{CONSOLE}/audit")
    assert page.status_code == 200
    assert "Journal d'audit" in page.text.replace("&#39;", "'")
    assert "Connexion à la console" in page.text


async def test_the_log_pages_through_older_entries(world: World) -> None:
    owner = await world.console()
    account = await token_holder_account(world.db, world.event_id)
    for n in range(120):
        await record(world.db, world.event_id, account, "attendee.updated", {"attendee_id": n})
    first = await owner.get(f"{CONSOLE}/audit")
    assert first.text.count("<td>Edited an attendee</td>") == 100
    assert "attendee_id: 119" in first.text
    older = first.text.split('href="/e/sdc-2024/console/audit?before=')[1].split('"')[0]
    second = await owner.get(f"{CONSOLE}/audit?before={older}")
    assert second.text.count("<td>Edited an attendee</td>") == 20
    assert "Signed in to the console" in second.text
    assert "Older entries" not in second.text


async def test_the_csv_export_neutralises_formulas(world: World) -> None:
    owner = await world.console()
    await owner.post(
        f"{CONSOLE}/team", {"name": '=HYPERLINK("http://evil.example")', "email": "x@efus.eu"}
    )
    await record(world.db, world.event_id, API, "@SUM(A1)", {"note": "+1"})
    await record(world.db, world.event_id, TokenActor(name="-2+3"), "team.link_issued")
    answer = await owner.get(f"{CONSOLE}/audit.csv")
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/csv")
    assert "attachment" in answer.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(answer.text)))
    assert [row["action_code"] for row in rows] == [
        "team.link_issued",
        "'@SUM(A1)",
        "team.member_added",
        "console.signed_in",
    ]
    assert rows[0]["who"] == "'-2+3"
    assert rows[1]["details"] == "note: +1"
    assert 'name: =HYPERLINK("http://evil.example")' in rows[2]["details"]
    for row in rows:
        for value in row.values():
            assert value[:1] not in ("=", "+", "-", "@"), value
    assert rows[3]["at"].endswith(("+01:00", "+02:00"))


async def test_only_organisers_read_the_log(world: World) -> None:
    anne = await world.person("Anne Dupont")
    assert (await anne.visitor.get(f"{CONSOLE}/audit.csv")).status_code == 403
    stranger = await world.visitor()
    answer = await stranger.get(f"{CONSOLE}/audit.csv", follow_redirects=False)
    assert answer.status_code == 303
