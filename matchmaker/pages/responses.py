"""Answers every page handler gives: post/redirect/get, fragments for htmx, safe "next"
addresses."""

from __future__ import annotations

from typing import Any

from litestar import Request, Response
from litestar.response import Redirect, Template
from litestar.status_codes import HTTP_303_SEE_OTHER

from matchmaker.pages.i18n import Translators

HX_REDIRECT = "HX-Redirect"


def see_other(request: Request[Any, Any, Any], path: str) -> Response[Any]:
    """After a successful POST: go to ``path`` with a GET (303), so reloading the page never
    repeats the action. An htmx request is told to navigate instead of following inline."""
    if wants_fragment(request):
        return Response(content=b"", status_code=200, headers={HX_REDIRECT: path})
    return Redirect(path=path, status_code=HTTP_303_SEE_OTHER)


def wants_fragment(request: Request[Any, Any, Any]) -> bool:
    """An htmx request that swaps part of a page (not a boosted navigation nor a history
    restore, which need the whole page)."""
    return request.headers.get("hx-request") == "true" and not (
        request.headers.get("hx-boosted") == "true"
        or request.headers.get("hx-history-restore-request") == "true"
    )


def local_path(candidate: str | None, default: str) -> str:
    """``candidate`` when it is a path on this site, else ``default``: a "next" address
    taken from a form must never send people to another site."""
    if not candidate or not candidate.startswith("/") or candidate.startswith("//"):
        return default
    if "\\" in candidate or any(ord(ch) < 0x20 for ch in candidate):
        return default
    return candidate


def page(
    request: Request[Any, Any, Any],
    template_name: str,
    *,
    status_code: int = 200,
    **context: Any,
) -> Template:
    """A page (or fragment) rendered with the request's language."""
    translators: Translators = request.app.state.translators
    translator = translators.for_connection(request)
    return Template(
        template_name=template_name,
        context={"language": translator.language, "t": translator, **context},
        status_code=status_code,
        headers={"Content-Language": translator.language, "Vary": "Accept-Language, Cookie"},
    )
