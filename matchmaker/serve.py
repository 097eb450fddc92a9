"""``matchmaker serve``: run the app under uvicorn and tell the user where it is."""

from __future__ import annotations

import asyncio
import sys
from dataclasses import replace

import uvicorn

from matchmaker.app import create_app
from matchmaker.demo.seed import DemoSummary
from matchmaker.settings import Settings
from matchmaker.tokens import new_token


def _banner(settings: Settings, summary: DemoSummary | None) -> str:
    base = f"http://{settings.host}:{settings.port}"
    lines = [
        "",
        f"matchmaker is running at {base}",
        f"  API documentation: {base}/schema",
        f"  organiser token:   {settings.admin_token}",
    ]
    if summary is not None:
        lines.append(summary.describe(base))
    return "\n".join(lines) + "\n"


def run_server(settings: Settings, *, demo: bool) -> int:
    """Serve until interrupted. Without MATCHMAKER_ADMIN_TOKEN an organiser token is made
    up for this run and printed, so a new user can act as organiser at once."""
    settings = replace(settings, admin_token=settings.admin_token or new_token(), demo=demo)
    app = create_app(settings)
    server = uvicorn.Server(
        uvicorn.Config(app, host=settings.host, port=settings.port, lifespan="on", log_level="info")
    )

    async def serve() -> None:
        task = asyncio.create_task(server.serve())
        # uvicorn exposes start-up only as a flag, so poll it briefly.
        while not server.started and not task.done():  # noqa: ASYNC110
            await asyncio.sleep(0.05)
        if server.started:
            summary: DemoSummary | None = getattr(app.state, "demo_summary", None)
            sys.stdout.write(_banner(settings, summary))
            sys.stdout.flush()
        await task

    asyncio.run(serve())
    return 0 if server.started else 1
