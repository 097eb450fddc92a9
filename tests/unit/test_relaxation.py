"""The value LP: an upper bound the auto-scheduler reports beside its schedule."""

from __future__ import annotations

import random

from matchmaker.scheduling import Meeting, SchedulingProblem, solve
from matchmaker.scheduling.relaxation import value_upper_bound


def test_one_table_one_slot_holds_only_the_best_meeting() -> None:
    problem = SchedulingProblem(
        n_slots=1,
        tables_per_slot=[1],
        n_people=4,
        meetings=[Meeting(a=0, b=1, value=30), Meeting(a=2, b=3, value=70)],
    )
    assert value_upper_bound(problem) == 70


def test_caps_and_availability_lower_the_bound() -> None:
    # Person 0 is wanted three times but may take two meetings; slot 1 is closed to 3.
    meetings = [Meeting(a=0, b=p, value=v) for p, v in ((1, 10), (2, 20), (3, 40))]
    problem = SchedulingProblem(
        n_slots=2,
        tables_per_slot=[5, 5],
        n_people=4,
        meetings=meetings,
        unavailable={3: frozenset({1})},
        max_meetings={0: 2},
    )
    assert value_upper_bound(problem) == 60


def test_the_bound_is_never_below_a_schedule_found() -> None:
    rng = random.Random(3)  # noqa: S311 -- reproducible test data, not a secret
    pairs = {tuple(sorted(rng.sample(range(40), 2))) for _ in range(150)}
    problem = SchedulingProblem(
        n_slots=4,
        tables_per_slot=[8] * 4,
        n_people=40,
        meetings=[Meeting(a=a, b=b, value=rng.randint(1, 100)) for a, b in sorted(pairs)],
        unavailable={p: frozenset({p % 4}) for p in range(0, 40, 3)},
        max_meetings=dict.fromkeys(range(40), 3),
    )
    result = solve(problem, 10)
    bound = value_upper_bound(problem)
    assert bound is not None
    assert result.total_value is not None
    assert result.total_value <= bound + 1e-6
    assert result.best_bound is not None
    assert result.best_bound <= bound + 1e-6
