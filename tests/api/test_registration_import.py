"""The registration import service against the real database: every fixture export dry-run
and committed through the attendee import's own rules, bad rows reported with the export's
line and column, and the error rows written back out safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import asyncpg
import pytest

from matchmaker.errors import Conflict, InvalidInput
from matchmaker.events.service import get_event
from matchmaker.registration_import import service
from matchmaker.registration_import.presets import suggest_mapping
from matchmaker.registration_import.reading import read_table

DATA = Path(__file__).parent.parent / "data" / "registration"
TYPES = {"local_authority": ["Local authority", "Autorité locale"], "police": ["Police"]}


async def prepared(db: asyncpg.Connection, slug: str, name: str) -> service.Upload:
    event = await get_event(db, slug)
    content = (DATA / name).read_bytes()
    upload_id = await service.keep_upload(db, event, name, content)
    upload = await service.get_upload(db, event, upload_id)
    mapping, preset = suggest_mapping(read_table(content).header)
    await service.choose_mapping(db, upload, mapping, preset.key if preset else None)
    return await service.get_upload(db, event, upload_id)


async def run(db: asyncpg.Connection, slug: str, upload: service.Upload, dry_run: bool) -> Any:
    event = await get_event(db, slug)
    return await service.run_import(db, event, upload, dry_run=dry_run, type_labels=TYPES)


def actions(result: service.ImportRun) -> list[tuple[int, str, str | None]]:
    return [(row.line, row.action, row.field) for row in result.rows]


async def attendee_count(db: asyncpg.Connection) -> int:
    count: int = await db.fetchval("select count(*) from attendees")
    return count


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "indico_registrants.csv",
            [
                (2, "create", None),
                (3, "create", None),
                (4, "create", None),
                (5, "error", "email"),
                (6, "error", "email"),
            ],
        ),
        (
            "pretix_attendees.csv",
            [
                (2, "create", None),
                (3, "create", None),
                (4, "create", None),
                (5, "error", "email"),
                (6, "error", "email"),
                (7, "error", "country"),
            ],
        ),
        (
            "eventbrite_attendees.csv",
            [(2, "create", None), (3, "create", None), (4, "error", "email")],
        ),
        (
            "google_forms_responses.csv",
            [
                (2, "create", None),
                (4, "create", None),
                (5, "error", "topics"),
                (6, "error", "consent"),
            ],
        ),
    ],
)
async def test_every_export_dry_runs_then_commits_the_same_rows(
    db: asyncpg.Connection, event_slug: str, name: str, expected: list[Any]
) -> None:
    upload = await prepared(db, event_slug, name)
    dry = await run(db, event_slug, upload, dry_run=True)
    assert actions(dry) == expected
    assert await attendee_count(db) == 0  # a dry run writes nothing
    done = await run(db, event_slug, upload, dry_run=False)
    assert actions(done) == expected
    creates = sum(1 for row in expected if row[1] == "create")
    assert (done.created, done.updated) == (creates, 0)
    assert await attendee_count(db) == creates


async def test_errors_name_the_exports_columns(db: asyncpg.Connection, event_slug: str) -> None:
    upload = await prepared(db, event_slug, "pretix_attendees.csv")
    result = await run(db, event_slug, upload, dry_run=True)
    twice = next(row for row in result.errors if row.line == 6)
    assert twice.columns == ("Attendee email",)
    assert "same e-mail as row 2" in twice.message
    assert twice.same_as_line == 2
    atlantis = next(row for row in result.errors if row.line == 7)
    assert atlantis.columns == ("Country",)
    assert atlantis.value == "XX"


async def test_a_second_import_updates_by_email(db: asyncpg.Connection, event_slug: str) -> None:
    upload = await prepared(db, event_slug, "eventbrite_attendees.csv")
    await run(db, event_slug, upload, dry_run=False)
    again = await run(db, event_slug, upload, dry_run=True)
    assert [row.action for row in again.rows] == ["update", "update", "error"]
    stored = await db.fetchval("select organisation from attendees where email = $1", "soren@kk.dk")
    assert stored == "Københavns Kommune"


async def test_imported_values_are_stored_as_codes(db: asyncpg.Connection, event_slug: str) -> None:
    upload = await prepared(db, event_slug, "google_forms_responses.csv")
    await run(db, event_slug, upload, dry_run=False)
    row = await db.fetchrow(
        "select country, languages, topics, consent, seeking, organisation_type"
        " from attendees where email = $1",
        "pieter.devries@politie.nl",
    )
    assert row is not None
    assert (row["country"], list(row["languages"]), list(row["topics"])) == (
        "NL",
        ["nl", "en", "de"],
        ["victim-support"],
    )
    assert row["consent"] is True
    assert row["organisation_type"] == "police"


async def test_error_rows_download_with_formulas_neutralised(
    db: asyncpg.Connection, event_slug: str
) -> None:
    upload = await prepared(db, event_slug, "google_forms_responses.csv")
    result = await run(db, event_slug, upload, dry_run=True)
    rows = list(csv.reader(io.StringIO(service.error_rows_csv(upload, result))))
    assert rows[0][:4] == ["line", "field", "error", "Timestamp"]
    assert [row[0] for row in rows[1:]] == ["5", "6"]
    eve = rows[1]
    assert eve[1] == "topics"
    full_name = rows[0].index("Full name")
    assert eve[full_name].startswith("'=HYPERLINK")  # a spreadsheet shows it, never runs it
    for row in rows[1:]:
        assert all(cell[:1] not in "=+-@" or cell == "" for cell in row)


async def test_a_mapping_without_email_is_refused_naming_it(
    db: asyncpg.Connection, event_slug: str
) -> None:
    upload = await prepared(db, event_slug, "indico_registrants.csv")
    width = len(read_table(upload.content).header)
    with pytest.raises(InvalidInput) as refused:
        await service.choose_mapping(db, upload, ["name"] + [""] * (width - 1), None)
    assert refused.value.field == "email"


async def test_an_empty_or_binary_upload_is_refused(
    db: asyncpg.Connection, event_slug: str
) -> None:
    event = await get_event(db, event_slug)
    with pytest.raises(InvalidInput):
        await service.keep_upload(db, event, "empty.csv", b"")
    with pytest.raises(Conflict):
        await service.keep_upload(db, event, "x.xlsx", b"PK\x03\x04\x00\x00binary")
