"""HTTP routes for events (organiser)."""

from __future__ import annotations

import msgspec
from litestar import Controller, get, post
from litestar.datastructures import State
from litestar.params import JSONBody

from matchmaker.audit import service as audit
from matchmaker.errors import Conflict
from matchmaker.events import service
from matchmaker.events.models import Event, EventCreate, OrganisationTypeEntry
from matchmaker.web.dependencies import Conn, CurrentEvent, forget_event, organiser_only
from matchmaker.web.openapi import refuses


class OrganisationTypeList(msgspec.Struct, frozen=True, kw_only=True):
    items: list[OrganisationTypeEntry]


class EventController(Controller):
    path = "/api/v1/events"
    tags = ["organiser"]

    @post("/", guards=[organiser_only], summary="Create an event with its topics")
    @refuses(Conflict)
    async def create(self, conn: Conn, data: JSONBody[EventCreate]) -> Event:
        return await service.create_event(conn, data)

    @get("/{event_slug:str}", summary="An event with its topics and organisation types")
    async def read(self, event: CurrentEvent) -> Event:
        return event

    @get(
        "/{event_slug:str}/organisation-types",
        summary="The event's organisation types",
        description="The values attendees' `organisation_type` and the match settings' "
        "`disallowed_organisation_type_pairs` accept for this event.",
    )
    async def organisation_types(self, conn: Conn, event: CurrentEvent) -> OrganisationTypeList:
        return OrganisationTypeList(items=await service.organisation_types(conn, event.id))

    @post(
        "/{event_slug:str}/organisation-types",
        guards=[organiser_only],
        summary="Add an organisation type to the event (at the end of its list)",
    )
    @refuses(Conflict)
    async def add_organisation_type(
        self, conn: Conn, event: CurrentEvent, state: State, data: JSONBody[OrganisationTypeEntry]
    ) -> OrganisationTypeEntry:
        added = await service.add_organisation_type(conn, event, data)
        forget_event(state, event.slug)
        await audit.record(
            conn, event.id, audit.API, "organisation_types.changed", {"added": added.slug}
        )
        return added
