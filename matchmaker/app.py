"""``create_app(settings)``: the Litestar application and the resources it lives with."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager
from functools import partial

from litestar import Litestar
from litestar.openapi import OpenAPIConfig
from litestar.openapi.plugins import ScalarRenderPlugin, SwaggerRenderPlugin

from matchmaker.attendees.routes import AttendeeProfileController, OrganiserAttendeeController
from matchmaker.booking.routes import MeetingController, MeetingRequestController
from matchmaker.db import (
    Database,
    acquire,
    connect_listener,
    is_unavailable,
    migrate_when_reachable,
    open_service_database,
)
from matchmaker.demo.seed import seed_demo_event
from matchmaker.events.repository import event_by_slug
from matchmaker.events.routes import EventController
from matchmaker.http_errors import EXCEPTION_HANDLERS
from matchmaker.mail.routes import MailController
from matchmaker.matching import Embedder, SentenceTransformerEmbedder
from matchmaker.organiser.routes import OrganiserController
from matchmaker.pages.i18n import Translators
from matchmaker.pages.stack import page_stack
from matchmaker.sessions.routes import SessionController, UnavailabilityController
from matchmaker.settings import Settings
from matchmaker.suggestions.registry import FreshnessConfig, MatcherRegistry
from matchmaker.suggestions.routes import MatchSettingsController, SuggestionController
from matchmaker.tokens import new_token
from matchmaker.web.dependencies import DEPENDENCIES
from matchmaker.web.metrics import ServiceMetrics, metrics_middleware
from matchmaker.web.openapi import RouteDocumentation, StructSchemas, components
from matchmaker.web.options import CompleteAllowHeader
from matchmaker.web.service_routes import health, metrics
from matchmaker.web.strict_bodies import StrictJsonBodies

log = logging.getLogger(__name__)


def create_app(settings: Settings, *, embedder: Embedder | None = None) -> Litestar:
    """Build the application. Nothing happens until the lifespan starts: the database
    (embedded when no URL is set) is started and pooled, the embedding model loaded (unless
    one is passed in, as tests do to load it once), and, once the database answers, the
    migrations applied and the change listener started. Event matchers load on first use.

    A database that does not answer at start is waited for in the background: meanwhile
    requests that need it get 503, and the service becomes ready when it appears."""

    @asynccontextmanager
    async def lifespan(app: Litestar) -> AsyncGenerator[None]:
        async with open_service_database(settings) as database:
            app.state.database = database
            app.state.pool = database.pool
            # Migrating waits for the database while the model loads.
            migrated = asyncio.create_task(
                migrate_when_reachable(database, settings.migrations_dir), name="migrate"
            )
            model: Embedder = (
                embedder
                if embedder is not None
                else await asyncio.to_thread(SentenceTransformerEmbedder, settings.model)
            )
            app.state.matchers = MatcherRegistry(model, _freshness(settings))
            done, _ = await asyncio.wait({migrated}, timeout=settings.database_wait_s)
            ready = asyncio.create_task(_become_ready(app, settings, database, migrated))
            if done:
                await ready  # a broken migration stops start-up here
            else:
                log.warning("serving 503 until the database is reachable")
                ready.add_done_callback(_log_failure)
            try:
                yield
            finally:
                for task in (migrated, ready):
                    task.cancel()
                    with contextlib.suppress(asyncio.CancelledError, Exception):
                        await task
                app.state.indexes_loaded = False
                database.ready = False
                await app.state.matchers.stop()

    pages = page_stack(settings)
    app = Litestar(
        route_handlers=[
            EventController,
            OrganiserAttendeeController,
            AttendeeProfileController,
            SessionController,
            UnavailabilityController,
            MeetingRequestController,
            MeetingController,
            SuggestionController,
            MatchSettingsController,
            OrganiserController,
            MailController,
            health,
            metrics,
            *pages.route_handlers,
        ],
        dependencies=DEPENDENCIES,
        exception_handlers=EXCEPTION_HANDLERS,
        # The pages' lifespan needs the database the first one opens.
        lifespan=[lifespan, *pages.lifespan],
        middleware=[metrics_middleware, *pages.middleware],
        template_config=pages.template_config,
        csrf_config=pages.csrf_config,
        plugins=[
            *pages.plugins,
            RouteDocumentation(),
            CompleteAllowHeader(),
            StrictJsonBodies(),
            StructSchemas(),
        ],
        stores=pages.stores,
        compression_config=pages.compression_config,
        request_max_body_size=settings.max_body_bytes,
        openapi_config=OpenAPIConfig(
            title="matchmaker",
            version="1.0.0",
            description="Attendee networking and matchmaking for conferences.",
            path="/schema",
            components=components(),
            render_plugins=[ScalarRenderPlugin(), SwaggerRenderPlugin(path="/swagger")],
        ),
        debug=False,
    )
    app.state.settings = settings
    app.state.admin_token = settings.admin_token or new_token()
    app.state.metrics = ServiceMetrics()
    app.state.events = {}
    app.state.indexes_loaded = False
    app.state.translators = Translators()
    return app


def _freshness(settings: Settings) -> FreshnessConfig:
    budget = settings.index_memory_mb
    return FreshnessConfig(
        memory_budget_bytes=None if budget is None else int(budget * 1024 * 1024),
        poll_interval_s=settings.index_poll_interval_s,
    )


def _log_failure(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.critical("cannot become ready: %s", task.exception())


async def _prepare_demo_suggestions(app: Litestar, database: Database) -> None:
    """Build the demo event's matcher before the links are printed: a fresh demo has no
    vectors yet, and embedding its profiles takes tens of seconds on a small machine, which
    the first person to open a printed link would otherwise wait through."""
    summary = app.state.demo_summary
    async with acquire(database.pool) as conn:
        event = await event_by_slug(conn, summary.event_slug)
    if event is not None:
        log.info("demo: preparing suggestions for %s attendees", summary.attendees)
        await app.state.matchers.matcher(event.id)


async def _become_ready(
    app: Litestar, settings: Settings, database: Database, migrated: asyncio.Task[None]
) -> None:
    """Once migrated: seed the demo, start listening for changes, let requests in."""
    await migrated
    while settings.demo:
        try:
            app.state.demo_summary = await seed_demo_event(database.pool)
            break
        except Exception as error:
            if not is_unavailable(error):
                raise
            await asyncio.sleep(1.0)  # the database went away again: seed when it is back
    await app.state.matchers.start(database.pool, partial(connect_listener, database.dsn))
    if settings.demo:
        await _prepare_demo_suggestions(app, database)
    database.mark_ready()
    app.state.indexes_loaded = True
