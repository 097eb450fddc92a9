"""Per-event change versions (migration 0003): gap-free, handed out in commit order, each
logged with its attendee and notified as event:attendee:version."""

from __future__ import annotations

import asyncio
from typing import Any

import asyncpg

from matchmaker.suggestions import change_log
from sql_fixtures import make_event


async def test_versions_are_gap_free_in_commit_order_even_when_a_change_rolls_back(
    db: Any, database_url: str
) -> None:
    event_id, (anne, bob, carl) = await make_event(db, "versions", 3)
    start = await change_log.current_version(db, event_id)
    first = await asyncpg.connect(database_url)
    second = await asyncpg.connect(database_url)
    try:
        rolled_back = first.transaction()
        await rolled_back.start()
        await first.execute("update attendees set role = 'a' where id = $1", anne)
        # The second change waits for the first transaction: the counter row is locked.
        waiting = asyncio.create_task(
            second.execute("update attendees set role = 'b' where id = $1", bob)
        )
        await asyncio.sleep(0.2)
        assert not waiting.done()
        await rolled_back.rollback()
        await waiting
        await db.execute("update attendees set role = 'c' where id = $1", carl)
    finally:
        await first.close()
        await second.close()
    missed = await change_log.changes_after(db, event_id, start, 100)
    assert missed.current == start + 2
    assert missed.changes == [(start + 1, bob), (start + 2, carl)]
    assert missed.complete_after(start)


async def test_every_change_is_notified_with_its_version(db: Any, database_url: str) -> None:
    event_id, (anne,) = await make_event(db, "notified", 1)
    listener = await asyncpg.connect(database_url)
    received: asyncio.Queue[str] = asyncio.Queue()
    await listener.add_listener("attendee_changed", lambda *args: received.put_nowait(args[-1]))
    try:
        await db.execute("update attendees set city = 'Liège' where id = $1", anne)
        await db.execute("delete from attendees where id = $1", anne)
        payloads = [await asyncio.wait_for(received.get(), 5) for _ in range(2)]
    finally:
        await listener.close()
    version = await change_log.current_version(db, event_id)
    assert payloads == [
        f"{event_id}:{anne}:{version - 1}",
        f"{event_id}:{anne}:{version}",
    ]


async def test_a_pruned_log_no_longer_covers_the_gap(db: Any) -> None:
    event_id, people = await make_event(db, "pruned", 4)
    await db.execute("update attendee_changes set changed_at = now() - interval '2 hours'")
    await db.execute("update attendees set role = 'new' where id = $1", people[0])
    assert await change_log.prune(db, 3600) == 4
    missed = await change_log.changes_after(db, event_id, 0, 100)
    assert missed.current == 5
    assert missed.changes == [(5, people[0])]
    assert not missed.complete_after(0)
    assert missed.complete_after(4)


async def test_deleting_an_event_removes_its_attendees_through_the_trigger(db: Any) -> None:
    event_id, _ = await make_event(db, "gone", 2)
    await db.execute("delete from events where id = $1", event_id)
    assert await db.fetchval("select count(*) from attendees where event_id = $1", event_id) == 0
    assert await change_log.current_version(db, event_id) == 4  # 2 inserts, 2 deletes
