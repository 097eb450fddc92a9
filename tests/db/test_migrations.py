"""Migrations: applied in order on an empty database, re-running is a no-op, and a failing
migration stops start-up with a clear message and leaves nothing half-applied."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import asyncpg
import pytest

from conftest import with_database
from matchmaker.migrate import MigrationError, apply_migrations, load_migrations
from matchmaker.settings import REPO_ROOT

MIGRATIONS = REPO_ROOT / "migrations"


@pytest.fixture
async def empty_database(server_dsn: str) -> Any:
    name = "mm_empty_migrations"
    admin = await asyncpg.connect(server_dsn)
    await admin.execute(f'drop database if exists "{name}" with (force)')
    await admin.execute(f'create database "{name}"')
    conn = await asyncpg.connect(with_database(server_dsn, name))
    try:
        yield conn
    finally:
        await conn.close()
        await admin.execute(f'drop database if exists "{name}" with (force)')
        await admin.close()


async def test_every_migration_applies_in_order_on_an_empty_database(empty_database: Any) -> None:
    applied = await apply_migrations(empty_database, MIGRATIONS)
    assert applied == [m.name for m in load_migrations(MIGRATIONS)]
    versions = [
        r["version"]
        for r in await empty_database.fetch(
            "select version from schema_migrations order by version"
        )
    ]
    assert versions == sorted(versions)
    assert await empty_database.fetchval("select to_regclass('meeting_participants')") is not None


async def test_running_migrations_again_is_a_no_op(empty_database: Any) -> None:
    await apply_migrations(empty_database, MIGRATIONS)
    assert await apply_migrations(empty_database, MIGRATIONS) == []


async def test_a_failing_migration_stops_with_a_clear_message_and_rolls_back(
    empty_database: Any, tmp_path: Path
) -> None:
    (tmp_path / "0001_good.sql").write_text("create table good_one (id int);")
    (tmp_path / "0002_bad.sql").write_text(
        "create table half_done (id int);\nselect * from no_such_table;"
    )
    with pytest.raises(MigrationError, match=r"0002_bad\.sql failed"):
        await apply_migrations(empty_database, tmp_path)
    assert await empty_database.fetchval("select to_regclass('good_one')") is not None
    assert await empty_database.fetchval("select to_regclass('half_done')") is None
    assert [
        r["name"] for r in await empty_database.fetch("select name from schema_migrations")
    ] == ["0001_good.sql"]


def test_a_badly_named_migration_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "init.sql").write_text("select 1;")
    with pytest.raises(MigrationError, match=r"0001_name\.sql"):
        load_migrations(tmp_path)


async def test_the_console_migration_gives_existing_events_the_usual_organisation_types(
    empty_database: Any, tmp_path: Path
) -> None:
    from matchmaker.attendees.fields import ORGANISATION_TYPES

    earlier = tmp_path / "migrations"
    earlier.mkdir()
    for migration in sorted(MIGRATIONS.glob("*.sql")):
        if migration.name < "0005":
            (earlier / migration.name).write_text(migration.read_text())
    await apply_migrations(empty_database, earlier)
    event_id = await empty_database.fetchval(
        "insert into events (slug, name, timezone) values ('old', 'Old', 'UTC') returning id"
    )
    await apply_migrations(empty_database, MIGRATIONS)
    slugs = await empty_database.fetch(
        "select slug from organisation_types where event_id = $1 order by position", event_id
    )
    assert [row["slug"] for row in slugs] == list(ORGANISATION_TYPES)
