"""The demo a new user starts with: created once, then reused, with fresh tokens each time."""

from __future__ import annotations

from matchmaker.db import open_pool
from matchmaker.demo.planted import PLANTED, SHOWN
from matchmaker.demo.seed import seed_demo_event
from matchmaker.tokens import hash_token


async def test_the_demo_event_is_created_once_with_sessions_and_working_tokens(
    database_url: str,
) -> None:
    pool = await open_pool(database_url, min_size=1, max_size=2)
    try:
        first = await seed_demo_event(pool)
        again = await seed_demo_event(pool)
        async with pool.acquire() as conn:
            assert await conn.fetchval("select count(*) from events") == 1
            assert await conn.fetchval("select count(*) from attendees") == 800
            assert await conn.fetchval("select count(*) from networking_sessions") >= 2
            for shown in again.shown:
                owner = await conn.fetchval(
                    "select id from attendees where token_hash = $1", hash_token(shown.token)
                )
                assert owner == shown.id
    finally:
        await pool.close()
    assert first.created
    assert not again.created
    assert len(again.shown) == 3
    # The printed attendees are the planted ones whose partners make the first suggestions.
    assert [a.name for a in again.shown] == [p.name for p in PLANTED[:SHOWN]]


async def test_the_demo_programme_lies_ahead_and_a_finished_one_gets_a_new_run(
    database_url: str,
) -> None:
    pool = await open_pool(database_url, min_size=1, max_size=2)
    try:
        await seed_demo_event(pool)
        async with pool.acquire() as conn:
            assert await conn.fetchval(
                "select bool_and(starts_at > now()) from networking_sessions"
            )
            assert await conn.fetchval("select bool_and(starts_at > now()) from session_slots")
            # The demo conference is over: every session and slot moved two years back.
            await conn.execute(
                """
                update networking_sessions
                set starts_at = starts_at - interval '730 days',
                    ends_at = ends_at - interval '730 days'
                """
            )
            await conn.execute(
                """
                update session_slots
                set starts_at = starts_at - interval '730 days',
                    ends_at = ends_at - interval '730 days'
                """
            )
        await seed_demo_event(pool)
        async with pool.acquire() as conn:
            past, ahead = await conn.fetchrow(
                """
                select count(*) filter (where ends_at <= now()),
                       count(*) filter (where starts_at > now())
                from networking_sessions
                """
            )
            assert past == ahead >= 2
            assert await conn.fetchval("select count(*) from attendees") == 800
    finally:
        await pool.close()
