"""An event's team: the organiser token's own owner account, named accounts added by owners,
each with a personal sign-in link and code (the attendees' mechanism), role changes and
removals that never leave the event without an owner. No HTTP here."""

from __future__ import annotations

from typing import Annotated

import asyncpg
import msgspec

from matchmaker.attendees.fields import Email
from matchmaker.errors import Conflict, NotFound
from matchmaker.signin.service import IssuedLink, issue_link
from matchmaker.team import repository
from matchmaker.team.models import OrganiserAccount, Role
from matchmaker.text_fields import free_text

# The token holder's name, as the team list and the audit log show it.
TOKEN_HOLDER_NAME = "Organiser token"  # noqa: S105 - a display name, not a secret


class AccountCreate(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    name: Annotated[str, free_text(200, min_length=1)]
    email: Email
    role: Role = "staff"


async def token_holder_account(conn: asyncpg.Connection, event_id: int) -> OrganiserAccount:
    """The owner account the organiser token signs in as, made on first use."""
    return await repository.token_holder(conn, event_id, TOKEN_HOLDER_NAME)


async def organiser_account(
    conn: asyncpg.Connection, event_id: int, account_id: int
) -> OrganiserAccount | None:
    """The account, or None when it is not (or no longer) in this event's team."""
    return await repository.account_by_id(conn, event_id, account_id)


async def team(conn: asyncpg.Connection, event_id: int) -> list[OrganiserAccount]:
    return await repository.accounts(conn, event_id)


async def add_member(
    conn: asyncpg.Connection, event_id: int, new: AccountCreate, link_days: int
) -> tuple[OrganiserAccount, IssuedLink]:
    """A new named account and its first personal sign-in link; Conflict when the e-mail
    address is already in the team."""
    account = await repository.insert_account(
        conn, event_id, new.name.strip(), new.email.strip(), new.role
    )
    if account is None:
        raise Conflict("this e-mail address is already in the team", field="email")
    return account, await member_link(conn, event_id, account.id, link_days)


async def member_link(
    conn: asyncpg.Connection, event_id: int, account_id: int, link_days: int
) -> IssuedLink:
    """A fresh personal sign-in link and code for a named account."""
    account = await _named_account(conn, event_id, account_id)
    return await issue_link(conn, event_id, account.id, link_days, kind="organiser")


async def change_role(
    conn: asyncpg.Connection, event_id: int, account_id: int, role: Role
) -> OrganiserAccount:
    """Make a named account owner or staff; the last owner cannot step down."""
    await repository.lock_team(conn, event_id)
    account = await _named_account(conn, event_id, account_id)
    if account.role == role:
        return account
    if role != "owner" and account.is_owner and await repository.count_owners(conn, event_id) <= 1:
        raise Conflict("the event must keep at least one owner", field="role")
    changed = await repository.update_role(conn, event_id, account_id, role)
    assert changed is not None  # locked above
    return changed


async def remove_member(conn: asyncpg.Connection, event_id: int, account_id: int) -> None:
    """Remove a named account: its sessions stop working at once and its links with it."""
    await repository.lock_team(conn, event_id)
    account = await _named_account(conn, event_id, account_id)
    if account.is_owner and await repository.count_owners(conn, event_id) <= 1:
        raise Conflict("the event must keep at least one owner", field="role")
    await repository.delete_account(conn, event_id, account_id)


async def _named_account(
    conn: asyncpg.Connection, event_id: int, account_id: int
) -> OrganiserAccount:
    account = await repository.account_by_id(conn, event_id, account_id)
    if account is None:
        raise NotFound("no such organiser account in this event", field="account_id")
    if account.token_holder:
        # The token's account is whoever holds the token: it has no link, and changing its
        # role or removing it would only last until the token is used again.
        raise Conflict("the organiser token's account cannot be changed", field="account_id")
    return account
