"""The scheduling problem and its answer, as plain immutable data.

Slots and people are 0-based indexes. The caller maps them back to its own ids (database rows
for the product, 1-based file numbering for the B2B benchmark).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple


class Objective(enum.Enum):
    """What the solver optimises."""

    #: Product: maximise the total value of placed meetings, then minimise total breaks.
    VALUE_THEN_BREAKS = "value_then_breaks"
    #: B2B benchmark: every meeting must be placed; minimise total breaks.
    BREAKS = "breaks"


class Status(enum.Enum):
    """How far the solver got."""

    OPTIMAL = "optimal"
    FEASIBLE = "feasible"
    INFEASIBLE = "infeasible"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True, kw_only=True)
class Meeting:
    """A wanted meeting between persons ``a`` and ``b``."""

    a: int
    b: int
    #: Match value; only the VALUE_THEN_BREAKS objective reads it.
    value: int = 1
    #: Must be placed if at all possible (an accepted request). Under BREAKS every meeting is.
    required: bool = False
    #: Slots this meeting may take (a morning or afternoon session); None means every slot.
    allowed_slots: frozenset[int] | None = None
    #: Already booked in this slot: the solver keeps it there.
    fixed_slot: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class SchedulingProblem:
    """One session to schedule.

    ``tables_per_slot[t]`` is how many tables the meetings of this problem may use in slot
    ``t`` (fixed meetings included), so tables booked by meetings outside the problem are
    simply left out of the count.
    """

    n_slots: int
    tables_per_slot: Sequence[int]
    n_people: int
    meetings: Sequence[Meeting]
    #: person -> slots in which that person cannot meet.
    unavailable: Mapping[int, frozenset[int]] = field(default_factory=dict)
    #: person -> the most meetings that person may get.
    max_meetings: Mapping[int, int] = field(default_factory=dict)
    #: Breaks of any two people with two or more meetings differ by at most this much.
    fairness: int | None = None
    objective: Objective = Objective.VALUE_THEN_BREAKS

    def __post_init__(self) -> None:
        if len(self.tables_per_slot) != self.n_slots:
            raise ValueError("tables_per_slot must have one entry per slot")
        for i, m in enumerate(self.meetings):
            if m.a == m.b or not (0 <= m.a < self.n_people and 0 <= m.b < self.n_people):
                raise ValueError(f"meeting {i}: bad persons {m.a}, {m.b}")
            if m.fixed_slot is not None and not 0 <= m.fixed_slot < self.n_slots:
                raise ValueError(f"meeting {i}: fixed slot {m.fixed_slot} out of range")


class Assignment(NamedTuple):
    """Meeting ``meeting`` takes table ``table`` (0..tables_per_slot[slot]-1) in ``slot``."""

    meeting: int
    slot: int
    table: int


@dataclass(frozen=True, slots=True, kw_only=True)
class ScheduleResult:
    """The solver's answer. ``objective``/``bound`` are in the solver's own units."""

    status: Status
    assignments: Sequence[Assignment]
    objective: float | None
    best_bound: float | None
    total_breaks: int | None
    total_value: int | None
    seconds: float
