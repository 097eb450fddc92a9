"""Demo data: modelled on the Security, Democracy & Cities conference (Brussels, March 2024),
with its programme dated a few weeks ahead of the day it is seeded."""

from matchmaker.demo.generator import (
    ATTENDEE_FIELDS,
    DEMO_EVENT,
    DEMO_SESSIONS,
    DemoEvent,
    DemoSession,
    generate_attendees,
)

__all__ = [
    "ATTENDEE_FIELDS",
    "DEMO_EVENT",
    "DEMO_SESSIONS",
    "DemoEvent",
    "DemoSession",
    "generate_attendees",
]
