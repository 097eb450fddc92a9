"""Browser sessions for the pages: Litestar's server-side session middleware over the
PostgreSQL store, with two changes that matter here.

- Nothing is written unless the session changed. The stock backend stores the session and
  sets its cookie on every response, so every page view (and every mail scanner opening a
  link) would write a row; here a GET that only reads leaves the database as it was.
- Signing in or out starts a new session id (``rotate``), so an id planted in a browser
  before sign-in never becomes a signed-in session (session fixation).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from litestar.connection import ASGIConnection
from litestar.datastructures import Cookie, MutableScopeHeaders
from litestar.middleware.session.server_side import (
    ServerSideSessionBackend,
    ServerSideSessionConfig,
)
from litestar.types import Empty, Message, ScopeSession
from litestar.utils.dataclass import extract_dataclass_items

from matchmaker.signin.service import Principal

SESSION_COOKIE = "mm_session"
STORE_NAME = "web_sessions"
_LOADED = "mm_session_loaded"
_ROTATE = "mm_session_rotate"
PRINCIPAL_KEY = "principal"


class PageSessionBackend(ServerSideSessionBackend):
    """Server-side sessions that are written only when changed, and re-keyed on demand."""

    async def load_from_connection(
        self, connection: ASGIConnection[Any, Any, Any, Any]
    ) -> dict[str, Any]:
        data = await super().load_from_connection(connection)
        connection.scope.setdefault("state", {})[_LOADED] = self.serialize_data(data)
        return data

    async def store_in_message(
        self,
        scope_session: ScopeSession,
        message: Message,
        connection: ASGIConnection[Any, Any, Any, Any],
    ) -> None:
        state = connection.scope.get("state", {})
        store = self.config.get_store_from_app(connection.scope["app"])
        headers = MutableScopeHeaders.from_message(message)
        cookie_params = dict(
            extract_dataclass_items(self.config, exclude_none=True, include=Cookie.__dict__.keys())
        )
        current_id = connection.cookies.get(self.config.key)
        rotate = bool(state.get(_ROTATE))
        if scope_session is Empty or not scope_session:
            if current_id:
                await self.delete(current_id, store=store)
                expired = {**cookie_params, "max_age": 0}
                headers.add(
                    "Set-Cookie",
                    Cookie(value="", key=self.config.key, **expired).to_header(header=""),
                )
            return
        data = self.serialize_data(scope_session, connection.scope)
        if current_id and not rotate and data == state.get(_LOADED):
            return  # unchanged: no write, no cookie
        if current_id and rotate:
            await self.delete(current_id, store=store)
        session_id = self.generate_session_id() if rotate or not current_id else current_id
        await self.set(session_id=session_id, data=data, store=store)
        headers.add(
            "Set-Cookie",
            Cookie(value=session_id, key=self.config.key, **cookie_params).to_header(header=""),
        )


@dataclass
class PageSessionConfig(ServerSideSessionConfig):
    _backend_class = PageSessionBackend


def session_config(*, secure: bool, days: int, exclude: list[str]) -> PageSessionConfig:
    """The session cookie: HttpOnly, SameSite=Lax, Secure when served over https."""
    return PageSessionConfig(
        key=SESSION_COOKIE,
        store=STORE_NAME,
        max_age=days * 24 * 3600,
        httponly=True,
        samesite="lax",
        secure=secure,
        exclude=exclude,
    )


def start_session(connection: ASGIConnection[Any, Any, Any, Any], principal: Principal) -> None:
    """Sign the browser in as ``principal``, under a new session id."""
    connection.set_session(
        {
            PRINCIPAL_KEY: {
                "kind": principal.kind,
                "id": principal.id,
                "event_id": principal.event_id,
                "role": principal.role,
            }
        }
    )
    connection.scope.setdefault("state", {})[_ROTATE] = True


def end_session(connection: ASGIConnection[Any, Any, Any, Any]) -> None:
    """Sign the browser out; whatever is flashed afterwards lives in a new session."""
    connection.set_session({})
    connection.scope.setdefault("state", {})[_ROTATE] = True


def session_principal(connection: ASGIConnection[Any, Any, Any, Any]) -> Principal | None:
    """Who the browser is signed in as, if anyone."""
    stored = connection.session.get(PRINCIPAL_KEY) if connection.scope.get("session") else None
    if not isinstance(stored, dict):
        return None
    try:
        return Principal(
            kind=str(stored["kind"]),
            id=int(stored["id"]),
            event_id=int(stored["event_id"]),
            role=str(stored.get("role", "")),
        )
    except (KeyError, TypeError, ValueError):
        return None
