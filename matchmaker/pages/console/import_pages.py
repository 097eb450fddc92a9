"""The import wizard: upload an export, see its first rows, choose which column feeds which
field (a preset or the suggestion to start from), read the dry run's row report, commit.
The upload is kept in the database between steps; nothing is sent twice."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from litestar import Controller, Request, Response, get, post
from litestar.datastructures import UploadFile
from litestar.params import FromQuery
from litestar.plugins.flash import flash
from litestar.response import Template

from matchmaker.audit import service as audit
from matchmaker.errors import MatchmakerError
from matchmaker.events.models import Event
from matchmaker.pages.attendee.labels import FIELDS, ORGANISATION_TYPES
from matchmaker.pages.console.dependencies import ConsoleOrganiser, Organiser
from matchmaker.pages.console.navigation import console_path
from matchmaker.pages.console.rendering import console_page
from matchmaker.pages.i18n import Translator, Translators
from matchmaker.pages.responses import see_other
from matchmaker.registration_import import service
from matchmaker.registration_import.presets import PRESETS, TARGETS
from matchmaker.registration_import.reading import read_table
from matchmaker.registration_import.repository import Upload
from matchmaker.registration_import.service import RowOutcome
from matchmaker.sessions.times import shown
from matchmaker.web.dependencies import Conn, CurrentEvent, PathId

ERRORS_SHOWN = 200


def _translator(request: Request[Any, Any, Any]) -> Translator:
    translators: Translators = request.app.state.translators
    return translators.for_connection(request)


def type_labels(request: Request[Any, Any, Any]) -> dict[str, Collection[str]]:
    """Organisation type wordings in every page language, for answers typed in either."""
    translators: Translators = request.app.state.translators
    return {
        slug: {label, *(translators[lang].gettext(label) for lang in ("en", "fr"))}
        for slug, label in ORGANISATION_TYPES.items()
    }


def _step_path(event: Event, upload_id: int, step: str = "") -> str:
    return console_path(event.slug, f"import/{upload_id}{step}")


class ImportPages(Controller):
    @get("/import", name="console:import")
    async def start(
        self, request: Request[Any, Any, Any], event: CurrentEvent, organiser: Organiser
    ) -> Template:
        return _upload_page(request, event, organiser)

    @post("/import")
    async def upload(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        organiser: Organiser,
    ) -> Template | Response[Any]:
        form = await request.form()
        upload = form.get("file")
        t = _translator(request)
        if not isinstance(upload, UploadFile) or not upload.filename:
            return _upload_page(
                request, event, organiser, error=t.gettext("Choose a file to upload."), status=400
            )
        content = await upload.read()
        try:
            upload_id = await service.keep_upload(conn, event, upload.filename, content)
        except MatchmakerError as error:
            return _upload_page(
                request, event, organiser, error=_file_problem(t, error), status=error.status
            )
        return see_other(request, _step_path(event, upload_id))

    @get("/import/{upload_id:int}", name="console:import-mapping")
    async def mapping(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        organiser: Organiser,
        upload_id: PathId,
        preset: FromQuery[str | None] = None,
    ) -> Template:
        upload = await service.get_upload(conn, event, upload_id)
        table = read_table(upload.content)
        chosen, shown_preset = service.mapping_for(upload, table, preset)
        return _mapping_page(request, event, organiser, upload, chosen, shown_preset)

    @post("/import/{upload_id:int}")
    async def choose(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        organiser: Organiser,
        upload_id: PathId,
    ) -> Template | Response[Any]:
        upload = await service.get_upload(conn, event, upload_id)
        table = read_table(upload.content)
        form = await request.form()
        chosen = tuple(str(form.get(f"column-{i}") or "") for i in range(len(table.header)))
        preset = str(form.get("preset") or "") or None
        try:
            await service.choose_mapping(conn, upload, chosen, preset)
        except MatchmakerError as error:
            t = _translator(request)
            return _mapping_page(
                request,
                event,
                organiser,
                upload,
                chosen,
                preset,
                problem=_mapping_problem(t, error),
                status=error.status,
            )
        return see_other(request, _step_path(event, upload_id, "/report"))

    @get("/import/{upload_id:int}/report", name="console:import-report")
    async def report(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        organiser: Organiser,
        upload_id: PathId,
    ) -> Template | Response[Any]:
        upload = await service.get_upload(conn, event, upload_id)
        if upload.mapping is None:
            return see_other(request, _step_path(event, upload_id))
        run = await service.run_import(
            conn, event, upload, dry_run=True, type_labels=type_labels(request)
        )
        t = _translator(request)
        return console_page(
            request,
            "console/import_report.html",
            event=event,
            organiser=organiser,
            active="import",
            upload=upload,
            committed_at=shown(upload.committed_at, event.timezone)
            if upload.committed_at
            else None,
            run=run,
            shown_rows=run.rows[:ERRORS_SHOWN],
            counts={
                action: sum(1 for row in run.rows if row.action == action)
                for action in ("create", "update", "error")
            },
            labels=FIELDS,
            problems={row.line: row_problem(t, row) for row in run.errors},
        )

    @get("/import/{upload_id:int}/errors.csv", name="console:import-errors")
    async def error_rows(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        organiser: Organiser,
        upload_id: PathId,
    ) -> Response[str]:
        upload = await service.get_upload(conn, event, upload_id)
        if upload.mapping is None:
            return Response("", status_code=303, headers={"Location": _step_path(event, upload_id)})
        run = await service.run_import(
            conn, event, upload, dry_run=True, type_labels=type_labels(request)
        )
        # A byte-order mark tells spreadsheets the file is UTF-8 (accents intact).
        body = "\ufeff" + service.error_rows_csv(upload, run)
        stem = upload.filename.rsplit(".", 1)[0] or "import"
        safe_stem = "".join(c if c.isalnum() or c in "-_" else "-" for c in stem)[:60]
        return Response(
            body,
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{safe_stem}-errors.csv"'},
        )

    @post("/import/{upload_id:int}/commit")
    async def commit(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        organiser: Organiser,
        upload_id: PathId,
    ) -> Response[Any]:
        upload = await service.get_upload(conn, event, upload_id)
        t = _translator(request)
        # The audit entry is written in the same transaction as the import.
        async with conn.transaction():
            run = await service.run_import(
                conn, event, upload, dry_run=False, type_labels=type_labels(request)
            )
            await audit.record(
                conn,
                event.id,
                organiser,
                "attendees.imported",
                {
                    "file": upload.filename,
                    "created": run.created,
                    "updated": run.updated,
                    "refused": len(run.errors),
                },
            )
        flash(
            request,
            t.gettext(
                "Imported: %(created)s created, %(updated)s updated, %(errors)s rows refused.",
                created=run.created,
                updated=run.updated,
                errors=len(run.errors),
            ),
            "success",
        )
        return see_other(request, _step_path(event, upload_id, "/report"))


def row_problem(t: Translator, row: RowOutcome) -> str:
    """A refused row's reason in the reader's language, naming the value at fault."""
    field, value = row.field or "", row.value
    if row.same_as_line is not None:
        return t.gettext("The same e-mail address is on line %(line)s.", line=row.same_as_line)
    if field == "name" and not value:
        return t.gettext("The name is missing.")
    if field == "email" and not value:
        return t.gettext("The e-mail address is missing.")
    words = {
        "name": t.gettext("The name is longer than 200 characters."),
        "email": t.gettext("“%(value)s” is not an e-mail address.", value=value),
        "country": t.gettext("“%(value)s” is not a country name or code.", value=value),
        "languages": t.gettext(
            "“%(value)s” holds an unknown language or one listed twice.", value=value
        ),
        "topics": t.gettext(
            "“%(value)s” holds a topic this event does not have, or one listed twice.",
            value=value,
        ),
        "organisation_type": t.gettext("“%(value)s” is not a type of organisation.", value=value),
        "consent": t.gettext("“%(value)s” is neither yes nor no.", value=value),
    }
    if field in words:
        return words[field]
    if field in ("role", "organisation", "city"):
        return t.gettext("Longer than 200 characters.")
    if field in ("seeking", "offering", "bio"):
        return t.gettext("Longer than 2000 characters.")
    return row.message


def _file_problem(t: Translator, error: MatchmakerError) -> str:
    if error.status == 413:
        return t.gettext("The file is larger than 5 MB.")
    if error.field == "file" and "empty" in error.detail:
        return t.gettext("The file is empty: a header row of column names is needed.")
    return t.gettext("The file cannot be read as a table (CSV or text export).")


def _mapping_problem(t: Translator, error: MatchmakerError) -> str:
    field = error.field or ""
    label = t.gettext(FIELDS[field]) if field in FIELDS else field
    if "choose the column" in error.detail:
        return t.gettext("Choose the column that holds: %(field)s.", field=label)
    if "only one column" in error.detail:
        return t.gettext("Only one column may feed: %(field)s.", field=label)
    return t.gettext("This choice of columns cannot be used.")


def _upload_page(
    request: Request[Any, Any, Any],
    event: Event,
    organiser: ConsoleOrganiser,
    *,
    error: str | None = None,
    status: int = 200,
) -> Template:
    return console_page(
        request,
        "console/import_upload.html",
        event=event,
        organiser=organiser,
        active="import",
        status_code=status,
        error=error,
        presets=PRESETS,
    )


def _mapping_page(
    request: Request[Any, Any, Any],
    event: Event,
    organiser: ConsoleOrganiser,
    upload: Upload,
    chosen: tuple[str, ...],
    preset: str | None,
    *,
    problem: str | None = None,
    status: int = 200,
) -> Template:
    table = read_table(upload.content)
    return console_page(
        request,
        "console/import_mapping.html",
        event=event,
        organiser=organiser,
        active="import",
        status_code=status,
        upload=upload,
        table=table,
        preview=service.preview(table),
        chosen=chosen,
        preset=preset or "",
        presets=PRESETS,
        targets=TARGETS,
        labels=FIELDS,
        problem=problem,
    )
