"""Solve a SchedulingProblem with OR-Tools CP-SAT, then hand out tables per slot.

CP-SAT because the problem is a pure 0/1 assignment with a counting objective (breaks) and
side constraints (fairness, sessions, caps): its clause learning proves the B2B optima where a
plain MIP relaxation is weak, and it returns good incumbents early for the product's time box.
"""

from __future__ import annotations

import itertools
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from ortools.sat.python import cp_model

from matchmaker.scheduling.blocks import solve_blocks
from matchmaker.scheduling.greedy import greedy_slots
from matchmaker.scheduling.model import SlotModel, build_model, candidate_slots, mandatory
from matchmaker.scheduling.problem import (
    Assignment,
    Objective,
    ScheduleResult,
    SchedulingProblem,
    Status,
)
from matchmaker.scheduling.twophase import solve_two_phase

#: Share of a product time limit spent choosing the meetings (the rest removes breaks).
STAGE_ONE_SHARE = 0.6

#: Share of a B2B time limit given to the two-phase method before falling back.
TWO_PHASE_SHARE = 0.6

#: Share of a B2B time limit given to the zero-break (one block per person) probe. It is
#: refuted in well under a second on every benchmark instance whose optimum is positive, so
#: a large share costs those nothing and gives the hard zero-break ones room.
ONE_BLOCK_SHARE = 0.7

#: Once zero breaks is refuted: share of the budget for trying each person in turn as the
#: only one with a break (one second each), which proves one-break optima.
ONE_BREAK_SHARE = 0.35
ONE_BREAK_TRY_SECONDS = 1.0
#: Above this many people with two or more meetings the one-break search is skipped: it
#: cannot go through them in time, and the product's large break stage needs the budget.
ONE_BREAK_MAX_PEOPLE = 200

_STATUS = {
    cp_model.OPTIMAL: Status.OPTIMAL,
    cp_model.FEASIBLE: Status.FEASIBLE,
    cp_model.INFEASIBLE: Status.INFEASIBLE,
}


def count_breaks(problem: SchedulingProblem, slot_of: dict[int, int]) -> list[int]:
    """Breaks per person for meetings placed at ``slot_of[meeting]``."""
    busy: dict[int, list[int]] = defaultdict(list)
    for i, t in slot_of.items():
        m = problem.meetings[i]
        busy[m.a].append(t)
        busy[m.b].append(t)
    out = [0] * problem.n_people
    for p, ts in busy.items():
        ts.sort()
        out[p] = sum(1 for u, v in itertools.pairwise(ts) if v > u + 1)
    return out


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


def is_valid(problem: SchedulingProblem, slot_of: dict[int, int]) -> bool:
    """Whether ``slot_of`` meets every hard rule, so it may stand in for a solver answer."""
    slots = candidate_slots(problem)
    used: dict[int, int] = defaultdict(int)
    seen: set[tuple[int, int]] = set()
    count: dict[int, int] = defaultdict(int)
    for i, t in slot_of.items():
        m = problem.meetings[i]
        if t not in slots[i] or (m.a, t) in seen or (m.b, t) in seen:
            return False
        seen.update({(m.a, t), (m.b, t)})
        used[t] += 1
        count[m.a] += 1
        count[m.b] += 1
    if any(used[t] > problem.tables_per_slot[t] for t in used):
        return False
    if any(count[p] > cap for p, cap in problem.max_meetings.items()):
        return False
    if any(mandatory(problem, i) and i not in slot_of for i in range(len(problem.meetings))):
        return False
    if problem.fairness is not None:
        per_person = count_breaks(problem, slot_of)
        counted = [per_person[p] for p in count if count[p] >= 2]
        if counted and max(counted) - min(counted) > problem.fairness:
            return False
    return True


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
        total_breaks=sum(count_breaks(problem, slot_of)),
        total_value=sum(problem.meetings[i].value for i in slot_of),
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


def _one_break(
    problem: SchedulingProblem, time_limit_s: float, workers: int
) -> dict[int, int] | None:
    """A schedule with exactly one break, trying each person (busiest first) as its owner."""
    started = time.perf_counter()
    count: dict[int, int] = defaultdict(int)
    for m in problem.meetings:
        count[m.a] += 1
        count[m.b] += 1
    people = sorted((p for p, n in count.items() if n >= 2), key=lambda p: (-count[p], p))
    if len(people) > ONE_BREAK_MAX_PEOPLE:
        return None
    for p in people:
        remaining = time_limit_s - (time.perf_counter() - started)
        if remaining <= 0.1:
            return None
        _, slot_of = solve_blocks(
            problem, min(ONE_BREAK_TRY_SECONDS, remaining), workers, flexible={p}
        )
        if (
            slot_of is not None
            and sum(count_breaks(problem, slot_of)) == 1
            and is_valid(problem, slot_of)
        ):
            return slot_of
    return None


def solve(problem: SchedulingProblem, time_limit_s: float, workers: int = 2) -> ScheduleResult:
    """Schedule ``problem`` within about ``time_limit_s`` seconds on ``workers`` threads.

    A greedy schedule warm-starts CP-SAT and is returned (as ``feasible``) when the solver
    finds nothing in time but the greedy schedule meets every hard rule. In the product's
    mode, if the required meetings cannot all be placed, they are retried as soft (very
    valuable) so the organiser still gets the best partial schedule.
    """
    started = time.perf_counter()
    busy_hint: set[tuple[int, int]] = set()
    if problem.objective is Objective.VALUE_THEN_BREAKS and problem.fairness is None:
        return _solve_staged(problem, time_limit_s, workers, started)
    if problem.objective is Objective.BREAKS:
        # Zero breaks means one block of busy slots per person: that model is tiny and
        # propagates well, so it settles the zero-break optima (or refutes them) first.
        code, slot_of = solve_blocks(problem, ONE_BLOCK_SHARE * time_limit_s, workers)
        if slot_of is not None and is_valid(problem, slot_of):
            return _result(problem, Status.OPTIMAL, slot_of, started, 0.0, 0.0)
        total_limit = time_limit_s
        if code == cp_model.INFEASIBLE:
            # Zero is refuted, so any one-break schedule is optimal.
            found = _one_break(problem, ONE_BREAK_SHARE * total_limit, workers)
            if found is not None:
                return _result(problem, Status.OPTIMAL, found, started, 1.0, 1.0)
        time_limit_s = total_limit - (time.perf_counter() - started)
        # The two-phase method proves optima fast when it works; if it has not finished in
        # most of the budget, the direct model still returns a schedule.
        outcome = solve_two_phase(problem, TWO_PHASE_SHARE * time_limit_s, workers)
        if outcome.slot_of is not None or outcome.status is Status.INFEASIBLE:
            total = None
            if outcome.slot_of is not None:
                total = float(sum(count_breaks(problem, outcome.slot_of)))
            return _result(problem, outcome.status, outcome.slot_of, started, total, outcome.bound)
        busy_hint = outcome.last_pattern
        time_limit_s = total_limit - (time.perf_counter() - started)
    hint = greedy_slots(problem)
    status, slot_of, objective, bound = _run(problem, hint, time_limit_s, workers, False, busy_hint)
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
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(0.05, STAGE_ONE_SHARE * time_limit_s)
    solver.parameters.num_workers = workers
    code = solver.solve(built.model)
    if code == cp_model.INFEASIBLE and any(m.required for m in problem.meetings):
        built = build_model(problem, soft_required=True, with_breaks=False)
        code = solver.solve(built.model)
    status = _STATUS.get(code, Status.UNKNOWN)
    if status not in (Status.OPTIMAL, Status.FEASIBLE):
        greedy = {i: t for i, t in enumerate(hint) if t is not None}
        if status is Status.UNKNOWN and is_valid(problem, greedy):
            return _result(problem, Status.FEASIBLE, greedy, started)
        return _result(problem, status, None, started)
    first = _read_slots(built, solver)
    value_bound = solver.best_objective_bound
    chosen = sorted(first)
    sub = replace(
        problem,
        meetings=[replace(problem.meetings[i], required=True) for i in chosen],
        max_meetings={},
        objective=Objective.BREAKS,
    )
    remaining = time_limit_s - (time.perf_counter() - started)
    second = solve(sub, remaining, workers) if remaining > 0.5 else None
    slot_of = first
    if second is not None and second.assignments:
        slot_of = {chosen[a.meeting]: a.slot for a in second.assignments}
        if sum(count_breaks(problem, slot_of)) > sum(count_breaks(problem, first)):
            slot_of = first
            status = Status.FEASIBLE
        elif second.status is not Status.OPTIMAL:
            status = Status.FEASIBLE
    else:
        status = Status.FEASIBLE  # value may be optimal, breaks were never minimised
    value = sum(problem.meetings[i].value for i in slot_of)
    # Objective and bound are in value units: breaks only order equal-value schedules.
    return _result(problem, status, slot_of, started, float(value), value_bound)


__all__ = ["assign_tables", "count_breaks", "is_valid", "solve"]
