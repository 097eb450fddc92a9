"""Schedule: my meetings by day with table and partner and a "now" marker, cancelling with
a note, each meeting as an .ics file, the secret subscription feed, and a printable day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from litestar import Controller, MediaType, Request, Response, get, post
from litestar.params import FromPath
from litestar.plugins.flash import flash
from litestar.response import Template

from matchmaker.attendees import repository as attendee_repository
from matchmaker.booking import agenda
from matchmaker.booking import service as booking
from matchmaker.booking.calendar import CalendarTexts, agenda_calendar
from matchmaker.booking.feed import attendee_of_feed, feed_token, reset_feed
from matchmaker.booking.schemas import AgendaItem
from matchmaker.errors import NotFound
from matchmaker.events.models import Event
from matchmaker.pages.attendee.dependencies import T
from matchmaker.pages.attendee.views import attendee_page, event_now
from matchmaker.pages.forms import text
from matchmaker.pages.i18n import LANGUAGES, Translator, Translators
from matchmaker.pages.responses import page, see_other
from matchmaker.web.dependencies import Conn, CurrentEvent, Me

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


def _calendar_response(body: bytes, filename: str) -> Response[bytes]:
    return Response(
        body,
        media_type=CALENDAR,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


async def _my_meeting(conn: Any, event: Event, me: int, meeting_id: int) -> AgendaItem:
    for item in (await agenda.agenda(conn, event, me)).items:
        if item.meeting_id == meeting_id:
            return item
    raise NotFound(f"no meeting {meeting_id} in your schedule", field="id")


class SchedulePages(Controller):
    @get("/schedule", name="attendee:schedule")
    async def schedule(
        self, request: Request[Any, Any, Any], conn: Conn, event: CurrentEvent, me: Me, t: T
    ) -> Template:
        now = event_now(event)
        items = (await agenda.agenda(conn, event, me.id)).items
        token = await feed_token(conn, request.app.state.app_secret, me.id)
        feed = f"{request.app.state.settings.base_url}/e/{event.slug}/calendar/{token}/meetings.ics"
        return await attendee_page(
            request,
            conn,
            event,
            me,
            "attendee/schedule.html",
            active="schedule",
            days=by_day(items, now),
            now=now,
            feed_url=f"{feed}?lang={t.language}",
            webcal_url="webcal://" + feed.split("://", 1)[1] + f"?lang={t.language}",
        )

    @get("/schedule/print", name="attendee:print")
    async def print_day(
        self, request: Request[Any, Any, Any], conn: Conn, event: CurrentEvent, me: Me
    ) -> Template:
        now = event_now(event)
        booked = [
            i for i in (await agenda.agenda(conn, event, me.id)).items if i.status == "booked"
        ]
        days = by_day(booked, now)
        wanted = request.query_params.get("day")
        chosen = next((d for d in days if d.day.isoformat() == wanted), None)
        if chosen is None:
            chosen = next((d for d in days if d.day >= now.date()), days[-1] if days else None)
        return page(
            request,
            "attendee/print_day.html",
            event=event,
            me=me,
            day=chosen,
            days=days,
            zone_moment=now,
        )

    @get("/schedule/{meeting_id:int}/cancel")
    async def confirm_cancel(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        me: Me,
        meeting_id: FromPath[int],
    ) -> Template:
        item = await _my_meeting(conn, event, me.id, meeting_id)
        return await attendee_page(
            request,
            conn,
            event,
            me,
            "attendee/cancel_confirm.html",
            active="schedule",
            item=item,
            max_note=MAX_NOTE,
        )

    @post("/schedule/{meeting_id:int}/cancel")
    async def cancel(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        me: Me,
        t: T,
        meeting_id: FromPath[int],
    ) -> Response[Any]:
        note = text(await request.form(), "note")[:MAX_NOTE]
        await booking.cancel_meeting(conn, event, meeting_id, me.id, note)
        flash(
            request,
            t.gettext("Meeting cancelled. It shows as cancelled in both schedules and calendars."),
            "success",
        )
        return see_other(request, f"/e/{event.slug}/schedule")

    @get("/schedule/{meeting_id:int}/meeting.ics")
    async def meeting_ics(
        self, conn: Conn, event: CurrentEvent, me: Me, t: T, meeting_id: FromPath[int]
    ) -> Response[bytes]:
        item = await _my_meeting(conn, event, me.id, meeting_id)
        body = agenda_calendar(event, [item], calendar_texts(t))
        return _calendar_response(body, f"meeting-{meeting_id}.ics")

    @post("/schedule/feed/reset")
    async def reset(
        self, request: Request[Any, Any, Any], conn: Conn, event: CurrentEvent, me: Me, t: T
    ) -> Response[Any]:
        await reset_feed(conn, request.app.state.app_secret, me.id)
        flash(
            request,
            t.gettext("Your calendar address has changed. The old one no longer works."),
            "success",
        )
        return see_other(request, f"/e/{event.slug}/schedule#calendar")


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
