"""Mailed links in a real browser: ``serve --demo`` mails through a real SMTP server
(aiosmtpd), the organiser invites the demo attendees, and the sign-in link of a received
invitation opens the app on a phone — every page checked with axe, as the attendee app's
own pages are — where the Me page lets the person choose the mail they receive."""

from __future__ import annotations

import re
import time

import httpx
from e2e.live_server import LiveServer
from e2e.phone import Phone
from playwright.sync_api import Browser, expect

SLUG = "sdc-brussels-2024"


def test_an_invitation_s_link_signs_in_and_mail_is_chosen_on_the_me_page(
    browser: Browser, live_server: LiveServer, phones: list[Phone]
) -> None:
    assert "mail: sent through 127.0.0.1:" in live_server.output
    smtp = live_server.smtp
    assert smtp is not None
    link = live_server.links[1]
    queued = httpx.post(
        f"{live_server.base_url}/api/v1/events/{SLUG}/invitations",
        json={"all": True},
        headers={"Authorization": f"Bearer {live_server.admin_token}"},
        timeout=60,
    )
    assert queued.status_code == 202, queued.text
    deadline = time.monotonic() + 60
    while not smtp.inbox.to(link.email) and time.monotonic() < deadline:
        time.sleep(0.2)
    [invitation, *_] = smtp.inbox.to(link.email)
    text = invitation.get_body(preferencelist=("plain",))
    assert text is not None
    mailed = re.search(r"(http://\S+/e/" + SLUG + r"/signin/\S+)", str(text.get_content()))
    assert mailed is not None
    assert mailed.group(1).startswith(live_server.base_url)

    phone = Phone.open(browser, "mail-invitation", live_server.base_url)
    phones.append(phone)
    phone.go(mailed.group(1), "mailed-signin-link")
    phone.page.get_by_role("button", name=re.compile("Continue as")).click()
    while phone.page.url.endswith("/welcome"):
        consent = phone.page.locator('input[name="consent"]')
        if consent.count():
            consent.check()
        phone.page.get_by_role("button", name="Continue", exact=True).click()
    phone.go(f"/e/{SLUG}/me#mail", "me-mail-choices")
    phone.page.get_by_label("A reminder shortly before each meeting, with the table").uncheck()
    phone.page.get_by_role("button", name="Save my mail choices").click()
    expect(phone.page.locator(".flashes")).to_contain_text("Your mail choices are saved.")
    phone.seen("me-mail-saved")
    phone.go(f"/e/{SLUG}/signin", "signin-with-lost-link-form")
