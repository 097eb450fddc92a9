"""The attendee app's routes: one router under ``/e/{event}``, kept out of the OpenAPI
document, with the session-based ``me`` in place of the API's bearer token."""

from __future__ import annotations

from pathlib import Path

from litestar import Router
from litestar.plugins.htmx import HTMXRequest

from matchmaker.pages.attendee.dependencies import PAGE_DEPENDENCIES
from matchmaker.pages.attendee.me_pages import MePages
from matchmaker.pages.attendee.meeting_requests import RequestPages
from matchmaker.pages.attendee.people import PeoplePages
from matchmaker.pages.attendee.schedule import CalendarFeed, SchedulePages
from matchmaker.pages.attendee.signin_pages import SignInPages
from matchmaker.pages.attendee.today import TodayPage
from matchmaker.pages.attendee.welcome import WelcomePages
from matchmaker.pages.errors import PAGE_EXCEPTION_HANDLERS
from matchmaker.pages.mail.unsubscribe import UnsubscribePages

ATTENDEE_TEMPLATES = Path(__file__).parent / "templates"
PAGES_PATH = "/e/{event_slug:str}"


def attendee_pages() -> Router:
    return Router(
        path=PAGES_PATH,
        route_handlers=[
            SignInPages,
            WelcomePages,
            TodayPage,
            PeoplePages,
            RequestPages,
            SchedulePages,
            CalendarFeed,
            MePages,
            UnsubscribePages,
        ],
        dependencies=PAGE_DEPENDENCIES,
        exception_handlers=PAGE_EXCEPTION_HANDLERS,
        include_in_schema=False,
        request_class=HTMXRequest,
    )
