"""Sessions and tables: every networking session with its slots, tables and capacity (slots ×
tables) and what is booked; a form to add a session (in the event's timezone) and tables;
removing a table says first what it would affect, and one with booked meetings is refused.
Everything goes through the sessions service, as the JSON API does."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from litestar import Controller, Request, Response, get, post
from litestar.plugins.flash import flash
from litestar.response import Template

from matchmaker.audit.service import record
from matchmaker.errors import Conflict, InvalidInput, MatchmakerError, NotFound
from matchmaker.events.models import Event
from matchmaker.pages.actions import attempt
from matchmaker.pages.attendee.dependencies import T
from matchmaker.pages.console.dependencies import ConsoleOrganiser, Organiser
from matchmaker.pages.console.navigation import console_path
from matchmaker.pages.console.rendering import console_page
from matchmaker.pages.forms import FieldErrors, convert, text
from matchmaker.pages.i18n import Translator
from matchmaker.pages.responses import see_other
from matchmaker.sessions.schemas import SessionCreate
from matchmaker.sessions.service import (
    add_tables,
    booked_per_table,
    create_session,
    list_sessions,
    remove_table,
)
from matchmaker.sessions.times import zone
from matchmaker.web.dependencies import Conn, CurrentEvent, PathId

MAX_TABLES_AT_ONCE = 500


def _messages(t: Translator) -> dict[str, str]:
    return {
        "name": t.gettext("Enter the session's name (at most 200 characters)."),
        "starts_at": t.gettext("Enter the day and the start time."),
        "ends_at": t.gettext("Enter an end time after the start time."),
        "slot_minutes": t.gettext(
            "Enter a slot length from 5 to 240 minutes that fits the session."
        ),
        "tables": t.gettext("Enter a number of tables from 1 to 500, or unique labels."),
    }


def _moment(day: str, clock: str, timezone: str) -> str:
    """The day and wall-clock time in the event's timezone as an ISO time with offset, or ""
    (refused by the schema, naming the field)."""
    try:
        moment = datetime.combine(date.fromisoformat(day), time.fromisoformat(clock))
    except ValueError:
        return ""
    return moment.replace(tzinfo=zone(timezone)).isoformat()


def _count(value: str) -> int | None:
    return int(value) if value.isdigit() and len(value) < 6 else None


class SessionPages(Controller):
    @get("/sessions", name="console:sessions")
    async def sessions(
        self, request: Request[Any, Any, Any], conn: Conn, event: CurrentEvent, organiser: Organiser
    ) -> Template:
        return await _sessions_page(request, conn, event, organiser)

    @post("/sessions")
    async def create(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        organiser: Organiser,
        t: T,
    ) -> Template | Response[Any]:
        form = await request.form()
        values = {
            name: text(form, name)
            for name in ("name", "day", "start", "end", "slot_minutes", "tables")
        }
        errors = FieldErrors()
        messages = _messages(t)
        try:
            data = convert(
                {
                    "name": values["name"],
                    "starts_at": _moment(values["day"], values["start"], event.timezone),
                    "ends_at": _moment(values["day"], values["end"], event.timezone),
                    "slot_minutes": _count(values["slot_minutes"]),
                    "tables": _count(values["tables"]),
                },
                SessionCreate,
            )
        except InvalidInput as error:
            errors.add(error.field or "name", messages.get(error.field or "name", ""))
            return await _sessions_page(request, conn, event, organiser, errors, values, 400)
        outcome = await attempt(conn, lambda: create_session(conn, event, data))
        if isinstance(outcome, MatchmakerError):
            field = outcome.field or "name"
            errors.add(field, messages.get(field, outcome.detail))
            return await _sessions_page(
                request, conn, event, organiser, errors, values, outcome.status
            )
        await record(
            conn,
            event.id,
            organiser,
            "session.created",
            {"session_id": outcome.id, "slots": len(outcome.slots), "tables": len(outcome.tables)},
        )
        flash(request, t.gettext("The session %(name)s was added.", name=outcome.name), "info")
        return see_other(request, console_path(event.slug, "sessions"))

    @post("/sessions/{session_id:int}/tables")
    async def more_tables(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        organiser: Organiser,
        t: T,
        session_id: PathId,
    ) -> Response[Any]:
        form = await request.form()
        count = _count(text(form, "count"))
        if count is None or not 1 <= count <= MAX_TABLES_AT_ONCE:
            flash(request, t.gettext("Enter a number of tables from 1 to 500."), "error")
            return see_other(request, console_path(event.slug, "sessions"))
        outcome = await attempt(conn, lambda: add_tables(conn, event, session_id, count))
        if isinstance(outcome, MatchmakerError):
            raise outcome
        await record(
            conn,
            event.id,
            organiser,
            "session.updated",
            {"session_id": session_id, "tables_added": len(outcome)},
        )
        flash(
            request,
            t.ngettext("%(num)s table added.", "%(num)s tables added.", len(outcome)),
            "info",
        )
        return see_other(request, console_path(event.slug, "sessions"))

    @get("/sessions/{session_id:int}/tables/{table_id:int}/remove")
    async def remove_confirm(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        organiser: Organiser,
        session_id: PathId,
        table_id: PathId,
    ) -> Template:
        session, table = await _find_table(conn, event, session_id, table_id)
        booked = (await booked_per_table(conn, event)).get(table_id, 0)
        return console_page(
            request,
            "console/table_remove.html",
            event=event,
            organiser=organiser,
            active="sessions",
            session=session,
            table=table,
            booked=booked,
        )

    @post("/sessions/{session_id:int}/tables/{table_id:int}/remove")
    async def remove(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        organiser: Organiser,
        t: T,
        session_id: PathId,
        table_id: PathId,
    ) -> Response[Any]:
        _, table = await _find_table(conn, event, session_id, table_id)
        outcome = await attempt(conn, lambda: remove_table(conn, event, session_id, table_id))
        if isinstance(outcome, Conflict):
            flash(
                request,
                t.ngettext(
                    "%(label)s was not removed: %(num)s booked meeting uses it. "
                    "Move or cancel it first.",
                    "%(label)s was not removed: %(num)s booked meetings use it. "
                    "Move or cancel them first.",
                    int(str(outcome.extra.get("booked", 0))),
                    label=table.label,
                ),
                "error",
            )
        elif isinstance(outcome, MatchmakerError):
            raise outcome
        else:
            await record(
                conn,
                event.id,
                organiser,
                "session.updated",
                {"session_id": session_id, "table_removed": table_id},
            )
            flash(request, t.gettext("%(label)s was removed.", label=table.label), "info")
        return see_other(request, console_path(event.slug, "sessions"))


async def _find_table(conn: Conn, event: Event, session_id: int, table_id: int) -> tuple[Any, Any]:
    for session in (await list_sessions(conn, event)).items:
        if session.id == session_id:
            for table in session.tables:
                if table.id == table_id:
                    return session, table
    raise NotFound("no such table in this event", field="table_id")


async def _sessions_page(
    request: Request[Any, Any, Any],
    conn: Conn,
    event: Event,
    organiser: ConsoleOrganiser,
    errors: FieldErrors | None = None,
    values: dict[str, str] | None = None,
    status_code: int = 200,
) -> Template:
    sessions = (await list_sessions(conn, event)).items
    booked = await booked_per_table(conn, event)
    return console_page(
        request,
        "console/sessions.html",
        status_code=status_code,
        event=event,
        organiser=organiser,
        active="sessions",
        sessions=sessions,
        booked=booked,
        errors=errors or FieldErrors(),
        values=values
        or {"name": "", "day": "", "start": "", "end": "", "slot_minutes": "20", "tables": "10"},
    )
