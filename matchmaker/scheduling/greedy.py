"""A fast greedy schedule: the solver's warm start and its fallback when time runs out."""

from __future__ import annotations

from collections import defaultdict

from matchmaker.scheduling.model import candidate_slots, mandatory
from matchmaker.scheduling.problem import SchedulingProblem


def _gap_cost(busy: set[int], t: int) -> int:
    """How much placing a meeting at ``t`` hurts a person's compactness (0 = adjacent)."""
    if not busy:
        return 1
    nearest = min(abs(t - u) for u in busy)
    return 0 if nearest == 1 else nearest


def greedy_slots(problem: SchedulingProblem) -> list[int | None]:
    """A slot (or None) per meeting, placed one by one where it adds the fewest gaps.

    Fixed meetings go first, then mandatory ones, then the rest by value; meetings with the
    fewest slot options are placed before the flexible ones so they are not crowded out.
    """
    slots = candidate_slots(problem)
    free = list(problem.tables_per_slot)
    busy: dict[int, set[int]] = defaultdict(set)
    count: dict[int, int] = defaultdict(int)
    out: list[int | None] = [None] * len(problem.meetings)

    def rank(i: int) -> tuple[int, int, int, int]:
        m = problem.meetings[i]
        return (m.fixed_slot is None, not mandatory(problem, i), -m.value, len(slots[i]))

    for i in sorted(range(len(problem.meetings)), key=rank):
        m = problem.meetings[i]
        if any(count[p] >= problem.max_meetings.get(p, len(problem.meetings)) for p in (m.a, m.b)):
            continue
        options = [t for t in slots[i] if free[t] > 0 and t not in busy[m.a] and t not in busy[m.b]]
        if not options:
            continue
        best = min(options, key=lambda t: (_gap_cost(busy[m.a], t) + _gap_cost(busy[m.b], t), t))
        out[i] = best
        free[best] -= 1
        for p in (m.a, m.b):
            busy[p].add(best)
            count[p] += 1
    return out
