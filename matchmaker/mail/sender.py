"""The sender every ``serve`` process runs: claim due messages from the outbox, render them,
send them over one SMTP connection, and record each outcome.

Several senders on one database never send a message twice under normal operation: a claim
skips rows another sender is claiming (``FOR UPDATE SKIP LOCKED``) and reserves them with a
lease. A sender that dies between sending and recording leaves the lease to run out; the
message is then sent again, with the same Message-ID so mail clients show it once. A failed
attempt is retried with a doubling delay, up to a number of attempts."""

from __future__ import annotations

import asyncio
import logging
import os
import re
import socket
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr, formatdate

import aiosmtplib
import asyncpg

from matchmaker.db import acquire
from matchmaker.mail import outbox
from matchmaker.mail.smtp import PermanentFailure, SmtpConfig, open_connection, send_one

log = logging.getLogger(__name__)

Renderer = Callable[[asyncpg.Connection, outbox.Claimed], Awaitable[EmailMessage | None]]
"""Builds a claimed message (recipient, subject, bodies, attachments); None: nothing to send
any more (its recipient or subject is gone)."""

MAX_RETRY_DELAY_S = 3600.0


@dataclass(frozen=True)
class SenderConfig:
    mail_from: str
    poll_interval_s: float = 2.0
    lease_s: float = 120.0
    retry_base_s: float = 30.0
    max_attempts: int = 8
    batch_size: int = 20

    @property
    def domain(self) -> str:
        """The From address's domain: what this service's Message-IDs end with."""
        return from_address(self.mail_from)[1].rpartition("@")[2] or "localhost"

    @property
    def from_header(self) -> str:
        """MATCHMAKER_MAIL_FROM as a valid header: a display name with a comma is quoted."""
        return formataddr(from_address(self.mail_from))


def from_address(value: str) -> tuple[str, str]:
    """``Name <address>`` (the name quoted or not, commas and all) or a bare address, as
    (name, address)."""
    found = re.fullmatch(r"\s*(.*?)\s*<([^<>\s]+)>\s*", value)
    if found is None:
        return "", value.strip()
    return found.group(1).strip('"'), found.group(2)


def message_id(message_uuid: str, domain: str) -> str:
    """The Message-ID of an outbox row: the same on every attempt."""
    return f"<{message_uuid}@{domain}>"


def retry_delay(config: SenderConfig, attempts: int) -> float:
    return float(min(config.retry_base_s * 2 ** max(attempts - 1, 0), MAX_RETRY_DELAY_S))


class MailSender:
    """One sender; ``run`` until cancelled, or ``send_due`` once (tests, commands)."""

    def __init__(
        self,
        pool: asyncpg.Pool,
        smtp: SmtpConfig,
        render: Renderer,
        config: SenderConfig,
        name: str | None = None,
    ) -> None:
        self.pool = pool
        self.smtp = smtp
        self.render = render
        self.config = config
        self.name = name or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"

    async def run(self) -> None:
        """Send what is due, then wait a poll interval when nothing was; forever."""
        while True:
            try:
                sent = await self.send_due()
            except Exception:  # the database went away: try again after a pause
                log.warning("mail sender: cannot read the outbox", exc_info=True)
                sent = 0
            if not sent:
                await asyncio.sleep(self.config.poll_interval_s)

    async def send_due(self) -> int:
        """Claim one batch of due messages and try each; returns how many were handled."""
        async with acquire(self.pool) as conn, conn.transaction():
            batch = await outbox.claim(conn, self.name, self.config.batch_size, self.config.lease_s)
        if not batch:
            return 0
        ready: list[tuple[outbox.Claimed, EmailMessage]] = []
        async with acquire(self.pool) as conn:
            for claimed in batch:
                try:
                    message = await self.render(conn, claimed)
                except Exception as error:
                    log.exception("mail sender: cannot render message %s", claimed.id)
                    await self._failed(conn, claimed, f"cannot render: {error}")
                    continue
                if message is None:
                    await self._failed(conn, claimed, "nothing to send any more", give_up=True)
                    continue
                self._stamp(message, claimed)
                ready.append((claimed, message))
        if ready:
            await self._deliver(ready)
        return len(batch)

    def _stamp(self, message: EmailMessage, claimed: outbox.Claimed) -> None:
        for header in ("From", "Message-ID", "Date"):
            del message[header]
        message["From"] = self.config.from_header
        message["Message-ID"] = message_id(claimed.message_uuid, self.config.domain)
        message["Date"] = formatdate(localtime=False)

    async def _deliver(self, ready: list[tuple[outbox.Claimed, EmailMessage]]) -> None:
        try:
            client = await open_connection(self.smtp)
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as error:
            log.warning("mail sender: SMTP server unreachable: %s", error)
            async with acquire(self.pool) as conn:
                for claimed, _ in ready:
                    await self._failed(conn, claimed, f"SMTP server unreachable: {error}")
            return
        try:
            for position, (claimed, message) in enumerate(ready):
                try:
                    await send_one(client, message)
                except PermanentFailure as error:
                    async with acquire(self.pool) as conn:
                        await self._failed(conn, claimed, str(error), give_up=True)
                except (aiosmtplib.SMTPException, OSError, TimeoutError) as error:
                    # The connection is in doubt: this and the rest wait for a retry.
                    async with acquire(self.pool) as conn:
                        for later, _ in ready[position:]:
                            await self._failed(conn, later, f"SMTP: {error}")
                    return
                else:
                    async with acquire(self.pool) as conn:
                        await outbox.mark_sent(conn, claimed.id, self.name)
        finally:
            try:
                await client.quit()
            except (aiosmtplib.SMTPException, OSError, TimeoutError):
                client.close()

    async def _failed(
        self,
        conn: asyncpg.Connection,
        claimed: outbox.Claimed,
        error: str,
        *,
        give_up: bool = False,
    ) -> None:
        give_up = give_up or claimed.attempts >= self.config.max_attempts
        await outbox.mark_retry(
            conn,
            claimed.id,
            self.name,
            error,
            retry_delay(self.config, claimed.attempts),
            give_up=give_up,
        )
