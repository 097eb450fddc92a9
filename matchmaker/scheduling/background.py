"""A solver in its own process that reports messages back while it runs.

A process, not a thread: SAT calls hold the GIL for seconds at a time, which would stall
CP-SAT's callbacks here and, in the service, the event loop. ``spawn`` because the caller may
have threads running (uvicorn, asyncio), which ``fork`` does not copy safely.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any


class Background:
    """Runs ``target(send, *args)`` in a child process; ``send`` passes messages back."""

    def __init__(self, target: Callable[..., None], *args: Any) -> None:
        context = multiprocessing.get_context("spawn")
        self._conn, child = context.Pipe(duplex=False)
        self._process = context.Process(target=_serve, args=(child, target, args), daemon=True)
        self._process.start()
        child.close()
        self._finished = False

    def messages(self, timeout_s: float = 0.0) -> list[Any]:
        """Every message that has arrived, waiting up to ``timeout_s`` for the first one."""
        out: list[Any] = []
        if self._finished:
            return out
        wait = max(0.0, timeout_s)
        try:
            while self._conn.poll(wait):
                out.append(self._conn.recv())
                wait = 0.0
        except (EOFError, OSError):  # the child ended (done, killed or out of memory)
            self._finished = True
        return out

    @property
    def finished(self) -> bool:
        """Whether the child has ended and every message it sent has been read."""
        return self._finished

    def stop(self) -> None:
        """End the child (if still running) and release the pipe."""
        if self._process.is_alive():
            self._process.terminate()
        self._process.join(timeout=5)
        self._conn.close()
        self._finished = True


def _serve(conn: Connection, target: Callable[..., None], args: tuple[Any, ...]) -> None:
    try:
        target(conn.send, *args)
    finally:
        conn.close()


__all__ = ["Background"]
