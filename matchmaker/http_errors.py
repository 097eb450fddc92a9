"""The one place where errors become HTTP answers: RFC 9457 problem+json naming the field.

The same mapping tells the OpenAPI document what each refusal looks like
(``documented_problem``), so the document cannot drift from the answers.
"""

from __future__ import annotations

import inspect
import logging
import re
from typing import Any

import asyncpg
import msgspec
from litestar import MediaType, Request, Response
from litestar.exceptions import HTTPException, MethodNotAllowedException, ValidationException
from litestar.exceptions.http_exceptions import RequestEntityTooLarge
from litestar.types import ExceptionHandlersMap

from matchmaker.db import is_unavailable
from matchmaker.errors import MatchmakerError, SlotTaken, Unavailable
from matchmaker.sessions.schemas import SlotOut

log = logging.getLogger(__name__)

PROBLEM_JSON = "application/problem+json"
_FIELD_IN_MESSAGE = re.compile(r"at `\$\.([A-Za-z0-9_.\[\]]+)`")


class Problem(msgspec.Struct, frozen=True, kw_only=True):
    """RFC 9457 problem details, naming the field at fault where there is one. Some refusals
    add members (a cap and its value, a request's state, when a retry may succeed)."""

    type: str
    status: int
    title: str
    detail: str
    field: str | None = None


class SlotTakenProblem(Problem, frozen=True, kw_only=True):
    """A refused booking, with other slots where both people and a table are free."""

    alternatives: list[SlotOut] = msgspec.field(default_factory=list)


# Refusals the framework makes before a handler runs; they answer in the same shape.
_EDGE_REFUSALS: dict[type[HTTPException], str] = {
    ValidationException: (
        "The request does not match this document (a parameter or body missing, malformed, "
        "out of range or not one of the listed values); the field is named where there is one."
    ),
    RequestEntityTooLarge: "The body is larger than the service accepts.",
    MethodNotAllowedException: "The path does not answer this method; `Allow` lists those it does.",
}
_BODIES: dict[type[MatchmakerError], type[Problem]] = {SlotTaken: SlotTakenProblem}


def documented_problem(error: type[Exception]) -> tuple[int, str, type[Problem]]:
    """The status, meaning and body shape of the answer ``error`` becomes."""
    if issubclass(error, MatchmakerError):
        meaning = inspect.cleandoc(error.__doc__ or error.title).replace("\n", " ")
        body = next((_BODIES[kind] for kind in error.__mro__ if kind in _BODIES), Problem)
        return error.status, meaning, body
    if issubclass(error, HTTPException) and error in _EDGE_REFUSALS:
        return error.status_code, _EDGE_REFUSALS[error], Problem
    raise LookupError(f"{error.__name__} is not answered as a problem")


def problem(
    status: int,
    title: str,
    detail: str,
    *,
    field: str | None = None,
    extra: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
) -> Response[dict[str, Any]]:
    """A problem+json response."""
    body: dict[str, Any] = {"type": "about:blank", "status": status, "title": title}
    body["detail"] = detail
    if field is not None:
        body["field"] = field
    if extra:
        body.update(extra)
    return Response(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


def _domain_error(_: Request[Any, Any, Any], error: MatchmakerError) -> Response[dict[str, Any]]:
    retry = {"Retry-After": str(error.retry_after_s)} if isinstance(error, Unavailable) else None
    return problem(
        error.status, error.title, error.detail, field=error.field, extra=error.extra, headers=retry
    )


def _validation_error(
    _: Request[Any, Any, Any], error: ValidationException
) -> Response[dict[str, Any]]:
    # Litestar reports msgspec's message and, where it can, the key at fault.
    field: str | None = None
    messages: list[str] = []
    if isinstance(error.extra, list):
        for item in error.extra:
            if isinstance(item, dict):
                messages.append(str(item.get("message", "")))
                if field is None and item.get("key"):
                    field = str(item["key"])
                    if item.get("source") == "header":  # named as sent: Idempotency-Key
                        field = "-".join(part.capitalize() for part in field.split("_"))
    detail = "; ".join(m for m in messages if m) or error.detail
    if field is None:
        match = _FIELD_IN_MESSAGE.search(detail)
        field = match.group(1) if match else None
    return problem(400, "Invalid input", detail, field=field)


def _http_error(_: Request[Any, Any, Any], error: HTTPException) -> Response[dict[str, Any]]:
    status = error.status_code
    title = {
        400: "Invalid input",
        404: "Not found",
        405: "Method not allowed",
        413: "Request too large",
    }.get(status, "Bad request" if status < 500 else "Internal error")
    return problem(status, title, error.detail, headers=error.headers)


def _database_error(
    request: Request[Any, Any, Any], error: asyncpg.PostgresError
) -> Response[dict[str, Any]]:
    # Services translate the constraint violations they expect; this is the safety net that
    # keeps a constraint the database enforced from ever surfacing as a 500.
    if is_unavailable(error):
        return _unreachable(request, error)
    if isinstance(error, asyncpg.IntegrityConstraintViolationError):
        return problem(409, "Conflict", "the change conflicts with data already stored")
    if isinstance(error, asyncpg.DataError):
        return problem(422, "Invalid input", "a value is out of range for the database")
    return _unexpected_error(request, error)


def _unreachable(request: Request[Any, Any, Any], error: Exception) -> Response[dict[str, Any]]:
    """The database is down, restarting or failing over: 503 with Retry-After, never 500."""
    if not is_unavailable(error):
        return _unexpected_error(request, error)
    log.debug("database unavailable on %s %s: %s", request.method, request.url.path, error)
    return _domain_error(request, Unavailable("the database is unavailable; retry shortly"))


def _unexpected_error(
    request: Request[Any, Any, Any], error: Exception
) -> Response[dict[str, Any]]:
    log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=error)
    return problem(500, "Internal error", "an unexpected error occurred; it has been logged")


EXCEPTION_HANDLERS: ExceptionHandlersMap = {
    MatchmakerError: _domain_error,
    ValidationException: _validation_error,
    HTTPException: _http_error,
    asyncpg.PostgresError: _database_error,
    # Connection failures (refused, reset, closed, no read-write host, a protocol broken by
    # a vanishing server) are not PostgresErrors.
    OSError: _unreachable,
    asyncpg.InterfaceError: _unreachable,
    asyncpg.exceptions.InternalClientError: _unreachable,
    Exception: _unexpected_error,
}

__all__ = [
    "EXCEPTION_HANDLERS",
    "PROBLEM_JSON",
    "MediaType",
    "Problem",
    "SlotTakenProblem",
    "documented_problem",
    "problem",
]
