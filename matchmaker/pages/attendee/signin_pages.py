"""Signing in and out. The personal link's GET only shows whose link it is and a "Continue"
button (mail scanners open links before people do); the button's POST opens the session.
The typed code is the fallback when a link was mangled or eaten."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Request, Response, get, post
from litestar.datastructures import Cookie
from litestar.params import FromPath
from litestar.plugins.flash import flash
from litestar.response import Template

from matchmaker.mail import preferences as mail_preferences
from matchmaker.mail.signin_requests import request_signin_link
from matchmaker.pages.attendee.dependencies import T
from matchmaker.pages.forms import text
from matchmaker.pages.i18n import LANGUAGE_COOKIE, LANGUAGES
from matchmaker.pages.responses import local_path, page, see_other
from matchmaker.pages.web_session import end_session, session_principal, start_session
from matchmaker.signin import service as signin
from matchmaker.web.dependencies import Conn, CurrentEvent

LANGUAGE_COOKIE_DAYS = 365


def _home(event_slug: str) -> str:
    return f"/e/{event_slug}/"


class SignInPages(Controller):
    """Sign-in by link or code, sign-out, the language switcher and the goodbye page."""

    @get("/signin/{token:str}", name="attendee:signin-link")
    async def link(
        self, request: Request[Any, Any, Any], conn: Conn, event: CurrentEvent, token: FromPath[str]
    ) -> Template:
        preview = await signin.preview_link(conn, event.id, token)
        return page(request, "attendee/signin_link.html", event=event, preview=preview, token=token)

    @post("/signin/{token:str}")
    async def continue_with_link(
        self, request: Request[Any, Any, Any], conn: Conn, event: CurrentEvent, token: FromPath[str]
    ) -> Response[Any]:
        principal = await signin.redeem_link(conn, event.id, token)
        start_session(request, principal)
        return see_other(request, _home(event.slug))

    @get("/signin", name="attendee:signin")
    async def code_form(self, request: Request[Any, Any, Any], event: CurrentEvent) -> Template:
        signed_in = session_principal(request)
        return page(
            request,
            "attendee/signin_code.html",
            event=event,
            signed_in=signed_in is not None and signed_in.event_id == event.id,
            email="",
            error=None,
        )

    @post("/signin")
    async def continue_with_code(
        self, request: Request[Any, Any, Any], conn: Conn, event: CurrentEvent, t: T
    ) -> Response[Any]:
        form = await request.form()
        email, code = text(form, "email"), text(form, "code")
        principal = (
            await signin.redeem_code(conn, event.id, email, code) if email and code else None
        )
        if principal is None:
            # Rendered, not raised: the count of wrong codes must be committed.
            return page(
                request,
                "attendee/signin_code.html",
                status_code=401,
                event=event,
                signed_in=False,
                email=email,
                error=t.gettext("This e-mail address and code do not match a valid sign-in code."),
            )
        start_session(request, principal)
        return see_other(request, _home(event.slug))

    @post("/signin-link")
    async def mail_a_link(
        self, request: Request[Any, Any, Any], conn: Conn, event: CurrentEvent, t: T
    ) -> Response[Any]:
        """Mail a new link; the answer never says whether the address is known."""
        email = text(await request.form(), "email")
        if email and "\x00" not in email and len(email) <= 320:
            settings = request.app.state.settings
            await request_signin_link(
                conn,
                event.id,
                email,
                valid_days=settings.signin_link_days,
                per_hour=settings.signin_requests_per_hour,
            )
        flash(
            request,
            t.gettext(
                "If this address is registered for %(event)s, a sign-in link is on its way. "
                "Check your inbox (and spam folder) in a few minutes.",
                event=event.name,
            ),
            category="info",
        )
        return see_other(request, f"/e/{event.slug}/signin")

    @post("/signout")
    async def sign_out(
        self, request: Request[Any, Any, Any], event: CurrentEvent, t: T
    ) -> Response[Any]:
        end_session(request)
        flash(request, t.gettext("You are signed out."), category="info")
        return see_other(request, f"/e/{event.slug}/signin")

    @post("/language")
    async def choose_language(
        self, request: Request[Any, Any, Any], conn: Conn, event: CurrentEvent
    ) -> Response[Any]:
        form = await request.form()
        language = text(form, "language")
        response = see_other(request, local_path(text(form, "next"), _home(event.slug)))
        principal = session_principal(request)
        if (
            language in LANGUAGES
            and principal is not None
            and principal.kind == "attendee"
            and principal.event_id == event.id
        ):
            # The language chosen in the app is the language of this person's mail too.
            await mail_preferences.set_language(conn, principal.id, language)
        if language in LANGUAGES:
            response.set_cookie(
                Cookie(
                    key=LANGUAGE_COOKIE,
                    value=language,
                    path="/",
                    max_age=LANGUAGE_COOKIE_DAYS * 24 * 3600,
                    httponly=True,
                    samesite="lax",
                    secure=request.app.state.settings.secure_cookies,
                )
            )
        return response

    @get("/goodbye")
    async def goodbye(self, request: Request[Any, Any, Any], event: CurrentEvent) -> Template:
        return page(request, "attendee/goodbye.html", event=event)
