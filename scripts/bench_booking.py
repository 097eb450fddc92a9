"""Booking benchmark: starts the real service over loopback, fills an event with attendees,
a networking session and accepted requests, fires bookings concurrently over HTTP, then
checks with SQL that nobody and no table was double-booked. Then, on the same servers, a
networking session opens for the 800 attendees of the demo conference (suggestions,
requests, accepts and bookings mixed: load_opening.py), with each operation's latency.

Target (issue 18), printed beside the GET /health ceiling of the same run: bookings/s at
least 0.6 of that ceiling with p99 at most 100 ms at 16 clients, and 0 double bookings.

    python scripts/bench_booking.py                       # embedded PostgreSQL in a temp dir
    python scripts/bench_booking.py --database-url postgresql://root@127.0.0.1:5432/test

The event gets its own database (created and dropped here), so a server's data is untouched.
Every booking carries an Idempotency-Key, as the API recommends. Nothing is asserted about
timing: the figures are printed for people to judge.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import random
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import httpx
import load_opening

from matchmaker.tokens import hash_token

ADMIN_TOKEN = "bench-organiser-token"  # noqa: S105 -- a throwaway server's token
SLUG = "bench"
TARGET_RATIO = 0.6
TARGET_P99_MS = 100.0


def _with_database(dsn: str, database: str) -> str:
    parts = urlsplit(dsn)
    return urlunsplit(parts._replace(path="/" + database))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def serve(dsn: str, port: int, pool_size: int) -> None:
    """Run one server process on a shared SO_REUSEPORT socket (the kernel spreads
    connections over the processes)."""
    import uvicorn

    from matchmaker.app import create_app
    from matchmaker.settings import Settings

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    # Accepted sockets inherit this; without it Nagle meets delayed ACKs and every answer
    # waits ~40 ms (uvicorn sets it only on sockets it binds itself).
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind(("127.0.0.1", port))
    settings = Settings(
        database_url=dsn,
        admin_token=ADMIN_TOKEN,
        pool_min_size=pool_size,
        pool_max_size=pool_size,
    )
    config = uvicorn.Config(
        create_app(settings), log_level="warning", access_log=False, lifespan="on"
    )
    uvicorn.Server(config).run(sockets=[sock])


def round_robin(people: list[int], rounds: int) -> list[list[tuple[int, int]]]:
    """Pairings in which everyone meets someone new each round (the circle method), so
    one round fills one slot with no person twice."""
    ring = people[:]
    result = []
    for _ in range(rounds):
        half = len(ring) // 2
        result.append([(ring[i], ring[-1 - i]) for i in range(half)])
        ring = [ring[0], ring[-1], *ring[1:-1]]
    return result


async def prepare(
    client: httpx.AsyncClient, dsn: str, attendees: int, slots: int
) -> list[tuple[str, int, int]]:
    """Event, attendees, one session and accepted requests; returns the bookings to make as
    (token, request_id, slot_id)."""
    admin = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
    created = await client.post(
        "/api/v1/events",
        json={"slug": SLUG, "name": "Bench", "timezone": "Europe/Brussels", "topics": []},
        headers=admin,
    )
    created.raise_for_status()
    tables = attendees // 2
    session = await client.post(
        f"/api/v1/events/{SLUG}/sessions",
        json={
            "name": "Bench session",
            "starts_at": "2030-03-20T09:00:00+01:00",
            "ends_at": f"2030-03-20T{9 + slots // 4:02d}:{(slots % 4) * 15:02d}:00+01:00",
            "slot_minutes": 15,
            "tables": tables,
        },
        headers=admin,
    )
    session.raise_for_status()
    slot_ids = [slot["id"] for slot in session.json()["slots"]]
    conn = await asyncpg.connect(dsn)
    try:
        event_id = await conn.fetchval("select id from events where slug = $1", SLUG)
        tokens = [f"bench-{uuid.uuid4().hex}" for _ in range(attendees)]
        rows = await conn.fetch(
            """
            insert into attendees (event_id, email, name, organisation, consent, token_hash)
            select $1, 'bench' || n || '@example.org', 'Person ' || n, 'Org ' || n, true, h
            from unnest($2::int[], $3::bytea[]) as t (n, h)
            order by n
            returning id
            """,
            event_id,
            list(range(attendees)),
            [hash_token(t) for t in tokens],
        )
        ids = [row["id"] for row in rows]
        token_of = dict(zip(ids, tokens, strict=True))
        plan = []
        for slot_id, pairs in zip(slot_ids, round_robin(ids, len(slot_ids)), strict=True):
            request_ids = await conn.fetch(
                """
                insert into meeting_requests (event_id, from_id, to_id, status, expires_at)
                select $1, f, t, 'accepted', now() + interval '3 days'
                from unnest($2::bigint[], $3::bigint[]) as p (f, t)
                returning id, from_id
                """,
                event_id,
                [a for a, _ in pairs],
                [b for _, b in pairs],
            )
            plan += [(token_of[r["from_id"]], r["id"], slot_id) for r in request_ids]
        await conn.execute("analyze")
    finally:
        await conn.close()
    return plan


async def fire(
    client: httpx.AsyncClient, plan: list[tuple[str, int, int]], concurrency: int, seconds: float
) -> tuple[list[float], Counter[int], float]:
    """Book everything in ``plan`` with at most ``concurrency`` requests in flight, stopping
    after ``seconds``. Returns latencies, answers by status and the wall time."""
    latencies: list[float] = []
    statuses: Counter[int] = Counter()
    queue = iter(plan)
    deadline = time.perf_counter() + seconds

    async def worker() -> None:
        for token, request_id, slot_id in queue:
            if time.perf_counter() > deadline:
                return
            started = time.perf_counter()
            try:
                response = await client.post(
                    f"/api/v1/events/{SLUG}/meetings",
                    json={"request_id": request_id, "slot_id": slot_id},
                    headers={
                        "Authorization": f"Bearer {token}",
                        "Idempotency-Key": f"book-{request_id}",
                    },
                )
                statuses[response.status_code] += 1
            except httpx.HTTPError:
                statuses[0] += 1  # transport failure
            latencies.append(time.perf_counter() - started)

    began = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return latencies, statuses, time.perf_counter() - began


async def baseline(client: httpx.AsyncClient, concurrency: int, seconds: float) -> float:
    """GET /health per second through the same client and servers: the ceiling this
    harness and machine allow any endpoint, to read the booking figures against."""
    count = 0
    deadline = time.perf_counter() + seconds

    async def worker() -> None:
        nonlocal count
        while time.perf_counter() < deadline:
            await client.get("/health")
            count += 1

    began = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return count / (time.perf_counter() - began)


async def verify(dsn: str) -> dict[str, int]:
    """What the database holds afterwards: double bookings must be zero."""
    conn = await asyncpg.connect(dsn)
    try:
        return {
            "meetings booked": await conn.fetchval(
                "select count(*) from meetings where status = 'booked'"
            ),
            "people double-booked": await conn.fetchval(
                """
                select count(*) from meeting_participants a
                join meeting_participants b
                  on a.attendee_id = b.attendee_id and a.meeting_id < b.meeting_id
                where a.active and b.active and a.during && b.during
                """
            ),
            "tables double-booked": await conn.fetchval(
                """
                select count(*) from (
                    select slot_id, table_id from meetings where status = 'booked'
                    group by slot_id, table_id having count(*) > 1
                ) as doubled
                """
            ),
            "requests booked twice": await conn.fetchval(
                """
                select count(*) from (
                    select request_id from meetings where status = 'booked'
                    group by request_id having count(*) > 1
                ) as twice
                """
            ),
            "meetings without exactly two seats": await conn.fetchval(
                """
                select count(*) from meetings m
                where m.status = 'booked'
                  and (select count(*) from meeting_participants p
                       where p.meeting_id = m.id and p.active) <> 2
                """
            ),
        }
    finally:
        await conn.close()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


async def wait_until_healthy(base_url: str, servers: list[subprocess.Popen[bytes]]) -> None:
    async with httpx.AsyncClient(base_url=base_url) as client:
        for _ in range(600):
            if any(server.poll() is not None for server in servers):
                raise SystemExit("a server process exited during start-up")
            try:
                if (await client.get("/health")).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            await asyncio.sleep(0.1)
    raise SystemExit("the server did not become healthy")


async def wait_until_indexed(
    base_url: str, attendees: int, servers: int, slug: str = SLUG
) -> float | None:
    """Every server process embeds new attendees for suggestions in the background; wait
    for that (as seen through the stats route on fresh connections, which the kernel spreads
    over the processes) so it does not compete with the bookings being measured."""
    began = time.perf_counter()
    admin = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
    in_a_row = 0
    while time.perf_counter() - began < 900:
        # The first stats call loads the event (embedding new attendees): it may take long.
        async with httpx.AsyncClient(base_url=base_url, timeout=900) as probe:
            response = await probe.get(f"/api/v1/events/{slug}/stats", headers=admin)
        if response.status_code == 404:
            return None  # no suggestion index in this build: nothing to wait for
        indexed = response.json().get("attendees_indexed", attendees)
        in_a_row = in_a_row + 1 if indexed >= attendees else 0
        if in_a_row >= 4 * servers:
            return time.perf_counter() - began
        await asyncio.sleep(0.2 if in_a_row else 1.0)
    raise SystemExit("the servers did not finish indexing the attendees")


async def run(args: argparse.Namespace, server_dsn: str) -> None:
    database = f"bench_{uuid.uuid4().hex[:8]}"
    admin = await asyncpg.connect(server_dsn)
    await admin.execute(f'create database "{database}"')
    dsn = _with_database(server_dsn, database)
    port = _free_port()
    servers = [
        subprocess.Popen(  # noqa: ASYNC220, S603 -- this very script, started before measuring
            [
                sys.executable,
                __file__,
                "--serve",
                dsn,
                "--port",
                str(port),
                "--pool-size",
                str(args.pool_size),
            ]
        )
        for _ in range(args.servers)
    ]
    try:
        base_url = f"http://127.0.0.1:{port}"
        await wait_until_healthy(base_url, servers)
        limits = httpx.Limits(
            max_connections=args.concurrency, max_keepalive_connections=args.concurrency
        )
        async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=30) as client:
            plan = await prepare(client, dsn, args.attendees, args.slots)
            waited = await wait_until_indexed(base_url, args.attendees, args.servers)
            ceiling = await baseline(client, args.concurrency, 3.0)
            random.Random(1).shuffle(plan)
            plan = plan[: args.bookings]
            # A short warm-up on a separate slice would skew the verify counts; the first
            # requests also pay for prepared statements, which is part of the measurement.
            latencies, statuses, wall = await fire(client, plan, args.concurrency, args.seconds)
            opening_lines: list[str] = []
            if not args.no_opening:
                opening, consenting = await load_opening.prepare(
                    client, {"Authorization": f"Bearer {ADMIN_TOKEN}"}
                )
                await wait_until_indexed(base_url, consenting, args.servers, load_opening.SLUG)
                opening_wall = await load_opening.open_doors(client, opening, args.concurrency)
                opening_lines = load_opening.report(opening, opening_wall)
        checks = await verify(dsn)
    finally:
        for server in servers:
            server.terminate()
        for server in servers:
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()  # still embedding in a worker thread: nothing left to save
                server.wait()
        await admin.execute(f'drop database if exists "{database}" with (force)')
        await admin.close()
    done = len(latencies)
    if waited is not None:
        print(
            f"(new attendees indexed for suggestions in the background: waited {waited:.1f} s "
            "before firing, so that work is not measured as booking)"
        )
    print(
        f"server processes: {args.servers}, pool per process: {args.pool_size}, "
        f"client concurrency: {args.concurrency}"
    )
    print(
        f"attendees: {args.attendees}, slots: {args.slots}, tables per slot: "
        f"{args.attendees // 2}, bookings attempted: {done} of {len(plan)} planned"
    )
    print(f"harness ceiling, GET /health: {ceiling:.0f} requests/s")
    print(f"wall time: {wall:.2f} s")
    print(f"bookings/s (all answers): {done / wall:.0f}")
    booked_per_s = statuses.get(201, 0) / wall
    print(f"bookings/s (201 only): {booked_per_s:.0f}")
    p99 = percentile(latencies, 0.99) * 1000 if latencies else float("inf")
    if latencies:
        print(
            f"latency p50: {percentile(latencies, 0.50) * 1000:.1f} ms, "
            f"p90: {percentile(latencies, 0.90) * 1000:.1f} ms, "
            f"p99: {p99:.1f} ms, max: {max(latencies) * 1000:.1f} ms"
        )
    print("answers by status: " + ", ".join(f"{k}: {v}" for k, v in sorted(statuses.items())))
    for line in opening_lines:
        print(line)
    for name, value in checks.items():
        print(f"{name}: {value}")
    ratio = booked_per_s / ceiling if ceiling else 0.0
    met = ratio >= TARGET_RATIO and p99 <= TARGET_P99_MS
    print(
        f"target at {args.concurrency} clients: bookings/s >= {TARGET_RATIO} x ceiling "
        f"(here {ratio:.2f}) with p99 <= {TARGET_P99_MS:.0f} ms (here {p99:.1f} ms): "
        + ("met" if met else "NOT met")
    )
    if checks["people double-booked"] or checks["tables double-booked"]:
        raise SystemExit("DOUBLE BOOKING FOUND")


def main() -> None:
    logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per request otherwise
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", help="a PostgreSQL server (default: embedded)")
    parser.add_argument("--attendees", type=int, default=1000)
    parser.add_argument("--slots", type=int, default=12)
    parser.add_argument("--bookings", type=int, default=6000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=60.0, help="stop firing after this")
    parser.add_argument("--servers", type=int, default=2, help="server processes")
    parser.add_argument("--pool-size", type=int, default=10, help="connections per process")
    parser.add_argument("--no-opening", action="store_true", help="skip the session-opening load")
    parser.add_argument("--serve", metavar="DSN", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve, args.port, args.pool_size)
        return
    if args.attendees % 2 or args.attendees // 2 > 500:
        parser.error("--attendees must be even and at most 1000 (500 tables per session)")
    if args.database_url:
        asyncio.run(run(args, args.database_url))
        return
    from matchmaker.db import EmbeddedPostgres

    with tempfile.TemporaryDirectory(prefix="bench-pg-") as folder:
        server = EmbeddedPostgres(Path(folder))
        server.start()
        try:
            asyncio.run(run(args, server.dsn("postgres")))
        finally:
            server.stop()


if __name__ == "__main__":
    main()
