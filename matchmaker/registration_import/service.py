"""The import wizard's steps as services: keep an upload, suggest its mapping, run the
import as a dry run or for real, and write the bad rows back out for fixing.

Rows go through ``attendees.service.import_attendees``: the same validation and upsert by
e-mail as the JSON import, with the export's line numbers and column names put back on
each reported error."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Collection, Sequence
from collections.abc import Mapping as MappingOf
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal

import asyncpg

from matchmaker.attendees.service import import_attendees
from matchmaker.errors import Conflict, InvalidInput, NotFound, TooLarge
from matchmaker.events.models import Event
from matchmaker.registration_import import repository
from matchmaker.registration_import.mapping import canonical_rows
from matchmaker.registration_import.presets import (
    PRESETS_BY_KEY,
    Mapping,
    check_mapping,
    preset_mapping,
    suggest_mapping,
)
from matchmaker.registration_import.reading import SourceTable, read_table
from matchmaker.registration_import.repository import Upload
from matchmaker.spreadsheet import spreadsheet_cell

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
KEEP_UPLOADS = timedelta(days=2)
PREVIEW_ROWS = 5

Action = Literal["create", "update", "error"]
SAME_EMAIL = re.compile(r"same e-mail as row (\d+)")


@dataclass(frozen=True)
class RowOutcome:
    line: int
    action: Action
    name: str
    email: str
    field: str | None = None
    """The attendee field at fault (errors only)."""
    columns: tuple[str, ...] = ()
    """The export's columns that feed that field."""
    message: str = ""
    value: str = ""
    """The refused value as it reached the attendee rules (errors only)."""
    same_as_line: int | None = None
    """For a repeated e-mail address: the line that has it first."""


@dataclass(frozen=True)
class ImportRun:
    dry_run: bool
    created: int
    updated: int
    rows: tuple[RowOutcome, ...]

    @property
    def errors(self) -> tuple[RowOutcome, ...]:
        return tuple(row for row in self.rows if row.action == "error")


async def keep_upload(conn: asyncpg.Connection, event: Event, filename: str, content: bytes) -> int:
    """Check the file reads as a table and keep it for the next steps; uploads older than
    two days are forgotten meanwhile."""
    if not content:
        raise InvalidInput("the file is empty", field="file")
    if len(content) > MAX_UPLOAD_BYTES:
        raise TooLarge("the file is larger than 5 MB", field="file")
    read_table(content)  # refuses what cannot be read before anything is stored
    await repository.forget_uploads_before(conn, datetime.now(UTC) - KEEP_UPLOADS)
    return await repository.insert_upload(conn, event.id, filename[:200], content)


async def get_upload(conn: asyncpg.Connection, event: Event, upload_id: int) -> Upload:
    found = await repository.upload(conn, event.id, upload_id)
    if found is None:
        raise NotFound(f"no upload {upload_id} in this event", field="upload")
    return found


def mapping_for(
    upload: Upload, table: SourceTable, preset_key: str | None
) -> tuple[Mapping, str | None]:
    """The mapping to show and its preset: a preset picked in the form, else the mapping
    chosen before, else the suggestion for the file's header (its system's if recognised)."""
    if preset_key:
        preset = PRESETS_BY_KEY.get(preset_key)
        if preset is None:
            raise NotFound(f"no preset {preset_key!r}", field="preset")
        return preset_mapping(preset, table.header), preset.key
    if upload.mapping is not None and len(upload.mapping) == len(table.header):
        return upload.mapping, upload.preset
    mapping, detected = suggest_mapping(table.header)
    return mapping, None if detected is None else detected.key


async def choose_mapping(
    conn: asyncpg.Connection, upload: Upload, mapping: Sequence[str], preset: str | None
) -> Mapping:
    """Keep the organiser's mapping; InvalidInput naming the first target it gets wrong."""
    table = read_table(upload.content)
    chosen = tuple(mapping)
    problems = check_mapping(chosen, table.header)
    if problems:
        field = problems[0]
        if field in ("name", "email") and field not in chosen:
            raise InvalidInput(f"choose the column that holds the {field}", field=field)
        raise InvalidInput(f"only one column may feed {field}", field=field)
    await repository.store_mapping(conn, upload.id, chosen, preset)
    return chosen


async def run_import(
    conn: asyncpg.Connection,
    event: Event,
    upload: Upload,
    *,
    dry_run: bool,
    type_labels: MappingOf[str, Collection[str]],
) -> ImportRun:
    """Import the upload with its chosen mapping (or only report what would happen)."""
    if upload.mapping is None:
        raise Conflict("choose the columns before importing", field="mapping")
    table = read_table(upload.content)
    canonical = canonical_rows(
        table.rows,
        upload.mapping,
        topic_labels=event.topic_labels(),
        # The event's own types, by their label and any wording the caller adds.
        type_labels={
            entry.slug: {entry.label, *type_labels.get(entry.slug, ())}
            for entry in event.organisation_types
        },
    )
    emails = [cells["email"].strip().lower() for cells in canonical.cells]
    known = await repository.existing_emails(conn, event.id, [e for e in emails if e])
    report = await import_attendees(conn, event, canonical.text, dry_run=dry_run)
    if not dry_run:
        await repository.mark_committed(conn, upload.id)
    errors = {error.row: error for error in report.errors}
    outcomes: list[RowOutcome] = []
    for index, cells in enumerate(canonical.cells):
        row = index + 2
        name, email = cells["name"].strip(), cells["email"].strip()
        line = canonical.lines[index]
        error = errors.get(row)
        if error is not None:
            repeat = SAME_EMAIL.fullmatch(error.message)
            outcomes.append(
                RowOutcome(
                    line=line,
                    action="error",
                    name=name,
                    email=email,
                    field=error.field,
                    columns=_columns_of(table.header, upload.mapping, error.field),
                    message=error.message,
                    value=cells.get(error.field or "", ""),
                    # The attendee CSV counts its own rows; the export's lines differ
                    # where a quoted cell holds a line break.
                    same_as_line=canonical.line_of(int(repeat.group(1))) if repeat else None,
                )
            )
        elif not any(value.strip() for value in cells.values()):
            # The attendee CSV skips blank rows; this one is blank only in the chosen columns.
            outcomes.append(
                RowOutcome(
                    line=line,
                    action="error",
                    name="",
                    email="",
                    field="name",
                    columns=_columns_of(table.header, upload.mapping, "name"),
                    message="the row is empty in every chosen column",
                )
            )
        else:
            action: Action = "update" if email.lower() in known else "create"
            outcomes.append(RowOutcome(line=line, action=action, name=name, email=email))
    return ImportRun(
        dry_run=dry_run, created=report.created, updated=report.updated, rows=tuple(outcomes)
    )


def _columns_of(
    header: Sequence[str], mapping: Sequence[str], field: str | None
) -> tuple[str, ...]:
    if field is None:
        return ()
    return tuple(name for name, target in zip(header, mapping, strict=False) if target == field)


def error_rows_csv(upload: Upload, run: ImportRun) -> str:
    """The rows refused, as the export had them, with their line and the reason first, so
    the organiser can fix them in a spreadsheet and upload them again. Cells that start like
    a formula are neutralised (spreadsheets would run them)."""
    table = read_table(upload.content)
    by_line = {row.line: row for row in table.rows}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["line", "field", "error", *table.header])
    for outcome in run.errors:
        source = by_line[outcome.line]
        message = (
            f"same e-mail as line {outcome.same_as_line}"
            if outcome.same_as_line is not None
            else outcome.message
        )
        cells = [outcome.line, outcome.field or "", message, *source.cells]
        writer.writerow([spreadsheet_cell(cell) for cell in cells])
    return out.getvalue()


def preview(table: SourceTable) -> list[tuple[str, ...]]:
    """The first rows of the file, padded to the header's width."""
    width = len(table.header)
    return [
        tuple(row.cells[:width]) + ("",) * (width - len(row.cells))
        for row in table.rows[:PREVIEW_ROWS]
    ]
