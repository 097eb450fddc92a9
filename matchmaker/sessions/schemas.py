"""What the sessions API reads and writes: networking sessions, their slots and tables, and
the slots an attendee is unavailable for. Times are shown in the event's timezone."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import msgspec
from msgspec import Meta

from matchmaker.ids import Id
from matchmaker.text_fields import free_text

MAX_TABLES = 500
MAX_SLOTS = 500

# A time with its UTC offset: a naive time would be ambiguous across the event's timezone.
AwareTime = Annotated[datetime, Meta(tz=True, description="ISO 8601 with offset")]
# Not blank, and no label twice (msgspec cannot check uniqueItems: the service does).
# "Not blank": a character above ASCII space (JSON Schema's and Python's "\s" differ).
TableLabel = Annotated[
    str, Meta(min_length=1, max_length=100, pattern=r"^[^\x00]*[^\x00-\x20][^\x00]*$")
]
TableCount = Annotated[int, Meta(ge=1, le=MAX_TABLES)]
TableLabels = Annotated[
    list[TableLabel],
    Meta(min_length=1, max_length=MAX_TABLES, extra_json_schema={"uniqueItems": True}),
]
SlotIds = Annotated[list[Id], Meta(max_length=2000)]


class SessionCreate(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """A networking session to cut into slots of ``slot_minutes``; a remainder that is
    shorter than one slot at the end stays unused."""

    name: Annotated[str, free_text(200, min_length=1)]
    starts_at: AwareTime
    ends_at: AwareTime
    slot_minutes: Annotated[int, Meta(ge=5, le=240)]
    tables: TableCount | TableLabels
    """A count (tables become "Table 1".."Table n") or the tables' labels."""


class SlotOut(msgspec.Struct, frozen=True, kw_only=True):
    id: int
    starts_at: datetime
    ends_at: datetime


class TableOut(msgspec.Struct, frozen=True, kw_only=True):
    id: int
    label: str


class SessionOut(msgspec.Struct, frozen=True, kw_only=True):
    id: int
    name: str
    starts_at: datetime
    ends_at: datetime
    slot_minutes: int
    slots: list[SlotOut]
    tables: list[TableOut]


class SlotWithFreeTables(msgspec.Struct, frozen=True, kw_only=True):
    id: int
    starts_at: datetime
    ends_at: datetime
    free_tables: int
    """How many tables have no meeting booked in this slot."""


class SessionOverview(msgspec.Struct, frozen=True, kw_only=True):
    id: int
    name: str
    starts_at: datetime
    ends_at: datetime
    slot_minutes: int
    slots: list[SlotWithFreeTables]
    tables: list[TableOut]


class SessionList(msgspec.Struct, frozen=True, kw_only=True):
    items: list[SessionOverview]
    next: str | None = None


class Unavailability(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """The whole set of slots the attendee cannot meet in (PUT replaces it)."""

    slot_ids: SlotIds
