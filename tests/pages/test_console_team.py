"""The team page: owners add named organiser accounts (each with a personal link and code to
pass on), change roles and remove accounts; staff see the team but get 403 on every owner
action; the event never loses its last owner; every change is in the audit log."""

from __future__ import annotations

import re

from pages.page_world import CONSOLE, World

from matchmaker.team.service import team

LINK = re.compile(r'id="member-link">(http://\S+?)</p>')
CODE = re.compile(r'id="member-code">(\S+)</p>')


async def test_an_owner_adds_a_staff_member_who_signs_in_with_their_link(world: World) -> None:
    owner = await world.console()
    added = await owner.post(
        f"{CONSOLE}/team", {"name": "Claire Martin", "email": "claire@efus.eu", "role": "staff"}
    )
    assert added.status_code == 200
    assert "Claire Martin was added to the team." in added.text
    link = LINK.search(added.text)
    code = CODE.search(added.text)
    assert link is not None
    assert code is not None
    assert link.group(1).startswith(f"http://127.0.0.1:8000{CONSOLE}/signin/")
    members = await team(world.db, world.event_id)
    assert [(m.name, m.role) for m in members] == [
        ("Organiser token", "owner"),
        ("Claire Martin", "staff"),
    ]
    listed = await owner.get(f"{CONSOLE}/team")
    assert "claire@efus.eu" in listed.text
    # Claire opens her link on her own computer.
    claire = await world.visitor()
    path = link.group(1).removeprefix("http://127.0.0.1:8000")
    preview = await claire.get(path)
    assert "Continue as Claire Martin" in preview.text
    signed_in = await claire.post(path)
    assert signed_in.status_code == 200
    assert "Claire Martin (staff)" in signed_in.text


async def test_staff_see_the_team_but_get_403_on_owner_actions(world: World) -> None:
    claire_id, claire = await world.team_member("Claire Martin")
    page = await claire.get(f"{CONSOLE}/team")
    assert page.status_code == 200
    assert "Add a team member" not in page.text
    before = await world.db.fetch("select * from organiser_accounts order by id")
    for path, data in [
        (f"{CONSOLE}/team", {"name": "Eve", "email": "eve@example.org", "role": "owner"}),
        (f"{CONSOLE}/team/{claire_id}/role", {"role": "owner"}),
        (f"{CONSOLE}/team/{claire_id}/link", {}),
        (f"{CONSOLE}/team/{claire_id}/remove", {}),
    ]:
        answer = await claire.post(path, data)
        assert answer.status_code == 403, path
        assert "Only an owner of this event can do this." in answer.text
    assert (await claire.get(f"{CONSOLE}/team/{claire_id}/remove")).status_code == 403
    assert await world.db.fetch("select * from organiser_accounts order by id") == before


async def test_a_promoted_member_may_act_as_owner_at_once(world: World) -> None:
    owner = await world.console()
    claire_id, claire = await world.team_member("Claire Martin")
    changed = await owner.post(f"{CONSOLE}/team/{claire_id}/role", {"role": "owner"})
    assert "Claire Martin is now owner." in changed.text
    # Her session was opened as staff; the role is read again on every request.
    assert "Add a team member" in (await claire.get(f"{CONSOLE}/team")).text
    demoted = await owner.post(f"{CONSOLE}/team/{claire_id}/role", {"role": "staff"})
    assert "Claire Martin is now staff." in demoted.text
    assert "Add a team member" not in (await claire.get(f"{CONSOLE}/team")).text


async def test_the_last_owner_cannot_step_down_nor_be_removed(world: World) -> None:
    claire_id, claire = await world.team_member("Claire Martin", role="owner")
    refused = await claire.post(f"{CONSOLE}/team/{claire_id}/role", {"role": "staff"})
    assert "The event must keep at least one owner." in refused.text
    refused = await claire.post(f"{CONSOLE}/team/{claire_id}/remove")
    assert "The event must keep at least one owner." in refused.text
    roles = await world.db.fetch("select role from organiser_accounts")
    assert [row["role"] for row in roles] == ["owner"]


async def test_removing_a_member_signs_them_out_and_kills_their_links(world: World) -> None:
    owner = await world.console()
    claire_id, claire = await world.team_member("Claire Martin")
    confirm = await owner.get(f"{CONSOLE}/team/{claire_id}/remove")
    assert "Remove Claire Martin from the team?" in confirm.text
    removed = await owner.post(f"{CONSOLE}/team/{claire_id}/remove")
    assert "Claire Martin was removed from the team." in removed.text
    assert (await claire.get(f"{CONSOLE}/", follow_redirects=False)).status_code == 303
    assert await world.db.fetchval("select count(*) from signin_links") == 0


async def test_the_token_account_cannot_be_changed(world: World) -> None:
    owner = await world.console()
    token_id = await world.db.fetchval("select id from organiser_accounts where token_holder")
    refused = await owner.post(f"{CONSOLE}/team/{token_id}/role", {"role": "staff"})
    assert "cannot be changed or removed" in refused.text
    assert (await owner.post(f"{CONSOLE}/team/{token_id}/link")).status_code == 409


async def test_bad_or_duplicate_members_are_explained_next_to_the_field(world: World) -> None:
    owner = await world.console()
    bad = await owner.post(f"{CONSOLE}/team", {"name": "Claire", "email": "not-an-address"})
    assert bad.status_code == 400
    assert "Enter an e-mail address like name@example.org." in bad.text
    assert 'href="#field-email"' in bad.text
    first = await owner.post(f"{CONSOLE}/team", {"name": "Claire", "email": "c@efus.eu"})
    assert first.status_code == 200
    again = await owner.post(f"{CONSOLE}/team", {"name": "Claire M.", "email": "C@EFUS.EU"})
    assert again.status_code == 409
    assert "This e-mail address is already in the team." in again.text
    assert 'value="Claire M."' in again.text
    french = await world.console("fr")
    assert "Ajouter un membre" in (await french.get(f"{CONSOLE}/team")).text


async def test_team_changes_are_in_the_audit_log(world: World) -> None:
    owner = await world.console()
    await owner.post(f"{CONSOLE}/team", {"name": "Claire", "email": "c@efus.eu"})
    claire_id = await world.db.fetchval("select id from organiser_accounts where email <> ''")
    await owner.post(f"{CONSOLE}/team/{claire_id}/role", {"role": "owner"})
    await owner.post(f"{CONSOLE}/team/{claire_id}/remove")
    rows = await world.db.fetch("select actor_name, action from audit_log order by id")
    assert [(r["actor_name"], r["action"]) for r in rows] == [
        ("Organiser token", "console.signed_in"),
        ("Organiser token", "team.member_added"),
        ("Organiser token", "team.role_changed"),
        ("Organiser token", "team.member_removed"),
    ]
