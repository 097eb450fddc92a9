"""The B2B race: SAT searches at once, each in its own process; first proof wins.

Measured on the benchmark (d = 2, this 2-core machine, each alone), each settles instances
that the others do not settle within 30 s:

- the zero-break question (``restricted.py``, step 1) answers every zero-break instance
  within 8 s, where RC2 per person needs up to 16 s (ticf-14crafa);
- RC2 over per-person soft clauses (``maxsat.py``) proves every bound of the benchmark
  within seconds, and optima such as tic-13crafc's 4 breaks (6 s) or forum-14's 2 (18 s);
- RC2 over per-slot soft clauses finds the one-break schedules of the 13crafc instances
  (3-16 s), where the per-person form does not even refute zero breaks in 30 s;
- the freed people's search (``restricted.py``, steps 2 and 3) finds forum-13crafb's six
  breaks, which RC2 per person takes 20-50 s to reach itself.

A schedule from any of them is accepted once the validity checker agrees, and it is optimal
as soon as its breaks meet the best bound any of them has proved. Three processes share two
cores, so each search stops as soon as the proven bound shows its niche is past.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from matchmaker.scheduling.maxsat import MaxSatRun
from matchmaker.scheduling.problem import SchedulingProblem, Status
from matchmaker.scheduling.restricted import RestrictedRun
from matchmaker.scheduling.validity import is_valid, total_breaks

#: How often the race looks at its runners.
POLL_SECONDS = 0.05

#: The proven bound from which RC2 per slot gives way to the freed people's search: every
#: schedule it finds in 30 s on the benchmark has one break, or is one RC2 per person finds
#: sooner (forumt-*).
FREED_FROM_BOUND = 2


@dataclass(slots=True)
class Standing:
    """The best schedule found so far and the best bound proved so far."""

    problem: SchedulingProblem
    schedule: dict[int, int] | None = None
    breaks: int | None = None
    lower: int = 0
    infeasible: bool = False
    #: Which methods improved the schedule, in order (for the logs and the benchmark).
    found_by: list[str] = field(default_factory=list)

    def offer(self, slot_of: dict[int, int] | None, method: str) -> None:
        """Keep ``slot_of`` if it keeps every rule and has fewer breaks than the best."""
        if slot_of is None or not is_valid(self.problem, slot_of):
            return
        breaks = total_breaks(self.problem, slot_of)
        if self.breaks is None or breaks < self.breaks:
            self.schedule, self.breaks = slot_of, breaks
            self.found_by.append(method)

    def bound(self, lower: int) -> None:
        """Record a proved lower bound on the total breaks."""
        self.lower = max(self.lower, lower)

    @property
    def settled(self) -> bool:
        """Whether nothing better can be found: infeasible, or the best meets the bound."""
        return self.infeasible or (self.breaks is not None and self.breaks <= self.lower)


def race(problem: SchedulingProblem, time_limit_s: float) -> Standing:
    """Run the searches for up to ``time_limit_s`` seconds; what they settled.

    Two cores, so at most three runs at once, and each stops once its niche is past: the
    zero-break question when a bound of one is proved, RC2 per slot when a bound of two is
    (then the freed people's search takes its place).
    """
    deadline = time.perf_counter() + time_limit_s
    standing = Standing(problem)
    per_person = MaxSatRun(problem, time_limit_s, 0)
    per_slot: MaxSatRun | None = MaxSatRun(problem, time_limit_s, 0, per_slot=True)
    zero: RestrictedRun | None = RestrictedRun(problem, time_limit_s, ask_freed=False)
    freed: RestrictedRun | None = None
    try:
        while time.perf_counter() < deadline and not standing.settled:
            _follow(per_person, "RC2 per person", standing)
            if per_slot is not None:
                _follow(per_slot, "RC2 per slot", standing)
            for run, name in ((zero, "zero-break question"), (freed, "freed people's search")):
                if run is not None:
                    standing.bound(run.lower_bound)
                    standing.offer(run.schedule(), name)
            if zero is not None and (standing.lower >= 1 or zero.finished):
                zero.stop()
                zero = None
            if per_slot is not None and standing.lower >= FREED_FROM_BOUND:
                per_slot.stop()
                per_slot = None
                freed = RestrictedRun(problem, deadline - time.perf_counter(), ask_zero=False)
            time.sleep(POLL_SECONDS)
    finally:
        for rc2 in (per_person, per_slot):
            if rc2 is not None:
                rc2.stop()
        for restricted in (zero, freed):
            if restricted is not None:
                restricted.stop()
    return standing


def _follow(run: MaxSatRun, name: str, standing: Standing) -> None:
    """Take an RC2 run's bound, and its answer once it has one."""
    standing.bound(run.lower_bound)
    if not run.done():
        return
    outcome = run.outcome(0)
    if outcome.status is Status.INFEASIBLE:
        standing.infeasible = True
    elif outcome.status is Status.OPTIMAL:
        standing.offer(outcome.slot_of, name)
        standing.bound(outcome.lower_bound)


__all__ = ["Standing", "race"]
