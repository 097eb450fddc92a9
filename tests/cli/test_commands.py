"""The ``matchmaker`` command as an organiser runs it."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import asyncpg

from conftest import B2B_INSTANCES


def run(database_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATABASE_URL": database_url}
    return subprocess.run(
        [sys.executable, "-m", "matchmaker.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


async def test_import_reports_rows_and_export_writes_csv(
    database_url: str, db: asyncpg.Connection, tmp_path: Path
) -> None:
    event_id = await db.fetchval(
        "insert into events (slug, name, timezone) values ('cli', 'CLI', 'UTC') returning id"
    )
    await db.execute(
        "insert into topics (event_id, slug, label, position) values ($1, 'youth', 'Youth', 0)",
        event_id,
    )
    source = tmp_path / "people.csv"
    source.write_text(
        "name,email,country,topics\n"
        "Anne Dupont,anne@x.org,BE,youth\n"
        "Bad Country,bad@x.org,XX,youth\n",
        encoding="utf-8",
    )
    result = run(database_url, "import", str(source), "--event", "cli")
    assert result.returncode == 1  # a bad row is reported, and that is not a clean import
    assert "created 1, updated 0, errors 1" in result.stdout
    assert "row 3: country" in result.stdout
    assert await db.fetchval("select count(*) from attendees") == 1

    exported = run(database_url, "export", "meetings", "--event", "cli")
    assert exported.returncode == 0, exported.stderr
    assert next(csv.reader(io.StringIO(exported.stdout)))[0] == "meeting_id"


def test_b2b_solve_prints_the_contract_json() -> None:
    instance = B2B_INSTANCES / "original" / "forum-13.original.dzn"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "matchmaker.cli",
            "b2b",
            "solve",
            str(instance),
            "--fairness",
            "2",
            "--time-limit",
            "30",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert set(answer) >= {"status", "total_breaks", "seconds", "schedule"}
    assert answer["status"] in ("optimal", "feasible")
    # Never better than the proven optimum (0 breaks for d = 2, optima.csv); equal if optimal.
    assert answer["total_breaks"] >= 0
    if answer["status"] == "optimal":
        assert answer["total_breaks"] == 0
    assert len(answer["schedule"]) == 154  # every requested meeting placed
    assert all(
        set(item) == {"meeting", "slot", "table"} and item["meeting"] >= 1
        for item in answer["schedule"]
    )


def test_migrate_reports_where_the_database_is(database_url: str) -> None:
    result = run(database_url, "migrate")
    assert result.returncode == 0, result.stderr
    assert "database is at: 0001_schema.sql" in result.stdout
