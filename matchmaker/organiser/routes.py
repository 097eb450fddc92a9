"""HTTP routes for organisers: dashboard figures, CSV exports, the auto-scheduler."""

from __future__ import annotations

from typing import Annotated

import msgspec
from litestar import Controller, Response, get, post
from litestar.datastructures import State
from litestar.params import JSONBody
from msgspec import Meta

from matchmaker.audit import service as audit
from matchmaker.autoschedule.service import ScheduleOutcome, schedule_session
from matchmaker.errors import Conflict
from matchmaker.events.service import get_match_settings
from matchmaker.organiser.exports import meetings_csv, table_plan_csv
from matchmaker.organiser.stats import EventStats, event_stats
from matchmaker.suggestions.mutual import mutual_suggestions, suggestion_coverage
from matchmaker.web.dependencies import Conn, CurrentEvent, PathId, organiser_only
from matchmaker.web.openapi import refuses

EVENT_PATH = "/api/v1/events/{event_slug:str}"
CSV = "text/csv; charset=utf-8"


class ScheduleRequest(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    dry_run: bool = False
    """Return the plan and write nothing."""
    include_suggestions: bool = True
    """Also place the best mutual suggestions nobody has requested yet."""
    time_limit_seconds: Annotated[float, Meta(ge=1.0, le=120.0)] = 20.0


class OrganiserController(Controller):
    path = EVENT_PATH
    tags = ["organiser"]
    guards = [organiser_only]

    @get("/stats", summary="Dashboard figures")
    async def stats(self, conn: Conn, event: CurrentEvent, state: State) -> EventStats:
        matcher = await state.matchers.matcher(event.id)  # loads the event if not in memory
        return await event_stats(
            conn,
            event,
            attendees_indexed=len(matcher),
            suggestion_coverage=await suggestion_coverage(conn, state.matchers, event),
        )

    @post(
        "/sessions/{session_id:int}/schedule",
        status_code=200,
        summary="Auto-schedule a session (dry_run: plan only)",
        description="Answers within time_limit_seconds (20 s unless the body says otherwise).",
    )
    @refuses(Conflict)
    async def schedule(
        self,
        conn: Conn,
        event: CurrentEvent,
        state: State,
        session_id: PathId,
        data: JSONBody[ScheduleRequest],
    ) -> ScheduleOutcome:
        settings = await get_match_settings(conn, event.id)
        pairs = (
            await mutual_suggestions(conn, state.matchers, event, settings)
            if data.include_suggestions
            else []
        )
        outcome = await schedule_session(
            conn,
            event,
            session_id,
            settings=settings,
            suggestions=pairs,
            dry_run=data.dry_run,
            time_limit_s=data.time_limit_seconds,
        )
        if not outcome.dry_run:
            await audit.record(
                conn,
                event.id,
                audit.API,
                "schedule.applied",
                {"session_id": session_id, "placed": outcome.placed, "unplaced": outcome.unplaced},
            )
        return outcome

    @get(
        "/sessions/{session_id:int}/table-plan.csv",
        media_type=CSV,
        summary="The session's table plan (slot, table, both people)",
    )
    async def table_plan(
        self, conn: Conn, event: CurrentEvent, session_id: PathId
    ) -> Response[str]:
        body = await table_plan_csv(conn, event, session_id)
        return _attachment(body, f"{event.slug}-session-{session_id}-table-plan.csv")

    @get("/meetings.csv", media_type=CSV, summary="Every booked meeting")
    async def meetings(self, conn: Conn, event: CurrentEvent) -> Response[str]:
        return _attachment(await meetings_csv(conn, event), f"{event.slug}-meetings.csv")


def _attachment(body: str, filename: str) -> Response[str]:
    return Response(
        body,
        media_type=CSV,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
