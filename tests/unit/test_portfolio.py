"""The B2B race and the searches it runs, each schedule checked by the independent checker."""

from __future__ import annotations

import time

import pytest
from test_maxsat import _as_result
from test_scheduling import BENCH, b2b, check_schedule

from matchmaker.scheduling import SchedulingProblem
from matchmaker.scheduling.b2b import to_problem
from matchmaker.scheduling.dzn import load_dzn
from matchmaker.scheduling.portfolio import Standing, race
from matchmaker.scheduling.zero_break import ZeroBreakRun, ask_zero_breaks


def _instance(relative: str) -> SchedulingProblem:
    return to_problem(load_dzn(BENCH / relative), 2)


def test_the_zero_break_question_answers_a_real_instance() -> None:
    problem = _instance("original/tic-12.original.dzn")
    schedule, bound = ask_zero_breaks(problem)
    assert schedule is not None
    assert bound == 0
    assert check_schedule(problem, _as_result(problem, schedule)) == 0


def test_a_refused_zero_break_question_proves_a_bound_of_one() -> None:
    # Persons 1 and 2 cannot meet 0 in the middle slot, so 0 has a break.
    problem = b2b(3, 3, 2, [(0, 1), (0, 2)], unavailable={1: frozenset({1}), 2: frozenset({1})})
    assert ask_zero_breaks(problem) == (None, 1)


def test_the_zero_break_process_answers_and_can_be_stopped() -> None:
    problem = _instance("original/tic-12.original.dzn")
    run = ZeroBreakRun(problem)
    try:
        deadline = time.perf_counter() + 60
        while not run.finished and time.perf_counter() < deadline:
            time.sleep(0.05)
        schedule = run.schedule()
    finally:
        run.stop()
    assert schedule is not None
    assert check_schedule(problem, _as_result(problem, schedule)) == 0
    hard = ZeroBreakRun(_instance("original/forum-13crafb.original.dzn"))
    started = time.perf_counter()
    hard.stop()
    assert time.perf_counter() - started < 5
    assert hard.schedule() is None


def test_a_standing_refuses_a_schedule_that_breaks_a_rule() -> None:
    problem = b2b(3, 2, 2, [(0, 1), (0, 2)])
    standing = Standing(problem)
    standing.offer({0: 0, 1: 0}, "double booking")  # person 0 twice in slot 0
    assert standing.schedule is None
    standing.offer({0: 0, 1: 1}, "valid")
    assert standing.breaks == 0
    assert standing.found_by == ["valid"]


@pytest.mark.parametrize(
    ("relative", "optimum"),
    [
        # RC2 per person proves and finds them.
        ("original/tic-13crafc.original.dzn", 4),
        ("original/ticf-13crafb.original.dzn", 3),
        # RC2 per slot finds the one-break schedule the bound of one makes optimal.
        ("original/ticf-13crafc.original.dzn", 1),
    ],
)
def test_the_race_proves_real_optima(relative: str, optimum: int) -> None:
    problem = _instance(relative)
    standing = race(problem, 30)
    assert standing.settled
    assert standing.schedule is not None
    assert standing.lower == optimum
    assert check_schedule(problem, _as_result(problem, standing.schedule)) == optimum


def test_the_race_proves_a_forbidden_variant_infeasible() -> None:
    standing = race(_instance("forbidden/tic-13crafc.forb0007.dzn"), 30)
    assert standing.settled
    assert standing.infeasible
    assert standing.schedule is None
