"""What each message says, written when it is sent, in the recipient's language, as plain
text and HTML from one structure (a ``Letter``), with its links to the attendee app, the
unsubscribe headers of a non-essential message, and the calendar attachment of a meeting.

The links only ever open pages: accepting or declining from a message opens a page whose
button does it, since mail scanners follow every link before the person does."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formataddr
from pathlib import Path
from typing import Any

import asyncpg
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from matchmaker.attendees import repository as attendees
from matchmaker.attendees.models import AttendeeProfile
from matchmaker.booking import agenda
from matchmaker.booking.calendar import CalendarTexts, meeting_invitation
from matchmaker.booking.schemas import AgendaItem
from matchmaker.events.models import Event
from matchmaker.events.repository import event_by_id
from matchmaker.events.service import get_match_settings
from matchmaker.mail.outbox import ESSENTIAL, Claimed
from matchmaker.mail.preferences import preferences_of, unsubscribe_token
from matchmaker.mail.sender import from_address
from matchmaker.pages.i18n import Translator, Translators
from matchmaker.pages.reasons import worded
from matchmaker.sessions.times import shown
from matchmaker.suggestions import service as suggestions
from matchmaker.suggestions.registry import MatcherRegistry

TEMPLATES = Path(__file__).parent / "templates"


@dataclass
class Letter:
    """One message before it is laid out: every text already in the reader's language."""

    subject: str
    greeting: str
    paragraphs: list[str] = field(default_factory=list)
    quote: str = ""
    card: list[str] = field(default_factory=list)
    """the other person as on their profile card: name first"""
    actions: list[tuple[str, str]] = field(default_factory=list)
    """(label, absolute address) of the buttons"""
    after: list[str] = field(default_factory=list)
    calendar: bytes | None = None
    calendar_method: str = "REQUEST"


@dataclass(frozen=True)
class Reader:
    """Who a message is for and what it is about."""

    event: Event
    me: AttendeeProfile
    t: Translator


class Composer:
    """Renders claimed outbox messages (the sender's ``render``) and previews them."""

    def __init__(
        self,
        translators: Translators,
        base_url: str,
        mail_from: str,
        secret: Callable[[], str],
        matchers: MatcherRegistry | None = None,
    ) -> None:
        self.translators = translators
        self.base_url = base_url.rstrip("/")
        self.mail_from = mail_from
        self.secret = secret
        self.matchers = matchers
        self.html = Environment(
            loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined
        ).get_template("letter.html")

    async def render(self, conn: asyncpg.Connection, claimed: Claimed) -> EmailMessage | None:
        """The message ready to send (From, Message-ID and Date are the sender's), or None
        when its recipient or subject no longer exists."""
        event = await event_by_id(conn, claimed.event_id)
        me = (
            None
            if event is None
            else await attendees.attendee_by_id(conn, event.id, claimed.attendee_id)
        )
        if event is None or me is None:
            return None
        preferences = await preferences_of(conn, me.id)
        reader = Reader(event, me, self.translators[preferences.language])
        letter = await self._letter(conn, reader, claimed.kind, claimed.payload)
        if letter is None:
            return None
        return self._message(reader, claimed.category, letter)

    def link(self, event: Event, path: str) -> str:
        return f"{self.base_url}/e/{event.slug}{path}"

    def _message(self, reader: Reader, category: str, letter: Letter) -> EmailMessage:
        t = reader.t
        message = EmailMessage()
        message["To"] = formataddr((reader.me.name, reader.me.email))
        message["Subject"] = letter.subject
        message["Auto-Submitted"] = "auto-generated"
        unsubscribe = None
        if category != ESSENTIAL:
            token = unsubscribe_token(self.secret(), reader.me.id, category)
            unsubscribe = self.link(reader.event, f"/mail/unsubscribe/{token}")
            message["List-Unsubscribe"] = f"<{unsubscribe}>"
            message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
        footer = t.gettext(
            "You receive this message as an attendee of %(event)s.", event=reader.event.name
        )
        settings_line = t.gettext(
            "Choose which messages you receive: %(url)s", url=self.link(reader.event, "/me#mail")
        )
        stop = t.gettext("Stop messages like this one") if unsubscribe else ""
        message.set_content(self._text(letter, footer, settings_line, stop, unsubscribe))
        message.add_alternative(
            self.html.render(
                lang=t.language,
                letter=letter,
                footer=footer,
                settings_label=t.gettext("Choose which messages you receive"),
                settings_url=self.link(reader.event, "/me#mail"),
                stop=stop,
                unsubscribe=unsubscribe,
            ),
            subtype="html",
        )
        if letter.calendar is not None:
            message.add_attachment(
                letter.calendar,
                maintype="text",
                subtype="calendar",
                filename="meeting.ics",
                params={"method": letter.calendar_method},
            )
        return message

    @staticmethod
    def _text(
        letter: Letter, footer: str, settings_line: str, stop: str, unsubscribe: str | None
    ) -> str:
        blocks = [letter.greeting, *letter.paragraphs]
        if letter.card:
            blocks.append("\n".join(letter.card))
        if letter.quote:
            blocks.append("\n".join(f"> {line}" for line in letter.quote.splitlines()))
        blocks.extend(f"{label}:\n{url}" for label, url in letter.actions)
        blocks.extend(letter.after)
        blocks.append("-- \n" + footer + "\n" + settings_line)
        if unsubscribe:
            blocks[-1] += f"\n{stop}: {unsubscribe}"
        return "\n\n".join(blocks) + "\n"

    async def _letter(
        self, conn: asyncpg.Connection, reader: Reader, kind: str, payload: dict[str, Any]
    ) -> Letter | None:
        t, event, me = reader.t, reader.event, reader.me
        hello = t.gettext("Hello %(name)s,", name=me.name)
        if kind in ("invitation", "signin_link"):
            signin = self.link(event, f"/signin/{payload['token']}")
            by_code = t.gettext(
                "If the button does not work, open %(url)s and type your e-mail address "
                "and the code %(code)s.",
                url=self.link(event, "/signin"),
                code=payload["code"],
            )
            personal = t.gettext("This link is personal: do not forward this message.")
            if kind == "invitation":
                return Letter(
                    subject=t.gettext("Your invitation to %(event)s", event=event.name),
                    greeting=hello,
                    paragraphs=[
                        t.gettext(
                            "You are invited to meet other attendees of %(event)s: see who you "
                            "should meet, ask for meetings and find your schedule of meetings "
                            "with their tables.",
                            event=event.name,
                        )
                    ],
                    actions=[(t.gettext("Sign in"), signin)],
                    after=[by_code, personal],
                )
            return Letter(
                subject=t.gettext("Your sign-in link for %(event)s", event=event.name),
                greeting=hello,
                paragraphs=[t.gettext("Here is the sign-in link you asked for.")],
                actions=[(t.gettext("Sign in"), signin)],
                after=[
                    by_code,
                    personal,
                    t.gettext("If you did not ask for it, you can ignore this message."),
                ],
            )
        if kind.startswith("request_"):
            return await self._request_letter(conn, reader, kind, payload, hello)
        if kind.startswith("meeting_"):
            return await self._meeting_letter(conn, reader, kind, payload, hello)
        return None

    async def _request_letter(
        self,
        conn: asyncpg.Connection,
        reader: Reader,
        kind: str,
        payload: dict[str, Any],
        hello: str,
    ) -> Letter | None:
        t, event, me = reader.t, reader.event, reader.me
        request = await conn.fetchrow(
            """
            select id, from_id, to_id, message, status, expires_at
            from meeting_requests where id = $1 and event_id = $2
            """,
            payload["request_id"],
            event.id,
        )
        if request is None:
            return None
        other_id = request["from_id"] if request["to_id"] == me.id else request["to_id"]
        other = await attendees.attendee_by_id(conn, event.id, other_id)
        if other is None:
            return None
        requests_page = self.link(event, f"/requests#request-{request['id']}")
        if kind in ("request_received", "request_reminder"):
            expires = t.date_time(shown(request["expires_at"], event.timezone))
            if kind == "request_received":
                subject = t.gettext("%(name)s asks to meet you", name=other.name)
                first = t.gettext(
                    "%(name)s would like to meet you at %(event)s.",
                    name=other.name,
                    event=event.name,
                )
            else:
                subject = t.gettext("%(name)s is waiting for your answer", name=other.name)
                first = t.gettext(
                    "%(name)s asked to meet you and is still waiting for your answer.",
                    name=other.name,
                )
            paragraphs = [first]
            reason = await self._why(conn, reader, other)
            if reason:
                paragraphs.append(
                    t.gettext("Why you were suggested to each other: %(reason)s", reason=reason)
                )
            return Letter(
                subject=subject,
                greeting=hello,
                paragraphs=paragraphs,
                quote=request["message"],
                card=self._card(t, other),
                actions=[
                    (t.gettext("Accept"), self.link(event, f"/requests/{request['id']}/accept")),
                    (t.gettext("Decline"), self.link(event, f"/requests/{request['id']}/decline")),
                ],
                after=[
                    t.gettext("Without an answer the request expires on %(when)s.", when=expires)
                ],
            )
        if kind == "request_accepted":
            letter = Letter(
                subject=t.gettext("%(name)s accepted your request", name=other.name),
                greeting=hello,
                paragraphs=[t.gettext("%(name)s accepted your meeting request.", name=other.name)],
                card=self._card(t, other),
            )
            meeting_id = payload.get("meeting_id")
            item = None if meeting_id is None else await self._item(conn, reader, meeting_id)
            if item is None:
                letter.paragraphs.append(t.gettext("Choose a time when you are both free."))
                letter.actions = [(t.gettext("Choose a time"), requests_page)]
                return letter
            self._describe_meeting(reader, item, letter)
            letter.calendar = await self._calendar(conn, reader, item, cancel=False)
            return letter
        if kind == "request_declined":
            return Letter(
                subject=t.gettext("%(name)s declined your request", name=other.name),
                greeting=hello,
                paragraphs=[
                    t.gettext("%(name)s declined your meeting request.", name=other.name),
                    t.gettext("Other people may be a good match: see your suggestions."),
                ],
                actions=[(t.gettext("See my suggestions"), self.link(event, "/people"))],
            )
        if kind == "request_withdrawn":
            return Letter(
                subject=t.gettext("%(name)s withdrew their request", name=other.name),
                greeting=hello,
                paragraphs=[
                    t.gettext(
                        "%(name)s withdrew their meeting request: nothing to answer.",
                        name=other.name,
                    )
                ],
            )
        if kind == "request_expired":
            return Letter(
                subject=t.gettext("Your request to %(name)s expired", name=other.name),
                greeting=hello,
                paragraphs=[
                    t.gettext(
                        "%(name)s did not answer your meeting request in time, so it expired.",
                        name=other.name,
                    ),
                ],
                actions=[(t.gettext("Ask again"), self.link(event, f"/people/{other.id}"))],
            )
        return None

    async def _meeting_letter(
        self,
        conn: asyncpg.Connection,
        reader: Reader,
        kind: str,
        payload: dict[str, Any],
        hello: str,
    ) -> Letter | None:
        t = reader.t
        item = await self._item(conn, reader, payload["meeting_id"])
        if item is None:
            return None
        partner = item.partner.name if item.partner else t.gettext("a former attendee")
        when = t.date_time(item.slot.starts_at)
        if kind == "meeting_booked":
            letter = Letter(
                subject=t.gettext("Meeting with %(name)s: %(when)s", name=partner, when=when),
                greeting=hello,
                paragraphs=[t.gettext("Your meeting with %(name)s is booked.", name=partner)],
            )
            self._describe_meeting(reader, item, letter)
            letter.calendar = await self._calendar(conn, reader, item, cancel=False)
            return letter
        if kind == "meeting_reminder":
            if item.status != "booked":
                return None
            letter = Letter(
                subject=t.gettext(
                    "Soon: %(name)s at %(table)s", name=partner, table=item.table.label
                ),
                greeting=hello,
                paragraphs=[t.gettext("Your next meeting is soon.")],
            )
            self._describe_meeting(reader, item, letter)
            return letter
        if kind == "meeting_cancelled":
            if item.status != "cancelled":
                return None
            by_organiser = payload.get("by") is None
            letter = Letter(
                subject=t.gettext("Cancelled: meeting with %(name)s", name=partner),
                greeting=hello,
                paragraphs=[
                    t.gettext(
                        "The organisers cancelled your meeting with %(name)s on %(when)s.",
                        name=partner,
                        when=when,
                    )
                    if by_organiser
                    else t.gettext(
                        "%(name)s cancelled your meeting on %(when)s.", name=partner, when=when
                    )
                ],
                quote=item.cancel_note,
                actions=[(t.gettext("My schedule"), self.link(reader.event, "/schedule"))],
            )
            letter.calendar = await self._calendar(conn, reader, item, cancel=True)
            letter.calendar_method = "CANCEL"
            return letter
        return None

    def _describe_meeting(self, reader: Reader, item: AgendaItem, letter: Letter) -> None:
        t = reader.t
        slot = item.slot
        when = f"{t.date(slot.starts_at)}, {t.time_range(slot.starts_at, slot.ends_at)}"
        letter.paragraphs.append(
            t.gettext(
                "When: %(when)s. Where: %(table)s (%(session)s).",
                when=when,
                table=item.table.label,
                session=item.session_name,
            )
        )
        letter.actions.append((t.gettext("My schedule"), self.link(reader.event, "/schedule")))

    async def _item(
        self, conn: asyncpg.Connection, reader: Reader, meeting_id: int
    ) -> AgendaItem | None:
        mine = await agenda.agenda(conn, reader.event, reader.me.id)
        return next((i for i in mine.items if i.meeting_id == meeting_id), None)

    async def _calendar(
        self, conn: asyncpg.Connection, reader: Reader, item: AgendaItem, *, cancel: bool
    ) -> bytes:
        t = reader.t
        people = [(reader.me.name, reader.me.email)]
        if item.partner is not None:
            partner = await attendees.attendee_by_id(conn, reader.event.id, item.partner.id)
            if partner is not None:
                people.append((partner.name, partner.email))
        return meeting_invitation(
            reader.event,
            item,
            organizer=self._from_address(),
            attendees=people,
            cancel=cancel,
            texts=CalendarTexts(
                summary=t.gettext("Meeting with {name}"),
                former_attendee=t.gettext("a former attendee"),
                calendar_name=t.gettext("{event} — my meetings"),
                cancelled=t.gettext("Cancelled: {note}"),
            ),
        )

    def _from_address(self) -> str:
        return from_address(self.mail_from)[1] or "matchmaker@localhost"

    @staticmethod
    def _card(t: Translator, person: AttendeeProfile) -> list[str]:
        """The other person as their card shows them, leaving out what they hide."""
        hidden = set(person.hidden_fields)
        lines = [person.name]
        work = ", ".join(
            value
            for name, value in (("role", person.role), ("organisation", person.organisation))
            if value and name not in hidden
        )
        if work:
            lines.append(work)
        place = ", ".join(
            value
            for name, value in (("city", person.city), ("country", t.country(person.country)))
            if value and name not in hidden
        )
        if place:
            lines.append(place)
        return lines

    async def _why(self, conn: asyncpg.Connection, reader: Reader, other: AttendeeProfile) -> str:
        """The matcher's first reasons for suggesting the sender to the recipient, worded
        for the reader; empty when there is no matcher here or no reason to give."""
        if self.matchers is None:
            return ""
        try:
            settings = await get_match_settings(conn, reader.event.id)
            why = await suggestions.why_suggested(
                conn, self.matchers, reader.event, reader.me, other, settings
            )
        except Exception:  # a reason is a nicety: the message goes without it
            return ""
        if why is None or not why.reason_details:
            return ""
        return "; ".join(worded(reader.t, reason) for reason in why.reason_details[:2])
