"""Per-request dependencies: the connection and its transaction, the event named in the
path, the attendee behind a bearer token, and the organiser guard."""

from __future__ import annotations

import time
from collections.abc import AsyncGenerator
from typing import Annotated, Any

import asyncpg
from litestar import Request
from litestar.connection import ASGIConnection
from litestar.datastructures import State
from litestar.di import NamedDependency, Provide
from litestar.handlers.base import BaseRouteHandler
from litestar.params import FromPath, Parameter

from matchmaker.attendees.models import AttendeeProfile
from matchmaker.attendees.service import attendee_for_token
from matchmaker.db import Database, connection_in_transaction
from matchmaker.errors import Forbidden, NotFound, Unauthenticated, Unavailable
from matchmaker.events.models import Event
from matchmaker.events.service import get_event
from matchmaker.ids import CURSOR_PATTERN, MAX_ID
from matchmaker.tokens import bearer_token, tokens_equal
from matchmaker.web.openapi import refuses

# Handler parameter types: Litestar wants injected dependencies marked explicitly.
Conn = NamedDependency[asyncpg.Connection]
CurrentEvent = NamedDependency[Event]
Me = NamedDependency[AttendeeProfile]
# An id in the path (attendee, request, meeting, session).
PathId = Annotated[int, Parameter(ge=1, le=MAX_ID)]
Cursor = Annotated[
    str | None,
    Parameter(pattern=CURSOR_PATTERN, description="The `next` of the previous page"),
]


@refuses(Unavailable)
async def provide_conn(state: State) -> AsyncGenerator[asyncpg.Connection]:
    database: Database = state.database
    if not database.ready:
        raise Unavailable("the database is not reachable yet; retry shortly")
    async for conn in connection_in_transaction(database.pool):
        yield conn


# Organisers may rename an event or change its timezone (the console's setup page): each
# host keeps an event this long before reading it again, so a change shows everywhere soon
# without a query per request. The host that made the change forgets its copy at once.
EVENT_CACHE_SECONDS = 5.0


@refuses(NotFound)
async def provide_event(event_slug: FromPath[str], conn: Conn, state: State) -> Event:
    events: dict[str, tuple[Event, float]] = state.events
    cached = events.get(event_slug)
    now = time.monotonic()
    if cached is not None and now - cached[1] < EVENT_CACHE_SECONDS:
        return cached[0]
    event = await get_event(conn, event_slug)
    events[event_slug] = (event, now)
    return event


def forget_event(state: State, event_slug: str) -> None:
    """Drop this host's copy of the event after changing it."""
    state.events.pop(event_slug, None)


@refuses(Unauthenticated, Forbidden)
async def provide_me(
    request: Request[Any, Any, Any], conn: Conn, event: CurrentEvent
) -> AttendeeProfile:
    return await attendee_for_token(conn, event, bearer_token(request.headers.get("authorization")))


@refuses(Unauthenticated)
def organiser_only(connection: ASGIConnection[Any, Any, Any, Any], _: BaseRouteHandler) -> None:
    """Guard: the organiser token from MATCHMAKER_ADMIN_TOKEN must be presented."""
    token = bearer_token(connection.headers.get("authorization"))
    if token is None:
        raise Unauthenticated("the organiser bearer token is required", field="Authorization")
    if not tokens_equal(token, connection.app.state.admin_token):
        raise Unauthenticated("the organiser token is not valid", field="Authorization")


DEPENDENCIES = {
    "conn": Provide(provide_conn),
    "event": Provide(provide_event),
    "me": Provide(provide_me),
}
