"""An attendee's mail preferences: the language messages are written in and the categories
switched off, and the unsubscribe address every non-essential message carries. That
address is a MAC of the attendee and category under the app secret, so one click (a mail
client's one-click POST, RFC 8058) switches the category off without signing in, and nothing
secret is stored. No HTTP here."""

from __future__ import annotations

import base64
import hmac
from dataclasses import dataclass

import asyncpg

from matchmaker.mail.notify import CATEGORIES
from matchmaker.web.app_secret import derived_key

PURPOSE = "mail-unsubscribe"
LANGUAGES = ("en", "fr")


@dataclass(frozen=True)
class MailPreferences:
    language: str
    switched_off: frozenset[str]

    def receives(self, category: str) -> bool:
        return category not in self.switched_off


async def preferences_of(conn: asyncpg.Connection, attendee_id: int) -> MailPreferences:
    row = await conn.fetchrow(
        "select language, switched_off from mail_preferences where attendee_id = $1",
        attendee_id,
    )
    if row is None:
        return MailPreferences(language="en", switched_off=frozenset())
    return MailPreferences(language=row["language"], switched_off=frozenset(row["switched_off"]))


async def save_preferences(
    conn: asyncpg.Connection, attendee_id: int, language: str, receives: set[str]
) -> MailPreferences:
    """Store the language (an unknown one keeps English) and which categories are on."""
    language = language if language in LANGUAGES else "en"
    off = sorted(set(CATEGORIES) - receives)
    await conn.execute(
        """
        insert into mail_preferences (attendee_id, language, switched_off) values ($1, $2, $3)
        on conflict (attendee_id) do update
            set language = excluded.language, switched_off = excluded.switched_off,
                updated_at = now()
        """,
        attendee_id,
        language,
        off,
    )
    return MailPreferences(language=language, switched_off=frozenset(off))


async def set_language(conn: asyncpg.Connection, attendee_id: int, language: str) -> None:
    """The language chosen in the app becomes the language of this person's mail."""
    if language not in LANGUAGES:
        return
    await conn.execute(
        """
        insert into mail_preferences (attendee_id, language)
        select id, $2 from attendees where id = $1
        on conflict (attendee_id) do update set language = excluded.language, updated_at = now()
        """,
        attendee_id,
        language,
    )


async def switch_off(
    conn: asyncpg.Connection, event_id: int, attendee_id: int, category: str
) -> bool:
    """Switch a category off for an attendee of the event; False when there is no such
    attendee (any more)."""
    done: str = await conn.execute(
        """
        insert into mail_preferences (attendee_id, switched_off)
        select id, array[$2::text] from attendees where id = $1 and event_id = $3
        on conflict (attendee_id) do update
            set switched_off = array(
                    select distinct c from unnest(mail_preferences.switched_off || $2::text) c
                    order by c),
                updated_at = now()
        """,
        attendee_id,
        category,
        event_id,
    )
    return done.endswith(" 1")


def _mac(secret: str, attendee_id: int, category: str) -> str:
    digest = hmac.new(
        derived_key(secret, PURPOSE), f"{attendee_id}:{category}".encode(), "sha256"
    ).digest()
    return base64.urlsafe_b64encode(digest[:20]).decode().rstrip("=")


def unsubscribe_token(secret: str, attendee_id: int, category: str) -> str:
    """``{attendee}-{category}-{mac}``: the secret part of an unsubscribe address."""
    return f"{attendee_id}-{category}-{_mac(secret, attendee_id, category)}"


def read_unsubscribe_token(secret: str, token: str) -> tuple[int, str] | None:
    """The attendee and category an unsubscribe address is for, or None if forged."""
    parts = token.split("-", 2)
    if len(parts) != 3 or not parts[0].isdigit() or len(parts[0]) > 18:
        return None
    attendee_id, category, mac = int(parts[0]), parts[1], parts[2]
    if category not in CATEGORIES:
        return None
    expected = _mac(secret, attendee_id, category)
    return (attendee_id, category) if hmac.compare_digest(expected, mac) else None
