"""The MaxSAT (RC2) side of the B2B solver, checked by the independent schedule checker."""

from __future__ import annotations

import threading
import time

from test_scheduling import BENCH, b2b, check_schedule

from matchmaker.scheduling import ScheduleResult, SchedulingProblem, Status
from matchmaker.scheduling.b2b import to_problem
from matchmaker.scheduling.cancel import Cancellation
from matchmaker.scheduling.dzn import load_dzn
from matchmaker.scheduling.maxsat import MaxSatRun, solve_maxsat
from matchmaker.scheduling.solver import assign_tables
from matchmaker.scheduling.twophase import solve_two_phase
from matchmaker.scheduling.validity import count_breaks


def _as_result(problem: SchedulingProblem, slot_of: dict[int, int]) -> ScheduleResult:
    return ScheduleResult(
        status=Status.OPTIMAL,
        assignments=assign_tables(problem, slot_of),
        objective=None,
        best_bound=None,
        total_breaks=sum(count_breaks(problem, slot_of)),
        total_value=None,
        seconds=0.0,
    )


def _proven_breaks(problem: SchedulingProblem, seconds: float, per_slot: bool = False) -> int:
    """Solve with RC2, insist on a proof, check the schedule; its breaks (= the bound)."""
    outcome = solve_maxsat(problem, seconds, per_slot=per_slot)
    assert outcome.status is Status.OPTIMAL
    assert outcome.slot_of is not None
    breaks = check_schedule(problem, _as_result(problem, outcome.slot_of))
    assert breaks == outcome.lower_bound
    return breaks


def _original(name: str) -> SchedulingProblem:
    return to_problem(load_dzn(BENCH / "original" / f"{name}.original.dzn"), 2)


def test_a_forced_break_costs_exactly_one() -> None:
    problem = b2b(3, 3, 2, [(0, 1), (0, 2)], unavailable={1: frozenset({1}), 2: frozenset({1})})
    assert _proven_breaks(problem, 10) == 1


def test_tables_and_fairness_are_hard_rules() -> None:
    # Three disjoint pairs and one table per slot: each pair takes its own slot.
    tight = b2b(6, 3, 1, [(0, 1), (2, 3), (4, 5)])
    outcome = solve_maxsat(tight, 10)
    assert outcome.slot_of is not None
    assert sorted(outcome.slot_of.values()) == [0, 1, 2]
    # Person 0 needs 3 breaks while 5 needs none: fairness 1 cannot hold, fairness 3 can.
    free = frozenset({0, 2, 4, 6})
    unavailable = {p: frozenset(range(7)) - free for p in (1, 2, 3, 4)}
    pairs = [(0, 1), (0, 2), (0, 3), (0, 4), (5, 6), (5, 6)]
    unfair = b2b(7, 7, 3, pairs, unavailable=unavailable, fairness=1)
    assert solve_maxsat(unfair, 10).status is Status.INFEASIBLE
    fair = b2b(7, 7, 3, pairs, unavailable=unavailable, fairness=3)
    assert _proven_breaks(fair, 10) == 3


def test_fairness_holds_when_everybody_must_have_a_break() -> None:
    # Both people meet twice and nobody can meet in the middle slot: one break each. With
    # d = 0 nobody may have fewer breaks than another, so the floor is one, not zero.
    problem = b2b(2, 3, 1, [(0, 1), (0, 1)], unavailable={0: frozenset({1})}, fairness=0)
    assert _proven_breaks(problem, 10) == 2


def test_proves_a_real_one_break_optimum() -> None:
    # ticf-13crafc: zero breaks is impossible, one is optimal (Bofill et al. 2022). The
    # per-slot soft clauses find that one-break schedule; the per-person ones prove the
    # bound of one quickly but are slow to find it.
    assert _proven_breaks(_original("ticf-13crafc"), 25, per_slot=True) == 1


def test_an_interrupted_run_keeps_a_proven_bound() -> None:
    # forum-13crafb's optimum is 6; a run cut short proves some bound no higher than that.
    run = MaxSatRun(_original("forum-13crafb"), 60, 0)
    try:
        outcome = run.outcome(3)
    finally:
        run.stop()
    assert outcome.status is Status.UNKNOWN
    assert outcome.slot_of is None
    assert 0 <= outcome.lower_bound <= 6


def test_the_per_slot_run_keeps_its_time_limit_by_itself() -> None:
    # MiniSat-GH can be interrupted: in-process, the time limit holds.
    started = time.perf_counter()
    outcome = solve_maxsat(_original("forum-13crafb"), 2, per_slot=True)
    assert time.perf_counter() - started < 10
    assert outcome.status is Status.UNKNOWN
    assert outcome.lower_bound <= 6


def test_the_background_process_answers_and_can_be_stopped() -> None:
    problem = b2b(3, 3, 2, [(0, 1), (0, 2)], unavailable={1: frozenset({1}), 2: frozenset({1})})
    run = MaxSatRun(problem, 10, 0)
    try:
        outcome = run.outcome(60)
    finally:
        run.stop()
    assert outcome.status is Status.OPTIMAL
    assert outcome.lower_bound == 1
    hard = _original("forum-13crafb")
    run = MaxSatRun(hard, 60, 0)
    started = time.perf_counter()
    run.stop()
    assert time.perf_counter() - started < 5
    assert run.outcome(0).status is Status.UNKNOWN


def test_cancelling_stops_a_running_cp_sat_search() -> None:
    problem = _original("forum-13crafb")
    cancel = Cancellation()
    threading.Timer(1.0, cancel.cancel).start()
    started = time.perf_counter()
    outcome = solve_two_phase(problem, 30, 2, cancel)
    assert time.perf_counter() - started < 6
    assert outcome.status is Status.UNKNOWN


def test_cores_left_as_found_reach_the_same_proven_optimum() -> None:
    # The race's second per-person run skips core minimisation; tic-13crafc's optimum is 4.
    problem = _original("tic-13crafc")
    run = MaxSatRun(problem, 60, 0, minimise_cores=False)
    try:
        outcome = run.outcome(60)
    finally:
        run.stop()
    assert outcome.status is Status.OPTIMAL
    assert outcome.slot_of is not None
    assert check_schedule(problem, _as_result(problem, outcome.slot_of)) == 4
    assert outcome.lower_bound == 4
