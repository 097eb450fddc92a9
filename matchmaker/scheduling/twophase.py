"""The two-phase B2B solve: busy patterns first (patterns.py), then meetings onto them."""

from __future__ import annotations

import time
from dataclasses import dataclass, replace

from ortools.sat.python import cp_model

from matchmaker.scheduling.cancel import Cancellation
from matchmaker.scheduling.model import build_model, candidate_slots, meetings_by_person
from matchmaker.scheduling.patterns import PatternModel, build_pattern_model
from matchmaker.scheduling.problem import SchedulingProblem, Status

#: Longest a single phase-two attempt may take before its pattern is given up on.
PHASE_TWO_SECONDS = 10.0


def _place_meetings(
    problem: SchedulingProblem,
    busy_slots: dict[int, set[int]],
    time_limit: float,
    cancel: Cancellation,
) -> tuple[Status, dict[int, int] | None, list[tuple[int, int]]]:
    """Phase two: put every meeting on a slot where both people are to be busy.

    The pattern's idle slots are passed as assumptions, so when it cannot be filled CP-SAT
    names a small set of idle (person, slot) pairs that already make it impossible; phase one
    then learns that at least one of them must become busy, which cuts off far more than the
    one pattern tried.
    """
    built = build_model(replace(problem, fairness=None), symmetry_breaking=False)
    built.model.clear_objective()  # type: ignore[no-untyped-call]  # ortools ships no stubs
    idle = {
        lit.Not().index: key
        for key, lit in built.busy.items()
        if key[1] not in busy_slots.get(key[0], set())
    }
    built.model.add_assumptions([built.busy[key].Not() for key in idle.values()])
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(0.05, time_limit)
    # Assumption cores need the single-thread search.
    solver.parameters.num_workers = 1
    code = cancel.solve(solver, built.model)
    if code in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        slot_of = {i: t for (i, t), v in built.x.items() if solver.boolean_value(v)}
        return Status.FEASIBLE, slot_of, []
    if code == cp_model.INFEASIBLE:
        core = solver.sufficient_assumptions_for_infeasibility()
        return Status.INFEASIBLE, None, [idle[i] for i in core if i in idle]
    return Status.UNKNOWN, None, []


@dataclass(frozen=True, slots=True)
class TwoPhaseOutcome:
    """What the two phases achieved; ``last_pattern`` is the latest busy pattern tried."""

    status: Status
    slot_of: dict[int, int] | None
    bound: float | None
    last_pattern: set[tuple[int, int]]


class _StopAtBound(cp_model.CpSolverSolutionCallback):
    """Stops phase one as soon as it finds a pattern at an already proven lower bound."""

    def __init__(self, bound: float) -> None:
        super().__init__()
        self._bound = bound

    def on_solution_callback(self) -> None:
        if self.objective_value <= self._bound:
            self.stop_search()


def _hint(pattern: PatternModel, chosen: set[tuple[int, int]]) -> None:
    """Start the next phase-one search from the pattern just refuted (it is mostly right)."""
    pattern.model.clear_hints()  # type: ignore[no-untyped-call]  # ortools ships no stubs
    for key, v in pattern.busy.items():
        pattern.model.add_hint(v, key in chosen)


def _hall_cuts(
    problem: SchedulingProblem, slots: list[list[int]], busy_slots: dict[int, set[int]]
) -> list[list[tuple[int, int]]]:
    """Cheap local checks of a pattern: can each person's meetings fill their busy slots?

    For each person, match their meetings to their busy slots (a slot fits a meeting when
    both people are busy then and the session allows it). A person with no perfect matching
    has a Hall set of meetings with too few fitting slots; those fitting slots only grow if
    one of the involved idle (person, slot) pairs becomes busy, so "one of them becomes busy"
    is a valid cut. Returns one cut per failing person.
    """
    mine = meetings_by_person(problem)
    cuts = []
    for p, ms in mine.items():
        mine_busy = busy_slots.get(p, set())
        fits = {
            i: [
                t
                for t in slots[i]
                if t in mine_busy and t in busy_slots.get(_other(problem, i, p), set())
            ]
            for i in ms
        }
        owner: dict[int, int] = {}  # slot -> meeting

        def augment(
            i: int, seen: set[int], fits: dict[int, list[int]] = fits, owner: dict[int, int] = owner
        ) -> bool:
            for t in fits[i]:
                if t not in seen:
                    seen.add(t)
                    if t not in owner or augment(owner[t], seen):
                        owner[t] = i
                        return True
            return False

        unmatched = [i for i in ms if not augment(i, set())]
        if not unmatched:
            continue
        # Meetings reachable by alternating paths from an unmatched one form a Hall set.
        hall: set[int] = set()
        frontier = list(unmatched)
        while frontier:
            i = frontier.pop()
            if i in hall:
                continue
            hall.add(i)
            frontier.extend(owner[t] for t in fits[i] if t in owner)
        cut: set[tuple[int, int]] = set()
        for i in hall:
            q = _other(problem, i, p)
            for r in (p, q):
                cut.update((r, t) for t in slots[i] if t not in busy_slots.get(r, set()))
        cuts.append(sorted(cut))
    return cuts


def _other(problem: SchedulingProblem, i: int, p: int) -> int:
    m = problem.meetings[i]
    return m.b if m.a == p else m.a


def solve_two_phase(
    problem: SchedulingProblem,
    time_limit_s: float,
    workers: int,
    cancel: Cancellation | None = None,
) -> TwoPhaseOutcome:
    """Minimise breaks with every meeting placed; ``cancel`` can stop it from elsewhere."""
    cancel = cancel or Cancellation()
    started = time.perf_counter()
    pattern = build_pattern_model(problem)
    slots = candidate_slots(problem)
    exact = True  # every cut so far removed a pattern proven impossible to fill
    # Cuts only remove patterns, so a bound proved earlier still holds: once phase one
    # meets it again there is no need to re-prove it.
    lower = 0.0
    last: set[tuple[int, int]] = set()
    while True:
        remaining = time_limit_s - (time.perf_counter() - started)
        if remaining <= 0.05 or cancel.cancelled:
            return TwoPhaseOutcome(Status.UNKNOWN, None, None, last)
        solver = cp_model.CpSolver()
        solver.parameters.max_time_in_seconds = remaining
        solver.parameters.num_workers = workers
        if workers >= 2:
            # Measured: core-guided search proves the break bounds that the LP-based
            # default worker cannot, and a no-LP worker finds the patterns quickly.
            solver.parameters.subsolvers.extend(["core", "no_lp"])
        else:
            solver.parameters.optimize_with_core = True  # the same bounds from one worker
        stopper = _StopAtBound(lower)
        code = cancel.solve(solver, pattern.model, stopper)
        if cancel.cancelled:
            return TwoPhaseOutcome(Status.UNKNOWN, None, None, last)
        if code == cp_model.INFEASIBLE:
            return TwoPhaseOutcome(Status.INFEASIBLE if exact else Status.UNKNOWN, None, None, last)
        if code not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            return TwoPhaseOutcome(Status.UNKNOWN, None, None, last)
        at_bound = solver.objective_value <= lower
        if code == cp_model.OPTIMAL:
            lower = max(lower, solver.objective_value)
        else:
            lower = max(lower, solver.best_objective_bound)
        chosen = {key for key, v in pattern.busy.items() if solver.boolean_value(v)}
        last = chosen
        busy_slots: dict[int, set[int]] = {}
        for p, t in chosen:
            busy_slots.setdefault(p, set()).add(t)
        hall = _hall_cuts(problem, slots, busy_slots)
        if hall:
            for cut in hall:
                pattern.model.add_bool_or([pattern.busy[k] for k in cut if k in pattern.busy])
            _hint(pattern, chosen)
            continue
        remaining = time_limit_s - (time.perf_counter() - started)
        status, slot_of, core = _place_meetings(
            problem, busy_slots, min(PHASE_TWO_SECONDS, remaining), cancel
        )
        if slot_of is not None:
            proven = (code == cp_model.OPTIMAL or at_bound) and exact
            status = Status.OPTIMAL if proven else Status.FEASIBLE
            return TwoPhaseOutcome(status, slot_of, lower, chosen)
        if status is Status.INFEASIBLE and core:
            # At least one of these idle slots must become busy.
            pattern.model.add_bool_or([pattern.busy[key] for key in core if key in pattern.busy])
            _hint(pattern, chosen)
            continue
        exact = exact and status is Status.INFEASIBLE
        # No core: cut off exactly this pattern and look for the next best one.
        pattern.model.add_bool_or(
            [v.Not() if key in chosen else v for key, v in pattern.busy.items()]
        )
