"""What the meeting-request, booking and agenda API reads and writes."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

import msgspec
from msgspec import Meta

from matchmaker.ids import Id
from matchmaker.sessions.schemas import SlotOut, TableOut
from matchmaker.text_fields import free_text

Box = Literal["in", "out"]
"""Requests I received (in) or sent (out)."""
RequestStatus = Literal["pending", "accepted", "declined", "withdrawn", "expired", "cancelled"]
MeetingStatus = Literal["booked", "cancelled"]


MAX_PREFERRED_SLOTS = 10
MAX_MESSAGE = 500


class RequestCreate(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    to: Id
    message: Annotated[str, free_text(MAX_MESSAGE)] = ""
    preferred_slot_ids: Annotated[list[Id], Meta(max_length=MAX_PREFERRED_SLOTS)] = msgspec.field(
        default_factory=list
    )
    """Slots the sender proposes (optional): each must be free for both of you."""


class MeetingRequestOut(msgspec.Struct, frozen=True, kw_only=True):
    id: int
    from_: int = msgspec.field(name="from")
    to: int
    message: str
    status: RequestStatus
    created_at: datetime
    expires_at: datetime
    responded_at: datetime | None
    preferred_slot_ids: list[int] = msgspec.field(default_factory=list)


class RequestPage(msgspec.Struct, frozen=True, kw_only=True):
    items: list[MeetingRequestOut]
    next: str | None


class AcceptBody(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    slot_id: Id | None = None
    """With a slot, the meeting is booked in the same transaction as the acceptance."""


class BookingCreate(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    request_id: Id
    slot_id: Id


class MeetingOut(msgspec.Struct, frozen=True, kw_only=True):
    id: int
    slot: SlotOut
    table: TableOut
    participants: list[int]


class AcceptResult(msgspec.Struct, frozen=True, kw_only=True):
    request: MeetingRequestOut
    meeting: MeetingOut | None


class AvailableSlot(msgspec.Struct, frozen=True, kw_only=True):
    id: int
    session_id: int
    starts_at: datetime
    ends_at: datetime
    free_tables: int


class AvailableSlots(msgspec.Struct, frozen=True, kw_only=True):
    items: list[AvailableSlot]


class Partner(msgspec.Struct, frozen=True, kw_only=True):
    id: int
    name: str
    organisation: str


class AgendaItem(msgspec.Struct, frozen=True, kw_only=True):
    meeting_id: int
    status: MeetingStatus
    """Cancelled meetings stay in the agenda, flagged, so calendars can drop them too."""
    session_id: int
    session_name: str
    slot: SlotOut
    table: TableOut
    partner: Partner | None
    """None only when the partner has erased themselves."""
    request_id: int | None
    booked_at: datetime
    cancelled_at: datetime | None
    uid: str
    """Globally unique and stable: the meeting's UID in every calendar."""
    sequence: int
    """Bumped on every change of time, table or status, so calendars replace the entry."""
    updated_at: datetime
    cancel_note: str = ""
    cancelled_by: int | None = None


class Agenda(msgspec.Struct, frozen=True, kw_only=True):
    items: list[AgendaItem]
