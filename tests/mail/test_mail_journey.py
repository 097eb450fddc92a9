"""The mail a real event needs, end to end with a real SMTP server: the organiser invites,
an attendee signs in from the mailed link and asks for a meeting, the other gets the request
by mail and accepts from its link, both get the calendar invitation (parsed by the icalendar
package, independent of how it was written) and then the reminder with the table; a
cancellation mails METHOD:CANCEL with the same UID. Messages follow preferences and the
recipient's language; unsubscribing is one click; a sign-in link can be asked for."""

from __future__ import annotations

import re
from email.message import EmailMessage
from typing import Any

import icalendar
import pytest
from litestar import Litestar
from pages.page_world import SLUG, Visitor, World

from conftest import attendee_body, organiser
from mail_world import SmtpServer
from matchmaker.app import create_app
from matchmaker.mail.reminders import enqueue_due
from matchmaker.matching import HashingEmbedder
from matchmaker.settings import Settings

PUBLIC = "http://testserver.local"
LINK = re.compile(re.escape(PUBLIC) + r"(/e/[^\s\"<>]+)")


@pytest.fixture
def app(mail_settings: Settings, hashing_embedder: HashingEmbedder) -> Litestar:
    """The app with its sender and reminders running against the test SMTP server."""
    return create_app(mail_settings, embedder=hashing_embedder)


def text_of(message: EmailMessage) -> str:
    body = message.get_body(preferencelist=("plain",))
    assert body is not None
    return str(body.get_content())


def html_of(message: EmailMessage) -> str:
    body = message.get_body(preferencelist=("html",))
    assert body is not None
    return str(body.get_content())


def links(message: EmailMessage) -> list[str]:
    """The paths of the links in the plain-text body, in order."""
    return LINK.findall(text_of(message))


def calendar_of(message: EmailMessage) -> icalendar.Calendar:
    parts = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
    assert len(parts) == 1, "expected one calendar attachment"
    return icalendar.Calendar.from_ical(parts[0].get_payload(decode=True))


def subjects(messages: list[EmailMessage]) -> list[str]:
    return [str(m["Subject"]) for m in messages]


async def register(world: World, name: str, **fields: Any) -> int:
    response = await world.api.post(
        f"/api/v1/events/{SLUG}/attendees", json=attendee_body(name, **fields), headers=organiser()
    )
    assert response.status_code == 201, response.text
    attendee_id: int = response.json()["id"]
    return attendee_id


def address(name: str) -> str:
    return name.lower().replace(" ", ".") + "@example.org"


async def sign_in_from(world: World, message: EmailMessage, attendee_id: int) -> Visitor:
    """Follow the mailed sign-in link as a browser does: its page, then its button."""
    visitor = await world.visitor()
    signin = next(path for path in links(message) if "/signin/" in path)
    page = await visitor.get(signin)
    assert page.status_code == 200
    assert "Continue as" in page.text
    done = await visitor.post(signin, follow_redirects=False)
    assert done.status_code == 303, done.text
    await world.db.execute(
        "insert into attendee_onboarding (attendee_id, completed_at) values ($1, now())",
        attendee_id,
    )
    return visitor


async def test_invite_sign_in_request_accept_calendar_and_reminder_by_mail(
    world: World, smtp_server: SmtpServer
) -> None:
    inbox = smtp_server.inbox
    anne_id = await register(world, "Anne Dupont")
    bart_id = await register(world, "Bart Peeters", organisation="Ghent University")

    queued = await world.api.post(
        f"/api/v1/events/{SLUG}/invitations", json={"all": True}, headers=organiser()
    )
    assert queued.status_code == 202
    assert queued.json() == {"queued": 2}
    await inbox.wait_for(lambda m: len(m) == 2, what="two invitations")
    [anne_invite] = inbox.to(address("Anne Dupont"))
    assert "Your invitation to Security, Democracy & Cities" in str(anne_invite["Subject"])
    assert "code" in text_of(anne_invite)
    assert 'href="' + PUBLIC + "/e/sdc-2024/signin/" in html_of(anne_invite)

    anne = await sign_in_from(world, anne_invite, anne_id)
    slot = world.session["slots"][1]
    sent = await anne.post(
        f"/e/{SLUG}/people/{bart_id}/request",
        {"message": "Night mediators?", "preferred_slot_ids": [str(slot["id"])]},
    )
    assert sent.status_code == 200
    assert "Request sent to Bart Peeters" in sent.text

    messages = await inbox.wait_for(
        lambda m: any("asks to meet you" in s for s in subjects(m)), what="the request"
    )
    request_mail = next(m for m in messages if "asks to meet you" in str(m["Subject"]))
    assert request_mail["To"] == "Bart Peeters <bart.peeters@example.org>"
    body = text_of(request_mail)
    assert "Anne Dupont would like to meet you" in body
    assert "> Night mediators?" in body
    assert "City of Dupont" in body  # the sender's card
    assert request_mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert str(request_mail["List-Unsubscribe"]).startswith(f"<{PUBLIC}/e/{SLUG}/mail/unsubscribe/")
    request_id = await world.db.fetchval("select id from meeting_requests")
    accept_path = f"/e/{SLUG}/requests/{request_id}/accept"
    assert accept_path in links(request_mail)
    assert f"/e/{SLUG}/requests/{request_id}/decline" in links(request_mail)

    [bart_invite] = inbox.to(address("Bart Peeters"))[:1]
    bart = await sign_in_from(world, bart_invite, bart_id)
    confirm = await bart.get(accept_path)
    assert confirm.status_code == 200
    assert "Accept this request?" in confirm.text
    # Opening the link changed nothing: only the page's button does.
    assert await world.db.fetchval("select status from meeting_requests") == "pending"
    accepted = await bart.post(accept_path, {"slot_id": str(slot["id"])})
    assert "Meeting booked with Anne Dupont" in accepted.text

    meeting = await world.db.fetchrow("select id, uid, sequence from meetings")
    uid = f"{meeting['uid']}@matchmaker"
    messages = await inbox.wait_for(
        lambda m: sum(1 for p in m if "text/calendar" in p.as_string()) >= 2,
        what="two calendar invitations",
    )
    to_anne = next(m for m in inbox.to(address("Anne Dupont")) if "accepted" in str(m["Subject"]))
    to_bart = next(
        m for m in inbox.to(address("Bart Peeters")) if "Meeting with" in str(m["Subject"])
    )
    for message in (to_anne, to_bart):
        calendar = calendar_of(message)
        assert str(calendar["METHOD"]) == "REQUEST"
        [entry] = calendar.walk("VEVENT")
        assert str(entry["UID"]) == uid
        assert entry.decoded("DTSTART").isoformat()[:16] == slot["starts_at"][:16]
        assert "Table" in str(entry["LOCATION"])
        assert {str(a) for a in entry.get("ATTENDEE")} == {
            "mailto:anne.dupont@example.org",
            "mailto:bart.peeters@example.org",
        }

    # The organiser reminds a week ahead: the meeting (three days away) is due at once.
    saved = await world.api.put(
        f"/api/v1/events/{SLUG}/mail-settings",
        json={"meeting_reminder_minutes": 10080},
        headers=organiser(),
    )
    assert saved.status_code == 200, saved.text
    await inbox.wait_for(
        lambda m: sum(1 for s in subjects(m) if s.startswith("Soon:")) == 2, what="reminders"
    )
    reminder = next(
        m for m in inbox.to(address("Anne Dupont")) if str(m["Subject"]).startswith("Soon:")
    )
    assert "Table" in str(reminder["Subject"])
    assert "Bart Peeters" in str(reminder["Subject"])
    # However often the reminder task runs, each person is reminded once.
    assert (
        await world.db.fetchval("select count(*) from mail_outbox where kind = 'meeting_reminder'")
        == 2
    )

    cancelled = await anne.post(
        f"/e/{SLUG}/schedule/{meeting['id']}/cancel", {"note": "Sorry, train strike"}
    )
    assert cancelled.status_code == 200
    await inbox.wait_for(
        lambda m: any(s.startswith("Cancelled:") for s in subjects(m)), what="the cancellation"
    )
    [cancel_mail] = [m for m in inbox.messages() if str(m["Subject"]).startswith("Cancelled:")]
    assert cancel_mail["To"] == "Bart Peeters <bart.peeters@example.org>"
    assert "Sorry, train strike" in text_of(cancel_mail)
    calendar = calendar_of(cancel_mail)
    assert str(calendar["METHOD"]) == "CANCEL"
    [entry] = calendar.walk("VEVENT")
    assert str(entry["UID"]) == uid
    assert str(entry["STATUS"]) == "CANCELLED"
    assert int(entry["SEQUENCE"]) > meeting["sequence"]


async def test_answers_are_mailed_in_the_recipient_s_language(
    world: World, smtp_server: SmtpServer
) -> None:
    anne = await world.person("Anne Dupont")
    bart = await world.person("Bart Peeters", language="fr")
    # Bart's switcher choice is the language of his mail.
    await bart.visitor.post(f"/e/{SLUG}/language", {"language": "fr", "next": f"/e/{SLUG}/"})
    await anne.visitor.post(f"/e/{SLUG}/people/{bart.id}/request", {"message": "Bonjour"})
    request_id = await world.db.fetchval("select id from meeting_requests")
    french = await smtp_server.inbox.wait_for(
        lambda m: any("souhaite vous rencontrer" in s for s in subjects(m)), what="French request"
    )
    assert any("Accepter" in text_of(m) for m in french)
    await bart.visitor.post(f"/e/{SLUG}/requests/{request_id}/decline")
    declined = await smtp_server.inbox.wait_for(
        lambda m: any("declined your request" in s for s in subjects(m)), what="the decline"
    )
    assert any(m["To"] == "Anne Dupont <anne.dupont@example.org>" for m in declined)


async def test_one_click_unsubscribe_and_the_me_page_switches(
    world: World, smtp_server: SmtpServer
) -> None:
    anne = await world.person("Anne Dupont")
    bart = await world.person("Bart Peeters")
    carl = await world.person("Carl Lens")
    await anne.visitor.post(f"/e/{SLUG}/people/{bart.id}/request", {"message": "Hi"})
    [mail] = await smtp_server.inbox.wait_for(lambda m: len(m) == 1, what="the request")
    unsubscribe = str(mail["List-Unsubscribe"]).strip("<>").removeprefix(PUBLIC)
    # Opening the address changes nothing; a mail client's one-click POST (no cookie, no
    # CSRF token) switches the category off.
    shown = await (await world.visitor()).get(unsubscribe)
    assert shown.status_code == 200
    assert "Stop these messages" in shown.text
    assert await world.db.fetchval("select count(*) from mail_preferences") == 0
    clicked = await world.api.post(
        unsubscribe,
        content=b"List-Unsubscribe=One-Click",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert clicked.status_code == 200, clicked.text
    assert await world.db.fetchval(
        "select switched_off from mail_preferences where attendee_id = $1", bart.id
    ) == ["requests"]
    await carl.visitor.post(f"/e/{SLUG}/people/{bart.id}/request", {"message": "Hello"})
    assert (
        await world.db.fetchval("select count(*) from mail_outbox where kind = 'request_received'")
        == 1
    )
    forged = await world.api.post(unsubscribe[:-3] + "abc")
    assert forged.status_code == 404

    me = await bart.visitor.get(f"/e/{SLUG}/me")
    assert 'name="receive" value="requests"' in me.text
    saved = await bart.visitor.post(
        f"/e/{SLUG}/me/mail", {"receive": ["requests", "meetings"], "language": "fr"}
    )
    assert "Your mail choices are saved." in saved.text
    row = await world.db.fetchrow(
        "select language, switched_off from mail_preferences where attendee_id = $1", bart.id
    )
    assert row["language"] == "fr"
    assert row["switched_off"] == ["answers", "reminders"]


async def test_a_sign_in_link_on_request_says_the_same_whoever_asks_and_is_rate_limited(
    world: World, smtp_server: SmtpServer
) -> None:
    await register(world, "Anne Dupont")
    visitor = await world.visitor()
    known = await visitor.post(f"/e/{SLUG}/signin-link", {"email": "Anne.Dupont@example.org"})
    unknown = await visitor.post(f"/e/{SLUG}/signin-link", {"email": "nobody@example.org"})
    answer = "If this address is registered for Security, Democracy &amp; Cities"
    assert known.status_code == unknown.status_code == 200
    assert answer in known.text
    assert answer in unknown.text
    [mail] = await smtp_server.inbox.wait_for(lambda m: len(m) == 1, what="the link")
    assert "Your sign-in link" in str(mail["Subject"])
    assert any("/signin/" in path for path in links(mail))
    for _ in range(5):
        again = await visitor.post(f"/e/{SLUG}/signin-link", {"email": "anne.dupont@example.org"})
        assert answer in again.text
    # Three an hour per address, whatever is asked.
    assert (
        await world.db.fetchval("select count(*) from mail_outbox where kind = 'signin_link'") == 3
    )


async def test_invitations_choose_exactly_one_group(world: World) -> None:
    anne_id = await register(world, "Anne Dupont")
    await world.person("Bart Peeters")  # signed in already
    url = f"/api/v1/events/{SLUG}/invitations"
    not_signed_in = await world.api.post(url, json={"not_signed_in": True}, headers=organiser())
    assert not_signed_in.status_code == 202
    assert not_signed_in.json() == {"queued": 1}
    assert await world.db.fetchval("select attendee_id from mail_outbox") == anne_id
    chosen = await world.api.post(url, json={"attendee_ids": [anne_id]}, headers=organiser())
    assert chosen.json() == {"queued": 1}
    missing = await world.api.post(
        url, json={"attendee_ids": [anne_id, 999999]}, headers=organiser()
    )
    assert missing.status_code == 404
    assert missing.json()["missing"] == [999999]
    assert (await world.api.post(url, json={}, headers=organiser())).status_code == 409
    both = await world.api.post(url, json={"all": True, "attendee_ids": []}, headers=organiser())
    assert both.status_code == 409
    assert (await world.api.post(url, json={"all": True})).status_code == 401
    assert (
        await world.api.post(url, json={"everyone": True}, headers=organiser())
    ).status_code == 400


async def test_unanswered_and_expired_requests_are_reminded_once(
    world: World, smtp_server: SmtpServer
) -> None:
    anne = await world.person("Anne Dupont")
    bart = await world.person("Bart Peeters")
    await anne.visitor.post(f"/e/{SLUG}/people/{bart.id}/request", {"message": "Hi"})
    # A day and an hour unanswered (the default reminder is after 24 hours).
    await world.db.execute("update meeting_requests set created_at = now() - interval '25 hours'")
    for _ in range(3):
        await enqueue_due(world.db)
    reminded = await smtp_server.inbox.wait_for(
        lambda m: any("is waiting for your answer" in s for s in subjects(m)), what="reminder"
    )
    reminder = next(m for m in reminded if "waiting" in str(m["Subject"]))
    assert reminder["To"] == "Bart Peeters <bart.peeters@example.org>"
    assert any(path.endswith("/accept") for path in links(reminder))
    # Its time runs out: the sender hears that it expired, once, however often this runs.
    await world.db.execute("update meeting_requests set expires_at = now() - interval '1 minute'")
    for _ in range(3):
        await enqueue_due(world.db)
    expired = await smtp_server.inbox.wait_for(
        lambda m: any("expired" in s for s in subjects(m)), what="expiry notice"
    )
    notice = next(m for m in expired if "expired" in str(m["Subject"]))
    assert notice["To"] == "Anne Dupont <anne.dupont@example.org>"
    counts = await world.db.fetch(
        "select kind, count(*) from mail_outbox where kind like 'request_%' group by kind"
    )
    assert {row["kind"]: row["count"] for row in counts} == {
        "request_received": 1,
        "request_reminder": 1,
        "request_expired": 1,
    }
