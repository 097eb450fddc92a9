"""The CP-SAT formulation shared by the product's auto-scheduler and the B2B benchmark.

Only slots are decided here; tables are handed out per slot afterwards, since any free table
will do and leaving them out removes a huge, pointless symmetry.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass

from ortools.sat.python import cp_model

from matchmaker.scheduling.problem import Objective, SchedulingProblem

#: A linear expression over model variables, or a plain constant when it has no terms.
Expr = cp_model.LinearExpr | int


@dataclass(slots=True)
class SlotModel:
    """A built CP-SAT model and the handles the solver needs to read it back."""

    model: cp_model.CpModel
    #: (meeting, slot) -> "meeting takes slot".
    x: dict[tuple[int, int], cp_model.IntVar]
    #: (person, slot) -> "person is in a meeting in this slot".
    busy: dict[tuple[int, int], cp_model.IntVar]
    #: person -> breaks expression (only for people who can get two or more meetings).
    breaks: dict[int, Expr]
    total_breaks: Expr
    total_value: Expr
    #: Weight of one unit of value in the objective (lexicographic: beats every break).
    value_weight: int


def candidate_slots(problem: SchedulingProblem) -> list[list[int]]:
    """The slots each meeting could take, honouring sessions, availability and bookings."""
    out: list[list[int]] = []
    for m in problem.meetings:
        if m.fixed_slot is not None:
            # An existing booking stays where it is, even if availability changed since.
            out.append([m.fixed_slot])
            continue
        banned = problem.unavailable.get(m.a, frozenset()) | problem.unavailable.get(
            m.b, frozenset()
        )
        allowed = range(problem.n_slots) if m.allowed_slots is None else sorted(m.allowed_slots)
        out.append([t for t in allowed if 0 <= t < problem.n_slots and t not in banned])
    return out


def meetings_by_person(problem: SchedulingProblem) -> dict[int, list[int]]:
    """Each person's meeting indexes, people in order of their first meeting."""
    out: dict[int, list[int]] = defaultdict(list)
    for i, m in enumerate(problem.meetings):
        out[m.a].append(i)
        out[m.b].append(i)
    return out


def people_with_two_meetings(problem: SchedulingProblem) -> int:
    """How many people have two or more meetings: the ones who can have breaks at all."""
    return sum(1 for ms in meetings_by_person(problem).values() if len(ms) >= 2)


def mandatory(problem: SchedulingProblem, index: int, soft_required: bool = False) -> bool:
    """Whether meeting ``index`` must be placed (hard constraint) in this problem.

    With ``soft_required`` the product's required meetings become very valuable instead of
    hard, for when not all of them fit.
    """
    m = problem.meetings[index]
    if problem.objective is Objective.BREAKS or m.fixed_slot is not None:
        return True
    return m.required and not soft_required


def interchangeable_groups(
    problem: SchedulingProblem, slots: list[list[int]]
) -> list[list[tuple[int, int]]]:
    """Groups of people that can swap places in any schedule, as ``(person, meeting)`` lists.

    Two people are interchangeable when they meet exactly the same partners under the same
    slot options and neither meets the other (typically several one-meeting visitors of the
    same exhibitor). For each group, a common partner's meetings are returned in person order,
    so the solver may order their slots without losing any optimum.
    """
    by_person: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for i, m in enumerate(problem.meetings):
        by_person[m.a].append((m.b, i))
        by_person[m.b].append((m.a, i))
    Key = tuple[tuple[int, tuple[int, ...], int, bool], ...]
    signature: dict[Key, list[int]] = defaultdict(list)
    for p, lst in by_person.items():
        if p in problem.max_meetings:
            continue
        meetings = problem.meetings
        if any(meetings[i].fixed_slot is not None for _, i in lst):
            continue
        key = tuple(
            sorted((q, tuple(slots[i]), meetings[i].value, meetings[i].required) for q, i in lst)
        )
        signature[key].append(p)
    groups: list[list[tuple[int, int]]] = []
    for key, people in signature.items():
        partners = {entry[0] for entry in key}
        if len(people) < 2 or partners & set(people):
            continue
        pivot = min(partners)
        group = []
        for p in sorted(people):
            meeting = next(i for q, i in by_person[p] if q == pivot)
            group.append((p, meeting))
        groups.append(group)
    return groups


def build_model(
    problem: SchedulingProblem,
    soft_required: bool = False,
    symmetry_breaking: bool = True,
    with_breaks: bool = True,
) -> SlotModel:
    """Build the slot-assignment model with break counting, fairness and the objective.

    Turn ``symmetry_breaking`` off when extra assumptions (a chosen busy pattern) will be
    imposed: they are not symmetric, so ordering interchangeable people could cut every
    solution. Without ``with_breaks`` only value counts (the product's first stage).
    """
    model = cp_model.CpModel()

    def mandatory_here(i: int) -> bool:
        return mandatory(problem, i, soft_required)

    slots = candidate_slots(problem)
    n_slots = problem.n_slots
    x: dict[tuple[int, int], cp_model.IntVar] = {}
    placed: list[Expr] = []
    per_person_slot: dict[tuple[int, int], list[cp_model.IntVar]] = defaultdict(list)
    person_meetings: dict[int, list[int]] = defaultdict(list)
    for i, m in enumerate(problem.meetings):
        lits = []
        for t in slots[i]:
            v = model.new_bool_var(f"x{i}_{t}")
            x[i, t] = v
            lits.append(v)
            per_person_slot[m.a, t].append(v)
            per_person_slot[m.b, t].append(v)
        if mandatory_here(i):
            model.add_exactly_one(lits)  # empty list: provably infeasible, as it should be
        else:
            model.add_at_most_one(lits)
        placed.append(sum(lits) if lits else 0)
        person_meetings[m.a].append(i)
        person_meetings[m.b].append(i)

    for t in range(n_slots):
        in_slot = [x[i, t] for i in range(len(problem.meetings)) if (i, t) in x]
        if len(in_slot) > problem.tables_per_slot[t]:
            model.add(sum(in_slot) <= problem.tables_per_slot[t])

    for p, cap in problem.max_meetings.items():
        model.add(sum(placed[i] for i in person_meetings.get(p, [])) <= cap)

    breaks: dict[int, Expr] = {}
    busy_flag: dict[tuple[int, int], cp_model.IntVar] = {}
    max_breaks_total = 0
    for p, ms in person_meetings.items():
        cap = min(len(ms), problem.max_meetings.get(p, len(ms)))
        busy: list[cp_model.LinearExpr | int] = []
        for t in range(n_slots):
            lits = per_person_slot.get((p, t), [])
            if not lits:
                busy.append(0)
                continue
            # An explicit "busy" literal gives clause learning one variable to reason about
            # instead of a sum over the person's meetings.
            flag = model.new_bool_var(f"b{p}_{t}")
            model.add(sum(lits) == flag)
            busy.append(flag)
            busy_flag[p, t] = flag
        if cap < 2 or not with_breaks:
            continue
        all_placed = all(mandatory_here(i) for i in ms)
        if all_placed:
            # Each busy slot holds exactly one of the person's meetings (an implied equality
            # that the LP relaxation cannot see from the per-meeting rows alone).
            model.add(sum(busy) == len(ms))
        # starts[t] <=> busy at t and idle at t-1; breaks = runs of meetings - 1.
        starts = []
        for t in range(n_slots):
            if isinstance(busy[t], int) and busy[t] == 0:
                continue
            s = model.new_bool_var(f"s{p}_{t}")
            model.add(s <= busy[t])
            if t > 0:
                model.add(s <= 1 - busy[t - 1])
                model.add(s >= busy[t] - busy[t - 1])
            else:
                model.add(s >= busy[t])
            starts.append(s)
        max_runs = min(cap, (n_slots + 1) // 2)
        if all_placed:
            model.add(sum(starts) >= 1)
            model.add(sum(starts) <= max_runs)
            breaks[p] = sum(starts) - 1
        else:
            active = model.new_bool_var(f"active{p}")
            for t in range(n_slots):
                if not (isinstance(busy[t], int) and busy[t] == 0):
                    model.add(active >= busy[t])
            model.add(sum(starts) >= active)
            model.add(sum(starts) <= max_runs * active)
            breaks[p] = sum(starts) - active
        max_breaks_total += max_runs - 1

    # Implied per-slot counts on the busy literals: every meeting in a slot occupies exactly
    # two people, so the busy people of a slot number twice the meetings there and at most
    # twice the tables. Phrased on busy literals, the LP sees capacity where breaks live.
    for t in range(n_slots):
        flags = [b for (p, u), b in busy_flag.items() if u == t]
        in_slot = [x[i, t] for i in range(len(problem.meetings)) if (i, t) in x]
        if flags:
            model.add(sum(flags) == 2 * sum(in_slot))
            model.add(sum(flags) <= 2 * problem.tables_per_slot[t])
    # Someone busy in a slot needs one of their partners busy in it too.
    for p, ms in person_meetings.items():
        partners = {problem.meetings[i].a + problem.meetings[i].b - p for i in ms}
        for t in range(n_slots):
            if (p, t) in busy_flag:
                others = [busy_flag[q, t] for q in partners if (q, t) in busy_flag]
                model.add_bool_or([busy_flag[p, t].Not(), *others])

    if problem.fairness is not None and breaks:
        # The paper's fairness: everyone with 2+ meetings has breaks within [low, low + d].
        low = model.new_int_var(0, n_slots, "fair_low")
        for expr in breaks.values():
            model.add(expr >= low)
            model.add(expr <= low + problem.fairness)

    # Each person's meetings take distinct slots. The per-slot at-most-ones already say so,
    # but clause learning is hopeless at the pigeonhole reasoning this needs when a person
    # is busy in nearly every slot; the all-different propagator does it directly.
    slot_var: dict[int, cp_model.IntVar] = {}
    for i, cands in enumerate(slots):
        if mandatory_here(i) and cands:
            v = model.new_int_var_from_domain(cp_model.Domain.from_values(cands), f"slot{i}")
            model.add(v == sum(t * x[i, t] for t in cands))
            slot_var[i] = v
    for ms in person_meetings.values():
        vs = [slot_var[i] for i in ms if i in slot_var]
        if len(vs) > 1:
            model.add_all_different(vs)

    # Interchangeable people: fix their order on a common partner's timeline.
    for group in interchangeable_groups(problem, slots) if symmetry_breaking else []:
        starts_of = [sum(t * x[i, t] for t in slots[i]) for _, i in group if mandatory_here(i)]
        if len(starts_of) == len(group):
            for a, b in itertools.pairwise(starts_of):
                model.add(a < b)

    total_breaks = sum(breaks.values()) if breaks else 0
    values = [m.value for m in problem.meetings]
    if soft_required:
        # One required meeting outweighs every optional one together.
        bonus = sum(v for m, v in zip(problem.meetings, values, strict=True) if not m.required)
        values = [
            v + (bonus + 1 if m.required else 0)
            for m, v in zip(problem.meetings, values, strict=True)
        ]
    total_value = sum(values[i] * placed[i] for i in range(len(placed)))
    value_weight = max_breaks_total + 1
    if breaks:
        # Obvious to us, not to the relaxation: without it a zero-break schedule is found
        # but never proved optimal.
        model.add(total_breaks >= 0)
    if problem.objective is Objective.BREAKS:
        model.minimize(total_breaks)
    else:
        model.maximize(value_weight * total_value - total_breaks)
    return SlotModel(
        model=model,
        x=x,
        busy=busy_flag,
        breaks=breaks,
        total_breaks=total_breaks,
        total_value=total_value,
        value_weight=value_weight,
    )
