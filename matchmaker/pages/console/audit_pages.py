"""The audit log: who did what and when (in the event's timezone), newest first, a page at a
time, and the whole log as CSV for a spreadsheet."""

from __future__ import annotations

import json
from typing import Annotated, Any

from litestar import Controller, Request, Response, get
from litestar.params import Parameter
from litestar.response import Template

from matchmaker.audit.service import AuditEntry, audit_entries
from matchmaker.ids import MAX_ID
from matchmaker.pages.attendee.dependencies import T
from matchmaker.pages.console.dependencies import Organiser
from matchmaker.pages.console.labels import AUDIT_ACTIONS
from matchmaker.pages.console.rendering import console_page
from matchmaker.pages.i18n import Translator
from matchmaker.sessions.times import shown
from matchmaker.spreadsheet import csv_document
from matchmaker.web.dependencies import Conn, CurrentEvent

PAGE_SIZE = 100
CSV_COLUMNS = ("id", "at", "who", "action", "action_code", "details")


def action_label(t: Translator, action: str) -> str:
    label = AUDIT_ACTIONS.get(action)
    return t.gettext(label) if label else action


def details_text(entry: AuditEntry) -> str:
    """``key: value`` pairs, for people; lists and objects as JSON."""
    parts = []
    for key, value in entry.details.items():
        shown_value = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        parts.append(f"{key}: {shown_value}")
    return "; ".join(parts)


class AuditPages(Controller):
    @get("/audit", name="console:audit")
    async def audit(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        organiser: Organiser,
        t: T,
        before: Annotated[int | None, Parameter(ge=1, le=MAX_ID)] = None,
    ) -> Template:
        entries = await audit_entries(conn, event.id, limit=PAGE_SIZE + 1, before_id=before)
        more = len(entries) > PAGE_SIZE
        entries = entries[:PAGE_SIZE]
        return console_page(
            request,
            "console/audit.html",
            event=event,
            organiser=organiser,
            active="audit",
            rows=[
                {
                    "at": shown(entry.at, event.timezone),
                    "who": entry.actor_name,
                    "what": action_label(t, entry.action),
                    "details": details_text(entry),
                }
                for entry in entries
            ],
            next_before=entries[-1].id if more and entries else None,
            first_page=before is None,
        )

    @get("/audit.csv", media_type="text/csv; charset=utf-8")
    async def audit_csv(
        self, conn: Conn, event: CurrentEvent, organiser: Organiser, t: T
    ) -> Response[str]:
        entries = await audit_entries(conn, event.id, limit=None)
        body = csv_document(
            [
                (
                    entry.id,
                    shown(entry.at, event.timezone).isoformat(),
                    entry.actor_name,
                    action_label(t, entry.action),
                    entry.action,
                    details_text(entry),
                )
                for entry in entries
            ],
            CSV_COLUMNS,
        )
        return Response(
            body,
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{event.slug}-audit-log.csv"'},
        )
