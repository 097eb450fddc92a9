"""The setup page: the event's details (name, timezone) through the events service, and,
below them, the event's organisation types."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Request, Response, get, post
from litestar.datastructures import State
from litestar.plugins.flash import flash
from litestar.response import Template

from matchmaker.audit.service import record
from matchmaker.errors import InvalidInput
from matchmaker.events.models import TIME_ZONES, Event, EventDetails
from matchmaker.events.service import update_event_details
from matchmaker.pages.attendee.dependencies import T
from matchmaker.pages.console.dependencies import ConsoleOrganiser, Organiser
from matchmaker.pages.console.navigation import console_path
from matchmaker.pages.console.rendering import console_page
from matchmaker.pages.forms import FieldErrors, convert, text
from matchmaker.pages.responses import see_other
from matchmaker.web.dependencies import Conn, CurrentEvent, forget_event

ZONES = sorted(TIME_ZONES)


class SetupPages(Controller):
    @get("/setup", name="console:setup")
    async def setup(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        organiser: Organiser,
    ) -> Template:
        return await _setup_page(request, conn, event, organiser)

    @post("/setup")
    async def save_details(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        organiser: Organiser,
        state: State,
        t: T,
    ) -> Response[Any] | Template:
        form = await request.form()
        values = {"name": text(form, "name"), "timezone": text(form, "timezone")}
        try:
            details = convert(values, EventDetails)
        except InvalidInput as error:
            errors = FieldErrors()
            if error.field == "timezone":
                errors.add("timezone", t.gettext("Choose a timezone from the list."))
            else:
                errors.add("name", t.gettext("Enter the event's name (at most 200 characters)."))
            return await _setup_page(request, conn, event, organiser, errors, values, 400)
        changed = [key for key, value in values.items() if getattr(event, key) != value]
        if changed:
            await update_event_details(conn, event, details)
            forget_event(state, event.slug)
            await record(conn, event.id, organiser, "event.updated", {"fields": changed})
        flash(request, t.gettext("The event details are saved."), category="info")
        return see_other(request, console_path(event.slug, "setup"))


async def _setup_page(
    request: Request[Any, Any, Any],
    conn: Conn,
    event: Event,
    organiser: ConsoleOrganiser,
    errors: FieldErrors | None = None,
    values: dict[str, str] | None = None,
    status_code: int = 200,
) -> Template:
    return console_page(
        request,
        "console/setup.html",
        status_code=status_code,
        event=event,
        organiser=organiser,
        active="setup",
        errors=errors or FieldErrors(),
        values=values or {"name": event.name, "timezone": event.timezone},
        zones=ZONES,
    )
