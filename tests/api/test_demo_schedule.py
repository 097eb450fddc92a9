"""What a new user does first: start the demo, auto-schedule one of its sessions, download
the table plan. The demo's sessions must lie ahead, or nothing could be placed in them."""

from __future__ import annotations

import asyncio
import csv
import io
from dataclasses import replace

import asyncpg
from litestar import Litestar
from litestar.testing import AsyncTestClient
from test_organiser_tools import check_valid

from conftest import organiser
from matchmaker.app import create_app
from matchmaker.demo.generator import DEMO_EVENT
from matchmaker.matching import HashingEmbedder
from matchmaker.settings import Settings

EVENT = f"/api/v1/events/{DEMO_EVENT.slug}"


async def _until_indexed(client: AsyncTestClient[Litestar]) -> None:
    """Indexing runs in the background after start; suggestions need it done."""
    for _ in range(600):
        stats = (await client.get(f"{EVENT}/stats", headers=organiser())).json()
        if stats["attendees_indexed"] == stats["attendees_consenting"] > 0:
            return
        await asyncio.sleep(0.2)
    raise AssertionError(f"demo not indexed: {stats}")


async def test_an_organiser_auto_schedules_a_demo_session_and_downloads_its_table_plan(
    settings: Settings, hashing_embedder: HashingEmbedder, db: asyncpg.Connection
) -> None:
    app = create_app(replace(settings, demo=True), embedder=hashing_embedder)
    async with AsyncTestClient(app=app) as client:
        await _until_indexed(client)
        sessions = (await client.get(f"{EVENT}/sessions", headers=organiser())).json()["items"]
        lunch = sessions[1]
        schedule = f"{EVENT}/sessions/{lunch['id']}/schedule"

        dry = await client.post(
            schedule, json={"dry_run": True, "time_limit_seconds": 5}, headers=organiser()
        )
        assert dry.status_code == 200, dry.text
        assert dry.json()["placed"] > 0
        assert await db.fetchval("select count(*) from meetings") == 0

        booked = await client.post(
            schedule, json={"dry_run": False, "time_limit_seconds": 5}, headers=organiser()
        )
        assert booked.status_code == 200, booked.text
        placed = booked.json()["placed"]
        assert placed > 0
        await check_valid(db)

        plan = await client.get(
            f"{EVENT}/sessions/{lunch['id']}/table-plan.csv", headers=organiser()
        )
        assert plan.status_code == 200
        rows = list(csv.DictReader(io.StringIO(plan.text)))
        assert len(rows) == placed
        assert all(row["organisation_a"] and row["organisation_b"] for row in rows)
