"""Service endpoints: health for load balancers and Prometheus metrics."""

from __future__ import annotations

from typing import Any

import msgspec
from litestar import MediaType, Response, get
from litestar.datastructures import State
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest


class Health(msgspec.Struct, frozen=True, kw_only=True):
    status: str
    database: bool
    indexes_loaded: bool


@get("/health", tags=["service"], summary="200 when the database answers and indexes are loaded")
async def health(state: State) -> Response[Health]:
    database = False
    try:
        async with state.pool.acquire(timeout=2) as conn:
            database = await conn.fetchval("select 1") == 1
    except Exception:
        database = False
    indexes_loaded = bool(getattr(state, "indexes_loaded", False))
    ok = database and indexes_loaded
    return Response(
        Health(
            status="ok" if ok else "unavailable",
            database=database,
            indexes_loaded=indexes_loaded,
        ),
        status_code=200 if ok else 503,
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
