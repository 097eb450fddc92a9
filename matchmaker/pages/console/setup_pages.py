"""The setup page: the event's details (name, timezone) and its organisation types, through
the events service (as the JSON API)."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from litestar import Controller, Request, Response, get, post
from litestar.datastructures import State
from litestar.plugins.flash import flash
from litestar.response import Template

from matchmaker.audit.service import record
from matchmaker.errors import InvalidInput, MatchmakerError
from matchmaker.events.models import TIME_ZONES, Event, EventDetails, OrganisationTypeEntry
from matchmaker.events.service import add_organisation_type, update_event_details
from matchmaker.pages.actions import attempt
from matchmaker.pages.attendee.dependencies import T, provide_translator
from matchmaker.pages.attendee.labels import organisation_type_names
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

    @post("/setup/organisation-types")
    async def add_type(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        organiser: Organiser,
        state: State,
        t: T,
    ) -> Response[Any] | Template:
        form = await request.form()
        label = text(form, "label")
        values = {"type_label": label}
        errors = FieldErrors()
        slug = slug_of(label)
        try:
            entry = convert({"slug": slug, "label": label}, OrganisationTypeEntry)
        except InvalidInput:
            errors.add(
                "type_label",
                t.gettext("Enter a name with at least one letter (at most 40 for its code)."),
            )
            return await _setup_page(request, conn, event, organiser, errors, values, 400)
        outcome = await attempt(conn, lambda: add_organisation_type(conn, event, entry))
        if isinstance(outcome, MatchmakerError):
            errors.add("type_label", t.gettext("The event already has this organisation type."))
            return await _setup_page(request, conn, event, organiser, errors, values, 409)
        forget_event(state, event.slug)
        await record(conn, event.id, organiser, "organisation_types.changed", {"added": slug})
        flash(
            request,
            t.gettext("%(label)s was added to the organisation types.", label=outcome.label),
            category="info",
        )
        return see_other(request, console_path(event.slug, "setup") + "#types-title")


def slug_of(label: str) -> str:
    """The code stored for a type named ``label``: ``Fire brigade`` -> ``fire_brigade``
    (accents dropped, anything else an underscore)."""
    ascii_text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    words = re.split(r"[^a-z]+", ascii_text.lower())
    return "_".join(word for word in words if word)[:40].strip("_")


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
        values={"name": event.name, "timezone": event.timezone, "type_label": "", **(values or {})},
        zones=ZONES,
        organisation_types=organisation_type_names(provide_translator(request), event),
    )
