"""Phase one of the two-phase B2B method: choose each person's busy slots, not meetings.

Deciding meetings' slots directly is an edge-colouring problem whose slot symmetry defeats
clause learning (a person busy in every slot is a pigeonhole). Following the two-phase idea
of Bofill et al. (JAIR 2022), we first choose *which* slots each person is busy in, which is
all that breaks and fairness depend on, under relaxed matching conditions; a second, pure
feasibility model then places the meetings on those slots. The phase-one optimum is a lower
bound, so when phase two succeeds on it the schedule is optimal; when it fails, that busy
pattern is cut off and phase one runs again.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ortools.sat.python import cp_model

from matchmaker.scheduling.model import candidate_slots, meetings_by_person
from matchmaker.scheduling.problem import SchedulingProblem


@dataclass(slots=True)
class PatternModel:
    """The phase-one model and its busy literals ``busy[person, slot]``."""

    model: cp_model.CpModel
    busy: dict[tuple[int, int], cp_model.IntVar]
    total_breaks: cp_model.LinearExpr | int


def build_pattern_model(problem: SchedulingProblem) -> PatternModel:
    """Busy patterns minimising total breaks, every meeting mandatory (B2B objective)."""
    model = cp_model.CpModel()
    slots = candidate_slots(problem)
    n_slots = problem.n_slots
    mine = meetings_by_person(problem)
    busy: dict[tuple[int, int], cp_model.IntVar] = {}
    for p, ms in mine.items():
        for t in sorted({t for i in ms for t in slots[i]}):
            busy[p, t] = model.new_bool_var(f"b{p}_{t}")

    # A meeting needs a slot where both are busy; a busy person needs one of their meetings
    # there. Unlike the full model these "both busy" literals need not be exclusive, which is
    # exactly what removes the pigeonhole hardness.
    both: dict[tuple[int, int], cp_model.IntVar] = {}
    by_person_slot: dict[tuple[int, int], list[cp_model.IntVar]] = defaultdict(list)
    for i, m in enumerate(problem.meetings):
        lits = []
        for t in slots[i]:
            z = model.new_bool_var(f"z{i}_{t}")
            model.add_implication(z, busy[m.a, t])
            model.add_implication(z, busy[m.b, t])
            both[i, t] = z
            lits.append(z)
            by_person_slot[m.a, t].append(z)
            by_person_slot[m.b, t].append(z)
        model.add_bool_or(lits)
    for (p, t), flag in busy.items():
        model.add_bool_or([flag.Not(), *by_person_slot[p, t]])

    for p, ms in mine.items():
        model.add(sum(busy[p, t] for t in range(n_slots) if (p, t) in busy) == len(ms))
        # Hall's condition per option set: meetings confined to a set of slots need as many
        # busy slots inside it (e.g. the morning-only meetings need that many morning slots).
        for option in {frozenset(slots[i]) for i in ms}:
            need = sum(1 for i in ms if set(slots[i]) <= option)
            model.add(sum(busy[p, t] for t in option) >= need)

    for t in range(n_slots):
        flags = [b for (p, u), b in busy.items() if u == t]
        if flags:
            pairs = model.new_int_var(0, problem.tables_per_slot[t], f"meetings{t}")
            model.add(sum(flags) == 2 * pairs)

    breaks = []
    for p, ms in mine.items():
        if len(ms) < 2:
            continue
        starts = []
        for t in range(n_slots):
            if (p, t) not in busy:
                continue
            s = model.new_bool_var(f"s{p}_{t}")
            prev = busy.get((p, t - 1))
            model.add_implication(s, busy[p, t])
            if prev is None:
                model.add(s == busy[p, t])
            else:
                model.add_implication(s, prev.Not())
                model.add_bool_or([s, prev, busy[p, t].Not()])
            starts.append(s)
        model.add(sum(starts) >= 1)
        breaks.append(sum(starts) - 1)

    if problem.fairness is not None and breaks:
        low = model.new_int_var(0, n_slots, "fair_low")
        for expr in breaks:
            model.add(expr >= low)
            model.add(expr <= low + problem.fairness)
    total = sum(breaks) if breaks else 0
    if breaks:
        model.add(total >= 0)
    model.minimize(total)
    return PatternModel(model=model, busy=busy, total_breaks=total)
