"""The organiser console's tools in a real browser, on the demo conference that
``matchmaker serve --demo`` starts: a pretix export with bad rows through the import wizard,
a slider moved and the preview changing before anything is saved, the scheduler's dry run
and apply, the dashboard's charts with their tables. Every page passes axe (WCAG 2.2 AA)
at 1280×800 and at 390×844, and no page reaches outside the server."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from e2e.live_server import PHONE, LiveServer
from e2e.phone import Phone, axe_violations
from playwright.sync_api import Browser, expect

DESKTOP = {"width": 1280, "height": 800}
SLUG = "sdc-brussels-2024"
CONSOLE = f"/e/{SLUG}/console"
PRETIX = Path(__file__).parent.parent / "data" / "registration" / "pretix_attendees.csv"


@pytest.fixture
def organiser(browser: Browser, live_server: LiveServer) -> Iterator[Phone]:
    """An organiser's desktop browser, signed in to the console with the token."""
    context = browser.new_context(viewport=DESKTOP, locale="en-GB")
    page = context.new_page()
    screen = Phone(flow="console", context=context, page=page, base_url=live_server.base_url)
    context.on("request", lambda request: screen.requests.append(request.url))
    screen.go(f"{CONSOLE}/signin", "signin")
    page.locator("#token").fill(live_server.organiser_token)
    page.get_by_role("button", name="Sign in with the token").click()
    expect(page).to_have_url(re.compile(f"{CONSOLE}/$"))
    yield screen
    outside = screen.external_requests()
    context.close()
    assert outside == [], f"the console reached outside the server: {outside}"


def also_on_a_phone(screen: Phone, name: str) -> None:
    """The page the organiser sees, checked again at phone size."""
    screen.page.set_viewport_size(PHONE)
    try:
        screen.seen(f"{name}-phone")
    finally:
        screen.page.set_viewport_size(DESKTOP)


def saved_settings(server: LiveServer, slug: str = SLUG) -> dict[str, object]:
    answer = httpx.get(
        f"{server.base_url}/api/v1/events/{slug}/settings",
        headers={"Authorization": f"Bearer {server.organiser_token}"},
    )
    assert answer.status_code == 200
    settings: dict[str, object] = answer.json()
    return settings


def test_a_pretix_export_with_bad_rows_through_the_mapping_wizard(organiser: Phone) -> None:
    page = organiser.page
    organiser.go(f"{CONSOLE}/import", "import-upload")
    also_on_a_phone(organiser, "import-upload")
    page.get_by_label("Export file").set_input_files(str(PRETIX))
    page.get_by_role("button", name="Upload and preview").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Choose the columns")
    expect(page.get_by_label("Registration system")).to_have_value("pretix")
    expect(page.get_by_role("cell", name="François Girard").first).to_be_visible()
    # The pretix preset maps the attendee's Company, not the invoice address's.
    expect(page.locator("#column-13")).to_have_value("organisation")
    expect(page.locator("#column-22")).to_have_value("")
    organiser.seen("import-mapping")
    also_on_a_phone(organiser, "import-mapping")
    page.get_by_role("button", name="Check the rows (dry run)").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check the import")
    rows = page.locator('.table-scroll[aria-labelledby="rows-title"] tbody tr')
    expect(rows).to_have_count(6)
    expect(page.get_by_role("row", name=re.compile("^7 Refused"))).to_contain_text("Country")
    expect(page.get_by_role("link", name=re.compile("Download the refused rows"))).to_be_visible()
    organiser.seen("import-report")
    also_on_a_phone(organiser, "import-report")
    page.get_by_role("button", name="Import 3 rows").click()
    expect(page.get_by_text("Imported: 3 created, 0 updated, 3 rows refused.")).to_be_visible()
    organiser.seen("import-done")


def accepted_request(server: LiveServer) -> None:
    """Two newcomers, one asks the other, who accepts without choosing a time: the accepted
    request the scheduler has to place."""
    api = f"{server.base_url}/api/v1/events/{SLUG}"
    organiser_token = {"Authorization": f"Bearer {server.organiser_token}"}
    people = []
    for name in ("Ines Schedule", "Joris Schedule"):
        created = httpx.post(
            f"{api}/attendees",
            json={
                "name": name,
                "email": name.replace(" ", ".").lower() + "@example.org",
                "consent": True,
            },
            headers=organiser_token,
        )
        assert created.status_code == 201, created.text
        people.append(created.json())
    sent = httpx.post(
        f"{api}/meeting-requests",
        json={"to": people[1]["id"]},
        headers={"Authorization": f"Bearer {people[0]['token']}"},
    )
    assert sent.status_code in (200, 201), sent.text
    accepted = httpx.post(
        f"{api}/meeting-requests/{sent.json()['id']}/accept",
        headers={"Authorization": f"Bearer {people[1]['token']}"},
    )
    assert accepted.status_code == 200, accepted.text


def test_the_scheduler_dry_runs_then_applies_and_shows_the_grid(
    organiser: Phone, live_server: LiveServer
) -> None:
    accepted_request(live_server)
    page = organiser.page
    organiser.go(f"{CONSOLE}/scheduler", "scheduler")
    also_on_a_phone(organiser, "scheduler")
    page.get_by_label("Time limit (seconds)").fill("5")
    # Only the accepted request: mutual suggestions over the whole demo take long here.
    page.get_by_label(re.compile("Also place the best mutual suggestions")).uncheck()
    page.get_by_role("button", name="Plan (dry run)").click()
    expect(page.get_by_role("heading", name="Dry run: nothing is booked yet")).to_be_visible(
        timeout=300_000
    )
    grid = page.locator("table.schedule-grid")
    expect(grid).to_be_visible()
    placed = int(page.locator('[data-figure="placed"]').inner_text())
    assert placed > 0
    expect(grid.locator("td.cell-planned-request, td.cell-planned-suggestion")).to_have_count(
        placed
    )
    organiser.seen("scheduler-plan")
    also_on_a_phone(organiser, "scheduler-plan")
    page.get_by_role("button", name="Apply: book these meetings").click()
    expect(page.get_by_text(re.compile(r"meetings? booked;"))).to_be_visible(timeout=300_000)
    booked = page.locator("table.schedule-grid td:not(.cell-free)")
    expect(booked.first).to_be_visible()
    organiser.seen("scheduler-applied")
    page.get_by_role("link", name="Printable table sheets").click()
    expect(page.locator(".print-sheet").first).to_be_visible()
    organiser.seen("print-tables")


def test_the_dashboard_draws_its_charts_with_their_tables(organiser: Phone) -> None:
    page = organiser.page
    organiser.go(f"{CONSOLE}/dashboard", "dashboard")
    also_on_a_phone(organiser, "dashboard")
    for title in (
        "Activation funnel",
        "Meetings per attendee",
        "Table use per slot",
        "Topics sought and offered",
    ):
        section = page.get_by_role("region", name=title, exact=True)
        expect(section.locator("svg[role=img]").first).to_be_visible()
        expect(section.get_by_role("table").first).to_be_visible()
    requests = page.get_by_role("region", name="Requests by status over time", exact=True)
    if requests.locator("svg[role=img]").count():
        expect(requests.get_by_role("table")).to_be_visible()
    else:  # the demo conference starts before anyone has asked anyone
        expect(requests).to_contain_text("No request has been sent yet.")
    funnel = page.locator('[data-chart="funnel"]')
    expect(funnel.get_by_role("row")).to_have_count(7)
    assert axe_violations(page) == []


SMALL = "e2e-settings"
NEWCOMERS = (
    ("Ana Costa", "Lisboa", "PT", "night mediation between bars and residents", "drug checking"),
    ("Ben Okafor", "Leeds", "GB", "drug checking at festivals", "night mediation experience"),
    ("Chloé Marchand", "Lyon", "FR", "safer public spaces design", "victim support networks"),
    ("Dirk Jansen", "Utrecht", "NL", "victim support networks", "public space design"),
    ("Eva Novak", "Brno", "CZ", "crowd safety at night", "night mayor office set-up"),
    ("Femi Adeyemi", "Ghent", "BE", "night mayor office set-up", "crowd safety"),
)


def small_event(server: LiveServer) -> None:
    """An event of six for the preview: the demo's 800 take minutes to rank twice here."""
    api = f"{server.base_url}/api/v1/events"
    token = {"Authorization": f"Bearer {server.organiser_token}"}
    created = httpx.post(
        api,
        json={
            "slug": SMALL,
            "name": "Settings preview",
            "timezone": "Europe/Brussels",
            "topics": [{"slug": "nightlife", "label": "Nightlife"}],
        },
        headers=token,
        timeout=300,
    )
    assert created.status_code == 201, created.text
    for name, city, country, seeking, offering in NEWCOMERS:
        person = httpx.post(
            f"{api}/{SMALL}/attendees",
            json={
                "name": name,
                "email": name.split()[0].lower() + "@example.org",
                "organisation": f"City of {city}",
                "city": city,
                "country": country,
                "topics": ["nightlife"],
                "seeking": seeking,
                "offering": offering,
                "consent": True,
            },
            headers=token,
            timeout=300,
        )
        assert person.status_code == 201, person.text
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:  # until the six are indexed for suggestions
        preview = httpx.post(f"{api}/{SMALL}/settings/preview", json={}, headers=token, timeout=600)
        if preview.status_code == 200 and preview.json() is not None:
            return
        time.sleep(2)
    pytest.fail("the small event was never indexed")


def test_a_slider_changes_the_preview_before_anything_is_saved(
    browser: Browser, live_server: LiveServer
) -> None:
    small_event(live_server)
    context = browser.new_context(viewport=DESKTOP, locale="en-GB")
    page = context.new_page()
    organiser = Phone(flow="settings", context=context, page=page, base_url=live_server.base_url)
    context.on("request", lambda request: organiser.requests.append(request.url))
    console = f"/e/{SMALL}/console"
    organiser.go(f"{console}/signin", "signin")
    page.locator("#token").fill(live_server.organiser_token)
    page.get_by_role("button", name="Sign in with the token").click()
    organiser.go(f"{console}/match-settings", "settings")
    also_on_a_phone(organiser, "settings")
    before = saved_settings(live_server, SMALL)
    preview = page.locator("#preview")
    expect(preview).not_to_contain_text("Coverage")
    page.get_by_label("Another city or country").fill("8")
    expect(page.locator("#value-weight_diversity")).to_have_text("8")
    expect(preview.locator('[data-preview="ready"]')).to_be_visible(timeout=120_000)
    expect(preview).to_contain_text("Attendees with fewer than 3 good suggestions")
    expect(preview).to_contain_text("Not saved yet.")
    expect(preview.locator('[data-sample="after"] li').first).to_be_visible()
    assert saved_settings(live_server, SMALL) == before  # the preview saved nothing
    organiser.seen("settings-previewed")
    also_on_a_phone(organiser, "settings-previewed")
    page.get_by_role("button", name="Save settings").click()
    expect(page.get_by_text("The match settings are saved")).to_be_visible()
    assert saved_settings(live_server, SMALL)["weight_diversity"] == 8.0
    outside = organiser.external_requests()
    context.close()
    assert outside == []
