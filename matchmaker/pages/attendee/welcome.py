"""Onboarding, one short step at a time, asking only what the import left unanswered."""

from __future__ import annotations

from typing import Any

import asyncpg
from litestar import Controller, Request, Response, get, post
from litestar.params import FromPath
from litestar.plugins.flash import flash
from litestar.response import Template

from matchmaker.attendees.models import AttendeeProfile
from matchmaker.errors import MatchmakerError, NotFound
from matchmaker.events.models import Event
from matchmaker.onboarding.service import (
    STEPS,
    Onboarding,
    finish_step,
    missing_profile_fields,
    onboarding_of,
)
from matchmaker.pages.attendee.availability_form import availability_choices, save_availability
from matchmaker.pages.attendee.dependencies import Newcomer, T
from matchmaker.pages.attendee.labels import FIELDS
from matchmaker.pages.attendee.profile_form import (
    field_errors,
    form_options,
    profile_values,
    save_profile,
)
from matchmaker.pages.attendee.views import event_now
from matchmaker.pages.forms import FieldErrors
from matchmaker.pages.i18n import Translator
from matchmaker.pages.responses import page, see_other
from matchmaker.web.dependencies import Conn, CurrentEvent


def _step_fields(step: str, me: AttendeeProfile) -> list[str]:
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
    request: Request[Any, Any, Any],
    conn: asyncpg.Connection,
    event: Event,
    me: AttendeeProfile,
    t: Translator,
    progress: Onboarding,
    step: str,
    *,
    errors: FieldErrors | None = None,
    values: dict[str, Any] | None = None,
    status_code: int = 200,
) -> Template:
    now = event_now(event)
    return page(
        request,
        "attendee/welcome.html",
        status_code=status_code,
        event=event,
        me=me,
        step=step,
        number=len(progress.done) + 1,
        total=len(progress.done) + len(progress.pending),
        fields=_step_fields(step, me),
        values=values or {},
        errors=errors or FieldErrors(),
        labels=FIELDS,
        sessions=await availability_choices(conn, event, me.id, now)
        if step == "availability"
        else [],
        now=now,
        zone_moment=now,
        options=form_options(t, event, me),
    )


class WelcomePages(Controller):
    @get("/welcome", name="attendee:welcome")
    async def current_step(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        newcomer: Newcomer,
        t: T,
    ) -> Template | Response[Any]:
        progress = await onboarding_of(conn, event.id, newcomer)
        if not progress.needed:
            return see_other(request, f"/e/{event.slug}/")
        return await _render(request, conn, event, newcomer, t, progress, progress.pending[0])

    @post("/welcome/{step:str}")
    async def save_step(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        newcomer: Newcomer,
        t: T,
        step: FromPath[str],
    ) -> Template | Response[Any]:
        if step not in STEPS:
            raise NotFound(f"no onboarding step {step!r}", field="step")
        progress = await onboarding_of(conn, event.id, newcomer)
        form = await request.form()
        me = newcomer
        if step == "availability":
            shown = await availability_choices(conn, event, me.id, event_now(event))
            outcome: Any = await save_availability(
                conn, event, me.id, form, shown, event_now(event)
            )
        else:
            values = profile_values(form, _step_fields(step, me))
            outcome = await save_profile(conn, event, me, values) if values else me
        if isinstance(outcome, MatchmakerError):
            return await _render(
                request,
                conn,
                event,
                me,
                t,
                progress,
                step,
                errors=field_errors(t, outcome),
                values=profile_values(form, _step_fields(step, me)),
                status_code=outcome.status,
            )
        if isinstance(outcome, AttendeeProfile):
            me = outcome
        after = await finish_step(conn, event.id, me, step)
        if after.completed:
            flash(request, t.gettext("You are all set. Here is your day."), category="success")
            return see_other(request, f"/e/{event.slug}/")
        return see_other(request, f"/e/{event.slug}/welcome")
