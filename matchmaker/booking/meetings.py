"""Booking through ``POST /meetings``: the caller must be one of the request's two people;
the request must be accepted, or pending with the caller as its recipient (booking is then
also the acceptance). Replays with an Idempotency-Key get the first answer."""

from __future__ import annotations

from typing import Any

import asyncpg

from matchmaker.attendees.service import check_token_holder, required_token_hash
from matchmaker.booking import idempotency, requests_service
from matchmaker.booking import requests_repository as requests
from matchmaker.booking import service as booking
from matchmaker.booking.schemas import BookingCreate, MeetingOut
from matchmaker.errors import Conflict, Forbidden, NotFound
from matchmaker.events.models import Event
from matchmaker.mail import notify


def _bookable(me: int, row: Any) -> bool:
    """Whether booking the request also accepts it (the recipient booking a pending
    request); refuses what cannot be booked at all."""
    if row["status"] == "pending" and row["to_id"] == me:
        return True
    if row["status"] == "pending":
        raise Conflict(
            "the recipient has not accepted this request yet",
            field="request_id",
            extra={"request_status": "pending"},
        )
    if row["status"] != "accepted":
        raise Conflict(
            f"this request is {row['status']}; only an accepted request can be booked",
            field="request_id",
            extra={"request_status": row["status"]},
        )
    return False


async def _locked_for_caller(
    conn: asyncpg.Connection, event: Event, token: str | None, request_id: int
) -> tuple[int, Any]:
    """The caller's id and the request, locked with both its people, in one round trip;
    401/403 for a bad token exactly as on every attendee route."""
    rows = await requests.lock_request_for_caller(
        conn, event.id, request_id, required_token_hash(token)
    )
    check_token_holder(rows[0]["caller_event_id"] if rows else None, event)
    me: int = rows[0]["caller_id"]
    row = rows[0]
    if row["id"] is None:
        raise NotFound(f"no meeting request {request_id} in this event", field="id")
    if row["due"]:
        row = await requests.set_status(conn, request_id, "expired")
    return me, row


async def book_meeting(
    conn: asyncpg.Connection, event: Event, me: int, data: BookingCreate, key: str | None
) -> MeetingOut:
    """Book the request into the slot at a free table for attendee ``me`` (already
    authenticated, as on the pages), at most once per Idempotency-Key."""
    if key is not None:
        idempotency.check_key(key)
    row = await requests_service.locked_request(conn, event, data.request_id)
    return await _book_locked(conn, event, me, row, data, key)


async def book_meeting_with_token(
    conn: asyncpg.Connection, event: Event, token: str | None, data: BookingCreate, key: str | None
) -> MeetingOut:
    """The API's booking: the caller's token is checked in the statement that locks the
    request and its people. Round trips besides the transaction's own: that one; every
    check (and a stored answer); the booking itself, with the acceptance and the stored
    answer in the same statement."""
    if key is not None:
        idempotency.check_key(key)
    me, row = await _locked_for_caller(conn, event, token, data.request_id)
    return await _book_locked(conn, event, me, row, data, key)


async def _book_locked(
    conn: asyncpg.Connection,
    event: Event,
    me: int,
    row: Any,
    data: BookingCreate,
    key: str | None,
) -> MeetingOut:
    """Book the request ``row`` (locked with both its people) for ``me``."""
    if me not in (row["from_id"], row["to_id"]):
        raise Forbidden("only the two people of a request may book it", field="request_id")
    context = await booking.booking_context(conn, event, row, data.slot_id, caller_id=me, key=key)
    keyed = None
    if key is not None:
        keyed = idempotency.KeyedAnswer(me, key, idempotency.fingerprint(event.id, data))
        replayed = idempotency.replay(context[0], key, keyed.request_hash)
        if replayed is not None:
            return replayed
    accept = _bookable(me, row)
    meeting = await booking.book_request(
        conn, event, row, data.slot_id, context, accept=accept, key=keyed
    )
    if accept:
        await notify.request_accepted(conn, row["id"], row["from_id"], row["to_id"], meeting.id)
    else:
        await notify.meeting_booked(conn, meeting.id, meeting.participants)
    return meeting
