"""The fault scripts' quick runs: real `matchmaker serve` processes on PostgreSQL clusters of
their own, killed, restarted and failed over. They print what they found and exit 1 when an
acknowledged booking is lost or doubled, a process exits, or an answer other than 200/503
comes back during an outage; the full-size runs are for people (see scripts/).

They start their own clusters whatever DATABASE_URL says, so they run once, in the
embedded run of the suite."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from matchmaker.settings import REPO_ROOT

SCRIPTS = REPO_ROOT / "scripts"

pytestmark = pytest.mark.skipif(
    bool(os.environ.get("DATABASE_URL")),
    reason="the fault scripts start clusters of their own: the embedded run covers them",
)


def run_script(name: str, *args: str, within_s: float = 900) -> str:
    completed = subprocess.run(
        [sys.executable, str(SCRIPTS / name), *args],
        capture_output=True,
        text=True,
        timeout=within_s,
        cwd=REPO_ROOT,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr[-3000:]
    return completed.stdout


def test_two_hosts_lose_no_booking_and_converge_after_kills_and_a_restart() -> None:
    out = run_script(
        "fault_two_hosts.py", "--quick", "--only", "kill", "--only", "listener",
        "--only", "restart",
    )  # fmt: skip
    assert "ok: acknowledged bookings lost: 0" in out
    assert "ok: host B missed no change" in out
    assert "ok: answers other than 200 or 503: {}" in out
    assert "correctness failures: 0" in out


def test_failover_to_the_promoted_standby_loses_no_acknowledged_booking() -> None:
    out = run_script("fault_failover.py", "--quick")
    assert "lost on the new primary: 0" in out
    assert "never restarted: True" in out


def test_the_embedded_database_starts_again_after_a_crash_of_everything() -> None:
    out = run_script("fault_embedded_restart.py", "--quick")
    assert "data kept: True" in out
