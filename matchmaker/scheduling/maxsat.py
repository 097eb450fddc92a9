"""The B2B objective as weighted MaxSAT (``break_encoding``), solved core-guided by RC2.

Why a SAT solver beside CP-SAT: the questions that matter on the benchmark's instances with
breaks ("can everybody but these few keep one block of meetings?") are pure clause reasoning.
A CDCL solver with native assumptions answers them in a fraction of a second, where CP-SAT,
whose presolve and LP make it strong elsewhere, is much weaker under assumptions. RC2's cores
(sets of people of whom one must have a break) raise the lower bound one by one, so the first
schedule it finds is optimal, and a run cut short still leaves a proven bound. It reports
each bound as it goes: a schedule found by another method that meets it is optimal too.
This is the approach with which Bofill et al. (JAIR 74, 2022) proved the benchmark's optima.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pysat.examples.rc2 import RC2

from matchmaker.scheduling.background import Background
from matchmaker.scheduling.break_encoding import encode_breaks
from matchmaker.scheduling.model import people_with_two_meetings
from matchmaker.scheduling.oracles import CADICAL, configure, interruptible
from matchmaker.scheduling.problem import SchedulingProblem, Status

#: The SAT solver under RC2 with per-person soft clauses: CaDiCaL in its "sat" configuration
#: (see ``oracles.py``), 10-13 s on the 22-slot benchmark instances with breaks, where
#: Glucose 3 takes 20-50 s and MiniSat-GH and Glucose 4 often over a minute.
PER_PERSON_ORACLE = CADICAL

#: The SAT solver under RC2 with per-slot soft clauses: MiniSat-GH, which finds the
#: one-break schedules of the 13crafc instances in 3-12 s.
PER_SLOT_ORACLE = "mgh"


@dataclass(frozen=True, slots=True)
class MaxSatOutcome:
    """What RC2 achieved: a schedule when it finished, and the proven lower bound."""

    status: Status
    slot_of: dict[int, int] | None
    lower_bound: int


class _OutOfTime(Exception):
    """The deadline passed between two SAT calls."""


class _ReportingRC2(RC2):  # type: ignore[misc]  # pysat ships no type information
    """RC2 that passes the proven bound to ``on_bound`` before every SAT call.

    Before a call, ``cost`` is the weight of the cores processed so far: a proven bound.
    After an interrupted call RC2 still processes "the last core", which may be stale, so
    ``proven`` (read before the call) is the bound to trust then. Past ``deadline`` it
    raises :class:`_OutOfTime` instead of calling the oracle again, which is how a solver
    that cannot be interrupted still stops between calls.
    """

    def __init__(
        self,
        *args: Any,
        on_bound: Callable[[int], None],
        deadline: float,
        solver: str,
        **kwargs: Any,
    ) -> None:
        self._on_bound = on_bound
        self._deadline = deadline
        self.proven = 0
        super().__init__(*args, solver=solver, **kwargs)
        configure(self.oracle, solver)

    def _call_oracle(self, assumptions: Any = (), expect_interrupt: bool = False) -> Any:
        if int(self.cost) > self.proven:
            self.proven = int(self.cost)
            self._on_bound(self.proven)
        if time.perf_counter() >= self._deadline:
            raise _OutOfTime
        return super()._call_oracle(assumptions=assumptions, expect_interrupt=expect_interrupt)


def _run_rc2(
    problem: SchedulingProblem,
    capped: bool,
    deadline: float,
    per_slot: bool,
    on_bound: Callable[[int], None],
    minimise_cores: bool = True,
) -> tuple[Status, dict[int, int] | None, int]:
    """One RC2 run until ``deadline``: status, schedule, and its cost or proven bound."""
    encoding = encode_breaks(problem, capped, per_slot)
    if encoding.impossible:
        return Status.INFEASIBLE, None, 0
    remaining = deadline - time.perf_counter()
    if remaining <= 0:
        return Status.UNKNOWN, None, 0
    oracle = PER_SLOT_ORACLE if per_slot else PER_PERSON_ORACLE
    rc2 = _ReportingRC2(
        encoding.wcnf,
        solver=oracle,
        adapt=True,
        exhaust=True,
        minz=minimise_cores,
        trim=5,
        on_bound=on_bound,
        deadline=deadline,
    )
    with rc2:
        timer = threading.Timer(remaining, rc2.interrupt)
        if interruptible(oracle):
            timer.start()
        try:
            model = rc2.compute(expect_interrupt=True)
        except _OutOfTime:
            return Status.UNKNOWN, None, rc2.proven
        finally:
            timer.cancel()
        if model is None:
            status = Status.UNKNOWN if rc2.interrupted else Status.INFEASIBLE
            return status, None, rc2.proven
        return Status.OPTIMAL, encoding.schedule(model), int(rc2.cost)


def solve_maxsat(
    problem: SchedulingProblem,
    time_limit_s: float,
    lower_bound: int = 0,
    per_slot: bool = False,
    on_bound: Callable[[int], None] | None = None,
    minimise_cores: bool = True,
) -> MaxSatOutcome:
    """Minimise total breaks with RC2 within about ``time_limit_s`` seconds.

    With the per-person soft clauses (CaDiCaL, which cannot be interrupted) the limit holds
    between SAT calls only: a caller that needs it kept uses :class:`MaxSatRun`.

    With a fairness bound ``d``, the capped case (nobody above ``d`` breaks) is solved
    first: a fair schedule where somebody has no break is capped, and one where everybody
    has a break costs at least one break per person. So a capped optimum below the number
    of people with two or more meetings is the optimum; otherwise the full fairness
    encoding decides. ``lower_bound`` is a bound proved elsewhere, reported back when RC2's
    own is lower; ``on_bound`` hears each bound proved for the whole problem on the way.
    ``per_slot`` chooses the soft clauses (see :func:`encode_breaks`); ``minimise_cores``
    whether RC2 shrinks each core (its ``minz``) before relaxing it.
    """
    deadline = time.perf_counter() + time_limit_s
    best = lower_bound

    def report(bound: int) -> None:
        nonlocal best
        if bound > best:
            best = bound
            if on_bound is not None:
                on_bound(bound)

    if problem.fairness is not None:
        people = people_with_two_meetings(problem)
        status, slot_of, cost = _run_rc2(
            problem,
            True,
            deadline,
            per_slot,
            lambda bound: report(min(bound, people)),
            minimise_cores,
        )
        if status is Status.OPTIMAL and cost < people:
            return MaxSatOutcome(status, slot_of, cost)
        if status is Status.UNKNOWN:
            return MaxSatOutcome(status, None, best)
        if status is Status.OPTIMAL:
            report(people)  # the capped optimum is at least everybody's one break
    status, slot_of, cost = _run_rc2(problem, False, deadline, per_slot, report, minimise_cores)
    if status is Status.OPTIMAL:
        return MaxSatOutcome(status, slot_of, cost)
    return MaxSatOutcome(status, None, best)


def _serve(
    send: Callable[[object], None],
    problem: SchedulingProblem,
    time_limit_s: float,
    lower: int,
    per_slot: bool,
    minimise_cores: bool,
) -> None:
    outcome = solve_maxsat(
        problem,
        time_limit_s,
        lower,
        per_slot,
        on_bound=lambda bound: send(("bound", bound)),
        minimise_cores=minimise_cores,
    )
    send(("outcome", outcome))


class MaxSatRun:
    """RC2 in its own process, beside whatever the caller does meanwhile."""

    def __init__(
        self,
        problem: SchedulingProblem,
        time_limit_s: float,
        lower_bound: int,
        per_slot: bool = False,
        minimise_cores: bool = True,
    ) -> None:
        self._background = Background(
            _serve, problem, time_limit_s, lower_bound, per_slot, minimise_cores
        )
        self._lower = lower_bound
        self._outcome: MaxSatOutcome | None = None

    def _read(self, timeout_s: float) -> None:
        deadline = time.perf_counter() + timeout_s
        while self._outcome is None and not self._background.finished:
            for kind, value in self._background.messages(deadline - time.perf_counter()):
                if kind == "bound":
                    self._lower = max(self._lower, value)
                else:
                    self._outcome = value
            if time.perf_counter() >= deadline:
                break
        if self._outcome is None and self._background.finished:
            # The process died (out of memory, killed): only the bounds it sent hold.
            self._outcome = MaxSatOutcome(Status.UNKNOWN, None, self._lower)

    @property
    def lower_bound(self) -> int:
        """The best bound proved so far (without waiting)."""
        self._read(0)
        return self._lower

    def done(self) -> bool:
        """Whether the outcome can be read without waiting."""
        self._read(0)
        return self._outcome is not None

    def outcome(self, timeout_s: float) -> MaxSatOutcome:
        """The outcome, waiting at most ``timeout_s``; ``unknown`` when it is not ready."""
        self._read(timeout_s)
        if self._outcome is None:
            return MaxSatOutcome(Status.UNKNOWN, None, self._lower)
        return self._outcome

    def stop(self) -> None:
        """End the process (if still running) and release its pipe."""
        self._read(0)
        self._background.stop()
        if self._outcome is None:
            self._outcome = MaxSatOutcome(Status.UNKNOWN, None, self._lower)


__all__ = [
    "MaxSatOutcome",
    "MaxSatRun",
    "solve_maxsat",
]
