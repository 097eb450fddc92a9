"""Signing in without a password: a personal link, or its short code typed by hand.

Issuing a link is what invitation and reminder mail do (``issue_link``); the attendee app's
sign-in pages look a link up without changing anything (``preview_link``) and open a session
only when its button is pressed (``redeem_link``), because corporate mail scanners open every
link before the person does. No HTTP here."""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from datetime import datetime

import asyncpg

from matchmaker.errors import Unauthenticated
from matchmaker.signin import repository
from matchmaker.signin.codes import code_hash, new_code, normalise_code
from matchmaker.tokens import hash_token, new_token

# After this many wrong codes for one person, their codes stop working (links still do).
MAX_FAILED_CODES = 5


@dataclass(frozen=True)
class Principal:
    """Who a browser session acts as. ``kind`` is ``"attendee"`` here; the organiser
    console adds its own kind on the same machinery."""

    kind: str
    id: int
    event_id: int


@dataclass(frozen=True)
class IssuedLink:
    """A new link's secrets, shown once (only their hashes are stored)."""

    token: str
    code: str
    expires_at: datetime

    def path(self, event_slug: str) -> str:
        """The link's path on the attendee app; prefix it with the public base URL."""
        return f"/e/{event_slug}/signin/{self.token}"


@dataclass(frozen=True)
class LinkPreview:
    """What the sign-in page shows before anything happens: whose link, still valid?"""

    attendee_id: int
    name: str
    valid: bool


class SignInRefused(Unauthenticated):
    """The link or code does not open a session (unknown, expired, or too many tries)."""


async def issue_link(
    conn: asyncpg.Connection, event_id: int, attendee_id: int, valid_days: int
) -> IssuedLink:
    """A new personal link and code for an attendee. Earlier links stay valid until they
    expire (a person may have opened the invitation on two devices)."""
    token = new_token()
    code = new_code()
    expires_at = await repository.insert_link(
        conn, event_id, attendee_id, hash_token(token), code_hash(attendee_id, code), valid_days
    )
    return IssuedLink(token=token, code=code, expires_at=expires_at)


async def preview_link(conn: asyncpg.Connection, event_id: int, token: str) -> LinkPreview | None:
    """The link's attendee and validity, changing nothing; None when unknown."""
    row = await repository.link_by_token_hash(conn, event_id, hash_token(token))
    if row is None:
        return None
    return LinkPreview(attendee_id=row["attendee_id"], name=row["name"], valid=row["valid"])


async def redeem_link(conn: asyncpg.Connection, event_id: int, token: str) -> Principal:
    """Sign in with a link: the attendee it was issued to, or SignInRefused."""
    row = await repository.link_by_token_hash(conn, event_id, hash_token(token))
    if row is None:
        raise SignInRefused("this sign-in link is not valid", field="token")
    if not row["valid"]:
        raise SignInRefused("this sign-in link has expired", field="token")
    await repository.mark_used(conn, row["id"])
    return Principal(kind="attendee", id=row["attendee_id"], event_id=event_id)


async def redeem_code(
    conn: asyncpg.Connection, event_id: int, email: str, code: str
) -> Principal | None:
    """Sign in with an e-mail address and the code of one of its unexpired links; None when
    they do not match. Wrong codes are counted (so the caller must commit, not roll back),
    and past a few the person's codes stop working: 40 bits cannot be tried one by one."""
    links = await repository.codes_for_email(conn, event_id, email.strip())
    usable = [link for link in links if link["failed_codes"] < MAX_FAILED_CODES]
    if not usable:
        return None
    typed = normalise_code(code)
    for link in usable:
        expected = bytes(link["code_hash"])
        if hmac.compare_digest(expected, code_hash(link["attendee_id"], typed)):
            await repository.mark_used(conn, link["id"])
            return Principal(kind="attendee", id=link["attendee_id"], event_id=event_id)
    await repository.count_failed_code(conn, [link["id"] for link in usable])
    return None


async def forget_expired_links(conn: asyncpg.Connection) -> None:
    """Expired links open nothing; drop them."""
    await repository.delete_expired(conn)
