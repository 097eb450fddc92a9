"""One-shot CLI commands that work on the database without serving HTTP."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from tqdm import tqdm

from matchmaker.attendees.service import import_attendees
from matchmaker.db import acquire, open_database
from matchmaker.demo.seed import seed_demo_event
from matchmaker.errors import MatchmakerError
from matchmaker.events.service import get_event
from matchmaker.settings import Settings


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")


async def migrate(settings: Settings) -> int:
    """Apply pending migrations (opening the database applies them) and say so."""
    async with open_database(settings, min_size=1, max_size=1) as pool, acquire(pool) as conn:
        rows = await conn.fetch("select name from schema_migrations order by version")
    _say("database is at: " + ", ".join(row["name"] for row in rows))
    return 0


async def import_csv(settings: Settings, file: Path, event_slug: str, *, dry_run: bool) -> int:
    """Import a registration CSV into an event, with a progress bar and a row report."""
    text = await asyncio.to_thread(file.read_text, "utf-8-sig")
    rows = max(0, len(text.splitlines()) - 1)
    async with open_database(settings, min_size=1, max_size=1) as pool, acquire(pool) as conn:
        try:
            event = await get_event(conn, event_slug)
            with tqdm(total=rows, unit="row", desc=f"importing {file.name}") as bar:
                report = await import_attendees(
                    conn, event, text, dry_run=dry_run, progress=bar.update
                )
        except MatchmakerError as error:
            _say(f"error: {error.detail}" + (f" (field {error.field})" if error.field else ""))
            return 1
    prefix = "dry run: would have " if dry_run else ""
    _say(f"{prefix}created {report.created}, updated {report.updated}, errors {len(report.errors)}")
    for row_error in report.errors:
        _say(f"  row {row_error.row}: {row_error.field or '-'}: {row_error.message}")
    for token in report.tokens:
        _say(f"  token {token.email}: {token.token}")
    return 1 if report.errors else 0


async def demo(settings: Settings) -> int:
    """Create the demo event (once) and print three attendee tokens."""
    async with open_database(settings, min_size=1, max_size=2) as pool:
        summary = await seed_demo_event(pool)
    _say(summary.describe())
    return 0
