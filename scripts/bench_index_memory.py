"""Memory of one `matchmaker serve` process holding many events: 10 events of 10,000
attendees each, used one after the other, first with no budget, then with a
MATCHMAKER_INDEX_MEMORY_MB budget that holds 3 of them. Prints the process's resident
memory (RSS) after each event is used, what the process accounts for its indexes, and
whether the growth stays within the budget.

    python scripts/bench_index_memory.py [--events 10] [--attendees 10000]

Attendees come from the demo generator (realistic field lengths); their stored vectors (the
profile, and each need of what they seek and offer) are random unit vectors filed under the
real model's name and content hashes, so the servers load them as they would stored
embeddings (embedding several hundred thousand texts here would take hours and measure
nothing more). PostgreSQL is a throwaway cluster of our own.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import time
import uuid
from dataclasses import dataclass

import asyncpg
import httpx
import numpy as np
from fault_harness import Cluster, Service, admin_headers, free_port, say, service_env

from matchmaker.attendees import repository as attendees
from matchmaker.demo.generator import DEMO_EVENT, generate_attendees
from matchmaker.matching import content_hash
from matchmaker.matching.embedder import DEFAULT_MODEL_NAME
from matchmaker.matching.entries import entry_texts
from matchmaker.migrate import apply_migrations
from matchmaker.settings import REPO_ROOT
from matchmaker.suggestions import repository as suggestions
from matchmaker.tokens import hash_token

DIMENSION = 384
MB = 1024 * 1024
WARM_UP = "memory-warm-up"
WARM_UP_PEOPLE = 20
COLUMNS = (
    "event_id", "token_hash", "email", "name", "role", "organisation", "organisation_type",
    "city", "country", "languages", "topics", "seeking", "offering", "bio", "consent",
)  # fmt: skip


async def fill(dsn: str, events: int, people: int) -> dict[str, str]:
    """The events, their attendees and stored vectors; returns one attendee token per event
    slug (to use the event through the API)."""
    conn = await asyncpg.connect(dsn)
    rng = np.random.default_rng(0)
    tokens: dict[str, str] = {}
    try:
        await apply_migrations(conn, REPO_ROOT / "migrations")
        for n in range(events + 1):
            slug = f"memory-{n}" if n else WARM_UP
            count = people if n else WARM_UP_PEOPLE
            event_id = await conn.fetchval(
                "insert into events (slug, name, timezone) values ($1, $1, $2) returning id",
                slug,
                DEMO_EVENT.timezone,
            )
            await conn.executemany(
                "insert into topics (event_id, slug, label, position) values ($1, $2, $3, $4)",
                [(event_id, s, label, i) for i, (s, label) in enumerate(DEMO_EVENT.topics)],
            )
            token = f"memory-{uuid.uuid4().hex}"
            tokens[slug] = token
            rows = []
            for i, record in enumerate(generate_attendees(count, seed=n)):
                digest = hash_token(token) if i == 0 else os.urandom(32)
                values = [record.get(c) for c in COLUMNS[2:]]
                values[COLUMNS.index("email") - 2] = f"{i}.{record['email']}"
                values[-1] = True  # everyone consents: every attendee is indexed
                rows.append((event_id, digest, *values))
            await conn.copy_records_to_table("attendees", records=rows, columns=COLUMNS)
            labels = await suggestions.topic_labels(conn, event_id)
            profile_rows, need_rows = [], []
            for profile in await attendees.all_attendees(conn, event_id):
                # The texts the service embeds: the profile, and each need on its own.
                for kind, text in entry_texts(profile, labels).embedded():
                    if not text:
                        continue
                    vector = rng.standard_normal(DIMENSION).astype("<f4")
                    vector /= np.linalg.norm(vector)
                    digest = content_hash(DEFAULT_MODEL_NAME, text)
                    row = (profile.id, kind, DEFAULT_MODEL_NAME, digest, vector.tobytes())
                    (profile_rows if kind == "profile" else need_rows).append(row)
            columns = ("attendee_id", "kind", "model", "content_hash", "vector")
            await conn.copy_records_to_table(
                "attendee_embeddings", records=profile_rows, columns=columns
            )
            await conn.copy_records_to_table(
                "attendee_need_embeddings", records=need_rows, columns=columns
            )
            vectors = profile_rows + need_rows
            say(f"  {slug}: {count} attendees, {len(vectors)} stored vectors")
        await conn.execute("analyze")
    finally:
        await conn.close()
    return tokens


def resident_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


@dataclass
class Round:
    budget_mb: float | None
    baseline_mb: float
    peak_mb: float
    final_mb: float
    loaded: int
    accounted_mb: float
    largest_event_mb: float
    reload_s: float


async def use_every_event(
    cluster: Cluster, tokens: dict[str, str], budget_mb: float | None
) -> Round:
    env = service_env(cluster.dsn(), MATCHMAKER_INDEX_MEMORY_MB=str(budget_mb or 0))
    service = Service("serve", "127.0.0.1", free_port(), env)
    service.start()
    try:
        await service.wait_healthy()
        assert service.process is not None
        pid = service.process.pid
        async with httpx.AsyncClient(base_url=service.url, timeout=600) as client:
            # One request of each kind first, on the small warm-up event, so that what the
            # first request of a process allocates (model buffers, caches) is in the
            # baseline and not counted as index memory.
            warm_up = tokens.pop(WARM_UP)
            await client.get(
                f"/api/v1/events/{WARM_UP}/suggestions",
                headers={"Authorization": f"Bearer {warm_up}"},
            )
            await client.get("/health")
            baseline = resident_mb(pid)
            say(f"\nbudget {budget_mb or 'none'} MB: serve started, RSS {baseline:.0f} MB")
            peak = baseline
            for slug, token in tokens.items():
                began = time.monotonic()
                response = await client.get(
                    f"/api/v1/events/{slug}/suggestions",
                    headers={"Authorization": f"Bearer {token}"},
                )
                took = time.monotonic() - began
                assert response.status_code == 200, response.text
                health = (await client.get("/health")).json()["indexes"]
                rss = resident_mb(pid)
                peak = max(peak, rss)
                say(
                    f"  used {slug}: {took:.1f} s; events in memory {health['events_loaded']}, "
                    f"accounted {health['memory_used_mb']:.0f} MB, RSS {rss:.0f} MB "
                    f"(+{rss - baseline:.0f} MB)"
                )
            first = next(iter(tokens))
            began = time.monotonic()
            response = await client.get(
                f"/api/v1/events/{first}/suggestions",
                headers={"Authorization": f"Bearer {tokens[first]}"},
            )
            reload_s = time.monotonic() - began
            assert response.status_code == 200
            await client.get(f"/api/v1/events/{first}", headers=admin_headers())
            health = (await client.get("/health")).json()["indexes"]
            final = resident_mb(pid)
            largest = max(event["memory_mb"] for event in health["events"])
        tokens[WARM_UP] = warm_up
        return Round(
            budget_mb, baseline, max(peak, final), final, health["events_loaded"],
            health["memory_used_mb"], largest, reload_s,
        )  # fmt: skip
    finally:
        service.stop()


async def main(args: argparse.Namespace) -> int:
    cluster = Cluster("memory")
    try:
        cluster.init()
        cluster.start()
        await cluster.create_database()
        say(f"filling {args.events} events of {args.attendees} attendees (cluster {cluster.root})")
        tokens = await fill(cluster.dsn(), args.events, args.attendees)
        free = await use_every_event(cluster, tokens, None)
        # The budget is in the process's own accounting: 3 of its largest events fit, 4 not.
        per_event = free.largest_event_mb
        budget = round(per_event * args.hold + per_event / 2)
        say(f"\none event takes ~{per_event:.0f} MB: a budget of {budget} MB holds {args.hold}")
        bounded = await use_every_event(cluster, tokens, budget)
    finally:
        cluster.remove()
    say("\nsummary:")
    for run in (free, bounded):
        say(
            f"  budget {run.budget_mb or 'none'} MB: RSS at start {run.baseline_mb:.0f} MB, "
            f"peak {run.peak_mb:.0f} MB (+{run.peak_mb - run.baseline_mb:.0f} MB), "
            f"events in memory at the end {run.loaded}, accounted {run.accounted_mb:.0f} MB; "
            f"an evicted event used again answered in {run.reload_s:.1f} s"
        )
    growth = bounded.peak_mb - bounded.baseline_mb
    within = growth <= budget
    say(
        f"  with the budget, RSS grew {growth:.0f} MB for a budget of {budget} MB: "
        + ("within budget" if within else "OVER budget")
    )
    return 0 if within else 1


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, signal.default_int_handler)  # clean up when stopped
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=10)
    parser.add_argument("--attendees", type=int, default=10_000)
    parser.add_argument("--hold", type=int, default=3, help="events the budget must hold")
    raise SystemExit(asyncio.run(main(parser.parse_args())))
