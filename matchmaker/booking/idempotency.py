"""Idempotency keys for booking: a retried POST with the same key gets the first answer.

The key is claimed with an insert in the booking's own transaction, so a concurrent retry
waits on it and then replays the committed answer; a booking that fails rolls its claim back
with everything else, so a failed attempt may be retried with the same key. Only successful
answers are stored. The same key with a different body is refused with 422."""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable

import asyncpg
import msgspec

from matchmaker.booking import repository
from matchmaker.booking.schemas import MeetingOut
from matchmaker.errors import InvalidInput

HEADER = "Idempotency-Key"
MAX_KEY_LENGTH = 200
CREATED = 201


def _fingerprint(event_id: int, payload: msgspec.Struct) -> bytes:
    return hashlib.sha256(str(event_id).encode() + b"\0" + msgspec.json.encode(payload)).digest()


async def run_once(
    conn: asyncpg.Connection,
    *,
    attendee_id: int,
    event_id: int,
    key: str | None,
    payload: msgspec.Struct,
    book: Callable[[], Awaitable[MeetingOut]],
) -> MeetingOut:
    """Run ``book`` unless this key already has an answer; then replay that answer."""
    if key is None:
        return await book()
    if not 1 <= len(key) <= MAX_KEY_LENGTH or not key.isprintable():
        raise InvalidInput(
            f"{HEADER} must be 1 to {MAX_KEY_LENGTH} printable characters", field=HEADER
        )
    fingerprint = _fingerprint(event_id, payload)
    if await repository.claim_idempotency_key(conn, attendee_id, key, fingerprint):
        meeting = await book()
        body = msgspec.to_builtins(meeting)
        await repository.store_answer(conn, attendee_id, key, CREATED, body)
        return meeting
    stored = await repository.stored_answer(conn, attendee_id, key)
    if bytes(stored["request_hash"]) != fingerprint:
        raise InvalidInput(
            f"this {HEADER} was used with a different request body; use a new key",
            field=HEADER,
        )
    return msgspec.convert(stored["response_body"], MeetingOut)
