"""The zero-setup database survives a crash of the whole service: `matchmaker serve` on its
embedded PostgreSQL is killed with SIGKILL (the service and every PostgreSQL process), which
leaves PostgreSQL's pid file behind; the next `serve` must start the database again and find
its data. Run twice: once as the crash leaves it, once with the stale pid now belonging to
another live process (as after a reboot, when pids are handed out again).

    python scripts/fault_embedded_restart.py [--quick]

Exit status 1 when a restart does not become healthy or the data is gone.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

import httpx
from fault_harness import Service, admin_headers, free_port, say, service_env


def kill_group_of(pid: int) -> None:
    """SIGKILL the process group of ``pid`` (never our own)."""
    with contextlib.suppress(ProcessLookupError):
        group = os.getpgid(pid)
        if group != os.getpgrp():
            os.killpg(group, signal.SIGKILL)


def crash(service: Service, pgdata: Path) -> int:
    """SIGKILL the service and every PostgreSQL process of its data folder; returns the
    postmaster pid left in the pid file."""
    postmaster = int((pgdata / "postmaster.pid").read_text().split()[0])
    service.kill9()
    kill_group_of(postmaster)
    for _ in range(100):  # the backends go with their process group
        if not Path(f"/proc/{postmaster}").exists():
            break
        subprocess.run(["sleep", "0.05"], check=False)  # noqa: S607 -- a short wait
    return postmaster


def crash_and_leave(
    service: Service, pgdata: Path, reuse_pid: bool, attempt: int
) -> subprocess.Popen[bytes] | None:
    """Crash everything, say what was left behind; with ``reuse_pid`` make the stale pid
    name a live unrelated process, which is returned (the caller ends it)."""
    stale = crash(service, pgdata)
    left = (pgdata / "postmaster.pid").exists()
    alive = Path(f"/proc/{stale}").exists()
    say(
        f"\n[{attempt}] killed serve and PostgreSQL with SIGKILL; pid file left behind: "
        f"{left} (postmaster pid {stale}, alive: {alive})"
    )
    if not reuse_pid:
        return None
    squatter = subprocess.Popen(["sleep", "600"])  # noqa: S607 -- an unrelated process
    text = (pgdata / "postmaster.pid").read_text().split("\n", 1)
    (pgdata / "postmaster.pid").write_text(f"{squatter.pid}\n{text[1]}")
    say(f"    the stale pid now names a live unrelated process ({squatter.pid})")
    return squatter


async def create_event(service: Service, slug: str) -> None:
    async with httpx.AsyncClient(base_url=service.url, timeout=30) as client:
        response = await client.post(
            "/api/v1/events",
            json={"slug": slug, "name": slug, "timezone": "UTC", "topics": []},
            headers=admin_headers(),
        )
        response.raise_for_status()


async def event_exists(service: Service, slug: str) -> bool:
    async with httpx.AsyncClient(base_url=service.url, timeout=30) as client:
        response = await client.get(f"/api/v1/events/{slug}", headers=admin_headers())
        return response.status_code == 200


async def main(quick: bool) -> int:
    data_dir = Path(tempfile.mkdtemp(prefix="mm-fault-embedded-"))
    env = service_env("")  # no DATABASE_URL: the embedded server in MATCHMAKER_DATA_DIR
    env["MATCHMAKER_DATA_DIR"] = str(data_dir)
    service = Service("serve", "127.0.0.1", free_port(), env)
    pgdata = data_dir / "pgdata"
    failures = 0
    squatter: subprocess.Popen[bytes] | None = None
    try:
        service.start()
        say(f"serve on the embedded PostgreSQL in {data_dir}: healthy after "
            f"{await service.wait_healthy():.1f} s")  # fmt: skip
        await create_event(service, "before-the-crash")
        # Quick: only the harder case (the stale pid names a live process).
        for attempt, reuse_pid in enumerate((True,) if quick else (False, True), start=1):
            squatter = await asyncio.to_thread(crash_and_leave, service, pgdata, reuse_pid, attempt)
            service.start()
            try:
                took = await service.wait_healthy(within_s=240)
            except SystemExit as error:
                say(f"    FAILED: {error}\n{service.log_tail()}")
                failures += 1
                break
            kept = await event_exists(service, "before-the-crash")
            say(f"    next serve: healthy after {took:.1f} s; data kept: {kept}")
            failures += 0 if kept else 1
    finally:
        service.stop()
        if squatter is not None:
            squatter.kill()
            squatter.wait()
        if (pgdata / "postmaster.pid").exists():
            with contextlib.suppress(ValueError, OSError):
                kill_group_of(int((pgdata / "postmaster.pid").read_text().split()[0]))
        shutil.rmtree(data_dir, ignore_errors=True)
    say(f"\nembedded PostgreSQL restarts after a crash: {'ok' if not failures else 'FAILED'}")
    return 1 if failures else 0


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, signal.default_int_handler)  # clean up when stopped
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="only the harder case (tests)")
    raise SystemExit(asyncio.run(main(parser.parse_args().quick)))
