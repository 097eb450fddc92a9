"""Which failures mean "the database cannot serve now" (503, retry) and which are faults."""

from __future__ import annotations

import asyncpg
import pytest

from matchmaker.db import is_unavailable


@pytest.mark.parametrize(
    "error",
    [
        ConnectionRefusedError(111, "refused"),
        ConnectionResetError(104, "reset"),
        TimeoutError(),
        asyncpg.exceptions.ConnectionDoesNotExistError("closed in the middle of operation"),
        asyncpg.exceptions.AdminShutdownError("terminating connection"),
        asyncpg.exceptions.CannotConnectNowError("the database system is starting up"),
        asyncpg.exceptions.TooManyConnectionsError("too many clients"),
        asyncpg.exceptions.TargetServerAttributeNotMatched("none is read-write"),
        asyncpg.exceptions.InternalClientError("cannot switch to state 15"),
        asyncpg.InterfaceError("cannot call Connection.fetch(): connection is closed"),
    ],
)
def test_outages_are_unavailable(error: BaseException) -> None:
    assert is_unavailable(error)


@pytest.mark.parametrize(
    "error",
    [
        asyncpg.exceptions.UniqueViolationError("duplicate key"),
        asyncpg.exceptions.UndefinedTableError("no such table"),
        asyncpg.InterfaceError("another operation is in progress"),
        ValueError("bad"),
    ],
)
def test_faults_are_not(error: BaseException) -> None:
    assert not is_unavailable(error)
