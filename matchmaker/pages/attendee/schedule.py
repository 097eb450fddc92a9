"""Schedule: my meetings by day with table and partner and a "now" marker, cancelling with
a note, each meeting as an .ics file, the secret subscription feed, and a printable day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from litestar import Controller, MediaType, Request, Response, get, post
from litestar.params import FromPath
from litestar.response import Template

from matchmaker.attendees import repository as attendee_repository
from matchmaker.booking import agenda
from matchmaker.booking import service as booking
from matchmaker.booking.calendar import CalendarTexts, agenda_calendar
from matchmaker.booking.feed import attendee_of_feed, feed_token, reset_feed
from matchmaker.booking.schemas import AgendaItem
from matchmaker.errors import NotFound
from matchmaker.pages.attendee.dependencies import View
from matchmaker.pages.attendee.views import AttendeeView
from matchmaker.pages.forms import text
from matchmaker.pages.i18n import LANGUAGES, Translator, Translators
from matchmaker.pages.responses import page
from matchmaker.web.dependencies import Conn, CurrentEvent

CALENDAR = "text/calendar; charset=utf-8"
MAX_NOTE = 500


@dataclass(frozen=True)
class Day:
    """One day of the schedule; ``now_before`` is the index of the first meeting still to
    come when the day is today (where the "now" marker goes), else None."""

    day: date
    items: list[AgendaItem]
    now_before: int | None


def by_day(items: list[AgendaItem], now: datetime) -> list[Day]:
    days: dict[date, list[AgendaItem]] = {}
    for item in items:
        days.setdefault(item.slot.starts_at.date(), []).append(item)
    result = []
    for day, listed in days.items():
        marker = None
        if day == now.date():
            marker = next((i for i, it in enumerate(listed) if it.slot.ends_at > now), len(listed))
        result.append(Day(day=day, items=listed, now_before=marker))
    return result


def calendar_texts(t: Translator) -> CalendarTexts:
    return CalendarTexts(
        summary=t.gettext("Meeting with {name}"),
        former_attendee=t.gettext("a former attendee"),
        calendar_name=t.gettext("{event} — my meetings"),
        cancelled=t.gettext("Cancelled: {note}"),
    )


async def _my_meeting(view: AttendeeView, meeting_id: int) -> AgendaItem:
    for item in (await agenda.agenda(view.conn, view.event, view.me.id)).items:
        if item.meeting_id == meeting_id:
            return item
    raise NotFound(f"no meeting {meeting_id} in your schedule", field="id")


class SchedulePages(Controller):
    @get("/schedule", name="attendee:schedule")
    async def schedule(self, view: View) -> Template:
        now = view.now()
        items = (await agenda.agenda(view.conn, view.event, view.me.id)).items
        token = await feed_token(view.conn, view.state.app_secret, view.me.id)
        feed = f"{view.state.settings.base_url}{view.path(f'/calendar/{token}/meetings.ics')}"
        language = f"?lang={view.t.language}"
        return await view.render(
            "attendee/schedule.html",
            active="schedule",
            days=by_day(items, now),
            now=now,
            feed_url=feed + language,
            webcal_url="webcal://" + feed.split("://", 1)[1] + language,
        )

    @get("/schedule/print", name="attendee:print")
    async def print_day(self, view: View) -> Template:
        now = view.now()
        mine = (await agenda.agenda(view.conn, view.event, view.me.id)).items
        days = by_day([item for item in mine if item.status == "booked"], now)
        wanted = view.request.query_params.get("day")
        chosen = next((d for d in days if d.day.isoformat() == wanted), None)
        if chosen is None:
            chosen = next((d for d in days if d.day >= now.date()), days[-1] if days else None)
        return page(
            view.request,
            "attendee/print_day.html",
            event=view.event,
            me=view.me,
            day=chosen,
            days=days,
            zone_moment=now,
        )

    @get("/schedule/{meeting_id:int}/cancel")
    async def confirm_cancel(self, view: View, meeting_id: FromPath[int]) -> Template:
        item = await _my_meeting(view, meeting_id)
        return await view.render(
            "attendee/cancel_confirm.html", active="schedule", item=item, max_note=MAX_NOTE
        )

    @post("/schedule/{meeting_id:int}/cancel")
    async def cancel(self, view: View, meeting_id: FromPath[int]) -> Response[Any]:
        note = text(await view.form(), "note")[:MAX_NOTE]
        await booking.cancel_meeting(view.conn, view.event, meeting_id, view.me.id, note)
        message = view.t.gettext(
            "Meeting cancelled. It shows as cancelled in both schedules and calendars."
        )
        return view.back(view.path("/schedule"), message)

    @get("/schedule/{meeting_id:int}/meeting.ics")
    async def meeting_ics(self, view: View, meeting_id: FromPath[int]) -> Response[bytes]:
        item = await _my_meeting(view, meeting_id)
        return Response(
            agenda_calendar(view.event, [item], calendar_texts(view.t)),
            media_type=CALENDAR,
            headers={"Content-Disposition": f'attachment; filename="meeting-{meeting_id}.ics"'},
        )

    @post("/schedule/feed/reset")
    async def reset(self, view: View) -> Response[Any]:
        await reset_feed(view.conn, view.state.app_secret, view.me.id)
        message = view.t.gettext("Your calendar address has changed. The old one no longer works.")
        return view.back(view.path("/schedule#calendar"), message)


class CalendarFeed(Controller):
    """The subscription feed: no session (calendar servers keep no cookies), the address is
    the secret. Its language is the one the address was copied in."""

    @get("/calendar/{token:str}/meetings.ics", media_type=MediaType.TEXT)
    async def feed(
        self, request: Request[Any, Any, Any], conn: Conn, event: CurrentEvent, token: FromPath[str]
    ) -> Response[bytes]:
        attendee_id = await attendee_of_feed(conn, request.app.state.app_secret, token)
        profile = None
        if attendee_id is not None:
            profile = await attendee_repository.attendee_by_id(conn, event.id, attendee_id)
        if profile is None:
            return Response(
                b"unknown calendar address\n", status_code=404, media_type=MediaType.TEXT
            )
        translators: Translators = request.app.state.translators
        language = request.query_params.get("lang", "en")
        t = translators[language if language in LANGUAGES else "en"]
        items = (await agenda.agenda(conn, event, profile.id)).items
        return Response(
            agenda_calendar(event, items, calendar_texts(t)),
            media_type=CALENDAR,
            headers={"Cache-Control": "private, max-age=300"},
        )
