"""The domain's error tree, mapped to HTTP once in ``matchmaker.http_errors``.

MatchmakerError
├── InvalidInput(ValueError)        400/422: bad input; names the field
├── Unauthenticated(PermissionError) 401: no or bad token
├── Forbidden(PermissionError)      403: not yours
├── NotFound(LookupError)           404
├── Conflict                        409: slot taken, person busy, duplicate
│   └── (carries alternatives where they help)
├── TooLarge(ValueError)            413
├── OverCap                         429: over a per-person cap
└── Unavailable                     503: the database cannot serve now; retry (Retry-After)
"""

from __future__ import annotations


class MatchmakerError(Exception):
    """Base of every error the service answers deliberately."""

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
    status = 422
    title = "Invalid input"


class Unauthenticated(MatchmakerError, PermissionError):
    status = 401
    title = "Unauthenticated"


class Forbidden(MatchmakerError, PermissionError):
    status = 403
    title = "Forbidden"


class NotFound(MatchmakerError, LookupError):
    status = 404
    title = "Not found"


class Conflict(MatchmakerError):
    status = 409
    title = "Conflict"


class TooLarge(MatchmakerError, ValueError):
    status = 413
    title = "Request too large"


class OverCap(MatchmakerError):
    status = 429
    title = "Over a cap"


class Unavailable(MatchmakerError):
    """The database is unreachable (down, restarting, failing over): retrying will work."""

    status = 503
    title = "Service unavailable"
    retry_after_s = 2
