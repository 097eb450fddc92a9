"""Attendee records as the rest of the code sees them."""

from __future__ import annotations

from datetime import datetime

import msgspec


class AttendeeProfile(msgspec.Struct, frozen=True, kw_only=True):
    """One attendee as stored, private fields included; views decide what to show."""

    id: int
    event_id: int
    email: str
    name: str
    role: str
    organisation: str
    organisation_type: str
    city: str
    country: str
    languages: list[str]
    topics: list[str]
    seeking: str
    offering: str
    bio: str
    consent: bool
    hidden_fields: list[str]
    created_at: datetime
    updated_at: datetime
