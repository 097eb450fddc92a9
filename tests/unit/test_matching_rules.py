"""Ranking rules of the matcher: each test fails if its rule is taken out."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import numpy as np
import pytest

from matchmaker.attendees.models import AttendeeProfile
from matchmaker.events.match_settings import MatchSettings, OrganisationTypePair
from matchmaker.matching import EventMatcher, HashingEmbedder, NotIndexed, embed_entries
from matchmaker.matching.preview import gini

TOPICS = {"nightlife": "Nightlife", "drugs": "Drug policy", "youth": "Youth"}
EMBEDDER = HashingEmbedder(256)
NOW = datetime(2024, 3, 20, tzinfo=UTC)


def person(attendee_id: int, **fields: Any) -> AttendeeProfile:
    values: dict[str, Any] = {
        "id": attendee_id,
        "event_id": 1,
        "email": f"p{attendee_id}@example.org",
        "name": f"Person {attendee_id}",
        "role": "Officer",
        "organisation": f"Org {attendee_id}",
        "organisation_type": "local_authority",
        "city": "Lyon",
        "country": "FR",
        "languages": ["en"],
        "topics": ["nightlife"],
        "seeking": "",
        "offering": "",
        "bio": "",
        "consent": True,
        "hidden_fields": [],
        "created_at": NOW,
        "updated_at": NOW,
    }
    values.update(fields)
    return AttendeeProfile(**values)


def add(matcher: EventMatcher, profile: AttendeeProfile) -> None:
    (entry,) = embed_entries(EMBEDDER, [profile], TOPICS)
    matcher.upsert(entry)


def build(*profiles: AttendeeProfile) -> EventMatcher:
    matcher = EventMatcher(EMBEDDER.dimension, TOPICS)
    for profile in profiles:
        add(matcher, profile)
    return matcher


SEEKER = person(1, seeking="nightlife conflict mediation in bar districts")
PROVIDER = person(
    2,
    offering="We run night-time economy mediation. Nightlife conflict mediation with bar owners.",
    city="Berlin",
    country="DE",
)
OTHER = person(3, offering="Youth football programmes", topics=["youth"])


def ids(
    matcher: EventMatcher, viewer: int, settings: MatchSettings | None = None, **kw: Any
) -> list[int]:
    excluded = kw.pop("excluded", set())
    found = matcher.suggest(viewer, settings or MatchSettings(), excluded, kw.pop("limit", 10))
    return [s.attendee_id for s in found]


def test_provider_ranks_first_and_self_is_excluded() -> None:
    matcher = build(SEEKER, PROVIDER, OTHER)
    assert ids(matcher, 1) == [2, 3]


def test_same_organisation_is_excluded_by_normalised_name() -> None:
    colleague = person(2, organisation="  the ACME Ltd. ", offering=PROVIDER.offering)
    me = person(1, organisation="Acme", seeking=SEEKER.seeking)
    matcher = build(me, colleague, OTHER)
    assert 2 not in ids(matcher, 1)
    assert 2 in ids(matcher, 1, MatchSettings(exclude_same_organisation=False))


def test_excluded_ids_are_never_suggested() -> None:
    matcher = build(SEEKER, PROVIDER, OTHER)
    assert ids(matcher, 1, excluded={2}) == [3]


def test_without_consent_nobody_sees_them_and_they_get_nothing() -> None:
    matcher = build(SEEKER, PROVIDER, OTHER)
    add(matcher, person(2, offering=PROVIDER.offering, consent=False))
    assert 2 not in ids(matcher, 1)
    assert len(matcher) == 2
    with pytest.raises(NotIndexed):
        matcher.suggest(2, MatchSettings(), set(), 10)


def test_removed_attendee_is_gone() -> None:
    matcher = build(SEEKER, PROVIDER, OTHER)
    assert matcher.remove(2)
    assert ids(matcher, 1) == [3]
    assert not matcher.remove(2)


def test_disallowed_organisation_type_pairs_apply_both_ways() -> None:
    police = person(2, offering=PROVIDER.offering, organisation_type="police")
    matcher = build(SEEKER, police, OTHER)
    rule = MatchSettings(
        disallowed_organisation_type_pairs=[
            OrganisationTypePair(first="police", second="local_authority")
        ]
    )
    assert 2 not in ids(matcher, 1, rule)
    assert 1 not in ids(matcher, 2, rule)
    assert 2 in ids(matcher, 1)


def test_require_common_language() -> None:
    german = person(2, offering=PROVIDER.offering, languages=["de"])
    matcher = build(SEEKER, german, OTHER)
    assert 2 in ids(matcher, 1)
    assert 2 not in ids(matcher, 1, MatchSettings(require_common_language=True))


def test_diversity_boost_prefers_another_country_then_another_city() -> None:
    same_city = person(2, offering="Youth work", topics=["youth"])
    other_city = person(3, offering="Youth work", topics=["youth"], city="Paris")
    other_country = person(4, offering="Youth work", topics=["youth"], city="Gent", country="BE")
    me = person(1, seeking="youth work", topics=["youth"])
    matcher = build(me, same_city, other_city, other_country)
    diverse = MatchSettings(weight_diversity=5.0, popularity_damping=0.0)
    assert ids(matcher, 1, diverse) == [4, 3, 2]
    # Without the boost the three are identical and order falls back to the id.
    assert ids(matcher, 1, MatchSettings(weight_diversity=0.0, popularity_damping=0.0)) == [
        2,
        3,
        4,
    ]


def test_reciprocal_match_beats_one_sided() -> None:
    me = person(1, seeking="nightlife mediation", offering="drug checking services")
    one_sided = person(2, offering="nightlife mediation", seeking="football stadium safety")
    mutual = person(3, offering="nightlife mediation", seeking="drug checking services")
    matcher = build(me, one_sided, mutual)
    found = matcher.suggest(1, MatchSettings(popularity_damping=0.0), set(), 10)
    assert [s.attendee_id for s in found] == [3, 2]
    assert found[0].components["get"] > found[1].components["get"]


def test_order_is_deterministic_with_ties_broken_by_id() -> None:
    twins = [person(i, offering="Youth work", topics=["youth"]) for i in (9, 4, 7)]
    me = person(1, seeking="youth work", topics=["youth"])
    first = build(me, *twins)
    second = build(*reversed([me, *twins]))
    assert ids(first, 1) == ids(second, 1) == [4, 7, 9]


def test_limit_is_respected() -> None:
    crowd = [person(i, offering="Youth work", topics=["youth"]) for i in range(2, 30)]
    matcher = build(SEEKER, *crowd)
    assert len(ids(matcher, 1, limit=5)) == 5


def test_reasons_name_topic_labels_quote_needs_verbatim_and_place() -> None:
    me = person(
        1,
        seeking="Nightlife conflict mediation; municipal budgets for prevention",
        topics=["nightlife", "drugs"],
        languages=["en", "fr"],
    )
    them = person(
        2,
        offering="Football for youth. Nightlife conflict mediation with bar owners.",
        topics=["drugs", "nightlife"],
        city="Berlin",
        country="DE",
        languages=["de", "fr", "en"],
    )
    matcher = build(me, them)
    found = matcher.suggest(1, MatchSettings(), set(), 5)[0]
    # The two matched needs, quoted as written (casing kept), not the whole texts.
    assert found.reasons[0] == (
        "Offers “Nightlife conflict mediation with bar owners” — you seek “Nightlife conflict "
        "mediation”"
    )
    assert found.reason_details[0].kind == "offers_what_you_seek"
    assert "Both work on Nightlife and Drug policy" in found.reasons
    assert "From another country (Germany)" in found.reasons
    assert "Speaks French" in found.reasons


def test_reasons_never_quote_hidden_fields() -> None:
    hidden = person(
        2,
        offering=PROVIDER.offering,
        city="Paris",
        languages=["en", "fr"],
        hidden_fields=["offering", "city", "languages"],
    )
    me = person(1, seeking=SEEKER.seeking, languages=["en", "fr"])
    reasons = build(me, hidden).suggest(1, MatchSettings(), set(), 5)[0].reasons
    text = " ".join(reasons)
    assert "mediation" not in text
    assert "Paris" not in text
    assert "French" not in text


def hub_event() -> EventMatcher:
    # Everyone seeks "youth work"; the hub offers exactly that, the rest offer variants.
    people = [
        person(1, offering="youth work", seeking="youth work", topics=["youth"], organisation="Hub")
    ]
    for i in range(2, 60):
        people.append(
            person(
                i,
                seeking="youth work",
                offering=f"youth work variant {i} topic{i % 7}",
                topics=["youth"],
            )
        )
    return build(*people)


def test_popularity_damping_lowers_the_hub() -> None:
    matcher = hub_event()
    matcher.refresh_popularity()
    undamped = matcher.suggest(5, MatchSettings(popularity_damping=0.0), set(), 10)
    damped = matcher.suggest(5, MatchSettings(popularity_damping=1.0), set(), 10)
    hub_before = next(s for s in undamped if s.attendee_id == 1)
    hub_after = next((s for s in damped if s.attendee_id == 1), None)
    assert hub_before.components["popularity_damping"] == 1.0
    assert hub_after is None or hub_after.score < hub_before.score
    assert hub_after is None or hub_after.components["popularity_damping"] < 1.0


def test_preview_reports_coverage_concentration_and_changes() -> None:
    matcher = hub_event()
    report = matcher.preview(
        MatchSettings(popularity_damping=0.0), MatchSettings(popularity_damping=1.0), 5, 3
    )
    assert report.attendees == 59
    assert report.evaluated == 59
    assert len(report.changes) == 3
    assert 0.0 <= report.candidate.coverage <= 1.0
    assert any(1 in change.removed for change in report.changes)  # the hub loses place
    assert report.current.top1_share > 0


def test_previews_against_the_same_saved_settings_agree_until_the_event_changes() -> None:
    # Rankings under the saved settings are kept between previews (sliders move often);
    # they must never outlive a change of the people in the matcher.
    matcher = hub_event()
    saved = MatchSettings(popularity_damping=0.0)
    first = matcher.preview(saved, MatchSettings(popularity_damping=1.0), 5, 3)
    again = matcher.preview(saved, MatchSettings(popularity_damping=1.0), 5, 3)
    assert again == first
    same = matcher.preview(saved, MatchSettings(popularity_damping=0.0), 5, 3)
    assert same.candidate == first.current
    for newcomer in range(100, 110):  # they offer exactly what everyone seeks
        add(matcher, person(newcomer, offering="youth work", seeking="youth work"))
    changed = matcher.preview(saved, MatchSettings(popularity_damping=1.0), 5, 3)
    assert changed.attendees == first.attendees + 10
    assert any(set(change.before) & set(range(100, 110)) for change in changed.changes)
    unsaved = matcher.preview(MatchSettings(popularity_damping=1.0), saved, 5, 3)
    assert unsaved.current == changed.candidate
    assert unsaved.candidate == changed.current


def test_gini() -> None:
    assert gini(np.asarray([1.0, 1.0, 1.0])) == pytest.approx(0.0)
    assert gini(np.asarray([0.0, 0.0, 0.0, 4.0])) == pytest.approx(0.75)


def test_search_ranks_by_meaning_says_which_need_matched_and_skips_hidden_ones() -> None:
    hidden = person(
        4, offering="nightlife conflict mediation", hidden_fields=["offering"], topics=["youth"]
    )
    matcher = build(SEEKER, PROVIDER, OTHER, hidden)
    (query,) = EMBEDDER.encode(["nightlife conflict mediation"])
    hits = {hit.attendee_id: hit for hit in matcher.search(query, 10, viewer_id=1)}
    best = max(hits.values(), key=lambda hit: hit.score)
    assert best.attendee_id == 2
    assert (best.field, best.text) == ("offering", "Nightlife conflict mediation with bar owners")
    assert 1 not in hits
    # Found through the profile at most, never through the offer they hid.
    assert 4 not in hits or hits[4].field == "profile"


def cosine(first: str, second: str) -> float:
    from matchmaker.matching.framing import need_core

    a, b = EMBEDDER.encode([need_core(first), need_core(second)])
    return float(a @ b)


def test_a_strong_seeks_what_i_offer_beats_a_weak_two_way_match() -> None:
    from matchmaker.matching.ranking import NEED_MATCH_COSINE, calibrate_need, reciprocal

    me = person(1, seeking="municipal budget planning", offering="drug checking at festivals")
    needs_me = person(
        2, seeking="drug checking at festivals", offering="knitting circles for pensioners"
    )
    weak_both_ways = person(
        3, offering="municipal planning of parks", seeking="pill testing at music festivals"
    )
    # The premises: a strong one-way match against a weak one each way.
    assert cosine(me.offering, needs_me.seeking) > 0.9
    assert cosine(me.seeking, needs_me.offering) < 0.2
    assert cosine(me.seeking, weak_both_ways.offering) < NEED_MATCH_COSINE
    assert cosine(me.offering, weak_both_ways.seeking) < NEED_MATCH_COSINE
    matcher = build(me, needs_me, weak_both_ways)
    assert ids(matcher, 1, MatchSettings(popularity_damping=0.0)) == [2, 3]

    # The rule holds for the fused score itself, whatever the texts.
    def fused(give: float, get: float) -> float:
        values = calibrate_need(np.asarray([give, get], dtype=np.float32))
        return float(reciprocal(values[:1], values[1:])[0])

    strongest_weak = NEED_MATCH_COSINE - 0.001
    assert fused(np.nan, 0.8) > fused(strongest_weak, strongest_weak)
    assert fused(0.8, 0.8) > fused(0.8, np.nan)  # both ways is best


def test_each_need_of_a_list_finds_its_partner() -> None:
    me = person(1, seeking="drug checking at festivals, night mayors and safe transport home")
    providers = [
        person(2, offering="We run drug checking at festivals with a mobile lab."),
        person(3, offering="Our city appointed night mayors in 2021."),
        person(4, offering="Safe transport home by night bus after clubs close."),
    ]
    # Each distractor touches every need a little and none of them well: one vector for the
    # whole list would rank them above the three real partners.
    words = ["checking on", "night transport", "mayors", "at home", "festivals"]
    distractors = [
        person(5 + i, offering=" ".join(words[i:] + words[:i]) + f" (edition {i})")
        for i in range(len(words))
    ]
    matcher = build(me, *providers, *distractors)
    assert set(ids(matcher, 1, MatchSettings(popularity_damping=0.0), limit=3)) == {2, 3, 4}


def test_a_reason_never_claims_a_match_below_the_threshold() -> None:
    from matchmaker.matching.ranking import NEED_MATCH_COSINE

    me = person(1, seeking="drug checking at festivals")
    near_miss = person(2, offering="pill testing at music festivals")
    assert cosine(me.seeking, near_miss.offering) < NEED_MATCH_COSINE
    (found,) = build(me, near_miss).suggest(1, MatchSettings(), set(), 5)
    assert all(r.kind != "offers_what_you_seek" for r in found.reason_details)
    assert not any("Offers" in text for text in found.reasons)
    match = person(2, offering="Drug checking at festivals, every summer")
    (found,) = build(me, match).suggest(1, MatchSettings(), set(), 5)
    assert found.reasons[0] == (
        "Offers “Drug checking at festivals, every summer” — you seek “drug checking at festivals”"
    )


def test_strong_seek_offer_matches_are_not_clipped_to_a_tie() -> None:
    from matchmaker.matching.ranking import reciprocal

    nan = np.float32(np.nan)
    scores = reciprocal(
        np.asarray([0.7, 0.8], dtype=np.float32), np.asarray([nan, nan], dtype=np.float32)
    )
    assert scores[1] > scores[0]


def test_shared_tags_do_not_carry_a_weaker_match_past_a_strong_one() -> None:
    from matchmaker.matching.ranking import Components, weighted_score

    def column(first: float, second: float) -> Any:
        return np.asarray([first, second], dtype=np.float32)

    components = Components(
        give=column(0.8, 0.55),
        get=column(np.nan, np.nan),
        give_cosine=column(0.8, 0.55),
        get_cosine=column(np.nan, np.nan),
        seek_offer=column(0.9, 0.5),  # strong provider vs same-topic distractor
        topics=column(0.0, 1.0),
        profile=column(0.0, 1.0),
        profile_cosine=column(0.0, 0.9),
        diversity=column(0.0, 1.0),
    )
    strong, distractor = weighted_score(components, MatchSettings())
    assert strong > distractor
    # Among equally strong matches the tags still decide.
    tied = Components(
        **{
            **{name: getattr(components, name) for name in Components.__slots__},
            "seek_offer": column(0.9, 0.9),
        }
    )
    plain, tagged = weighted_score(tied, MatchSettings())
    assert tagged > plain


def test_popularity_counts_final_lists_not_nearness() -> None:
    # Everyone seeks youth work and the provider offers it, but a rule keeps the provider
    # out of every police officer's list: near everyone, suggested to nobody but the NGO.
    rule = MatchSettings(
        popularity_damping=1.0,
        disallowed_organisation_type_pairs=[
            OrganisationTypePair(first="police", second="private_sector")
        ],
    )
    people = [
        person(1, offering="youth work", organisation_type="private_sector", topics=["youth"]),
        person(2, seeking="youth work", organisation_type="ngo", topics=["youth"]),
    ]
    for i in range(3, 150):
        people.append(
            person(
                i,
                seeking="youth work",
                offering=f"youth work variant {i} topic{i % 7}",
                organisation_type="police",
                topics=["youth"],
            )
        )
    matcher = build(*people)
    matcher.suggest(2, rule, set(), 10)  # the event's settings, as the service passes them
    matcher.refresh_popularity()
    found = {s.attendee_id: s for s in matcher.suggest(2, rule, set(), 10)}
    assert found[1].components["popularity_damping"] == 1.0


def test_stale_popularity_is_recounted_off_the_request_path() -> None:
    import threading
    import time

    matcher = hub_event()
    matcher.refresh_popularity()
    # A newcomer who offers "youth work" exactly becomes everyone's second hub.
    for i in range(60, 90):
        newcomer = person(
            i, offering="youth work", seeking="youth work", topics=["youth"], organisation="Hub 2"
        )
        add(matcher, newcomer)
    matcher.suggest(5, MatchSettings(), set(), 10)  # sees stale counts, starts the recount
    deadline = time.monotonic() + 10
    while any(t.name == "matcher-popularity" for t in threading.enumerate()):
        assert time.monotonic() < deadline
        time.sleep(0.01)
    damped = {s.attendee_id: s for s in matcher.suggest(5, MatchSettings(), set(), 40)}
    assert damped[60].components["popularity_damping"] < 1.0


def test_popularity_counts_who_inherits_the_places_of_damped_hubs() -> None:
    # Ten identical providers fill every seeker's first screen; the eleventh, slightly less
    # exact, takes those places once they are damped, so it must be counted as popular too.
    people = [
        person(i, offering="youth work", topics=["youth"], organisation=f"Hub {i}")
        for i in range(1, 11)
    ]
    people.append(person(11, offering="youth work programmes", topics=["youth"]))
    people += [
        person(i, seeking="youth work", offering=f"zq{i} xk{i}", topics=["drugs"])
        for i in range(12, 72)
    ]
    matcher = build(*people)
    matcher.refresh_popularity()
    found = {s.attendee_id: s for s in matcher.suggest(12, MatchSettings(), set(), 20)}
    assert found[11].components["popularity_damping"] < 1.0


def test_popularity_table_mean_counts_absent_ids_as_zero() -> None:
    from matchmaker.matching.popularity import PopularityTable

    first = PopularityTable.from_lists(np.asarray([1, 1, 2], dtype=np.int64), 3)
    second = PopularityTable.from_lists(np.asarray([3, 3, 3], dtype=np.int64), 3)
    both = PopularityTable.mean(first, second)
    relative = both.relative_of(np.asarray([1, 2, 3, 4], dtype=np.int64))
    assert relative.tolist() == pytest.approx([1.0, 0.5, 1.5, 0.0])


def test_profile_neighbours_are_fetched_shallower_when_texts_lead() -> None:
    from matchmaker.matching.event_vectors import PROFILE_DEPTH_DIVISOR

    people = [person(1, seeking="youth work")]
    people += [person(i, bio=f"officer {i}") for i in range(2, 60)]  # nothing offered
    matcher = build(*people)
    event = matcher._event  # the candidate stage itself, below the public ranking
    seeker = event.members[1]
    found = event.candidate_ids(seeker, event.own_vectors(seeker), 40)  # of 59
    assert 0 < len(found) <= 40 // PROFILE_DEPTH_DIVISOR < 40
    blank = event.members[2]
    assert len(event.candidate_ids(blank, event.own_vectors(blank), 40)) == 40


def test_one_pair_is_explained_as_its_suggestion_would_be_even_off_the_list() -> None:
    crowd = [person(i, offering=SEEKER.seeking, topics=["nightlife"]) for i in range(10, 30)]
    matcher = build(SEEKER, PROVIDER, OTHER, *crowd)
    settings = MatchSettings(popularity_damping=0.0)
    listed = {s.attendee_id: s for s in matcher.suggest(1, settings, set(), 25)}
    assert 3 not in [s.attendee_id for s in matcher.suggest(1, settings, set(), 5)]
    explained = matcher.explain(1, 3, settings)
    assert explained is not None
    assert explained.reasons == listed[3].reasons
    assert explained.score == listed[3].score
    # The organiser's rules hold here too.
    apart = MatchSettings(
        disallowed_organisation_type_pairs=[
            OrganisationTypePair(first="local_authority", second="local_authority")
        ]
    )
    assert matcher.explain(1, 3, apart) is None
    assert matcher.explain(1, 1, settings) is None


def test_each_need_counts_under_the_topic_closest_to_it_in_meaning() -> None:
    # The dashboard's "topics sought and offered": needs, not ticked tags, say what people
    # want and bring, so a nightlife person seeking football programmes counts under youth.
    matcher = build(
        person(1, seeking="youth football programmes", offering="nightlife mediation charter"),
        person(2, offering="nightlife mediation charter\nyouth football programmes"),
        person(3, seeking="youth football programmes", consent=False),
    )
    topics = EMBEDDER.encode(["nightlife mediation charter", "youth football programmes"])
    counts = matcher.needs_nearest_to(topics)
    assert counts == {"seeking": [0, 1], "offering": [2, 1]}
    assert matcher.needs_nearest_to(topics[:0]) == {"seeking": [], "offering": []}
