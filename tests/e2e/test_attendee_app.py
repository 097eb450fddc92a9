"""The attendee app in a real browser on a phone-sized screen, from the links that
``matchmaker serve --demo`` prints: sign in, onboarding, suggestions with their reasons, a
request with a message, the other person accepts by choosing a time, both see the meeting
and its table, the subscription feed (read by vobject, a parser independent of the one that
writes it) follows a cancellation, and erasing oneself — in English, then in French. Every
page is checked with axe (WCAG 2.2 AA) and saved as a screenshot; no page may make a request
outside the server."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import vobject
from e2e.live_server import DemoLink, LiveServer
from e2e.phone import Phone
from playwright.sync_api import Browser, expect

WORDS = {
    "en": {
        "continue": "Continue",
        "people": "People",
        "requests": "Requests",
        "schedule": "Schedule",
        "me": "Me",
        "request": "Request a meeting",
        "send": "Send request",
        "accept": "Accept",
        "booked": "Meeting booked with",
        "sent": "Request sent to",
        "cancel_link": "Cancel meeting",
        "cancel_button": "Cancel the meeting",
        "erase_link": "Erase me from",
        "erase_box": "I understand",
        "erase_button": "Erase me",
        "erased": "Your data has been erased",
        "table": "Table:",
        "not_interested": "Not interested",
        "dismissed": "will not be suggested again",
        "undo": "Undo",
        "undone": "may be suggested again",
        "search": "Search",
        "found": "found",
        "today": "Today",
        "printable": "Printable view of this day",
        "public_page": "Your public page",
    },
    "fr": {
        "continue": "Continuer",
        "people": "Personnes",
        "requests": "Demandes",
        "schedule": "Agenda",
        "me": "Moi",
        "request": "Demander un rendez-vous",
        "send": "Envoyer la demande",
        "accept": "Accepter",
        "booked": "Rendez-vous réservé avec",
        "sent": "Demande envoyée à",
        "cancel_link": "Annuler le rendez-vous",
        "cancel_button": "Annuler le rendez-vous",
        "erase_link": "M'effacer de",
        "erase_box": "J'ai compris",
        "erase_button": "M'effacer",
        "erased": "Vos données ont été effacées",
        "table": "Table :",
        "not_interested": "Pas intéressé",
        "dismissed": "ne vous sera plus suggéré",
        "undo": "Annuler",
        "undone": "pourra de nouveau vous être suggéré",
        "search": "Rechercher",
        "found": "trouvé",
        "today": "Aujourd'hui",
        "printable": "Version imprimable de cette journée",
        "public_page": "Votre page publique",
    },
}


@pytest.fixture
def phones(browser: Browser, live_server: LiveServer) -> Iterator[list[Phone]]:
    opened: list[Phone] = []
    yield opened
    for phone in opened:
        outside = phone.external_requests()
        phone.close()
        assert outside == [], f"{phone.flow} reached outside the server: {outside}"


def open_phone(
    browser: Browser, server: LiveServer, phones: list[Phone], flow: str, locale: str
) -> Phone:
    phone = Phone.open(browser, flow, server.base_url, locale=locale)
    phones.append(phone)
    return phone


def nav(phone: Phone, words: dict[str, str], item: str, name: str) -> None:
    phone.page.get_by_role("navigation", name=re.compile("Main|Principale")).get_by_role(
        "link", name=re.compile("^" + re.escape(words[item]))
    ).click()
    phone.seen(name)


def sign_in_by_link(phone: Phone, link: DemoLink, words: dict[str, str]) -> None:
    """Open the printed link, see whose it is, press the button, go through onboarding."""
    phone.go(link.url, "signin-link")
    button = phone.page.get_by_role("button", name=re.compile(re.escape(link.name)))
    expect(button).to_be_visible()
    button.click()
    step = 0
    while phone.page.url.endswith("/welcome"):
        step += 1
        phone.seen(f"welcome-{step}")
        consent = phone.page.locator('input[name="consent"]')
        if consent.count():
            consent.check()
        phone.page.get_by_role("button", name=words["continue"], exact=True).click()
        assert step < 8, "onboarding does not end"
    expect(phone.page.get_by_role("heading", level=1)).to_have_text(words["today"])
    phone.seen("today")


def public_page_of(phone: Phone, words: dict[str, str]) -> str:
    nav(phone, words, "me", "me")
    href = phone.page.get_by_role("link", name=re.compile(re.escape(words["public_page"])))
    return str(href.get_attribute("href"))


def feed_events(url: str) -> dict[str, Any]:
    """The subscription feed as a calendar server reads it: no cookies, parsed by vobject."""
    answer = httpx.get(url, timeout=30)
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/calendar")
    calendar = vobject.readOne(answer.text)
    return {event.uid.value: event for event in calendar.contents.get("vevent", [])}


def meet(
    browser: Browser,
    server: LiveServer,
    phones: list[Phone],
    asker_link: DemoLink,
    other_link: DemoLink,
    language: str,
    locale: str,
) -> None:
    words = WORDS[language]
    asker = open_phone(browser, server, phones, f"{language}-asker", locale)
    other = open_phone(browser, server, phones, f"{language}-other", "en-GB")
    sign_in_by_link(asker, asker_link, words)
    sign_in_by_link(other, other_link, WORDS["en"])
    if language != "en":  # the other person switches language with the switcher
        other.page.get_by_role("button", name="Français").click()
        expect(other.page.locator("html")).to_have_attribute("lang", "fr")
        other.seen("switched-language")

    # Suggestions, each with its reasons.
    nav(asker, words, "people", "people")
    first = asker.page.locator("#people-results .card").first
    expect(first.locator(".reasons li").first).to_be_visible()
    assert first.locator(".reasons li").first.inner_text().strip()

    # Search by meaning (htmx swaps the results in), then dismiss and undo.
    asker.page.get_by_label(re.compile("Search by|Rechercher selon")).fill("drug consumption rooms")
    asker.page.get_by_role("button", name=words["search"], exact=True).click()
    expect(asker.page.locator("#people-results h2")).to_contain_text(words["found"])
    asker.seen("people-search")
    asker.page.goto(server.base_url + asker.page.url.split(server.base_url)[1].split("?")[0])
    card = asker.page.locator("#people-results .card").first
    card.get_by_role("button", name=re.compile(words["not_interested"])).click()
    expect(asker.page.locator("#people-results")).to_contain_text(words["dismissed"])
    asker.seen("dismissed")
    asker.page.get_by_role("button", name=re.compile("^" + words["undo"])).first.click()
    expect(asker.page.locator("#people-results")).to_contain_text(words["undone"])

    # The asker opens the other person's page (its address was shared) and asks.
    other_page = public_page_of(other, WORDS[language if language != "en" else "en"])
    asker.go(other_page, "person")
    asker.page.get_by_role("link", name=words["request"], exact=True).click()
    asker.seen("request-form")
    asker.page.get_by_label(re.compile("Message")).fill(
        f"Hello {other_link.name.split()[0]}, shall we meet?"
    )
    asker.page.locator('input[name="preferred_slot_ids"]').first.check()
    asker.page.get_by_role("button", name=words["send"]).click()
    expect(asker.page.locator(".flashes")).to_contain_text(words["sent"])
    asker.seen("requests-sent")

    # The other accepts, choosing a time (the proposed one comes first): the table is shown.
    other_words = WORDS[language]
    nav(other, other_words, "requests", "requests-incoming")
    card = other.page.locator("article", has_text="shall we meet?")
    card.get_by_role("button", name=re.compile("^" + other_words["accept"])).click()
    flash = other.page.locator(".flashes")
    expect(flash).to_contain_text(other_words["booked"])
    table = re.search(r"(Table [^.]+)\.", flash.inner_text())
    assert table is not None
    other.seen("accepted")

    # Both see the meeting with its table.
    for phone, partner in ((asker, other_link.name), (other, asker_link.name)):
        nav(phone, words if phone is asker else other_words, "schedule", "schedule")
        meeting = phone.page.locator(".card", has_text=partner)
        expect(meeting).to_contain_text(table.group(1).split(" — ")[0])
    asker.page.get_by_role("link", name=words["printable"]).first.click()
    asker.seen("print-day")
    asker.page.go_back()

    # The subscription feed has the meeting; a cancellation updates the same entry.
    feed_url = asker.page.locator("#feed-url").inner_text().strip()
    before = feed_events(feed_url)
    (uid,) = [u for u, e in before.items() if e.status.value == "CONFIRMED"]
    assert table.group(1).split(" — ")[0] in before[uid].location.value
    assert other_link.name in before[uid].summary.value
    asker.page.get_by_role(
        "link", name=re.compile("^" + re.escape(words["cancel_link"]))
    ).first.click()
    asker.seen("cancel-confirm")
    asker.page.locator("textarea[name=note]").fill("Sorry, my train is late.")
    asker.page.get_by_role("button", name=words["cancel_button"]).click()
    asker.seen("cancelled")
    after = feed_events(feed_url)
    assert set(after) == set(before)  # updated in place, not duplicated
    assert after[uid].status.value == "CANCELLED"
    assert int(after[uid].sequence.value) > int(before[uid].sequence.value)

    # Erase: confirmed, then nothing of the asker remains to sign in with.
    nav(asker, words, "me", "me-again")
    asker.page.get_by_role("link", name=re.compile("^" + re.escape(words["erase_link"]))).click()
    asker.seen("erase-confirm")
    asker.page.get_by_label(re.compile(words["erase_box"])).check()
    asker.page.get_by_role("button", name=words["erase_button"], exact=True).click()
    expect(asker.page.get_by_role("heading", level=1)).to_have_text(words["erased"])
    asker.seen("goodbye")
    asker.go(asker_link.url, "link-after-erase")
    expect(
        asker.page.get_by_role("button", name=re.compile(re.escape(asker_link.name)))
    ).to_have_count(0)


def test_the_demo_prints_three_absolute_sign_in_links(live_server: LiveServer) -> None:
    assert len(live_server.links) == 3
    for link in live_server.links:
        assert link.url.startswith(live_server.base_url + "/e/sdc-brussels-2024/signin/")
        assert re.fullmatch(r"[0-9A-Z]{4}-[0-9A-Z]{4}", link.code)
    assert "token:" in live_server.output  # the API tokens are still printed


def test_without_javascript_sign_in_by_code_dismiss_and_undo(
    browser: Browser, live_server: LiveServer
) -> None:
    link = live_server.links[2]
    context = browser.new_context(viewport={"width": 390, "height": 844}, java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(link.code_url)
        # The sign-in form's own field (the page also has "Lost your link?" with one).
        page.locator("#email").fill(link.email)
        page.get_by_label("Code", exact=True).fill(link.code.lower())
        page.get_by_role("button", name="Sign in").click()
        while page.url.endswith("/welcome"):
            consent = page.locator('input[name="consent"]')
            if consent.count():
                consent.check()
            page.get_by_role("button", name="Continue", exact=True).click()
        page.goto(f"{live_server.base_url}/e/sdc-brussels-2024/people")
        name = page.locator("#people-results .card h3").first.inner_text()
        page.locator("#people-results .card").first.get_by_role(
            "button", name=re.compile("Not interested")
        ).click()
        expect(page.locator(".flashes")).to_contain_text(f"{name} will not be suggested again")
        page.locator(".flashes").get_by_role("button", name="Undo").click()
        expect(page.locator(".flashes")).to_contain_text(f"{name} may be suggested again")
        page.get_by_role("button", name="Sign out").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Sign in with a code")
    finally:
        context.close()


def test_an_attendee_meets_another_in_english(
    browser: Browser, live_server: LiveServer, phones: list[Phone]
) -> None:
    meet(browser, live_server, phones, live_server.links[0], live_server.links[1], "en", "en-GB")


def test_an_attendee_meets_another_in_french(
    browser: Browser, live_server: LiveServer, phones: list[Phone]
) -> None:
    meet(browser, live_server, phones, live_server.links[2], live_server.links[1], "fr", "fr-FR")


def test_pages_reflow_at_320_px_and_keep_44_px_targets(
    browser: Browser, live_server: LiveServer
) -> None:
    """WCAG 1.4.10 reflow (no sideways scrolling at 320 CSS px, which is also 1280 px at
    400 % or 640 px at 200 % zoom) and 44 px touch targets for every control."""
    link = live_server.links[1]
    context = browser.new_context(viewport={"width": 320, "height": 640}, locale="fr-FR")
    page = context.new_page()
    try:
        page.goto(link.url)
        page.get_by_role("button", name=re.compile(re.escape(link.name))).click()
        base = f"{live_server.base_url}/e/sdc-brussels-2024"
        for path in (
            "/",
            "/people",
            "/requests",
            "/schedule",
            "/me",
            "/me/profile",
            "/me/availability",
        ):
            page.goto(base + path)
            overflow = page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at 320px"
            small = page.evaluate(
                """() => [...document.querySelectorAll(
                    'button, a.button, select, input[type=text], input[type=email], '
                    + 'input[type=search], textarea, label.choice, .bottom-nav a, summary')]
                  .filter(e => e.offsetParent !== null)
                  .map(e => [e.outerHTML.slice(0, 80), e.getBoundingClientRect().height])
                  .filter(([, h]) => h < 44)"""
            )
            assert small == [], f"{path}: targets under 44px: {small}"
    finally:
        context.close()
