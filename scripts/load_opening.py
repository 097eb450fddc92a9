"""The opening of a networking session, as a load: 800 attendees of the demo conference
arrive at once, and each looks at their suggestions, asks the best one for a meeting, is
accepted, looks for a slot both are free in, and books it. Used by bench_booking.py, which
runs it against the same servers as its booking figures.

Every answer is counted by operation: latency, refusals (4xx: a rush meets "slot taken"
and "already asked", which the API answers by design) and errors (5xx or no answer at all,
which must be zero).
"""

from __future__ import annotations

import asyncio
import io
import random
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import httpx
from generate_demo_data import write_csv

from matchmaker.demo.generator import DEMO_EVENT, generate_attendees

SLUG = "opening"
ATTENDEES = 800
TABLES = 200


@dataclass
class Tally:
    """Latencies and outcomes of one operation."""

    latencies: list[float] = field(default_factory=list)
    statuses: Counter[int] = field(default_factory=Counter)

    @property
    def errors(self) -> int:
        return sum(count for status, count in self.statuses.items() if status == 0 or status >= 500)

    @property
    def refusals(self) -> int:
        return sum(count for status, count in self.statuses.items() if 400 <= status < 500)


@dataclass
class Opening:
    """The event, its people and what happened to them."""

    tokens: dict[int, str]
    tallies: defaultdict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    booked: int = 0
    engaged: set[int] = field(default_factory=set)

    async def call(
        self,
        client: httpx.AsyncClient,
        operation: str,
        method: str,
        path: str,
        person: int,
        **kwargs: object,
    ) -> httpx.Response | None:
        headers = {"Authorization": f"Bearer {self.tokens[person]}"}
        headers.update(kwargs.pop("headers", {}))  # type: ignore[arg-type]
        started = time.perf_counter()
        tally = self.tallies[operation]
        try:
            response = await client.request(method, path, headers=headers, **kwargs)  # type: ignore[arg-type]
        except httpx.HTTPError:
            tally.statuses[0] += 1
            return None
        tally.latencies.append(time.perf_counter() - started)
        tally.statuses[response.status_code] += 1
        return response


async def prepare(client: httpx.AsyncClient, admin: dict[str, str]) -> tuple[Opening, int]:
    """The event with the demo conference's topics, one session of six 20-minute slots and
    200 tables, and its 800 attendees imported from CSV; returns them and how many consent
    (those the servers must index before the doors open)."""
    topics = [{"slug": slug, "label": label} for slug, label in DEMO_EVENT.topics]
    created = await client.post(
        "/api/v1/events",
        json={"slug": SLUG, "name": "Opening", "timezone": DEMO_EVENT.timezone, "topics": topics},
        headers=admin,
    )
    created.raise_for_status()
    session = await client.post(
        f"/api/v1/events/{SLUG}/sessions",
        json={
            "name": "Opening evening",
            "starts_at": "2030-03-20T17:00:00+01:00",
            "ends_at": "2030-03-20T19:00:00+01:00",
            "slot_minutes": 20,
            "tables": TABLES,
        },
        headers=admin,
    )
    session.raise_for_status()
    rows = generate_attendees(ATTENDEES, seed=18)
    text = io.StringIO()
    write_csv(rows, text)
    imported = await client.post(
        f"/api/v1/events/{SLUG}/attendees/import",
        content=text.getvalue().encode(),
        headers={**admin, "Content-Type": "text/csv"},
        timeout=600,
    )
    imported.raise_for_status()
    report = imported.json()
    by_email = {item["email"]: item["token"] for item in report["tokens"]}
    listed: dict[int, str] = {}
    cursor: str | None = None
    while True:
        page = await client.get(
            f"/api/v1/events/{SLUG}/attendees",
            params={"limit": 500, **({"cursor": cursor} if cursor else {})},
            headers=admin,
        )
        page.raise_for_status()
        body = page.json()
        listed.update({item["id"]: by_email[item["email"]] for item in body["items"]})
        cursor = body["next"]
        if cursor is None:
            break
    consenting = sum(1 for row in rows if row.get("consent"))
    return Opening(tokens=listed), consenting


async def _one_attendee(client: httpx.AsyncClient, opening: Opening, me: int) -> None:
    base = f"/api/v1/events/{SLUG}"
    found = await opening.call(client, "suggestions", "GET", f"{base}/suggestions", me)
    if found is None or found.status_code != 200:
        return
    candidates = [item["attendee"]["id"] for item in found.json()["items"]]
    for other in [c for c in candidates if c not in opening.engaged][:3]:
        sent = await opening.call(
            client, "request", "POST", f"{base}/meeting-requests", me, json={"to": other}
        )
        if sent is None or sent.status_code != 201:
            continue
        request_id = sent.json()["id"]
        opening.engaged.update((me, other))
        accepted = await opening.call(
            client, "accept", "POST", f"{base}/meeting-requests/{request_id}/accept", other
        )
        if accepted is None or accepted.status_code != 200:
            return
        free = await opening.call(
            client, "available slots", "GET", f"{base}/slots/available", me, params={"with": other}
        )
        if free is None or free.status_code != 200 or not free.json()["items"]:
            return
        slot_id = random.choice(free.json()["items"][:3])["id"]
        booked = await opening.call(
            client,
            "booking",
            "POST",
            f"{base}/meetings",
            me,
            json={"request_id": request_id, "slot_id": slot_id},
            headers={"Idempotency-Key": f"opening-{request_id}"},
        )
        if booked is not None and booked.status_code == 201:
            opening.booked += 1
        return


async def open_doors(client: httpx.AsyncClient, opening: Opening, concurrency: int) -> float:
    """Everyone arrives at once, ``concurrency`` at a time; returns the wall time."""
    arrivals = list(opening.tokens)
    random.Random(18).shuffle(arrivals)
    queue = iter(arrivals)

    async def worker() -> None:
        for me in queue:
            await _one_attendee(client, opening, me)

    began = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return time.perf_counter() - began


def report(opening: Opening, wall: float) -> list[str]:
    """One line per operation, and a total."""
    lines = [f"session opening: {len(opening.tokens)} attendees, {wall:.1f} s"]
    total = Tally()
    for operation, tally in opening.tallies.items():
        ordered = sorted(tally.latencies)
        if ordered:
            p50 = ordered[len(ordered) // 2] * 1000
            p99 = ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))] * 1000
            timing = f"p50 {p50:.1f} ms, p99 {p99:.1f} ms"
        else:
            timing = "no answers"
        lines.append(
            f"  {operation:<16} {sum(tally.statuses.values()):>5} calls, {timing}, "
            f"refused (4xx) {tally.refusals}, errors (5xx or none) {tally.errors}"
        )
        total.latencies += tally.latencies
        total.statuses.update(tally.statuses)
    lines.append(
        f"  all operations: {len(total.latencies) / wall:.0f} requests/s, "
        f"{opening.booked} meetings booked, errors {total.errors}"
    )
    return lines
