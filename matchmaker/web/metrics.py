"""Prometheus metrics on a registry of the app's own (no process globals, so several apps in
one test process do not collide)."""

from __future__ import annotations

import time
from typing import Any

from litestar.enums import ScopeType
from litestar.types import ASGIApp, Message, Receive, Scope, Send
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram


class ServiceMetrics:
    """The service's metrics."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "matchmaker_http_requests",
            "HTTP requests answered",
            ["method", "route", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "matchmaker_http_request_seconds",
            "Time to answer HTTP requests",
            ["method", "route"],
            registry=self.registry,
            buckets=(0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0),
        )
        self.attendees_indexed = Gauge(
            "matchmaker_attendees_indexed",
            "Attendees embedded and suggestible now",
            ["event"],
            registry=self.registry,
        )


def metrics_middleware(app: ASGIApp) -> ASGIApp:
    """Count requests and time them by route template (not raw path, to bound cardinality)."""

    async def middleware(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != ScopeType.HTTP:
            await app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def send_wrapper(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                # The time the server spent before answering (handler, database, rendering),
                # so clients and benchmarks can tell it from network and client time.
                elapsed_ms = (time.perf_counter() - started) * 1000
                headers = list(message.get("headers", []))
                headers.append((b"server-timing", f"app;dur={elapsed_ms:.2f}".encode()))
                message = {**message, "headers": headers}
            await send(message)

        try:
            await app(scope, receive, send_wrapper)
        finally:
            metrics: ServiceMetrics = scope["litestar_app"].state.metrics
            route: Any = scope.get("path_template", "unmatched")
            method = scope.get("method", "GET")
            metrics.requests.labels(method, str(route), str(status)).inc()
            metrics.latency.labels(method, str(route)).observe(time.perf_counter() - started)

    return middleware
