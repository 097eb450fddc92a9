"""The auto-scheduler: pick a session, see a dry run's plan as a slots × tables grid with
the accepted requests it leaves out and why, and the breaks it leaves each person; apply it
with the same service as the API's POST …/schedule. Also the session's printable table
sheets and personal schedules (venue Wi-Fi fails; paper does not)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from litestar import Controller, Request, Response, get, post
from litestar.datastructures import FormMultiDict, State
from litestar.params import FromQuery
from litestar.plugins.flash import flash
from litestar.response import Template

from matchmaker.attendees import service as attendees
from matchmaker.audit import service as audit
from matchmaker.autoschedule.explain import breaks_per_person, unplaced_reasons
from matchmaker.autoschedule.service import ScheduleOutcome
from matchmaker.errors import NotFound
from matchmaker.events.models import Event
from matchmaker.events.service import get_match_settings
from matchmaker.organiser import repository as organiser_data
from matchmaker.organiser.exports import meetings_csv, table_plan_csv
from matchmaker.organiser.schedule_service import schedule_with_settings
from matchmaker.pages.console.dependencies import Organiser
from matchmaker.pages.console.navigation import console_path
from matchmaker.pages.console.rendering import console_page
from matchmaker.pages.i18n import N_, Translators
from matchmaker.pages.responses import see_other
from matchmaker.sessions.schemas import SessionOverview
from matchmaker.sessions.service import list_sessions
from matchmaker.sessions.times import shown
from matchmaker.web.dependencies import Conn, CurrentEvent, PathId

# The page waits for the solver: a shorter limit than the API's default keeps it responsive.
DEFAULT_SECONDS = 10.0
REASONS = {
    "at_cap": N_("%(person)s already has as many meetings as allowed."),
    "no_common_time": N_("No time in this session when both are free."),
    "no_free_table": N_("Every table is taken at the times both are free."),
    "time_limit": N_("Not placed within the time limit: try again with more time."),
}


@dataclass
class Cell:
    people: list[str]
    source: str


@dataclass
class Grid:
    slots: list[tuple[datetime, datetime]]
    tables: list[str]
    cells: dict[tuple[int, int], Cell] = field(default_factory=dict)

    @property
    def used(self) -> int:
        return len(self.cells)


def _options(form: FormMultiDict) -> tuple[bool, float]:
    suggestions = form.get("include_suggestions") == "on"
    try:
        seconds = min(
            max(float(str(form.get("time_limit_seconds") or DEFAULT_SECONDS)), 1.0), 120.0
        )
    except ValueError:
        seconds = DEFAULT_SECONDS
    return suggestions, seconds


async def _session(
    conn: Conn, event: Event, session_id: int
) -> tuple[list[SessionOverview], SessionOverview]:
    sessions = (await list_sessions(conn, event)).items
    chosen = next((s for s in sessions if s.id == session_id), None)
    if chosen is None:
        raise NotFound(f"no session {session_id} in this event", field="session_id")
    return sessions, chosen


async def _names(conn: Conn, event: Event, ids: list[int]) -> dict[int, str]:
    people = await attendees.public_profiles(conn, event, ids)
    return {
        i: (f"{p.name} ({p.organisation})" if p.organisation else p.name)
        if (p := people.get(i))
        else f"#{i}"
        for i in ids
    }


async def booked_grid(conn: Conn, event: Event, session: SessionOverview) -> Grid:
    """The session's booked meetings as a grid."""
    grid = Grid(
        slots=[(s.starts_at, s.ends_at) for s in session.slots],
        tables=[t.label for t in session.tables],
    )
    slot_at = {s.starts_at: i for i, s in enumerate(session.slots)}
    table_at = {t.label: j for j, t in enumerate(session.tables)}
    for row in await organiser_data.booked_meetings(conn, event.id, session.id):
        i = slot_at.get(shown(row["starts_at"], event.timezone))
        j = table_at.get(row["table_label"])
        if i is not None and j is not None:
            grid.cells[(i, j)] = Cell(
                [
                    _person(row["a_name"], row["a_organisation"]),
                    _person(row["b_name"], row["b_organisation"]),
                ],
                row["source"],
            )
    return grid


def _person(name: str, organisation: str) -> str:
    return f"{name} ({organisation})" if organisation else name


async def planned_grid(
    conn: Conn, event: Event, session: SessionOverview, outcome: ScheduleOutcome
) -> Grid:
    grid = await booked_grid(conn, event, session)
    slot_at = {s.id: i for i, s in enumerate(session.slots)}
    table_at = {t.id: j for j, t in enumerate(session.tables)}
    names = await _names(conn, event, sorted({p for m in outcome.meetings for p in m.participants}))
    for meeting in outcome.meetings:
        grid.cells[(slot_at[meeting.slot.id], table_at[meeting.table.id])] = Cell(
            [names[p] for p in meeting.participants], "planned-" + meeting.source
        )
    return grid


class SchedulerPages(Controller):
    @get("/scheduler", name="console:scheduler")
    async def scheduler(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        organiser: Organiser,
        session: FromQuery[int | None] = None,
    ) -> Template:
        sessions = (await list_sessions(conn, event)).items
        chosen = next((s for s in sessions if s.id == session), None)
        if chosen is None and sessions and session is None:
            chosen = sessions[0]
        grid = await booked_grid(conn, event, chosen) if chosen else None
        return console_page(
            request,
            "console/scheduler.html",
            event=event,
            organiser=organiser,
            active="scheduler",
            sessions=sessions,
            chosen=chosen,
            grid=grid,
            outcome=None,
            unplaced=[],
            breaks=[],
            include_suggestions=True,
            seconds=DEFAULT_SECONDS,
        )

    @post("/scheduler/{session_id:int}/plan")
    async def plan(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        organiser: Organiser,
        state: State,
        session_id: PathId,
    ) -> Template:
        sessions, chosen = await _session(conn, event, session_id)
        include, seconds = _options(await request.form())
        outcome = await _run(conn, event, state, session_id, include, seconds, dry_run=True)
        settings = await get_match_settings(conn, event.id)
        reasons = await unplaced_reasons(conn, event.id, session_id, outcome, settings)
        people = sorted(
            {p for u in reasons for p in u.people}
            | {p for m in outcome.meetings for p in m.participants}
        )
        names = await _names(conn, event, people)
        translators: Translators = request.app.state.translators
        t = translators.for_connection(request)
        unplaced = [
            {
                "request_id": u.request_id,
                "people": [names[p] for p in u.people],
                "reason": t.gettext(REASONS[u.reason], person=names[u.who])
                if u.who
                else t.gettext(REASONS[u.reason], person=""),
            }
            for u in reasons
        ]
        breaks = [
            {"name": names[b.attendee_id], "meetings": b.meetings, "breaks": b.breaks}
            for b in breaks_per_person(outcome, [s.id for s in chosen.slots])
        ]
        return console_page(
            request,
            "console/scheduler.html",
            event=event,
            organiser=organiser,
            active="scheduler",
            sessions=sessions,
            chosen=chosen,
            grid=await planned_grid(conn, event, chosen, outcome),
            outcome=outcome,
            unplaced=unplaced,
            breaks=breaks,
            include_suggestions=include,
            seconds=seconds,
        )

    @post("/scheduler/{session_id:int}/apply")
    async def apply(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        organiser: Organiser,
        state: State,
        session_id: PathId,
    ) -> Response[Any]:
        await _session(conn, event, session_id)
        include, seconds = _options(await request.form())
        async with conn.transaction():
            outcome = await _run(conn, event, state, session_id, include, seconds, dry_run=False)
            await audit.record(
                conn,
                event.id,
                organiser,
                "schedule.applied",
                {"session_id": session_id, "placed": outcome.placed, "unplaced": outcome.unplaced},
            )
        translators: Translators = request.app.state.translators
        t = translators.for_connection(request)
        flash(
            request,
            t.ngettext(
                "%(num)s meeting booked; %(unplaced)s accepted requests left out.",
                "%(num)s meetings booked; %(unplaced)s accepted requests left out.",
                outcome.placed,
                unplaced=outcome.unplaced,
            ),
            "success",
        )
        return see_other(request, console_path(event.slug, f"scheduler?session={session_id}"))

    @get("/scheduler/{session_id:int}/table-plan.csv", name="console:table-plan")
    async def table_plan(
        self, conn: Conn, event: CurrentEvent, organiser: Organiser, session_id: PathId
    ) -> Response[str]:
        """The same file as the API's table plan, for a browser signed in to the console."""
        body = await table_plan_csv(conn, event, session_id)
        return _csv(body, f"{event.slug}-session-{session_id}-table-plan.csv")

    @get("/scheduler/meetings.csv", name="console:meetings-csv")
    async def meetings(
        self, conn: Conn, event: CurrentEvent, organiser: Organiser
    ) -> Response[str]:
        return _csv(await meetings_csv(conn, event), f"{event.slug}-meetings.csv")

    @get("/scheduler/{session_id:int}/print/tables", name="console:print-tables")
    async def print_tables(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        organiser: Organiser,
        session_id: PathId,
    ) -> Template:
        _, chosen = await _session(conn, event, session_id)
        grid = await booked_grid(conn, event, chosen)
        return console_page(
            request,
            "console/print_tables.html",
            event=event,
            organiser=organiser,
            active="scheduler",
            chosen=chosen,
            grid=grid,
        )

    @get("/scheduler/{session_id:int}/print/people", name="console:print-people")
    async def print_people(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        organiser: Organiser,
        session_id: PathId,
    ) -> Template:
        _, chosen = await _session(conn, event, session_id)
        schedules: dict[tuple[str, str, int], list[dict[str, Any]]] = defaultdict(list)
        for row in await organiser_data.booked_meetings(conn, event.id, session_id):
            for me, other in (("a", "b"), ("b", "a")):
                key = (row[f"{me}_name"], row[f"{me}_organisation"], row[f"{me}_id"])
                schedules[key].append(
                    {
                        "starts_at": shown(row["starts_at"], event.timezone),
                        "ends_at": shown(row["ends_at"], event.timezone),
                        "table": row["table_label"],
                        "with": _person(row[f"{other}_name"], row[f"{other}_organisation"]),
                    }
                )
        people = sorted(schedules.items(), key=lambda item: (item[0][0].casefold(), item[0][2]))
        return console_page(
            request,
            "console/print_people.html",
            event=event,
            organiser=organiser,
            active="scheduler",
            chosen=chosen,
            people=people,
        )


def _csv(body: str, filename: str) -> Response[str]:
    return Response(
        body,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


async def _run(
    conn: Conn,
    event: Event,
    state: State,
    session_id: int,
    include: bool,
    seconds: float,
    *,
    dry_run: bool,
) -> ScheduleOutcome:
    return await schedule_with_settings(
        conn,
        state.matchers,
        event,
        session_id,
        include_suggestions=include,
        dry_run=dry_run,
        time_limit_s=seconds,
    )
