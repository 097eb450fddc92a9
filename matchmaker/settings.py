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
    index_memory_mb: float | None = 1024.0
    """Memory budget for event matchers in one process; past it the least recently used
    are dropped (and loaded again on their next use). None: no budget."""
    index_poll_interval_s: float = 1.0
    """How often the change versions are read, in case a notification was lost."""
    database_wait_s: float = 3.0
    """How long start-up waits for an unreachable database before serving 503s (it keeps
    waiting in the background and becomes ready when the database appears)."""
    public_url: str | None = None
    """The base of absolute links (sign-in links, calendar feeds), e.g.
    ``https://meet.example.org``. None: ``http://{host}:{port}``."""
    secret_key: str | None = None
    """The secret every process signs CSRF tokens and calendar feed addresses with. None:
    one is generated once and kept in PostgreSQL, so all hosts sharing it agree."""
    session_days: int = 30
    """How long a browser session lasts after sign-in."""
    signin_link_days: int = 30
    """How long a personal sign-in link (and its typed code) stays valid."""
    smtp_url: str | None = None
    """Where mail is sent, e.g. ``smtp://user:pass@host:587?starttls=1`` or
    ``smtps://host:465``. None: nothing is sent; messages are kept for the organiser's
    mail preview page."""
    mail_from: str = "matchmaker <matchmaker@localhost>"
    """The From of every message (its domain also names the Message-IDs)."""
    mail_poll_interval_s: float = 2.0
    """How often each process's sender looks for messages due to be sent."""
    mail_lease_s: float = 120.0
    """How long a claimed message is reserved for the sender that claimed it; a sender that
    died is taken over after this, re-sending with the same Message-ID."""
    mail_retry_base_s: float = 30.0
    """The first retry's delay after a failed send; each further one doubles it (capped)."""
    mail_max_attempts: int = 8
    """Past this many failed attempts a message is recorded as failed."""
    reminder_interval_s: float = 60.0
    """How often each process looks for reminders that have become due."""
    signin_requests_per_hour: int = 3
    """Sign-in links mailed on request per address and hour, at most."""

    @property
    def base_url(self) -> str:
        """Where users reach the service, without a trailing slash."""
        if self.public_url:
            return self.public_url.rstrip("/")
        return f"http://{self.host}:{self.port}"

    @property
    def secure_cookies(self) -> bool:
        """Cookies carry ``Secure`` when users reach the service over https."""
        return self.base_url.startswith("https://")

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
            index_memory_mb=_memory_budget(env.get("MATCHMAKER_INDEX_MEMORY_MB")),
            public_url=env.get("MATCHMAKER_PUBLIC_URL") or None,
            secret_key=env.get("MATCHMAKER_SECRET_KEY") or None,
            smtp_url=env.get("MATCHMAKER_SMTP_URL") or None,
            mail_from=env.get("MATCHMAKER_MAIL_FROM") or Settings.mail_from,
        )


def _memory_budget(value: str | None) -> float | None:
    """MATCHMAKER_INDEX_MEMORY_MB: megabytes; unset keeps the default; 0 or "none": no budget."""
    if value is None or not value.strip():
        return Settings.index_memory_mb
    if value.strip().lower() in {"0", "none", "unlimited"}:
        return None
    budget = float(value)
    if budget < 0:
        raise ValueError("MATCHMAKER_INDEX_MEMORY_MB must be a positive number of megabytes")
    return budget
