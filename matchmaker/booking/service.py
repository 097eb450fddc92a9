"""Booking rules: who may book which request into which slot, the atomic table pick, the
helpful refusal with alternatives, cancellation and availability. No HTTP here.

The database's constraints decide; the checks before the insert exist only to answer a
precise 409/429 (with free alternatives) instead of a bare "conflict"."""

from __future__ import annotations

from typing import Any

import asyncpg
import msgspec

from matchmaker.booking import repository
from matchmaker.booking.idempotency import KeyedAnswer
from matchmaker.booking.schemas import AvailableSlot, AvailableSlots, MeetingOut
from matchmaker.errors import Conflict, Forbidden, NotFound, OverCap, SlotTaken
from matchmaker.events.match_settings import settings_from_document
from matchmaker.events.models import Event
from matchmaker.mail import notify
from matchmaker.sessions.schemas import SlotOut, TableOut
from matchmaker.sessions.times import shown

ALTERNATIVES = 5
# Knuth's multiplicative hash: spreads consecutive request ids over the tables.
SPREAD = 2654435761
# Each attempt excludes the tables lost so far; a session has at most 500 tables, and a lost
# race means someone else committed, so the loop always makes progress.
MAX_TABLE_ATTEMPTS = 500


async def alternatives(
    conn: asyncpg.Connection, event: Event, people: list[int], slot_id: int
) -> list[dict[str, Any]]:
    """Up to five other slots where both people are free and a table is free."""
    rows = await repository.available_slots(conn, event.id, people, [slot_id], ALTERNATIVES)
    return [
        msgspec.to_builtins(
            SlotOut(
                id=row["id"],
                starts_at=shown(row["starts_at"], event.timezone),
                ends_at=shown(row["ends_at"], event.timezone),
            )
        )
        for row in rows
    ]


async def _refuse(
    conn: asyncpg.Connection, event: Event, people: list[int], slot_id: int, detail: str
) -> SlotTaken:
    return SlotTaken(
        detail,
        field="slot_id",
        extra={"alternatives": await alternatives(conn, event, people, slot_id)},
    )


async def booking_context(
    conn: asyncpg.Connection,
    event: Event,
    request: Any,
    slot_id: int,
    *,
    caller_id: int | None = None,
    key: str | None = None,
) -> list[Any]:
    """Everything booking ``request`` into ``slot_id`` checks, read after the request and its
    people were locked (so it is current), with the caller's answer stored under ``key``."""
    people = sorted([request["from_id"], request["to_id"]])
    context = await repository.booking_context(
        conn, event.id, slot_id, request["id"], people, caller_id, key
    )
    if not context:
        raise NotFound(f"no slot {slot_id} in this event", field="slot_id")
    return context


async def book_request(
    conn: asyncpg.Connection,
    event: Event,
    request: Any,
    slot_id: int,
    context: list[Any] | None = None,
    *,
    accept: bool = False,
    key: KeyedAnswer | None = None,
) -> MeetingOut:
    """Book an accepted request (locked by the caller, with both people) into ``slot_id``.
    ``accept``: the request is pending and booking accepts it; ``key``: store the answer
    under the caller's Idempotency-Key. Both happen in the booking's own statement."""
    people = sorted([request["from_id"], request["to_id"]])
    if context is None:
        context = await booking_context(conn, event, request, slot_id)
    slot = context[0]
    if slot["request_booked"]:
        raise Conflict("this request already has a booked meeting", field="request_id")
    if slot["started"]:
        raise await _refuse(conn, event, people, slot_id, "this slot has already started")
    cap = settings_from_document(slot["match_settings"]).max_meetings_per_person
    for person in context:
        if person["meetings"] >= cap:
            raise OverCap(
                f"attendee {person['attendee_id']} already has {cap} meetings, the most "
                "this event allows per person",
                field="request_id",
                extra={"attendee_id": person["attendee_id"], "max_meetings_per_person": cap},
            )
    for person in context:
        if person["unavailable"]:
            raise await _refuse(
                conn,
                event,
                people,
                slot_id,
                f"attendee {person['attendee_id']} is unavailable in this slot",
            )
        if person["busy"]:
            raise await _refuse(
                conn,
                event,
                people,
                slot_id,
                f"attendee {person['attendee_id']} already has a meeting at this time",
            )
    tz = event.timezone
    slot_out = SlotOut(
        id=slot_id, starts_at=shown(slot["starts_at"], tz), ends_at=shown(slot["ends_at"], tz)
    )
    participants = [request["from_id"], request["to_id"]]
    remember = None
    if key is not None:
        template = {"slot": msgspec.to_builtins(slot_out), "participants": participants}
        remember = repository.Remember(key.attendee_id, key.key, key.request_hash, template)
    lost: list[int] = []
    # Tables are numbered from 1; each request starts its search at its own table so that
    # concurrent bookings of one slot rarely contend for the same row of the unique index.
    first_position = 1 + (request["id"] * SPREAD) % max(slot["table_count"], 1)
    for _ in range(MAX_TABLE_ATTEMPTS):
        booked = await repository.try_book_table(
            conn,
            event_id=event.id,
            session_id=slot["session_id"],
            slot_id=slot_id,
            request_id=request["id"],
            starts_at=slot["starts_at"],
            ends_at=slot["ends_at"],
            people=people,
            skip_tables=lost,
            first_position=first_position,
            accept=accept,
            remember=remember,
        )
        if booked is None:
            raise await _refuse(conn, event, people, slot_id, "no table is free in this slot")
        if booked["meeting_id"] is None:
            lost.append(booked["table_id"])  # taken by a concurrent booking: next table
            continue
        if booked["seated"] < len(people):
            # The exclusion constraint refused a seat: someone was booked meanwhile. The
            # transaction is rolled back when this propagates, meeting row included.
            raise await _refuse(
                conn, event, people, slot_id, "one of you was booked at this time meanwhile"
            )
        if key is not None and not booked["remembered"]:
            raise key.reused()  # another booking claimed this key first; all is undone
        return MeetingOut(
            id=booked["meeting_id"],
            slot=slot_out,
            table=TableOut(id=booked["table_id"], label=booked["label"]),
            participants=participants,
        )
    raise await _refuse(conn, event, people, slot_id, "no table is free in this slot")


async def cancel_meeting(
    conn: asyncpg.Connection,
    event: Event,
    meeting_id: int,
    attendee_id: int | None,
    note: str = "",
) -> None:
    """Cancel a meeting as one of its participants or as the organiser (``attendee_id``
    None), with an optional note for the other person. Cancelling a cancelled meeting again
    changes nothing."""
    meeting = await repository.meeting_for_update(conn, event.id, meeting_id)
    if meeting is None:
        raise NotFound(f"no meeting {meeting_id} in this event", field="id")
    if attendee_id is not None and attendee_id not in meeting["participants"]:
        raise Forbidden("only its participants or the organiser may cancel a meeting")
    if meeting["status"] == "booked":
        await repository.cancel_meeting(conn, meeting_id, note=note, cancelled_by=attendee_id)
        await notify.meeting_cancelled(conn, meeting_id, meeting["participants"], attendee_id)


async def free_slots_together(
    conn: asyncpg.Connection, event: Event, people: list[int]
) -> list[AvailableSlot]:
    """Slots not yet started where all of ``people`` are free (not booked, not unavailable)
    and a table is free, in time order."""
    rows = await repository.available_slots(conn, event.id, people, [], 1000)
    tz = event.timezone
    return [
        AvailableSlot(
            id=row["id"],
            session_id=row["session_id"],
            starts_at=shown(row["starts_at"], tz),
            ends_at=shown(row["ends_at"], tz),
            free_tables=row["free_tables"],
        )
        for row in rows
    ]


async def available_slots(
    conn: asyncpg.Connection, event: Event, me: int, other: int
) -> AvailableSlots:
    """Slots where both of us are free (not booked, not unavailable) and a table is free."""
    if other == me:
        people = [me]
    elif await repository.attendee_exists(conn, event.id, other):
        people = [me, other]
    else:
        raise NotFound(f"no attendee {other} in this event", field="with")
    return AvailableSlots(items=await free_slots_together(conn, event, people))
