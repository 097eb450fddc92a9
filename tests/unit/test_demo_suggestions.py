"""What a visitor of the demo sees first: the suggestions of the three printed demo attendees,
ranked by the real model over the whole demo conference, make sense to someone from the
field; the planted mutual pairs find each other; celebrities give damping work to do."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

import pytest

from matchmaker.attendees.models import AttendeeProfile
from matchmaker.demo.generator import DEMO_EVENT, generate_attendees
from matchmaker.demo.planted import PLANTED, SHOWN
from matchmaker.demo.profiles import topic_family
from matchmaker.events.match_settings import MatchSettings
from matchmaker.matching import EventMatcher, SentenceTransformerEmbedder, embed_entries

pytestmark = pytest.mark.model

NOW = datetime(2024, 3, 20, tzinfo=UTC)
ID_OF = {person.name: n + 1 for n, person in enumerate(PLANTED)}  # ids follow the list order
CLUSTERS = {
    "Sophie Lambert": {"Jordi Puig", "Lotte de Vries", "Tobias Becker"},
    "Pieter Janssens": {"Miriam Schneider", "Hanne Maes"},
    "Giulia Ferrari": {"Camille Moreau", "Sara Lindqvist"},
}
MUTUAL_PAIRS = (
    ("Sophie Lambert", "Jordi Puig"),
    ("Pieter Janssens", "Miriam Schneider"),
    ("Giulia Ferrari", "Camille Moreau"),
    ("Martine Schmit", "Jonas Fischer"),
    ("Koen Willems", "Inês Ferreira"),
    ("Anke Peeters", "Sanna Virtanen"),
)
CELEBRITIES = ("Élodie Girard", "Bram Claes", "Ruben Bakker")


# Embedding all 800 takes minutes on a CPU, so the matcher holds a sample: every planted
# person, everyone whose field is one of the shown attendees' (the partners must win against
# all of them), and one other person in SAMPLE_EVERY.
SAMPLE_EVERY = 5
SHOWN_FIELDS = {person.topics[0] for person in PLANTED[:SHOWN]}


@pytest.fixture(scope="module")
def demo(
    real_embedder: SentenceTransformerEmbedder,
) -> tuple[EventMatcher, dict[int, AttendeeProfile]]:
    """The demo conference (a sample of it) in the real model's matcher, ids as seeded."""
    embedder = real_embedder
    profiles = [
        AttendeeProfile(
            id=n + 1, event_id=1, hidden_fields=[], created_at=NOW, updated_at=NOW, **record
        )
        for n, record in enumerate(generate_attendees())
        if n < len(PLANTED) or n % SAMPLE_EVERY == 0 or record["topics"][0] in SHOWN_FIELDS  # type: ignore[index]
    ]
    labels = dict(DEMO_EVENT.topics)
    matcher = EventMatcher(embedder.dimension, labels)
    matcher.load(embed_entries(embedder, profiles, labels))
    matcher.refresh_popularity()
    return matcher, {p.id: p for p in profiles}


def top(matcher: EventMatcher, viewer: int, n: int = 5, damping: float = 0.5) -> list[int]:
    settings = MatchSettings(popularity_damping=damping)
    return [s.attendee_id for s in matcher.suggest(viewer, settings, set(), n)]


def family(topics: Iterable[str]) -> frozenset[str]:
    return frozenset().union(*(topic_family(t) for t in topics))


@pytest.mark.parametrize("name", [p.name for p in PLANTED[:SHOWN]])
def test_a_shown_attendee_meets_a_planted_partner_among_people_of_the_field(
    demo: tuple[EventMatcher, dict[int, AttendeeProfile]], name: str
) -> None:
    matcher, people = demo
    me = people[ID_OF[name]]
    found = top(matcher, me.id)
    names = [people[i].name for i in found]
    assert set(names) & CLUSTERS[name], names
    field = family(me.topics)
    for other in found:
        assert set(people[other].topics) & field, (people[other].name, people[other].topics)


@pytest.mark.parametrize(("one", "other"), MUTUAL_PAIRS)
def test_planted_mutual_pairs_find_each_other(
    demo: tuple[EventMatcher, dict[int, AttendeeProfile]], one: str, other: str
) -> None:
    matcher, people = demo
    assert ID_OF[other] in top(matcher, ID_OF[one]), [
        people[i].name for i in top(matcher, ID_OF[one])
    ]
    assert ID_OF[one] in top(matcher, ID_OF[other]), [
        people[i].name for i in top(matcher, ID_OF[other])
    ]


def test_suggestions_stay_within_a_persons_field(
    demo: tuple[EventMatcher, dict[int, AttendeeProfile]],
) -> None:
    matcher, people = demo
    viewers = [i for i in sorted(people) if people[i].consent and i > len(PLANTED)][::2]
    shared = total = 0
    for viewer in viewers:
        mine = family(people[viewer].topics)
        for other in top(matcher, viewer):
            total += 1
            shared += bool(set(people[other].topics) & mine)
    # Most suggestions stay within the field; a few cross over through a shared need (a
    # crisis planner's family support centre for a radicalisation officer's parents).
    assert shared >= 0.9 * total


def test_celebrities_are_suggested_widely_and_damping_spreads_the_attention(
    demo: tuple[EventMatcher, dict[int, AttendeeProfile]],
) -> None:
    matcher, people = demo
    stars = {ID_OF[name] for name in CELEBRITIES}
    viewers = [i for i in sorted(people) if people[i].consent and i not in stars]

    def appearances(damping: float) -> int:
        return sum(len(stars & set(top(matcher, v, 10, damping))) for v in viewers)

    undamped = appearances(0.0)
    assert undamped >= 0.1 * len(viewers)
    assert appearances(1.0) < undamped
