"""Counting breaks and checking a schedule against every hard rule.

Any method's schedule passes :func:`is_valid` before it may stand in for a solver answer, so a
wrong encoding shows up as a missing answer rather than a double booking.
"""

from __future__ import annotations

import itertools
from collections import defaultdict

from matchmaker.scheduling.model import candidate_slots, mandatory
from matchmaker.scheduling.problem import SchedulingProblem


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


def total_breaks(problem: SchedulingProblem, slot_of: dict[int, int]) -> int:
    """Everybody's breaks together."""
    return sum(count_breaks(problem, slot_of))


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


__all__ = ["count_breaks", "is_valid", "total_breaks"]
