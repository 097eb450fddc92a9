"""The two-phase B2B solve: busy patterns first (patterns.py), then meetings onto them."""

from __future__ import annotations

import time
from dataclasses import replace

from ortools.sat.python import cp_model

from matchmaker.scheduling.model import build_model
from matchmaker.scheduling.patterns import build_pattern_model
from matchmaker.scheduling.problem import SchedulingProblem, Status

#: Longest a single phase-two attempt may take before its pattern is given up on.
PHASE_TWO_SECONDS = 10.0


def _place_meetings(
    problem: SchedulingProblem, busy_slots: dict[int, set[int]], time_limit: float, workers: int
) -> tuple[Status, dict[int, int] | None]:
    """Phase two: put every meeting on a slot where both people are to be busy."""
    unavailable = {
        p: frozenset(range(problem.n_slots)) - frozenset(busy_slots.get(p, set()))
        for p in range(problem.n_people)
    }
    # Fixed meetings keep their slot; the pattern already includes it.
    sub = replace(problem, unavailable=unavailable, fairness=None)
    built = build_model(sub)
    built.model.clear_objective()  # type: ignore[no-untyped-call]  # ortools ships no stubs
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(0.05, time_limit)
    solver.parameters.num_workers = workers
    code = solver.solve(built.model)
    if code in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        slot_of = {i: t for (i, t), v in built.x.items() if solver.boolean_value(v)}
        return Status.FEASIBLE, slot_of
    if code == cp_model.INFEASIBLE:
        return Status.INFEASIBLE, None
    return Status.UNKNOWN, None


def solve_two_phase(
    problem: SchedulingProblem, time_limit_s: float, workers: int
) -> tuple[Status, dict[int, int] | None, float | None]:
    """Minimise breaks with every meeting placed; returns status, slots and lower bound."""
    started = time.perf_counter()
    pattern = build_pattern_model(problem)
    exact = True  # every cut so far removed a pattern proven impossible to fill
    while True:
        remaining = time_limit_s - (time.perf_counter() - started)
        if remaining <= 0.05:
            return Status.UNKNOWN, None, None
        solver = cp_model.CpSolver()
        solver.parameters.max_time_in_seconds = remaining
        solver.parameters.num_workers = workers
        if workers >= 2:
            # Measured: core-guided search proves the break bounds that the LP-based
            # default worker cannot, and a no-LP worker finds the patterns quickly.
            solver.parameters.subsolvers.extend(["core", "no_lp"])
        code = solver.solve(pattern.model)
        if code == cp_model.INFEASIBLE:
            return (Status.INFEASIBLE if exact else Status.UNKNOWN), None, None
        if code not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            return Status.UNKNOWN, None, None
        chosen = {key for key, v in pattern.busy.items() if solver.boolean_value(v)}
        busy_slots: dict[int, set[int]] = {}
        for p, t in chosen:
            busy_slots.setdefault(p, set()).add(t)
        remaining = time_limit_s - (time.perf_counter() - started)
        status, slot_of = _place_meetings(
            problem, busy_slots, min(PHASE_TWO_SECONDS, remaining), workers
        )
        if slot_of is not None:
            proven = code == cp_model.OPTIMAL and exact
            return (
                Status.OPTIMAL if proven else Status.FEASIBLE,
                slot_of,
                solver.best_objective_bound,
            )
        exact = exact and status is Status.INFEASIBLE
        # Cut off exactly this pattern and look for the next best one.
        pattern.model.add_bool_or(
            [v.Not() if key in chosen else v for key, v in pattern.busy.items()]
        )
