"""An attendee's calendar subscription: a secret address a calendar polls for the agenda.

The address carries the attendee's id and a MAC of it (with the address's generation) under
the app secret, so nothing secret is stored and showing the address again needs no write.
Resetting it — after a leak — bumps the generation and the old address stops working."""

from __future__ import annotations

import base64
import hmac

import asyncpg

from matchmaker.web.app_secret import derived_key

PURPOSE = "calendar-feed"


def _mac(secret: str, attendee_id: int, generation: int) -> str:
    digest = hmac.new(
        derived_key(secret, PURPOSE), f"{attendee_id}:{generation}".encode(), "sha256"
    ).digest()
    return base64.urlsafe_b64encode(digest[:20]).decode().rstrip("=")


async def _generation(conn: asyncpg.Connection, attendee_id: int) -> int:
    value = await conn.fetchval(
        "select generation from calendar_feeds where attendee_id = $1", attendee_id
    )
    return int(value or 0)


async def feed_token(conn: asyncpg.Connection, secret: str, attendee_id: int) -> str:
    """The secret part of the attendee's feed address (reading only)."""
    generation = await _generation(conn, attendee_id)
    return f"{attendee_id}-{_mac(secret, attendee_id, generation)}"


async def attendee_of_feed(conn: asyncpg.Connection, secret: str, token: str) -> int | None:
    """The attendee whose current feed address this is, or None."""
    id_part, _, mac = token.partition("-")
    if not id_part.isdigit() or len(id_part) > 18 or not mac:
        return None
    attendee_id = int(id_part)
    expected = _mac(secret, attendee_id, await _generation(conn, attendee_id))
    return attendee_id if hmac.compare_digest(expected, mac) else None


async def reset_feed(conn: asyncpg.Connection, secret: str, attendee_id: int) -> str:
    """A new address for the attendee's feed; the previous one stops working."""
    await conn.execute(
        """
        insert into calendar_feeds (attendee_id, generation) values ($1, 1)
        on conflict (attendee_id) do update
            set generation = calendar_feeds.generation + 1, reset_at = now()
        """,
        attendee_id,
    )
    return await feed_token(conn, secret, attendee_id)
