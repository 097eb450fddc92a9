"""A schedule with few breaks by SAT, looking only where the breaks must be.

RC2 proves the benchmark's bounds within seconds, but its last call, the one that must find
a schedule meeting the bound, is where it spends most of its time (20-50 s on the 22-slot
instances with three to six breaks). This search finds such schedules another way:

1. Ask for a schedule in which nobody has a break, with "no break" as unit clauses, which
   CaDiCaL's preprocessing then simplifies away: every zero-break benchmark instance is
   answered within 7 s (ticf-14crafa; CP-SAT's one-block model needs 7-17 s there, and
   tic-14crafc it does not answer in 30 s), and the others are refuted within 6 s.
2. Ask the same under assumptions instead. Each refusal names a core, a few people of whom
   one must have a break; they are set free and the question is asked again of the others,
   until it is answered. The cores are disjoint, so their number is a lower bound.
3. Keep everybody else at one block and look for a schedule in which the freed people have
   ``b`` breaks in total, for ``b`` from that bound upwards, again with unit clauses.

The first schedule found in step 3 is the best one with breaks only among the freed people:
optimal whenever it meets the bound RC2 proves meanwhile (measured: 4-12 s for ticf-13crafb
and forum-13crafb, where the same question under assumptions takes 15-25 s).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from pysat.card import ITotalizer
from pysat.solvers import Solver

from matchmaker.scheduling.background import Background
from matchmaker.scheduling.break_encoding import BreakEncoding, Clause, encode_breaks
from matchmaker.scheduling.model import people_with_two_meetings
from matchmaker.scheduling.problem import SchedulingProblem

#: Finds the cores: Glucose 3 answers these calls under assumptions fastest.
CORE_ORACLE = "g3"

#: Answers the questions without assumptions: CaDiCaL 1.9.5 (the best solver PySAT has).
UNIT_ORACLE = "cd19"

#: CaDiCaL's "sat" configuration (its ``--sat`` option): stable mode only, less effort on
#: elimination and subsumption. Measured on the bounded question for forum-13crafb: 4-5 s,
#: against 10-13 s with the defaults.
SAT_CONFIGURATION = {"stabilizeonly": 1, "elimreleff": 10, "subsumereleff": 60}

#: Conflicts allowed per attempt to drop a person from a core (a cheap, partial shrink).
SHRINK_CONFLICTS = 2000

OnSchedule = Callable[[dict[int, int]], None]
OnBound = Callable[[int], None]


def _solve_units(clauses: list[Clause]) -> list[int] | None:
    """CaDiCaL's model of ``clauses``, or None when there is none.

    CaDiCaL cannot be interrupted through PySAT, so this runs until it answers: the time
    limit is the caller's to keep (:class:`RestrictedRun` ends its process).
    """
    with Solver(name=UNIT_ORACLE, bootstrap_with=clauses) as solver:
        solver.configure(SAT_CONFIGURATION)
        if solver.solve():
            model: list[int] = solver.get_model()
            return model
    return None


def _with_deadline(solver: Solver, deadline: float, assumptions: list[int]) -> bool | None:
    """``solver`` under ``assumptions`` until ``deadline``: True, False, or None (time up)."""
    remaining = deadline - time.perf_counter()
    if remaining <= 0:
        return None
    timer = threading.Timer(remaining, solver.interrupt)
    timer.start()
    try:
        answer: bool | None = solver.solve_limited(assumptions=assumptions, expect_interrupt=True)
    finally:
        timer.cancel()
    solver.clear_interrupt()
    return answer


def _shrink(solver: Solver, core: list[int]) -> list[int]:
    """Drop what can be dropped from ``core`` within a small conflict budget per try."""
    i = 0
    while i < len(core) and len(core) > 1:
        solver.conf_budget(SHRINK_CONFLICTS)
        if solver.solve_limited(assumptions=core[:i] + core[i + 1 :]) is False:
            core = list(solver.get_core() or core[:i] + core[i + 1 :])
        else:
            i += 1
    return core


def _no_break_literals(encoding: BreakEncoding) -> list[int]:
    return [lit for p in encoding.at_least if (lit := encoding.no_break(p)) is not None]


def disjoint_cores(encoding: BreakEncoding, deadline: float) -> list[list[int]] | None:
    """Disjoint sets of ``no break`` literals, at least one false in each; None if time ran out.

    An empty core (the rules alone are unsatisfiable) is returned as ``[[]]``.
    """
    keep = _no_break_literals(encoding)
    cores: list[list[int]] = []
    with Solver(name=CORE_ORACLE, bootstrap_with=encoding.wcnf.hard) as solver:
        while True:
            answer = _with_deadline(solver, deadline, keep)
            if answer is None:
                return None
            if answer:
                return cores
            core = list(solver.get_core() or [])
            if not core:
                return [[]]
            core = _shrink(solver, core)
            cores.append(core)
            dropped = set(core)
            keep = [lit for lit in keep if lit not in dropped]


def search_restricted(
    problem: SchedulingProblem,
    time_limit_s: float,
    on_schedule: OnSchedule,
    on_bound: OnBound = lambda _: None,
    ask_zero: bool = True,
    ask_freed: bool = True,
) -> None:
    """Hand ``on_schedule`` the best schedule with breaks only among the cores' people.

    ``on_bound`` hears the lower bounds proved on the way. ``time_limit_s`` bounds the
    search for cores; the CaDiCaL questions run until they answer (see
    :class:`RestrictedRun` for a search that ends on time). ``ask_zero`` and ``ask_freed``
    choose the steps: the zero-break question (1), the freed people's search (2 and 3).
    """
    deadline = time.perf_counter() + time_limit_s
    encoding = encode_breaks(problem, capped=problem.fairness is not None)
    if encoding.impossible:
        return
    no_break = _no_break_literals(encoding)
    # Bounds from the capped encoding hold for the whole problem up to the number of people
    # who can have breaks: past that, everybody having one break is as cheap.
    people = people_with_two_meetings(problem)
    if ask_zero:
        model = _solve_units(encoding.wcnf.hard + [[lit] for lit in no_break])
        if model is not None:
            on_schedule(encoding.schedule(model))
            return
        on_bound(min(1, people))
    if not ask_freed:
        return
    cores = disjoint_cores(encoding, deadline)
    if cores is None or cores == [[]]:
        return
    on_bound(min(len(cores), people))
    freed = {lit for core in cores for lit in core}
    counted = [
        c for p in encoding.at_least if encoding.no_break(p) in freed for c in encoding.at_least[p]
    ]
    kept = [[lit] for lit in no_break if lit not in freed]
    total = ITotalizer(lits=counted, ubound=len(counted), top_id=encoding.wcnf.nv)
    clauses = encoding.wcnf.hard + kept + total.cnf.clauses
    for bound in range(len(cores), len(counted) + 1):
        limit = [[-total.rhs[bound]]] if bound < len(counted) else []
        model = _solve_units(clauses + limit)
        if model is not None:
            on_schedule(encoding.schedule(model))
            return


def _serve(
    send: Callable[[object], None],
    problem: SchedulingProblem,
    time_limit_s: float,
    ask_zero: bool,
    ask_freed: bool,
) -> None:
    search_restricted(
        problem,
        time_limit_s,
        lambda slot_of: send(("schedule", slot_of)),
        lambda bound: send(("bound", bound)),
        ask_zero,
        ask_freed,
    )


class RestrictedRun:
    """:func:`search_restricted` in its own process, read without waiting."""

    def __init__(
        self,
        problem: SchedulingProblem,
        time_limit_s: float,
        ask_zero: bool = True,
        ask_freed: bool = True,
    ) -> None:
        self._background = Background(_serve, problem, time_limit_s, ask_zero, ask_freed)
        self._schedule: dict[int, int] | None = None
        self._lower = 0

    def _read(self) -> None:
        for kind, value in self._background.messages():
            if kind == "schedule":
                self._schedule = value
            else:
                self._lower = max(self._lower, value)

    def schedule(self) -> dict[int, int] | None:
        """The schedule found, or None (yet)."""
        self._read()
        return self._schedule

    @property
    def lower_bound(self) -> int:
        """The best bound proved so far."""
        self._read()
        return self._lower

    @property
    def finished(self) -> bool:
        """Whether the search has ended and everything it sent has been read."""
        self._read()
        return self._background.finished

    def stop(self) -> None:
        """End the search (if still running)."""
        self._read()
        self._background.stop()


__all__ = ["RestrictedRun", "disjoint_cores", "search_restricted"]
