"""The page stack every audience shares, wired into ``create_app``: Jinja templates, CSRF on
every form, PostgreSQL-backed browser sessions, flash messages for post/redirect/get, htmx
request details, the static files, and the languages.

Page routes and static files stay out of the OpenAPI document: it describes the JSON API."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncGenerator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from litestar import Litestar
from litestar.config.compression import CompressionConfig
from litestar.config.csrf import CSRFConfig
from litestar.datastructures import CacheControlHeader
from litestar.middleware import DefineMiddleware
from litestar.plugins import PluginProtocol
from litestar.plugins.htmx import HTMXPlugin
from litestar.static_files import create_static_files_router
from litestar.stores.base import Store
from litestar.template.config import TemplateConfig
from litestar.types import ControllerRouterHandler

from matchmaker.attendees import repository as attendees
from matchmaker.db import acquire
from matchmaker.demo.seed import DemoSummary
from matchmaker.events.service import get_event
from matchmaker.mail.signin_requests import forget_old_requests
from matchmaker.pages.attendee.routes import ATTENDEE_TEMPLATES, attendee_pages
from matchmaker.pages.console.routes import CONSOLE_TEMPLATES, console_pages
from matchmaker.pages.mail.compose import TEMPLATES as MAIL_TEMPLATES
from matchmaker.pages.mail.runtime import mail_lifespan
from matchmaker.pages.session_store import PostgresSessionStore
from matchmaker.pages.templating import STATIC_DIR, STATIC_PATH, template_config
from matchmaker.pages.web_session import STORE_NAME, session_config
from matchmaker.settings import Settings
from matchmaker.signin.service import forget_expired_links, issue_link
from matchmaker.web.app_secret import shared_secret

log = logging.getLogger(__name__)

CSRF_COOKIE = "mm_csrf"
# Machine clients: bearer tokens, not cookies, so neither CSRF nor sessions apply to them.
API_PATHS = ["^/api/", "^/health$", "^/metrics$", "^/schema"]
NOT_PAGES = [*API_PATHS, f"^{STATIC_PATH}/"]
# The calendar feed is fetched by calendar servers, which keep no cookies.
NO_SESSION = [*NOT_PAGES, "^/e/[^/]+/calendar/"]
# Mail clients unsubscribe with a one-click POST that carries no CSRF token (RFC 8058); the
# address itself is the proof.
NO_CSRF = [*NO_SESSION, "^/e/[^/]+/mail/unsubscribe/"]
STATIC_MAX_AGE = 365 * 24 * 3600
# Sessions and links past their time are deleted this often by each process.
CLEAN_UP_EVERY_S = 3600.0


@dataclass
class PageStack:
    """What ``create_app`` passes to Litestar for the pages."""

    route_handlers: list[ControllerRouterHandler]
    template_config: TemplateConfig[Any]
    csrf_config: CSRFConfig
    middleware: list[DefineMiddleware]
    plugins: list[PluginProtocol]
    stores: dict[str, Store]
    compression_config: CompressionConfig
    lifespan: list[Callable[[Litestar], AbstractAsyncContextManager[None]]] = field(
        default_factory=list
    )


def page_stack(settings: Settings) -> PageStack:
    """Build the page stack for ``settings``; its lifespan runs after the database opens."""
    templates = template_config(
        {"attendee": ATTENDEE_TEMPLATES, "console": CONSOLE_TEMPLATES, "mail": MAIL_TEMPLATES}
    )
    # The secret is read from the database when the app starts (see the lifespan below).
    csrf = CSRFConfig(
        secret="set-when-the-app-starts",  # noqa: S106 - a placeholder, replaced at start
        cookie_name=CSRF_COOKIE,
        cookie_httponly=True,
        cookie_secure=settings.secure_cookies,
        cookie_samesite="lax",
        exclude=NO_CSRF,
    )
    sessions = session_config(
        secure=settings.secure_cookies, days=settings.session_days, exclude=NO_SESSION
    )
    store = PostgresSessionStore()
    static = create_static_files_router(
        path=STATIC_PATH,
        directories=[STATIC_DIR],
        include_in_schema=False,
        cache_control=CacheControlHeader(max_age=STATIC_MAX_AGE, public=True),
        send_as_attachment=False,
    )

    async def read_secret(app: Litestar) -> None:
        # A database unreachable at start is waited for (pages answer 503 meanwhile).
        await app.state.database.became_ready.wait()
        async with acquire(app.state.pool) as conn:
            secret = settings.secret_key or await shared_secret(conn)
        csrf.secret = secret
        app.state.app_secret = secret
        summary: DemoSummary | None = getattr(app.state, "demo_summary", None)
        if summary is not None:
            app.state.demo_signin_links = await demo_signin_links(app, settings, summary)

    @asynccontextmanager
    async def lifespan(app: Litestar) -> AsyncGenerator[None]:
        store.attach(app.state.pool)
        waiting = None
        if app.state.database.ready:
            await read_secret(app)
        else:
            waiting = asyncio.create_task(read_secret(app), name="page-secret")
        cleaner = asyncio.create_task(_clean_up(app, store), name="page-clean-up")
        try:
            yield
        finally:
            for task in (cleaner, waiting):
                if task is not None:
                    task.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await task

    return PageStack(
        route_handlers=[attendee_pages(), console_pages(), static],
        template_config=templates,
        csrf_config=csrf,
        middleware=[sessions.middleware],
        plugins=[HTMXPlugin()],
        stores={STORE_NAME: store},
        # Pages and static files travel gzipped (weak venue Wi-Fi); level 6 costs a fraction
        # of level 9's time for nearly the same size. API answers stay as they were.
        compression_config=CompressionConfig(
            backend="gzip", gzip_compress_level=6, minimum_size=1024, exclude=API_PATHS
        ),
        lifespan=[lifespan, mail_lifespan(settings)],
    )


@dataclass(frozen=True)
class DemoSignIn:
    """A demo attendee's personal sign-in link (absolute) and code, printed by serve."""

    name: str
    organisation: str
    email: str
    url: str
    code_url: str
    code: str


async def demo_signin_links(
    app: Litestar, settings: Settings, summary: DemoSummary
) -> list[DemoSignIn]:
    """Fresh sign-in links for the demo attendees whose API tokens are printed too."""
    links: list[DemoSignIn] = []
    async with acquire(app.state.pool) as conn:
        event = await get_event(conn, summary.event_slug)
        for shown in summary.shown:
            profile = await attendees.attendee_by_id(conn, event.id, shown.id)
            if profile is None:
                continue
            issued = await issue_link(conn, event.id, shown.id, settings.signin_link_days)
            links.append(
                DemoSignIn(
                    name=profile.name,
                    organisation=profile.organisation,
                    email=profile.email,
                    url=settings.base_url + issued.path(event.slug),
                    code_url=f"{settings.base_url}/e/{event.slug}/signin",
                    code=issued.code,
                )
            )
    return links


async def _clean_up(app: Litestar, store: PostgresSessionStore) -> None:
    while True:
        try:
            await store.delete_expired()
            async with acquire(app.state.pool) as conn:
                await forget_expired_links(conn)
                await forget_old_requests(conn)
        except Exception:  # a failed clean-up is retried next time; pages keep working
            log.warning("clean-up of expired sessions and sign-in links failed", exc_info=True)
        await asyncio.sleep(CLEAN_UP_EVERY_S)
