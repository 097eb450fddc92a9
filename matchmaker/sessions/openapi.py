"""OpenAPI details for the sessions and booking routes that Litestar cannot infer: the
problem+json answers each route gives, and request bodies that may be left out."""

from __future__ import annotations

from dataclasses import dataclass

import msgspec
from litestar.openapi import ResponseSpec
from litestar.openapi.spec import Operation, RequestBody

from matchmaker.sessions.schemas import SlotOut

_MEANINGS = {
    401: "No or bad bearer token",
    403: "Not yours to do",
    404: "Unknown event, attendee, request, slot or meeting",
    409: "Conflict: slot taken, person busy, request not in a state that allows this",
    422: "Invalid input, with the field named",
    429: "Over a per-person cap from the event's match settings",
}


class Problem(msgspec.Struct, frozen=True, kw_only=True):
    """RFC 9457 problem details, naming the field at fault where there is one."""

    type: str
    status: int
    title: str
    detail: str
    field: str | None = None


class BookingConflict(Problem, frozen=True, kw_only=True):
    """A refused booking, with other slots where both people and a table are free."""

    alternatives: list[SlotOut] = msgspec.field(default_factory=list)


def problems(*statuses: int, conflict: type[Problem] = Problem) -> dict[int, ResponseSpec]:
    """Response specs for the problem answers a route gives besides 400."""
    return {
        status: ResponseSpec(
            data_container=conflict if status == 409 else Problem,
            media_type="application/problem+json",
            description=_MEANINGS[status],
            generate_examples=False,
        )
        for status in statuses
    }


@dataclass
class OptionalBodyOperation(Operation):
    """An operation whose JSON body may be omitted altogether."""

    def __post_init__(self) -> None:
        if isinstance(self.request_body, RequestBody):
            self.request_body.required = False
