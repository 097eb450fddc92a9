"""What the organiser sees of the mail: the outbox with each message's state, and any one
message rendered as it is (or would be) sent — the demo's mail when no SMTP server is set.
No HTTP here."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from email.message import EmailMessage

import asyncpg
import msgspec

from matchmaker.errors import NotFound
from matchmaker.mail import outbox
from matchmaker.mail.outbox import Claimed

Renderer = Callable[[asyncpg.Connection, Claimed], Awaitable[EmailMessage | None]]
MAX_LISTED = 500


class OutboxItem(msgspec.Struct, frozen=True, kw_only=True):
    id: int
    attendee_id: int
    name: str
    email: str
    kind: str
    status: str
    """pending (not sent yet, or kept: no SMTP server is set), sent or failed"""
    attempts: int
    last_error: str
    created_at: datetime
    sent_at: datetime | None


class Outbox(msgspec.Struct, frozen=True, kw_only=True):
    sending: bool
    """Whether this service sends mail (MATCHMAKER_SMTP_URL is set); otherwise messages are
    kept for this preview."""
    items: list[OutboxItem]


class Attachment(msgspec.Struct, frozen=True, kw_only=True):
    filename: str
    content_type: str
    content: str


class MailPreview(msgspec.Struct, frozen=True, kw_only=True):
    id: int
    status: str
    headers: dict[str, str]
    text: str
    html: str
    attachments: list[Attachment]


async def outbox_of(conn: asyncpg.Connection, event_id: int, *, sending: bool) -> Outbox:
    rows = await outbox.recent_messages(conn, event_id, MAX_LISTED)
    return Outbox(
        sending=sending,
        items=[
            OutboxItem(
                id=row["id"],
                attendee_id=row["attendee_id"],
                name=row["name"],
                email=row["email"],
                kind=row["kind"],
                status=row["status"],
                attempts=row["attempts"],
                last_error=row["last_error"],
                created_at=row["created_at"],
                sent_at=row["sent_at"],
            )
            for row in rows
        ],
    )


async def preview(
    conn: asyncpg.Connection, event_id: int, message_id: int, render: Renderer
) -> MailPreview:
    """The message rendered now, as the sender would send it."""
    row = await outbox.message_row(conn, event_id, message_id)
    claimed = None
    if row is not None:
        claimed = Claimed(
            id=row["id"],
            event_id=row["event_id"],
            attendee_id=row["attendee_id"],
            kind=row["kind"],
            category=row["category"],
            payload=dict(row["payload"]),
            message_uuid=str(row["message_uuid"]),
            attempts=row["attempts"],
        )
    message = None if claimed is None else await render(conn, claimed)
    if row is None or message is None:
        raise NotFound(f"no message {message_id} to show in this event", field="id")
    text = message.get_body(preferencelist=("plain",))
    html = message.get_body(preferencelist=("html",))
    attachments = [
        Attachment(
            filename=part.get_filename() or "",
            content_type=part.get_content_type(),
            content=str(part.get_content()),
        )
        for part in message.iter_attachments()
    ]
    return MailPreview(
        id=message_id,
        status=row["status"],
        headers={key: str(value) for key, value in message.items()},
        text="" if text is None else str(text.get_content()),
        html="" if html is None else str(html.get_content()),
        attachments=attachments,
    )
