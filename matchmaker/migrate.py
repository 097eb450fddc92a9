"""Forward-only migrations: ``migrations/NNNN_name.sql`` applied in order, each in its own
transaction, recorded in ``schema_migrations``. Re-running is a no-op."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import asyncpg

MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")
# Serialises concurrent start-ups of several API processes against one database.
MIGRATION_LOCK_KEY = 727_001


class MigrationError(RuntimeError):
    """A migration file is malformed or failed to apply; start-up must stop."""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def load_migrations(directory: Path) -> list[Migration]:
    """Every migration file in ``directory``, in version order."""
    if not directory.is_dir():
        raise MigrationError(f"migrations folder not found: {directory}")
    migrations: list[Migration] = []
    for path in sorted(directory.glob("*.sql")):
        match = MIGRATION_NAME.match(path.name)
        if match is None:
            raise MigrationError(f"migration file name must look like 0001_name.sql: {path.name}")
        migrations.append(Migration(int(match.group(1)), path.name, path.read_text("utf-8")))
    versions = [m.version for m in migrations]
    if len(set(versions)) != len(versions):
        raise MigrationError("two migration files share a version number")
    return migrations


async def apply_migrations(conn: asyncpg.Connection, directory: Path) -> list[str]:
    """Apply the pending migrations; return the names of those applied now."""
    migrations = load_migrations(directory)
    await conn.execute("select pg_advisory_lock($1)", MIGRATION_LOCK_KEY)
    try:
        await conn.execute(
            """
            create table if not exists schema_migrations (
                version     integer primary key,
                name        text not null,
                applied_at  timestamptz not null default now()
            )
            """
        )
        applied = {
            row["version"] for row in await conn.fetch("select version from schema_migrations")
        }
        done: list[str] = []
        for migration in migrations:
            if migration.version in applied:
                continue
            try:
                async with conn.transaction():
                    await conn.execute(migration.sql)
                    await conn.execute(
                        "insert into schema_migrations (version, name) values ($1, $2)",
                        migration.version,
                        migration.name,
                    )
            except asyncpg.PostgresError as error:
                raise MigrationError(
                    f"migration {migration.name} failed and was rolled back: {error}"
                ) from error
            done.append(migration.name)
        return done
    finally:
        await conn.execute("select pg_advisory_unlock($1)", MIGRATION_LOCK_KEY)
