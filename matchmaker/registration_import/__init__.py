"""Importing attendees from the exports of real registration systems (Indico, pretix,
Eventbrite, Google Forms): read whatever bytes and delimiter they use, map their columns to
ours, then hand the rows to the attendee import so every rule is checked in one place."""
