"""SQL for organiser accounts."""

from __future__ import annotations

from typing import Any

import asyncpg

from matchmaker.team.models import OrganiserAccount

_COLUMNS = "id, event_id, name, email, role, token_holder, created_at"


def _account(row: Any) -> OrganiserAccount:
    return OrganiserAccount(
        id=row["id"],
        event_id=row["event_id"],
        name=row["name"],
        email=row["email"],
        role=row["role"],
        token_holder=row["token_holder"],
        created_at=row["created_at"],
    )


async def token_holder(conn: asyncpg.Connection, event_id: int, name: str) -> OrganiserAccount:
    """The event's token holder account, made on first use (concurrent first uses agree)."""
    row = await conn.fetchrow(
        f"""
        insert into organiser_accounts (event_id, name, role, token_holder)
        values ($1, $2, 'owner', true)
        on conflict (event_id) where token_holder do update set name = organiser_accounts.name
        returning {_COLUMNS}
        """,  # noqa: S608 - the column list is a constant
        event_id,
        name,
    )
    return _account(row)


async def account_by_id(
    conn: asyncpg.Connection, event_id: int, account_id: int
) -> OrganiserAccount | None:
    row = await conn.fetchrow(
        f"select {_COLUMNS} from organiser_accounts where event_id = $1 and id = $2",  # noqa: S608
        event_id,
        account_id,
    )
    return None if row is None else _account(row)


async def accounts(conn: asyncpg.Connection, event_id: int) -> list[OrganiserAccount]:
    """The team: owners first, then by name."""
    rows = await conn.fetch(
        f"""
        select {_COLUMNS} from organiser_accounts where event_id = $1
        order by role = 'staff', lower(name), id
        """,  # noqa: S608
        event_id,
    )
    return [_account(row) for row in rows]


async def insert_account(
    conn: asyncpg.Connection, event_id: int, name: str, email: str, role: str
) -> OrganiserAccount | None:
    """A new account; None when the e-mail address is already in the team."""
    row = await conn.fetchrow(
        f"""
        insert into organiser_accounts (event_id, name, email, role)
        values ($1, $2, $3, $4)
        on conflict (event_id, lower(email)) where email <> '' do nothing
        returning {_COLUMNS}
        """,  # noqa: S608
        event_id,
        name,
        email,
        role,
    )
    return None if row is None else _account(row)


async def update_role(
    conn: asyncpg.Connection, event_id: int, account_id: int, role: str
) -> OrganiserAccount | None:
    row = await conn.fetchrow(
        f"""
        update organiser_accounts set role = $3, updated_at = now()
        where event_id = $1 and id = $2
        returning {_COLUMNS}
        """,  # noqa: S608
        event_id,
        account_id,
        role,
    )
    return None if row is None else _account(row)


async def delete_account(conn: asyncpg.Connection, event_id: int, account_id: int) -> bool:
    deleted: str = await conn.execute(
        "delete from organiser_accounts where event_id = $1 and id = $2", event_id, account_id
    )
    return deleted.endswith(" 1")


async def lock_team(conn: asyncpg.Connection, event_id: int) -> None:
    """Serialise changes of one event's roles, so two owners demoting each other at once
    cannot leave the team without an owner."""
    await conn.execute("select id from organiser_accounts where event_id = $1 for update", event_id)


async def count_owners(conn: asyncpg.Connection, event_id: int) -> int:
    count: int = await conn.fetchval(
        "select count(*) from organiser_accounts where event_id = $1 and role = 'owner'",
        event_id,
    )
    return count
