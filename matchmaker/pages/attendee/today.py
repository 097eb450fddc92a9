"""Today: the next meeting, requests waiting for my answer, and my best suggestions."""

from __future__ import annotations

from litestar import Controller, get
from litestar.response import Template

from matchmaker.attendees.service import public_profiles
from matchmaker.booking import agenda, requests_service
from matchmaker.events.service import get_match_settings
from matchmaker.pages.attendee.dependencies import View
from matchmaker.suggestions import service as suggestions

TOP_SUGGESTIONS = 3
INBOX_PAGE = 50


class TodayPage(Controller):
    @get("/", name="attendee:today")
    async def today(self, view: View) -> Template:
        conn, event, me = view.conn, view.event, view.me
        now = view.now()
        mine = await agenda.agenda(conn, event, me.id)
        upcoming = [i for i in mine.items if i.status == "booked" and i.slot.ends_at > now]
        inbox = await requests_service.list_requests(conn, event, me.id, "in", None, INBOX_PAGE)
        to_answer = [item for item in inbox.items if item.status == "pending"]
        settings = await get_match_settings(conn, event.id)
        best = await suggestions.suggestions_for(
            conn, view.state.matchers, event, me, settings, TOP_SUGGESTIONS
        )
        return await view.render(
            "attendee/today.html",
            active="today",
            now=now,
            next_meeting=upcoming[0] if upcoming else None,
            later_count=max(0, len(upcoming) - 1),
            to_answer=to_answer,
            senders=await public_profiles(conn, event, [item.from_ for item in to_answer]),
            suggestions=best.items,
        )
