"""GET /health says, per process, how fresh its indexes are: the listener, the last
version poll, memory against the budget, and each loaded event's lag."""

from __future__ import annotations

import os
from typing import Any

from litestar import Litestar
from litestar.testing import AsyncTestClient

from conftest import bearer

Client = AsyncTestClient[Litestar]


async def test_health_reports_each_loaded_events_lag(
    client: Client, event_slug: str, create_attendee: Any
) -> None:
    _, token = await create_attendee("Anne Dupont")
    await create_attendee("Bob Martin")
    await client.app.state.matchers.settled()
    await client.get(f"/api/v1/events/{event_slug}/suggestions", headers=bearer(token))
    response = await client.get("/health")
    assert response.status_code == 200
    body = response.json()
    assert body["pid"] == os.getpid()  # the test client serves in this process
    indexes = body["indexes"]
    assert indexes["listener_connected"] is True
    assert indexes["listener_backend_pid"] > 0
    assert indexes["events_loaded"] == 1
    assert indexes["memory_used_mb"] <= indexes["memory_budget_mb"]
    (event,) = indexes["events"]
    assert event["attendees"] == 2
    assert event["version"] == event["latest_version"] == 2  # two attendees created
    assert event["behind_versions"] == 0
    assert indexes["max_behind_seconds"] == 0
