"""Signing in to the organiser console: the organiser token typed once into a form opens a
server-side session as the event's owner; team members use their own personal link (its GET
changes nothing) or code; attendees never open the console; staff cannot do owner things."""

from __future__ import annotations

import json

import pytest
from pages.page_world import CONSOLE, SLUG, World, csrf_from

from conftest import ORGANISER_TOKEN
from matchmaker.errors import Forbidden
from matchmaker.pages.console.dependencies import ConsoleOrganiser, require_owner
from matchmaker.pages.console.navigation import CONSOLE_NAV
from matchmaker.signin.service import issue_link
from matchmaker.team.service import AccountCreate, add_member, member_link
from matchmaker.tokens import hash_token


async def session_data(world: World) -> list[dict[str, object]]:
    rows = await world.db.fetch("select value from web_sessions order by updated_at")
    return [json.loads(bytes(row["value"])) for row in rows]


async def test_console_pages_without_a_session_send_to_the_console_sign_in(world: World) -> None:
    browser = await world.visitor()
    for path in (f"{CONSOLE}/", f"{CONSOLE}/team"):
        answer = await browser.get(path, follow_redirects=False)
        if answer.status_code == 404:
            continue  # a page not built yet
        assert answer.status_code == 303
        assert answer.headers["location"] == f"{CONSOLE}/signin"


async def test_the_token_is_typed_into_a_form_and_opens_an_owner_session(world: World) -> None:
    browser = await world.visitor()
    form = await browser.get(f"{CONSOLE}/signin")
    assert form.status_code == 200
    assert f'<form method="post" action="{CONSOLE}/signin">' in form.text
    assert 'type="password"' in form.text
    signed_in = await browser.client.post(
        f"{CONSOLE}/signin",
        data={"_csrf_token": csrf_from(form.text), "token": ORGANISER_TOKEN},
        follow_redirects=False,
    )
    assert signed_in.status_code == 303
    assert signed_in.headers["location"] == f"{CONSOLE}/"
    assert ORGANISER_TOKEN not in signed_in.headers["location"]
    owner = await world.db.fetchrow(
        "select id, role, token_holder from organiser_accounts where event_id = $1",
        world.event_id,
    )
    assert owner["role"] == "owner"
    assert owner["token_holder"]
    # The session records an organiser session: the account and its role.
    [stored] = await session_data(world)
    assert stored["principal"] == {
        "kind": "organiser",
        "id": owner["id"],
        "event_id": world.event_id,
        "role": "owner",
    }
    # Nothing secret is stored in the session, and the token is nowhere in the database.
    assert ORGANISER_TOKEN not in json.dumps(stored)
    home = await browser.get(f"{CONSOLE}/")
    assert home.status_code == 200
    assert "Organiser console" in home.text
    for item in CONSOLE_NAV:
        assert f'href="{CONSOLE}/{item.path}"' in home.text
    assert 'aria-current="page">Home' in home.text


async def test_signing_in_with_the_token_again_uses_the_same_owner_account(world: World) -> None:
    await world.console()
    await world.console("fr")
    assert await world.db.fetchval("select count(*) from organiser_accounts") == 1


async def test_a_wrong_token_opens_nothing(world: World) -> None:
    browser = await world.visitor()
    answer = await browser.post(f"{CONSOLE}/signin", {"token": "not-the-token"})
    assert answer.status_code == 401
    assert "This is not the organiser token." in answer.text
    assert await world.db.fetchval("select count(*) from web_sessions") == 0
    assert await world.db.fetchval("select count(*) from organiser_accounts") == 0
    after = await browser.get(f"{CONSOLE}/", follow_redirects=False)
    assert after.status_code == 303


async def test_an_attendee_session_never_opens_the_console(world: World) -> None:
    anne = await world.person("Anne Dupont")
    answer = await anne.visitor.get(f"{CONSOLE}/", follow_redirects=False)
    assert answer.status_code == 403
    assert "The organiser console is only for the event" in answer.text
    french = await world.person("Bruno Lefèvre", language="fr")
    answer = await french.visitor.get(f"{CONSOLE}/", follow_redirects=False)
    assert answer.status_code == 403
    assert "réservée aux organisateurs" in answer.text


async def test_a_team_member_link_shows_continue_and_changes_nothing_until_pressed(
    world: World,
) -> None:
    account, link = await add_member(
        world.db,
        world.event_id,
        AccountCreate(name="Claire Martin", email="claire@efus.eu", role="staff"),
        30,
    )
    assert link.path(SLUG) == f"{CONSOLE}/signin/{link.token}"
    scanner = await world.visitor()
    before = await world.db.fetch("select * from signin_links order by id")
    for _ in range(2):
        page = await scanner.get(link.path(SLUG))
        assert page.status_code == 200
        assert "Continue as Claire Martin" in page.text
        assert "mm_session" not in page.headers.get("set-cookie", "")
    assert await world.db.fetch("select * from signin_links order by id") == before
    assert await world.db.fetchval("select count(*) from web_sessions") == 0
    pressed = await scanner.post(link.path(SLUG), follow_redirects=False)
    assert pressed.status_code == 303
    [stored] = await session_data(world)
    assert stored["principal"] == {
        "kind": "organiser",
        "id": account.id,
        "event_id": world.event_id,
        "role": "staff",
    }
    home = await scanner.get(f"{CONSOLE}/")
    assert "Claire Martin (staff)" in home.text


async def test_a_team_member_signs_in_with_the_typed_code(world: World) -> None:
    account, _ = await add_member(
        world.db,
        world.event_id,
        AccountCreate(name="Claire Martin", email="claire@efus.eu", role="owner"),
        30,
    )
    fresh = await member_link(world.db, world.event_id, account.id, 30)
    browser = await world.visitor()
    wrong = await browser.post(
        f"{CONSOLE}/signin-code", {"email": "claire@efus.eu", "code": "AAAA-AAAA"}
    )
    assert wrong.status_code == 401
    typed = fresh.code.lower().replace("-", " ")
    right = await browser.post(
        f"{CONSOLE}/signin-code",
        {"email": "CLAIRE@efus.eu", "code": typed},
        follow_redirects=False,
    )
    assert right.status_code == 303
    assert (await browser.get(f"{CONSOLE}/")).status_code == 200


async def test_links_and_codes_open_only_their_own_app(world: World) -> None:
    anne = await world.person("Anne Dupont")
    attendee_link = await issue_link(world.db, world.event_id, anne.id, 30)
    account, organiser_link = await add_member(
        world.db,
        world.event_id,
        AccountCreate(name="Claire Martin", email="anne.dupont@example.org", role="owner"),
        30,
    )
    browser = await world.visitor()
    # An attendee's link token on the console's address is unknown there, and vice versa.
    console_try = await browser.get(f"{CONSOLE}/signin/{attendee_link.token}")
    assert "not valid" in console_try.text
    app_try = await browser.get(f"/e/{SLUG}/signin/{organiser_link.token}")
    assert "not valid" in app_try.text
    refused = await browser.post(f"{CONSOLE}/signin/{attendee_link.token}")
    assert refused.status_code == 401
    # Same e-mail address in both: each code opens its own kind of session only.
    refused = await browser.post(
        f"{CONSOLE}/signin-code",
        {"email": "anne.dupont@example.org", "code": attendee_link.code},
    )
    assert refused.status_code == 401
    opened = await browser.post(
        f"/e/{SLUG}/signin",
        {"email": "anne.dupont@example.org", "code": attendee_link.code},
        follow_redirects=False,
    )
    assert opened.status_code == 303
    assert (await browser.get(f"{CONSOLE}/", follow_redirects=False)).status_code == 403
    assert (
        await world.db.fetchval(
            "select organiser_id from signin_links where token_hash = $1",
            hash_token(organiser_link.token),
        )
        == account.id
    )


async def test_a_removed_account_is_signed_out_at_once(world: World) -> None:
    account_id, browser = await world.team_member("Claire Martin")
    assert (await browser.get(f"{CONSOLE}/")).status_code == 200
    await world.db.execute("delete from organiser_accounts where id = $1", account_id)
    answer = await browser.get(f"{CONSOLE}/", follow_redirects=False)
    assert answer.status_code == 303
    assert answer.headers["location"] == f"{CONSOLE}/signin"


async def test_signing_out_ends_the_console_session(world: World) -> None:
    browser = await world.console()
    answer = await browser.post(f"{CONSOLE}/signout", follow_redirects=False)
    assert answer.status_code == 303
    assert answer.headers["location"] == f"{CONSOLE}/signin"
    assert (await browser.get(f"{CONSOLE}/", follow_redirects=False)).status_code == 303


def test_staff_are_refused_owner_actions() -> None:
    staff = ConsoleOrganiser(id=2, name="Claire", role="staff")
    owner = ConsoleOrganiser(id=1, name="Organiser token", role="owner")
    assert require_owner(owner) is owner
    with pytest.raises(Forbidden) as refused:
        require_owner(staff)
    assert refused.value.status == 403
