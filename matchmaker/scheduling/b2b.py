"""The B2B benchmark entry point: a ``.dzn`` file in, the api.md JSON object out."""

from __future__ import annotations

from pathlib import Path

from matchmaker.scheduling.dzn import B2BInstance, load_dzn
from matchmaker.scheduling.problem import Meeting, Objective, SchedulingProblem
from matchmaker.scheduling.solver import solve

#: The paper's default fairness bound.
DEFAULT_FAIRNESS = 2


def to_problem(inst: B2BInstance, fairness: int | None) -> SchedulingProblem:
    """Translate a 1-based benchmark instance into a 0-based SchedulingProblem."""
    morning = frozenset(range(inst.n_morning_slots))
    afternoon = frozenset(range(inst.n_morning_slots, inst.n_total_slots))
    sessions: dict[int, frozenset[int] | None] = {1: morning, 2: afternoon, 3: None}
    meetings = [
        Meeting(
            a=a - 1,
            b=b - 1,
            required=True,
            allowed_slots=sessions[session],
            fixed_slot=fixed - 1 if fixed else None,
        )
        for (a, b, session), fixed in zip(inst.requested, inst.fixed, strict=True)
    ]
    unavailable = {
        p: frozenset(t - 1 for t in slots) for p, slots in enumerate(inst.forbidden) if slots
    }
    return SchedulingProblem(
        n_slots=inst.n_total_slots,
        tables_per_slot=[inst.n_tables] * inst.n_total_slots,
        n_people=inst.n_business,
        meetings=meetings,
        unavailable=unavailable,
        fairness=fairness,
        objective=Objective.BREAKS,
    )


def solve_file(path: Path, fairness: int | None, time_limit: float) -> dict[str, object]:
    """Solve one benchmark file; the result is the ``matchmaker b2b solve`` JSON object."""
    problem = to_problem(load_dzn(path), DEFAULT_FAIRNESS if fairness is None else fairness)
    result = solve(problem, time_limit)
    schedule = [
        {"meeting": a.meeting + 1, "slot": a.slot + 1, "table": a.table + 1}
        for a in sorted(result.assignments)
    ]
    return {
        "status": result.status.value,
        "total_breaks": result.total_breaks,
        "seconds": round(result.seconds, 3),
        "schedule": schedule,
    }
