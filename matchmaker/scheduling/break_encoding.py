"""The B2B objective as weighted MaxSAT: every meeting placed, one soft literal per break.

Variables, per meeting ``i``, person ``p`` and slot ``t``:

- ``x[i, t]``: meeting ``i`` takes slot ``t``; exactly one per meeting, at most one per
  person and slot, at most ``tables_per_slot[t]`` per slot;
- ``busy[p, t]``: one of p's meetings is at ``t``; p is busy in exactly ``n_p`` slots, and a
  slot holds at most twice its tables in busy people (both implied, both measured to matter:
  without the second, the benchmark's 22-slot instances take two to three times longer);
- ``resume[p, t]``: a break of p ends at ``t`` (busy at ``t``, idle at ``t - 1``, busy before);
- ``at_least[p][k - 1]``: p has at least ``k`` breaks, a counter over p's ``resume`` literals
  that holds in both directions.

The soft clauses are ``not at_least[p][k - 1]``, weight one each: the cost is the total number
of breaks, and a core names *people* ("one of these has a break"), not the slots where a
break might end. With one soft per slot instead, the first cores of the benchmark's hard
instances spanned 250 literals and RC2 needed 45 s for a bound of 3; per person they span 2-40
literals and the bound takes about 2 s.

A person without breaks is busy in one window of ``n_p`` slots. That is written out with an
order-encoded window start, so that two busy slots make every slot between them busy and
every slot too far from them idle by unit propagation alone.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass, field

from pysat.card import CardEnc, EncType
from pysat.formula import WCNF, IDPool

from matchmaker.scheduling.model import candidate_slots, interchangeable_groups, meetings_by_person
from matchmaker.scheduling.problem import SchedulingProblem

#: At-most-one over this many literals or fewer is written pairwise; longer ones use a
#: sequential counter (measured: a ladder made forum-14 take over twice as long).
_PAIRWISE_UP_TO = 6

Clause = list[int]


@dataclass(slots=True)
class BreakEncoding:
    """The WCNF and the literals needed to read a schedule back or to restrict it."""

    wcnf: WCNF
    #: (meeting, slot) -> "meeting takes slot".
    meeting_slot: dict[tuple[int, int], int]
    #: person -> "at least k breaks" literals, k = 1, 2, ...; false ones are the soft clauses.
    at_least: dict[int, list[int]] = field(default_factory=dict)
    #: Whether some person has more meetings than slots to hold them (no schedule exists).
    impossible: bool = False

    def schedule(self, model: list[int]) -> dict[int, int]:
        """The slot of each meeting in a model (the list of true and false literals)."""
        true_lits = {lit for lit in model if lit > 0}
        return {i: t for (i, t), lit in self.meeting_slot.items() if lit in true_lits}

    def no_break(self, person: int) -> int | None:
        """The literal "``person`` has no break", or None when they cannot have one."""
        counts = self.at_least.get(person)
        return -counts[0] if counts else None


def _at_most_one(lits: list[int], pool: IDPool) -> list[Clause]:
    kind = EncType.pairwise if len(lits) <= _PAIRWISE_UP_TO else EncType.seqcounter
    clauses: list[Clause] = CardEnc.atmost(lits, 1, vpool=pool, encoding=kind).clauses
    return clauses


def _at_most(lits: list[int], bound: int, pool: IDPool) -> list[Clause]:
    if len(lits) <= bound:
        return []
    clauses: list[Clause] = CardEnc.atmost(
        lits, bound, vpool=pool, encoding=EncType.seqcounter
    ).clauses
    return clauses


def encode_breaks(
    problem: SchedulingProblem, capped: bool = False, per_slot: bool = False
) -> BreakEncoding:
    """The problem (every meeting mandatory) as MaxSAT minimising the total breaks.

    With ``capped``, fairness is written as "nobody has more than d breaks", the case where
    somebody has none: far fewer clauses, and a subset of the fair schedules.

    With ``per_slot`` the soft clauses are "no break of p ends at t", one per person and
    slot, and neither windows, symmetry nor the implied bound on busy people are written.
    Its cores are long, but its last call is quick where few people have one break each:
    measured, it proves the one-break optima of the 13crafc instances in 4-12 s, where the
    per-person form (and this one with the implied constraints added) needs over 40 s.
    """
    pool = IDPool()
    wcnf = WCNF()
    slots = candidate_slots(problem)
    encoding = BreakEncoding(wcnf=wcnf, meeting_slot={})
    x = encoding.meeting_slot
    for i in range(len(problem.meetings)):
        lits = [pool.id(("x", i, t)) for t in slots[i]]
        x.update(((i, t), lit) for t, lit in zip(slots[i], lits, strict=True))
        wcnf.append(lits)  # an empty clause when the meeting has no slot: infeasible
        wcnf.extend(_at_most_one(lits, pool))
    mine = meetings_by_person(problem)
    busy = _busy(problem, mine, x, pool, encoding)
    if encoding.impossible:
        return encoding
    _tables(problem, x, busy, pool, wcnf, implied=not per_slot)
    if not per_slot:
        _symmetry(problem, x, slots, wcnf)
    d = problem.fairness
    for p, ms in mine.items():
        if len(ms) < 2:
            continue
        ends = _break_ends(wcnf, pool, busy, p, problem.n_slots)
        if capped and d is not None:
            most = min(len(ends), d + 1)
        else:
            most = min(len(ends), problem.n_slots // 2 + 1 + (d or 0))
        counts = _at_least_counts(wcnf, pool, ends, most)
        if capped and d is not None and len(counts) > d:
            wcnf.append([-counts[d]])
            counts = counts[:d]
        # Kept even when empty: fairness counts everybody with two or more meetings.
        encoding.at_least[p] = counts
        if per_slot:
            for end in ends:
                wcnf.append([-end], weight=1)
            continue
        if counts:
            _one_window(wcnf, pool, busy, p, len(ms), problem.n_slots, counts[0])
        for lit in counts:
            wcnf.append([-lit], weight=1)
    if d is not None and not capped:
        _fairness(wcnf, pool, encoding.at_least, d, problem.n_slots)
    return encoding


def _busy(
    problem: SchedulingProblem,
    mine: Mapping[int, list[int]],
    x: Mapping[tuple[int, int], int],
    pool: IDPool,
    encoding: BreakEncoding,
) -> dict[tuple[int, int], int]:
    """``busy[p, t]`` literals; each person busy in exactly as many slots as meetings."""
    wcnf = encoding.wcnf
    busy: dict[tuple[int, int], int] = {}
    for p, ms in mine.items():
        for t in range(problem.n_slots):
            lits = [x[i, t] for i in ms if (i, t) in x]
            if not lits:
                continue
            flag = pool.id(("busy", p, t))
            busy[p, t] = flag
            wcnf.append([-flag, *lits])
            wcnf.extend([[-lit, flag] for lit in lits])
            wcnf.extend(_at_most_one(lits, pool))
        flags = [busy[p, t] for t in range(problem.n_slots) if (p, t) in busy]
        if len(flags) < len(ms):
            encoding.impossible = True
            return busy
        wcnf.extend(CardEnc.equals(flags, len(ms), vpool=pool, encoding=EncType.totalizer).clauses)
    return busy


def _tables(
    problem: SchedulingProblem,
    x: Mapping[tuple[int, int], int],
    busy: Mapping[tuple[int, int], int],
    pool: IDPool,
    wcnf: WCNF,
    implied: bool,
) -> None:
    """At most ``tables`` meetings a slot, and (if ``implied``) twice that many busy people."""
    in_slot: dict[int, list[int]] = {t: [] for t in range(problem.n_slots)}
    for (_, t), lit in x.items():
        in_slot[t].append(lit)
    people: dict[int, list[int]] = {t: [] for t in range(problem.n_slots)}
    for (_, t), lit in busy.items():
        people[t].append(lit)
    for t in range(problem.n_slots):
        tables = problem.tables_per_slot[t]
        wcnf.extend(_at_most(in_slot[t], tables, pool))
        if implied:
            wcnf.extend(_at_most(people[t], 2 * tables, pool))


def _symmetry(
    problem: SchedulingProblem,
    x: Mapping[tuple[int, int], int],
    slots: list[list[int]],
    wcnf: WCNF,
) -> None:
    """Interchangeable people meet their common partner in person order."""
    for group in interchangeable_groups(problem, slots):
        meetings = [i for _, i in group]
        for earlier, later in itertools.pairwise(meetings):
            for t in slots[later]:
                wcnf.append([-x[later, t], *(x[earlier, u] for u in slots[earlier] if u < t)])


def _break_ends(
    wcnf: WCNF, pool: IDPool, busy: Mapping[tuple[int, int], int], p: int, n_slots: int
) -> list[int]:
    """Literals "a break of ``p`` ends at this slot", defined in both directions."""
    seen: list[int] = []  # seen[t]: busy at some slot up to t
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
        ends.append(end)
    return ends


def _at_least_counts(wcnf: WCNF, pool: IDPool, lits: list[int], most: int) -> list[int]:
    """Literals ``out[k - 1]`` equivalent to "at least ``k`` of ``lits`` hold", k = 1..most.

    A sequential counter with clauses in both directions: the soft clauses and fairness need
    "count >= k" forced true and false, which PySAT's totalizers (upward only) do not give.
    """
    previous: list[int | None] = [None] * most  # counts over no literals: all false
    for lit in lits:
        current = []
        for k in range(1, most + 1):
            out = pool.id()
            before_k = previous[k - 1]  # at least k among the earlier literals
            before_less = previous[k - 2] if k >= 2 else True  # at least k - 1
            kept = [before_k] if before_k is not None else []
            if before_k is not None:
                wcnf.append([-before_k, out])
            if before_less is True:
                wcnf.append([-lit, out])
            elif before_less is not None:
                wcnf.append([-before_less, -lit, out])
            # out -> before_k or (before_less and lit)
            if before_less is None:
                wcnf.append([-out, *kept])
            else:
                wcnf.append([-out, lit, *kept])
                if before_less is not True:
                    wcnf.append([-out, before_less, *kept])
            current.append(out)
        previous = list(current)
    return [lit for lit in previous if lit is not None]


def _emit(wcnf: WCNF, parts: list[int | bool]) -> None:
    """Add a clause whose parts may be constants: a true one satisfies it, false ones go."""
    if any(part is True for part in parts):
        return
    wcnf.append([part for part in parts if part is not False])


def _negate(part: int | bool) -> int | bool:
    if isinstance(part, bool):
        return not part
    return -part


def _one_window(
    wcnf: WCNF,
    pool: IDPool,
    busy: Mapping[tuple[int, int], int],
    p: int,
    n: int,
    n_slots: int,
    some_break: int,
) -> None:
    """Unless ``some_break``, p is busy exactly in slots ``start .. start + n - 1``.

    ``after[k]`` is "start >= k" (order encoding), so slot ``t`` is inside the window when
    ``start >= t - n + 1`` holds and ``start >= t + 1`` does not.
    """
    last_start = n_slots - n
    after = {k: pool.id(("window", p, k)) for k in range(1, last_start + 1)}
    for k in range(2, last_start + 1):
        wcnf.append([-after[k], after[k - 1]])

    def start_at_least(k: int) -> int | bool:
        if k <= 0:
            return True
        return after[k] if k <= last_start else False

    for t in range(n_slots):
        late = start_at_least(t + 1)
        early = start_at_least(t - n + 1)
        outside: list[int | bool] = [some_break, late, _negate(early)]
        flag = busy.get((p, t))
        if flag is None:
            _emit(wcnf, outside)  # t cannot be busy, so the window must avoid it
            continue
        _emit(wcnf, [some_break, -flag, _negate(late)])
        _emit(wcnf, [some_break, -flag, early])
        _emit(wcnf, [*outside, flag])


def _fairness(
    wcnf: WCNF, pool: IDPool, at_least: Mapping[int, list[int]], d: int, n_slots: int
) -> None:
    """Every person's break count within ``[low, low + d]`` for one unary ``low``."""
    levels = n_slots // 2 + 1
    low = [pool.id(("low", k)) for k in range(1, levels + 1)]  # low[k-1]: low >= k
    for k in range(1, levels):
        wcnf.append([-low[k], low[k - 1]])
    for counts in at_least.values():
        for k in range(1, levels + 1):
            # low >= k -> this person has at least k breaks
            if k - 1 < len(counts):
                wcnf.append([-low[k - 1], counts[k - 1]])
            else:
                wcnf.append([-low[k - 1]])
            # at least k + d breaks -> low >= k
            if k + d - 1 < len(counts):
                wcnf.append([-counts[k + d - 1], low[k - 1]])


__all__ = ["BreakEncoding", "encode_breaks"]
