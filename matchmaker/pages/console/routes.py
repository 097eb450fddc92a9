"""The console's routes: one router under ``/e/{event}/console``, kept out of the OpenAPI
document, with the session's organiser in place of the API's bearer token. Add a console
page's controller to ``CONSOLE_CONTROLLERS``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from litestar import Request, Response, Router
from litestar.plugins.htmx import HTMXRequest
from litestar.types import ControllerRouterHandler

from matchmaker.pages.console.attendee_pages import AttendeePages
from matchmaker.pages.console.audit_pages import AuditPages
from matchmaker.pages.console.dashboard_pages import DashboardPages
from matchmaker.pages.console.dependencies import CONSOLE_DEPENDENCIES, ConsoleSignInNeeded
from matchmaker.pages.console.home import ConsoleHome
from matchmaker.pages.console.import_pages import ImportPages
from matchmaker.pages.console.mail_pages import MailPages
from matchmaker.pages.console.match_settings_pages import MatchSettingsPages
from matchmaker.pages.console.navigation import console_path
from matchmaker.pages.console.scheduler_pages import SchedulerPages
from matchmaker.pages.console.session_pages import SessionPages
from matchmaker.pages.console.setup_pages import SetupPages
from matchmaker.pages.console.signin_pages import ConsoleSignInPages
from matchmaker.pages.console.team_pages import TeamPages
from matchmaker.pages.errors import PAGE_EXCEPTION_HANDLERS
from matchmaker.pages.responses import see_other

CONSOLE_TEMPLATES = Path(__file__).parent / "templates"
CONSOLE_PATH = "/e/{event_slug:str}/console"

CONSOLE_CONTROLLERS: list[ControllerRouterHandler] = [
    ConsoleSignInPages,
    ConsoleHome,
    SetupPages,
    AttendeePages,
    SessionPages,
    TeamPages,
    AuditPages,
    ImportPages,
    MatchSettingsPages,
    SchedulerPages,
    DashboardPages,
    MailPages,
]


def _sign_in_needed(request: Request[Any, Any, Any], error: ConsoleSignInNeeded) -> Response[Any]:
    return see_other(request, console_path(error.event_slug, "signin"))


def console_pages() -> Router:
    return Router(
        path=CONSOLE_PATH,
        route_handlers=CONSOLE_CONTROLLERS,
        dependencies=CONSOLE_DEPENDENCIES,
        exception_handlers={
            **PAGE_EXCEPTION_HANDLERS,
            ConsoleSignInNeeded: _sign_in_needed,
        },
        include_in_schema=False,
        request_class=HTMXRequest,
    )
