"""Signing in to the console. The organiser token is typed once into a form (never put in an
address, where logs and browser history would keep it) and opens a session as the event's
token-holder owner account. Named team members sign in like attendees: their personal
link's GET only shows "Continue as …" (mail scanners open links first), its button's POST
opens the session, and the typed code is the fallback."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Request, Response, get, post
from litestar.params import FromPath
from litestar.plugins.flash import flash
from litestar.response import Template

from matchmaker.audit.service import record
from matchmaker.pages.attendee.dependencies import T
from matchmaker.pages.console.navigation import console_path
from matchmaker.pages.forms import text
from matchmaker.pages.responses import page, see_other
from matchmaker.pages.web_session import end_session, session_principal, start_session
from matchmaker.signin import service as signin
from matchmaker.signin.service import Principal
from matchmaker.team.models import OrganiserAccount
from matchmaker.team.service import organiser_account, token_holder_account
from matchmaker.tokens import tokens_equal
from matchmaker.web.dependencies import Conn, CurrentEvent


async def _start(
    request: Request[Any, Any, Any], conn: Conn, account: OrganiserAccount, method: str
) -> None:
    start_session(
        request,
        Principal(kind="organiser", id=account.id, event_id=account.event_id, role=account.role),
    )
    await record(conn, account.event_id, account, "console.signed_in", {"method": method})


class ConsoleSignInPages(Controller):
    """The console's sign-in page (token or code), personal links, and sign-out."""

    @get("/signin", name="console:signin")
    async def signin_form(self, request: Request[Any, Any, Any], event: CurrentEvent) -> Template:
        return _signin_page(request, event)

    @post("/signin")
    async def signin_with_token(
        self, request: Request[Any, Any, Any], conn: Conn, event: CurrentEvent, t: T
    ) -> Response[Any]:
        form = await request.form()
        token = text(form, "token")
        if not token or not tokens_equal(token, request.app.state.admin_token):
            return _signin_page(
                request,
                event,
                status_code=401,
                token_error=t.gettext("This is not the organiser token."),
            )
        await _start(request, conn, await token_holder_account(conn, event.id), "token")
        return see_other(request, console_path(event.slug))

    @post("/signin-code")
    async def signin_with_code(
        self, request: Request[Any, Any, Any], conn: Conn, event: CurrentEvent, t: T
    ) -> Response[Any]:
        form = await request.form()
        email, code = text(form, "email"), text(form, "code")
        principal = (
            await signin.redeem_code(conn, event.id, email, code, kind="organiser")
            if email and code
            else None
        )
        account = (
            None if principal is None else await organiser_account(conn, event.id, principal.id)
        )
        if account is None:
            # Rendered, not raised: the count of wrong codes must be committed.
            return _signin_page(
                request,
                event,
                status_code=401,
                email=email,
                code_error=t.gettext(
                    "This e-mail address and code do not match a valid sign-in code."
                ),
            )
        await _start(request, conn, account, "code")
        return see_other(request, console_path(event.slug))

    @get("/signin/{token:str}", name="console:signin-link")
    async def link(
        self, request: Request[Any, Any, Any], conn: Conn, event: CurrentEvent, token: FromPath[str]
    ) -> Template:
        preview = await signin.preview_link(conn, event.id, token, kind="organiser")
        return page(request, "console/signin_link.html", event=event, preview=preview, token=token)

    @post("/signin/{token:str}")
    async def continue_with_link(
        self, request: Request[Any, Any, Any], conn: Conn, event: CurrentEvent, token: FromPath[str]
    ) -> Response[Any]:
        principal = await signin.redeem_link(conn, event.id, token, kind="organiser")
        account = await organiser_account(conn, event.id, principal.id)
        if account is None:  # cannot happen: links go with their account
            raise signin.SignInRefused("this sign-in link is not valid", field="token")
        await _start(request, conn, account, "link")
        return see_other(request, console_path(event.slug))

    @post("/signout")
    async def sign_out(
        self, request: Request[Any, Any, Any], event: CurrentEvent, t: T
    ) -> Response[Any]:
        end_session(request)
        flash(request, t.gettext("You are signed out."), category="info")
        return see_other(request, console_path(event.slug, "signin"))


def _signin_page(
    request: Request[Any, Any, Any],
    event: Any,
    *,
    status_code: int = 200,
    email: str = "",
    token_error: str | None = None,
    code_error: str | None = None,
) -> Template:
    principal = session_principal(request)
    signed_in = (
        principal is not None and principal.kind == "organiser" and principal.event_id == event.id
    )
    return page(
        request,
        "console/signin.html",
        status_code=status_code,
        event=event,
        signed_in=signed_in,
        email=email,
        token_error=token_error,
        code_error=code_error,
    )
