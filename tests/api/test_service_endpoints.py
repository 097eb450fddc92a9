"""Health, metrics and the OpenAPI document."""

from __future__ import annotations

from typing import Any

from litestar import Litestar
from litestar.testing import AsyncTestClient

Client = AsyncTestClient[Litestar]


async def test_health_is_ok_when_the_database_answers(client: Client) -> None:
    response = await client.get("/health")
    assert response.status_code == 200
    assert response.json()["database"] is True


async def test_metrics_are_in_prometheus_text_format(
    client: Client, event_slug: str, create_attendee: Any
) -> None:
    await create_attendee("Anne Dupont")
    await client.app.state.matchers.settled()  # the changing event was loaded meanwhile
    await client.get(f"/api/v1/events/{event_slug}")
    response = await client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    assert "matchmaker_http_requests_total" in response.text
    assert 'route="/api/v1/events/{event_slug}"' in response.text, response.text
    assert 'matchmaker_attendees_indexed{event="1"} 1.0' in response.text


async def test_the_openapi_document_describes_the_contract_paths(client: Client) -> None:
    response = await client.get("/schema/openapi.json")
    assert response.status_code == 200
    paths = response.json()["paths"]
    for path in (
        "/api/v1/events",
        "/api/v1/events/{event_slug}",
        "/api/v1/events/{event_slug}/attendees",
        "/api/v1/events/{event_slug}/attendees/import",
        "/api/v1/events/{event_slug}/me",
        "/api/v1/events/{event_slug}/me/export",
        "/health",
        "/metrics",
    ):
        assert path in paths, path
