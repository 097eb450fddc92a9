"""Who is calling on routes that both attendees and the organiser may use."""

from __future__ import annotations

from typing import Any

import asyncpg
import msgspec
from litestar import Request
from litestar.di import NamedDependency, Provide

from matchmaker.attendees.service import attendee_for_token
from matchmaker.errors import Forbidden, Unauthenticated
from matchmaker.events.models import Event
from matchmaker.tokens import bearer_token, tokens_equal
from matchmaker.web.openapi import refuses


class Actor(msgspec.Struct, frozen=True, kw_only=True):
    """The organiser (``attendee_id`` None) or one attendee of the event."""

    attendee_id: int | None

    @property
    def is_organiser(self) -> bool:
        return self.attendee_id is None


@refuses(Unauthenticated, Forbidden)
async def provide_actor(
    request: Request[Any, Any, Any],
    conn: NamedDependency[asyncpg.Connection],
    event: NamedDependency[Event],
) -> Actor:
    """The organiser token or an attendee token of this event; 401/403 otherwise."""
    token = bearer_token(request.headers.get("authorization"))
    if token is not None and tokens_equal(token, request.app.state.admin_token):
        return Actor(attendee_id=None)
    attendee = await attendee_for_token(conn, event, token)
    return Actor(attendee_id=attendee.id)


CurrentActor = NamedDependency[Actor]
ACTOR_DEPENDENCY = {"actor": Provide(provide_actor)}
