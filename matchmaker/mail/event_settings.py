"""The organiser's mail settings per event: which kinds of message go out and when the
reminders do. No HTTP here."""

from __future__ import annotations

from typing import Annotated, Literal

import asyncpg
import msgspec
from msgspec import Meta

MailKind = Literal[
    "invitation",
    "request_received",
    "request_accepted",
    "request_declined",
    "request_withdrawn",
    "request_expired",
    "request_reminder",
    "meeting_booked",
    "meeting_cancelled",
    "meeting_reminder",
]
"""What the organiser may switch off (a sign-in link asked for is always sent)."""


class MailSettings(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    disabled_kinds: list[MailKind] = msgspec.field(default_factory=list)
    """Kinds of message not sent for this event."""
    meeting_reminder_minutes: Annotated[int, Meta(ge=1, le=10080)] = 15
    """How long before each meeting its participants are reminded (with the table)."""
    request_reminder_hours: Annotated[int, Meta(ge=1, le=720)] = 24
    """How long a request may wait unanswered before its recipient is reminded."""


async def mail_settings(conn: asyncpg.Connection, event_id: int) -> MailSettings:
    row = await conn.fetchrow(
        """
        select disabled_kinds, meeting_reminder_minutes, request_reminder_hours
        from event_mail_settings where event_id = $1
        """,
        event_id,
    )
    if row is None:
        return MailSettings()
    return MailSettings(
        disabled_kinds=list(row["disabled_kinds"]),
        meeting_reminder_minutes=row["meeting_reminder_minutes"],
        request_reminder_hours=row["request_reminder_hours"],
    )


async def save_mail_settings(
    conn: asyncpg.Connection, event_id: int, settings: MailSettings
) -> MailSettings:
    await conn.execute(
        """
        insert into event_mail_settings (
            event_id, disabled_kinds, meeting_reminder_minutes, request_reminder_hours)
        values ($1, $2, $3, $4)
        on conflict (event_id) do update
            set disabled_kinds = excluded.disabled_kinds,
                meeting_reminder_minutes = excluded.meeting_reminder_minutes,
                request_reminder_hours = excluded.request_reminder_hours,
                updated_at = now()
        """,
        event_id,
        sorted(set(settings.disabled_kinds)),
        settings.meeting_reminder_minutes,
        settings.request_reminder_hours,
    )
    return await mail_settings(conn, event_id)
