"""Quotes in reasons: the person's own words, shortened at a word boundary."""

from __future__ import annotations

QUOTE_LENGTH = 70


def trim(text: str, limit: int = QUOTE_LENGTH) -> str:
    """Shorten at a word boundary with an ellipsis, dropping trailing punctuation; the
    casing is the writer's own."""
    text = " ".join(text.split()).rstrip(" .;:,")
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(" .;:,")
    return cut + "…"
