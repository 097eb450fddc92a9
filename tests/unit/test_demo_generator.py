"""The demo data generator: deterministic, valid against the profile constraints, varied,
and every person coherent: one field of practice, one believable job, dates that fit."""

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
    EVENT_YEAR,
    LEAD_DAYS,
    first_conference_day,
    generate_attendees,
    practice_offerers,
    practice_topics,
)
from matchmaker.demo.people import FIXED_ORGANISATIONS, NAMES
from matchmaker.demo.places import CITIES, organisation_for
from matchmaker.demo.planted import PLANTED, SHOWN
from matchmaker.demo.profiles import PROFILE_BY_TOPIC, PROFILES, role_types, topic_family
from matchmaker.demo.texts import OFFER_LIST_LEADS, PAIRS, SEEK_LIST_LEADS, offered_by
from matchmaker.demo.texts_local import (
    LOCAL_OFFER_LIST_LEADS,
    LOCAL_SEEK_LIST_LEADS,
    NON_ENGLISH_OPENERS,
)
from matchmaker.matching.needs import split_needs

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


# -- coherence ------------------------------------------------------------------------------

PRACTICES = practice_topics()
# Longest first, so a phrase is never credited for a shorter one it contains.
PHRASES = sorted(PRACTICES, key=len, reverse=True)
PLANTED_COUNT = len(PLANTED)


def _practices_in(text: str) -> set[str]:
    """Topics of the catalogue practices a text names."""
    found: set[str] = set()
    for phrase in PHRASES:
        if phrase in text:
            found.add(PRACTICES[phrase])
            text = text.replace(phrase, "")
    return found


def generated(attendees: list[dict[str, object]]) -> list[dict[str, object]]:
    return attendees[PLANTED_COUNT:]


def topics_of(attendee: dict[str, object]) -> list[str]:
    topics = attendee["topics"]
    assert isinstance(topics, list)
    return [str(t) for t in topics]


def field_of(attendee: dict[str, object]) -> str:
    """The field a person works in: their first topic."""
    return topics_of(attendee)[0]


def test_what_a_person_offers_and_seeks_is_of_their_own_topics(
    attendees: list[dict[str, object]],
) -> None:
    for a in generated(attendees):
        topics = set(topics_of(a))
        offered = _practices_in(str(a["offering"]))
        sought = _practices_in(str(a["seeking"]))
        assert offered, a["offering"]
        assert sought, a["seeking"]
        assert offered == {field_of(a)}, (a["role"], a["topics"], a["offering"])
        assert sought <= topics, (a["role"], a["topics"], a["seeking"])
    for person in PLANTED:
        assert set(person.offers) <= set(person.topics), person.name


def test_what_a_person_offers_is_something_their_kind_of_organisation_does(
    attendees: list[dict[str, object]],
) -> None:
    offerers = practice_offerers()
    for a in generated(attendees):
        offering = str(a["offering"])
        for phrase in PHRASES:
            if phrase in offering and phrase in offerers:
                assert a["organisation_type"] in offerers[phrase], (a["role"], phrase)
                offering = offering.replace(phrase, "")


def test_every_role_can_offer_some_practice_of_its_field() -> None:
    for profile in PROFILES:
        for role in profile.roles:
            assert any(
                role.organisation_type in offered_by(profile.topic, i)
                for i in range(len(PAIRS[profile.topic]))
            ), role


def test_a_persons_topics_are_one_field_and_its_neighbours(
    attendees: list[dict[str, object]],
) -> None:
    for a in generated(attendees):
        assert set(topics_of(a)) <= topic_family(field_of(a)), a["topics"]
    fields = {field_of(a) for a in generated(attendees)}
    assert fields == set(PROFILE_BY_TOPIC), "every field of the conference has its people"
    assert {slug for slug, _ in DEMO_EVENT.topics} == set(PROFILE_BY_TOPIC)


def _known_organisations() -> dict[str, str]:
    """Organisation name -> its type, for every organisation the generator names from a
    catalogue (a city's institutions, regions, national and specialised bodies)."""
    kinds = {
        "local": "local_authority",
        "police": "police",
        "justice": "justice",
        "university": "research",
    }
    known = {
        organisation_for(kind, city): org_type
        for city in CITIES
        for kind, org_type in kinds.items()
    }
    known.update({str(c.region): "regional_authority" for c in CITIES if c.region})
    known.update({o.name: o.organisation_type for o in FIXED_ORGANISATIONS})
    return known


def test_role_and_organisation_type_agree(attendees: list[dict[str, object]]) -> None:
    titles = role_types()
    known = _known_organisations()
    named = 0
    for a in attendees:
        assert a["organisation_type"] in titles[str(a["role"])], (a["role"], a["organisation"])
        if a["organisation"] in known:
            named += 1
            assert known[str(a["organisation"])] == a["organisation_type"], a["organisation"]
    # The rest are local associations and consultancies named after their founder.
    assert named >= 0.8 * len(attendees)


def test_a_specialised_organisation_employs_only_people_of_its_field(
    attendees: list[dict[str, object]],
) -> None:
    specialised = {o.name: set(o.topics) for o in FIXED_ORGANISATIONS if o.topics}
    for a in generated(attendees):
        fields = specialised.get(str(a["organisation"]))
        if fields is not None:
            assert field_of(a) in fields, (a["role"], a["organisation"])


def test_every_role_of_every_field_can_be_staffed() -> None:
    assert len(PROFILES) == len(DEMO_EVENT.topics)
    for profile in PROFILES:
        assert profile.roles
        assert profile.focus
        assert set(profile.neighbours) <= set(PROFILE_BY_TOPIC) - {profile.topic}


# A plan and its year in one clause ("before we renew our plan in 2026").
FUTURE = re.compile(
    r"\b(renew|launch|starts?|will|prévu|lancerons|komende|geplant)\b[^.,;\n]*?\b(20\d\d)\b",
    re.IGNORECASE,
)
PAST = re.compile(
    r"\b(since|in|from|evaluated|used|depuis|en|sinds|uit|seit|evaluiert)\s+(20\d\d)\b",
    re.IGNORECASE,
)


def test_plans_lie_after_the_conference_and_past_work_before_it(
    attendees: list[dict[str, object]],
) -> None:
    plans = 0
    for a in attendees:
        for field in ("seeking", "offering", "bio"):
            text = str(a[field])
            for match in FUTURE.finditer(text):
                plans += 1
                assert int(match.group(2)) > EVENT_YEAR, text
            for match in PAST.finditer(text):
                if not FUTURE.search(text[: match.end()]):
                    assert int(match.group(2)) < EVENT_YEAR, text
    assert plans > 10


def test_names_are_whole(attendees: list[dict[str, object]]) -> None:
    given = {g for first, _ in NAMES.values() for g in first}
    family = {f for _, last in NAMES.values() for f in last}
    particles = {"de", "den", "der", "van", "von", "di", "da", "del", "la", "le"}
    for a in generated(attendees):
        first, last = str(a["name"]).split(" ", 1)
        assert first in given, a["name"]
        assert last in family, a["name"]
        assert last.split()[-1].lower() not in particles, a["name"]
    assert any(" " in str(a["name"]).split(" ", 1)[1] for a in attendees), "Van den Berg"
    names = [a["name"] for a in attendees]
    assert len(set(names)) == len(names), "nobody is a planted person's namesake"


def test_bios_say_something_beyond_the_job_title(attendees: list[dict[str, object]]) -> None:
    for a in attendees:
        bio = str(a["bio"])
        assert str(a["role"]) not in bio, bio
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", bio) if s]
        assert 1 <= len(sentences) <= 2, bio
        assert len(bio.split()) >= 8, bio


def test_some_people_list_two_or_three_needs_the_matcher_splits(
    attendees: list[dict[str, object]],
) -> None:
    def listed(field: str, leads: tuple[str, ...]) -> list[str]:
        return [str(a[field]) for a in attendees if str(a[field]).startswith(leads)]

    seek_leads = SEEK_LIST_LEADS + tuple(x for v in LOCAL_SEEK_LIST_LEADS.values() for x in v)
    offer_leads = OFFER_LIST_LEADS + tuple(x for v in LOCAL_OFFER_LIST_LEADS.values() for x in v)
    seeking = listed("seeking", seek_leads)
    assert 0.15 * len(attendees) <= len(seeking) <= 0.35 * len(attendees)
    assert any("\n- " in text for text in seeking)
    assert any("; " in text for text in seeking)
    for text in seeking:
        assert 2 <= len(split_needs(text)) <= 3, text
    offering = listed("offering", offer_leads)
    assert offering
    for text in offering:
        assert 2 <= len(split_needs(text)) <= 4, text


def test_local_writers_come_from_where_that_language_is_spoken(
    attendees: list[dict[str, object]],
) -> None:
    for a in attendees:
        if str(a["seeking"]).startswith(NON_ENGLISH_OPENERS):
            languages = a["languages"]
            assert isinstance(languages, list)
            assert languages[0] in {"fr", "nl", "de"}, a["name"]


def test_the_shown_attendees_lead_and_each_has_planted_partners(
    attendees: list[dict[str, object]],
) -> None:
    shown = attendees[:SHOWN]
    assert [a["name"] for a in shown] == [p.name for p in PLANTED[:SHOWN]]
    assert all(a["consent"] for a in shown)
    for a in attendees[:PLANTED_COUNT]:
        assert a["consent"]
    assert generate_attendees(2) == attendees[:2]
