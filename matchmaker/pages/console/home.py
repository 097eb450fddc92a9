"""The console's home page."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Request, get
from litestar.response import Template

from matchmaker.pages.console.dependencies import Organiser
from matchmaker.pages.console.rendering import console_page
from matchmaker.web.dependencies import CurrentEvent


class ConsoleHome(Controller):
    @get("/", name="console:home")
    async def home(
        self, request: Request[Any, Any, Any], event: CurrentEvent, organiser: Organiser
    ) -> Template:
        return console_page(
            request, "console/home.html", event=event, organiser=organiser, active="home"
        )
