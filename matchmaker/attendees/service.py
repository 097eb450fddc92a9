"""Attendee rules: creation with a token shown once, own-profile edits, erasure, export,
and the CSV import."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import asyncpg
import msgspec

from matchmaker.attendees import repository
from matchmaker.attendees.csv_import import parse_attendee_csv
from matchmaker.attendees.models import AttendeeProfile
from matchmaker.attendees.schemas import (
    AttendeeCreate,
    AttendeeOwn,
    AttendeePage,
    AttendeePatch,
    AttendeePublic,
    ImportedToken,
    ImportReport,
    RowError,
)
from matchmaker.attendees.validation import check_profile_values
from matchmaker.errors import Conflict, Forbidden, InvalidInput, NotFound, Unauthenticated
from matchmaker.events.models import Event
from matchmaker.ids import parse_cursor
from matchmaker.tokens import hash_token, new_token

MAX_PAGE = 500


def _topic_slugs(event: Event) -> set[str]:
    return {topic.slug for topic in event.topics}


def _values(attendee: AttendeeCreate) -> dict[str, Any]:
    values: dict[str, Any] = msgspec.to_builtins(attendee)
    values["email"] = attendee.email.lower()
    return values


async def create_attendee(
    conn: asyncpg.Connection, event: Event, attendee: AttendeeCreate
) -> tuple[AttendeeProfile, str]:
    """Create an attendee; returns the profile and its token (the only time it is shown)."""
    values = _values(attendee)
    check_profile_values(values, _topic_slugs(event), event.organisation_type_slugs())
    token = new_token()
    try:
        async with conn.transaction():
            profile = await repository.insert_attendee(conn, event.id, values, hash_token(token))
    except asyncpg.UniqueViolationError as error:
        raise Conflict(
            f"an attendee with e-mail {attendee.email!r} exists in this event", field="email"
        ) from error
    return profile, token


def required_token_hash(token: str | None) -> bytes:
    """The stored form of the caller's bearer token; 401 when there is none."""
    if token is None:
        raise Unauthenticated("an attendee bearer token is required", field="Authorization")
    return hash_token(token)


def check_token_holder(holder_event_id: int | None, event: Event) -> None:
    """401 when no attendee holds the token (None), 403 when one of another event does."""
    if holder_event_id is None:
        raise Unauthenticated("the bearer token is not valid", field="Authorization")
    if holder_event_id != event.id:
        raise Forbidden("this token belongs to another event", field="Authorization")


async def attendee_for_token(
    conn: asyncpg.Connection, event: Event, token: str | None
) -> AttendeeProfile:
    """The attendee a bearer token belongs to: 401 unknown, 403 for another event."""
    profile = await repository.attendee_by_token_hash(conn, required_token_hash(token))
    check_token_holder(None if profile is None else profile.event_id, event)
    assert profile is not None
    return profile


async def update_own_profile(
    conn: asyncpg.Connection, event: Event, me: AttendeeProfile, patch: AttendeePatch
) -> AttendeeProfile:
    changes = patch.changes()
    if not changes:
        return me
    if "email" in changes:
        changes["email"] = str(changes["email"]).lower()
    check_profile_values(changes, _topic_slugs(event), event.organisation_type_slugs())
    try:
        async with conn.transaction():
            return await repository.update_attendee(conn, me.id, changes)
    except asyncpg.UniqueViolationError as error:
        raise Conflict("another attendee uses this e-mail", field="email") from error


async def get_attendee(conn: asyncpg.Connection, event: Event, attendee_id: int) -> AttendeeProfile:
    profile = await repository.attendee_by_id(conn, event.id, attendee_id)
    if profile is None:
        raise NotFound(f"no attendee {attendee_id} in this event", field="id")
    return profile


async def public_profiles(
    conn: asyncpg.Connection, event: Event, attendee_ids: list[int]
) -> dict[int, AttendeePublic]:
    """Other attendees as anyone may see them, by id; the erased are absent."""
    profiles = await repository.attendees_by_ids(conn, event.id, attendee_ids)
    return {profile.id: AttendeePublic.of(profile) for profile in profiles}


async def list_attendees(
    conn: asyncpg.Connection, event: Event, cursor: str | None, limit: int
) -> AttendeePage:
    """A page of attendees in id order; ``next`` is the cursor of the following page."""
    if not 1 <= limit <= MAX_PAGE:
        raise InvalidInput(f"limit must be between 1 and {MAX_PAGE}", field="limit")
    after = parse_cursor(cursor, first=0)
    profiles = await repository.attendee_page(conn, event.id, after, limit + 1)
    more = len(profiles) > limit
    profiles = profiles[:limit]
    return AttendeePage(
        items=[AttendeeOwn.of(p) for p in profiles],
        next=str(profiles[-1].id) if more and profiles else None,
    )


async def erase_attendee(conn: asyncpg.Connection, me: AttendeeProfile) -> None:
    """GDPR erasure: cancel their meetings (freeing partners and tables), then delete the
    attendee and everything that hangs off them."""
    await repository.cancel_meetings_of(conn, me.id)
    await repository.delete_attendee(conn, me.id)


async def export_personal_data(conn: asyncpg.Connection, me: AttendeeProfile) -> dict[str, Any]:
    """Everything stored about the attendee."""
    data = await repository.personal_data(conn, me.id)
    return {"profile": msgspec.to_builtins(AttendeeOwn.of(me)), **msgspec.to_builtins(data)}


async def import_attendees(
    conn: asyncpg.Connection,
    event: Event,
    content: bytes | str,
    *,
    dry_run: bool,
    progress: Callable[[int], object] | None = None,
) -> ImportReport:
    """Import a CSV: valid rows are created or updated by e-mail, each bad row is reported
    with its row number and field and writes nothing. ``dry_run`` writes nothing at all."""
    parsed = parse_attendee_csv(content, _topic_slugs(event), event.organisation_type_slugs())
    created = updated = 0
    tokens: list[ImportedToken] = []
    errors: list[RowError] = list(parsed.errors)
    # Dry runs perform the real writes, so counts and conflicts are exact, then undo them.
    outer = conn.transaction()
    await outer.start()
    try:
        for row in parsed.rows:
            token = new_token()
            try:
                async with conn.transaction():  # a savepoint: one bad row rolls back alone
                    profile, was_created = await repository.upsert_attendee_by_email(
                        conn, event.id, _values(row.attendee), hash_token(token)
                    )
            except asyncpg.PostgresError as error:
                errors.append(RowError(row=row.row, field=None, message=str(error)))
                continue
            if progress is not None:
                progress(1)
            if was_created:
                created += 1
                tokens.append(ImportedToken(email=profile.email, token=token))
            else:
                updated += 1
    except BaseException:
        await outer.rollback()
        raise
    if dry_run:
        await outer.rollback()
        tokens = []  # nothing was stored, so these tokens would open nothing
    else:
        await outer.commit()
    errors.sort(key=lambda e: e.row)
    return ImportReport(
        created=created, updated=updated, errors=errors, tokens=tokens, dry_run=dry_run
    )
