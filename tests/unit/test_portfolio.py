"""The B2B race and the searches it runs, each schedule checked by the independent checker."""

from __future__ import annotations

import time

import pytest
from test_maxsat import _as_result
from test_scheduling import BENCH, b2b, check_schedule

from matchmaker.scheduling import SchedulingProblem
from matchmaker.scheduling.b2b import to_problem
from matchmaker.scheduling.break_encoding import encode_breaks
from matchmaker.scheduling.dzn import load_dzn
from matchmaker.scheduling.portfolio import Standing, race
from matchmaker.scheduling.restricted import disjoint_cores, search_restricted


def _instance(relative: str) -> SchedulingProblem:
    return to_problem(load_dzn(BENCH / relative), 2)


def _restricted(problem: SchedulingProblem, **steps: bool) -> tuple[list[dict[int, int]], int]:
    """Every schedule the restricted search hands over, and the best bound it proved."""
    found: list[dict[int, int]] = []
    bounds = [0]
    search_restricted(problem, 30, found.append, bounds.append, **steps)
    return found, max(bounds)


def test_the_zero_break_question_answers_a_real_instance() -> None:
    problem = _instance("original/tic-12.original.dzn")
    found, _ = _restricted(problem, ask_freed=False)
    assert len(found) == 1
    assert check_schedule(problem, _as_result(problem, found[0])) == 0


def test_a_refused_zero_break_question_proves_a_bound_of_one() -> None:
    # Persons 1 and 2 cannot meet 0 in the middle slot, so 0 has a break.
    problem = b2b(3, 3, 2, [(0, 1), (0, 2)], unavailable={1: frozenset({1}), 2: frozenset({1})})
    found, bound = _restricted(problem, ask_freed=False)
    assert found == []
    assert bound == 1


def test_the_freed_people_search_keeps_the_breaks_where_the_cores_put_them() -> None:
    # Two forced breaks (persons 0 and 3), everybody else free of them.
    pairs = [(0, 1), (0, 2), (3, 4), (3, 5), (6, 7)]
    unavailable = {p: frozenset({1}) for p in (1, 2, 4, 5)}
    problem = b2b(8, 3, 3, pairs, unavailable=unavailable)
    found, bound = _restricted(problem, ask_zero=False)
    assert bound == 2
    assert len(found) == 1
    assert check_schedule(problem, _as_result(problem, found[0])) == 2


def test_disjoint_cores_never_claim_more_breaks_than_the_optimum() -> None:
    # forum-14: optimum 2 (Bofill et al. 2022), so at most two disjoint cores exist.
    problem = _instance("original/forum-14.original.dzn")
    encoding = encode_breaks(problem, capped=True)
    cores = disjoint_cores(encoding, time.perf_counter() + 30)
    assert cores is not None
    assert 1 <= len(cores) <= 2
    assert all(cores)


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
        # RC2 per person proves and finds it.
        ("original/tic-13crafc.original.dzn", 4),
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
