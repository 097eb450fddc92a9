"""The real model at work: suggestions and search find meaning, not shared words."""

from __future__ import annotations

from typing import Any

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient

from conftest import TOPICS, attendee_body, bearer, organiser

Client = AsyncTestClient[Litestar]
pytestmark = pytest.mark.model


async def _event_with(client: Client, people: dict[str, dict[str, Any]]) -> dict[str, Any]:
    created = await client.post(
        "/api/v1/events",
        json={"slug": "meaning", "name": "M", "timezone": "Europe/Brussels", "topics": TOPICS},
        headers=organiser(),
    )
    assert created.status_code == 201
    out: dict[str, Any] = {}
    for name, fields in people.items():
        body = attendee_body(name, topics=["nightlife"], **fields)
        response = await client.post(
            "/api/v1/events/meaning/attendees", json=body, headers=organiser()
        )
        assert response.status_code == 201, response.text
        out[name] = response.json()
    await client.app.state.matchers.settled(within_s=60)
    return out


async def test_an_offer_worded_differently_answers_a_need(model_client: Client) -> None:
    people = await _event_with(
        model_client,
        {
            "Anne Seeker": {
                "seeking": "How do other cities calm disputes between bar owners and "
                "residents at night?",
                "offering": "Our experience with CCTV in train stations",
            },
            "Bob Mediator": {
                "seeking": "Partners for a study on public transport safety",
                "offering": "We run a team of night mediators who resolve noise conflicts "
                "between pubs and neighbours",
            },
            "Carl Cyber": {
                "seeking": "Partners for an anti-phishing campaign",
                "offering": "Training on ransomware response for municipal IT departments",
            },
            "Dana Data": {
                "seeking": "Open data on burglaries",
                "offering": "A dashboard of crime statistics for small towns",
            },
        },
    )
    response = await model_client.get(
        "/api/v1/events/meaning/suggestions",
        headers=bearer(people["Anne Seeker"]["token"]),
    )
    items = response.json()["items"]
    assert items[0]["attendee"]["id"] == people["Bob Mediator"]["id"]
    assert any("mediator" in reason.lower() for reason in items[0]["reasons"])


async def test_search_finds_by_meaning_across_languages(model_client: Client) -> None:
    people = await _event_with(
        model_client,
        {
            "Searcher": {"seeking": "anything", "offering": "nothing special"},
            "Harm Reduction": {
                "seeking": "Funding partners",
                "offering": "We manage supervised injection sites where people use drugs safely",
            },
            "Lighting": {
                "seeking": "Pilot sites",
                "offering": "Smart street lighting that dims when streets are empty",
            },
        },
    )
    response = await model_client.get(
        "/api/v1/events/meaning/search",
        params={"q": "drug consumption rooms"},
        headers=bearer(people["Searcher"]["token"]),
    )
    assert response.status_code == 200
    hits = response.json()["items"]
    assert hits[0]["attendee"]["id"] == people["Harm Reduction"]["id"]
    assert people["Searcher"]["id"] not in [hit["attendee"]["id"] for hit in hits]
