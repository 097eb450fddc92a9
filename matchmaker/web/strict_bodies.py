"""JSON bodies are held to their types exactly as the OpenAPI document states them.

Litestar decodes a body and then converts it to the handler's type leniently (the same code
reads query strings, which are all text), so "5" passed for an integer, 0 for a boolean and a
number of seconds for a time. Before a handler with a JSON body runs, its body is converted
once more by msgspec in strict mode; what that refuses is a 400 naming the field, like any
other schema violation. Only one leniency stays, because JSON Schema has it too: a number with
no fractional part (``2.0``) is an integer.
"""

from __future__ import annotations

from typing import Any

import msgspec
from litestar import Request
from litestar.config.app import AppConfig
from litestar.enums import RequestEncodingType
from litestar.exceptions import ValidationException
from litestar.handlers import HTTPRouteHandler
from litestar.params import BodyKwarg
from litestar.plugins import InitPluginProtocol, ReceiveRoutePlugin
from litestar.routes import BaseRoute, HTTPRoute


class StrictJsonBodies(InitPluginProtocol, ReceiveRoutePlugin):
    """Keeps a strict decoder per handler that takes a JSON body, and checks bodies with it."""

    def __init__(self) -> None:
        # id(handler) -> (the body's type, whether the body may be left out)
        self._bodies: dict[int, tuple[Any, bool]] = {}

    def on_app_init(self, app_config: AppConfig) -> AppConfig:
        if app_config.before_request is not None:
            raise RuntimeError("StrictJsonBodies owns the app's before_request hook")
        app_config.before_request = self.check
        return app_config

    def receive_route(self, route: BaseRoute) -> None:
        if not isinstance(route, HTTPRoute):
            return
        for handler in route.route_handlers:
            body = handler.parsed_fn_signature.parameters.get("data")
            if body is None:
                continue
            encoding = (
                body.kwarg_definition.media_type
                if isinstance(body.kwarg_definition, BodyKwarg)
                else RequestEncodingType.JSON
            )
            if encoding == RequestEncodingType.JSON:
                self._bodies[id(handler)] = (body.annotation, body.has_default)

    async def check(self, request: Request[Any, Any, Any]) -> None:
        """Before-request hook: refuse a body that does not match its type exactly."""
        handler: HTTPRouteHandler = request.route_handler
        entry = self._bodies.get(id(handler))
        if entry is None:
            return
        body_type, optional = entry
        raw = await request.body()
        if optional and not raw.strip():
            return
        try:
            decoded = _integral_numbers_as_int(msgspec.json.decode(raw))
            msgspec.convert(decoded, body_type, strict=True)
        except msgspec.DecodeError as error:  # malformed JSON or a value of the wrong type
            raise ValidationException(detail=str(error)) from error


def _integral_numbers_as_int(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, list):
        return [_integral_numbers_as_int(item) for item in value]
    if isinstance(value, dict):
        return {key: _integral_numbers_as_int(item) for key, item in value.items()}
    return value
