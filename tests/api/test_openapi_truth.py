"""The OpenAPI document tells the truth about every answer: schemathesis, with every check,
finds nothing the document does not say, as the organiser and as an attendee.

The app is served over real HTTP (uvicorn in a thread, a fresh database) and checked with
scripts/check_openapi.py, the same check an outside client runs against a live server. The
run is bounded in time and seeded, so it stays short and repeatable."""

from __future__ import annotations

import asyncio
import socket
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from litestar import Litestar

from conftest import ORGANISER_TOKEN
from matchmaker.settings import REPO_ROOT

SECONDS_PER_IDENTITY = 40


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture
def served(app: Litestar) -> Iterator[str]:
    """The app behind a real HTTP server; yields its base URL."""
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, loop="asyncio", log_level="warning")
    )
    thread = threading.Thread(target=server.run, name="openapi-check-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        assert thread.is_alive(), "the server stopped while starting"
        assert time.monotonic() < deadline, "the server did not start within a minute"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


async def test_schemathesis_with_every_check_finds_no_failure(served: str, tmp_path: Path) -> None:
    check = await asyncio.create_subprocess_exec(
        sys.executable,
        str(REPO_ROOT / "scripts" / "check_openapi.py"),
        "--url",
        served,
        "--organiser-token",
        ORGANISER_TOKEN,
        "--max-time",
        str(SECONDS_PER_IDENTITY),
        "--seed",
        "21",
        "--workdir",
        str(tmp_path),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    stdout, stderr = await asyncio.wait_for(check.communicate(), timeout=10 * SECONDS_PER_IDENTITY)
    report = stdout.decode() + stderr.decode()
    print(stdout.decode())  # the figures, shown with pytest -s or -rP
    assert check.returncode == 0, report
    assert "failures: 0" in stdout.decode(), report
    # Both identities really ran: a check that generated nothing would prove nothing.
    for identity in ("organiser", "attendee"):
        line = next(line for line in stdout.decode().splitlines() if f"{identity}:" in line)
        assert int(line.split(":")[1].split()[0]) > 500, line
