"""HTTP routes for attendees: organiser management and import, an attendee's own profile."""

from __future__ import annotations

from typing import Annotated, Any

from litestar import Controller, Response, delete, get, patch, post
from litestar.exceptions import ValidationException
from litestar.params import FromQuery, JSONBody, QueryParameter, RawBody

from matchmaker.attendees import service
from matchmaker.attendees.schemas import (
    AttendeeCreate,
    AttendeeCreated,
    AttendeeOwn,
    AttendeePage,
    AttendeePatch,
    AttendeePublic,
    ImportReport,
)
from matchmaker.audit import service as audit
from matchmaker.errors import Conflict, NotFound
from matchmaker.web.dependencies import Conn, CurrentEvent, Cursor, Me, PathId, organiser_only
from matchmaker.web.openapi import CsvBodyOperation, refuses

EVENT_PATH = "/api/v1/events/{event_slug:str}"


class OrganiserAttendeeController(Controller):
    path = EVENT_PATH + "/attendees"
    tags = ["organiser"]
    guards = [organiser_only]

    @post("/", summary="Create an attendee; the token is returned once")
    @refuses(NotFound, Conflict)
    async def create(
        self, conn: Conn, event: CurrentEvent, data: JSONBody[AttendeeCreate]
    ) -> AttendeeCreated:
        profile, token = await service.create_attendee(conn, event, data)
        await audit.record(
            conn, event.id, audit.API, "attendee.created", {"attendee_id": profile.id}
        )
        return AttendeeCreated.with_token(profile, token)

    @get("/", summary="Attendees in id order, a page at a time")
    async def list(
        self,
        conn: Conn,
        event: CurrentEvent,
        limit: Annotated[int, QueryParameter(ge=1, le=500)] = 100,
        cursor: Cursor = None,
    ) -> AttendeePage:
        return await service.list_attendees(conn, event, cursor, limit)

    @post(
        "/import",
        status_code=200,
        operation_class=CsvBodyOperation,
        summary="Import attendees from CSV (header row of field names; lists with ';')",
    )
    @refuses(Conflict)
    async def import_csv(
        self,
        conn: Conn,
        event: CurrentEvent,
        body: RawBody,
        dry_run: FromQuery[bool] = False,
    ) -> ImportReport:
        if not body:
            message = "the body is empty: a CSV file with a header row is needed"
            raise ValidationException(message, extra=[{"message": message, "key": "body"}])
        report = await service.import_attendees(conn, event, body, dry_run=dry_run)
        if not report.dry_run and (report.created or report.updated):
            await audit.record(
                conn,
                event.id,
                audit.API,
                "attendees.imported",
                {"created": report.created, "updated": report.updated},
            )
        return report


class AttendeeProfileController(Controller):
    path = EVENT_PATH
    tags = ["attendee"]

    @get("/attendees/{attendee_id:int}", summary="Another attendee's public profile")
    async def public_profile(
        self, conn: Conn, event: CurrentEvent, me: Me, attendee_id: PathId
    ) -> AttendeePublic:
        profile = await service.get_attendee(conn, event, attendee_id)
        return AttendeePublic.of(profile)

    @get("/me", summary="My own profile")
    async def read_me(self, me: Me) -> AttendeeOwn:
        return AttendeeOwn.of(me)

    @patch("/me", summary="Change parts of my profile")
    @refuses(NotFound, Conflict)
    async def update_me(
        self, conn: Conn, event: CurrentEvent, me: Me, data: JSONBody[AttendeePatch]
    ) -> AttendeeOwn:
        return AttendeeOwn.of(await service.update_own_profile(conn, event, me, data))

    @delete("/me", status_code=204, summary="Erase me and everything stored about me")
    async def erase_me(self, conn: Conn, me: Me) -> None:
        await service.erase_attendee(conn, me)

    @get("/me/export", summary="Everything stored about me")
    async def export_me(self, conn: Conn, me: Me) -> Response[dict[str, Any]]:
        data = await service.export_personal_data(conn, me)
        return Response(
            data,
            headers={"Content-Disposition": 'attachment; filename="my-data.json"'},
        )
