"""Service endpoints: health for load balancers and Prometheus metrics."""

from __future__ import annotations

import os
import socket
from typing import Any

import msgspec
from litestar import MediaType, Response, get
from litestar.datastructures import State
from litestar.openapi import ResponseSpec
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from matchmaker.db import Database
from matchmaker.errors import Unavailable
from matchmaker.suggestions.freshness import IndexStatus

HEALTH_TIMEOUT_S = 2.0


class Health(msgspec.Struct, frozen=True, kw_only=True):
    status: str
    database: bool
    indexes_loaded: bool
    host: str
    pid: int
    indexes: IndexStatus | None
    """This process's event indexes: listener, poll, memory and each event's lag."""


async def _database_answers(database: Database) -> bool:
    if not database.ready:
        return False
    try:
        async with database.pool.acquire(timeout=HEALTH_TIMEOUT_S) as conn:
            return bool(await conn.fetchval("select 1", timeout=HEALTH_TIMEOUT_S) == 1)
    except Exception:  # any failure here means "cannot serve now", which is the answer
        return False


@get(
    "/health",
    tags=["service"],
    summary="200 while the service can answer (with each event's index lag); 503 while the "
    "database is unreachable",
    responses={
        503: ResponseSpec(
            Health,
            description="The database does not answer or the indexes are not loaded "
            "(Retry-After says when to try again)",
        )
    },
)
async def health(state: State) -> Response[Health]:
    database = await _database_answers(state.database)
    indexes_loaded = bool(state.indexes_loaded)
    ok = database and indexes_loaded
    matchers = getattr(state, "matchers", None)
    return Response(
        Health(
            status="ok" if ok else "unavailable",
            database=database,
            indexes_loaded=indexes_loaded,
            host=socket.gethostname(),
            pid=os.getpid(),
            indexes=None if matchers is None else matchers.status(),
        ),
        status_code=200 if ok else 503,
        headers=None if ok else {"Retry-After": str(Unavailable.retry_after_s)},
    )


@get("/metrics", tags=["service"], media_type=MediaType.TEXT, summary="Prometheus metrics")
async def metrics(state: State) -> Response[Any]:
    matchers = getattr(state, "matchers", None)
    if matchers is not None:
        for event_id, count in matchers.indexed_counts().items():
            state.metrics.attendees_indexed.labels(str(event_id)).set(count)
    return Response(
        generate_latest(state.metrics.registry),
        media_type=CONTENT_TYPE_LATEST,
    )
