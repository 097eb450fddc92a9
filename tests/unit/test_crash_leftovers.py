"""What a kill -9 of the whole service leaves in the embedded database's folder is cleared
before the next start, and nothing is touched while a server runs."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from matchmaker.embedded_db import clear_crash_leftovers


def leave_crash(pgdata: Path, pid: int) -> None:
    pgdata.mkdir()
    (pgdata / "postmaster.pid").write_text(
        f"{pid}\n{pgdata}\n1700000000\n5432\n{pgdata}\n\n  5432001  0\nready   \n"
    )
    (pgdata / ".s.PGSQL.5432.lock").write_text(f"{pid}\n{pgdata}\n1700000000\n5432\n")
    (pgdata / ".handle_pids.json").write_text(json.dumps([pid, os.getpid()]))


def test_a_pid_file_naming_another_live_process_is_cleared(tmp_path: Path) -> None:
    squatter = subprocess.Popen(["sleep", "30"])  # noqa: S607 -- a live process, not postgres
    try:
        leave_crash(tmp_path / "pgdata", squatter.pid)
        done = clear_crash_leftovers(tmp_path / "pgdata")
    finally:
        squatter.kill()
        squatter.wait()
    assert not (tmp_path / "pgdata" / "postmaster.pid").exists()
    assert not (tmp_path / "pgdata" / ".s.PGSQL.5432.lock").exists()
    assert len(done) == 2  # the pid file and the socket lock; both users are alive
    assert json.loads((tmp_path / "pgdata" / ".handle_pids.json").read_text()) == [
        squatter.pid,
        os.getpid(),
    ]


def test_dead_users_of_the_server_are_forgotten(tmp_path: Path) -> None:
    ended = subprocess.Popen(["true"])  # noqa: S607
    ended.wait()
    leave_crash(tmp_path / "pgdata", ended.pid)
    clear_crash_leftovers(tmp_path / "pgdata")
    assert json.loads((tmp_path / "pgdata" / ".handle_pids.json").read_text()) == [os.getpid()]


def test_a_clean_folder_is_left_alone(tmp_path: Path) -> None:
    (tmp_path / "pgdata").mkdir()
    assert clear_crash_leftovers(tmp_path / "pgdata") == []
