"""Requests: asking someone (message, preferred times, with the quota and clashes shown
before sending), and answering — accept by choosing a time (the table is then shown),
decline, withdraw, or book a time for an accepted request."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Response, get, post
from litestar.params import FromPath
from litestar.response import Template

from matchmaker.attendees import service as attendees
from matchmaker.attendees.models import AttendeeProfile
from matchmaker.booking import agenda, meetings, requests_service
from matchmaker.booking import service as booking
from matchmaker.booking.schemas import (
    MAX_MESSAGE,
    AcceptResult,
    AvailableSlot,
    BookingCreate,
    MeetingOut,
    MeetingRequestOut,
    RequestCreate,
)
from matchmaker.errors import MatchmakerError
from matchmaker.pages.actions import attempt
from matchmaker.pages.attendee.dependencies import View
from matchmaker.pages.attendee.labels import FIELDS, REQUEST_STATUSES
from matchmaker.pages.attendee.views import AttendeeView
from matchmaker.pages.errors import describe
from matchmaker.pages.forms import FieldErrors, convert, ids, one_id, text

LISTED = 100


def _ordered(slots: list[AvailableSlot], preferred: list[int]) -> list[AvailableSlot]:
    """Free slots with the ones the sender proposed first."""
    first = [slot for slot in slots if slot.id in preferred]
    return first + [slot for slot in slots if slot.id not in preferred]


async def _booked(view: AttendeeView, meeting: MeetingOut) -> str:
    """What to tell the person who just booked: with whom, when, which table."""
    partner_id = next(p for p in meeting.participants if p != view.me.id)
    partner = (await attendees.public_profiles(view.conn, view.event, [partner_id])).get(partner_id)
    return view.t.gettext(
        "Meeting booked with %(name)s: %(when)s, %(table)s.",
        name=partner.name if partner else view.t.gettext("a former attendee"),
        when=view.t.date_time(meeting.slot.starts_at),
        table=meeting.table.label,
    )


async def _request_form(
    view: AttendeeView,
    other: AttendeeProfile,
    *,
    errors: FieldErrors | None = None,
    message: str = "",
    chosen: list[int] | None = None,
    status_code: int = 200,
) -> Template:
    outlook = await requests_service.request_outlook(view.conn, view.event, view.me.id, other.id)
    elsewhere = outlook.proposed_elsewhere
    names = await attendees.public_profiles(
        view.conn, view.event, sorted({i for people in elsewhere.values() for i in people})
    )
    return await view.render(
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


async def _answer_page(view: View, request_id: int, answer: str) -> Template:
    """The page a mail's Accept or Decline link opens: the request, and the button that
    answers it. Opening it changes nothing (mail scanners follow links too)."""
    found = await requests_service.request_for(view.conn, view.event, view.me.id, request_id)
    people = await attendees.public_profiles(view.conn, view.event, [found.from_])
    slots: dict[int, list[AvailableSlot]] = {}
    if found.status == "pending" and found.from_ in people:
        free = await booking.free_slots_together(view.conn, view.event, [view.me.id, found.from_])
        slots[found.id] = _ordered(free, found.preferred_slot_ids)
    return await view.render(
        "attendee/answer_confirm.html",
        active="requests",
        r=found,
        answer=answer,
        person=people.get(found.from_),
        slots=slots,
        statuses=REQUEST_STATUSES,
    )


class RequestPages(Controller):
    @get("/requests/{request_id:int}/accept", name="attendee:accept-confirm")
    async def accept_confirm(self, view: View, request_id: FromPath[int]) -> Template:
        return await _answer_page(view, request_id, "accept")

    @get("/requests/{request_id:int}/decline", name="attendee:decline-confirm")
    async def decline_confirm(self, view: View, request_id: FromPath[int]) -> Template:
        return await _answer_page(view, request_id, "decline")

    @get("/people/{attendee_id:int}/request", name="attendee:request")
    async def request_form(self, view: View, attendee_id: FromPath[int]) -> Template:
        other = await attendees.get_attendee(view.conn, view.event, attendee_id)
        return await _request_form(view, other)

    @post("/people/{attendee_id:int}/request")
    async def send(self, view: View, attendee_id: FromPath[int]) -> Template | Response[Any]:
        other = await attendees.get_attendee(view.conn, view.event, attendee_id)
        form = await view.form()
        message, chosen = text(form, "message"), ids(form, "preferred_slot_ids")

        async def send() -> MeetingRequestOut:
            data = convert(
                {"to": other.id, "message": message, "preferred_slot_ids": chosen}, RequestCreate
            )
            return await requests_service.send_request(view.conn, view.event, view.me.id, data)

        outcome = await attempt(view.conn, send)
        if isinstance(outcome, MatchmakerError):
            errors = FieldErrors()
            field = outcome.field if outcome.field in ("message", "preferred_slot_ids") else "form"
            errors.add(field, describe(view.t, outcome))
            return await _request_form(
                view,
                other,
                errors=errors,
                message=message,
                chosen=chosen,
                status_code=outcome.status,
            )
        return view.back(
            view.path(f"/requests#request-{outcome.id}"),
            view.t.gettext("Request sent to %(name)s.", name=other.name),
        )

    @get("/requests", name="attendee:requests")
    async def requests(self, view: View) -> Template:
        conn, event, me = view.conn, view.event, view.me
        inbox = (await requests_service.list_requests(conn, event, me.id, "in", None, LISTED)).items
        outbox = (
            await requests_service.list_requests(conn, event, me.id, "out", None, LISTED)
        ).items
        mine = (await agenda.agenda(conn, event, me.id)).items
        booked = {i.request_id: i for i in mine if i.status == "booked" and i.request_id}
        to_answer = [r for r in inbox if r.status == "pending"]
        to_book = [r for r in inbox + outbox if r.status == "accepted" and r.id not in booked]
        sent = [r for r in outbox if r.status == "pending"]
        open_ids = {r.id for r in to_answer + to_book + sent}
        history = sorted(
            (r for r in inbox + outbox if r.id not in open_ids), key=lambda r: r.id, reverse=True
        )
        others = {r.from_ if r.to == me.id else r.to for r in inbox + outbox}
        people = await attendees.public_profiles(conn, event, sorted(others))
        slots: dict[int, list[AvailableSlot]] = {}
        for r in to_answer + to_book:
            other = r.from_ if r.to == me.id else r.to
            if other in people:
                free = await booking.free_slots_together(conn, event, [me.id, other])
                slots[r.id] = _ordered(free, r.preferred_slot_ids)
        return await view.render(
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
            now=view.now(),
        )

    @post("/requests/{request_id:int}/accept")
    async def accept(self, view: View, request_id: FromPath[int]) -> Response[Any]:
        slot_id = one_id(await view.form(), "slot_id")

        async def accept() -> AcceptResult:
            return await requests_service.accept(
                view.conn, view.event, view.me.id, request_id, slot_id
            )

        async def done(result: AcceptResult) -> str:
            if result.meeting is None:
                return view.t.gettext("Accepted. Choose a time when one is free for both of you.")
            return await _booked(view, result.meeting)

        return await view.act(accept, done=done, then=view.path(f"/requests#request-{request_id}"))

    @post("/requests/{request_id:int}/book")
    async def book(self, view: View, request_id: FromPath[int]) -> Response[Any]:
        slot_id = one_id(await view.form(), "slot_id")

        async def book() -> MeetingOut:
            data = convert({"request_id": request_id, "slot_id": slot_id}, BookingCreate)
            return await meetings.book_meeting(view.conn, view.event, view.me.id, data, None)

        return await view.act(
            book,
            done=lambda meeting: _booked(view, meeting),
            then=view.path(f"/requests#request-{request_id}"),
        )

    @post("/requests/{request_id:int}/decline")
    async def decline(self, view: View, request_id: FromPath[int]) -> Response[Any]:
        return await view.act(
            lambda: requests_service.decline(view.conn, view.event, view.me.id, request_id),
            done=lambda _: view.t.gettext("Request declined."),
            then=view.path("/requests"),
        )

    @post("/requests/{request_id:int}/withdraw")
    async def withdraw(self, view: View, request_id: FromPath[int]) -> Response[Any]:
        return await view.act(
            lambda: requests_service.withdraw(view.conn, view.event, view.me.id, request_id),
            done=lambda _: view.t.gettext("Request withdrawn."),
            then=view.path("/requests"),
        )
