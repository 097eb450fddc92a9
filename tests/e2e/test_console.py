"""The organiser console in a real browser, from what ``matchmaker serve --demo`` prints: the
owner signs in with the organiser token on a desktop screen (1280×800), adds a staff member,
who opens their personal link on a phone (390×844) and is refused an owner action; a demo
attendee's session is refused the console; the audit log shows all of it. Every console page
is checked with axe (WCAG 2.2 AA) at both sizes; no page reaches outside the server."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from e2e.live_server import LiveServer
from e2e.phone import Phone
from playwright.sync_api import Browser, expect

DESKTOP = {"width": 1280, "height": 800}
PAGES = ("", "setup", "team", "audit")


def banner_value(output: str, label: str) -> str:
    line = next(line for line in output.splitlines() if line.strip().startswith(label))
    return line.split(label, 1)[1].split()[0]


@pytest.fixture
def screens(browser: Browser, live_server: LiveServer) -> Iterator[list[Phone]]:
    opened: list[Phone] = []
    yield opened
    for screen in opened:
        outside = screen.external_requests()
        screen.close()
        assert outside == [], f"{screen.flow} reached outside the server: {outside}"


def test_owner_adds_staff_who_is_refused_owner_actions_and_all_is_audited(
    browser: Browser, live_server: LiveServer, screens: list[Phone]
) -> None:
    token = banner_value(live_server.output, "organiser token:")
    signin_url = banner_value(live_server.output, "organiser console:")
    assert signin_url.startswith(live_server.base_url + "/e/")
    assert token not in signin_url
    console = signin_url.removesuffix("/signin")

    # The owner, at a desk.
    owner = Phone.open(browser, "console-owner", live_server.base_url, viewport=DESKTOP)
    screens.append(owner)
    owner.go(signin_url, "signin")
    owner.page.get_by_label("Organiser token", exact=True).fill(token)
    owner.page.get_by_role("button", name="Sign in with the token").click()
    expect(owner.page.get_by_role("heading", level=1)).to_have_text("Organiser console")
    assert token not in owner.page.url
    owner.seen("home")
    for path in PAGES[1:]:
        owner.go(f"{console}/{path}", path)

    owner.go(f"{console}/team", "team-again")
    owner.page.get_by_label("Name", exact=True).fill("Claire Martin")
    owner.page.get_by_label("E-mail address").fill("claire.martin@efus.example")
    owner.page.get_by_role("button", name="Add to the team").click()
    expect(owner.page.locator("#member-link")).to_be_visible()
    owner.seen("member-added")
    link = owner.page.locator("#member-link").inner_text().strip()
    assert link.startswith(console + "/signin/")

    # Claire, on her phone: the link shows whose it is; the button signs her in.
    claire = Phone.open(browser, "console-staff", live_server.base_url)
    screens.append(claire)
    claire.go(link, "staff-link")
    claire.page.get_by_role("button", name="Continue as Claire Martin").click()
    expect(claire.page.locator(".console-who")).to_contain_text("Claire Martin (staff)")
    claire.seen("staff-home")
    for path in PAGES[1:]:
        claire.go(f"{console}/{path}", f"staff-{path}")
    expect(claire.page.get_by_role("heading", name="Add a team member")).to_have_count(0)
    owner.go(f"{console}/team", "team-with-claire")
    claire_id = re.search(r"/team/(\d+)/remove", owner.page.content())
    assert claire_id is not None
    refused = claire.page.goto(f"{console}/team/{claire_id.group(1)}/remove")
    assert refused is not None
    assert refused.status == 403
    expect(claire.page.get_by_text("Only an owner of this event can do this.")).to_be_visible()
    claire.seen("staff-refused")

    # A demo attendee signed in to the attendee app never opens the console.
    attendee = Phone.open(browser, "console-attendee", live_server.base_url)
    screens.append(attendee)
    demo = live_server.links[1]
    attendee.go(demo.url, "attendee-link")
    attendee.page.get_by_role("button", name=re.compile(re.escape(demo.name))).click()
    answer = attendee.page.goto(f"{console}/")
    assert answer is not None
    assert answer.status == 403
    attendee.seen("attendee-refused")

    # The audit log lists who did what.
    owner.go(f"{console}/audit", "audit-after")
    log = owner.page.locator("table").inner_text()
    assert "Added a team member" in log
    assert "Claire Martin" in log
    assert log.count("Signed in to the console") >= 2
