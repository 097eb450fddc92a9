"""Stopping a sequence of CP-SAT solves from another thread."""

from __future__ import annotations

import threading

from ortools.sat.python import cp_model


class Cancellation:
    """Lets one thread stop another's CP-SAT solves, including the one running now."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancelled = False
        self._running: cp_model.CpSolver | None = None

    @property
    def cancelled(self) -> bool:
        """Whether :meth:`cancel` has been called."""
        return self._cancelled

    def solve(
        self,
        solver: cp_model.CpSolver,
        model: cp_model.CpModel,
        callback: cp_model.CpSolverSolutionCallback | None = None,
    ) -> int:
        """``solver.solve(model, callback)`` unless cancelled; returns the status code."""
        with self._lock:
            if self._cancelled:
                return int(cp_model.UNKNOWN)
            self._running = solver
        try:
            return int(solver.solve(model, callback))
        finally:
            with self._lock:
                self._running = None

    def cancel(self) -> None:
        """Stop the running solve (it returns its best so far) and refuse further ones."""
        with self._lock:
            self._cancelled = True
            if self._running is not None:
                self._running.stop_search()
