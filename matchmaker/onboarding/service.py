"""Onboarding: the few steps a new attendee goes through once — consent, profile, topics,
what they seek and offer, availability — asking only what the registration import did not
already answer. No HTTP here."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

import asyncpg

from matchmaker.attendees.models import AttendeeProfile
from matchmaker.onboarding import repository

Step = Literal["consent", "profile", "topics", "needs", "availability"]
STEPS: tuple[Step, ...] = get_args(Step)
PROFILE_FIELDS = ("role", "organisation", "city", "country", "languages", "bio")


@dataclass(frozen=True)
class Onboarding:
    """Where an attendee stands: the steps still to show, in order."""

    pending: tuple[Step, ...]
    completed: bool
    done: tuple[Step, ...] = ()

    @property
    def needed(self) -> bool:
        return not self.completed and bool(self.pending)


def missing_profile_fields(profile: AttendeeProfile) -> list[str]:
    """Profile fields left empty by the import, the only ones the profile step asks."""
    return [name for name in PROFILE_FIELDS if not getattr(profile, name)]


def _asks_something(step: Step, profile: AttendeeProfile, has_slots: bool) -> bool:
    if step == "consent":
        return not profile.consent
    if step == "profile":
        return bool(missing_profile_fields(profile))
    if step == "topics":
        return not profile.topics
    if step == "needs":
        return not (profile.seeking and profile.offering)
    return has_slots  # availability: never imported, asked once when there are slots


async def onboarding_of(
    conn: asyncpg.Connection, event_id: int, profile: AttendeeProfile
) -> Onboarding:
    """The steps still to show this attendee (none once onboarding was completed)."""
    row = await repository.progress(conn, profile.id)
    done = tuple(s for s in STEPS if row is not None and s in row["steps_done"])
    if row is not None and row["completed_at"] is not None:
        return Onboarding(pending=(), completed=True, done=done)
    has_slots = await repository.event_has_slots(conn, event_id)
    pending = tuple(
        step for step in STEPS if step not in done and _asks_something(step, profile, has_slots)
    )
    return Onboarding(pending=pending, completed=False, done=done)


async def finish_step(
    conn: asyncpg.Connection, event_id: int, profile: AttendeeProfile, step: Step
) -> Onboarding:
    """Record ``step`` as done (``profile`` as it is after the step's changes); onboarding
    is complete when nothing is left to ask."""
    before = await onboarding_of(conn, event_id, profile)
    remaining = tuple(s for s in before.pending if s != step)
    await repository.mark_step(conn, profile.id, step, complete=not remaining)
    done = tuple(s for s in STEPS if s in before.done or s == step)
    return Onboarding(pending=remaining, completed=not remaining, done=done)
