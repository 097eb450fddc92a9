"""Ids as the API takes them: positive integers up to 2**53 - 1, the largest every JSON client
holds exactly (I-JSON, RFC 7493) and far beyond any PostgreSQL identity this service will
reach. A larger number is refused at the edge (400) instead of reaching the database.

A page cursor is the id of the last item of the previous page, as ASCII digits."""

from __future__ import annotations

import re
from typing import Annotated

from msgspec import Meta

from matchmaker.errors import InvalidInput

MAX_ID = 2**53 - 1
Id = Annotated[int, Meta(ge=1, le=MAX_ID)]

# "(?!\n)$": Python's "$" alone also matches before a final newline.
CURSOR_PATTERN = r"^[0-9]{1,15}(?!\n)$"


def parse_cursor(cursor: str | None, *, first: int) -> int:
    """The id a page starts from: ``first`` without a cursor; 422 for one we never issued."""
    if not cursor:
        return first
    if re.match(CURSOR_PATTERN, cursor) is None:
        raise InvalidInput("cursor is not one this API returned", field="cursor")
    return int(cursor)
