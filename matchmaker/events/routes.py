"""HTTP routes for events (organiser)."""

from __future__ import annotations

from litestar import Controller, get, post
from litestar.params import JSONBody

from matchmaker.errors import Conflict
from matchmaker.events import service
from matchmaker.events.models import Event, EventCreate
from matchmaker.web.dependencies import Conn, CurrentEvent, organiser_only
from matchmaker.web.openapi import refuses


class EventController(Controller):
    path = "/api/v1/events"
    tags = ["organiser"]

    @post("/", guards=[organiser_only], summary="Create an event with its topics")
    @refuses(Conflict)
    async def create(self, conn: Conn, data: JSONBody[EventCreate]) -> Event:
        return await service.create_event(conn, data)

    @get("/{event_slug:str}", summary="An event with its topics")
    async def read(self, event: CurrentEvent) -> Event:
        return event
