"""Failover without losing an acknowledged booking: PostgreSQL with a synchronous hot
standby (made with pg_basebackup, streaming replication), the service given both servers in
one DATABASE_URL with target_session_attrs=read-write. During a booking rush the primary is
killed with SIGKILL and the standby promoted; the service, never restarted, books on the new
primary. Every booking answered 201 must be there, none doubled.

    python scripts/fault_failover.py [--quick]

Exit status 1 when an acknowledged booking is lost, a booking is doubled, or the service
process exits.
"""

from __future__ import annotations

import argparse
import asyncio
import signal
import time
from collections import Counter
from dataclasses import dataclass, field

import asyncpg
import bench_booking
import httpx
from fault_harness import (
    Cluster,
    Service,
    booking_integrity,
    free_port,
    missing_meetings,
    say,
    service_env,
)

SLUG = bench_booking.SLUG


@dataclass
class Rush:
    acknowledged: dict[int, int] = field(default_factory=dict)
    statuses: Counter[int] = field(default_factory=Counter)
    retries: int = 0
    first_201_after_promote: float | None = None
    promoted_at: float | None = None


async def book_until_settled(
    client: httpx.AsyncClient, booking: tuple[str, int, int], rush: Rush
) -> None:
    """POST the booking with its Idempotency-Key until a definite answer: no answer and
    503 (the database is failing over) are retried, as a client should."""
    token, request_id, slot_id = booking
    for _ in range(600):
        try:
            response = await client.post(
                f"/api/v1/events/{SLUG}/meetings",
                json={"request_id": request_id, "slot_id": slot_id},
                headers={"Authorization": f"Bearer {token}", "Idempotency-Key": f"fo-{request_id}"},
            )
        except httpx.HTTPError:
            response = None
        if response is not None and response.status_code != 503:
            rush.statuses[response.status_code] += 1
            if response.status_code == 201:
                rush.acknowledged[request_id] = response.json()["id"]
                if rush.promoted_at is not None and rush.first_201_after_promote is None:
                    rush.first_201_after_promote = time.monotonic() - rush.promoted_at
            return
        rush.retries += 1
        await asyncio.sleep(0.1)
    rush.statuses[0] += 1


async def main(args: argparse.Namespace) -> int:
    primary = Cluster("primary", options=["-c wal_level=replica", "-c max_wal_senders=5"])
    standby = Cluster("standby", root=primary.root)
    service: Service | None = None
    failures: list[str] = []
    try:
        primary.init()
        primary.start()
        await primary.create_database()
        primary.base_backup_to(standby, application_name="standby1")
        standby.start()
        conn = await asyncpg.connect(primary.dsn())
        try:
            # Synchronous from now on: a commit returns once the standby has it. Set here,
            # not in the copied configuration, so the promoted standby waits for nobody.
            await conn.execute("alter system set synchronous_standby_names = 'standby1'")
            await conn.execute("select pg_reload_conf()")
            for _ in range(100):
                state = await conn.fetchval(
                    "select sync_state from pg_stat_replication where application_name = $1",
                    "standby1",
                )
                if state == "sync":
                    break
                await asyncio.sleep(0.1)
        finally:
            await conn.close()
        say(
            f"primary on port {primary.port}, standby (pg_basebackup -R) on port "
            f"{standby.port}: replication {state}"
        )
        url = (
            f"postgresql://postgres@127.0.0.1:{primary.port},127.0.0.1:{standby.port}"
            f"/matchmaker?target_session_attrs=read-write"
        )
        say(f"DATABASE_URL={url}")
        service = Service("serve", "127.0.0.1", free_port(), service_env(url))
        service.start()
        say(f"serve healthy after {await service.wait_healthy():.1f} s (log {service.log_path})")
        pid = service.process.pid if service.process else None
        async with httpx.AsyncClient(base_url=service.url, timeout=60) as client:
            plan = await bench_booking.prepare(
                client, primary.dsn(), 400 if args.quick else 1000, 12
            )
        plan = plan[: 400 if args.quick else 2000]
        rush = Rush()
        queue = iter(plan)
        limits = httpx.Limits(max_connections=16)
        async with httpx.AsyncClient(base_url=service.url, timeout=30, limits=limits) as client:

            async def worker() -> None:
                for booking in queue:
                    await book_until_settled(client, booking, rush)

            async def failover() -> None:
                await asyncio.sleep(1.5)
                primary.kill9()
                say(f"primary killed (SIGKILL) with {len(rush.acknowledged)} bookings acknowledged")
                await asyncio.sleep(1.0)
                began = time.monotonic()
                await asyncio.to_thread(standby.promote)
                rush.promoted_at = time.monotonic()
                say(f"standby promoted (pg_ctl promote, {rush.promoted_at - began:.1f} s)")

            await asyncio.gather(failover(), *(worker() for _ in range(16)))
        new_primary = standby.dsn()
        lost = await missing_meetings(new_primary, rush.acknowledged)
        integrity = await booking_integrity(new_primary)
        alive = service.process is not None and service.process.poll() is None
        same = service.process is not None and service.process.pid == pid
        say(
            f"answers: {dict(sorted(rush.statuses.items()))}, retried (no answer or 503): "
            f"{rush.retries}; first 201 after the promotion: "
            + (
                f"{rush.first_201_after_promote:.2f} s"
                if rush.first_201_after_promote is not None
                else "none"
            )
        )
        say(f"acknowledged bookings: {len(rush.acknowledged)}, lost on the new primary: {lost}")
        for name, value in integrity.items():
            say(f"{name}: {value}")
            if value:
                failures.append(name)
        if lost:
            failures.append("acknowledged bookings lost")
        if not (alive and same):
            failures.append("the service process exited")
        say(f"service process {pid} still running, never restarted: {alive and same}")
    finally:
        if service is not None:
            service.stop()
        standby.kill9()
        primary.remove()
    say(f"failover: {'ok' if not failures else 'FAILED: ' + ', '.join(failures)}")
    return 1 if failures else 0


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, signal.default_int_handler)  # clean up when stopped
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a smaller rush (the test suite)")
    raise SystemExit(asyncio.run(main(parser.parse_args())))
