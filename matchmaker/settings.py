"""One frozen Settings, built from the environment in exactly one place."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True, kw_only=True)
class Settings:
    """Everything the service is configured with. Tests build it directly."""

    database_url: str | None = None
    """None: run an embedded PostgreSQL kept in ``data_dir``."""
    data_dir: Path = Path(".matchmaker")
    admin_token: str | None = None
    """The organiser token. None: generated at start (demo mode) and printed."""
    model: str | None = None
    """sentence-transformers model name or path; None: the packaged all-MiniLM-L6-v2."""
    host: str = "127.0.0.1"
    port: int = 8000
    migrations_dir: Path = REPO_ROOT / "migrations"
    max_body_bytes: int = 2 * 1024 * 1024
    """Largest accepted request body (a CSV of a few thousand attendees fits)."""
    pool_min_size: int = 2
    pool_max_size: int = 10
    demo: bool = False
    """Create the demo event on start (``serve --demo``)."""

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Read the documented environment variables; unset ones take their defaults."""
        env = os.environ if environ is None else environ
        return cls(
            database_url=env.get("DATABASE_URL") or None,
            data_dir=Path(env.get("MATCHMAKER_DATA_DIR") or ".matchmaker"),
            admin_token=env.get("MATCHMAKER_ADMIN_TOKEN") or None,
            model=env.get("MATCHMAKER_MODEL") or None,
            host=env.get("MATCHMAKER_HOST") or "127.0.0.1",
            port=int(env.get("MATCHMAKER_PORT") or "8000"),
        )
