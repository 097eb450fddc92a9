"""While PostgreSQL cannot be reached the service answers 503 with Retry-After (never a 500,
never a hang) and keeps running; once it is back the service answers again, without a
restart. Started with no database, it waits for one and becomes ready when it appears."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from dataclasses import replace

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient

from conftest import TOPICS, organiser
from matchmaker.app import create_app
from matchmaker.matching import HashingEmbedder
from matchmaker.settings import Settings
from proxy import TcpProxy

Client = AsyncTestClient[Litestar]
Answer = tuple[int, float, dict[str, str]]  # status, seconds taken, headers


@pytest.fixture
def proxy(database_url: str) -> Iterator[TcpProxy]:
    in_front = TcpProxy(database_url)
    yield in_front
    in_front.close()


@pytest.fixture
def proxied(settings: Settings, proxy: TcpProxy) -> Settings:
    return replace(settings, database_url=proxy.dsn, database_wait_s=0.2)


async def answer_within(client: Client, path: str, seconds: float) -> Answer:
    started = time.monotonic()
    response = await asyncio.wait_for(client.get(path, headers=organiser()), seconds)
    return response.status_code, time.monotonic() - started, dict(response.headers)


async def first_ok(client: Client, path: str, within_s: float) -> float:
    """Seconds until ``path`` answers 200; every answer before must be a 503."""
    started = time.monotonic()
    while True:
        status, _, headers = await answer_within(client, path, 6)
        if status == 200:
            return time.monotonic() - started
        assert status == 503, status
        assert headers.get("retry-after")
        assert time.monotonic() - started < within_s, f"no 200 within {within_s} s"
        await asyncio.sleep(0.05)


async def test_started_with_no_database_it_waits_and_becomes_ready(
    proxied: Settings, proxy: TcpProxy, hashing_embedder: HashingEmbedder
) -> None:
    async with AsyncTestClient(app=create_app(proxied, embedder=hashing_embedder)) as client:
        status, took, headers = await answer_within(client, "/health", 6)
        assert (status, headers.get("retry-after")) == (503, "2")
        assert took < 5
        response = await client.post(
            "/api/v1/events",
            json={"slug": "late", "name": "Late", "timezone": "UTC", "topics": TOPICS},
            headers=organiser(),
        )
        assert response.status_code == 503, response.text
        assert response.headers["retry-after"] == "2"
        assert response.headers["content-type"].startswith("application/problem+json")
        proxy.accept()
        assert await first_ok(client, "/health", within_s=5) < 5
        response = await client.post(
            "/api/v1/events",
            json={"slug": "late", "name": "Late", "timezone": "UTC", "topics": TOPICS},
            headers=organiser(),
        )
        assert response.status_code == 201, response.text


async def test_an_outage_gives_503s_and_the_service_recovers_without_a_restart(
    proxied: Settings, proxy: TcpProxy, hashing_embedder: HashingEmbedder
) -> None:
    proxy.accept()
    async with AsyncTestClient(app=create_app(proxied, embedder=hashing_embedder)) as client:
        created = await client.post(
            "/api/v1/events",
            json={"slug": "outage", "name": "Outage", "timezone": "UTC", "topics": TOPICS},
            headers=organiser(),
        )
        assert created.status_code == 201
        path = "/api/v1/events/outage/attendees"
        assert (await answer_within(client, path, 6))[0] == 200
        # The server goes away: open connections are reset, new ones refused.
        proxy.refuse()
        proxy.cut()
        for probe in (path, "/health", path):
            status, took, headers = await answer_within(client, probe, 6)
            assert (status, headers.get("retry-after")) == (503, "2")
            assert took < 5
        # It comes back: the pooled connections it reset are not handed out again.
        proxy.accept()
        assert await first_ok(client, path, within_s=5) < 5
        assert (await answer_within(client, "/health", 6))[0] == 200
