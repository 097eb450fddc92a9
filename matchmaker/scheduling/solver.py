"""Solve a SchedulingProblem with OR-Tools CP-SAT, then hand out tables per slot.

CP-SAT because the problem is a pure 0/1 assignment with a counting objective (breaks) and
side constraints (fairness, sessions, caps): its clause learning proves the B2B optima where a
plain MIP relaxation is weak, and it returns good incumbents early for the product's time box.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from ortools.sat.python import cp_model

from matchmaker.scheduling.blocks import solve_blocks
from matchmaker.scheduling.greedy import greedy_slots
from matchmaker.scheduling.model import SlotModel, build_model, people_with_two_meetings
from matchmaker.scheduling.portfolio import race
from matchmaker.scheduling.problem import (
    Assignment,
    Objective,
    ScheduleResult,
    SchedulingProblem,
    Status,
)
from matchmaker.scheduling.relaxation import value_upper_bound
from matchmaker.scheduling.twophase import solve_two_phase
from matchmaker.scheduling.validity import is_valid, total_breaks

#: Share of a product time limit spent choosing the meetings (the rest removes breaks).
STAGE_ONE_SHARE = 0.6

#: Seconds of a product time limit kept back from stage two: building its models and
#: handing out tables come on top of the solver's own limit (0.4 s over 30 s, measured;
#: half a second kept back still ended 0.1 s over).
STAGE_TWO_MARGIN_S = 1.0

#: Most of a product time limit the value LP may take (it needs ~0.3 s for 800 people).
RELAXATION_SHARE = 0.1

#: Share of a B2B time limit given to the zero-break (one block per person) probe. It is
#: refuted in well under a second on every benchmark instance whose optimum is positive, so
#: the share only matters for zero-break ones: ticf-14crafa needs about 7 s of it, while
#: tic-14crafc and two zero-break variants are settled by two-phase after it, in 19-21 s.
ONE_BLOCK_SHARE = 0.5

#: Share of a B2B time limit kept back, when MaxSAT runs, for the fallback models to return
#: some schedule should neither exact method finish.
FALLBACK_SHARE = 0.15

#: Share of what is left, after the exact methods failed, for the many-blocks model before
#: the direct model gets the rest.
FLEXIBLE_SHARE = 0.8

#: Most blocks per person in that many-blocks model: two, so at most one break each. A
#: subset of the fair schedules whenever d >= 1, and a far smaller search: in 3 s it finds
#: forum-13crafb 19 breaks, ticf-13crafb 20 and tic-13crafc 9, where three blocks find
#: nothing in 8 s on forum-13crafb.
FALLBACK_BLOCKS = 2

#: Above this many people with two or more meetings MaxSAT is skipped: its encoding grows
#: with people x slots and each core costs a SAT call, while the product's break stage has
#: hundreds of people and many breaks, which the CP-SAT models handle better.
MAXSAT_MAX_PEOPLE = 200

_STATUS = {
    cp_model.OPTIMAL: Status.OPTIMAL,
    cp_model.FEASIBLE: Status.FEASIBLE,
    cp_model.INFEASIBLE: Status.INFEASIBLE,
}


def assign_tables(problem: SchedulingProblem, slot_of: dict[int, int]) -> list[Assignment]:
    """Give each placed meeting a table: in each slot, tables 0, 1, 2... in meeting order."""
    used: dict[int, int] = defaultdict(int)
    out = []
    for i in sorted(slot_of):
        t = slot_of[i]
        out.append(Assignment(meeting=i, slot=t, table=used[t]))
        used[t] += 1
    return out


def _read_slots(built: SlotModel, solver: cp_model.CpSolver) -> dict[int, int]:
    return {i: t for (i, t), v in built.x.items() if solver.boolean_value(v)}


def _value(problem: SchedulingProblem, slot_of: dict[int, int]) -> int:
    return sum(problem.meetings[i].value for i in slot_of)


def _result(
    problem: SchedulingProblem,
    status: Status,
    slot_of: dict[int, int] | None,
    started: float,
    objective: float | None = None,
    bound: float | None = None,
) -> ScheduleResult:
    if slot_of is None:
        return ScheduleResult(
            status=status,
            assignments=[],
            objective=None,
            best_bound=bound,
            total_breaks=None,
            total_value=None,
            seconds=time.perf_counter() - started,
        )
    return ScheduleResult(
        status=status,
        assignments=assign_tables(problem, slot_of),
        objective=objective,
        best_bound=bound,
        total_breaks=total_breaks(problem, slot_of),
        total_value=_value(problem, slot_of),
        seconds=time.perf_counter() - started,
    )


def _run(
    problem: SchedulingProblem,
    hint: Sequence[int | None],
    time_limit_s: float,
    workers: int,
    soft_required: bool,
    busy_hint: set[tuple[int, int]],
) -> tuple[Status, dict[int, int] | None, float | None, float | None]:
    built = build_model(problem, soft_required)
    for (i, t), v in built.x.items():
        if not busy_hint:
            built.model.add_hint(v, hint[i] == t)
    # A busy pattern from the two-phase method, even one that could not be filled exactly,
    # is a far better start than the greedy schedule.
    for key, v in built.busy.items():
        if busy_hint:
            built.model.add_hint(v, key in busy_hint)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(0.05, time_limit_s)
    solver.parameters.num_workers = workers
    code = solver.solve(built.model)
    status = _STATUS.get(code, Status.UNKNOWN)
    if status not in (Status.OPTIMAL, Status.FEASIBLE):
        return status, None, None, None
    return status, _read_slots(built, solver), solver.objective_value, solver.best_objective_bound


@dataclass(frozen=True, slots=True)
class _BreaksAttempt:
    """The exact B2B stages' answer, or what the direct model should start from."""

    result: ScheduleResult | None
    busy_hint: set[tuple[int, int]]
    #: Total breaks proven unavoidable so far.
    lower: int = 0


def _solve_breaks(
    problem: SchedulingProblem, time_limit_s: float, workers: int, started: float
) -> _BreaksAttempt:
    """The exact methods for the B2B objective, then a fallback that finds some schedule.

    Up to ``MAXSAT_MAX_PEOPLE`` people with two or more meetings (every benchmark instance,
    and the product's smaller sessions), the race of ``portfolio.py``; above that, the
    one-block probe and then two-phase. When nothing is proved, a many-blocks model looks
    for a schedule (a better one, if the exact methods left one); failing that, the direct
    model (in ``solve``) gets what is left of the budget.
    """

    def remaining() -> float:
        return time_limit_s - (time.perf_counter() - started)

    if people_with_two_meetings(problem) <= MAXSAT_MAX_PEOPLE:
        standing = race(problem, remaining() - FALLBACK_SHARE * time_limit_s)
        exact = _Exact(
            Status.INFEASIBLE if standing.infeasible else Status.UNKNOWN,
            standing.schedule,
            standing.lower,
            set(),
        )
    else:
        exact = _probe_then_two_phase(problem, time_limit_s, workers, remaining)
    if exact.status is Status.INFEASIBLE:
        return _BreaksAttempt(_result(problem, Status.INFEASIBLE, None, started), set())
    slot_of = exact.slot_of
    if exact.status is not Status.OPTIMAL and (
        slot_of is None or total_breaks(problem, slot_of) > exact.lower
    ):
        # Nothing proved: blocks (at most one break each) find a schedule within seconds
        # where the direct model finds none, and often a better one than the exact methods
        # left (measured: tic-13crafc 9 breaks in 3 s, two-phase left 11).
        _, found = solve_blocks(
            problem,
            FLEXIBLE_SHARE * remaining(),
            workers,
            flexible=range(problem.n_people),
            hint=slot_of,
            max_blocks=FALLBACK_BLOCKS,
        )
        if (
            found is not None
            and is_valid(problem, found)
            and (slot_of is None or total_breaks(problem, found) < total_breaks(problem, slot_of))
        ):
            slot_of = found
    if slot_of is not None:
        total = float(total_breaks(problem, slot_of))
        status = Status.OPTIMAL if total <= exact.lower else Status.FEASIBLE
        result = _result(problem, status, slot_of, started, total, float(exact.lower))
        return _BreaksAttempt(result, set())
    return _BreaksAttempt(None, exact.busy_hint, exact.lower)


@dataclass(frozen=True, slots=True)
class _Exact:
    """What the exact methods achieved: a proof (optimal/infeasible) or a bound and hints."""

    status: Status
    slot_of: dict[int, int] | None
    lower: int
    busy_hint: set[tuple[int, int]]


def _probe_then_two_phase(
    problem: SchedulingProblem,
    time_limit_s: float,
    workers: int,
    remaining: Callable[[], float],
) -> _Exact:
    """For many people: the one-block probe, then the two-phase method with both cores.

    The probe settles the zero-break optima (or refutes them quickly); two-phase then
    chooses busy patterns and places the meetings onto them.
    """
    code, slot_of = solve_blocks(problem, ONE_BLOCK_SHARE * time_limit_s, workers)
    if slot_of is not None and is_valid(problem, slot_of):
        return _Exact(Status.OPTIMAL, slot_of, 0, set())
    lower = 1 if code == cp_model.INFEASIBLE else 0
    found = solve_two_phase(problem, remaining() - FALLBACK_SHARE * time_limit_s, workers)
    if found.slot_of is not None and not is_valid(problem, found.slot_of):
        return _Exact(Status.UNKNOWN, None, lower, found.last_pattern)
    return _Exact(
        found.status, found.slot_of, max(lower, int(found.bound or 0)), found.last_pattern
    )


def solve(problem: SchedulingProblem, time_limit_s: float, workers: int = 2) -> ScheduleResult:
    """Schedule ``problem`` within about ``time_limit_s`` seconds on ``workers`` threads.

    A greedy schedule warm-starts CP-SAT and is returned (as ``feasible``) when the solver
    finds nothing in time but the greedy schedule meets every hard rule. In the product's
    mode, if the required meetings cannot all be placed, they are retried as soft (very
    valuable) so the organiser still gets the best partial schedule.
    """
    started = time.perf_counter()
    busy_hint: set[tuple[int, int]] = set()
    lower: int | None = None
    if problem.objective is Objective.VALUE_THEN_BREAKS and problem.fairness is None:
        return _solve_staged(problem, time_limit_s, workers, started)
    if problem.objective is Objective.BREAKS:
        found = _solve_breaks(problem, time_limit_s, workers, started)
        if found.result is not None:
            return found.result
        busy_hint, lower = found.busy_hint, found.lower
    hint = greedy_slots(problem)
    status, slot_of, objective, bound = _run(
        problem, hint, time_limit_s - (time.perf_counter() - started), workers, False, busy_hint
    )
    if lower is not None and status is Status.FEASIBLE:
        # The exact stages may have proved more than the direct model's own bound.
        bound = max(bound or 0.0, float(lower))
        if objective is not None and objective <= bound:
            status = Status.OPTIMAL
    remaining = time_limit_s - (time.perf_counter() - started)
    if (
        status is Status.INFEASIBLE
        and problem.objective is Objective.VALUE_THEN_BREAKS
        and any(m.required for m in problem.meetings)
        and remaining > 0
    ):
        status, slot_of, objective, bound = _run(problem, hint, remaining, workers, True, set())
    if slot_of is None and status is Status.UNKNOWN:
        greedy = {i: t for i, t in enumerate(hint) if t is not None}
        if is_valid(problem, greedy):
            return _result(problem, Status.FEASIBLE, greedy, started)
    return _result(problem, status, slot_of, started, objective, bound)


def _solve_staged(
    problem: SchedulingProblem, time_limit_s: float, workers: int, started: float
) -> ScheduleResult:
    """Lexicographic product solve: the most valuable meeting set, then its fewest breaks.

    Stage one leaves the break counting out, which makes the model several times smaller,
    so its value bound is tight within the time box; stage two re-slots only the chosen
    meetings (value cannot change any more) to remove breaks. ``optimal`` therefore means:
    value proven maximal, and breaks proven minimal for the chosen meetings.
    """
    hint = greedy_slots(problem)
    built = build_model(problem, with_breaks=False)
    for (i, t), v in built.x.items():
        built.model.add_hint(v, hint[i] == t)
    # The busy literals are hinted too: with only the placements hinted, CP-SAT failed to
    # complete the hint on the 800-person case and started from scratch (59,078 after 18 s
    # where the greedy alone has 62,095).
    hinted_busy = {
        (person, t)
        for i, t in enumerate(hint)
        if t is not None
        for person in (problem.meetings[i].a, problem.meetings[i].b)
    }
    for key, flag in built.busy.items():
        built.model.add_hint(flag, key in hinted_busy)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(0.05, STAGE_ONE_SHARE * time_limit_s)
    solver.parameters.num_workers = workers
    code = solver.solve(built.model)
    soft = code == cp_model.INFEASIBLE and any(m.required for m in problem.meetings)
    if soft:
        # Required meetings that cannot all fit turn soft, weighing more than their value
        # (so the value LP below bounds nothing then).
        built = build_model(problem, soft_required=True, with_breaks=False)
        code = solver.solve(built.model)
    status = _STATUS.get(code, Status.UNKNOWN)
    greedy = {i: t for i, t in enumerate(hint) if t is not None}
    if status not in (Status.OPTIMAL, Status.FEASIBLE):
        if status is Status.UNKNOWN and is_valid(problem, greedy):
            return _result(problem, Status.FEASIBLE, greedy, started)
        return _result(problem, status, None, started)
    first = _read_slots(built, solver)
    if not soft and _value(problem, greedy) > _value(problem, first) and is_valid(problem, greedy):
        first = greedy  # a hint CP-SAT could not use must still not be lost
    value_bound = solver.best_objective_bound
    if not soft:
        relaxed = value_upper_bound(problem, max(0.5, RELAXATION_SHARE * time_limit_s))
        if relaxed is not None:
            value_bound = min(value_bound, relaxed)
    chosen = sorted(first)
    sub = replace(
        problem,
        meetings=[replace(problem.meetings[i], required=True) for i in chosen],
        max_meetings={},
        objective=Objective.BREAKS,
    )
    remaining = time_limit_s - (time.perf_counter() - started) - STAGE_TWO_MARGIN_S
    second = solve(sub, remaining, workers) if remaining > 0.5 else None
    slot_of = first
    if second is not None and second.assignments:
        slot_of = {chosen[a.meeting]: a.slot for a in second.assignments}
        if total_breaks(problem, slot_of) > total_breaks(problem, first):
            slot_of = first
            status = Status.FEASIBLE
        elif second.status is not Status.OPTIMAL:
            status = Status.FEASIBLE
    else:
        status = Status.FEASIBLE  # value may be optimal, breaks were never minimised
    value = _value(problem, slot_of)
    # Objective and bound are in value units: breaks only order equal-value schedules.
    return _result(problem, status, slot_of, started, float(value), value_bound)


__all__ = ["assign_tables", "solve"]
