"""Errors on pages: the domain's errors said in the reader's language, HTML error pages,
and the redirects that send a visitor to sign in or finish onboarding first.

The JSON API maps the same errors to problem+json in ``matchmaker.http_errors``; here they
become sentences for people, chosen by the error's type and the field it names."""

from __future__ import annotations

import logging
from typing import Any

from litestar import Request, Response
from litestar.exceptions import HTTPException, NotFoundException, PermissionDeniedException
from litestar.types import ExceptionHandlersMap

from matchmaker.errors import (
    Conflict,
    Forbidden,
    InvalidInput,
    MatchmakerError,
    NotFound,
    OverCap,
    Unauthenticated,
)
from matchmaker.pages.i18n import N_, Translator, Translators
from matchmaker.pages.responses import page, see_other

log = logging.getLogger(__name__)


class SignInNeeded(Unauthenticated):
    """The page needs a signed-in attendee of this event."""

    def __init__(self, event_slug: str) -> None:
        super().__init__("sign in first", field="session")
        self.event_slug = event_slug


class OnboardingNeeded(MatchmakerError):
    """The attendee has onboarding steps left."""

    def __init__(self, event_slug: str) -> None:
        super().__init__("finish onboarding first")
        self.event_slug = event_slug


def describe(t: Translator, error: MatchmakerError) -> str:
    """A sentence for the reader about why the action was refused."""
    field = error.field or ""
    if isinstance(error, OverCap):
        if "max_pending_requests" in error.extra:
            return t.gettext(
                "You already have %(count)s open requests, the most this event allows. "
                "Withdraw one or wait for answers.",
                count=error.extra["max_pending_requests"],
            )
        return t.gettext("One of you already has the most meetings this event allows.")
    if isinstance(error, Conflict):
        if field in ("slot_id", "preferred_slot_ids"):
            return t.gettext("That time is no longer free for both of you. Please choose another.")
        if field == "to" and "retry_after" in error.extra:
            return t.gettext(
                "This person declined your last request. You may ask again a little later."
            )
        if field == "to":
            return t.gettext("There is already an open request between you and this person.")
        if field == "slot_ids":
            return t.gettext(
                "You have a meeting booked in one of these slots. Cancel it before marking "
                "yourself unavailable."
            )
        if field == "email":
            return t.gettext("Another attendee already uses this e-mail address.")
        if "status" in error.extra:
            return t.gettext("This request has already been answered, withdrawn or has expired.")
        return t.gettext("Something changed meanwhile. Please look again and retry.")
    if isinstance(error, NotFound):
        if field == "to":
            return t.gettext("This person does not accept meeting requests.")
        return t.gettext("This page or item does not exist (any more).")
    if isinstance(error, Forbidden):
        if field == "role":
            return t.gettext("Only an owner of this event can do this.")
        if field == "session":
            return t.gettext(
                "The organiser console is only for the event's organisers. "
                "Attendees use the attendee app."
            )
        return t.gettext("This is not yours to change.")
    if isinstance(error, InvalidInput):
        return t.gettext("Please check the highlighted answer.")
    return t.gettext("This could not be done. Please try again.")


def _translator(request: Request[Any, Any, Any]) -> Translator:
    translators: Translators = request.app.state.translators
    return translators.for_connection(request)


def _error_page(request: Request[Any, Any, Any], status: int, title: str, message: str) -> Any:
    """An HTML error page; ``title`` and ``message`` are translated here."""
    t = _translator(request)
    return page(
        request,
        "error.html",
        status_code=status,
        title=t.gettext(title),
        message=t.gettext(message),
    )


def _sign_in_needed(request: Request[Any, Any, Any], error: SignInNeeded) -> Response[Any]:
    return see_other(request, f"/e/{error.event_slug}/signin")


def _onboarding_needed(request: Request[Any, Any, Any], error: OnboardingNeeded) -> Response[Any]:
    return see_other(request, f"/e/{error.event_slug}/welcome")


def _domain_error(request: Request[Any, Any, Any], error: MatchmakerError) -> Any:
    titles = {404: N_("Not found"), 403: N_("Not allowed")}
    title = titles.get(error.status, N_("This could not be done"))
    t = _translator(request)
    return page(
        request,
        "error.html",
        status_code=error.status,
        title=t.gettext(title),
        message=describe(t, error),
    )


def _csrf_or_forbidden(request: Request[Any, Any, Any], _: PermissionDeniedException) -> Any:
    return _error_page(
        request,
        403,
        N_("This form has expired"),
        N_("Go back, reload the page and try again. Nothing was changed."),
    )


def _not_found(request: Request[Any, Any, Any], _: NotFoundException) -> Any:
    return _error_page(
        request, 404, N_("Not found"), N_("This page or item does not exist (any more).")
    )


def _http_error(request: Request[Any, Any, Any], error: HTTPException) -> Any:
    if error.status_code >= 500:
        return _unexpected(request, error)
    return _error_page(
        request,
        error.status_code,
        N_("This could not be done"),
        N_("The address or the form was not understood."),
    )


def _unexpected(request: Request[Any, Any, Any], error: Exception) -> Any:
    log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=error)
    return _error_page(
        request,
        500,
        N_("Something went wrong"),
        N_("An unexpected error occurred; it has been logged. Please try again."),
    )


PAGE_EXCEPTION_HANDLERS: ExceptionHandlersMap = {
    SignInNeeded: _sign_in_needed,
    OnboardingNeeded: _onboarding_needed,
    MatchmakerError: _domain_error,
    PermissionDeniedException: _csrf_or_forbidden,
    NotFoundException: _not_found,
    HTTPException: _http_error,
    Exception: _unexpected,
}
