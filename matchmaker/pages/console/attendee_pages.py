"""Attendees in the console: the searchable, filterable list; one attendee's page with the
same profile form as the attendee app (saved through the same service as the API), a fresh
personal sign-in link to pass on (there is no outbox to mail it yet), and erasure (owners
only, after confirming)."""

from __future__ import annotations

from typing import Annotated, Any

from litestar import Controller, Request, Response, get, post
from litestar.params import Parameter
from litestar.plugins.flash import flash
from litestar.response import Template

from matchmaker.attendees.models import AttendeeProfile
from matchmaker.attendees.schemas import AttendeePatch
from matchmaker.attendees.service import erase_attendee, get_attendee, update_own_profile
from matchmaker.audit.service import record
from matchmaker.errors import MatchmakerError
from matchmaker.events.models import Event
from matchmaker.organiser.roster import RosterFilters, roster
from matchmaker.pages.actions import attempt
from matchmaker.pages.attendee.dependencies import T
from matchmaker.pages.attendee.labels import FIELDS, organisation_type_names
from matchmaker.pages.attendee.profile_form import (
    EDITABLE,
    field_errors,
    form_options,
    profile_values,
)
from matchmaker.pages.console.dependencies import ConsoleOrganiser, Organiser, Owner
from matchmaker.pages.console.navigation import console_path
from matchmaker.pages.console.rendering import console_page
from matchmaker.pages.forms import FieldErrors, convert, text
from matchmaker.pages.i18n import Translator
from matchmaker.pages.responses import see_other
from matchmaker.sessions.times import shown
from matchmaker.signin.service import issue_link
from matchmaker.web.dependencies import Conn, CurrentEvent, PathId

# The console edits the e-mail address too (the attendee app leaves it to the organiser).
CONSOLE_EDITABLE = ("email", *EDITABLE)
YES_NO = {"yes": True, "no": False}


def _choice(value: str | None) -> bool | None:
    return YES_NO.get(value or "")


class AttendeePages(Controller):
    @get("/attendees", name="console:attendees")
    async def attendees(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        organiser: Organiser,
        t: T,
        q: Annotated[str, Parameter(max_length=200)] = "",
        consent: Annotated[str, Parameter(max_length=3)] = "",
        signed_in: Annotated[str, Parameter(max_length=3)] = "",
        complete: Annotated[str, Parameter(max_length=3)] = "",
        no_meetings: Annotated[str, Parameter(max_length=3)] = "",
        page: Annotated[int, Parameter(ge=1, le=100_000)] = 1,
    ) -> Template:
        filters = RosterFilters(
            query=q.replace("\x00", ""),
            consent=_choice(consent),
            signed_in=_choice(signed_in),
            profile_complete=_choice(complete),
            no_meetings=no_meetings == "yes",
        )
        found = await roster(conn, event.id, filters, page)
        chosen = {
            "q": filters.query,
            "consent": consent if consent in YES_NO else "",
            "signed_in": signed_in if signed_in in YES_NO else "",
            "complete": complete if complete in YES_NO else "",
            "no_meetings": no_meetings == "yes",
        }
        return console_page(
            request,
            "console/attendees.html",
            event=event,
            organiser=organiser,
            active="attendees",
            found=found,
            chosen=chosen,
            query_string=request.url.query.split("&page=")[0] if request.url.query else "",
            organisation_types=organisation_type_names(t, event),
        )

    @get("/attendees/{attendee_id:int}", name="console:attendee")
    async def attendee(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        organiser: Organiser,
        t: T,
        attendee_id: PathId,
    ) -> Template:
        person = await get_attendee(conn, event, attendee_id)
        return _attendee_page(request, event, organiser, t, person)

    @post("/attendees/{attendee_id:int}")
    async def save(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        organiser: Organiser,
        t: T,
        attendee_id: PathId,
    ) -> Template | Response[Any]:
        person = await get_attendee(conn, event, attendee_id)
        values = profile_values(await request.form(), CONSOLE_EDITABLE)

        async def save_it() -> AttendeeProfile:
            patch = convert(values, AttendeePatch)
            return await update_own_profile(conn, event, person, patch)

        outcome = await attempt(conn, save_it)
        if isinstance(outcome, MatchmakerError):
            return _attendee_page(
                request,
                event,
                organiser,
                t,
                person,
                values=values,
                errors=field_errors(t, outcome),
                status_code=outcome.status,
            )
        changed = [
            name for name in CONSOLE_EDITABLE if getattr(person, name) != getattr(outcome, name)
        ]
        if changed:
            await record(
                conn,
                event.id,
                organiser,
                "attendee.updated",
                {"attendee_id": person.id, "fields": changed},
            )
        flash(request, t.gettext("The profile of %(name)s is saved.", name=outcome.name), "info")
        return see_other(request, console_path(event.slug, f"attendees/{person.id}"))

    @post("/attendees/{attendee_id:int}/link")
    async def new_link(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        organiser: Organiser,
        t: T,
        attendee_id: PathId,
    ) -> Template:
        person = await get_attendee(conn, event, attendee_id)
        settings = request.app.state.settings
        link = await issue_link(conn, event.id, person.id, settings.signin_link_days)
        await record(conn, event.id, organiser, "attendee.link_issued", {"attendee_id": person.id})
        return _attendee_page(
            request,
            event,
            organiser,
            t,
            person,
            link={
                "url": settings.base_url + link.path(event.slug),
                "code": link.code,
                "code_url": f"{settings.base_url}/e/{event.slug}/signin",
                "expires_at": shown(link.expires_at, event.timezone),
            },
        )

    @get("/attendees/{attendee_id:int}/erase")
    async def erase_confirm(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        owner: Owner,
        attendee_id: PathId,
    ) -> Template:
        person = await get_attendee(conn, event, attendee_id)
        return console_page(
            request,
            "console/attendee_erase.html",
            event=event,
            organiser=owner,
            active="attendees",
            person=person,
            error=None,
        )

    @post("/attendees/{attendee_id:int}/erase")
    async def erase(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        owner: Owner,
        t: T,
        attendee_id: PathId,
    ) -> Template | Response[Any]:
        person = await get_attendee(conn, event, attendee_id)
        if text(await request.form(), "confirm") != "yes":
            return console_page(
                request,
                "console/attendee_erase.html",
                status_code=400,
                event=event,
                organiser=owner,
                active="attendees",
                person=person,
                error=t.gettext("Tick the box to confirm the erasure."),
            )
        await erase_attendee(conn, person)
        # The entry keeps the id only: the erased person's data is gone everywhere.
        await record(conn, event.id, owner, "attendee.erased", {"attendee_id": person.id})
        flash(request, t.gettext("The attendee and all their data were erased."), "info")
        return see_other(request, console_path(event.slug, "attendees"))


def _attendee_page(
    request: Request[Any, Any, Any],
    event: Event,
    organiser: ConsoleOrganiser,
    t: Translator,
    person: AttendeeProfile,
    *,
    values: dict[str, Any] | None = None,
    errors: FieldErrors | None = None,
    link: dict[str, Any] | None = None,
    status_code: int = 200,
) -> Template:
    return console_page(
        request,
        "console/attendee.html",
        status_code=status_code,
        event=event,
        organiser=organiser,
        active="attendees",
        me=person,
        fields=EDITABLE,
        values=values or {},
        errors=errors or FieldErrors(),
        labels=FIELDS,
        options=form_options(t, event, person),
        link=link,
    )
