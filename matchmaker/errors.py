"""The domain's error tree, mapped to HTTP once in ``matchmaker.http_errors``.

MatchmakerError
├── InvalidInput(ValueError)        422: valid by the API's schema, refused by a rule beyond it
├── Unauthenticated(PermissionError) 401: no or bad token
├── Forbidden(PermissionError)      403: not yours
├── NotFound(LookupError)           404
├── Conflict                        409: slot taken, person busy, duplicate, cannot be held
│   └── SlotTaken                   409 with the free alternatives
├── TooLarge(ValueError)            413
├── OverCap                         429: over a per-person cap
└── Unavailable                     503: the database cannot serve now; retry (Retry-After)

Each class's docstring is what the OpenAPI document says the status means.
"""

from __future__ import annotations


class MatchmakerError(Exception):
    """An unexpected error."""

    status = 500
    title = "Internal error"

    def __init__(
        self, detail: str, *, field: str | None = None, extra: dict[str, object] | None = None
    ) -> None:
        super().__init__(detail)
        self.detail = detail
        self.field = field
        self.extra = extra or {}


class InvalidInput(MatchmakerError, ValueError):
    """Valid by the schema, but refused by a rule it cannot state (a topic or slot that must
    be the event's own, an end before a start, a CSV file's header); the field is named."""

    status = 422
    title = "Invalid input"


class Unauthenticated(MatchmakerError, PermissionError):
    """No bearer token, or one that is not valid here."""

    status = 401
    title = "Unauthenticated"


class Forbidden(MatchmakerError, PermissionError):
    """The token is valid but this is not yours to do (or belongs to another event)."""

    status = 403
    title = "Forbidden"


class NotFound(MatchmakerError, LookupError):
    """The event, or a person, request, session, slot or meeting named, does not exist here."""

    status = 404
    title = "Not found"


class Conflict(MatchmakerError):
    """The change conflicts with what is stored, or cannot be held as asked: a duplicate, a
    request to yourself, a session that ends before it starts or falls outside 1970-9000,
    or a request, meeting or session not in a state that allows it."""

    status = 409
    title = "Conflict"


class SlotTaken(Conflict):
    """The slot cannot be booked (taken, started, a person busy); ``alternatives`` lists slots
    where both people and a table are free."""


class TooLarge(MatchmakerError, ValueError):
    """The request is larger than the service accepts."""

    status = 413
    title = "Request too large"


class OverCap(MatchmakerError):
    """Over a per-person cap from the event's match settings."""

    status = 429
    title = "Over a cap"


class Unavailable(MatchmakerError):
    """The database is unreachable (down, restarting, failing over): retrying will work."""

    status = 503
    title = "Service unavailable"
    retry_after_s = 2
