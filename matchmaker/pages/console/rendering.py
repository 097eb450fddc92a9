"""Rendering a console page: the shared page answer plus what ``console/base.html`` needs
(the event, the signed-in organiser, the navigation and its current item)."""

from __future__ import annotations

from typing import Any

from litestar import Request
from litestar.response import Template

from matchmaker.events.models import Event
from matchmaker.pages.console.dependencies import ConsoleOrganiser
from matchmaker.pages.console.navigation import CONSOLE_NAV
from matchmaker.pages.responses import page


def console_page(
    request: Request[Any, Any, Any],
    template_name: str,
    *,
    event: Event,
    organiser: ConsoleOrganiser,
    active: str,
    status_code: int = 200,
    **context: Any,
) -> Template:
    """A console page for ``organiser``, with ``active`` marked in the navigation."""
    return page(
        request,
        template_name,
        status_code=status_code,
        event=event,
        organiser=organiser,
        active=active,
        console_nav=CONSOLE_NAV,
        **context,
    )
