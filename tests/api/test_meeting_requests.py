"""Meeting requests: who may ask whom, one open request per pair, caps, cooldown, expiry
and who may answer — each rule as a client meets it."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient

from conftest import bearer, organiser

Client = AsyncTestClient[Litestar]


@pytest.fixture
def requests_path(event_slug: str) -> str:
    return f"/api/v1/events/{event_slug}/meeting-requests"


async def send(client: Client, path: str, token: str, to: int, message: str = "Hello") -> Any:
    return await client.post(path, json={"to": to, "message": message}, headers=bearer(token))


async def set_match_settings(db: Any, **values: Any) -> None:
    await db.execute(
        "update events set match_settings = match_settings || $1::jsonb", json.dumps(values)
    )


async def test_a_request_is_pending_and_expires_after_the_configured_time(
    client: Client, requests_path: str, create_attendee: Any
) -> None:
    anne, anne_token = await create_attendee("Anne Dupont")
    bart, _ = await create_attendee("Bart Peeters")
    response = await send(client, requests_path, anne_token, bart, "Night mediators?")
    assert response.status_code == 201, response.text
    request = response.json()
    assert request["from"] == anne
    assert request["to"] == bart
    assert request["message"] == "Night mediators?"
    assert request["status"] == "pending"
    created = datetime.fromisoformat(request["created_at"])
    expires = datetime.fromisoformat(request["expires_at"])
    assert expires - created == timedelta(hours=72)
    assert request["created_at"].endswith(("+01:00", "+02:00"))  # Europe/Brussels


async def test_nobody_sends_a_request_to_themselves(
    client: Client, requests_path: str, create_attendee: Any
) -> None:
    anne, token = await create_attendee("Anne Dupont")
    response = await send(client, requests_path, token, anne)
    assert response.status_code == 409
    assert response.json()["field"] == "to"


async def test_a_message_longer_than_500_characters_is_refused(
    client: Client, requests_path: str, create_attendee: Any
) -> None:
    _, token = await create_attendee("Anne Dupont")
    bart, _ = await create_attendee("Bart Peeters")
    response = await send(client, requests_path, token, bart, "x" * 501)
    assert response.status_code == 400
    assert response.json()["field"] == "message"


async def test_someone_without_consent_cannot_be_asked(
    client: Client, requests_path: str, create_attendee: Any
) -> None:
    _, token = await create_attendee("Anne Dupont")
    shy, _ = await create_attendee("Shy Person", consent=False)
    response = await send(client, requests_path, token, shy)
    assert response.status_code == 404
    assert response.json()["field"] == "to"


async def test_an_erased_or_unknown_attendee_cannot_be_asked(
    client: Client, event_slug: str, requests_path: str, create_attendee: Any
) -> None:
    _, token = await create_attendee("Anne Dupont")
    gone, gone_token = await create_attendee("Gone Person")
    erased = await client.delete(f"/api/v1/events/{event_slug}/me", headers=bearer(gone_token))
    assert erased.status_code == 204
    assert (await send(client, requests_path, token, gone)).status_code == 404
    assert (await send(client, requests_path, token, 987654)).status_code == 404


async def test_a_block_in_either_direction_looks_like_an_unknown_person(
    client: Client, requests_path: str, create_attendee: Any, db: Any
) -> None:
    anne, anne_token = await create_attendee("Anne Dupont")
    bart, bart_token = await create_attendee("Bart Peeters")
    await db.execute("insert into blocks (attendee_id, blocked_id) values ($1, $2)", bart, anne)
    assert (await send(client, requests_path, anne_token, bart)).status_code == 404
    assert (await send(client, requests_path, bart_token, anne)).status_code == 404


async def test_one_open_request_per_pair_whichever_direction(
    client: Client, requests_path: str, create_attendee: Any
) -> None:
    anne, anne_token = await create_attendee("Anne Dupont")
    bart, bart_token = await create_attendee("Bart Peeters")
    assert (await send(client, requests_path, anne_token, bart)).status_code == 201
    again = await send(client, requests_path, anne_token, bart)
    assert again.status_code == 409
    assert again.json()["field"] == "to"
    assert (await send(client, requests_path, bart_token, anne)).status_code == 409


async def test_pending_outgoing_requests_are_capped(
    client: Client, requests_path: str, create_attendee: Any, db: Any
) -> None:
    await set_match_settings(db, max_pending_requests=2)
    _, token = await create_attendee("Anne Dupont")
    others = [(await create_attendee(f"Person {n}"))[0] for n in "ABC"]
    assert (await send(client, requests_path, token, others[0])).status_code == 201
    assert (await send(client, requests_path, token, others[1])).status_code == 201
    over = await send(client, requests_path, token, others[2])
    assert over.status_code == 429
    assert "2 pending requests" in over.json()["detail"]
    assert over.json()["max_pending_requests"] == 2


async def test_a_withdrawn_request_frees_a_place_under_the_cap(
    client: Client, requests_path: str, create_attendee: Any, db: Any
) -> None:
    await set_match_settings(db, max_pending_requests=1)
    _, token = await create_attendee("Anne Dupont")
    bart, _ = await create_attendee("Bart Peeters")
    carl, _ = await create_attendee("Carl Jansen")
    first = (await send(client, requests_path, token, bart)).json()
    assert (await send(client, requests_path, token, carl)).status_code == 429
    withdrawn = await client.post(f"{requests_path}/{first['id']}/withdraw", headers=bearer(token))
    assert withdrawn.status_code == 200
    assert withdrawn.json()["status"] == "withdrawn"
    assert (await send(client, requests_path, token, carl)).status_code == 201


async def test_a_declined_request_may_be_sent_again_only_after_the_cooldown(
    client: Client, requests_path: str, create_attendee: Any, db: Any
) -> None:
    await set_match_settings(db, request_cooldown_hours=24)
    _, anne_token = await create_attendee("Anne Dupont")
    bart, bart_token = await create_attendee("Bart Peeters")
    first = (await send(client, requests_path, anne_token, bart)).json()
    declined = await client.post(
        f"{requests_path}/{first['id']}/decline", headers=bearer(bart_token)
    )
    assert declined.status_code == 200
    assert declined.json()["status"] == "declined"
    too_soon = await send(client, requests_path, anne_token, bart)
    assert too_soon.status_code == 409
    retry_after = datetime.fromisoformat(too_soon.json()["retry_after"])
    responded = datetime.fromisoformat(declined.json()["responded_at"])
    assert retry_after - responded == timedelta(hours=24)
    await db.execute(
        "update meeting_requests set responded_at = responded_at - interval '25 hours'"
    )
    assert (await send(client, requests_path, anne_token, bart)).status_code == 201


async def test_pending_requests_read_as_expired_and_are_marked_by_the_next_act(
    client: Client, requests_path: str, create_attendee: Any, db: Any
) -> None:
    _, anne_token = await create_attendee("Anne Dupont")
    bart, bart_token = await create_attendee("Bart Peeters")
    request = (await send(client, requests_path, anne_token, bart)).json()
    await db.execute("update meeting_requests set expires_at = now() - interval '1 minute'")
    accept = await client.post(
        f"{requests_path}/{request['id']}/accept", headers=bearer(bart_token)
    )
    assert accept.status_code == 409
    outbox = await client.get(requests_path, params={"box": "out"}, headers=bearer(anne_token))
    assert [r["status"] for r in outbox.json()["items"]] == ["expired"]
    # Reading changes nothing (the refused accept was rolled back, as every refusal is).
    assert await db.fetchval("select status from meeting_requests") == "pending"
    # An expired request no longer holds the pair open; asking again marks it expired.
    assert (await send(client, requests_path, anne_token, bart)).status_code == 201
    marked = "select status from meeting_requests where id = $1"
    assert await db.fetchval(marked, request["id"]) == "expired"


async def test_only_the_recipient_accepts_or_declines_and_only_the_sender_withdraws(
    client: Client, requests_path: str, create_attendee: Any
) -> None:
    _, anne_token = await create_attendee("Anne Dupont")
    bart, bart_token = await create_attendee("Bart Peeters")
    _, carl_token = await create_attendee("Carl Jansen")
    request = (await send(client, requests_path, anne_token, bart)).json()
    base = f"{requests_path}/{request['id']}"
    for token in (anne_token, carl_token):
        assert (await client.post(f"{base}/accept", headers=bearer(token))).status_code == 403
        assert (await client.post(f"{base}/decline", headers=bearer(token))).status_code == 403
    for token in (bart_token, carl_token):
        assert (await client.post(f"{base}/withdraw", headers=bearer(token))).status_code == 403


async def test_accepting_without_a_slot_books_nothing(
    client: Client, requests_path: str, create_attendee: Any
) -> None:
    _, anne_token = await create_attendee("Anne Dupont")
    bart, bart_token = await create_attendee("Bart Peeters")
    request = (await send(client, requests_path, anne_token, bart)).json()
    response = await client.post(
        f"{requests_path}/{request['id']}/accept", headers=bearer(bart_token)
    )
    assert response.status_code == 200
    assert response.json()["request"]["status"] == "accepted"
    assert response.json()["meeting"] is None


async def test_acting_on_a_request_that_is_no_longer_pending_is_a_conflict(
    client: Client, requests_path: str, create_attendee: Any
) -> None:
    _, anne_token = await create_attendee("Anne Dupont")
    bart, bart_token = await create_attendee("Bart Peeters")
    request = (await send(client, requests_path, anne_token, bart)).json()
    base = f"{requests_path}/{request['id']}"
    assert (await client.post(f"{base}/withdraw", headers=bearer(anne_token))).status_code == 200
    for action in ("accept", "decline"):
        response = await client.post(f"{base}/{action}", headers=bearer(bart_token))
        assert response.status_code == 409
        assert response.json()["request_status"] == "withdrawn"
    assert (await client.post(f"{base}/withdraw", headers=bearer(anne_token))).status_code == 409


async def test_an_unknown_request_is_404(
    client: Client, requests_path: str, create_attendee: Any
) -> None:
    _, token = await create_attendee("Anne Dupont")
    response = await client.post(f"{requests_path}/424242/accept", headers=bearer(token))
    assert response.status_code == 404


async def test_inbox_and_outbox_list_newest_first_a_page_at_a_time(
    client: Client, requests_path: str, create_attendee: Any
) -> None:
    anne, anne_token = await create_attendee("Anne Dupont")
    sent = []
    for name in ("Bart Peeters", "Carl Jansen", "Dora Maes"):
        other, _ = await create_attendee(name)
        sent.append((await send(client, requests_path, anne_token, other)).json()["id"])
    first = await client.get(
        requests_path, params={"box": "out", "limit": 2}, headers=bearer(anne_token)
    )
    assert [r["id"] for r in first.json()["items"]] == [sent[2], sent[1]]
    assert first.json()["next"]
    second = await client.get(
        requests_path,
        params={"box": "out", "limit": 2, "cursor": first.json()["next"]},
        headers=bearer(anne_token),
    )
    assert [r["id"] for r in second.json()["items"]] == [sent[0]]
    assert second.json()["next"] is None
    inbox = await client.get(requests_path, params={"box": "in"}, headers=bearer(anne_token))
    assert inbox.json() == {"items": [], "next": None}
    assert all(r["from"] == anne for r in first.json()["items"])


async def test_an_unknown_box_is_refused(
    client: Client, requests_path: str, create_attendee: Any
) -> None:
    _, token = await create_attendee("Anne Dupont")
    response = await client.get(requests_path, params={"box": "spam"}, headers=bearer(token))
    assert response.status_code == 400
    assert response.json()["field"] == "box"


async def test_the_organiser_token_is_not_an_attendee(client: Client, requests_path: str) -> None:
    response = await client.post(requests_path, json={"to": 1}, headers=organiser())
    assert response.status_code == 401
