"""Is there a schedule in which nobody has a break? CaDiCaL answers, in its own process.

The question is the break encoding with every "no break" literal as a unit clause, which
CaDiCaL's preprocessing then simplifies away: every zero-break benchmark instance is
answered within 8 s (ticf-14crafa; RC2 needs 13-16 s there, CP-SAT's one-block model 7-17 s
and tic-14crafc not in 30 s), and the others are refuted within 6 s, which proves a lower
bound of one break.
"""

from __future__ import annotations

from collections.abc import Callable

from pysat.solvers import Solver

from matchmaker.scheduling.background import Background
from matchmaker.scheduling.break_encoding import encode_breaks
from matchmaker.scheduling.model import people_with_two_meetings
from matchmaker.scheduling.oracles import CADICAL, configure
from matchmaker.scheduling.problem import SchedulingProblem


def ask_zero_breaks(problem: SchedulingProblem) -> tuple[dict[int, int] | None, int]:
    """A schedule without breaks, or None; and the lower bound on breaks this proves.

    It runs until CaDiCaL answers (PySAT cannot interrupt it): :class:`ZeroBreakRun` keeps a
    time limit by ending its process.
    """
    encoding = encode_breaks(problem, capped=problem.fairness is not None)
    if encoding.impossible:
        return None, 0
    units = [[lit] for p in encoding.at_least if (lit := encoding.no_break(p)) is not None]
    with Solver(name=CADICAL, bootstrap_with=encoding.wcnf.hard + units) as solver:
        configure(solver, CADICAL)
        if solver.solve():
            return encoding.schedule(solver.get_model()), 0
    # Refuted: somebody has a break, unless nobody has two meetings (then nobody can).
    return None, min(1, people_with_two_meetings(problem))


def _serve(send: Callable[[object], None], problem: SchedulingProblem) -> None:
    send(ask_zero_breaks(problem))


class ZeroBreakRun:
    """:func:`ask_zero_breaks` in its own process, read without waiting."""

    def __init__(self, problem: SchedulingProblem) -> None:
        self._background = Background(_serve, problem)
        self._answer: tuple[dict[int, int] | None, int] | None = None

    def _read(self) -> None:
        for answer in self._background.messages():
            self._answer = answer

    def schedule(self) -> dict[int, int] | None:
        """The schedule without breaks, or None (none exists, or no answer yet)."""
        self._read()
        return None if self._answer is None else self._answer[0]

    @property
    def lower_bound(self) -> int:
        """The lower bound the answer proves (0 until it is in)."""
        self._read()
        return 0 if self._answer is None else self._answer[1]

    @property
    def finished(self) -> bool:
        """Whether the process has ended and its answer (if any) has been read."""
        self._read()
        return self._background.finished

    def stop(self) -> None:
        """End the process (if still running)."""
        self._read()
        self._background.stop()


__all__ = ["ZeroBreakRun", "ask_zero_breaks"]
