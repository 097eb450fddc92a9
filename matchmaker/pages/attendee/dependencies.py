"""Who is looking at an attendee page: the signed-in attendee of this event (from the
browser session), past onboarding or not, with the reader's language."""

from __future__ import annotations

from typing import Any

from litestar import Request
from litestar.datastructures import State
from litestar.di import NamedDependency, Provide

from matchmaker.attendees import repository as attendees
from matchmaker.attendees.models import AttendeeProfile
from matchmaker.onboarding.service import onboarding_of
from matchmaker.pages.attendee.views import AttendeeView
from matchmaker.pages.errors import OnboardingNeeded, SignInNeeded
from matchmaker.pages.i18n import Translator, Translators
from matchmaker.pages.web_session import session_principal
from matchmaker.web.dependencies import Conn, CurrentEvent

T = NamedDependency[Translator]
View = NamedDependency[AttendeeView]


def provide_translator(request: Request[Any, Any, Any]) -> Translator:
    translators: Translators = request.app.state.translators
    return translators.for_connection(request)


async def provide_newcomer(
    request: Request[Any, Any, Any], conn: Conn, event: CurrentEvent, state: State
) -> AttendeeView:
    """The signed-in attendee, whether or not onboarding is done."""
    principal = session_principal(request)
    if principal is None or principal.kind != "attendee" or principal.event_id != event.id:
        raise SignInNeeded(event.slug)
    profile: AttendeeProfile | None = await attendees.attendee_by_id(conn, event.id, principal.id)
    if profile is None:  # erased since, on another device
        raise SignInNeeded(event.slug)
    return AttendeeView(request, conn, event, profile, provide_translator(request), state)


async def provide_view(newcomer: View) -> AttendeeView:
    """The signed-in attendee, who has been through onboarding."""
    if (await onboarding_of(newcomer.conn, newcomer.event.id, newcomer.me)).needed:
        raise OnboardingNeeded(newcomer.event.slug)
    return newcomer


PAGE_DEPENDENCIES = {
    "newcomer": Provide(provide_newcomer),
    "view": Provide(provide_view),
    "t": Provide(provide_translator, sync_to_thread=False),
}
