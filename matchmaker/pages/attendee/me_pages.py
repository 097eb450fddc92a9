"""Me: my profile as others see it, editing it, what I hide, consent, availability, blocked
people, downloading my data and erasing myself."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Response, get, post
from litestar.response import Template

from matchmaker.attendees import service as attendees
from matchmaker.attendees.fields import HIDEABLE_FIELDS
from matchmaker.attendees.models import AttendeeProfile
from matchmaker.attendees.schemas import AttendeePublic
from matchmaker.errors import MatchmakerError
from matchmaker.mail import preferences as mail_preferences
from matchmaker.mail.notify import CATEGORIES
from matchmaker.pages.attendee.availability_form import availability_choices, save_availability
from matchmaker.pages.attendee.dependencies import View
from matchmaker.pages.attendee.labels import FIELDS, organisation_type_names
from matchmaker.pages.attendee.profile_form import (
    EDITABLE,
    field_errors,
    form_options,
    profile_values,
    save_profile,
    saving_profile,
)
from matchmaker.pages.forms import FieldErrors, choices, text
from matchmaker.pages.i18n import N_
from matchmaker.pages.web_session import end_session
from matchmaker.sessions.schemas import Unavailability
from matchmaker.suggestions import service as suggestions

# What each switch of the Me page's mail section covers (messages you cannot switch off:
# your invitation and the sign-in links you ask for).
MAIL_CATEGORIES = {
    "requests": N_("Meeting requests for you, and reminders to answer them"),
    "answers": N_("Answers to your requests, and requests that expired"),
    "meetings": N_("Calendar invitations for booked meetings, and cancellations"),
    "reminders": N_("A reminder shortly before each meeting, with the table"),
}


class MePages(Controller):
    @get("/me", name="attendee:me")
    async def me_page(self, view: View) -> Template:
        return await view.render(
            "attendee/me.html",
            active="me",
            person=AttendeePublic.of(view.me),
            organisation_types=organisation_type_names(view.t, view.event),
            hideable=HIDEABLE_FIELDS,
            labels=FIELDS,
            blocked=await suggestions.blocked_people(view.conn, view.event, view.me),
            mail=await mail_preferences.preferences_of(view.conn, view.me.id),
            mail_categories=MAIL_CATEGORIES,
        )

    @post("/me/mail")
    async def mail(self, view: View) -> Response[Any]:
        form = await view.form()
        receives = {c for c in choices(form, "receive") if c in CATEGORIES}
        await mail_preferences.save_preferences(
            view.conn, view.me.id, text(form, "language"), receives
        )
        return view.back(view.path("/me#mail"), view.t.gettext("Your mail choices are saved."))

    @get("/me/profile")
    async def profile_form(self, view: View) -> Template:
        return await view.render(
            "attendee/profile_edit.html",
            active="me",
            fields=EDITABLE,
            values={},
            errors=FieldErrors(),
            labels=FIELDS,
            options=form_options(view.t, view.event, view.me),
        )

    @post("/me/profile")
    async def save_profile(self, view: View) -> Template | Response[Any]:
        values = profile_values(await view.form(), EDITABLE)
        outcome = await save_profile(view, values)
        if isinstance(outcome, MatchmakerError):
            return await view.render(
                "attendee/profile_edit.html",
                active="me",
                status_code=outcome.status,
                fields=EDITABLE,
                values=values,
                errors=field_errors(view.t, outcome),
                labels=FIELDS,
                options=form_options(view.t, view.event, view.me),
            )
        return view.back(view.path("/me"), view.t.gettext("Your profile is saved."))

    @post("/me/visibility")
    async def visibility(self, view: View) -> Response[Any]:
        values = profile_values(await view.form(), ["hidden_fields"])
        return await view.act(
            saving_profile(view, values),
            done=lambda _: view.t.gettext("Your choices of what others see are saved."),
            then=view.path("/me#visibility"),
        )

    @post("/me/consent")
    async def consent(self, newcomer: View) -> Response[Any]:
        values = profile_values(await newcomer.form(), ["consent"])

        def done(profile: AttendeeProfile) -> str:
            if profile.consent:
                return newcomer.t.gettext("You take part in matchmaking.")
            return newcomer.t.gettext(
                "You no longer take part in matchmaking: nobody is suggested to you "
                "and you are suggested to nobody."
            )

        return await newcomer.act(
            saving_profile(newcomer, values), done=done, then=newcomer.path("/me#consent")
        )

    @get("/me/availability")
    async def availability_form(self, view: View) -> Template:
        now = view.now()
        return await view.render(
            "attendee/availability.html",
            active="me",
            sessions=await availability_choices(view.conn, view.event, view.me.id, now),
            now=now,
        )

    @post("/me/availability")
    async def save_availability(self, view: View) -> Response[Any]:
        now = view.now()
        shown = await availability_choices(view.conn, view.event, view.me.id, now)
        form = await view.form()

        async def save() -> Unavailability:
            return await save_availability(view.conn, view.event, view.me.id, form, shown, now)

        return await view.act(
            save,
            done=lambda _: view.t.gettext("Your availability is saved."),
            then=view.path("/me"),
            refused_then=view.path("/me/availability"),
        )

    @get("/me/export.json")
    async def export(self, newcomer: View) -> Response[dict[str, Any]]:
        data = await attendees.export_personal_data(newcomer.conn, newcomer.me)
        return Response(
            data, headers={"Content-Disposition": 'attachment; filename="my-data.json"'}
        )

    @get("/me/erase")
    async def confirm_erase(self, newcomer: View) -> Template:
        return await newcomer.render("attendee/erase_confirm.html", active="me", error=None)

    @post("/me/erase")
    async def erase(self, newcomer: View) -> Template | Response[Any]:
        if text(await newcomer.form(), "confirm") != "yes":
            return await newcomer.render(
                "attendee/erase_confirm.html",
                active="me",
                status_code=422,
                error=newcomer.t.gettext("Tick the box to confirm that you want to be erased."),
            )
        await attendees.erase_attendee(newcomer.conn, newcomer.me)
        end_session(newcomer.request)
        return newcomer.back(newcomer.path("/goodbye"))
