"""The block (interval) formulation of the B2B objective: each person's busy slots as blocks.

A person with ``b`` breaks is busy in ``b + 1`` contiguous blocks of slots. When most people
have no break at all, a person is best described by one start slot ``S``: their meetings take
exactly the slots ``S .. S + n - 1`` (``n`` = their number of meetings), which together with an
all-different over those meetings' slots makes "busy" exactly determined. CP-SAT propagates
these interval bounds and the all-different (a permutation of a window) far better than the
busy/start literals of the general model, which proves zero-break optima in a second where the
general model needs minutes.

People in ``flexible`` may instead use up to ``max_blocks`` blocks (one break between two
consecutive ones); everybody else gets exactly one block. A schedule of this model is always
valid; it is optimal for the full problem only when it meets a lower bound proved elsewhere
(or has no breaks at all).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass

from ortools.sat.python import cp_model

from matchmaker.scheduling.model import candidate_slots, meetings_by_person
from matchmaker.scheduling.problem import SchedulingProblem


@dataclass(slots=True)
class BlockModel:
    """The block model and the per-meeting slot variables to read a schedule from."""

    model: cp_model.CpModel
    slot: dict[int, cp_model.IntVar]
    total_breaks: cp_model.LinearExpr | int


def build_block_model(
    problem: SchedulingProblem, flexible: Collection[int] = (), max_blocks: int = 3
) -> BlockModel:
    """Every meeting placed, people outside ``flexible`` busy in one block; minimise breaks."""
    model = cp_model.CpModel()
    slots = candidate_slots(problem)
    n_slots = problem.n_slots
    mine = meetings_by_person(problem)
    slot: dict[int, cp_model.IntVar] = {}
    in_slot: dict[int, list[cp_model.IntVar]] = defaultdict(list)
    person_slot: dict[tuple[int, int], list[cp_model.IntVar]] = defaultdict(list)
    for i, cands in enumerate(slots):
        v = model.new_int_var_from_domain(cp_model.Domain.from_values(cands), f"slot{i}")
        slot[i] = v
        lits = []
        for t in cands:
            lit = model.new_bool_var(f"x{i}_{t}")
            lits.append(lit)
            in_slot[t].append(lit)
            person_slot[problem.meetings[i].a, t].append(lit)
            person_slot[problem.meetings[i].b, t].append(lit)
        model.add_exactly_one(lits)  # empty: infeasible, as it should be
        if cands:
            model.add(v == sum(t * lit for t, lit in zip(cands, lits, strict=True)))
    for t, lits in in_slot.items():
        if len(lits) > problem.tables_per_slot[t]:
            model.add(sum(lits) <= problem.tables_per_slot[t])

    breaks: dict[int, cp_model.LinearExpr | int] = {}
    inside_of: dict[tuple[int, int], cp_model.IntVar] = {}
    for p, ms in mine.items():
        n = len(ms)
        if n > 1:
            model.add_all_different([slot[i] for i in ms])
        if n < 2:
            continue
        blocks = min(max_blocks, n) if p in flexible else 1
        if blocks == 1:
            start = model.new_int_var(0, max(0, n_slots - n), f"start{p}")
            for i in ms:
                model.add(slot[i] >= start)
                model.add(slot[i] <= start + n - 1)
            # Channel the window into per-slot literals: busy at t exactly when
            # start <= t <= start + n - 1 (measured: without this the search stalls).
            for t in range(n_slots):
                after = model.new_bool_var(f"after{p}_{t}")  # start <= t
                model.add(start <= t).only_enforce_if(after)
                model.add(start > t).only_enforce_if(after.Not())
                before = model.new_bool_var(f"before{p}_{t}")  # start >= t - n + 1
                model.add(start >= t - n + 1).only_enforce_if(before)
                model.add(start < t - n + 1).only_enforce_if(before.Not())
                inside = model.new_bool_var(f"inside{p}_{t}")
                model.add_bool_and([after, before]).only_enforce_if(inside)
                model.add_bool_or([after.Not(), before.Not(), inside])
                model.add(sum(person_slot.get((p, t), [])) == inside)
                inside_of[p, t] = inside
            breaks[p] = 0
            continue
        starts = [model.new_int_var(0, n_slots, f"start{p}_{k}") for k in range(blocks)]
        lengths = [model.new_int_var(1 if k == 0 else 0, n, f"len{p}_{k}") for k in range(blocks)]
        used = [model.new_bool_var(f"used{p}_{k}") for k in range(blocks)]
        model.add(used[0] == 1)
        model.add(sum(lengths) == n)
        for k in range(blocks):
            model.add(starts[k] + lengths[k] <= n_slots)
        for k in range(1, blocks):
            model.add(lengths[k] >= 1).only_enforce_if(used[k])
            model.add(lengths[k] == 0).only_enforce_if(used[k].Not())
            model.add(starts[k] >= starts[k - 1] + lengths[k - 1] + 1).only_enforce_if(used[k])
            # An unused block sits right after the previous one: no free symmetric values.
            model.add(starts[k] == starts[k - 1] + lengths[k - 1]).only_enforce_if(used[k].Not())
            model.add_implication(used[k], used[k - 1])
        for i in ms:
            choice = [model.new_bool_var(f"in{i}_{p}_{k}") for k in range(blocks)]
            model.add_exactly_one(choice)
            for k in range(blocks):
                model.add(slot[i] >= starts[k]).only_enforce_if(choice[k])
                model.add(slot[i] <= starts[k] + lengths[k] - 1).only_enforce_if(choice[k])
                model.add_implication(choice[k], used[k])
        breaks[p] = sum(used[1:])

    if not flexible:
        # Implied: a slot's busy people are paired off by its meetings, so they number twice
        # its meetings; on the window literals this parity is invisible to the solver
        # (measured: ticf-14crafa's zero-break schedule in 7 s instead of 17).
        singles = [p for p, ms in mine.items() if len(ms) == 1]
        for t in range(n_slots):
            flags = [v for (_, u), v in inside_of.items() if u == t]
            flags += [lit for p in singles for lit in person_slot.get((p, t), [])]
            model.add(sum(flags) == 2 * sum(in_slot[t]))

    if problem.fairness is not None and any(not isinstance(b, int) for b in breaks.values()):
        low = model.new_int_var(0, max_blocks, "fair_low")
        for expr in breaks.values():
            model.add(expr >= low)
            model.add(expr <= low + problem.fairness)
    total = sum(breaks.values()) if breaks else 0
    if not isinstance(total, int):
        model.add(total >= 0)
        model.minimize(total)
    return BlockModel(model=model, slot=slot, total_breaks=total)


def solve_blocks(
    problem: SchedulingProblem,
    time_limit_s: float,
    workers: int,
    flexible: Collection[int] = (),
    hint: dict[int, int] | None = None,
    max_blocks: int = 3,
) -> tuple[int, dict[int, int] | None]:
    """Run the block model; returns the CP-SAT status code and the schedule if one was found."""
    built = build_block_model(problem, flexible, max_blocks)
    if hint:
        for i, v in built.slot.items():
            if i in hint:
                built.model.add_hint(v, hint[i])
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(0.05, time_limit_s)
    solver.parameters.num_workers = workers
    if workers == 2:
        # Measured: the LP only slows this model down; two no-LP searches (one restarting
        # often) found ticf-14crafa's zero-break schedule where the default pair did not.
        solver.parameters.subsolvers.extend(["no_lp", "quick_restart_no_lp"])
    code = int(solver.solve(built.model))
    if code not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return code, None
    return code, {i: int(solver.value(v)) for i, v in built.slot.items()}
