"""Mail in each ``serve`` process: once the database is ready, a sender (when
MATCHMAKER_SMTP_URL is set) and the periodic writing of due reminders. Without SMTP the
messages stay in the outbox, where the organiser's mail preview shows them."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncGenerator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager

from litestar import Litestar

from matchmaker.db import Database, acquire
from matchmaker.mail.reminders import enqueue_due
from matchmaker.mail.sender import MailSender, SenderConfig
from matchmaker.mail.smtp import SmtpConfig
from matchmaker.pages.i18n import Translators
from matchmaker.pages.mail.compose import Composer
from matchmaker.settings import Settings
from matchmaker.web.app_secret import shared_secret

log = logging.getLogger(__name__)


def sender_config(settings: Settings) -> SenderConfig:
    return SenderConfig(
        mail_from=settings.mail_from,
        poll_interval_s=settings.mail_poll_interval_s,
        lease_s=settings.mail_lease_s,
        retry_base_s=settings.mail_retry_base_s,
        max_attempts=settings.mail_max_attempts,
    )


def mail_lifespan(settings: Settings) -> Callable[[Litestar], AbstractAsyncContextManager[None]]:
    """The lifespan that runs this process's mail tasks (after the page stack's own)."""
    smtp = SmtpConfig.from_url(settings.smtp_url) if settings.smtp_url else None

    async def start(app: Litestar) -> None:
        database: Database = app.state.database
        await database.became_ready.wait()
        async with acquire(database.pool) as conn:
            secret = settings.secret_key or await shared_secret(conn)
        translators: Translators = app.state.translators
        composer = Composer(
            translators,
            settings.base_url,
            settings.mail_from,
            lambda: secret,
            getattr(app.state, "matchers", None),
        )
        app.state.mail_composer = composer
        tasks = [asyncio.create_task(_remind(database, settings), name="mail-reminders")]
        if smtp is not None:
            sender = MailSender(database.pool, smtp, composer.render, sender_config(settings))
            tasks.append(asyncio.create_task(sender.run(), name="mail-sender"))
        await asyncio.gather(*tasks)

    @asynccontextmanager
    async def lifespan(app: Litestar) -> AsyncGenerator[None]:
        app.state.mail_sending = smtp is not None
        task = asyncio.create_task(start(app), name="mail")
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task

    return lifespan


async def _remind(database: Database, settings: Settings) -> None:
    while True:
        try:
            async with acquire(database.pool) as conn:
                await enqueue_due(conn)
        except Exception:  # the database went away: the next round catches up
            log.warning("cannot write due reminders", exc_info=True)
        await asyncio.sleep(settings.reminder_interval_s)
