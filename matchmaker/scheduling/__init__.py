"""Auto-scheduling of meetings into slots and tables (pure Python, CP-SAT inside)."""

from matchmaker.scheduling.problem import (
    Assignment,
    Meeting,
    Objective,
    ScheduleResult,
    SchedulingProblem,
    Status,
)
from matchmaker.scheduling.solver import solve

__all__ = [
    "Assignment",
    "Meeting",
    "Objective",
    "ScheduleResult",
    "SchedulingProblem",
    "Status",
    "solve",
]
