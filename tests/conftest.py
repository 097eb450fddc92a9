"""Test infrastructure: one real PostgreSQL per session (embedded by default, the server at
DATABASE_URL when set), a template database migrated once, and a fresh database per test
cloned from it — fast, isolated, and handlers commit for real."""

from __future__ import annotations

import itertools
import os
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient

from matchmaker.app import create_app
from matchmaker.db import EmbeddedPostgres, open_pool
from matchmaker.matching import HashingEmbedder, SentenceTransformerEmbedder
from matchmaker.migrate import apply_migrations
from matchmaker.settings import REPO_ROOT, Settings

# Fixtures of the page and browser tests, in their own modules.
pytest_plugins = ["pages.page_world", "mail.mail_world", "e2e.live_server"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Browser tests run last. Playwright's sync API (pytest-playwright's session-wide
    browser) keeps an event loop running on the main thread from its first use to the end of
    the session, and pytest-asyncio cannot run an async test while one runs."""
    items.sort(key=lambda item: "e2e" in item.path.parts)


ORGANISER_TOKEN = "organiser-token-for-tests"

# The B2B scheduling benchmark instances, kept in the repository (their README names the source).
B2B_INSTANCES = REPO_ROOT / "tests" / "data" / "b2b"


def with_database(dsn: str, database: str) -> str:
    """The same server DSN pointing at another database."""
    parts = urlsplit(dsn)
    return urlunsplit(parts._replace(path="/" + database))


@pytest.fixture(scope="session")
def server_dsn(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A DSN of a maintenance database on the session's PostgreSQL server."""
    url = os.environ.get("DATABASE_URL")
    if url:
        yield url
        return
    server = EmbeddedPostgres(tmp_path_factory.mktemp("pg"))
    server.start()
    try:
        yield server.dsn("postgres")
    finally:
        server.stop()


@pytest.fixture(scope="session")
async def template_database(server_dsn: str) -> AsyncIterator[str]:
    """A database migrated once per session, the template of every test's database."""
    name = f"mm_template_{uuid.uuid4().hex[:10]}"
    admin = await asyncpg.connect(server_dsn)
    try:
        await admin.execute(f'create database "{name}"')
    finally:
        await admin.close()
    conn = await asyncpg.connect(with_database(server_dsn, name))
    try:
        await apply_migrations(conn, REPO_ROOT / "migrations")
    finally:
        await conn.close()
    yield name
    admin = await asyncpg.connect(server_dsn)
    try:
        await admin.execute(f'drop database if exists "{name}" with (force)')
    finally:
        await admin.close()


_counter = itertools.count()


@pytest.fixture
async def database_url(server_dsn: str, template_database: str) -> AsyncIterator[str]:
    """A fresh, migrated database for one test, dropped afterwards."""
    name = f"mm_test_{os.getpid()}_{next(_counter)}"
    admin = await asyncpg.connect(server_dsn)
    try:
        await admin.execute(f'drop database if exists "{name}" with (force)')
        await admin.execute(f'create database "{name}" template "{template_database}"')
        yield with_database(server_dsn, name)
        await admin.execute(f'drop database if exists "{name}" with (force)')
    finally:
        await admin.close()


@pytest.fixture
async def db(database_url: str) -> AsyncIterator[asyncpg.Connection]:
    """A plain connection to the test's database, for arranging and inspecting rows."""
    conn = await asyncpg.connect(database_url)
    try:
        yield conn
    finally:
        await conn.close()


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    return Settings(
        database_url=database_url,
        data_dir=tmp_path / "data",
        admin_token=ORGANISER_TOKEN,
        pool_min_size=1,
        pool_max_size=8,
    )


@pytest.fixture(scope="session")
def hashing_embedder() -> HashingEmbedder:
    """A small deterministic embedder: fast tests of everything but meaning itself."""
    return HashingEmbedder()


@pytest.fixture(scope="session")
def real_embedder() -> SentenceTransformerEmbedder:
    """The real default model, loaded once per test session."""
    return SentenceTransformerEmbedder()


@pytest.fixture
def app(settings: Settings, hashing_embedder: HashingEmbedder) -> Litestar:
    return create_app(settings, embedder=hashing_embedder)


@pytest.fixture
async def model_client(
    settings: Settings, real_embedder: SentenceTransformerEmbedder
) -> AsyncIterator[AsyncTestClient[Litestar]]:
    """A client of the app running the real sentence-transformers model."""
    async with AsyncTestClient(app=create_app(settings, embedder=real_embedder)) as test_client:
        yield test_client


@pytest.fixture
async def client(app: Litestar) -> AsyncIterator[AsyncTestClient[Litestar]]:
    async with AsyncTestClient(app=app) as test_client:
        yield test_client


def organiser() -> dict[str, str]:
    return {"Authorization": f"Bearer {ORGANISER_TOKEN}"}


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


TOPICS = [
    {"slug": "nightlife", "label": "Nightlife"},
    {"slug": "radicalisation", "label": "Prevention of violent radicalisation"},
    {"slug": "public-spaces", "label": "Design and management of public spaces"},
    {"slug": "victim-support", "label": "Victim support"},
    {"slug": "drugs", "label": "Drugs and harm reduction"},
]


@pytest.fixture
def organiser_headers() -> dict[str, str]:
    return organiser()


@pytest.fixture
async def event_slug(client: AsyncTestClient[Litestar]) -> str:
    """An event created through the API, as an organiser would."""
    response = await client.post(
        "/api/v1/events",
        json={
            "slug": "sdc-2024",
            "name": "Security, Democracy & Cities",
            "timezone": "Europe/Brussels",
            "topics": TOPICS,
        },
        headers=organiser(),
    )
    assert response.status_code == 201, response.text
    return "sdc-2024"


def attendee_body(name: str, **overrides: object) -> dict[str, object]:
    email = name.lower().replace(" ", ".") + "@example.org"
    body: dict[str, object] = {
        "name": name,
        "email": email,
        "role": "Prevention officer",
        "organisation": f"City of {name.split()[-1]}",
        "organisation_type": "local_authority",
        "city": "Liège",
        "country": "BE",
        "languages": ["fr", "en"],
        "topics": ["nightlife"],
        "seeking": "ways to reduce conflicts around bars at night",
        "offering": "our experience with night mediators",
        "bio": "Works for the city.",
        "consent": True,
    }
    body.update(overrides)
    return body


@pytest.fixture
def create_attendee(client: AsyncTestClient[Litestar], event_slug: str):  # type: ignore[no-untyped-def]
    """Create an attendee through the API; returns (id, token)."""

    async def create(name: str, **overrides: object) -> tuple[int, str]:
        response = await client.post(
            f"/api/v1/events/{event_slug}/attendees",
            json=attendee_body(name, **overrides),
            headers=organiser(),
        )
        assert response.status_code == 201, response.text
        body = response.json()
        return body["id"], body["token"]

    return create


PoolOf = Callable[[int], Awaitable[asyncpg.Pool]]


@pytest.fixture
async def pool_of(database_url: str) -> AsyncIterator[PoolOf]:
    """Opens pools of the test's database, configured as the app configures its own, and
    closes them after the test."""
    opened: list[asyncpg.Pool] = []

    async def open_one(size: int) -> asyncpg.Pool:
        # Fifty connections at once on a busy machine may take a while: a test pool is
        # not where the service's short connect timeout is tried.
        pool = await open_pool(database_url, min_size=size, max_size=size, connect_timeout_s=60)
        opened.append(pool)
        return pool

    yield open_one
    for pool in opened:
        await pool.close()
