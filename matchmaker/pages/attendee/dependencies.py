"""Who is looking at an attendee page: the signed-in attendee of this event (from the
browser session), past onboarding or not, and the reader's language."""

from __future__ import annotations

from typing import Any

from litestar import Request
from litestar.di import NamedDependency, Provide

from matchmaker.attendees import repository as attendees
from matchmaker.attendees.models import AttendeeProfile
from matchmaker.onboarding.service import onboarding_of
from matchmaker.pages.errors import OnboardingNeeded, SignInNeeded
from matchmaker.pages.i18n import Translator, Translators
from matchmaker.pages.web_session import session_principal
from matchmaker.web.dependencies import Conn, CurrentEvent

Newcomer = NamedDependency[AttendeeProfile]
T = NamedDependency[Translator]


async def provide_newcomer(
    request: Request[Any, Any, Any], conn: Conn, event: CurrentEvent
) -> AttendeeProfile:
    """The signed-in attendee, whether or not onboarding is done."""
    principal = session_principal(request)
    if principal is None or principal.kind != "attendee" or principal.event_id != event.id:
        raise SignInNeeded(event.slug)
    profile = await attendees.attendee_by_id(conn, event.id, principal.id)
    if profile is None:  # erased since, on another device
        raise SignInNeeded(event.slug)
    return profile


async def provide_me(newcomer: Newcomer, conn: Conn, event: CurrentEvent) -> AttendeeProfile:
    """The signed-in attendee, who has been through onboarding."""
    if (await onboarding_of(conn, event.id, newcomer)).needed:
        raise OnboardingNeeded(event.slug)
    return newcomer


def provide_translator(request: Request[Any, Any, Any]) -> Translator:
    translators: Translators = request.app.state.translators
    return translators.for_connection(request)


PAGE_DEPENDENCIES = {
    "newcomer": Provide(provide_newcomer),
    "me": Provide(provide_me),
    "t": Provide(provide_translator, sync_to_thread=False),
}
