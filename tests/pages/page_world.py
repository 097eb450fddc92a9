"""Pages through the test client: a small conference with a networking session, attendees
signed in by their personal links, and helpers that act as a browser would (forms carry the
CSRF token the page gave them)."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import asyncpg
import httpx
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient

from conftest import ORGANISER_TOKEN, attendee_body, organiser
from matchmaker.signin.service import issue_link
from matchmaker.team.service import AccountCreate, add_member

SLUG = "sdc-2024"
CONSOLE = f"/e/{SLUG}/console"
CSRF_FIELD = re.compile(r'name="_csrf_token" value="([^"]+)"')


@dataclass
class Visitor:
    """One browser: its own cookies (session, CSRF, language)."""

    client: httpx.AsyncClient
    headers: dict[str, str] = field(default_factory=dict)

    async def get(self, path: str, **kwargs: Any) -> httpx.Response:
        return await self.client.get(
            path, headers={**self.headers, **kwargs.pop("headers", {})}, **kwargs
        )

    def csrf(self) -> str:
        return self.client.cookies.get("mm_csrf") or ""

    async def post(
        self, path: str, data: dict[str, Any] | None = None, **kwargs: Any
    ) -> httpx.Response:
        """A form submission with the CSRF token a page of ours put in the form."""
        if not self.csrf():
            await self.get(f"/e/{SLUG}/signin")
        body = {"_csrf_token": self.csrf(), **(data or {})}
        return await self.client.post(
            path, data=body, headers={**self.headers, **kwargs.pop("headers", {})}, **kwargs
        )


@dataclass
class Person:
    id: int
    name: str
    token: str
    visitor: Visitor


@dataclass
class World:
    """The conference as the tests see it."""

    app: Litestar
    api: AsyncTestClient[Litestar]
    db: asyncpg.Connection
    event_id: int
    session: dict[str, Any]

    async def visitor(self, language: str = "en") -> Visitor:
        """A browser of its own (cookies) on the app the API client runs."""
        client = httpx.AsyncClient(
            transport=self.api._transport, base_url=self.api.base_url, follow_redirects=True
        )
        return Visitor(client, {"Accept-Language": language})

    async def person(
        self, name: str, *, language: str = "en", onboarded: bool = True, **fields: Any
    ) -> Person:
        """An attendee created by the organiser, signed in through their personal link."""
        response = await self.api.post(
            f"/api/v1/events/{SLUG}/attendees",
            json=attendee_body(name, **fields),
            headers=organiser(),
        )
        assert response.status_code == 201, response.text
        body = response.json()
        visitor = await self.visitor(language)
        link = await issue_link(self.db, self.event_id, body["id"], 30)
        page = await visitor.get(link.path(SLUG))
        assert page.status_code == 200
        signed_in = await visitor.post(link.path(SLUG), follow_redirects=False)
        assert signed_in.status_code == 303, signed_in.text
        if onboarded:
            await self.db.execute(
                "insert into attendee_onboarding (attendee_id, completed_at) values ($1, now())",
                body["id"],
            )
        return Person(id=body["id"], name=name, token=body["token"], visitor=visitor)

    async def console(self, language: str = "en") -> Visitor:
        """A browser signed in to the console with the organiser token (an owner)."""
        visitor = await self.visitor(language)
        await visitor.get(f"{CONSOLE}/signin")
        answer = await visitor.post(
            f"{CONSOLE}/signin", {"token": ORGANISER_TOKEN}, follow_redirects=False
        )
        assert answer.status_code == 303, answer.text
        assert answer.headers["location"] == f"{CONSOLE}/"
        return visitor

    async def team_member(
        self, name: str, *, role: str = "staff", language: str = "en"
    ) -> tuple[int, Visitor]:
        """A named organiser account added to the team, signed in through its personal
        link; returns the account id and its browser."""
        email = name.lower().replace(" ", ".") + "@organiser.example.org"
        account, link = await add_member(
            self.db, self.event_id, AccountCreate(name=name, email=email, role=role), 30
        )
        visitor = await self.visitor(language)
        await visitor.get(link.path(SLUG))
        answer = await visitor.post(link.path(SLUG), follow_redirects=False)
        assert answer.status_code == 303, answer.text
        return account.id, visitor


@pytest.fixture
async def world(
    client: AsyncTestClient[Litestar], app: Litestar, event_slug: str, db: asyncpg.Connection
) -> AsyncIterator[World]:
    starts = (datetime.now(UTC) + timedelta(days=3)).replace(
        hour=9, minute=0, second=0, microsecond=0
    )
    response = await client.post(
        f"/api/v1/events/{SLUG}/sessions",
        json={
            "name": "Morning networking",
            "starts_at": starts.isoformat(),
            "ends_at": (starts + timedelta(hours=1)).isoformat(),
            "slot_minutes": 20,
            "tables": ["Table 1 — foyer", "Table 2 — foyer"],
        },
        headers=organiser(),
    )
    assert response.status_code == 201, response.text
    event_id = await db.fetchval("select id from events where slug = $1", SLUG)
    # The visitors share the API client's transport, which the client fixture closes.
    return World(app=app, api=client, db=db, event_id=event_id, session=response.json())


def csrf_from(html: str) -> str:
    found = CSRF_FIELD.search(html)
    assert found is not None, "the page has no form with a CSRF token"
    return found.group(1)
