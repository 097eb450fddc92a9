"""Mail in the organiser console, without an SMTP server (the demo): invitations are sent
from the console and kept, each attendee's invitation and sign-in shown; every message is
shown as it would be sent, with links that work; the organiser's mail settings decide which
messages are written and when reminders are."""

from __future__ import annotations

import re

from pages.page_world import CONSOLE, SLUG, World

from conftest import attendee_body, organiser
from matchmaker.audit.service import audit_entries


async def register(world: World, name: str) -> int:
    response = await world.api.post(
        f"/api/v1/events/{SLUG}/attendees", json=attendee_body(name), headers=organiser()
    )
    assert response.status_code == 201, response.text
    attendee_id: int = response.json()["id"]
    return attendee_id


async def test_invitations_are_kept_and_shown_when_no_smtp_server_is_set(world: World) -> None:
    anne_id = await register(world, "Anne Dupont")
    await world.person("Bart Peeters")  # signed in already
    owner = await world.console()
    page = await owner.get(f"{CONSOLE}/mail")
    assert page.status_code == 200
    assert "No mail server is set (MATCHMAKER_SMTP_URL)" in page.text
    assert "Not invited" in page.text

    sent = await owner.post(f"{CONSOLE}/mail/invitations", {"who": "not_signed_in"})
    assert sent.status_code == 200
    assert "1 invitation queued." in sent.text
    assert "Kept (no mail server)" in sent.text
    [row] = await world.db.fetch("select id, attendee_id, status from mail_outbox")
    assert row["attendee_id"] == anne_id
    assert row["status"] == "pending"
    entries = await audit_entries(world.db, world.event_id)
    assert entries[0].action == "invitations.sent"
    assert entries[0].details == {"queued": 1}

    shown = await owner.get(f"{CONSOLE}/mail/{row['id']}")
    assert shown.status_code == 200
    assert "Your invitation to Security, Democracy &amp; Cities" in shown.text
    assert "Anne Dupont &lt;anne.dupont@example.org&gt;" in shown.text
    # The link the message carries opens Anne's sign-in page.
    path = re.search(r"http://127\.0\.0\.1:8000(/e/sdc-2024/signin/[\w-]+)", shown.text)
    assert path is not None
    signin = await (await world.visitor()).get(path.group(1))
    assert "Continue as Anne Dupont" in signin.text

    again = await owner.post(f"{CONSOLE}/mail/invitations", {"attendee_id": str(anne_id)})
    assert "1 invitation queued." in again.text
    missing = await owner.post(f"{CONSOLE}/mail/invitations", {"attendee_id": "999999"})
    assert "1 invitation queued." not in missing.text
    assert await world.db.fetchval("select count(*) from mail_outbox") == 2


async def test_the_organiser_chooses_which_messages_go_out(world: World) -> None:
    anne = await world.person("Anne Dupont")
    bart = await world.person("Bart Peeters")
    owner = await world.console()
    kinds = [
        "request_accepted",
        "request_declined",
        "meeting_booked",
        "meeting_cancelled",
        "meeting_reminder",
    ]
    saved = await owner.post(
        f"{CONSOLE}/mail/settings",
        {"send": kinds, "meeting_reminder_minutes": "30", "request_reminder_hours": "48"},
    )
    assert "The mail settings are saved." in saved.text
    settings = (
        await world.api.get(f"/api/v1/events/{SLUG}/mail-settings", headers=organiser())
    ).json()
    assert settings["meeting_reminder_minutes"] == 30
    assert settings["request_reminder_hours"] == 48
    assert "request_received" in settings["disabled_kinds"]
    await anne.visitor.post(f"/e/{SLUG}/people/{bart.id}/request", {"message": "Hi"})
    assert await world.db.fetchval("select count(*) from mail_outbox") == 0
    refused = await owner.post(
        f"{CONSOLE}/mail/settings",
        {"send": kinds, "meeting_reminder_minutes": "0", "request_reminder_hours": "48"},
    )
    assert "The mail settings are saved." not in refused.text


def test_serve_says_where_mail_goes_or_that_it_is_kept() -> None:
    from matchmaker.serve import _banner
    from matchmaker.settings import Settings

    kept = _banner(Settings(admin_token="t"), None)
    assert "MATCHMAKER_SMTP_URL is not set, so nothing is sent" in kept
    assert "mail preview page" in kept
    sent = _banner(Settings(admin_token="t", smtp_url="smtp://u:secret@mail.example.org:587"), None)
    assert "mail: sent through mail.example.org:587" in sent
    assert "secret" not in sent
