"""Onboarding, one short step at a time, asking only what the import left unanswered."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Response, get, post
from litestar.params import FromPath
from litestar.response import Template

from matchmaker.attendees.models import AttendeeProfile
from matchmaker.errors import MatchmakerError, NotFound
from matchmaker.onboarding.service import (
    STEPS,
    Onboarding,
    finish_step,
    missing_profile_fields,
    onboarding_of,
)
from matchmaker.pages.actions import attempt
from matchmaker.pages.attendee.availability_form import availability_choices, save_availability
from matchmaker.pages.attendee.dependencies import View
from matchmaker.pages.attendee.labels import FIELDS
from matchmaker.pages.attendee.profile_form import (
    field_errors,
    form_options,
    profile_values,
    save_profile,
)
from matchmaker.pages.attendee.views import AttendeeView
from matchmaker.pages.forms import FieldErrors
from matchmaker.pages.responses import page


def _step_fields(step: str, me: AttendeeProfile) -> list[str]:
    """The fields a step asks: only those the import left empty."""
    if step == "consent":
        return ["consent"]
    if step == "profile":
        return missing_profile_fields(me)
    if step == "topics":
        return ["topics"]
    if step == "needs":
        return [name for name in ("seeking", "offering") if not getattr(me, name)]
    return []


async def _render(
    view: AttendeeView,
    progress: Onboarding,
    step: str,
    *,
    errors: FieldErrors | None = None,
    values: dict[str, Any] | None = None,
    status_code: int = 200,
) -> Template:
    now = view.now()
    sessions = []
    if step == "availability":
        sessions = await availability_choices(view.conn, view.event, view.me.id, now)
    # No navigation yet: onboarding comes first.
    return page(
        view.request,
        "attendee/welcome.html",
        status_code=status_code,
        event=view.event,
        me=view.me,
        step=step,
        number=len(progress.done) + 1,
        total=len(progress.done) + len(progress.pending),
        fields=_step_fields(step, view.me),
        values=values or {},
        errors=errors or FieldErrors(),
        labels=FIELDS,
        sessions=sessions,
        now=now,
        zone_moment=now,
        options=form_options(view.t, view.event, view.me),
    )


class WelcomePages(Controller):
    @get("/welcome", name="attendee:welcome")
    async def current_step(self, newcomer: View) -> Template | Response[Any]:
        progress = await onboarding_of(newcomer.conn, newcomer.event.id, newcomer.me)
        if not progress.needed:
            return newcomer.back(newcomer.path("/"))
        return await _render(newcomer, progress, progress.pending[0])

    @post("/welcome/{step:str}")
    async def save_step(self, newcomer: View, step: FromPath[str]) -> Template | Response[Any]:
        if step not in STEPS:
            raise NotFound(f"no onboarding step {step!r}", field="step")
        view = newcomer
        progress = await onboarding_of(view.conn, view.event.id, view.me)
        form = await view.form()
        values = profile_values(form, _step_fields(step, view.me))
        me = view.me
        if step == "availability":
            now = view.now()
            shown = await availability_choices(view.conn, view.event, me.id, now)
            outcome: Any = await attempt(
                view.conn,
                lambda: save_availability(view.conn, view.event, me.id, form, shown, now),
            )
        else:
            outcome = await save_profile(view, values) if values else me
        if isinstance(outcome, MatchmakerError):
            return await _render(
                view,
                progress,
                step,
                errors=field_errors(view.t, outcome),
                values=values,
                status_code=outcome.status,
            )
        if isinstance(outcome, AttendeeProfile):
            me = outcome
        after = await finish_step(view.conn, view.event.id, me, step)
        if after.completed:
            return view.back(view.path("/"), view.t.gettext("You are all set. Here is your day."))
        return view.back(view.path("/welcome"))
