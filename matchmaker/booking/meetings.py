"""Booking through ``POST /meetings``: the caller must be one of the request's two people;
the request must be accepted, or pending with the caller as its recipient (booking is then
also the acceptance). Replays with an Idempotency-Key get the first answer."""

from __future__ import annotations

import asyncpg

from matchmaker.booking import idempotency, requests_service
from matchmaker.booking import requests_repository as requests
from matchmaker.booking import service as booking
from matchmaker.booking.schemas import BookingCreate, MeetingOut
from matchmaker.errors import Conflict, Forbidden
from matchmaker.events.models import Event


async def _book(
    conn: asyncpg.Connection, event: Event, me: int, data: BookingCreate
) -> MeetingOut:
    row = await requests_service.locked_request(conn, event, data.request_id)
    if me not in (row["from_id"], row["to_id"]):
        raise Forbidden("only the two people of a request may book it", field="request_id")
    if row["status"] == "pending" and row["to_id"] == me:
        row = await requests.set_status(conn, data.request_id, "accepted")
    elif row["status"] == "pending":
        raise Conflict(
            "the recipient has not accepted this request yet", field="request_id",
            extra={"status": "pending"},
        )
    elif row["status"] != "accepted":
        raise Conflict(
            f"this request is {row['status']}; only an accepted request can be booked",
            field="request_id",
            extra={"status": row["status"]},
        )
    return await booking.book_request(conn, event, row, data.slot_id)


async def book_meeting(
    conn: asyncpg.Connection, event: Event, me: int, data: BookingCreate, key: str | None
) -> MeetingOut:
    """Book the request into the slot at a free table, at most once per Idempotency-Key."""
    return await idempotency.run_once(
        conn,
        attendee_id=me,
        event_id=event.id,
        key=key,
        payload=data,
        book=lambda: _book(conn, event, me, data),
    )
