"""The agenda as an iCalendar file. Each meeting keeps one UID, so re-importing updates the
calendar entry instead of adding another; a cancelled meeting is sent with a higher SEQUENCE
and STATUS:CANCELLED so calendars remove it. Times carry the event's TZID, with a VTIMEZONE."""

from __future__ import annotations

import icalendar

from matchmaker.booking.schemas import Agenda, AgendaItem
from matchmaker.events.models import Event

PRODUCT_ID = "-//matchmaker//agenda//EN"


def meeting_uid(meeting_id: int) -> str:
    """The stable UID of a meeting in every calendar it is imported into."""
    return f"meeting-{meeting_id}@matchmaker"


def _vevent(item: AgendaItem, event: Event) -> icalendar.Event:
    partner = item.partner.name if item.partner else "a former attendee"
    entry = icalendar.Event()
    entry.add("uid", meeting_uid(item.meeting_id))
    entry.add("dtstamp", item.cancelled_at or item.booked_at)
    entry.add("dtstart", item.slot.starts_at)
    entry.add("dtend", item.slot.ends_at)
    entry.add("summary", f"Meeting with {partner}")
    entry.add("location", f"{item.table.label} — {item.session_name}")
    lines = [f"{event.name}: {item.session_name}, {item.table.label}."]
    if item.partner is not None and item.partner.organisation:
        lines.append(f"{item.partner.name}, {item.partner.organisation}.")
    entry.add("description", "\n".join(lines))
    cancelled = item.status == "cancelled"
    entry.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    entry.add("sequence", 1 if cancelled else 0)
    return entry


def agenda_calendar(event: Event, agenda: Agenda) -> bytes:
    """The iCalendar document of an agenda."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", f"{event.name} — my meetings")
    calendar.add("x-wr-timezone", event.timezone)
    for item in agenda.items:
        calendar.add_component(_vevent(item, event))
    calendar.add_missing_timezones()
    ical: bytes = calendar.to_ical()
    return ical
