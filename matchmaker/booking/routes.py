"""HTTP routes for meeting requests, bookings, available slots and the agenda."""

from __future__ import annotations

from typing import Annotated, Any

from litestar import Controller, Request, Response, delete, get, post
from litestar.params import FromQuery, HeaderParameter, JSONBody, QueryParameter

from matchmaker.booking import agenda, meetings, requests_service
from matchmaker.booking import service as booking
from matchmaker.booking.calendar import agenda_calendar
from matchmaker.booking.idempotency import KEY_PATTERN, MAX_KEY_LENGTH
from matchmaker.booking.schemas import (
    AcceptBody,
    AcceptResult,
    Agenda,
    AvailableSlots,
    BookingCreate,
    Box,
    MeetingOut,
    MeetingRequestOut,
    RequestCreate,
    RequestPage,
)
from matchmaker.errors import (
    Conflict,
    Forbidden,
    InvalidInput,
    NotFound,
    OverCap,
    SlotTaken,
    Unauthenticated,
)
from matchmaker.ids import MAX_ID
from matchmaker.sessions.access import ACTOR_DEPENDENCY, CurrentActor
from matchmaker.tokens import bearer_token
from matchmaker.web.dependencies import Conn, CurrentEvent, Cursor, Me, PathId
from matchmaker.web.openapi import OptionalBodyOperation, refuses

EVENT_PATH = "/api/v1/events/{event_slug:str}"
IdempotencyKey = Annotated[
    str | None,
    HeaderParameter(
        name="Idempotency-Key",
        description="Optional but recommended: a retry with the same key gets the first answer",
        min_length=1,
        max_length=MAX_KEY_LENGTH,
        pattern=KEY_PATTERN,
    ),
]


class MeetingRequestController(Controller):
    path = EVENT_PATH + "/meeting-requests"
    tags = ("meeting requests",)

    @post("/", summary="Send a meeting request")
    @refuses(InvalidInput, NotFound, Conflict, OverCap)
    async def send(
        self, conn: Conn, event: CurrentEvent, me: Me, data: JSONBody[RequestCreate]
    ) -> MeetingRequestOut:
        return await requests_service.send_request(conn, event, me.id, data)

    @get(
        "/",
        summary="Requests I received (box=in) or sent (box=out), newest first",
    )
    async def list(
        self,
        conn: Conn,
        event: CurrentEvent,
        me: Me,
        box: FromQuery[Box] = "in",
        limit: Annotated[int, QueryParameter(ge=1, le=200)] = 50,
        cursor: Cursor = None,
    ) -> RequestPage:
        return await requests_service.list_requests(conn, event, me.id, box, cursor, limit)

    @post(
        "/{request_id:int}/accept",
        status_code=200,
        summary="Accept; with slot_id, book too (in one transaction)",
        operation_class=OptionalBodyOperation,
    )
    @refuses(Forbidden, Conflict, SlotTaken, OverCap)
    async def accept(
        self,
        conn: Conn,
        event: CurrentEvent,
        me: Me,
        request_id: PathId,
        data: JSONBody[AcceptBody | None] = None,
    ) -> AcceptResult:
        slot_id = None if data is None else data.slot_id
        return await requests_service.accept(conn, event, me.id, request_id, slot_id)

    @post(
        "/{request_id:int}/decline",
        status_code=200,
        summary="Decline a request",
    )
    @refuses(Forbidden, Conflict)
    async def decline(
        self, conn: Conn, event: CurrentEvent, me: Me, request_id: PathId
    ) -> MeetingRequestOut:
        return await requests_service.decline(conn, event, me.id, request_id)

    @post(
        "/{request_id:int}/withdraw",
        status_code=200,
        summary="Withdraw my request",
    )
    @refuses(Forbidden, Conflict)
    async def withdraw(
        self, conn: Conn, event: CurrentEvent, me: Me, request_id: PathId
    ) -> MeetingRequestOut:
        return await requests_service.withdraw(conn, event, me.id, request_id)


class MeetingController(Controller):
    path = EVENT_PATH
    tags = ("meetings",)
    dependencies = ACTOR_DEPENDENCY

    @post(
        "/meetings",
        summary="Book a request into a slot at a free table (409: taken)",
        description=(
            "The request must be accepted, or pending with the caller as its recipient "
            "(booking then accepts it). With an Idempotency-Key (optional, recommended) a "
            "retry gets the first successful answer; the same key with another body is 422."
        ),
    )
    # The token is read here, not through `me`: the handler declares the 401 itself.
    @refuses(Unauthenticated, InvalidInput, Forbidden, NotFound, Conflict, SlotTaken, OverCap)
    async def book(
        self,
        conn: Conn,
        event: CurrentEvent,
        data: JSONBody[BookingCreate],
        request: Request[Any, Any, Any],
        idempotency_key: IdempotencyKey = None,
    ) -> MeetingOut:
        # The token is checked inside the booking's first statement (one round trip less
        # than the `me` dependency), with the same 401/403 answers.
        token = bearer_token(request.headers.get("authorization"))
        if token is None:  # no token is a 401 before any other check, as on every other route
            raise Unauthenticated("an attendee bearer token is required", field="Authorization")
        return await meetings.book_meeting_with_token(conn, event, token, data, idempotency_key)

    @delete(
        "/meetings/{meeting_id:int}",
        status_code=204,
        summary="Cancel a meeting (a participant or the organiser)",
    )
    @refuses(Forbidden)
    async def cancel(
        self, conn: Conn, event: CurrentEvent, actor: CurrentActor, meeting_id: PathId
    ) -> None:
        await booking.cancel_meeting(conn, event, meeting_id, actor.attendee_id)

    @get(
        "/slots/available",
        summary="Slots where both of us are free and a table is free",
    )
    @refuses(NotFound)
    async def available(
        self,
        conn: Conn,
        event: CurrentEvent,
        me: Me,
        with_: Annotated[int, QueryParameter(name="with", ge=1, le=MAX_ID)],
    ) -> AvailableSlots:
        return await booking.available_slots(conn, event, me.id, with_)

    @get(
        "/me/agenda",
        summary="My meetings in time order (cancelled ones flagged)",
    )
    async def agenda(self, conn: Conn, event: CurrentEvent, me: Me) -> Agenda:
        return await agenda.agenda(conn, event, me.id)

    @get(
        "/me/agenda.ics",
        summary="My agenda as an iCalendar file",
        media_type="text/calendar",
    )
    async def agenda_ics(self, conn: Conn, event: CurrentEvent, me: Me) -> Response[bytes]:
        document = agenda_calendar(event, (await agenda.agenda(conn, event, me.id)).items)
        return Response(document, media_type="text/calendar; charset=utf-8")
