"""Mail in the console: inviting attendees and seeing, per attendee, whether their invitation
went out and whether they signed in; the event's messages with each one's state; any message
shown as it is (or would be) sent — the demo's mail when no SMTP server is set; and the
organiser's mail settings (which kinds go out, when reminders do). The pages call the same
services as the JSON API."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Request, Response, get, post
from litestar.params import FromPath
from litestar.plugins.flash import flash
from litestar.response import Template

from matchmaker.audit.service import record
from matchmaker.errors import MatchmakerError, Unavailable
from matchmaker.mail import outbox
from matchmaker.mail.event_settings import MailSettings, mail_settings, save_mail_settings
from matchmaker.mail.invitations import invite
from matchmaker.mail.preview import outbox_of, preview
from matchmaker.pages.actions import attempt
from matchmaker.pages.attendee.dependencies import T
from matchmaker.pages.console.dependencies import Organiser, Owner
from matchmaker.pages.console.navigation import console_path
from matchmaker.pages.console.rendering import console_page
from matchmaker.pages.errors import describe
from matchmaker.pages.forms import choices, convert, one_id, text
from matchmaker.pages.i18n import N_
from matchmaker.pages.responses import see_other
from matchmaker.web.dependencies import Conn, CurrentEvent

MAIL_KINDS = {
    "invitation": N_("Invitation"),
    "signin_link": N_("Sign-in link asked for"),
    "request_received": N_("Request received"),
    "request_accepted": N_("Request accepted"),
    "request_declined": N_("Request declined"),
    "request_withdrawn": N_("Request withdrawn"),
    "request_expired": N_("Request expired"),
    "request_reminder": N_("Reminder to answer a request"),
    "meeting_booked": N_("Meeting booked (calendar invitation)"),
    "meeting_cancelled": N_("Meeting cancelled (calendar cancellation)"),
    "meeting_reminder": N_("Reminder before a meeting"),
}
MAIL_STATUSES = {
    "pending": N_("Waiting to be sent"),
    "kept": N_("Kept (no mail server)"),
    "sent": N_("Sent"),
    "failed": N_("Failed"),
}


def _number(value: str) -> int | str:
    """A whole number typed in a form; anything else is left for validation to refuse."""
    return int(value) if value.isdigit() and len(value) < 10 else value


class MailPages(Controller):
    @get("/mail", name="console:mail")
    async def mail(
        self, request: Request[Any, Any, Any], conn: Conn, event: CurrentEvent, organiser: Organiser
    ) -> Template:
        sending = bool(request.app.state.settings.smtp_url)
        return console_page(
            request,
            "console/mail.html",
            event=event,
            organiser=organiser,
            active="mail",
            sending=sending,
            people=await outbox.invitation_status(conn, event.id),
            messages=(await outbox_of(conn, event.id, sending=sending)).items,
            settings=await mail_settings(conn, event.id),
            kinds=MAIL_KINDS,
            statuses=MAIL_STATUSES,
        )

    @post("/mail/invitations")
    async def invitations(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        organiser: Organiser,
        t: T,
    ) -> Response[Any]:
        form = await request.form()
        who, attendee_id = text(form, "who"), one_id(form, "attendee_id")
        days = request.app.state.settings.signin_link_days

        async def send() -> int:
            queued = await invite(
                conn,
                event,
                attendee_ids=None if attendee_id is None else [attendee_id],
                everyone=attendee_id is None and who == "all",
                not_signed_in=attendee_id is None and who != "all",
                valid_days=days,
            )
            await record(conn, event.id, organiser, "invitations.sent", {"queued": queued})
            return queued

        outcome = await attempt(conn, send)
        if isinstance(outcome, MatchmakerError):
            flash(request, describe(t, outcome), "error")
        else:
            flash(
                request,
                t.ngettext("%(num)s invitation queued.", "%(num)s invitations queued.", outcome),
                "success",
            )
        return see_other(request, console_path(event.slug, "mail#invitations"))

    @post("/mail/settings")
    async def save_settings(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        owner: Owner,
        t: T,
    ) -> Response[Any]:
        form = await request.form()
        sent = set(choices(form, "send"))
        # A sign-in link asked for is always sent: it is not offered as a switch.
        off = [kind for kind in MAIL_KINDS if kind not in sent and kind != "signin_link"]

        async def save() -> MailSettings:
            wanted = convert(
                {
                    "disabled_kinds": off,
                    "meeting_reminder_minutes": _number(text(form, "meeting_reminder_minutes")),
                    "request_reminder_hours": _number(text(form, "request_reminder_hours")),
                },
                MailSettings,
            )
            saved = await save_mail_settings(conn, event.id, wanted)
            await record(conn, event.id, owner, "mail_settings.changed", {})
            return saved

        outcome = await attempt(conn, save)
        if isinstance(outcome, MatchmakerError):
            flash(request, describe(t, outcome), "error")
        else:
            flash(request, t.gettext("The mail settings are saved."), "success")
        return see_other(request, console_path(event.slug, "mail#settings"))

    @get("/mail/{message_id:int}", name="console:mail-message")
    async def message(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        organiser: Organiser,
        message_id: FromPath[int],
    ) -> Template:
        composer = getattr(request.app.state, "mail_composer", None)
        if composer is None:
            raise Unavailable("mail is not ready yet; retry shortly")
        shown = await preview(conn, event.id, message_id, composer.render)
        return console_page(
            request,
            "console/mail_message.html",
            event=event,
            organiser=organiser,
            active="mail",
            message=shown,
            sending=bool(request.app.state.settings.smtp_url),
            statuses=MAIL_STATUSES,
            mail_from=request.app.state.settings.mail_from,
        )
