"""Meeting-request rules: who may ask whom, one open request per pair, the pending cap, the
cooldown after a decline, lazy expiry, and who may answer. No HTTP here.

A pending request makes nobody busy: only a booked meeting occupies time."""

from __future__ import annotations

from typing import Any

import asyncpg

from matchmaker.booking import requests_repository as repository
from matchmaker.booking import service as booking
from matchmaker.booking.schemas import (
    AcceptResult,
    MeetingRequestOut,
    RequestCreate,
    RequestPage,
)
from matchmaker.errors import Conflict, Forbidden, InvalidInput, NotFound, OverCap
from matchmaker.events.models import Event
from matchmaker.events.service import get_match_settings
from matchmaker.sessions.times import shown

OPEN_PAIR_INDEX = "meeting_requests_open_pair_key"
MAX_PAGE = 200


def request_out(row: Any, timezone: str) -> MeetingRequestOut:
    """A request row as the API shows it, times in the event's timezone."""
    responded = row["responded_at"]
    return MeetingRequestOut(
        id=row["id"],
        from_=row["from_id"],
        to=row["to_id"],
        message=row["message"],
        status=row["status"],
        created_at=shown(row["created_at"], timezone),
        expires_at=shown(row["expires_at"], timezone),
        responded_at=None if responded is None else shown(responded, timezone),
    )


async def send_request(
    conn: asyncpg.Connection, event: Event, sender_id: int, data: RequestCreate
) -> MeetingRequestOut:
    """Send a meeting request. Someone without consent, erased, or blocked in either
    direction is answered 404, exactly like someone who does not exist, so a block is never
    revealed to the person blocked."""
    if data.to == sender_id:
        raise InvalidInput("you cannot send a meeting request to yourself", field="to")
    target = await repository.recipient(conn, event.id, sender_id, data.to)
    if target is None or not target["consent"] or target["blocked"]:
        raise NotFound(f"no attendee {data.to} accepts meeting requests here", field="to")
    settings = await get_match_settings(conn, event.id)
    await repository.lock_sender(conn, sender_id)
    await repository.expire_due(conn, [sender_id, data.to])
    pending = await repository.count_pending_from(conn, sender_id)
    if pending >= settings.max_pending_requests:
        raise OverCap(
            f"you already have {pending} pending requests, the most this event allows; "
            "wait for answers or withdraw one",
            field="to",
            extra={"max_pending_requests": settings.max_pending_requests},
        )
    retry_at = await repository.cooldown_ends(
        conn, sender_id, data.to, settings.request_cooldown_hours * 3600
    )
    if retry_at is not None:
        when = shown(retry_at, event.timezone)
        raise Conflict(
            f"this person declined your last request; you may ask again from {when.isoformat()}",
            field="to",
            extra={"retry_after": when.isoformat()},
        )
    try:
        row = await repository.insert_request(
            conn,
            event.id,
            sender_id,
            data.to,
            data.message,
            settings.request_expiry_hours * 3600,
        )
    except asyncpg.UniqueViolationError as error:
        if error.constraint_name != OPEN_PAIR_INDEX:
            raise
        raise Conflict(
            "there is already an open request between you and this person", field="to"
        ) from error
    return request_out(row, event.timezone)


async def list_requests(
    conn: asyncpg.Connection, event: Event, me: int, box: str, cursor: str | None, limit: int
) -> RequestPage:
    """Requests I received (``in``) or sent (``out``), newest first, a page at a time."""
    if box not in ("in", "out"):
        raise InvalidInput("box must be 'in' or 'out'", field="box")
    if not 1 <= limit <= MAX_PAGE:
        raise InvalidInput(f"limit must be between 1 and {MAX_PAGE}", field="limit")
    before = 2**63 - 1
    if cursor:
        if not cursor.isdigit() or len(cursor) > 18:
            raise InvalidInput("cursor is not one this API returned", field="cursor")
        before = int(cursor)
    await repository.expire_due(conn, [me])
    rows = await repository.request_page(conn, me, box, before, limit + 1)
    more = len(rows) > limit
    rows = rows[:limit]
    return RequestPage(
        items=[request_out(row, event.timezone) for row in rows],
        next=str(rows[-1]["id"]) if more and rows else None,
    )


async def locked_request(conn: asyncpg.Connection, event: Event, request_id: int) -> Any:
    """The request, locked with both its people; a pending one past its time is expired."""
    row = await repository.lock_request(conn, event.id, request_id)
    if row is None:
        raise NotFound(f"no meeting request {request_id} in this event", field="id")
    if row["due"]:
        row = await repository.set_status(conn, request_id, "expired")
    return row


def _require_pending(row: Any) -> None:
    if row["status"] != "pending":
        raise Conflict(
            f"this request is {row['status']}, no longer pending",
            field="id",
            extra={"status": row["status"]},
        )


async def accept(
    conn: asyncpg.Connection, event: Event, me: int, request_id: int, slot_id: int | None
) -> AcceptResult:
    """The recipient accepts; with a slot the meeting is booked in the same transaction, so
    a refused booking leaves the request pending."""
    row = await locked_request(conn, event, request_id)
    if row["to_id"] != me:
        raise Forbidden("only the recipient may accept a request", field="id")
    _require_pending(row)
    row = await repository.set_status(conn, request_id, "accepted")
    meeting = None if slot_id is None else await booking.book_request(conn, event, row, slot_id)
    return AcceptResult(request=request_out(row, event.timezone), meeting=meeting)


async def decline(
    conn: asyncpg.Connection, event: Event, me: int, request_id: int
) -> MeetingRequestOut:
    """The recipient declines; the sender may ask again only after the cooldown."""
    row = await locked_request(conn, event, request_id)
    if row["to_id"] != me:
        raise Forbidden("only the recipient may decline a request", field="id")
    _require_pending(row)
    return request_out(await repository.set_status(conn, request_id, "declined"), event.timezone)


async def withdraw(
    conn: asyncpg.Connection, event: Event, me: int, request_id: int
) -> MeetingRequestOut:
    """The sender withdraws a pending request."""
    row = await locked_request(conn, event, request_id)
    if row["from_id"] != me:
        raise Forbidden("only the sender may withdraw a request", field="id")
    _require_pending(row)
    return request_out(await repository.set_status(conn, request_id, "withdrawn"), event.timezone)
