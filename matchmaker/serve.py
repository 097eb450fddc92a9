"""``matchmaker serve``: run the app under uvicorn and tell the user where it is."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Sequence
from dataclasses import replace
from urllib.parse import urlsplit

import uvicorn

from matchmaker.app import create_app
from matchmaker.demo.seed import DemoSummary
from matchmaker.pages.console.navigation import console_path
from matchmaker.pages.stack import DemoSignIn
from matchmaker.settings import Settings
from matchmaker.tokens import new_token


def _banner(
    settings: Settings, summary: DemoSummary | None, links: Sequence[DemoSignIn] = ()
) -> str:
    base = settings.base_url
    lines = [
        "",
        f"matchmaker is running at {base}",
        f"  API documentation: {base}/schema",
        f"  organiser token:   {settings.admin_token}",
    ]
    if settings.smtp_url:
        lines.append(f"  mail: sent through {_smtp_host(settings.smtp_url)}")
    else:
        lines.append(
            "  mail: MATCHMAKER_SMTP_URL is not set, so nothing is sent; messages are kept and"
        )
        lines.append("        shown on the organiser console's mail preview page")
    if summary is not None:
        lines.append(summary.describe(base))
        # The token is typed into the page, never put in the address (logs, history).
        lines.append(
            f"  organiser console: {base}{console_path(summary.event_slug, 'signin')}"
            " (sign in with the organiser token above)"
        )
    if links:
        lines.append("  attendee app (open a link on a phone; each is personal):")
        for link in links:
            lines.append(f"    {link.name} ({link.organisation})")
            lines.append(f"      {link.url}")
            lines.append(f"      or at {link.code_url} with {link.email} and code {link.code}")
    return "\n".join(lines) + "\n"


def _smtp_host(url: str) -> str:
    """The server part of the SMTP URL, without the password it may carry."""
    parts = urlsplit(url)
    return f"{parts.hostname}:{parts.port}" if parts.port else str(parts.hostname)


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
            links: list[DemoSignIn] = getattr(app.state, "demo_signin_links", [])
            sys.stdout.write(_banner(settings, summary, links))
            sys.stdout.flush()
        await task

    asyncio.run(serve())
    return 0 if server.started else 1
