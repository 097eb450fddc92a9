"""The agenda as an iCalendar document. Each meeting keeps one globally unique UID for its
whole life and carries the SEQUENCE the database bumps on every change of time, table or
status, so a calendar that imports the file again, or polls the subscription feed, updates
the entry instead of adding a second one; a cancelled meeting stays in the document with
STATUS:CANCELLED so calendars remove it. Times carry the event's TZID, with a VTIMEZONE.

The words shown in calendars come from the caller (``CalendarTexts``), so pages can pass
them in the reader's language while this module stays free of web and translation code."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import icalendar

from matchmaker.booking.schemas import AgendaItem
from matchmaker.events.models import Event

PRODUCT_ID = "-//matchmaker//agenda//EN"


@dataclass(frozen=True)
class CalendarTexts:
    """The human words in a calendar entry; ``{name}``, ``{event}`` and ``{note}`` are
    filled in."""

    summary: str = "Meeting with {name}"
    former_attendee: str = "a former attendee"
    calendar_name: str = "{event} — my meetings"
    cancelled: str = "Cancelled: {note}"


def _vevent(item: AgendaItem, event: Event, texts: CalendarTexts) -> icalendar.Event:
    partner = item.partner.name if item.partner else texts.former_attendee
    entry = icalendar.Event()
    entry.add("uid", item.uid)
    entry.add("dtstamp", item.updated_at)
    entry.add("last-modified", item.updated_at)
    entry.add("created", item.booked_at)
    entry.add("dtstart", item.slot.starts_at)
    entry.add("dtend", item.slot.ends_at)
    entry.add("summary", texts.summary.format(name=partner))
    entry.add("location", f"{item.table.label} — {item.session_name}")
    lines = [f"{event.name}: {item.session_name}, {item.table.label}."]
    if item.partner is not None and item.partner.organisation:
        lines.append(f"{item.partner.name}, {item.partner.organisation}.")
    cancelled = item.status == "cancelled"
    if cancelled and item.cancel_note:
        lines.append(texts.cancelled.format(note=item.cancel_note))
    entry.add("description", "\n".join(lines))
    entry.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    entry.add("sequence", item.sequence)
    return entry


def agenda_calendar(
    event: Event, items: Iterable[AgendaItem], texts: CalendarTexts | None = None
) -> bytes:
    """The iCalendar document of these agenda items (all of an agenda, or one meeting)."""
    words = texts or CalendarTexts()
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", words.calendar_name.format(event=event.name))
    calendar.add("x-wr-timezone", event.timezone)
    for item in items:
        calendar.add_component(_vevent(item, event, words))
    calendar.add_missing_timezones()
    ical: bytes = calendar.to_ical()
    return ical


def meeting_invitation(
    event: Event,
    item: AgendaItem,
    *,
    organizer: str,
    attendees: Iterable[tuple[str, str]],
    cancel: bool = False,
    texts: CalendarTexts | None = None,
) -> bytes:
    """One meeting as an iTIP message for a mail attachment (RFC 5546): ``METHOD:REQUEST``
    adds or updates it in the recipient's calendar, ``METHOD:CANCEL`` removes it. The UID
    and SEQUENCE are the feed's, so the mailed entry and the subscribed one are the same.
    ``organizer`` is the service's address; ``attendees`` are (name, address) pairs."""
    words = texts or CalendarTexts()
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "CANCEL" if cancel else "REQUEST")
    entry = _vevent(item, event, words)
    if cancel:
        entry["status"] = icalendar.vText("CANCELLED")
    organizer_entry = icalendar.vCalAddress(f"mailto:{organizer}")
    organizer_entry.params["cn"] = icalendar.vText(event.name)
    entry.add("organizer", organizer_entry)
    for name, address in attendees:
        person = icalendar.vCalAddress(f"mailto:{address}")
        person.params["cn"] = icalendar.vText(name)
        person.params["role"] = icalendar.vText("REQ-PARTICIPANT")
        person.params["partstat"] = icalendar.vText("ACCEPTED")
        entry.add("attendee", person)
    calendar.add_component(entry)
    calendar.add_missing_timezones()
    ical: bytes = calendar.to_ical()
    return ical
