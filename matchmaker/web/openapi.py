"""OpenAPI details Litestar cannot infer: bodies that are not JSON."""

from __future__ import annotations

from dataclasses import dataclass

from litestar.openapi.spec import OpenAPIMediaType, Operation, RequestBody, Schema
from litestar.openapi.spec.enums import OpenAPIType


@dataclass
class CsvBodyOperation(Operation):
    """An operation whose request body is a CSV file with a header row."""

    def __post_init__(self) -> None:
        self.request_body = RequestBody(
            required=True,
            description="UTF-8 CSV; header row of attendee field names; lists joined with ';'",
            content={"text/csv": OpenAPIMediaType(schema=Schema(type=OpenAPIType.STRING))},
        )
