"""What the served OpenAPI document promises, checked against the answers themselves.

The schemathesis run (test_openapi_truth.py) explores; these pin the rules it relies on."""

from __future__ import annotations

from typing import Any

from litestar import Litestar
from litestar.testing import AsyncTestClient

from conftest import bearer, organiser

Client = AsyncTestClient[Litestar]
PROBLEM = "application/problem+json"


def assert_refused(response: Any, status: int, field: str) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    assert response.json()["field"] == field


async def document(client: Client) -> dict[str, Any]:
    response = await client.get("/schema/openapi.json")
    assert response.status_code == 200
    body: dict[str, Any] = response.json()
    return body


def operations(doc: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method.upper(), path, operation)
        for path, item in doc["paths"].items()
        for method, operation in item.items()
        if method != "parameters"
    ]


async def test_every_refusal_is_documented_as_problem_json(client: Client) -> None:
    for method, path, operation in operations(await document(client)):
        for status, response in operation["responses"].items():
            if int(status) >= 400 and path != "/health":
                assert list(response["content"]) == [PROBLEM], (method, path, status)
                schema = response["content"][PROBLEM]["schema"]
                assert "$ref" in schema, (method, path, status)


async def test_refusals_follow_from_what_a_route_is_made_of(client: Client) -> None:
    doc = await document(client)
    for method, path, operation in operations(doc):
        statuses = set(operation["responses"])
        if "{" in path:
            assert {"400", "404"} <= statuses, (method, path)
        if "requestBody" in operation:
            assert {"400", "413"} <= statuses, (method, path)
        if operation.get("security"):
            assert "401" in statuses, (method, path)
    meetings = doc["paths"]["/api/v1/events/{event_slug}/meetings"]["post"]
    assert {"401", "403", "404", "409", "422", "429"} <= set(meetings["responses"])
    conflict = meetings["responses"]["409"]["content"][PROBLEM]["schema"]["$ref"]
    assert conflict.endswith("/SlotTakenProblem")


async def test_token_routes_require_the_bearer_scheme_and_public_ones_do_not(
    client: Client,
) -> None:
    doc = await document(client)
    assert doc["components"]["securitySchemes"]["bearer"]["scheme"] == "bearer"
    paths = doc["paths"]
    assert paths["/api/v1/events/{event_slug}/me"]["get"]["security"] == [{"bearer": []}]
    assert paths["/api/v1/events/{event_slug}/settings"]["put"]["security"] == [{"bearer": []}]
    assert "security" not in paths["/api/v1/events/{event_slug}"]["get"]


async def test_bodies_that_refuse_unknown_fields_say_so(client: Client, event_slug: str) -> None:
    schemas = (await document(client))["components"]["schemas"]
    for name in ("EventCreate", "AttendeeCreate", "AttendeePatch", "MatchSettings", "Topic"):
        assert schemas[name]["additionalProperties"] is False, name
    response = await client.put(
        f"/api/v1/events/{event_slug}/settings", json={"surprise": 1}, headers=organiser()
    )
    assert response.status_code == 400
    assert response.headers["content-type"].startswith(PROBLEM)


async def test_constraints_inside_lists_and_unions_are_in_the_document(client: Client) -> None:
    schemas = (await document(client))["components"]["schemas"]
    topics = schemas["AttendeeCreate"]["properties"]["topics"]
    assert topics["uniqueItems"] is True
    assert topics["items"]["pattern"].startswith("^[a-z0-9]")
    tables = schemas["SessionCreate"]["properties"]["tables"]["anyOf"]
    assert {"type": "integer", "maximum": 500, "minimum": 1} in tables
    assert "Europe/Brussels" in schemas["EventCreate"]["properties"]["timezone"]["enum"]


async def test_a_body_is_held_to_its_types_exactly(
    client: Client, event_slug: str, create_attendee: Any
) -> None:
    anne, token = await create_attendee("Anne Dupont")
    _, bart_token = await create_attendee("Bart Peeters")
    path = f"/api/v1/events/{event_slug}/meeting-requests"
    as_text = await client.post(path, json={"to": str(anne)}, headers=bearer(bart_token))
    assert_refused(as_text, 400, "to")
    as_flag = await client.put(
        f"/api/v1/events/{event_slug}/settings",
        json={"require_common_language": 0},
        headers=organiser(),
    )
    assert as_flag.status_code == 400
    # JSON Schema counts 2.0 as an integer, and so does the service.
    whole = await client.post(path, json={"to": float(anne)}, headers=bearer(bart_token))
    assert whole.status_code == 201, whole.text
    assert token


async def test_options_and_405_list_every_method_of_the_path(
    client: Client, event_slug: str
) -> None:
    me = f"/api/v1/events/{event_slug}/me"
    options = await client.options(me)
    assert options.status_code == 204
    assert options.headers["allow"] == "DELETE, GET, OPTIONS, PATCH"
    refused = await client.put(me)
    assert refused.status_code == 405
    assert set(refused.headers["allow"].split(", ")) == {"DELETE", "GET", "OPTIONS", "PATCH"}
    assert refused.headers["content-type"].startswith(PROBLEM)


async def test_ids_beyond_what_json_clients_hold_are_refused_at_the_edge(
    client: Client, event_slug: str
) -> None:
    response = await client.get(
        f"/api/v1/events/{event_slug}/sessions/{2**53}/table-plan.csv", headers=organiser()
    )
    assert_refused(response, 400, "session_id")


async def test_a_session_out_of_any_calendar_is_refused_not_a_crash(
    client: Client, event_slug: str
) -> None:
    response = await client.post(
        f"/api/v1/events/{event_slug}/sessions",
        json={
            "name": "Year one",
            "starts_at": "0001-01-01T00:00:00+01:02",
            "ends_at": "0001-01-01T01:00:00Z",
            "slot_minutes": 15,
            "tables": 1,
        },
        headers=organiser(),
    )
    assert_refused(response, 409, "starts_at")


async def test_a_file_that_is_not_csv_is_refused_not_a_crash(
    client: Client, event_slug: str
) -> None:
    path = f"/api/v1/events/{event_slug}/attendees/import"
    headers = {**organiser(), "Content-Type": "text/csv"}
    # Any text is a CSV file to the document: a file that cannot be imported is a 409.
    stray_return = await client.post(path, content=b"\xc2\x95\r)", headers=headers)
    assert_refused(stray_return, 409, "header")
    # A cell beyond the csv module's limit is a csv.Error, not a server error.
    huge_cell = await client.post(path, content=b"name,email\n" + b"a" * 200_000, headers=headers)
    assert_refused(huge_cell, 409, "body")
    empty = await client.post(path, content=b"", headers=headers)
    assert_refused(empty, 400, "body")
