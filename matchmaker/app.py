"""``create_app(settings)``: the Litestar application and the resources it lives with."""

from __future__ import annotations

import logging
from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager

from litestar import Litestar
from litestar.openapi import OpenAPIConfig
from litestar.openapi.plugins import ScalarRenderPlugin, SwaggerRenderPlugin

from matchmaker.attendees.routes import AttendeeProfileController, OrganiserAttendeeController
from matchmaker.db import open_pool, start_embedded
from matchmaker.events.routes import EventController
from matchmaker.http_errors import EXCEPTION_HANDLERS
from matchmaker.migrate import apply_migrations
from matchmaker.settings import Settings
from matchmaker.tokens import new_token
from matchmaker.web.dependencies import DEPENDENCIES
from matchmaker.web.metrics import ServiceMetrics, metrics_middleware
from matchmaker.web.service_routes import health, metrics

log = logging.getLogger(__name__)



def create_app(settings: Settings) -> Litestar:
    """Build the application. Nothing happens until the lifespan starts: the database
    (embedded when no URL is set) is started, migrated and pooled there."""

    @asynccontextmanager
    async def lifespan(app: Litestar) -> AsyncGenerator[None]:
        embedded = None
        dsn = settings.database_url
        if dsn is None:
            embedded, dsn = await start_embedded(settings.data_dir)
        try:
            pool = await open_pool(
                dsn, min_size=settings.pool_min_size, max_size=settings.pool_max_size
            )
            try:
                async with pool.acquire() as conn:
                    applied = await apply_migrations(conn, settings.migrations_dir)
                if applied:
                    log.info("applied migrations: %s", ", ".join(applied))
                app.state.pool = pool
                app.state.indexes_loaded = True
                yield
            finally:
                await pool.close()
        finally:
            if embedded is not None:
                embedded.stop()

    app = Litestar(
        route_handlers=[
            EventController,
            OrganiserAttendeeController,
            AttendeeProfileController,
            health,
            metrics,
        ],
        dependencies=DEPENDENCIES,
        exception_handlers=EXCEPTION_HANDLERS,
        lifespan=[lifespan],
        middleware=[metrics_middleware],
        request_max_body_size=settings.max_body_bytes,
        openapi_config=OpenAPIConfig(
            title="matchmaker",
            version="1.0.0",
            description="Attendee networking and matchmaking for conferences.",
            path="/schema",
            render_plugins=[ScalarRenderPlugin(), SwaggerRenderPlugin(path="/swagger")],
        ),
        debug=False,
    )
    app.state.settings = settings
    app.state.admin_token = settings.admin_token or new_token()
    app.state.metrics = ServiceMetrics()
    return app
