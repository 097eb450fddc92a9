"""A signed-in attendee's request as page handlers use it: who, in which event, in which
language, with the connection of the request's transaction; and the two things every
handler ends with — render a page with the navigation, or act and go back (PRG)."""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

import asyncpg
from litestar import Request, Response
from litestar.datastructures import State
from litestar.plugins.flash import flash
from litestar.response import Template

from matchmaker.attendees.models import AttendeeProfile
from matchmaker.booking import requests_service
from matchmaker.errors import MatchmakerError
from matchmaker.events.models import Event
from matchmaker.pages.actions import attempt
from matchmaker.pages.errors import describe
from matchmaker.pages.i18n import Translator
from matchmaker.pages.responses import page, see_other
from matchmaker.sessions.times import zone

T = TypeVar("T")


def event_now(event: Event) -> datetime:
    """Now, on the event's wall clock."""
    return datetime.now(zone(event.timezone))


@dataclass(frozen=True)
class AttendeeView:
    """One request of a signed-in attendee."""

    request: Request[Any, Any, Any]
    conn: asyncpg.Connection
    event: Event
    me: AttendeeProfile
    t: Translator
    state: State

    def path(self, suffix: str) -> str:
        """An address in this event's attendee app."""
        return f"/e/{self.event.slug}{suffix}"

    def now(self) -> datetime:
        return event_now(self.event)

    async def form(self) -> Any:
        return await self.request.form()

    async def render(
        self, template_name: str, *, active: str, status_code: int = 200, **context: Any
    ) -> Template:
        """A page of the app, with its navigation (and how many requests wait for me)."""
        return page(
            self.request,
            template_name,
            status_code=status_code,
            event=self.event,
            me=self.me,
            active=active,
            needs_answer=await requests_service.count_needing_answer(self.conn, self.me.id),
            zone_moment=self.now(),
            **context,
        )

    def back(
        self, path: str, message: str | None = None, category: str = "success"
    ) -> Response[Any]:
        """Flash ``message`` and go to ``path`` (post/redirect/get)."""
        if message is not None:
            flash(self.request, message, category)
        return see_other(self.request, path)

    async def act(
        self,
        action: Callable[[], Awaitable[T]],
        *,
        done: Callable[[T], str | Awaitable[str]],
        then: str,
        refused_then: str | None = None,
    ) -> Response[Any]:
        """Run a service action; say what happened (``done`` of its result, or why it was
        refused) and go to ``then`` (``refused_then`` after a refusal, if given)."""
        outcome = await attempt(self.conn, action)
        if isinstance(outcome, MatchmakerError):
            return self.back(refused_then or then, describe(self.t, outcome), "error")
        message = done(outcome)
        if inspect.isawaitable(message):
            message = await message
        return self.back(then, message)
