"""Calling a service from a page handler that explains refusals itself."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

import asyncpg

from matchmaker.errors import MatchmakerError

T = TypeVar("T")


async def attempt(
    conn: asyncpg.Connection, action: Callable[[], Awaitable[T]]
) -> T | MatchmakerError:
    """Run ``action`` in a savepoint. A refusal undoes exactly what the action wrote (an
    acceptance whose booking failed stays pending, as through the API) and is returned, so
    the page can say why while the request's transaction goes on."""
    try:
        async with conn.transaction():
            return await action()
    except MatchmakerError as error:
        return error
