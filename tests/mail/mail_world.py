"""A real SMTP server for the mail tests: aiosmtpd on a free loopback port, keeping every
message it receives, that a test can stop (the server is down) and start again on the same
port. ``mail_settings`` points the app at it with short intervals, so the sender and the
reminders act within a test's patience."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from matchmaker.settings import Settings

MAIL_FROM = "Security, Democracy & Cities <meet@sdc.example.org>"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass
class Inbox:
    """What the server received, in order; safe to read from the test's thread."""

    received: list[EmailMessage] = field(default_factory=list)
    delay_s: float = 0.0
    """How long the server takes to accept each message (a slow server)."""
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        if self.delay_s:
            await asyncio.sleep(self.delay_s)
        assert isinstance(envelope.content, bytes)
        parsed = message_from_bytes(envelope.content, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        with self.lock:
            self.received.append(parsed)
        return "250 Message accepted for delivery"

    def messages(self) -> list[EmailMessage]:
        with self.lock:
            return list(self.received)

    def to(self, address: str) -> list[EmailMessage]:
        return [m for m in self.messages() if address in str(m["To"])]

    def message_ids(self) -> list[str]:
        return [str(m["Message-ID"]) for m in self.messages()]

    async def wait_for(
        self, predicate: Any, timeout_s: float = 15.0, what: str = "a message"
    ) -> list[EmailMessage]:
        """Wait until ``predicate(messages)`` is truthy; returns the messages then."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            messages = self.messages()
            if predicate(messages):
                return messages
            await asyncio.sleep(0.05)
        raise AssertionError(
            f"timed out waiting for {what}; received: "
            + repr([str(m["Subject"]) for m in self.messages()])
        )


class SmtpServer:
    """aiosmtpd on a fixed loopback port, stoppable and startable."""

    def __init__(self) -> None:
        self.port = free_port()
        self.inbox = Inbox()
        self.controller: Controller | None = None

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    server = SmtpServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def mail_settings(settings: Settings, smtp_server: SmtpServer) -> Settings:
    """The app's settings with mail sent to the test server, quickly."""
    return replace(
        settings,
        smtp_url=smtp_server.url,
        mail_from=MAIL_FROM,
        public_url="http://testserver.local",
        mail_poll_interval_s=0.05,
        mail_retry_base_s=0.1,
        reminder_interval_s=0.1,
    )
