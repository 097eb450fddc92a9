"""The demo data generator: deterministic, valid against the profile constraints, varied."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from matchmaker.attendees.fields import ORGANISATION_TYPES
from matchmaker.attendees.iso_codes import COUNTRY_CODES, LANGUAGE_CODES
from matchmaker.demo.generator import (
    ATTENDEE_FIELDS,
    DEMO_EVENT,
    DEMO_SESSIONS,
    LEAD_DAYS,
    first_conference_day,
    generate_attendees,
)
from matchmaker.demo.texts_local import NON_ENGLISH_OPENERS

TOPIC_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@pytest.fixture(scope="module")
def attendees() -> list[dict[str, object]]:
    return generate_attendees()


def test_same_seed_same_data_other_seed_other_data(attendees: list[dict[str, object]]) -> None:
    assert generate_attendees(800, 2024) == attendees
    assert generate_attendees(800, 7) != attendees
    assert generate_attendees(0) == []


def test_eight_hundred_attendees_with_exactly_the_fields(
    attendees: list[dict[str, object]],
) -> None:
    assert len(attendees) == 800
    assert all(tuple(a) == ATTENDEE_FIELDS for a in attendees)


def test_emails_unique_ascii_and_valid(attendees: list[dict[str, object]]) -> None:
    emails = [str(a["email"]) for a in attendees]
    assert len(set(emails)) == len(emails)
    assert all(e.isascii() and EMAIL.match(e) and len(e) <= 254 for e in emails)


def test_about_250_cities_in_17_valid_countries(attendees: list[dict[str, object]]) -> None:
    assert 200 <= len({(a["city"], a["country"]) for a in attendees}) <= 300
    countries = {str(a["country"]) for a in attendees}
    assert len(countries) == 17
    assert countries <= COUNTRY_CODES
    assert all(c.isupper() and len(c) == 2 for c in countries)


def test_topics_valid_and_from_the_event(attendees: list[dict[str, object]]) -> None:
    event_slugs = {slug for slug, _ in DEMO_EVENT.topics}
    assert 18 <= len(event_slugs) <= 25
    assert all(TOPIC_SLUG.match(slug) for slug in event_slugs)
    for a in attendees:
        topics = a["topics"]
        assert isinstance(topics, list)
        assert 2 <= len(topics) <= 5
        assert len(set(topics)) == len(topics)
        assert set(topics) <= event_slugs


def test_text_lengths_languages_types_and_consent(attendees: list[dict[str, object]]) -> None:
    for a in attendees:
        assert 1 <= len(str(a["name"])) <= 200
        for field in ("role", "organisation", "city"):
            assert 0 < len(str(a[field])) <= 200, field
        for field in ("seeking", "offering", "bio"):
            assert 0 < len(str(a[field])) <= 2000, field
        languages = a["languages"]
        assert isinstance(languages, list)
        assert languages
        assert set(languages) <= LANGUAGE_CODES
        assert a["organisation_type"] in ORGANISATION_TYPES
        assert isinstance(a["consent"], bool)
    consenting = sum(bool(a["consent"]) for a in attendees) / len(attendees)
    assert 0.9 <= consenting < 1.0


def test_texts_varied_and_partly_not_english(attendees: list[dict[str, object]]) -> None:
    for field in ("seeking", "offering"):
        texts = [str(a[field]) for a in attendees]
        assert len(set(texts)) >= 0.9 * len(texts), field
    local = sum(str(a["seeking"]).startswith(NON_ENGLISH_OPENERS) for a in attendees)
    assert 0.08 * len(attendees) <= local <= 0.2 * len(attendees)


def test_colleagues_share_organisations(attendees: list[dict[str, object]]) -> None:
    organisations = [a["organisation"] for a in attendees]
    assert len(set(organisations)) < 0.8 * len(organisations)


def test_sessions_in_brussels_on_three_days_with_the_conference_times() -> None:
    assert DEMO_EVENT.slug == "sdc-brussels-2024"
    assert DEMO_EVENT.timezone == "Europe/Brussels"
    assert 2 <= len(DEMO_SESSIONS) <= 3
    wednesday = date(2027, 3, 17)
    for session in DEMO_SESSIONS:
        starts_at, ends_at = session.window(wednesday, DEMO_EVENT.timezone)
        assert starts_at.date() - wednesday in {timedelta(days=d) for d in (0, 1, 2)}
        assert starts_at.utcoffset() == timedelta(hours=1)  # March in Brussels, before DST
        assert ends_at > starts_at
        assert 30 <= len(session.tables) <= 40
        assert len(set(session.tables)) == len(session.tables)
    opening = DEMO_SESSIONS[0].window(wednesday, DEMO_EVENT.timezone)[0]
    assert (opening.hour, opening.minute) == (17, 0)


@pytest.mark.parametrize("today", [date(2026, 12, 2), date(2027, 6, 30), date(2027, 7, 1)])
def test_the_demo_conference_opens_on_a_wednesday_weeks_ahead(today: date) -> None:
    first = first_conference_day(today)
    assert first.weekday() == 2
    assert timedelta(days=LEAD_DAYS) <= first - today < timedelta(days=LEAD_DAYS + 7)


def test_every_attendee_passes_the_services_own_validation(
    attendees: list[dict[str, object]],
) -> None:
    import msgspec

    from matchmaker.attendees.schemas import AttendeeCreate
    from matchmaker.attendees.validation import check_profile_values
    from matchmaker.demo.generator import DEMO_EVENT

    topic_slugs = {slug for slug, _ in DEMO_EVENT.topics}
    for record in attendees:
        attendee = msgspec.convert(record, AttendeeCreate)
        check_profile_values(msgspec.to_builtins(attendee), topic_slugs, ORGANISATION_TYPES)
