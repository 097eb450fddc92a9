"""Where mail goes: ``MATCHMAKER_SMTP_URL`` read once, and a batch of messages sent over one
SMTP connection. ``smtp://`` is plain or, with ``?starttls=1``, upgraded by STARTTLS;
``smtps://`` is TLS from the first byte. A user and password in the URL log in."""

from __future__ import annotations

from dataclasses import dataclass
from email.message import EmailMessage
from urllib.parse import parse_qs, unquote, urlsplit

import aiosmtplib

TRUE = {"1", "true", "yes", "on"}
TIMEOUT_S = 30.0


class SmtpUrlError(ValueError):
    """MATCHMAKER_SMTP_URL cannot be understood."""


@dataclass(frozen=True)
class SmtpConfig:
    hostname: str
    port: int
    use_tls: bool
    start_tls: bool
    username: str | None
    password: str | None
    validate_certs: bool = True

    @classmethod
    def from_url(cls, url: str) -> SmtpConfig:
        parts = urlsplit(url)
        if parts.scheme not in ("smtp", "smtps"):
            raise SmtpUrlError("MATCHMAKER_SMTP_URL must start with smtp:// or smtps://")
        if not parts.hostname:
            raise SmtpUrlError("MATCHMAKER_SMTP_URL names no host")
        query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
        implicit = parts.scheme == "smtps"
        return cls(
            hostname=parts.hostname,
            port=parts.port or (465 if implicit else 25),
            use_tls=implicit,
            start_tls=not implicit and query.get("starttls", "").lower() in TRUE,
            username=unquote(parts.username) if parts.username else None,
            password=unquote(parts.password) if parts.password else None,
            validate_certs=query.get("verify", "1").lower() in TRUE,
        )


class PermanentFailure(Exception):
    """The server refused this message for good (a 5xx answer): retrying will not help."""


async def open_connection(config: SmtpConfig) -> aiosmtplib.SMTP:
    """A connected (and logged-in, when the URL says so) client."""
    client = aiosmtplib.SMTP(
        hostname=config.hostname,
        port=config.port,
        use_tls=config.use_tls,
        start_tls=config.start_tls,
        username=config.username,
        password=config.password,
        validate_certs=config.validate_certs,
        timeout=TIMEOUT_S,
    )
    await client.connect()
    return client


async def send_one(client: aiosmtplib.SMTP, message: EmailMessage) -> None:
    """Send one message; a refusal the server means for good is a PermanentFailure, anything
    else (a dropped connection, a 4xx) propagates as is, to be retried."""
    try:
        await client.send_message(message)
    except aiosmtplib.SMTPRecipientsRefused as error:
        if all(500 <= refusal.code < 600 for refusal in error.recipients):
            raise PermanentFailure(str(error)) from error
        raise
    except aiosmtplib.SMTPResponseException as error:
        if 500 <= error.code < 600:
            raise PermanentFailure(f"{error.code} {error.message}") from error
        raise
