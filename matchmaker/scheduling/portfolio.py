"""The B2B race: SAT searches at once, each in its own process; first proof wins.

Measured on the benchmark (d = 2, this 2-core machine, each alone), each settles instances
that the others do not settle within 30 s:

- the zero-break question (``zero_break.py``) answers every zero-break instance within
  8 s, where RC2 per person needs up to 13 s (ticf-14crafa);
- RC2 over per-person soft clauses (``maxsat.py``, CaDiCaL) proves every bound of the
  benchmark and finds the optima with two or more breaks: tic-13crafc 6 s, ticf-13crafb
  10 s, forum-13crafb 11 s, forum-14 13 s;
- RC2 over per-slot soft clauses (MiniSat-GH) finds the one-break schedules of the 13crafc
  instances (3-16 s), where the per-person form does not even refute zero breaks in 30 s;
- RC2 per person again, but keeping its cores as found (no ``minz``), takes the core RC2
  per slot leaves: it settles the forbidden 13crafb variants (optimum 5) in 29-44 s, where
  the minimising run needs over 70 s.

A schedule from any of them is accepted once the validity checker agrees, and it is optimal
as soon as its breaks meet the best bound any of them has proved. The runs share two cores,
so each stops as soon as the proven bound shows its niche is past.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

from matchmaker.scheduling.maxsat import MaxSatRun
from matchmaker.scheduling.problem import SchedulingProblem, Status
from matchmaker.scheduling.validity import is_valid, total_breaks
from matchmaker.scheduling.zero_break import ZeroBreakRun

log = logging.getLogger(__name__)

#: How often the race looks at its runners.
POLL_SECONDS = 0.05

#: The proven bound from which RC2 per slot stops: every schedule it finds in 30 s on the
#: benchmark has one break, or is one RC2 per person finds sooner (forumt-*).
PER_SLOT_BELOW_BOUND = 2


@dataclass(slots=True)
class Standing:
    """The best schedule found so far and the best bound proved so far."""

    problem: SchedulingProblem
    schedule: dict[int, int] | None = None
    breaks: int | None = None
    lower: int = 0
    infeasible: bool = False
    #: Which methods improved the schedule, in order (for the log).
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

    Three runs share two cores at first, and two of them stop once their niche is past:
    the zero-break question when a bound of one is proved, RC2 per slot when a bound of two
    is, when the second RC2 per person takes its core.
    """
    deadline = time.perf_counter() + time_limit_s
    standing = Standing(problem)
    per_person = MaxSatRun(problem, time_limit_s, 0)
    per_slot: MaxSatRun | None = MaxSatRun(problem, time_limit_s, 0, per_slot=True)
    zero: ZeroBreakRun | None = ZeroBreakRun(problem)
    as_found: MaxSatRun | None = None
    try:
        while time.perf_counter() < deadline and not standing.settled:
            _follow(per_person, "RC2 per person", standing)
            if per_slot is not None:
                _follow(per_slot, "RC2 per slot", standing)
            if zero is not None:
                standing.bound(zero.lower_bound)
                standing.offer(zero.schedule(), "zero-break question")
                if standing.lower >= 1 or zero.finished:
                    zero.stop()
                    zero = None
            if as_found is not None:
                _follow(as_found, "RC2 per person, cores as found", standing)
            if per_slot is not None and standing.lower >= PER_SLOT_BELOW_BOUND:
                per_slot.stop()
                per_slot = None
                remaining = deadline - time.perf_counter()
                as_found = MaxSatRun(problem, remaining, standing.lower, minimise_cores=False)
            time.sleep(POLL_SECONDS)
    finally:
        for run in (per_person, per_slot, as_found):
            if run is not None:
                run.stop()
        if zero is not None:
            zero.stop()
    log.info(
        "B2B race: %s breaks, proven bound %d, infeasible %s, found by %s",
        standing.breaks,
        standing.lower,
        standing.infeasible,
        standing.found_by or "nobody",
    )
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
