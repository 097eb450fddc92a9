"""``create_app(settings)``: the Litestar application and the resources it lives with."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager

from litestar import Litestar
from litestar.openapi import OpenAPIConfig
from litestar.openapi.plugins import ScalarRenderPlugin, SwaggerRenderPlugin

from matchmaker.attendees.routes import AttendeeProfileController, OrganiserAttendeeController
from matchmaker.booking.routes import MeetingController, MeetingRequestController
from matchmaker.db import open_database
from matchmaker.demo.seed import seed_demo_event
from matchmaker.events.routes import EventController
from matchmaker.http_errors import EXCEPTION_HANDLERS
from matchmaker.matching import Embedder, SentenceTransformerEmbedder
from matchmaker.organiser.routes import OrganiserController
from matchmaker.pages.i18n import Translators
from matchmaker.pages.stack import page_stack
from matchmaker.sessions.routes import SessionController, UnavailabilityController
from matchmaker.settings import Settings
from matchmaker.suggestions.registry import MatcherRegistry
from matchmaker.suggestions.routes import MatchSettingsController, SuggestionController
from matchmaker.tokens import new_token
from matchmaker.web.dependencies import DEPENDENCIES
from matchmaker.web.metrics import ServiceMetrics, metrics_middleware
from matchmaker.web.service_routes import health, metrics


def create_app(settings: Settings, *, embedder: Embedder | None = None) -> Litestar:
    """Build the application. Nothing happens until the lifespan starts: the database
    (embedded when no URL is set) is started, migrated and pooled there, the embedding
    model loaded (unless one is passed in, as tests do to load it once), and every event's
    matcher built from stored vectors."""

    @asynccontextmanager
    async def lifespan(app: Litestar) -> AsyncGenerator[None]:
        async with open_database(settings) as pool:
            app.state.pool = pool
            if settings.demo:
                app.state.demo_summary = await seed_demo_event(pool)
            model: Embedder = (
                embedder
                if embedder is not None
                else await asyncio.to_thread(SentenceTransformerEmbedder, settings.model)
            )
            matchers = MatcherRegistry(model)
            app.state.matchers = matchers
            await matchers.start(pool)
            app.state.indexes_loaded = True
            try:
                yield
            finally:
                app.state.indexes_loaded = False
                await matchers.stop()

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
        plugins=pages.plugins,
        stores=pages.stores,
        compression_config=pages.compression_config,
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
    app.state.events = {}
    app.state.translators = Translators()
    return app
