"""A TCP proxy in front of the test PostgreSQL, to make the database vanish and return on
demand: ``cut`` resets every open connection (a restart, a failover), ``refuse`` stops
accepting new ones (the server is down), ``freeze`` stops forwarding on the open ones while
keeping them open (a half-open connection: the peer is gone and no FIN ever comes).

It runs on its own thread and event loop, so it serves both the test's loop and an app
running in the test client's portal thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
from collections.abc import Coroutine
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit, urlunsplit

CHUNK = 65536
LINGER_ZERO = (1).to_bytes(4, "little") + (0).to_bytes(4, "little")


def _target_of(dsn: str) -> tuple[str, int] | str:
    """(host, port) of a TCP DSN, or the Unix socket path of a socket-directory DSN."""
    parts = urlsplit(dsn)
    socket_dir = parse_qs(parts.query).get("host", [None])[0]
    port = parts.port or 5432
    if socket_dir and socket_dir.startswith("/"):
        return str(Path(socket_dir) / f".s.PGSQL.{port}")
    return parts.hostname or "127.0.0.1", port


class TcpProxy:
    """Forwards 127.0.0.1:``port`` to the server behind ``dsn``."""

    def __init__(self, dsn: str) -> None:
        self._dsn = dsn
        self._target = _target_of(dsn)
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port: int = probe.getsockname()[1]
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.Server | None = None
        self._pairs: list[tuple[asyncio.StreamWriter, asyncio.StreamWriter]] = []
        self._frozen: list[asyncio.Event] = []
        self._thread.start()

    @property
    def dsn(self) -> str:
        """The DSN that reaches the server through this proxy."""
        parts = urlsplit(self._dsn)
        user = parts.username or "postgres"
        return urlunsplit(("postgresql", f"{user}@127.0.0.1:{self.port}", parts.path, "", ""))

    def _run(self, coroutine: Coroutine[Any, Any, Any]) -> Any:
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(timeout=10)

    def accept(self) -> None:
        """Start accepting connections (the database appears)."""
        self._run(self._listen())

    def refuse(self) -> None:
        """Stop accepting connections; open ones stay as they are."""
        self._run(self._close_server())

    def cut(self) -> None:
        """Reset every open connection, as a restarting server does."""
        self._run(self._cut())

    def freeze(self) -> None:
        """Stop forwarding on every open connection without closing it."""
        self._run(self._freeze())

    def close(self) -> None:
        self._run(self._shutdown())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)
        self._loop.close()

    async def _shutdown(self) -> None:
        await self._close_server()
        await self._cut()
        pending = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)

    async def _listen(self) -> None:
        if self._server is None:
            self._server = await asyncio.start_server(self._serve, "127.0.0.1", self.port)

    async def _close_server(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None

    async def _cut(self) -> None:
        for client, upstream in self._pairs:
            for writer in (client, upstream):
                transport = writer.transport
                if transport.is_closing():
                    continue
                sock = transport.get_extra_info("socket")
                if sock is not None and sock.family != socket.AF_UNIX:
                    # linger 0: close with a reset, not a polite FIN
                    with contextlib.suppress(OSError):
                        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, LINGER_ZERO)
                transport.abort()
        self._pairs.clear()

    async def _freeze(self) -> None:
        for gate in self._frozen:
            gate.clear()
        self._frozen.clear()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            if isinstance(self._target, str):
                up_reader, up_writer = await asyncio.open_unix_connection(self._target)
            else:
                up_reader, up_writer = await asyncio.open_connection(*self._target)
        except OSError:
            writer.transport.abort()
            return
        self._pairs.append((writer, up_writer))
        gate = asyncio.Event()
        gate.set()
        self._frozen.append(gate)
        await asyncio.gather(
            self._pump(reader, up_writer, gate),
            self._pump(up_reader, writer, gate),
            return_exceptions=True,
        )

    @staticmethod
    async def _pump(
        reader: asyncio.StreamReader, writer: asyncio.StreamWriter, gate: asyncio.Event
    ) -> None:
        with contextlib.suppress(OSError, asyncio.IncompleteReadError):
            while data := await reader.read(CHUNK):
                await gate.wait()  # frozen: hold the bytes forever, close nothing
                writer.write(data)
                await writer.drain()
        if gate.is_set():
            writer.transport.abort()
