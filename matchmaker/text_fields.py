"""Free text as the API takes it: any character but NUL, which PostgreSQL cannot store in
a text column. Stated as a pattern, so the document says it and the edge refuses it (400)
instead of the database (a 422 for a request the document allowed)."""

from __future__ import annotations

from typing import Annotated

from msgspec import Meta

NO_NUL = r"^[^\x00]*$"


def free_text(max_length: int, *, min_length: int = 0) -> Meta:
    """The constraints of a free-text field of at most ``max_length`` characters."""
    return Meta(min_length=min_length, max_length=max_length, pattern=NO_NUL)


Name = Annotated[str, free_text(200, min_length=1)]
ShortText = Annotated[str, free_text(200)]
LongText = Annotated[str, free_text(2000)]
