"""The console's tools through the real app: the import wizard with a pretix export and its
bad rows, match settings previewed before saving, the auto-scheduler's dry run and apply,
the printable sheets and the dashboard's charts with their tables."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import httpx
from pages.page_world import CONSOLE, SLUG, Visitor, World

from conftest import bearer, organiser
from matchmaker.registration_import.presets import suggest_mapping
from matchmaker.registration_import.reading import read_table

DATA = Path(__file__).parent.parent / "data" / "registration"
PRETIX = (DATA / "pretix_attendees.csv").read_bytes()
SETTINGS = {
    "weight_seek_offer": "0.5",
    "weight_topics": "0.2",
    "weight_profile": "0.2",
    "weight_diversity": "0.1",
    "popularity_damping": "0.5",
    "max_meetings_per_person": "12",
    "max_pending_requests": "20",
    "request_cooldown_hours": "24",
    "request_expiry_hours": "72",
    "exclude_same_organisation": "on",
}


async def upload(browser: Visitor, name: str, content: bytes) -> httpx.Response:
    return await browser.client.post(
        f"{CONSOLE}/import",
        data={"_csrf_token": browser.csrf()},
        files={"file": (name, content, "text/csv")},
        headers=browser.headers,
        follow_redirects=False,
    )


def selected_mapping(html: str, columns: int) -> dict[str, str]:
    """The mapping form as a browser would send it: each select's chosen option."""
    chosen: dict[str, str] = {}
    for i in range(columns):
        select = re.search(rf'<select id="column-{i}" name="column-{i}">(.*?)</select>', html, re.S)
        assert select is not None
        option = re.search(r'<option value="([^"]*)" selected>', select.group(1))
        chosen[f"column-{i}"] = option.group(1) if option else ""
    return chosen


async def test_a_pretix_export_goes_through_the_wizard_with_its_bad_rows(world: World) -> None:
    browser = await world.console()
    sent = await upload(browser, "pretix orders.csv", PRETIX)
    assert sent.status_code == 303
    mapping_path = sent.headers["location"]
    assert re.fullmatch(rf"{CONSOLE}/import/\d+", mapping_path)

    page = await browser.get(mapping_path)
    assert page.status_code == 200
    assert "Jan Peeters" in page.text  # the preview of the first rows
    assert '<option value="pretix" selected>' in page.text
    header = read_table(PRETIX).header
    form = selected_mapping(page.text, len(header))
    assert form == {f"column-{i}": t for i, t in enumerate(suggest_mapping(header)[0])}

    checked = await browser.post(mapping_path, {**form, "preset": "pretix"}, follow_redirects=False)
    assert checked.status_code == 303
    report = await browser.get(checked.headers["location"])
    assert "Import 3 rows" in report.text
    assert "not-an-email" not in report.text or "Refused" in report.text
    assert "column Attendee email" in report.text  # the export's own column name
    assert "“XX” is not a country name or code." in report.text
    assert "The same e-mail address is on line 2." in report.text
    assert await world.db.fetchval("select count(*) from attendees") == 0  # a dry run

    errors = await browser.get(f"{mapping_path}/errors.csv")
    assert errors.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(errors.text.lstrip("\ufeff"))))
    assert [row[0] for row in rows[1:]] == ["5", "6", "7"]

    done = await browser.post(f"{mapping_path}/commit", {})
    assert "Imported: 3 created, 0 updated, 3 rows refused." in done.text
    names = {r["name"] for r in await world.db.fetch("select name from attendees")}
    assert names == {"Jan Peeters", "Élodie Martin", "François Girard"}
    entry = await world.db.fetchrow(
        "select details from audit_log where action = 'attendees.imported'"
    )
    assert json.loads(entry["details"]) == {
        "file": "pretix orders.csv",
        "created": 3,
        "updated": 0,
        "refused": 3,
    }


async def test_a_preset_can_be_picked_and_a_mapping_without_email_is_refused(
    world: World,
) -> None:
    browser = await world.console()
    sent = await upload(
        browser, "export.csv", b"Full name;Mail;Town\nAnne;anne@x.org;Li\xc3\xa8ge\n"
    )
    path = sent.headers["location"]
    page = await browser.get(path, params={"preset": "eventbrite"})
    assert '<option value="eventbrite" selected>' in page.text
    refused = await browser.post(path, {"column-0": "name", "column-1": "", "column-2": "city"})
    assert refused.status_code == 422
    assert "Choose the column that holds: E-mail address." in refused.text


async def test_files_that_are_not_tables_are_refused_on_the_upload_page(world: World) -> None:
    browser = await world.console()
    empty = await upload(browser, "x.csv", b"")
    assert empty.status_code == 422
    binary = await upload(browser, "x.xlsx", b"PK\x03\x04\x00\x00")
    assert binary.status_code == 409
    assert "cannot be read as a table" in binary.text


async def test_match_settings_preview_then_save(world: World) -> None:
    await world.person("Anne Dupont")
    await world.person("Bart Peeters", organisation="Ghent Police", city="Ghent")
    await world.person("Chloé Martin", organisation="Ville de Lyon", city="Lyon", country="FR")
    await world.app.state.matchers.settled()
    browser = await world.console()
    page = await browser.get(f"{CONSOLE}/match-settings")
    for name in (
        "weight_seek_offer", "weight_topics", "weight_profile", "weight_diversity",
        "popularity_damping", "max_meetings_per_person", "max_pending_requests",
        "request_cooldown_hours", "request_expiry_hours",
    ):  # fmt: skip
        assert f'type="range" id="field-{name}"' in page.text
    assert 'role="switch" id="field-exclude_same_organisation"' in page.text
    assert 'hx-trigger="input delay:300ms, change delay:300ms"' in page.text
    values = {
        **SETTINGS,
        "weight_seek_offer": "0",
        "weight_topics": "0",
        "weight_profile": "0",
        "weight_diversity": "10",
    }
    fragment = await browser.post(
        f"{CONSOLE}/match-settings/preview", values, headers={"HX-Request": "true"}
    )
    assert fragment.status_code == 200
    assert "<html" not in fragment.text
    assert 'data-preview="ready"' in fragment.text
    assert "Attendees with fewer than 3 good suggestions" in fragment.text
    assert "Top 5 of" in fragment.text
    saved_before = await world.api.get(f"/api/v1/events/{SLUG}/settings", headers=organiser())
    assert saved_before.json()["weight_diversity"] == 0.1  # the preview saved nothing
    full = await browser.post(f"{CONSOLE}/match-settings/preview", values)
    assert "<html" in full.text
    assert 'data-preview="ready"' in full.text

    saved = await browser.post(f"{CONSOLE}/match-settings", values)
    assert "The match settings are saved" in saved.text
    after = await world.api.get(f"/api/v1/events/{SLUG}/settings", headers=organiser())
    assert after.json()["weight_diversity"] == 10.0
    assert after.json()["require_common_language"] is False
    details = await world.db.fetchval(
        "select details from audit_log where action = 'match_settings.saved'"
    )
    assert json.loads(details)["changed"]["weight_diversity"] == {"from": 0.1, "to": 10.0}


async def test_match_settings_out_of_range_are_refused_naming_the_field(world: World) -> None:
    browser = await world.console()
    values = {**SETTINGS, "weight_topics": "11"}
    refused = await browser.post(f"{CONSOLE}/match-settings", values)
    assert refused.status_code == 422
    assert 'href="#field-weight_topics"' in refused.text
    assert "Shared topics: choose a value from 0 to 10." in refused.text
    saved = await world.api.get(f"/api/v1/events/{SLUG}/settings", headers=organiser())
    assert saved.json()["weight_topics"] == 0.2


async def accepted_request(world: World, a: str, b: str) -> int:
    anne = await world.person(a)
    bart = await world.person(b, organisation=f"City of {b}")
    sent = await world.api.post(
        f"/api/v1/events/{SLUG}/meeting-requests",
        json={"to": bart.id, "message": "Meet?"},
        headers=bearer(anne.token),
    )
    assert sent.status_code in (200, 201), sent.text
    request_id: int = sent.json()["id"]
    accepted = await world.api.post(
        f"/api/v1/events/{SLUG}/meeting-requests/{request_id}/accept", headers=bearer(bart.token)
    )
    assert accepted.status_code == 200, accepted.text
    return request_id


async def test_scheduler_dry_run_shows_the_grid_then_apply_books(world: World) -> None:
    await accepted_request(world, "Anne Dupont", "Bart Peeters")
    await world.app.state.matchers.settled()
    browser = await world.console()
    session_id = world.session["id"]
    page = await browser.get(f"{CONSOLE}/scheduler")
    assert "Morning networking" in page.text
    plan = await browser.post(f"{CONSOLE}/scheduler/{session_id}/plan", {"time_limit_seconds": "5"})
    assert plan.status_code == 200
    assert "Dry run: nothing is booked yet" in plan.text
    assert 'data-figure="placed">1<' in plan.text
    assert "Table 1 — foyer" in plan.text
    assert "Anne Dupont" in plan.text
    assert "Bart Peeters" in plan.text
    assert await world.db.fetchval("select count(*) from meetings") == 0

    applied = await browser.post(
        f"{CONSOLE}/scheduler/{session_id}/apply", {"time_limit_seconds": "5"}
    )
    assert "1 meeting booked; 0 accepted requests left out." in applied.text
    assert await world.db.fetchval("select count(*) from meetings where status = 'booked'") == 1
    assert "Booked meetings of Morning networking" in applied.text
    applied_entry = await world.db.fetchval(
        "select details from audit_log where action = 'schedule.applied'"
    )
    assert json.loads(applied_entry)["placed"] == 1
    # Both are told, with the calendar invitation, as when they book it themselves.
    told = await world.db.fetch(
        "select attendee_id from mail_outbox where kind = 'meeting_booked' order by attendee_id"
    )
    assert len(told) == 2

    plan_csv = await browser.get(f"{CONSOLE}/scheduler/{session_id}/table-plan.csv")
    assert plan_csv.headers["content-type"].startswith("text/csv")
    plan_rows = list(csv.reader(io.StringIO(plan_csv.text)))
    assert plan_rows[0][:3] == ["slot_start", "slot_end", "table"]
    assert {plan_rows[1][3], plan_rows[1][5]} == {"Anne Dupont", "Bart Peeters"}
    every = await browser.get(f"{CONSOLE}/scheduler/meetings.csv")
    assert len(list(csv.reader(io.StringIO(every.text)))) == 2
    tables = await browser.get(f"{CONSOLE}/scheduler/{session_id}/print/tables")
    assert "Table Table 1 — foyer" in tables.text or "Table 1 — foyer" in tables.text
    assert "Anne Dupont" in tables.text
    people = await browser.get(f"{CONSOLE}/scheduler/{session_id}/print/people")
    assert people.text.count('class="print-sheet"') == 2
    assert "console_tools.css" in people.text


async def test_dashboard_charts_each_with_its_table(world: World) -> None:
    await accepted_request(world, "Anne Dupont", "Bart Peeters")
    browser = await world.console()
    page = await browser.get(f"{CONSOLE}/dashboard")
    assert page.status_code == 200
    assert page.text.count("<svg viewBox") >= 5
    for chart in ("funnel", "requests", "histogram", "heatmap", "topics"):
        assert f'data-chart="{chart}"' in page.text
    assert 'hx-trigger="every 60s"' in page.text
    assert "<script" not in page.text.split("</head>", 1)[1]  # no chart script
    fragment = await browser.get(f"{CONSOLE}/dashboard/charts", headers={"HX-Request": "true"})
    assert fragment.text.lstrip().startswith('<div id="dashboard-charts"')
    funnel = re.search(r'data-chart="funnel">.*?</table>', page.text, re.S)
    assert funnel is not None
    assert re.search(r"Imported</th><td>2</td>", funnel.group(0))
    assert re.search(r"Sent a request</th><td>1</td>", funnel.group(0))


async def test_tools_speak_french(world: World) -> None:
    browser = await world.console("fr")
    for path, text in (
        ("import", "Importer des participants"),
        ("match-settings", "Déplacez un curseur ou basculez un interrupteur"),
        ("scheduler", "Planifier (essai à blanc)"),
        ("dashboard", "Rendez-vous par participant"),
    ):
        page = await browser.get(f"{CONSOLE}/{path}")
        assert text in page.text, path
