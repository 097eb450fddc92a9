"""Signing in without a password: a personal link, or its short code typed by hand.

Issuing a link is what invitation and reminder mail do (``issue_link``); the attendee app's
sign-in pages look a link up without changing anything (``preview_link``) and open a session
only when its button is pressed (``redeem_link``), because corporate mail scanners open every
link before the person does. Organiser accounts sign in to the console the same way: each
function takes the holder's ``kind`` (``"attendee"`` unless said otherwise). No HTTP here."""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from datetime import datetime

import asyncpg

from matchmaker.errors import Unauthenticated
from matchmaker.signin import repository
from matchmaker.signin.codes import code_hash, new_code, normalise_code
from matchmaker.signin.repository import HolderKind
from matchmaker.tokens import hash_token, new_token

# After this many wrong codes for one person, their codes stop working (links still do).
MAX_FAILED_CODES = 5


# Where each kind's link leads, under /e/{event}.
_LINK_PATHS = {"attendee": "/signin/", "organiser": "/console/signin/"}


@dataclass(frozen=True)
class Principal:
    """Who a browser session acts as: an attendee, or an organiser account (``kind``
    ``"organiser"``, with the ``role`` it had when it signed in — pages read the current
    role from the account, this one is a record of the session)."""

    kind: str
    id: int
    event_id: int
    role: str = ""


@dataclass(frozen=True)
class IssuedLink:
    """A new link's secrets, shown once (only their hashes are stored)."""

    token: str
    code: str
    expires_at: datetime
    kind: HolderKind = "attendee"

    def path(self, event_slug: str) -> str:
        """The link's path (the attendee app's or the console's); prefix it with the public
        base URL."""
        return f"/e/{event_slug}{_LINK_PATHS[self.kind]}{self.token}"


@dataclass(frozen=True)
class LinkPreview:
    """What the sign-in page shows before anything happens: whose link, still valid?"""

    holder_id: int
    name: str
    valid: bool


class SignInRefused(Unauthenticated):
    """The link or code does not open a session (unknown, expired, or too many tries)."""


async def issue_link(
    conn: asyncpg.Connection,
    event_id: int,
    holder_id: int,
    valid_days: int,
    kind: HolderKind = "attendee",
) -> IssuedLink:
    """A new personal link and code for an attendee (or an organiser account). Earlier links
    stay valid until they expire (a person may have opened the invitation on two devices)."""
    token = new_token()
    code = new_code()
    expires_at = await repository.insert_link(
        conn,
        event_id,
        holder_id,
        hash_token(token),
        code_hash(holder_id, code, kind),
        valid_days,
        kind,
    )
    return IssuedLink(token=token, code=code, expires_at=expires_at, kind=kind)


async def preview_link(
    conn: asyncpg.Connection, event_id: int, token: str, kind: HolderKind = "attendee"
) -> LinkPreview | None:
    """The link's holder and validity, changing nothing; None when unknown."""
    row = await repository.link_by_token_hash(conn, event_id, hash_token(token), kind)
    if row is None:
        return None
    return LinkPreview(holder_id=row["holder_id"], name=row["name"], valid=row["valid"])


async def redeem_link(
    conn: asyncpg.Connection, event_id: int, token: str, kind: HolderKind = "attendee"
) -> Principal:
    """Sign in with a link: the holder it was issued to, or SignInRefused."""
    row = await repository.link_by_token_hash(conn, event_id, hash_token(token), kind)
    if row is None:
        raise SignInRefused("this sign-in link is not valid", field="token")
    if not row["valid"]:
        raise SignInRefused("this sign-in link has expired", field="token")
    await repository.mark_used(conn, row["id"])
    return Principal(kind=kind, id=row["holder_id"], event_id=event_id)


async def redeem_code(
    conn: asyncpg.Connection,
    event_id: int,
    email: str,
    code: str,
    kind: HolderKind = "attendee",
) -> Principal | None:
    """Sign in with an e-mail address and the code of one of its unexpired links; None when
    they do not match. Wrong codes are counted (so the caller must commit, not roll back),
    and past a few the person's codes stop working: 40 bits cannot be tried one by one."""
    links = await repository.codes_for_email(conn, event_id, email.strip(), kind)
    usable = [link for link in links if link["failed_codes"] < MAX_FAILED_CODES]
    if not usable:
        return None
    typed = normalise_code(code)
    for link in usable:
        expected = bytes(link["code_hash"])
        if hmac.compare_digest(expected, code_hash(link["holder_id"], typed, kind)):
            await repository.mark_used(conn, link["id"])
            return Principal(kind=kind, id=link["holder_id"], event_id=event_id)
    await repository.count_failed_code(conn, [link["id"] for link in usable])
    return None


async def forget_expired_links(conn: asyncpg.Connection) -> None:
    """Expired links open nothing; drop them."""
    await repository.delete_expired(conn)
