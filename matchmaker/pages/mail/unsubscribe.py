"""The unsubscribe address every non-essential message carries. Opening it shows what it
would switch off and a button; the button's POST, or a mail client's one-click POST
(RFC 8058, ``List-Unsubscribe-Post``), switches it off without signing in: the address is
its own proof. The path is exempt from CSRF for that reason (a mail client has no token)."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Request, get, post
from litestar.params import FromPath
from litestar.response import Template

from matchmaker.mail import preferences
from matchmaker.pages.attendee.dependencies import T
from matchmaker.pages.attendee.me_pages import MAIL_CATEGORIES
from matchmaker.pages.responses import page
from matchmaker.web.dependencies import Conn, CurrentEvent

UNSUBSCRIBE_PATH = "/mail/unsubscribe/{token:str}"


class UnsubscribePages(Controller):
    @get(UNSUBSCRIBE_PATH, name="mail:unsubscribe")
    async def confirm(
        self, request: Request[Any, Any, Any], event: CurrentEvent, token: FromPath[str]
    ) -> Template:
        found = preferences.read_unsubscribe_token(request.app.state.app_secret, token)
        return page(
            request,
            "mail/unsubscribe.html",
            status_code=200 if found else 404,
            event=event,
            token=token,
            category=None if found is None else MAIL_CATEGORIES[found[1]],
            done=False,
        )

    @post(UNSUBSCRIBE_PATH, status_code=200)
    async def unsubscribe(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        t: T,
        token: FromPath[str],
    ) -> Template:
        found = preferences.read_unsubscribe_token(request.app.state.app_secret, token)
        switched = found is not None and await preferences.switch_off(
            conn, event.id, found[0], found[1]
        )
        return page(
            request,
            "mail/unsubscribe.html",
            status_code=200 if switched else 404,
            event=event,
            token=token,
            category=None if found is None else MAIL_CATEGORIES[found[1]],
            done=switched,
        )
