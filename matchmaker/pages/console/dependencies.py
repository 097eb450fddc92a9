"""Who is using the console: the signed-in member of this event's team, read from the
browser session and checked against the database on every request (a removed account or a
changed role takes effect at once, whatever the session recorded).

- No session, or one of another event: ``ConsoleSignInNeeded`` (a redirect to the console's
  sign-in page).
- An attendee's session: 403 — attendees never open console pages.
- ``Owner`` (or ``require_owner``) on a staff account: 403.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from litestar import Request
from litestar.di import NamedDependency, Provide

from matchmaker.errors import Forbidden, Unauthenticated
from matchmaker.pages.attendee.dependencies import provide_translator
from matchmaker.pages.web_session import session_principal
from matchmaker.team.models import OrganiserAccount
from matchmaker.team.service import organiser_account
from matchmaker.web.dependencies import Conn, CurrentEvent


@dataclass(frozen=True)
class ConsoleOrganiser:
    """The signed-in organiser: their account in this event's team."""

    id: int
    name: str
    role: str
    email: str = ""
    token_holder: bool = False

    @property
    def is_owner(self) -> bool:
        return self.role == "owner"

    @classmethod
    def of(cls, account: OrganiserAccount) -> ConsoleOrganiser:
        return cls(
            id=account.id,
            name=account.name,
            role=account.role,
            email=account.email,
            token_holder=account.token_holder,
        )


class ConsoleSignInNeeded(Unauthenticated):
    """The console page needs an organiser of this event signed in."""

    def __init__(self, event_slug: str) -> None:
        super().__init__("sign in to the organiser console first", field="session")
        self.event_slug = event_slug


def require_staff(organiser: ConsoleOrganiser) -> ConsoleOrganiser:
    """Any member of the team may do staff actions (owners included)."""
    return organiser


def require_owner(organiser: ConsoleOrganiser) -> ConsoleOrganiser:
    """Owner actions (the team, erasing people…): staff get 403."""
    if not organiser.is_owner:
        raise Forbidden("only an owner of this event can do this", field="role")
    return organiser


async def provide_organiser(
    request: Request[Any, Any, Any], conn: Conn, event: CurrentEvent
) -> ConsoleOrganiser:
    principal = session_principal(request)
    if principal is None:
        raise ConsoleSignInNeeded(event.slug)
    if principal.kind != "organiser":
        raise Forbidden("the organiser console is for the event's organisers", field="session")
    if principal.event_id != event.id:
        raise ConsoleSignInNeeded(event.slug)
    account = await organiser_account(conn, event.id, principal.id)
    if account is None:  # removed from the team since signing in
        raise ConsoleSignInNeeded(event.slug)
    return ConsoleOrganiser.of(account)


async def provide_owner(organiser: Organiser) -> ConsoleOrganiser:
    return require_owner(organiser)


Organiser = NamedDependency[ConsoleOrganiser]
Owner = NamedDependency[ConsoleOrganiser]

CONSOLE_DEPENDENCIES = {
    "organiser": Provide(provide_organiser),
    "owner": Provide(provide_owner),
    "t": Provide(provide_translator, sync_to_thread=False),
}
