"""Meeting-request rules: who may ask whom, one open request per pair, the pending cap, the
cooldown after a decline, lazy expiry, and who may answer. No HTTP here.

A pending request makes nobody busy: only a booked meeting occupies time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import asyncpg

from matchmaker.booking import requests_repository as repository
from matchmaker.booking import service as booking
from matchmaker.booking.schemas import (
    AcceptResult,
    AvailableSlot,
    Box,
    MeetingRequestOut,
    RequestCreate,
    RequestPage,
)
from matchmaker.errors import Conflict, Forbidden, InvalidInput, NotFound, OverCap
from matchmaker.events.models import Event
from matchmaker.events.service import get_match_settings
from matchmaker.ids import MAX_ID, parse_cursor
from matchmaker.mail import notify
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
        preferred_slot_ids=list(row["preferred_slot_ids"]),
    )


@dataclass(frozen=True)
class RequestOutlook:
    """What a sender should see before asking someone for a meeting: their open-request
    quota, why they cannot ask (an open request, a recent decline), the slots both are free
    in, and which of those they already proposed to someone else (a clash if both accept)."""

    pending: int
    max_pending: int
    open_request: MeetingRequestOut | None
    retry_after: datetime | None
    free_slots: list[AvailableSlot]
    proposed_elsewhere: dict[int, list[int]]
    """slot id -> the other people of my pending requests that propose this slot"""

    @property
    def over_quota(self) -> bool:
        return self.pending >= self.max_pending

    @property
    def can_send(self) -> bool:
        return self.open_request is None and self.retry_after is None and not self.over_quota


async def request_outlook(
    conn: asyncpg.Connection, event: Event, sender_id: int, to_id: int
) -> RequestOutlook:
    """Everything ``send_request`` would check, read without changing anything, plus the
    clashes a proposed slot would have. Someone who cannot be asked is 404, as in sending."""
    if to_id == sender_id:
        raise Conflict("you cannot send a meeting request to yourself", field="to")
    target = await repository.recipient(conn, event.id, sender_id, to_id)
    if target is None or not target["consent"] or target["blocked"]:
        raise NotFound(f"no attendee {to_id} accepts meeting requests here", field="to")
    settings = await get_match_settings(conn, event.id)
    open_row = await repository.open_request_between(conn, event.id, sender_id, to_id)
    retry_at = await repository.cooldown_ends(
        conn, sender_id, to_id, settings.request_cooldown_hours * 3600
    )
    elsewhere: dict[int, list[int]] = {}
    for row in await repository.proposed_slots(conn, sender_id):
        if row["other_id"] != to_id:
            elsewhere.setdefault(row["slot_id"], []).append(row["other_id"])
    return RequestOutlook(
        pending=await repository.count_pending_from(conn, sender_id),
        max_pending=settings.max_pending_requests,
        open_request=None if open_row is None else request_out(open_row, event.timezone),
        retry_after=None if retry_at is None else shown(retry_at, event.timezone),
        free_slots=await booking.free_slots_together(conn, event, [sender_id, to_id]),
        proposed_elsewhere=elsewhere,
    )


async def send_request(
    conn: asyncpg.Connection, event: Event, sender_id: int, data: RequestCreate
) -> MeetingRequestOut:
    """Send a meeting request. Someone without consent, erased, or blocked in either
    direction is answered 404, exactly like someone who does not exist, so a block is never
    revealed to the person blocked."""
    if data.to == sender_id:
        raise Conflict("you cannot send a meeting request to yourself", field="to")
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
    preferred = sorted(set(data.preferred_slot_ids))
    if preferred:
        free = {
            slot.id for slot in await booking.free_slots_together(conn, event, [sender_id, data.to])
        }
        taken = [slot_id for slot_id in preferred if slot_id not in free]
        if taken:
            raise Conflict(
                f"slot {taken[0]} is not free for both of you (taken, started, unavailable "
                "or not a slot of this event)",
                field="preferred_slot_ids",
                extra={"not_free": taken},
            )
    try:
        row = await repository.insert_request(
            conn,
            event.id,
            sender_id,
            data.to,
            data.message,
            settings.request_expiry_hours * 3600,
            preferred,
        )
    except asyncpg.UniqueViolationError as error:
        if error.constraint_name != OPEN_PAIR_INDEX:
            raise
        raise Conflict(
            "there is already an open request between you and this person", field="to"
        ) from error
    await notify.request_sent(conn, row["id"], data.to)
    return request_out(row, event.timezone)


async def list_requests(
    conn: asyncpg.Connection, event: Event, me: int, box: Box, cursor: str | None, limit: int
) -> RequestPage:
    """Requests I received (``in``) or sent (``out``), newest first, a page at a time."""
    if not 1 <= limit <= MAX_PAGE:
        raise InvalidInput(f"limit must be between 1 and {MAX_PAGE}", field="limit")
    before = parse_cursor(cursor, first=MAX_ID)
    rows = await repository.request_page(conn, me, box, before, limit + 1)
    more = len(rows) > limit
    rows = rows[:limit]
    return RequestPage(
        items=[request_out(row, event.timezone) for row in rows],
        next=str(rows[-1]["id"]) if more and rows else None,
    )


async def open_request_between(
    conn: asyncpg.Connection, event: Event, me: int, other: int
) -> MeetingRequestOut | None:
    """The pending or accepted request between us, whoever sent it."""
    row = await repository.open_request_between(conn, event.id, me, other)
    return None if row is None else request_out(row, event.timezone)


async def request_for(
    conn: asyncpg.Connection, event: Event, me: int, request_id: int
) -> MeetingRequestOut:
    """A request I received, as listed (past its time it reads as expired); 404 for any
    other, so nobody learns about requests that are not theirs."""
    row = await repository.received_request(conn, event.id, me, request_id)
    if row is None:
        raise NotFound(f"no meeting request {request_id} for you in this event", field="id")
    return request_out(row, event.timezone)


async def count_needing_answer(conn: asyncpg.Connection, me: int) -> int:
    """Requests waiting for my answer (pending, not past their time)."""
    return await repository.count_pending_to(conn, me)


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
            extra={"request_status": row["status"]},
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
    await notify.request_accepted(
        conn, request_id, row["from_id"], row["to_id"], None if meeting is None else meeting.id
    )
    return AcceptResult(request=request_out(row, event.timezone), meeting=meeting)


async def decline(
    conn: asyncpg.Connection, event: Event, me: int, request_id: int
) -> MeetingRequestOut:
    """The recipient declines; the sender may ask again only after the cooldown."""
    row = await locked_request(conn, event, request_id)
    if row["to_id"] != me:
        raise Forbidden("only the recipient may decline a request", field="id")
    _require_pending(row)
    row = await repository.set_status(conn, request_id, "declined")
    await notify.request_declined(conn, request_id, row["from_id"])
    return request_out(row, event.timezone)


async def withdraw(
    conn: asyncpg.Connection, event: Event, me: int, request_id: int
) -> MeetingRequestOut:
    """The sender withdraws a pending request."""
    row = await locked_request(conn, event, request_id)
    if row["from_id"] != me:
        raise Forbidden("only the sender may withdraw a request", field="id")
    _require_pending(row)
    row = await repository.set_status(conn, request_id, "withdrawn")
    await notify.request_withdrawn(conn, request_id, row["to_id"])
    return request_out(row, event.timezone)
