"""Requests: asking someone (message, preferred times, with the quota and clashes shown
before sending), and answering — accept by choosing a time (the table is then shown),
decline, withdraw, or book a time for an accepted request."""

from __future__ import annotations

from typing import Any

import asyncpg
from litestar import Controller, Request, Response, get, post
from litestar.params import FromPath
from litestar.plugins.flash import flash
from litestar.response import Template

from matchmaker.attendees import service as attendees
from matchmaker.attendees.models import AttendeeProfile
from matchmaker.booking import agenda, meetings, requests_service
from matchmaker.booking import service as booking
from matchmaker.booking.schemas import (
    MAX_MESSAGE,
    AvailableSlot,
    BookingCreate,
    MeetingOut,
    MeetingRequestOut,
    RequestCreate,
)
from matchmaker.errors import MatchmakerError
from matchmaker.events.models import Event
from matchmaker.pages.actions import attempt
from matchmaker.pages.attendee.dependencies import T
from matchmaker.pages.attendee.labels import FIELDS, REQUEST_STATUSES
from matchmaker.pages.attendee.views import attendee_page, event_now
from matchmaker.pages.errors import describe
from matchmaker.pages.forms import FieldErrors, convert, ids, one_id, text
from matchmaker.pages.i18n import Translator
from matchmaker.pages.responses import see_other
from matchmaker.web.dependencies import Conn, CurrentEvent, Me

LISTED = 100


def _ordered(slots: list[AvailableSlot], preferred: list[int]) -> list[AvailableSlot]:
    """Free slots with the ones the sender proposed first."""
    first = [slot for slot in slots if slot.id in preferred]
    return first + [slot for slot in slots if slot.id not in preferred]


def _booked_message(t: Translator, meeting: MeetingOut, partner: str) -> str:
    return t.gettext(
        "Meeting booked with %(name)s: %(when)s, %(table)s.",
        name=partner,
        when=t.date_time(meeting.slot.starts_at),
        table=meeting.table.label,
    )


async def _request_form(
    request: Request[Any, Any, Any],
    conn: asyncpg.Connection,
    event: Event,
    me: AttendeeProfile,
    other: AttendeeProfile,
    *,
    errors: FieldErrors | None = None,
    message: str = "",
    chosen: list[int] | None = None,
    status_code: int = 200,
) -> Template:
    outlook = await requests_service.request_outlook(conn, event, me.id, other.id)
    elsewhere = outlook.proposed_elsewhere
    names = await attendees.public_profiles(
        conn, event, sorted({i for people in elsewhere.values() for i in people})
    )
    return await attendee_page(
        request,
        conn,
        event,
        me,
        "attendee/request_form.html",
        active="people",
        status_code=status_code,
        person=other,
        outlook=outlook,
        clashes={
            slot_id: [names[i].name for i in people if i in names]
            for slot_id, people in elsewhere.items()
        },
        errors=errors or FieldErrors(),
        labels=FIELDS,
        message=message,
        chosen=chosen or [],
        max_message=MAX_MESSAGE,
    )


class RequestPages(Controller):
    @get("/people/{attendee_id:int}/request", name="attendee:request")
    async def request_form(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        me: Me,
        attendee_id: FromPath[int],
    ) -> Template:
        other = await attendees.get_attendee(conn, event, attendee_id)
        return await _request_form(request, conn, event, me, other)

    @post("/people/{attendee_id:int}/request")
    async def send(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        me: Me,
        t: T,
        attendee_id: FromPath[int],
    ) -> Template | Response[Any]:
        other = await attendees.get_attendee(conn, event, attendee_id)
        form = await request.form()
        message = text(form, "message")
        chosen = ids(form, "preferred_slot_ids")

        async def send() -> MeetingRequestOut:
            data = convert(
                {"to": other.id, "message": message, "preferred_slot_ids": chosen}, RequestCreate
            )
            return await requests_service.send_request(conn, event, me.id, data)

        outcome = await attempt(conn, send)
        if isinstance(outcome, MatchmakerError):
            errors = FieldErrors()
            field = outcome.field if outcome.field in ("message", "preferred_slot_ids") else "form"
            errors.add(field, describe(t, outcome))
            return await _request_form(
                request,
                conn,
                event,
                me,
                other,
                errors=errors,
                message=message,
                chosen=chosen,
                status_code=outcome.status,
            )
        flash(request, t.gettext("Request sent to %(name)s.", name=other.name), "success")
        return see_other(request, f"/e/{event.slug}/requests#request-{outcome.id}")

    @get("/requests", name="attendee:requests")
    async def requests(
        self, request: Request[Any, Any, Any], conn: Conn, event: CurrentEvent, me: Me
    ) -> Template:
        inbox = (await requests_service.list_requests(conn, event, me.id, "in", None, LISTED)).items
        outbox = (
            await requests_service.list_requests(conn, event, me.id, "out", None, LISTED)
        ).items
        mine = (await agenda.agenda(conn, event, me.id)).items
        booked = {
            item.request_id: item for item in mine if item.status == "booked" and item.request_id
        }
        to_answer = [r for r in inbox if r.status == "pending"]
        to_book = [r for r in inbox + outbox if r.status == "accepted" and r.id not in booked]
        sent = [r for r in outbox if r.status == "pending"]
        answered = {r.id for r in to_answer + to_book + sent}
        history = sorted(
            (r for r in inbox + outbox if r.id not in answered), key=lambda r: r.id, reverse=True
        )
        others = {r.from_ if r.to == me.id else r.to for r in inbox + outbox}
        people = await attendees.public_profiles(conn, event, sorted(others))
        slots: dict[int, list[AvailableSlot]] = {}
        for r in to_answer + to_book:
            other = r.from_ if r.to == me.id else r.to
            if other in people:
                free = await booking.free_slots_together(conn, event, [me.id, other])
                slots[r.id] = _ordered(free, r.preferred_slot_ids)
        return await attendee_page(
            request,
            conn,
            event,
            me,
            "attendee/requests.html",
            active="requests",
            to_answer=to_answer,
            to_book=to_book,
            sent=sent,
            history=history,
            booked=booked,
            people=people,
            slots=slots,
            statuses=REQUEST_STATUSES,
            now=event_now(event),
        )

    @post("/requests/{request_id:int}/accept")
    async def accept(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        me: Me,
        t: T,
        request_id: FromPath[int],
    ) -> Response[Any]:
        slot_id = one_id(await request.form(), "slot_id")

        async def accept() -> Any:
            return await requests_service.accept(conn, event, me.id, request_id, slot_id)

        outcome = await attempt(conn, accept)
        if isinstance(outcome, MatchmakerError):
            flash(request, describe(t, outcome), "error")
        elif outcome.meeting is not None:
            partner = await _name(conn, event, outcome.request.from_, t)
            flash(request, _booked_message(t, outcome.meeting, partner), "success")
        else:
            flash(
                request,
                t.gettext("Accepted. Choose a time when one is free for both of you."),
                "success",
            )
        return see_other(request, f"/e/{event.slug}/requests#request-{request_id}")

    @post("/requests/{request_id:int}/book")
    async def book(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        me: Me,
        t: T,
        request_id: FromPath[int],
    ) -> Response[Any]:
        slot_id = one_id(await request.form(), "slot_id")

        async def book() -> MeetingOut:
            data = convert({"request_id": request_id, "slot_id": slot_id}, BookingCreate)
            return await meetings.book_meeting(conn, event, me.id, data, None)

        outcome = await attempt(conn, book)
        if isinstance(outcome, MatchmakerError):
            flash(request, describe(t, outcome), "error")
        else:
            other = next(p for p in outcome.participants if p != me.id)
            flash(
                request, _booked_message(t, outcome, await _name(conn, event, other, t)), "success"
            )
        return see_other(request, f"/e/{event.slug}/requests#request-{request_id}")

    @post("/requests/{request_id:int}/decline")
    async def decline(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        me: Me,
        t: T,
        request_id: FromPath[int],
    ) -> Response[Any]:
        outcome = await attempt(
            conn, lambda: requests_service.decline(conn, event, me.id, request_id)
        )
        if isinstance(outcome, MatchmakerError):
            flash(request, describe(t, outcome), "error")
        else:
            flash(request, t.gettext("Request declined."), "success")
        return see_other(request, f"/e/{event.slug}/requests")

    @post("/requests/{request_id:int}/withdraw")
    async def withdraw(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        me: Me,
        t: T,
        request_id: FromPath[int],
    ) -> Response[Any]:
        outcome = await attempt(
            conn, lambda: requests_service.withdraw(conn, event, me.id, request_id)
        )
        if isinstance(outcome, MatchmakerError):
            flash(request, describe(t, outcome), "error")
        else:
            flash(request, t.gettext("Request withdrawn."), "success")
        return see_other(request, f"/e/{event.slug}/requests")


async def _name(conn: asyncpg.Connection, event: Event, attendee_id: int, t: Translator) -> str:
    people = await attendees.public_profiles(conn, event, [attendee_id])
    person = people.get(attendee_id)
    return person.name if person else t.gettext("a former attendee")
