"""Importing the registration system's CSV: a clear report of every bad row, nothing
half-imported, and re-imports update by e-mail instead of duplicating."""

from __future__ import annotations

from typing import Any

from litestar import Litestar
from litestar.testing import AsyncTestClient

from conftest import bearer, organiser

Client = AsyncTestClient[Litestar]

HEADER = (
    "name,email,role,organisation,organisation_type,city,country,languages,topics,"
    "seeking,offering,consent\n"
)
GOOD_ROWS = (
    "Anne Dupont,anne@liege.be,Prevention officer,Ville de Liège,local_authority,Liège,BE,fr;en,"
    "nightlife;drugs,night mediation,drug checking,true\n"
    "Jan Peeters,jan@gent.be,Police chief,Politie Gent,police,Gent,BE,nl;en,nightlife,"
    "crowd safety,community policing,yes\n"
)
BAD_ROWS = (
    "No Email,,Mayor,Town,local_authority,Namur,BE,fr,nightlife,,,true\n"
    "Bad Country,bad@x.org,Mayor,Town,local_authority,Namur,XX,fr,nightlife,,,true\n"
    "Bad Topic,topic@x.org,Mayor,Town,local_authority,Namur,BE,fr,astrology,,,true\n"
    "Bad Consent,consent@x.org,Mayor,Town,local_authority,Namur,BE,fr,nightlife,,,maybe\n"
)


async def _import(client: Client, slug: str, body: str, **params: Any) -> Any:
    response = await client.post(
        f"/api/v1/events/{slug}/attendees/import",
        content=body.encode(),
        params=params,
        headers={**organiser(), "content-type": "text/csv"},
    )
    assert response.status_code == 200, response.text
    return response.json()


async def test_good_rows_are_created_and_get_tokens(client: Client, event_slug: str) -> None:
    report = await _import(client, event_slug, HEADER + GOOD_ROWS)
    assert (report["created"], report["updated"], report["errors"]) == (2, 0, [])
    tokens = {t["email"]: t["token"] for t in report["tokens"]}
    anne = bearer(tokens["anne@liege.be"])
    me = await client.get(f"/api/v1/events/{event_slug}/me", headers=anne)
    assert me.json()["languages"] == ["fr", "en"]
    assert me.json()["topics"] == ["nightlife", "drugs"]


async def test_every_bad_row_is_reported_with_row_and_field_and_writes_nothing(
    client: Client, event_slug: str, db: Any
) -> None:
    report = await _import(client, event_slug, HEADER + GOOD_ROWS + BAD_ROWS)
    assert report["created"] == 2
    errors = {(e["row"], e["field"]) for e in report["errors"]}
    assert errors == {(4, "email"), (5, "country"), (6, "topics"), (7, "consent")}
    assert await db.fetchval("select count(*) from attendees") == 2


async def test_reimporting_the_same_file_updates_by_email(
    client: Client, event_slug: str, db: Any
) -> None:
    await _import(client, event_slug, HEADER + GOOD_ROWS)
    changed = GOOD_ROWS.replace("night mediation", "night mayors").replace("anne@", "ANNE@")
    report = await _import(client, event_slug, HEADER + changed)
    assert (report["created"], report["updated"]) == (0, 2)
    assert report["tokens"] == []
    assert await db.fetchval("select count(*) from attendees") == 2
    assert await db.fetchval("select seeking from attendees where email = 'anne@liege.be'") == (
        "night mayors"
    )


async def test_a_dry_run_reports_exactly_but_writes_nothing(
    client: Client, event_slug: str, db: Any
) -> None:
    report = await _import(client, event_slug, HEADER + GOOD_ROWS + BAD_ROWS, dry_run="true")
    assert report["created"] == 2
    assert len(report["errors"]) == 4
    assert report["tokens"] == []
    assert await db.fetchval("select count(*) from attendees") == 0


async def test_the_same_email_twice_in_one_file_is_reported(
    client: Client, event_slug: str
) -> None:
    twice = HEADER + GOOD_ROWS + GOOD_ROWS.splitlines(keepends=True)[0]
    report = await _import(client, event_slug, twice)
    assert report["created"] == 2
    assert [(e["row"], e["field"]) for e in report["errors"]] == [(4, "email")]


async def test_an_unknown_column_is_refused_as_a_whole(client: Client, event_slug: str) -> None:
    response = await client.post(
        f"/api/v1/events/{event_slug}/attendees/import",
        content=b"name,email,shoe_size\nA,a@x.org,44\n",
        headers={**organiser(), "content-type": "text/csv"},
    )
    assert response.status_code == 409
    assert response.json()["field"] == "header"
    assert "shoe_size" in response.json()["detail"]


async def test_a_file_that_is_not_utf8_is_refused(client: Client, event_slug: str) -> None:
    response = await client.post(
        f"/api/v1/events/{event_slug}/attendees/import",
        content="name,email\nJosé,j@x.org\n".encode("utf-16"),
        headers={**organiser(), "content-type": "text/csv"},
    )
    assert response.status_code == 409
    assert response.json()["field"] == "body"
