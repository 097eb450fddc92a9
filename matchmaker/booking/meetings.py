"""Booking through ``POST /meetings``: the caller must be one of the request's two people;
the request must be accepted, or pending with the caller as its recipient (booking is then
also the acceptance). Replays with an Idempotency-Key get the first answer."""

from __future__ import annotations

from typing import Any

import asyncpg

from matchmaker.booking import idempotency, requests_service
from matchmaker.booking import requests_repository as requests
from matchmaker.booking import service as booking
from matchmaker.booking.schemas import BookingCreate, MeetingOut
from matchmaker.errors import Conflict, Forbidden
from matchmaker.events.models import Event


async def _bookable(conn: asyncpg.Connection, me: int, row: Any) -> Any:
    """The request, accepted; the recipient booking a pending request accepts it."""
    if row["status"] == "pending" and row["to_id"] == me:
        return await requests.set_status(conn, row["id"], "accepted")
    if row["status"] == "pending":
        raise Conflict(
            "the recipient has not accepted this request yet",
            field="request_id",
            extra={"status": "pending"},
        )
    if row["status"] != "accepted":
        raise Conflict(
            f"this request is {row['status']}; only an accepted request can be booked",
            field="request_id",
            extra={"status": row["status"]},
        )
    return row


async def book_meeting(
    conn: asyncpg.Connection, event: Event, me: int, data: BookingCreate, key: str | None
) -> MeetingOut:
    """Book the request into the slot at a free table, at most once per Idempotency-Key.
    Round trips: lock the request, read every check (and a stored answer), book, store."""
    if key is not None:
        idempotency.check_key(key)
    row = await requests_service.locked_request(conn, event, data.request_id)
    if me not in (row["from_id"], row["to_id"]):
        raise Forbidden("only the two people of a request may book it", field="request_id")
    context = await booking.booking_context(conn, event, row, data.slot_id, caller_id=me, key=key)
    request_hash = b""
    if key is not None:
        request_hash = idempotency.fingerprint(event.id, data)
        replayed = idempotency.replay(context[0], key, request_hash)
        if replayed is not None:
            return replayed
    row = await _bookable(conn, me, row)
    meeting = await booking.book_request(conn, event, row, data.slot_id, context)
    if key is not None:
        await idempotency.remember(conn, me, key, request_hash, meeting)
    return meeting
