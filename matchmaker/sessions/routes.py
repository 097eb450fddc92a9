"""HTTP routes for networking sessions and an attendee's unavailable slots."""

from __future__ import annotations

from litestar import Controller, get, post, put
from litestar.params import JSONBody

from matchmaker.errors import Conflict, NotFound
from matchmaker.sessions import service
from matchmaker.sessions.access import ACTOR_DEPENDENCY, CurrentActor
from matchmaker.sessions.schemas import SessionCreate, SessionList, SessionOut, Unavailability
from matchmaker.web.dependencies import Conn, CurrentEvent, Me, organiser_only
from matchmaker.web.openapi import refuses

EVENT_PATH = "/api/v1/events/{event_slug:str}"


class SessionController(Controller):
    path = EVENT_PATH + "/sessions"
    tags = ("sessions",)
    dependencies = ACTOR_DEPENDENCY

    @post(
        "/",
        guards=[organiser_only],
        summary="Create a networking session (organiser)",
    )
    @refuses(Conflict)
    async def create(
        self, conn: Conn, event: CurrentEvent, data: JSONBody[SessionCreate]
    ) -> SessionOut:
        return await service.create_session(conn, event, data)

    @get(
        "/",
        summary="Sessions with their slots, tables and free tables per slot",
    )
    async def list(self, conn: Conn, event: CurrentEvent, actor: CurrentActor) -> SessionList:
        return await service.list_sessions(conn, event)


class UnavailabilityController(Controller):
    path = EVENT_PATH + "/me/unavailability"
    tags = ("attendee",)

    @get("/", summary="The slots I cannot meet in")
    async def read(self, conn: Conn, me: Me) -> Unavailability:
        return await service.get_unavailability(conn, me.id)

    @put(
        "/",
        summary="Replace the slots I cannot meet in",
    )
    @refuses(NotFound, Conflict)
    async def replace(
        self, conn: Conn, event: CurrentEvent, me: Me, data: JSONBody[Unavailability]
    ) -> Unavailability:
        return await service.replace_unavailability(conn, event, me.id, data)
