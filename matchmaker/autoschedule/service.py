"""The organiser's auto-scheduler: turn a session's state into a scheduling problem, solve it
with the same core model the B2B benchmark proves, and book the plan in one transaction
through the database's own constraints."""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import asyncpg
import msgspec

from matchmaker.autoschedule import repository
from matchmaker.errors import Conflict, NotFound
from matchmaker.events.match_settings import MatchSettings
from matchmaker.events.models import Event
from matchmaker.mail import notify
from matchmaker.scheduling.problem import Meeting, Objective, SchedulingProblem
from matchmaker.scheduling.solver import solve
from matchmaker.sessions.schemas import SlotOut, TableOut
from matchmaker.sessions.times import shown

# An accepted request outweighs any number of suggestions a person could get instead.
REQUEST_VALUE = 100_000
BOOKING_ATTEMPTS = 3


@dataclass(frozen=True)
class SuggestedPair:
    """Two attendees the matcher rates well for each other, with a match value 1..1000."""

    a: int
    b: int
    value: int


class PlannedMeeting(msgspec.Struct, frozen=True, kw_only=True):
    slot: SlotOut
    table: TableOut
    participants: list[int]
    source: str
    """"request" (an accepted request) or "suggestion" (a mutual suggestion)."""
    request_id: int | None
    value: int
    id: int | None = None
    """The booked meeting's id (None in a dry run)."""


class ScheduleOutcome(msgspec.Struct, frozen=True, kw_only=True):
    placed: int
    unplaced: int
    """Accepted requests that could not be placed in this session."""
    unplaced_request_ids: list[int]
    meetings: list[PlannedMeeting]
    dry_run: bool
    solver_status: str
    total_value: int
    total_breaks: int | None
    seconds: float


@dataclass(frozen=True)
class _Wanted:
    a: int
    b: int
    value: int
    required: bool
    request_id: int | None


async def schedule_session(
    conn: asyncpg.Connection,
    event: Event,
    session_id: int,
    *,
    settings: MatchSettings,
    suggestions: Sequence[SuggestedPair],
    dry_run: bool,
    time_limit_s: float,
) -> ScheduleOutcome:
    """Plan (and unless ``dry_run``, book) the session. Meetings booked by others while the
    solver ran make the database refuse the plan; it is then planned again from fresh
    state, a bounded number of times."""
    if await repository.session_row(conn, event.id, session_id) is None:
        raise NotFound(f"no session {session_id} in this event", field="session_id")
    for _ in range(BOOKING_ATTEMPTS):
        outcome, plan = await _plan(conn, event, session_id, settings, suggestions, time_limit_s)
        if dry_run:
            return msgspec.structs.replace(outcome, dry_run=True)
        try:
            async with conn.transaction():  # a savepoint: a refused plan leaves nothing behind
                booked = [await _book(conn, event, session_id, meeting) for meeting in plan]
        except (asyncpg.UniqueViolationError, asyncpg.ExclusionViolationError):
            continue
        return msgspec.structs.replace(outcome, meetings=booked, dry_run=False)
    raise Conflict("bookings kept changing while scheduling; run the scheduler again")


async def _book(
    conn: asyncpg.Connection, event: Event, session_id: int, meeting: PlannedMeeting
) -> PlannedMeeting:
    a, b = meeting.participants
    meeting_id = await repository.insert_meeting(
        conn,
        event_id=event.id,
        session_id=session_id,
        slot_id=meeting.slot.id,
        table_id=meeting.table.id,
        request_id=meeting.request_id,
        people=(a, b),
    )
    # Both hear of it with the calendar invitation, as when they book it themselves; in the
    # plan's transaction, so a refused plan mails nothing.
    await notify.meeting_booked(conn, meeting_id, (a, b))
    return msgspec.structs.replace(meeting, id=meeting_id)


async def _plan(
    conn: asyncpg.Connection,
    event: Event,
    session_id: int,
    settings: MatchSettings,
    suggestions: Sequence[SuggestedPair],
    time_limit_s: float,
) -> tuple[ScheduleOutcome, list[PlannedMeeting]]:
    slots = await repository.slots(conn, session_id)
    tables = await repository.tables(conn, session_id)
    taken: dict[int, set[int]] = defaultdict(set)
    for row in await repository.taken_tables(conn, session_id):
        taken[row["slot_id"]].add(row["table_id"])
    now = datetime.now(UTC)
    # A slot that has started takes no new meetings, as with bookings by attendees.
    free_tables = [
        [t for t in tables if t["id"] not in taken[s["id"]]] if s["starts_at"] > now else []
        for s in slots
    ]
    slot_index = {s["id"]: i for i, s in enumerate(slots)}
    busy: dict[int, set[int]] = defaultdict(set)
    for row in await repository.busy_person_slots(conn, session_id):
        busy[row["attendee_id"]].add(slot_index[row["slot_id"]])
    booked = await repository.booked_counts(conn, event.id)

    wanted = [
        _Wanted(r["from_id"], r["to_id"], REQUEST_VALUE, True, r["id"])
        for r in await repository.accepted_unbooked_requests(conn, event.id)
    ]
    history = await repository.pairs_with_history(conn, event.id)
    seen = {(min(w.a, w.b), max(w.a, w.b)) for w in wanted}
    for pair in suggestions:
        key = (min(pair.a, pair.b), max(pair.a, pair.b))
        if key in seen or key in history or pair.a == pair.b:
            continue
        seen.add(key)
        wanted.append(_Wanted(pair.a, pair.b, max(1, pair.value), False, None))

    people = sorted({w.a for w in wanted} | {w.b for w in wanted})
    index = {person: i for i, person in enumerate(people)}
    problem = SchedulingProblem(
        n_slots=len(slots),
        tables_per_slot=[len(free) for free in free_tables],
        n_people=len(people),
        meetings=[
            Meeting(a=index[w.a], b=index[w.b], value=w.value, required=w.required) for w in wanted
        ],
        unavailable={index[p]: frozenset(s) for p, s in busy.items() if p in index},
        max_meetings={
            index[p]: max(0, settings.max_meetings_per_person - booked.get(p, 0)) for p in people
        },
        objective=Objective.VALUE_THEN_BREAKS,
    )
    result = await asyncio.to_thread(solve, problem, time_limit_s)

    plan: list[PlannedMeeting] = []
    placed_requests: set[int] = set()
    for assignment in sorted(result.assignments, key=lambda a: (a.slot, a.table)):
        want = wanted[assignment.meeting]
        slot = slots[assignment.slot]
        table = free_tables[assignment.slot][assignment.table]
        if want.request_id is not None:
            placed_requests.add(want.request_id)
        plan.append(
            PlannedMeeting(
                slot=SlotOut(
                    id=slot["id"],
                    starts_at=shown(slot["starts_at"], event.timezone),
                    ends_at=shown(slot["ends_at"], event.timezone),
                ),
                table=TableOut(id=table["id"], label=table["label"]),
                participants=sorted((want.a, want.b)),
                source="request" if want.required else "suggestion",
                request_id=want.request_id,
                value=want.value if not want.required else 0,
            )
        )
    unplaced = sorted(
        w.request_id
        for w in wanted
        if w.request_id is not None and w.request_id not in placed_requests
    )
    outcome = ScheduleOutcome(
        placed=len(plan),
        unplaced=len(unplaced),
        unplaced_request_ids=unplaced,
        meetings=plan,
        dry_run=True,
        solver_status=result.status.value,
        total_value=sum(m.value for m in plan),
        total_breaks=result.total_breaks,
        seconds=round(result.seconds, 3),
    )
    return outcome, plan
