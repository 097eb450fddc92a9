"""Signing in to the attendee app: the link's GET changes nothing (mail scanners open it
first), its button's POST opens a server-side session, a typed code is the fallback, every
form needs its CSRF token, and the API's bearer tokens work as before."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import asyncpg
from litestar.testing import AsyncTestClient
from pages.page_world import SLUG, World, csrf_from

from conftest import ORGANISER_TOKEN, attendee_body, bearer, organiser
from matchmaker.app import create_app
from matchmaker.matching import HashingEmbedder
from matchmaker.settings import Settings
from matchmaker.signin.service import MAX_FAILED_CODES, issue_link

STATE_TABLES = ("web_sessions", "signin_links", "attendees", "attendee_onboarding")


async def snapshot(db: asyncpg.Connection) -> dict[str, list[Any]]:
    return {
        # Table names come from the constant above, never from input.
        table: [tuple(row) for row in await db.fetch(f"select * from {table} order by 1")]  # noqa: S608
        for table in STATE_TABLES
    }


async def new_attendee(world: World, name: str) -> tuple[int, str]:
    response = await world.api.post(
        f"/api/v1/events/{SLUG}/attendees", json=attendee_body(name), headers=organiser()
    )
    assert response.status_code == 201
    return response.json()["id"], response.json()["token"]


async def test_opening_the_link_changes_nothing_and_asks_to_continue(world: World) -> None:
    anne_id, _ = await new_attendee(world, "Anne Dupont")
    link = await issue_link(world.db, world.event_id, anne_id, 30)
    scanner = await world.visitor()
    before = await snapshot(world.db)
    for _ in range(3):  # a scanner may open it several times, with or without cookies
        page = await scanner.get(link.path(SLUG))
        assert page.status_code == 200
        assert "Continue as Anne Dupont" in page.text
        assert "mm_session" not in page.headers.get("set-cookie", "")
    assert await snapshot(world.db) == before
    # The button's form posts back to the link itself.
    assert f'action="{link.path(SLUG)}"' in page.text


async def test_the_button_starts_a_session_under_a_new_id(world: World) -> None:
    anne_id, _ = await new_attendee(world, "Anne Dupont")
    link = await issue_link(world.db, world.event_id, anne_id, 30)
    browser = await world.visitor()
    page = await browser.get(link.path(SLUG))
    browser.client.cookies.set("mm_session", "planted-by-an-attacker", domain="testserver.local")
    answer = await browser.client.post(
        link.path(SLUG), data={"_csrf_token": csrf_from(page.text)}, follow_redirects=False
    )
    assert answer.status_code == 303
    assert answer.headers["location"] == f"/e/{SLUG}/"
    cookie = next(c for c in answer.headers.get_list("set-cookie") if c.startswith("mm_session="))
    assert "HttpOnly" in cookie
    assert "SameSite=lax" in cookie
    assert "Secure" not in cookie  # served over http here
    assert "planted-by-an-attacker" not in cookie
    assert await world.db.fetchval("select count(*) from web_sessions") == 1
    # Signed in: the app answers (onboarding first, for a new attendee).
    home = await browser.get(f"/e/{SLUG}/", follow_redirects=False)
    assert home.headers["location"] == f"/e/{SLUG}/welcome"


async def test_a_form_without_its_csrf_token_is_refused(world: World) -> None:
    anne = await world.person("Anne Dupont")
    bart = await world.person("Bart Peeters")
    for path, data in [
        (f"/e/{SLUG}/people/{bart.id}/request", {"message": "hello"}),
        (f"/e/{SLUG}/people/{bart.id}/dismiss", {}),
        (f"/e/{SLUG}/me/erase", {"confirm": "yes"}),
        (f"/e/{SLUG}/signout", {}),
    ]:
        refused = await anne.visitor.client.post(path, data=data)
        assert refused.status_code == 403, path
        assert "This form has expired" in refused.text
        forged = await anne.visitor.client.post(path, data={**data, "_csrf_token": "0" * 128})
        assert forged.status_code == 403, path
    assert await world.db.fetchval("select count(*) from meeting_requests") == 0
    assert await world.db.fetchval("select count(*) from dismissals") == 0
    assert await world.db.fetchval("select count(*) from attendees") == 2


async def test_api_bearer_tokens_work_without_any_csrf_token(world: World) -> None:
    anne_id, anne_token = await new_attendee(world, "Anne Dupont")
    bart_id, _ = await new_attendee(world, "Bart Peeters")
    sent = await world.api.post(
        f"/api/v1/events/{SLUG}/meeting-requests",
        json={"to": bart_id, "message": "hi"},
        headers=bearer(anne_token),
    )
    assert sent.status_code == 201, sent.text
    assert "set-cookie" not in sent.headers
    assert (await world.api.get(f"/api/v1/events/{SLUG}/me", headers=bearer(anne_token))).json()[
        "id"
    ] == anne_id


async def test_the_typed_code_signs_in_and_wrong_codes_run_out(world: World) -> None:
    anne_id, _ = await new_attendee(world, "Anne Dupont")
    link = await issue_link(world.db, world.event_id, anne_id, 30)
    browser = await world.visitor()
    email = "anne.dupont@example.org"
    for _ in range(MAX_FAILED_CODES):
        wrong = await browser.post(f"/e/{SLUG}/signin", {"email": email, "code": "AAAA-AAAA"})
        assert wrong.status_code == 401
        assert "do not match" in wrong.text
    right = await browser.post(
        f"/e/{SLUG}/signin", {"email": email, "code": link.code}, follow_redirects=False
    )
    assert right.status_code == 401  # too many wrong codes: this code no longer works
    fresh = await issue_link(world.db, world.event_id, anne_id, 30)
    typed = fresh.code.lower().replace("-", " ")  # case, spaces and dashes do not matter
    ok = await browser.post(
        f"/e/{SLUG}/signin", {"email": email.upper(), "code": typed}, follow_redirects=False
    )
    assert ok.status_code == 303
    assert (await browser.get(f"/e/{SLUG}/welcome")).status_code == 200


async def test_an_unknown_or_expired_link_says_so_and_offers_the_code(world: World) -> None:
    anne_id, _ = await new_attendee(world, "Anne Dupont")
    link = await issue_link(world.db, world.event_id, anne_id, 30)
    await world.db.execute("update signin_links set expires_at = now() - interval '1 second'")
    browser = await world.visitor()
    expired = await browser.get(link.path(SLUG))
    assert "has expired" in expired.text
    assert "Continue as" not in expired.text
    assert (await browser.post(link.path(SLUG))).status_code == 401
    unknown = await browser.get(f"/e/{SLUG}/signin/not-a-token")
    assert "is not valid" in unknown.text
    assert f'href="/e/{SLUG}/signin"' in unknown.text


async def test_signing_out_ends_the_session(world: World) -> None:
    anne = await world.person("Anne Dupont")
    assert (await anne.visitor.get(f"/e/{SLUG}/me")).status_code == 200
    out = await anne.visitor.post(f"/e/{SLUG}/signout", follow_redirects=False)
    assert out.status_code == 303
    again = await anne.visitor.get(f"/e/{SLUG}/me", follow_redirects=False)
    assert again.headers["location"] == f"/e/{SLUG}/signin"
    assert (
        await world.db.fetchval("select count(*) from web_sessions where value like '%principal%'")
        == 0
    )


async def test_cookies_are_secure_behind_https(
    database_url: str, tmp_path: Path, hashing_embedder: HashingEmbedder
) -> None:
    settings = Settings(
        database_url=database_url,
        data_dir=tmp_path,
        admin_token=ORGANISER_TOKEN,
        public_url="https://meet.example.org",
    )
    async with AsyncTestClient(app=create_app(settings, embedder=hashing_embedder)) as client:
        await client.post(
            "/api/v1/events",
            json={"slug": SLUG, "name": "SDC", "timezone": "Europe/Brussels"},
            headers=organiser(),
        )
        page = await client.get(f"/e/{SLUG}/signin")
        assert "Secure" in page.headers["set-cookie"]
