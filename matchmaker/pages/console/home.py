"""The console's home page: the preparation checklist, each step with its status in words
and numbers and a link to where it is done."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Request, get
from litestar.response import Template

from matchmaker.organiser.checklist import event_checklist
from matchmaker.pages.console.dependencies import Organiser
from matchmaker.pages.console.rendering import console_page
from matchmaker.pages.i18n import N_
from matchmaker.web.dependencies import Conn, CurrentEvent

# Each checklist step's title and the console page where it is done.
STEPS = {
    "details": (N_("Event details"), "setup"),
    "attendees": (N_("Attendees imported"), "import"),
    "sessions": (N_("Sessions and tables"), "sessions"),
    "match_settings": (N_("Match settings"), "match-settings"),
    "invitations": (N_("Invitations sent"), "attendees"),
    "requests": (N_("Meeting requests open"), "dashboard"),
    "schedule": (N_("Schedule applied"), "scheduler"),
}


class ConsoleHome(Controller):
    @get("/", name="console:home")
    async def home(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        organiser: Organiser,
    ) -> Template:
        return console_page(
            request,
            "console/home.html",
            event=event,
            organiser=organiser,
            active="home",
            checklist=await event_checklist(conn, event.id),
            steps=STEPS,
        )
