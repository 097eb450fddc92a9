"""Mailed links in a real browser: ``serve --demo`` mails through a real SMTP server
(aiosmtpd), the organiser invites the demo attendees, and the sign-in link of a received
invitation opens the app on a phone, and the sign-in page mails a new link on request —
every page checked with axe, as the attendee app's own pages are."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from email.message import EmailMessage

import httpx
import pytest
from e2e.live_server import LiveServer
from e2e.phone import Phone
from mail.mail_world import SmtpServer
from playwright.sync_api import Browser, expect

SLUG = "sdc-brussels-2024"


@pytest.fixture
def phones(browser: Browser, live_server: LiveServer) -> Iterator[list[Phone]]:
    """The phones a test opens; none may have reached outside the server."""
    opened: list[Phone] = []
    yield opened
    for phone in opened:
        outside = phone.external_requests()
        phone.close()
        assert outside == [], f"{phone.flow} reached outside the server: {outside}"


def mailed_signin_links(smtp: SmtpServer, address: str) -> list[re.Match[str]]:
    """The sign-in links in the plain-text parts of what `address` received, in order."""
    found = []
    for message in smtp.inbox.to(address):
        text = message.get_body(preferencelist=("plain",))
        if text is None:
            continue
        match = re.search(r"(http://\S+/e/" + SLUG + r"/signin/\S+)", str(text.get_content()))
        if match is not None:
            found.append(match)
    return found


def test_a_mailed_invitation_link_signs_in_and_a_new_link_can_be_asked_for(
    browser: Browser, live_server: LiveServer, phones: list[Phone]
) -> None:
    assert "mail: sent through 127.0.0.1:" in live_server.output
    smtp = live_server.smtp
    assert smtp is not None
    link = live_server.links[1]
    # The demo has hundreds of attendees: the organiser invites this one (found through the
    # API token serve printed for them).
    lines = live_server.output.splitlines()
    at = next(
        i
        for i, line in enumerate(lines)
        if line.strip().startswith(link.name + " (") and "token:" in lines[i + 1]
    )
    token = lines[at + 1].split("token:")[1].strip()
    me = httpx.get(
        f"{live_server.base_url}/api/v1/events/{SLUG}/me",
        headers={"Authorization": f"Bearer {token}"},
        timeout=60,
    )
    assert me.status_code == 200, me.text
    queued = httpx.post(
        f"{live_server.base_url}/api/v1/events/{SLUG}/invitations",
        json={"attendee_ids": [me.json()["id"]]},
        headers={"Authorization": f"Bearer {live_server.admin_token}"},
        timeout=60,
    )
    assert queued.status_code == 202, queued.text
    # Earlier browser tests mailed this person too (a request received): the invitation is
    # the message with a sign-in link.
    deadline = time.monotonic() + 60
    while not (links := mailed_signin_links(smtp, link.email)) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert links, [str(m["Subject"]) for m in smtp.inbox.to(link.email)]
    mailed = links[0]
    assert mailed.group(1).startswith(live_server.base_url)

    phone = Phone.open(browser, "mail-invitation", live_server.base_url)
    phones.append(phone)
    phone.go(mailed.group(1), "mailed-signin-link")
    phone.page.get_by_role("button", name=re.compile(re.escape(link.name))).click()
    # Signed in: the app opens (onboarding first, for a person new to it).
    expect(phone.page).to_have_url(re.compile(r"/e/" + SLUG + r"/(welcome)?$"))
    phone.seen("signed-in-from-the-mail")
    phone.context.clear_cookies()  # another person at the same phone, signed out
    # Signed out, the link can be asked for again by mail; the answer never says whether
    # the address is known.
    phone.go(f"/e/{SLUG}/signin", "signin-with-lost-link-form")
    phone.page.get_by_label("E-mail address").nth(1).fill(link.email)
    phone.page.get_by_role("button", name="Mail me a sign-in link").click()
    expect(phone.page.locator(".flashes")).to_contain_text("a sign-in link is on its way")
    phone.seen("signin-link-asked-for")

    # In the language this person chose (an earlier browser test may have switched it).
    def asked_for() -> list[EmailMessage]:
        return [
            m
            for m in smtp.inbox.to(link.email)
            if any(words in str(m["Subject"]) for words in ("sign-in link", "lien de connexion"))
        ]

    deadline = time.monotonic() + 60
    while not asked_for() and time.monotonic() < deadline:
        time.sleep(0.2)
    asked = asked_for()
    assert len(asked) == 1
