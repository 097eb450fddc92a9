"""Session rules: cutting a session into slots, naming its tables, and each attendee's
unavailable slots. No HTTP here."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime, timedelta

import asyncpg

from matchmaker.errors import Conflict, NotFound
from matchmaker.events.models import Event
from matchmaker.sessions import repository
from matchmaker.sessions.schemas import (
    MAX_SLOTS,
    SessionCreate,
    SessionList,
    SessionOut,
    SessionOverview,
    SlotOut,
    SlotWithFreeTables,
    TableOut,
    Unavailability,
)
from matchmaker.sessions.times import shown

# Far wider than any conference needs, and narrow enough that every time converts to any
# time zone (near the years 1 and 9999 the conversion itself overflows).
EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
LATEST = datetime(9000, 1, 1, tzinfo=UTC)


def _in_utc(moment: datetime, field: str) -> datetime:
    try:
        utc = moment.astimezone(UTC)
    except OverflowError:
        utc = LATEST  # out of range either way
    if not EARLIEST <= utc < LATEST:
        raise Conflict(f"{field} must fall between 1970 and 9000", field=field)
    return utc


def _table_labels(tables: int | list[str]) -> list[str]:
    if isinstance(tables, int):
        return [f"Table {number}" for number in range(1, tables + 1)]
    # The document already refuses blank and repeated labels; these catch what only differs
    # by spaces (" A" and "A") or is made of spaces it does not know as such.
    labels = [label.strip() for label in tables]
    if any(not label for label in labels):
        raise Conflict("table labels must not be blank", field="tables")
    if len(set(labels)) != len(labels):
        raise Conflict("table labels must be unique within a session", field="tables")
    return labels


async def create_session(conn: asyncpg.Connection, event: Event, data: SessionCreate) -> SessionOut:
    """Create a session cut into whole slots of ``slot_minutes`` (a shorter remainder at the
    end stays unused) with its tables."""
    starts_at = _in_utc(data.starts_at, "starts_at")
    ends_at = _in_utc(data.ends_at, "ends_at")
    if ends_at <= starts_at:
        raise Conflict("the session must end after it starts", field="ends_at")
    slot = timedelta(minutes=data.slot_minutes)
    count = (ends_at - starts_at) // slot
    if count < 1:
        raise Conflict(
            "slot_minutes is longer than the session: it must fit at least once",
            field="slot_minutes",
        )
    if count > MAX_SLOTS:
        raise Conflict(
            f"the session would have {count} slots; at most {MAX_SLOTS}", field="slot_minutes"
        )
    labels = _table_labels(data.tables)
    bounds = [(starts_at + i * slot, starts_at + (i + 1) * slot) for i in range(count)]
    session = await repository.insert_session(
        conn, event.id, data.name, starts_at, ends_at, data.slot_minutes
    )
    slots = await repository.insert_slots(conn, session["id"], bounds)
    tables = await repository.insert_tables(conn, session["id"], labels)
    tz = event.timezone
    return SessionOut(
        id=session["id"],
        name=session["name"],
        starts_at=shown(session["starts_at"], tz),
        ends_at=shown(session["ends_at"], tz),
        slot_minutes=session["slot_minutes"],
        slots=[
            SlotOut(
                id=s["id"], starts_at=shown(s["starts_at"], tz), ends_at=shown(s["ends_at"], tz)
            )
            for s in slots
        ],
        tables=[TableOut(id=t["id"], label=t["label"]) for t in tables],
    )


async def list_sessions(conn: asyncpg.Connection, event: Event) -> SessionList:
    """Every session of the event in time order, each slot with its count of free tables."""
    tz = event.timezone
    slots: dict[int, list[SlotWithFreeTables]] = defaultdict(list)
    for row in await repository.slots_with_free_tables(conn, event.id):
        slots[row["session_id"]].append(
            SlotWithFreeTables(
                id=row["id"],
                starts_at=shown(row["starts_at"], tz),
                ends_at=shown(row["ends_at"], tz),
                free_tables=row["free_tables"],
            )
        )
    tables: dict[int, list[TableOut]] = defaultdict(list)
    for row in await repository.tables_of_event(conn, event.id):
        tables[row["session_id"]].append(TableOut(id=row["id"], label=row["label"]))
    return SessionList(
        items=[
            SessionOverview(
                id=s["id"],
                name=s["name"],
                starts_at=shown(s["starts_at"], tz),
                ends_at=shown(s["ends_at"], tz),
                slot_minutes=s["slot_minutes"],
                slots=slots[s["id"]],
                tables=tables[s["id"]],
            )
            for s in await repository.sessions_of_event(conn, event.id)
        ]
    )


async def _session_of_event(conn: asyncpg.Connection, event: Event, session_id: int) -> None:
    if not await repository.session_in_event(conn, event.id, session_id):
        raise NotFound(f"no session {session_id} in this event", field="session_id")


async def add_tables(
    conn: asyncpg.Connection, event: Event, session_id: int, tables: int | list[str]
) -> list[TableOut]:
    """More tables for a session: a count (numbered after the existing ones) or labels.
    Adding never affects a booked meeting."""
    await _session_of_event(conn, event, session_id)
    if isinstance(tables, int):
        existing = {
            t["label"]
            for t in await repository.tables_of_event(conn, event.id)
            if t["session_id"] == session_id
        }
        labels: list[str] = []
        number = 0
        while len(labels) < tables:
            number += 1
            if f"Table {number}" not in existing:
                labels.append(f"Table {number}")
    else:
        labels = _table_labels(tables)
    try:
        async with conn.transaction():
            rows = await repository.append_tables(conn, session_id, labels)
    except asyncpg.UniqueViolationError as error:
        raise Conflict("the session already has a table with this label", field="tables") from error
    return [TableOut(id=row["id"], label=row["label"]) for row in rows]


async def remove_table(
    conn: asyncpg.Connection, event: Event, session_id: int, table_id: int
) -> None:
    """Remove a table nobody is booked at. A table with booked meetings is refused (Conflict,
    ``extra["booked"]`` saying how many): deleting it would silently delete them."""
    await _session_of_event(conn, event, session_id)
    deleted, booked = await repository.delete_table_if_unbooked(conn, session_id, table_id)
    if booked:
        raise Conflict(
            f"{booked} booked meeting(s) use this table: move or cancel them first",
            field="table_id",
            extra={"booked": booked},
        )
    if not deleted:
        raise NotFound(f"no table {table_id} in this session", field="table_id")


async def booked_per_table(conn: asyncpg.Connection, event: Event) -> dict[int, int]:
    """How many booked meetings each table of the event holds."""
    return await repository.booked_per_table(conn, event.id)


async def get_unavailability(conn: asyncpg.Connection, attendee_id: int) -> Unavailability:
    """The slots the attendee said they cannot meet in."""
    return Unavailability(slot_ids=await repository.unavailable_slot_ids(conn, attendee_id))


async def replace_unavailability(
    conn: asyncpg.Connection, event: Event, attendee_id: int, data: Unavailability
) -> Unavailability:
    """Replace the attendee's unavailable slots. Slots must belong to the event; a slot whose
    time already holds one of their booked meetings is refused (cancel the meeting first),
    so a booked meeting never sits in a time they declared unavailable."""
    wanted = sorted(set(data.slot_ids))
    known = await repository.slot_ids_in_event(conn, event.id, wanted)
    unknown = [slot_id for slot_id in wanted if slot_id not in known]
    if unknown:
        raise NotFound(
            f"no slot {unknown[0]} in this event", field="slot_ids", extra={"unknown": unknown}
        )
    await repository.lock_attendee(conn, attendee_id)
    booked = await repository.booked_slots_among(conn, attendee_id, wanted)
    if booked:
        raise Conflict(
            "you have a meeting booked at the time of a slot; cancel it first",
            field="slot_ids",
            extra={"booked": booked},
        )
    await repository.replace_unavailability(conn, attendee_id, wanted)
    return Unavailability(slot_ids=wanted)
