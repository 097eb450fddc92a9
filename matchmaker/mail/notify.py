"""The messages the product's changes cause, written to the outbox in the caller's
transaction: a change that rolls back mails nothing. Only ids go in; the text is written
when the message is sent, in the recipient's language then. No HTTP here.

Categories are what a person can switch off on their Me page: ``requests`` (requests for
them and reminders to answer), ``answers`` (what became of their requests), ``meetings``
(calendar invitations and cancellations) and ``reminders`` (before each meeting)."""

from __future__ import annotations

from collections.abc import Iterable

import asyncpg

from matchmaker.mail.outbox import ESSENTIAL, enqueue

REQUESTS = "requests"
ANSWERS = "answers"
MEETINGS = "meetings"
REMINDERS = "reminders"
CATEGORIES = (REQUESTS, ANSWERS, MEETINGS, REMINDERS)

KINDS = (
    "invitation",
    "signin_link",
    "request_received",
    "request_accepted",
    "request_declined",
    "request_withdrawn",
    "request_expired",
    "request_reminder",
    "meeting_booked",
    "meeting_cancelled",
    "meeting_reminder",
)
"""Every kind of message; the organiser may switch any of them off for an event."""


async def invitation(conn: asyncpg.Connection, attendee_id: int, token: str, code: str) -> None:
    """The organiser's invitation, with a fresh personal sign-in link and its code."""
    await enqueue(conn, attendee_id, "invitation", ESSENTIAL, {"token": token, "code": code})


async def signin_link(conn: asyncpg.Connection, attendee_id: int, token: str, code: str) -> None:
    """A sign-in link the attendee asked for on the sign-in page."""
    await enqueue(conn, attendee_id, "signin_link", ESSENTIAL, {"token": token, "code": code})


async def request_sent(conn: asyncpg.Connection, request_id: int, to_id: int) -> None:
    await enqueue(conn, to_id, "request_received", REQUESTS, {"request_id": request_id})


async def request_accepted(
    conn: asyncpg.Connection, request_id: int, from_id: int, to_id: int, meeting_id: int | None
) -> None:
    """The sender hears; when a time was chosen with the acceptance, their message carries
    the calendar invitation and the recipient gets theirs."""
    if meeting_id is None:
        await enqueue(conn, from_id, "request_accepted", ANSWERS, {"request_id": request_id})
        return
    payload = {"request_id": request_id, "meeting_id": meeting_id}
    await enqueue(conn, from_id, "request_accepted", MEETINGS, payload)
    await meeting_booked(conn, meeting_id, [to_id])


async def request_declined(conn: asyncpg.Connection, request_id: int, from_id: int) -> None:
    await enqueue(conn, from_id, "request_declined", ANSWERS, {"request_id": request_id})


async def request_withdrawn(conn: asyncpg.Connection, request_id: int, to_id: int) -> None:
    await enqueue(conn, to_id, "request_withdrawn", ANSWERS, {"request_id": request_id})


async def meeting_booked(
    conn: asyncpg.Connection, meeting_id: int, participants: Iterable[int]
) -> None:
    """A calendar invitation (METHOD:REQUEST) for each participant."""
    for attendee_id in participants:
        await enqueue(conn, attendee_id, "meeting_booked", MEETINGS, {"meeting_id": meeting_id})


async def meeting_cancelled(
    conn: asyncpg.Connection, meeting_id: int, participants: Iterable[int], by: int | None
) -> None:
    """The calendar cancellation (METHOD:CANCEL) for everyone but who cancelled."""
    for attendee_id in participants:
        if attendee_id != by:
            await enqueue(
                conn,
                attendee_id,
                "meeting_cancelled",
                MEETINGS,
                {"meeting_id": meeting_id, "by": by},
            )
