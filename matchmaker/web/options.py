"""OPTIONS answers whose ``Allow`` header lists every method of the path.

Litestar 2 builds the automatic OPTIONS handler when a path's first handler is registered and
keeps it when more handlers join that path (a controller registers its handlers one by one),
so ``Allow`` named only the methods registered first (litestar-org/litestar#4169, fixed in
Litestar 3 only). Each route, once complete, gets an OPTIONS handler built from it.
"""

from __future__ import annotations

from litestar.plugins import ReceiveRoutePlugin
from litestar.routes import BaseRoute, HTTPRoute

# The name Litestar gives the handler it adds; a route's own OPTIONS handler is left alone.
_AUTOMATIC_OPTIONS = "options_handler"


class CompleteAllowHeader(ReceiveRoutePlugin):
    """Rebuilds the automatic OPTIONS handler of every route as it is registered."""

    def receive_route(self, route: BaseRoute) -> None:
        if not isinstance(route, HTTPRoute) or "OPTIONS" not in route.route_handler_map:
            return
        stale, _ = route.route_handler_map["OPTIONS"]
        if stale.handler_name != _AUTOMATIC_OPTIONS:
            return
        fresh = route.create_options_handler(route.path)
        fresh.owner = stale.owner
        fresh.on_registration(stale.app)
        route.route_handlers = [fresh if h is stale else h for h in route.route_handlers]
        kwargs = fresh.create_kwargs_model(path_parameters=route.path_parameters)
        route.route_handler_map["OPTIONS"] = (fresh, kwargs)
