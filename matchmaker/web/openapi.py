"""The OpenAPI document, told once for every route.

Each operation's refusals are derived from what its route is made of and answered through
the error mapping (``matchmaker.http_errors.documented_problem``), so no route lists its
problem answers by hand:

- a parameter or a body: 400, refused at the edge; a body: 413 too;
- a path parameter: 404 (an unknown event, person, request, session or meeting);
- each guard and dependency the route runs, and its handler: the domain errors they declare
  with ``@refuses(...)``. One that reads a bearer token refuses ``Unauthenticated``, which
  also puts the ``bearer`` security requirement on the operation.

Routes left out of the schema (pages, static files) are left alone.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from types import UnionType
from typing import Any, TypeVar, Union, get_args, get_origin

import msgspec
from litestar._openapi.schema_generation.plugins.struct import StructSchemaPlugin
from litestar.constants import RESERVED_KWARGS
from litestar.exceptions import ValidationException
from litestar.exceptions.http_exceptions import RequestEntityTooLarge
from litestar.handlers import HTTPRouteHandler
from litestar.openapi import ResponseSpec
from litestar.openapi.spec import (
    Components,
    OpenAPIMediaType,
    Operation,
    RequestBody,
    Schema,
    SecurityScheme,
)
from litestar.openapi.spec.enums import OpenAPIType
from litestar.plugins import ReceiveRoutePlugin
from litestar.routes import BaseRoute, HTTPRoute
from litestar.typing import FieldDefinition

from matchmaker.errors import MatchmakerError, NotFound, Unauthenticated
from matchmaker.http_errors import PROBLEM_JSON, Problem, documented_problem

BEARER = "bearer"
_REFUSALS = "__matchmaker_refuses__"
_BODY_KWARGS = frozenset({"data", "body"})

Marked = TypeVar("Marked", bound=Callable[..., Any])


def refuses(*errors: type[MatchmakerError]) -> Callable[[Marked], Marked]:
    """Declare the domain errors a handler, guard or dependency provider may raise, so the
    operations that run it document them."""

    def mark(function: Marked) -> Marked:
        setattr(function, _REFUSALS, (*getattr(function, _REFUSALS, ()), *errors))
        return function

    return mark


def components() -> Components:
    """Shared parts of the document: the bearer-token scheme."""
    return Components(
        security_schemes={
            BEARER: SecurityScheme(
                type="http",
                scheme="bearer",
                description=(
                    "The organiser token (MATCHMAKER_ADMIN_TOKEN) on organiser operations; "
                    "the attendee's own token, returned when they were created or imported, "
                    "on attendee operations; either where both may act."
                ),
            )
        }
    )


class RouteDocumentation(ReceiveRoutePlugin):
    """Documents every refusal of each route as it is registered."""

    def receive_route(self, route: BaseRoute) -> None:
        if not isinstance(route, HTTPRoute):
            return
        for handler in route.route_handlers:
            if handler.resolve_include_in_schema():
                _document_refusals(handler, has_path_parameters=bool(route.path_parameters))


def _document_refusals(handler: HTTPRouteHandler, *, has_path_parameters: bool) -> None:
    refused = list(_refusals(handler, has_path_parameters=has_path_parameters))
    # A response the route states itself (a success with another shape) wins.
    handler.responses = {**problem_responses(refused), **(handler.responses or {})}
    if any(issubclass(error, Unauthenticated) for error in refused):
        handler.security = [{BEARER: []}]


def _refusals(handler: HTTPRouteHandler, *, has_path_parameters: bool) -> Iterable[type[Exception]]:
    parameters = set(handler.parsed_fn_signature.parameters)
    providers = handler.resolve_dependencies()
    inputs = (parameters - set(providers) - RESERVED_KWARGS) | (parameters & _BODY_KWARGS)
    if inputs or has_path_parameters:
        yield ValidationException
    if parameters & _BODY_KWARGS:
        yield RequestEntityTooLarge
    if has_path_parameters:
        yield NotFound
    # Guards as declared: resolve_guards() hands back async wrappers without the marks.
    guards = [guard for layer in handler.ownership_layers for guard in layer.guards or ()]
    for function in (*guards, *_providers_run(parameters, providers), handler.fn):
        yield from getattr(function, _REFUSALS, ())


def _providers_run(parameters: set[str], providers: dict[str, Any]) -> list[Callable[..., Any]]:
    """The dependency providers a handler with these parameters runs, nested ones included."""
    run: dict[str, Callable[..., Any]] = {}
    pending = list(parameters)
    while pending:
        name = pending.pop()
        if name in providers and name not in run:
            provider = providers[name]
            run[name] = provider.dependency
            pending.extend(provider.parsed_fn_signature.parameters)
    return list(run.values())


def problem_responses(refused: Iterable[type[Exception]]) -> dict[int, ResponseSpec]:
    """One problem+json response per status, saying what each refusal behind it means."""
    meanings: dict[int, list[str]] = {}
    bodies: dict[int, type[Problem]] = {}
    for error in refused:
        status, meaning, body = documented_problem(error)
        if meaning not in meanings.setdefault(status, []):
            meanings[status].append(meaning)
        # Problem bodies extend one another with optional members: the richest covers all.
        if len(body.__struct_fields__) > len(bodies.get(status, Problem).__struct_fields__):
            bodies[status] = body
    return {
        status: ResponseSpec(
            data_container=bodies.get(status, Problem),
            media_type=PROBLEM_JSON,
            description=" ".join(meanings[status]),
            generate_examples=False,
        )
        for status in sorted(meanings)
    }


class StructSchemas(StructSchemaPlugin):
    """Structs as msgspec, which validates them, sees them.

    Litestar's own struct plugin (private, hence this subclass) reads msgspec constraints on a
    field itself but not inside it (a list's item pattern, the arms of a union) and leaves out
    ``additionalProperties: false`` for structs that refuse unknown fields. Fields that hold
    no struct are described by msgspec's own JSON Schema; structs stay named components.
    """

    def to_openapi_schema(self, field_definition: FieldDefinition, schema_creator: Any) -> Schema:
        struct = field_definition.type_
        schema = super().to_openapi_schema(field_definition, schema_creator)
        if struct.__struct_config__.forbid_unknown_fields:
            schema.additional_properties = False
        for field in msgspec.structs.fields(struct):
            described = msgspec.json.schema(_without_unset(field.type))
            if "$ref" in described or "$defs" in described:
                continue
            generated = (schema.properties or {}).get(field.encode_name)
            property_schema = _schema_from_json(described)
            if isinstance(generated, Schema):
                property_schema.default = generated.default
            schema.properties = {**(schema.properties or {}), field.encode_name: property_schema}
        return schema


def _without_unset(annotation: Any) -> Any:
    """A PATCH field's type without ``UnsetType`` (absent is not a value on the wire)."""
    if get_origin(annotation) in (Union, UnionType):
        kept = [arm for arm in get_args(annotation) if arm is not msgspec.UnsetType]
        return functools.reduce(operator.or_, kept) if len(kept) > 1 else kept[0]
    return annotation


_SUBSCHEMA = frozenset({"items", "additionalProperties", "not", "contains", "propertyNames"})
_SUBSCHEMA_LISTS = frozenset({"anyOf", "oneOf", "allOf", "prefixItems"})
_SUBSCHEMA_MAPS = frozenset({"properties", "patternProperties"})


def _schema_from_json(document: dict[str, Any]) -> Schema:
    """Litestar's Schema object for a JSON Schema document, sub-schemas included."""
    aliases = Schema.field_aliases()
    fields: dict[str, Any] = {}
    for key, value in document.items():
        if key in _SUBSCHEMA and isinstance(value, dict):
            value = _schema_from_json(value)
        elif key in _SUBSCHEMA_LISTS:
            value = [_schema_from_json(item) for item in value]
        elif key in _SUBSCHEMA_MAPS:
            value = {name: _schema_from_json(item) for name, item in value.items()}
        fields[aliases.get(key, key)] = value
    return Schema(**fields)


@dataclass
class CsvBodyOperation(Operation):
    """An operation whose request body is a CSV file with a header row."""

    def __post_init__(self) -> None:
        self.request_body = RequestBody(
            required=True,
            description="UTF-8 CSV; header row of attendee field names; lists joined with ';'",
            content={
                "text/csv": OpenAPIMediaType(schema=Schema(type=OpenAPIType.STRING, min_length=1))
            },
        )


@dataclass
class OptionalBodyOperation(Operation):
    """An operation whose JSON body may be omitted altogether."""

    def __post_init__(self) -> None:
        if isinstance(self.request_body, RequestBody):
            self.request_body.required = False
