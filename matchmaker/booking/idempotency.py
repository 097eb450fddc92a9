"""Idempotency keys for booking: a retried POST with the same key gets the first answer.

Retries of one booking lock the same request row, so they run one after another: the first
books and stores its answer with the key in the same transaction; each later one finds that
answer (read after the lock, so it is current) and replays it. A booking that fails rolls
back and stores nothing, so a failed attempt may be retried with the same key. The same key
with a different body is refused with 422."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any

import msgspec

from matchmaker.booking.schemas import MeetingOut
from matchmaker.errors import InvalidInput

HEADER = "Idempotency-Key"
MAX_KEY_LENGTH = 200
# Printable ASCII (a UUID, say): what any client sends, and what the document can state.
KEY_PATTERN = r"^[\x21-\x7e]+$"


def check_key(key: str) -> None:
    """Refuse keys that could not have come from a sensible client."""
    if not 1 <= len(key) <= MAX_KEY_LENGTH or re.match(KEY_PATTERN, key) is None:
        raise InvalidInput(
            f"{HEADER} must be 1 to {MAX_KEY_LENGTH} printable ASCII characters", field=HEADER
        )


def fingerprint(event_id: int, payload: msgspec.Struct) -> bytes:
    """What the key promises to stand for: this body, in this event."""
    return hashlib.sha256(str(event_id).encode() + b"\0" + msgspec.json.encode(payload)).digest()


def _reused(key: str) -> InvalidInput:
    return InvalidInput(
        f"this {HEADER} ({key}) was used with a different request body; use a new key",
        field=HEADER,
    )


@dataclass(frozen=True, slots=True)
class KeyedAnswer:
    """Whose key, which key, for which body: what the booking stores its answer under."""

    attendee_id: int
    key: str
    request_hash: bytes

    def reused(self) -> InvalidInput:
        """A concurrent booking of another request stored this key first."""
        return _reused(self.key)


def replay(stored: Any, key: str, request_hash: bytes) -> MeetingOut | None:
    """The first answer given under this key, or None when the key is new.
    ``stored`` carries ``stored_hash`` and ``stored_body`` (None when there is none)."""
    if stored["stored_hash"] is None:
        return None
    if bytes(stored["stored_hash"]) != request_hash:
        raise _reused(key)
    return msgspec.convert(stored["stored_body"], MeetingOut)
