"""Why the auto-scheduler left an accepted request out, and the breaks its plan leaves each
person: organisers elsewhere complain of schedulers that place too few meetings without
saying why. Read from the same state the planner used, after the plan."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

import asyncpg

from matchmaker.autoschedule import repository
from matchmaker.autoschedule.service import ScheduleOutcome
from matchmaker.events.match_settings import MatchSettings

Reason = Literal["at_cap", "no_common_time", "no_free_table", "time_limit"]


@dataclass(frozen=True)
class Unplaced:
    request_id: int
    people: tuple[int, int]
    reason: Reason
    who: int | None = None
    """The person the reason is about (at_cap)."""


@dataclass(frozen=True)
class PersonBreaks:
    attendee_id: int
    meetings: int
    breaks: int
    """Free slots between their first and last meeting of the session."""


async def unplaced_reasons(
    conn: asyncpg.Connection,
    event_id: int,
    session_id: int,
    outcome: ScheduleOutcome,
    settings: MatchSettings,
) -> list[Unplaced]:
    """For each accepted request the plan leaves out, the first reason that holds: one of
    the two at their meeting cap, no slot both are free, every table taken at the slots
    both are free, else the solver ran out of time before placing it."""
    unplaced = set(outcome.unplaced_request_ids)
    if not unplaced:
        return []
    now = datetime.now(UTC)
    slots = [s for s in await repository.slots(conn, session_id) if s["starts_at"] > now]
    tables = await repository.tables(conn, session_id)
    busy: dict[int, set[int]] = defaultdict(set)
    for row in await repository.busy_person_slots(conn, session_id):
        busy[row["attendee_id"]].add(row["slot_id"])
    taken: dict[int, int] = defaultdict(int)
    for row in await repository.taken_tables(conn, session_id):
        taken[row["slot_id"]] += 1
    booked = await repository.booked_counts(conn, event_id)
    for meeting in outcome.meetings:
        taken[meeting.slot.id] += 1
        for person in meeting.participants:
            busy[person].add(meeting.slot.id)
            booked[person] = booked.get(person, 0) + 1
    requests = {
        r["id"]: (r["from_id"], r["to_id"])
        for r in await repository.accepted_unbooked_requests(conn, event_id)
    }
    reasons: list[Unplaced] = []
    for request_id in sorted(unplaced):
        if request_id not in requests:
            continue
        a, b = requests[request_id]
        capped = next(
            (p for p in (a, b) if booked.get(p, 0) >= settings.max_meetings_per_person), None
        )
        common = [s["id"] for s in slots if s["id"] not in busy[a] and s["id"] not in busy[b]]
        reason: Reason
        if capped is not None:
            reason = "at_cap"
        elif not common:
            reason = "no_common_time"
        elif all(taken[slot_id] >= len(tables) for slot_id in common):
            reason = "no_free_table"
        else:
            reason = "time_limit"
        reasons.append(Unplaced(request_id, (a, b), reason, capped))
    return reasons


def breaks_per_person(outcome: ScheduleOutcome, slot_order: list[int]) -> list[PersonBreaks]:
    """Each person of the plan with their meetings and the idle slots between them."""
    position = {slot_id: i for i, slot_id in enumerate(slot_order)}
    slots_of: dict[int, list[int]] = defaultdict(list)
    for meeting in outcome.meetings:
        for person in meeting.participants:
            slots_of[person].append(position[meeting.slot.id])
    result = []
    for person, used in slots_of.items():
        span = max(used) - min(used) + 1
        result.append(PersonBreaks(person, len(used), span - len(set(used))))
    return sorted(result, key=lambda p: (-p.breaks, -p.meetings, p.attendee_id))
