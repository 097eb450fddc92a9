"""One-shot CLI commands that work on the database without serving HTTP."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from tqdm import tqdm

from matchmaker.attendees import repository as attendee_repository
from matchmaker.attendees.service import import_attendees
from matchmaker.autoschedule.service import schedule_session
from matchmaker.db import acquire, open_database
from matchmaker.demo.seed import seed_demo_event
from matchmaker.errors import MatchmakerError
from matchmaker.events.service import get_event, get_match_settings
from matchmaker.matching import SentenceTransformerEmbedder
from matchmaker.organiser.exports import meetings_csv, table_plan_csv
from matchmaker.settings import Settings
from matchmaker.suggestions import repository as suggestion_repository
from matchmaker.suggestions.mutual import mutual_suggestions
from matchmaker.suggestions.registry import MatcherRegistry
from matchmaker.suggestions.vector_store import entries_for


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


async def reindex(settings: Settings) -> int:
    """Embed every text whose stored vector is missing or stale (after a model change, say)."""
    embedder = await asyncio.to_thread(SentenceTransformerEmbedder, settings.model)
    async with open_database(settings, min_size=1, max_size=1) as pool, acquire(pool) as conn:
        for event_id in await suggestion_repository.event_ids(conn):
            labels = await suggestion_repository.topic_labels(conn, event_id)
            profiles = await attendee_repository.all_attendees(conn, event_id)
            entries = await entries_for(conn, embedder, profiles, labels)
            _say(f"event {event_id}: {len(entries)} attendees have current vectors")
    return 0


async def schedule(
    settings: Settings,
    event_slug: str,
    session_id: int,
    *,
    dry_run: bool,
    include_suggestions: bool,
    time_limit_s: float,
) -> int:
    """Auto-schedule one session from the command line, as the organiser endpoint does."""
    embedder = await asyncio.to_thread(SentenceTransformerEmbedder, settings.model)
    async with open_database(settings, min_size=1, max_size=2) as pool, acquire(pool) as conn:
        try:
            event = await get_event(conn, event_slug)
            match_settings = await get_match_settings(conn, event.id)
            registry = MatcherRegistry(embedder)
            pairs = []
            if include_suggestions:
                await registry.load_event(conn, event.id)
                pairs = await mutual_suggestions(conn, registry, event, match_settings)
            async with conn.transaction():
                outcome = await schedule_session(
                    conn,
                    event,
                    session_id,
                    settings=match_settings,
                    suggestions=pairs,
                    dry_run=dry_run,
                    time_limit_s=time_limit_s,
                )
        except MatchmakerError as error:
            _say(f"error: {error.detail}")
            return 1
    verb = "would place" if dry_run else "placed"
    _say(
        f"{verb} {outcome.placed} meetings ({outcome.unplaced} accepted requests unplaced), "
        f"solver {outcome.solver_status}, breaks {outcome.total_breaks}, {outcome.seconds} s"
    )
    return 0


async def export(
    settings: Settings, what: str, event_slug: str, session_id: int | None, out: Path | None
) -> int:
    """Write a table plan or all meetings as CSV to a file or standard output."""
    async with open_database(settings, min_size=1, max_size=1) as pool, acquire(pool) as conn:
        try:
            event = await get_event(conn, event_slug)
            if what == "table-plan":
                if session_id is None:
                    _say("error: --session is required for a table plan")
                    return 2
                text = await table_plan_csv(conn, event, session_id)
            else:
                text = await meetings_csv(conn, event)
        except MatchmakerError as error:
            _say(f"error: {error.detail}")
            return 1
    if out is None:
        sys.stdout.write(text)
    else:
        await asyncio.to_thread(out.write_text, text, "utf-8")
        _say(f"wrote {out}")
    return 0
