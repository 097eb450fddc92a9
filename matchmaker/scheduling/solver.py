"""Solve a SchedulingProblem with OR-Tools CP-SAT, then hand out tables per slot.

CP-SAT because the problem is a pure 0/1 assignment with a counting objective (breaks) and
side constraints (fairness, sessions, caps): its clause learning proves the B2B optima where a
plain MIP relaxation is weak, and it returns good incumbents early for the product's time box.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from ortools.sat.python import cp_model

from matchmaker.scheduling.blocks import solve_blocks
from matchmaker.scheduling.cancel import Cancellation
from matchmaker.scheduling.greedy import greedy_slots
from matchmaker.scheduling.maxsat import MaxSatRun, people_with_two_meetings
from matchmaker.scheduling.model import SlotModel, build_model, candidate_slots, mandatory
from matchmaker.scheduling.problem import (
    Assignment,
    Objective,
    ScheduleResult,
    SchedulingProblem,
    Status,
)
from matchmaker.scheduling.relaxation import value_upper_bound
from matchmaker.scheduling.twophase import solve_two_phase

#: Share of a product time limit spent choosing the meetings (the rest removes breaks).
STAGE_ONE_SHARE = 0.6

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


def _breaks(problem: SchedulingProblem, slot_of: dict[int, int]) -> int:
    return sum(count_breaks(problem, slot_of))


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
        total_breaks=_breaks(problem, slot_of),
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
    """The exact methods for the B2B objective: a probe, then two methods raced.

    After the one-block probe, the two-phase method (CP-SAT, in a thread of this process:
    it leaves the GIL free), which proves the 10-slot optima with many breaks, races MaxSAT
    (RC2, in a second process), which proves the optima with few breaks on the 21-22-slot
    instances and the zero-break ones the probe did not settle in its share. Whichever
    proves an optimum (or infeasibility) first ends the other. When neither proves one, a
    many-blocks model looks for a schedule (a better one, if the race left one); failing
    that, the direct model (in ``solve``) gets what is left of the budget.
    """

    def remaining() -> float:
        return time_limit_s - (time.perf_counter() - started)

    # Zero breaks means one block of busy slots per person: that model is tiny and
    # propagates well, so it settles the zero-break optima (or refutes them, in well under a
    # second on every benchmark instance with a positive optimum) first, with both cores.
    code, slot_of = solve_blocks(problem, ONE_BLOCK_SHARE * time_limit_s, workers)
    if slot_of is not None and is_valid(problem, slot_of):
        return _BreaksAttempt(_result(problem, Status.OPTIMAL, slot_of, started, 0.0, 0.0), set())
    lower = 1 if code == cp_model.INFEASIBLE else 0
    maxsat: MaxSatRun | None = None
    if people_with_two_meetings(problem) <= MAXSAT_MAX_PEOPLE:
        maxsat = MaxSatRun(problem, remaining() - FALLBACK_SHARE * time_limit_s, lower)
    cancel = Cancellation()
    exact: list[_Exact] = []

    def run_cp_sat() -> None:
        budget = remaining() - FALLBACK_SHARE * time_limit_s
        # With MaxSAT in the other process, one CP-SAT worker: three threads on two cores
        # slow both sides, and the instances two-phase proves take it a second or two.
        found = solve_two_phase(problem, budget, 1 if maxsat else workers, cancel)
        bound = max(lower, int(found.bound or 0))
        exact.append(_Exact(found.status, found.slot_of, bound, found.last_pattern))

    thread = threading.Thread(target=run_cp_sat, daemon=True)
    thread.start()
    try:
        outcome = _first_proof(problem, thread, exact, maxsat, remaining)
    finally:
        cancel.cancel()
        thread.join()
        if maxsat is not None:
            maxsat.stop()
    if outcome.status is Status.INFEASIBLE:
        return _BreaksAttempt(_result(problem, Status.INFEASIBLE, None, started), set())
    slot_of = outcome.slot_of
    if maxsat is not None and (slot_of is None or _breaks(problem, slot_of) > outcome.lower):
        # Nothing proved: on a problem this size, blocks (at most one break each) find a
        # schedule within seconds where the direct model finds none, and often a better one
        # than the race left (measured: tic-13crafc 9 breaks in 3 s, two-phase left 11).
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
            and (slot_of is None or _breaks(problem, found) < _breaks(problem, slot_of))
        ):
            slot_of = found
    if slot_of is not None:
        total = float(_breaks(problem, slot_of))
        status = Status.OPTIMAL if total <= outcome.lower else Status.FEASIBLE
        result = _result(problem, status, slot_of, started, total, float(outcome.lower))
        return _BreaksAttempt(result, set())
    return _BreaksAttempt(None, outcome.busy_hint, outcome.lower)


@dataclass(frozen=True, slots=True)
class _Exact:
    """What an exact method achieved: a proof (optimal/infeasible) or a bound and hints."""

    status: Status
    slot_of: dict[int, int] | None
    lower: int
    busy_hint: set[tuple[int, int]]


def _settled_by_maxsat(
    problem: SchedulingProblem, maxsat: MaxSatRun, wait_s: float
) -> _Exact | None:
    """MaxSAT's proof, if it has one; a schedule it returns is checked like any other."""
    found = maxsat.outcome(wait_s)
    if found.status is Status.INFEASIBLE:
        return _Exact(found.status, None, found.lower_bound, set())
    if (
        found.status is Status.OPTIMAL
        and found.slot_of is not None
        and is_valid(problem, found.slot_of)
    ):
        return _Exact(found.status, found.slot_of, found.lower_bound, set())
    return None


def _first_proof(
    problem: SchedulingProblem,
    thread: threading.Thread,
    exact: list[_Exact],
    maxsat: MaxSatRun | None,
    remaining: Callable[[], float],
) -> _Exact:
    """Wait for the first proof from either side; failing that, merge what both found."""
    settled = (Status.OPTIMAL, Status.INFEASIBLE)
    while thread.is_alive() and remaining() > 0:
        if maxsat is not None and maxsat.done():
            proof = _settled_by_maxsat(problem, maxsat, 0)
            if proof is not None:
                return proof
        thread.join(timeout=0.05)
    cp_sat = exact[0] if exact else _Exact(Status.UNKNOWN, None, 0, set())
    if cp_sat.status in settled or maxsat is None:
        return cp_sat
    proof = _settled_by_maxsat(problem, maxsat, remaining())
    if proof is not None:
        return proof
    found = maxsat.outcome(0)
    lower = max(cp_sat.lower, found.lower_bound)
    return _Exact(cp_sat.status, cp_sat.slot_of, lower, cp_sat.busy_hint)


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
    if status not in (Status.OPTIMAL, Status.FEASIBLE):
        greedy = {i: t for i, t in enumerate(hint) if t is not None}
        if status is Status.UNKNOWN and is_valid(problem, greedy):
            return _result(problem, Status.FEASIBLE, greedy, started)
        return _result(problem, status, None, started)
    first = _read_slots(built, solver)
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
