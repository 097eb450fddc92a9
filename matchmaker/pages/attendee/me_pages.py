"""Me: my profile as others see it, editing it, what I hide, consent, availability, blocked
people, downloading my data and erasing myself."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Request, Response, get, post
from litestar.plugins.flash import flash
from litestar.response import Template

from matchmaker.attendees import service as attendees
from matchmaker.attendees.fields import HIDEABLE_FIELDS
from matchmaker.attendees.schemas import AttendeePublic
from matchmaker.errors import MatchmakerError
from matchmaker.pages.attendee.availability_form import availability_choices, save_availability
from matchmaker.pages.attendee.dependencies import Newcomer, T
from matchmaker.pages.attendee.labels import FIELDS, ORGANISATION_TYPES
from matchmaker.pages.attendee.profile_form import (
    EDITABLE,
    field_errors,
    form_options,
    profile_values,
    save_profile,
)
from matchmaker.pages.attendee.views import attendee_page, event_now
from matchmaker.pages.errors import describe
from matchmaker.pages.forms import FieldErrors, text
from matchmaker.pages.responses import see_other
from matchmaker.pages.web_session import end_session
from matchmaker.suggestions import service as suggestions
from matchmaker.web.dependencies import Conn, CurrentEvent, Me


class MePages(Controller):
    @get("/me", name="attendee:me")
    async def me_page(
        self, request: Request[Any, Any, Any], conn: Conn, event: CurrentEvent, me: Me
    ) -> Template:
        return await attendee_page(
            request,
            conn,
            event,
            me,
            "attendee/me.html",
            active="me",
            person=AttendeePublic.of(me),
            organisation_types=ORGANISATION_TYPES,
            hideable=HIDEABLE_FIELDS,
            labels=FIELDS,
            blocked=await suggestions.blocked_people(conn, event, me),
        )

    @get("/me/profile")
    async def profile_form(
        self, request: Request[Any, Any, Any], conn: Conn, event: CurrentEvent, me: Me, t: T
    ) -> Template:
        return await attendee_page(
            request,
            conn,
            event,
            me,
            "attendee/profile_edit.html",
            active="me",
            fields=EDITABLE,
            values={},
            errors=FieldErrors(),
            labels=FIELDS,
            options=form_options(t, event, me),
        )

    @post("/me/profile")
    async def save_profile(
        self, request: Request[Any, Any, Any], conn: Conn, event: CurrentEvent, me: Me, t: T
    ) -> Template | Response[Any]:
        values = profile_values(await request.form(), EDITABLE)
        outcome = await save_profile(conn, event, me, values)
        if isinstance(outcome, MatchmakerError):
            return await attendee_page(
                request,
                conn,
                event,
                me,
                "attendee/profile_edit.html",
                active="me",
                status_code=outcome.status,
                fields=EDITABLE,
                values=values,
                errors=field_errors(t, outcome),
                labels=FIELDS,
                options=form_options(t, event, me),
            )
        flash(request, t.gettext("Your profile is saved."), "success")
        return see_other(request, f"/e/{event.slug}/me")

    @post("/me/visibility")
    async def visibility(
        self, request: Request[Any, Any, Any], conn: Conn, event: CurrentEvent, me: Me, t: T
    ) -> Response[Any]:
        values = profile_values(await request.form(), ["hidden_fields"])
        outcome = await save_profile(conn, event, me, values)
        if isinstance(outcome, MatchmakerError):
            flash(request, describe(t, outcome), "error")
        else:
            flash(request, t.gettext("Your choices of what others see are saved."), "success")
        return see_other(request, f"/e/{event.slug}/me#visibility")

    @post("/me/consent")
    async def consent(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        newcomer: Newcomer,
        t: T,
    ) -> Response[Any]:
        values = profile_values(await request.form(), ["consent"])
        outcome = await save_profile(conn, event, newcomer, values)
        if isinstance(outcome, MatchmakerError):
            flash(request, describe(t, outcome), "error")
        elif values["consent"]:
            flash(request, t.gettext("You take part in matchmaking."), "success")
        else:
            flash(
                request,
                t.gettext(
                    "You no longer take part in matchmaking: nobody is suggested to you "
                    "and you are suggested to nobody."
                ),
                "success",
            )
        return see_other(request, f"/e/{event.slug}/me#consent")

    @get("/me/availability")
    async def availability_form(
        self, request: Request[Any, Any, Any], conn: Conn, event: CurrentEvent, me: Me
    ) -> Template:
        now = event_now(event)
        return await attendee_page(
            request,
            conn,
            event,
            me,
            "attendee/availability.html",
            active="me",
            sessions=await availability_choices(conn, event, me.id, now),
            now=now,
        )

    @post("/me/availability")
    async def save_availability(
        self, request: Request[Any, Any, Any], conn: Conn, event: CurrentEvent, me: Me, t: T
    ) -> Response[Any]:
        now = event_now(event)
        shown = await availability_choices(conn, event, me.id, now)
        outcome = await save_availability(conn, event, me.id, await request.form(), shown, now)
        if isinstance(outcome, MatchmakerError):
            flash(request, describe(t, outcome), "error")
            return see_other(request, f"/e/{event.slug}/me/availability")
        flash(request, t.gettext("Your availability is saved."), "success")
        return see_other(request, f"/e/{event.slug}/me")

    @get("/me/export.json")
    async def export(self, conn: Conn, newcomer: Newcomer) -> Response[dict[str, Any]]:
        data = await attendees.export_personal_data(conn, newcomer)
        return Response(
            data, headers={"Content-Disposition": 'attachment; filename="my-data.json"'}
        )

    @get("/me/erase")
    async def confirm_erase(
        self, request: Request[Any, Any, Any], conn: Conn, event: CurrentEvent, me: Me
    ) -> Template:
        return await attendee_page(
            request, conn, event, me, "attendee/erase_confirm.html", active="me", error=None
        )

    @post("/me/erase")
    async def erase(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        newcomer: Newcomer,
        t: T,
    ) -> Template | Response[Any]:
        if text(await request.form(), "confirm") != "yes":
            return await attendee_page(
                request,
                conn,
                event,
                newcomer,
                "attendee/erase_confirm.html",
                active="me",
                status_code=422,
                error=t.gettext("Tick the box to confirm that you want to be erased."),
            )
        await attendees.erase_attendee(conn, newcomer)
        end_session(request)
        return see_other(request, f"/e/{event.slug}/goodbye")
