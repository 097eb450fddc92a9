"""The B2B objective as weighted MaxSAT, solved core-guided by RC2 (PySAT).

Why a SAT solver beside CP-SAT: on the 21-22-slot benchmark instances with a positive optimum,
the questions that matter ("can everybody but these few keep one block of meetings?") are
pure clause reasoning. A CDCL solver with native assumptions answers them in seconds, where
CP-SAT — whose presolve and LP are what make it strong elsewhere — is much weaker under
assumptions. RC2's cores (sets of breaks of which one must happen) raise the lower bound one
by one, so the first schedule it finds is optimal, and an interrupted run still leaves a
proven bound. This is the approach with which Bofill et al. (JAIR 74, 2022) proved the
benchmark's optima; the encoding below follows theirs in spirit: meeting-slot literals,
busy literals, and one soft clause per possible end of a break.

Encoding, per person ``p`` and slot ``t``:
- ``x[i, t]``: meeting ``i`` takes slot ``t``; exactly one per meeting, at most one per
  person and slot, at most ``tables_per_slot[t]`` per slot;
- ``busy[p, t]`` equals "one of p's meetings is at t"; p is busy in exactly ``n_p`` slots
  (implied, but it is what makes the cores small);
- ``seen[p, t]``: busy at some slot up to ``t``; ``resume[p, t]``: busy at ``t``, idle at
  ``t - 1`` and seen before, i.e. a break ends at ``t``. Every ``resume`` is a soft unit
  clause of weight 1, so the cost is the total number of breaks;
- fairness: a unary ``low`` bound with every person's break count within ``[low, low + d]``.
"""

from __future__ import annotations

import multiprocessing
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection

from pysat.card import CardEnc, EncType
from pysat.examples.rc2 import RC2
from pysat.formula import WCNF, IDPool

from matchmaker.scheduling.model import candidate_slots, meetings_by_person
from matchmaker.scheduling.problem import SchedulingProblem, Status

#: The SAT solver under RC2. Measured on the benchmark's one- and two-break instances:
#: MiniSat (GitHub version) and Glucose 3 find the cores fastest; CaDiCaL was 2-3x slower.
DEFAULT_ORACLE = "mgh"

#: At-most-one over this many literals or fewer is written pairwise; longer ones use a
#: sequential counter (measured: a ladder made forum-14 take over twice as long).
_PAIRWISE_UP_TO = 6


@dataclass(frozen=True, slots=True)
class MaxSatOutcome:
    """What RC2 achieved: a schedule when it finished, and the proven lower bound."""

    status: Status
    slot_of: dict[int, int] | None
    lower_bound: int


@dataclass(slots=True)
class BreakEncoding:
    """The WCNF and the literal of each (meeting, slot) pair, to read a schedule back."""

    wcnf: WCNF
    meeting_slot: dict[tuple[int, int], int]


def _at_most_one(lits: list[int], pool: IDPool) -> list[list[int]]:
    kind = EncType.pairwise if len(lits) <= _PAIRWISE_UP_TO else EncType.seqcounter
    clauses: list[list[int]] = CardEnc.atmost(lits, 1, vpool=pool, encoding=kind).clauses
    return clauses


def encode_breaks(problem: SchedulingProblem, capped: bool = False) -> BreakEncoding:
    """The problem (every meeting mandatory) as MaxSAT minimising the total breaks.

    With ``capped``, fairness is written as "nobody has more than d breaks", the case
    where somebody has none: far fewer clauses, and a subset of the fair schedules.
    """
    pool = IDPool()
    wcnf = WCNF()
    slots = candidate_slots(problem)
    n_slots = problem.n_slots
    x: dict[tuple[int, int], int] = {}
    mine = meetings_by_person(problem)
    for i in range(len(problem.meetings)):
        lits = [pool.id(("x", i, t)) for t in slots[i]]
        x.update(((i, t), lit) for t, lit in zip(slots[i], lits, strict=True))
        wcnf.append(lits)  # an empty clause when the meeting has no slot: infeasible
        wcnf.extend(_at_most_one(lits, pool))

    busy: dict[tuple[int, int], int] = {}
    for p, ms in mine.items():
        for t in range(n_slots):
            lits = [x[i, t] for i in ms if (i, t) in x]
            if not lits:
                continue
            flag = pool.id(("busy", p, t))
            busy[p, t] = flag
            wcnf.append([-flag, *lits])
            wcnf.extend([[-lit, flag] for lit in lits])
            wcnf.extend(_at_most_one(lits, pool))
        flags = [busy[p, t] for t in range(n_slots) if (p, t) in busy]
        wcnf.extend(CardEnc.equals(flags, len(ms), vpool=pool, encoding=EncType.totalizer).clauses)

    for t in range(n_slots):
        lits = [x[i, t] for i in range(len(problem.meetings)) if (i, t) in x]
        if len(lits) > problem.tables_per_slot[t]:
            wcnf.extend(
                CardEnc.atmost(
                    lits, problem.tables_per_slot[t], vpool=pool, encoding=EncType.seqcounter
                ).clauses
            )

    resumes = {
        p: _break_ends(wcnf, pool, busy, p, n_slots) for p, ms in mine.items() if len(ms) > 1
    }
    if problem.fairness is not None and capped:
        for ends in resumes.values():
            if len(ends) > problem.fairness:
                wcnf.extend(
                    CardEnc.atmost(
                        ends, problem.fairness, vpool=pool, encoding=EncType.seqcounter
                    ).clauses
                )
    elif problem.fairness is not None:
        _fairness(wcnf, pool, resumes, problem.fairness, n_slots)
    return BreakEncoding(wcnf=wcnf, meeting_slot=x)


def _break_ends(
    wcnf: WCNF, pool: IDPool, busy: dict[tuple[int, int], int], p: int, n_slots: int
) -> list[int]:
    """Soft "no break ends here" literals of person ``p``; returns the break-end literals."""
    seen: list[int] = []
    for t in range(n_slots):
        v = pool.id(("seen", p, t))
        clause = [-v]
        if (p, t) in busy:
            wcnf.append([-busy[p, t], v])
            clause.append(busy[p, t])
        if seen:
            wcnf.append([-seen[-1], v])
            clause.append(seen[-1])
        wcnf.append(clause)
        seen.append(v)
    ends = []
    for t in range(1, n_slots):
        if (p, t) not in busy:
            continue
        end = pool.id(("resume", p, t))
        wcnf.append([-end, busy[p, t]])
        wcnf.append([-end, seen[t - 1]])
        clause = [end, -busy[p, t], -seen[t - 1]]
        if (p, t - 1) in busy:
            wcnf.append([-end, -busy[p, t - 1]])
            clause.append(busy[p, t - 1])
        wcnf.append(clause)
        wcnf.append([-end], weight=1)
        ends.append(end)
    return ends


def _at_least_counts(wcnf: WCNF, pool: IDPool, lits: list[int], most: int) -> list[int]:
    """Literals ``out[k - 1]`` equivalent to "at least ``k`` of ``lits`` hold", k = 1..most.

    A sequential counter with clauses in both directions: fairness needs "count >= k" to be
    forced true and false, which PySAT's totalizers (upward only) do not give.
    """
    previous: list[int | None] = [None] * most  # counts over no literals: all false
    for lit in lits:
        current = []
        for k in range(1, most + 1):
            out = pool.id()
            before_k = previous[k - 1]  # at least k among the earlier literals
            before_less = previous[k - 2] if k >= 2 else True  # at least k - 1
            if before_k is not None:
                wcnf.append([-before_k, out])
            if before_less is True:
                wcnf.append([-lit, out])
            elif before_less is not None:
                wcnf.append([-before_less, -lit, out])
            # out -> before_k or (before_less and lit)
            if before_less is None:
                wcnf.append([-out] + ([before_k] if before_k is not None else []))
            else:
                wcnf.append([-out, lit] + ([before_k] if before_k is not None else []))
                if before_less is not True:
                    wcnf.append([-out, before_less] + ([before_k] if before_k is not None else []))
            current.append(out)
        previous = list(current)
    return [lit for lit in previous if lit is not None]


def _fairness(
    wcnf: WCNF, pool: IDPool, resumes: dict[int, list[int]], d: int, n_slots: int
) -> None:
    """Every person's break count within ``[low, low + d]`` for one unary ``low``."""
    levels = n_slots // 2 + 1
    low = [pool.id(("low", k)) for k in range(1, levels + 1)]  # low[k-1]: low >= k
    for k in range(1, levels):
        wcnf.append([-low[k], low[k - 1]])
    for ends in resumes.values():
        at_least = _at_least_counts(wcnf, pool, ends, min(len(ends), levels + d))
        for k in range(1, levels + 1):
            # low >= k -> this person has at least k breaks
            if k - 1 < len(at_least):
                wcnf.append([-low[k - 1], at_least[k - 1]])
            else:
                wcnf.append([-low[k - 1]])
            # at least k + d breaks -> low >= k
            if k + d - 1 < len(at_least):
                wcnf.append([-at_least[k + d - 1], low[k - 1]])


def _run_rc2(
    problem: SchedulingProblem, capped: bool, deadline: float, oracle: str
) -> tuple[Status, dict[int, int] | None, int]:
    """One RC2 run until ``deadline``: status, schedule, and its cost or proven bound."""
    encoding = encode_breaks(problem, capped)
    remaining = deadline - time.perf_counter()
    if remaining <= 0:
        return Status.UNKNOWN, None, 0
    with RC2(encoding.wcnf, solver=oracle, adapt=True, exhaust=True, minz=True, trim=5) as rc2:
        timer = threading.Timer(remaining, rc2.interrupt)
        timer.start()
        try:
            model = rc2.compute(expect_interrupt=True)
        finally:
            timer.cancel()
        cost = int(rc2.cost)
        if model is None:
            return (Status.UNKNOWN if rc2.interrupted else Status.INFEASIBLE), None, cost
    true_lits = {lit for lit in model if lit > 0}
    slot_of = {i: t for (i, t), lit in encoding.meeting_slot.items() if lit in true_lits}
    return Status.OPTIMAL, slot_of, cost


def solve_maxsat(
    problem: SchedulingProblem,
    time_limit_s: float,
    lower_bound: int = 0,
    oracle: str = DEFAULT_ORACLE,
) -> MaxSatOutcome:
    """Minimise total breaks with RC2 within about ``time_limit_s`` seconds.

    With a fairness bound ``d``, the capped case (nobody above ``d`` breaks) is solved
    first: a fair schedule where somebody has no break is capped, and one where everybody
    has a break costs at least one break per person. So a capped optimum below the number
    of people with two or more meetings is the optimum; otherwise the full fairness
    encoding decides. ``lower_bound`` is a bound proved elsewhere, reported back when RC2's
    own is lower.
    """
    deadline = time.perf_counter() + time_limit_s
    if problem.fairness is not None:
        people = people_with_two_meetings(problem)
        status, slot_of, cost = _run_rc2(problem, True, deadline, oracle)
        if status is Status.OPTIMAL and cost < people:
            return MaxSatOutcome(status, slot_of, cost)
        if status is Status.UNKNOWN:
            # The full problem's optimum is the capped one or at least ``people``.
            return MaxSatOutcome(status, None, max(lower_bound, min(cost, people)))
    status, slot_of, cost = _run_rc2(problem, False, deadline, oracle)
    if status is Status.UNKNOWN:
        return MaxSatOutcome(status, None, max(lower_bound, cost))
    return MaxSatOutcome(status, slot_of, cost if status is Status.OPTIMAL else lower_bound)


def people_with_two_meetings(problem: SchedulingProblem) -> int:
    """How many people have two or more meetings: the ones who can have breaks at all."""
    return sum(1 for ms in meetings_by_person(problem).values() if len(ms) >= 2)


def _serve(conn: Connection, problem: SchedulingProblem, time_limit_s: float, lower: int) -> None:
    try:
        conn.send(solve_maxsat(problem, time_limit_s, lower))
    finally:
        conn.close()


class MaxSatRun:
    """RC2 in its own process, beside whatever the caller does meanwhile.

    A process, not a thread: the SAT calls hold the GIL for seconds at a time, which would
    stall CP-SAT's callbacks here and, in the service, the event loop. ``spawn`` because the
    caller may have threads running (uvicorn, asyncio), which ``fork`` does not copy safely.
    """

    def __init__(self, problem: SchedulingProblem, time_limit_s: float, lower_bound: int) -> None:
        context = multiprocessing.get_context("spawn")
        self._lower = lower_bound
        self._conn, child = context.Pipe(duplex=False)
        self._process = context.Process(
            target=_serve, args=(child, problem, time_limit_s, lower_bound), daemon=True
        )
        self._process.start()
        child.close()
        self._outcome: MaxSatOutcome | None = None

    def done(self) -> bool:
        """Whether the outcome can be read without waiting."""
        return self._outcome is not None or self._conn.poll()

    def outcome(self, timeout_s: float) -> MaxSatOutcome:
        """The outcome, waiting at most ``timeout_s``; ``unknown`` when it is not ready."""
        if self._outcome is None:
            if not self._conn.poll(max(0.0, timeout_s)):
                return MaxSatOutcome(Status.UNKNOWN, None, self._lower)
            try:
                self._outcome = self._conn.recv()
            except EOFError:  # the process died (out of memory, killed)
                self._outcome = MaxSatOutcome(Status.UNKNOWN, None, self._lower)
        return self._outcome

    def stop(self) -> None:
        """End the process (if still running) and release its pipe."""
        if self._process.is_alive():
            self._process.terminate()
        self._process.join(timeout=5)
        self._conn.close()
        if self._outcome is None:  # stopped before it answered: only the given bound holds
            self._outcome = MaxSatOutcome(Status.UNKNOWN, None, self._lower)


__all__ = [
    "MaxSatOutcome",
    "MaxSatRun",
    "encode_breaks",
    "people_with_two_meetings",
    "solve_maxsat",
]
