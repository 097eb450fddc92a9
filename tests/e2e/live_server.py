"""The browser tests' world: the real ``matchmaker serve --demo`` (real model, real CLI) on a
database of its own, the sign-in links it prints, and Debian's Chromium driven by Playwright.

Chromium must be installed (``scripts/test`` does it): a missing browser fails the tests,
it never skips them."""

from __future__ import annotations

import asyncio
import os
import re
import secrets
import socket
import subprocess
import sys
import threading
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pytest
from mail.mail_world import SmtpServer

from conftest import with_database
from matchmaker.settings import REPO_ROOT

CHROMIUM = ("/usr/bin/chromium-headless-shell", "/usr/bin/chromium")
PHONE = {"width": 390, "height": 844}
START_TIMEOUT_S = 420.0
SCREENSHOTS = Path(
    os.environ.get("MATCHMAKER_SCREENSHOTS", REPO_ROOT / "tests" / "e2e" / "screenshots")
)
LINK = re.compile(r"^\s+(https?://\S+/e/[\w-]+/signin/\S+)$")
CODE = re.compile(r"^\s+or at (\S+) with (\S+) and code (\S+)$")


@dataclass(frozen=True)
class DemoLink:
    """One demo attendee as ``serve --demo`` printed them."""

    name: str
    url: str
    code_url: str
    email: str
    code: str


@dataclass(frozen=True)
class LiveServer:
    base_url: str
    links: list[DemoLink]
    output: str
    organiser_token: str = ""
    """The server's organiser token (typed into the console's sign-in page)."""
    admin_token: str = ""
    """The same token, for the API's bearer calls."""
    smtp: SmtpServer | None = None
    """The SMTP server (aiosmtpd) the demo mails through."""


def parse_banner(text: str) -> list[DemoLink]:
    """The attendee-app part of the start-up banner."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip().startswith("attendee app"))
    links = []
    rest = lines[start + 1 :]
    for i, line in enumerate(rest):
        found = LINK.match(line)
        if found is None:
            continue
        code = CODE.match(rest[i + 1])
        assert code is not None, rest[i + 1]
        links.append(
            DemoLink(
                name=rest[i - 1].strip().split(" (")[0],
                url=found.group(1),
                code_url=code.group(1),
                email=code.group(2),
                code=code.group(3),
            )
        )
    return links


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _read_banner(process: subprocess.Popen[str], timeout_s: float) -> str:
    """What the server printed, up to its third sign-in code (or the timeout)."""
    printed: list[str] = []

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            printed.append(line)
            if sum(" and code " in seen for seen in printed) == 3:
                return

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout_s)
    return "".join(printed)


def _stop(process: subprocess.Popen[str]) -> None:
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    if process.stdout is not None:
        process.stdout.close()


@pytest.fixture(scope="session")
async def live_server(
    server_dsn: str, template_database: str, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[LiveServer]:
    """``matchmaker serve --demo`` as a user starts it, on a database of its own."""
    name = f"mm_e2e_{uuid.uuid4().hex[:8]}"
    admin = await asyncpg.connect(server_dsn)
    try:
        await admin.execute(f'create database "{name}" template "{template_database}"')
    finally:
        await admin.close()
    port = _free_port()
    organiser_token = secrets.token_urlsafe(16)
    log_path = tmp_path_factory.mktemp("serve") / "serve.log"
    smtp = SmtpServer()
    smtp.start()
    env = {
        **os.environ,
        "DATABASE_URL": with_database(server_dsn, name),
        "MATCHMAKER_HOST": "127.0.0.1",
        "MATCHMAKER_PORT": str(port),
        "MATCHMAKER_ADMIN_TOKEN": organiser_token,
        "MATCHMAKER_SMTP_URL": smtp.url,
        "MATCHMAKER_MAIL_FROM": "SDC Brussels <meet@sdc.example.org>",
        "MATCHMAKER_DATA_DIR": str(tmp_path_factory.mktemp("data")),
        "HF_HUB_OFFLINE": "1",
        "PYTHONUNBUFFERED": "1",
    }
    env.pop("MATCHMAKER_PUBLIC_URL", None)
    with log_path.open("w") as log:
        process = await asyncio.to_thread(
            subprocess.Popen,
            [sys.executable, "-m", "matchmaker.cli", "serve", "--demo"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
            cwd=REPO_ROOT,
        )
        try:
            output = await asyncio.to_thread(_read_banner, process, START_TIMEOUT_S)
            if "attendee app" not in output:
                tail = log_path.read_text()[-3000:]
                raise RuntimeError(f"serve --demo did not print its links:\n{output}\n{tail}")
            base_url = f"http://127.0.0.1:{port}"
            # serve --demo builds the demo event's matcher before printing its links, so the
            # first person to open one does not wait for its profiles to be embedded.
            async with httpx.AsyncClient(base_url=base_url, timeout=60) as client:
                health = (await client.get("/health")).json()
            loaded = health["indexes"]["events"]
            assert len(loaded) == 1, health
            assert loaded[0]["attendees"] > 700, health
            yield LiveServer(
                base_url=base_url,
                links=parse_banner(output),
                output=output,
                organiser_token=organiser_token,
                admin_token=organiser_token,
                smtp=smtp,
            )
        finally:
            await asyncio.to_thread(_stop, process)
            smtp.stop()
            admin = await asyncpg.connect(server_dsn)
            try:
                await admin.execute(f'drop database if exists "{name}" with (force)')
            finally:
                await admin.close()


@pytest.fixture(scope="session")
def browser_type_launch_args(
    browser_type_launch_args: dict[str, Any], live_server: LiveServer
) -> dict[str, Any]:
    """Debian's Chromium (Playwright's own browser download cannot work here). The server
    (an async fixture) is started first: once Playwright runs, no async fixture can."""
    executable = next((path for path in CHROMIUM if os.path.exists(path)), None)
    if executable is None:
        pytest.fail(
            "no Chromium: run scripts/test (it installs chromium-headless-shell), or "
            "apt-get install -y chromium-headless-shell fonts-dejavu-core"
        )
    return {
        **browser_type_launch_args,
        "executable_path": executable,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--disable-sync",
        ],
    }
