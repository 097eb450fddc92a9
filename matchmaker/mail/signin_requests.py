"""A sign-in link asked for on the sign-in page. The answer is the same whether the address
belongs to an attendee or not, and each address gets a few per hour at most (counted by the
address typed, known or not, so the limit reveals nothing either). No HTTP here."""

from __future__ import annotations

import hashlib

import asyncpg

from matchmaker.mail import notify
from matchmaker.signin.service import issue_link


def _email_hash(event_id: int, email: str) -> bytes:
    return hashlib.sha256(f"{event_id}:{email.strip().lower()}".encode()).digest()


async def request_signin_link(
    conn: asyncpg.Connection, event_id: int, email: str, *, valid_days: int, per_hour: int
) -> None:
    """Mail a fresh sign-in link to the attendee with this address, if there is one and
    the address has not asked too often in the last hour."""
    key = _email_hash(event_id, email)
    # Two requests for one address at once are counted one after the other.
    await conn.execute("select pg_advisory_xact_lock(hashtextextended($1::text, 19))", key.hex())
    recent: int = await conn.fetchval(
        """
        select count(*) from signin_link_requests
        where event_id = $1 and email_hash = $2 and requested_at > now() - interval '1 hour'
        """,
        event_id,
        key,
    )
    if recent >= per_hour:
        return
    await conn.execute(
        "insert into signin_link_requests (event_id, email_hash) values ($1, $2)", event_id, key
    )
    attendee_id = await conn.fetchval(
        "select id from attendees where event_id = $1 and lower(email) = lower($2)",
        event_id,
        email.strip(),
    )
    if attendee_id is None:
        return
    issued = await issue_link(conn, event_id, attendee_id, valid_days)
    await notify.signin_link(conn, attendee_id, issued.token, issued.code)


async def forget_old_requests(conn: asyncpg.Connection) -> None:
    """Requests older than the hour they are counted in serve no purpose."""
    await conn.execute(
        "delete from signin_link_requests where requested_at <= now() - interval '1 hour'"
    )
