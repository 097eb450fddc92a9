"""The team page: every organiser account of the event; owners add named accounts (each
gets a personal sign-in link and code to pass on), change roles and remove accounts. Staff
see the list only."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Request, Response, get, post
from litestar.plugins.flash import flash
from litestar.response import Template

from matchmaker.audit.service import record
from matchmaker.errors import Conflict, InvalidInput, MatchmakerError, NotFound
from matchmaker.events.models import Event
from matchmaker.pages.actions import attempt
from matchmaker.pages.attendee.dependencies import T
from matchmaker.pages.console.dependencies import ConsoleOrganiser, Organiser, Owner
from matchmaker.pages.console.navigation import console_path
from matchmaker.pages.console.rendering import console_page
from matchmaker.pages.errors import describe
from matchmaker.pages.forms import FieldErrors, convert, text
from matchmaker.pages.i18n import Translator
from matchmaker.pages.responses import see_other
from matchmaker.sessions.times import shown
from matchmaker.signin.service import IssuedLink
from matchmaker.team.models import OrganiserAccount, Role
from matchmaker.team.service import (
    AccountCreate,
    add_member,
    change_role,
    member_link,
    organiser_account,
    remove_member,
    team,
)
from matchmaker.web.dependencies import Conn, CurrentEvent, PathId


def _refusal(t: Translator, error: MatchmakerError) -> str:
    if isinstance(error, Conflict) and error.field == "role":
        return t.gettext("The event must keep at least one owner.")
    if isinstance(error, Conflict) and error.field == "account_id":
        return t.gettext("The organiser token's account cannot be changed or removed.")
    if isinstance(error, Conflict) and error.field == "email":
        return t.gettext("This e-mail address is already in the team.")
    return describe(t, error)


def _field_message(t: Translator, field: str) -> str:
    messages = {
        "name": t.gettext("Enter the person's name."),
        "email": t.gettext("Enter an e-mail address like name@example.org."),
        "role": t.gettext("Choose owner or staff."),
    }
    return messages.get(field, t.gettext("Please check the highlighted answer."))


class TeamPages(Controller):
    @get("/team", name="console:team")
    async def team_page(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        organiser: Organiser,
    ) -> Template:
        return await _team_page(request, conn, event, organiser)

    @post("/team")
    async def add(
        self, request: Request[Any, Any, Any], conn: Conn, event: CurrentEvent, owner: Owner, t: T
    ) -> Template:
        form = await request.form()
        values = {
            "name": text(form, "name"),
            "email": text(form, "email"),
            "role": text(form, "role") or "staff",
        }
        errors = FieldErrors()
        try:
            new = convert(values, AccountCreate)
        except InvalidInput as error:
            field = error.field or "name"
            errors.add(field, _field_message(t, field))
            return await _team_page(request, conn, event, owner, errors, values, 400)
        outcome = await attempt(
            conn,
            lambda: add_member(conn, event.id, new, request.app.state.settings.signin_link_days),
        )
        if isinstance(outcome, MatchmakerError):
            errors.add(outcome.field or "email", _refusal(t, outcome))
            return await _team_page(request, conn, event, owner, errors, values, outcome.status)
        account, link = outcome
        await record(
            conn,
            event.id,
            owner,
            "team.member_added",
            {"account_id": account.id, "name": account.name, "role": account.role},
        )
        return _link_page(request, event, owner, account, link, added=True)

    @post("/team/{account_id:int}/link")
    async def new_link(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        owner: Owner,
        account_id: PathId,
    ) -> Template:
        link = await member_link(
            conn, event.id, account_id, request.app.state.settings.signin_link_days
        )
        account = await organiser_account(conn, event.id, account_id)
        assert account is not None  # member_link found it
        await record(
            conn,
            event.id,
            owner,
            "team.link_issued",
            {"account_id": account.id, "name": account.name},
        )
        return _link_page(request, event, owner, account, link, added=False)

    @post("/team/{account_id:int}/role")
    async def role(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        owner: Owner,
        t: T,
        account_id: PathId,
    ) -> Response[Any]:
        form = await request.form()
        chosen = text(form, "role")
        if chosen not in ("owner", "staff"):
            flash(request, t.gettext("Choose owner or staff."), category="error")
            return see_other(request, console_path(event.slug, "team"))
        wanted: Role = "owner" if chosen == "owner" else "staff"
        outcome = await attempt(conn, lambda: change_role(conn, event.id, account_id, wanted))
        if isinstance(outcome, MatchmakerError):
            flash(request, _refusal(t, outcome), category="error")
        else:
            await record(
                conn,
                event.id,
                owner,
                "team.role_changed",
                {"account_id": outcome.id, "name": outcome.name, "role": outcome.role},
            )
            flash(
                request,
                t.gettext(
                    "%(name)s is now %(role)s.", name=outcome.name, role=_role(t, outcome.role)
                ),
                category="info",
            )
        return see_other(request, console_path(event.slug, "team"))

    @get("/team/{account_id:int}/remove")
    async def remove_confirm(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        owner: Owner,
        account_id: PathId,
    ) -> Template:
        account = await organiser_account(conn, event.id, account_id)
        if account is None:
            raise _not_found()
        return console_page(
            request,
            "console/team_remove.html",
            event=event,
            organiser=owner,
            active="team",
            account=account,
        )

    @post("/team/{account_id:int}/remove")
    async def remove(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        owner: Owner,
        t: T,
        account_id: PathId,
    ) -> Response[Any]:
        account = await organiser_account(conn, event.id, account_id)
        if account is None:
            raise _not_found()
        outcome = await attempt(conn, lambda: remove_member(conn, event.id, account_id))
        if isinstance(outcome, MatchmakerError):
            flash(request, _refusal(t, outcome), category="error")
        else:
            await record(
                conn,
                event.id,
                owner,
                "team.member_removed",
                {"account_id": account.id, "name": account.name},
            )
            flash(
                request,
                t.gettext("%(name)s was removed from the team.", name=account.name),
                category="info",
            )
        return see_other(request, console_path(event.slug, "team"))


def _not_found() -> MatchmakerError:
    return NotFound("no such organiser account in this event", field="account_id")


def _role(t: Translator, role: str) -> str:
    return t.gettext("owner") if role == "owner" else t.gettext("staff")


async def _team_page(
    request: Request[Any, Any, Any],
    conn: Conn,
    event: Event,
    organiser: ConsoleOrganiser,
    errors: FieldErrors | None = None,
    values: dict[str, str] | None = None,
    status_code: int = 200,
) -> Template:
    return console_page(
        request,
        "console/team.html",
        status_code=status_code,
        event=event,
        organiser=organiser,
        active="team",
        members=await team(conn, event.id),
        errors=errors or FieldErrors(),
        values=values or {"name": "", "email": "", "role": "staff"},
    )


def _link_page(
    request: Request[Any, Any, Any],
    event: Event,
    owner: ConsoleOrganiser,
    account: OrganiserAccount,
    link: IssuedLink,
    *,
    added: bool,
) -> Template:
    settings = request.app.state.settings
    return console_page(
        request,
        "console/team_link.html",
        event=event,
        organiser=owner,
        active="team",
        account=account,
        added=added,
        link_url=settings.base_url + link.path(event.slug),
        code=link.code,
        code_url=settings.base_url + console_path(event.slug, "signin"),
        expires_at=shown(link.expires_at, event.timezone),
    )
