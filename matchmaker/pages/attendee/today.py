"""Today: the next meeting, requests waiting for my answer, and my best suggestions."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Request, get
from litestar.datastructures import State
from litestar.response import Template

from matchmaker.attendees.service import public_profiles
from matchmaker.booking import agenda, requests_service
from matchmaker.events.service import get_match_settings
from matchmaker.pages.attendee.views import attendee_page, event_now
from matchmaker.suggestions import service as suggestions
from matchmaker.web.dependencies import Conn, CurrentEvent, Me

TOP_SUGGESTIONS = 3
INBOX_PAGE = 50


class TodayPage(Controller):
    @get("/", name="attendee:today")
    async def today(
        self, request: Request[Any, Any, Any], conn: Conn, event: CurrentEvent, me: Me, state: State
    ) -> Template:
        now = event_now(event)
        mine = await agenda.agenda(conn, event, me.id)
        upcoming = [
            item for item in mine.items if item.status == "booked" and item.slot.ends_at > now
        ]
        inbox = await requests_service.list_requests(conn, event, me.id, "in", None, INBOX_PAGE)
        to_answer = [item for item in inbox.items if item.status == "pending"]
        settings = await get_match_settings(conn, event.id)
        best = await suggestions.suggestions_for(
            conn, state.matchers, event, me, settings, TOP_SUGGESTIONS
        )
        return await attendee_page(
            request,
            conn,
            event,
            me,
            "attendee/today.html",
            active="today",
            now=now,
            next_meeting=upcoming[0] if upcoming else None,
            later_count=max(0, len(upcoming) - 1),
            to_answer=to_answer,
            senders=await public_profiles(conn, event, [item.from_ for item in to_answer]),
            suggestions=best.items,
        )
