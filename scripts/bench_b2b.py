"""Benchmark the auto-scheduler on the B2B instances (Bofill et al., JAIR 2022) and on a
product-size session.

Usage: python scripts/bench_b2b.py [--time-limit S] [--forbidden-time-limit S]
                                  [--only PATTERN] [--skip-product]
Prints figures only; it asserts nothing. The originals' target is their optimum within 30 s;
the forbidden variants' is their optimum or a proof of infeasibility, with no time stated,
so they get a limit of their own (60 s by default; the seconds column says what they took).
"""

from __future__ import annotations

import argparse
import csv
import random
import time
from pathlib import Path

from matchmaker.scheduling import Meeting, Objective, SchedulingProblem, solve
from matchmaker.scheduling.b2b import solve_file, to_problem
from matchmaker.scheduling.dzn import load_dzn
from matchmaker.scheduling.validity import is_valid

# The instances live in the repository (tests/data/b2b/README.md names their source).
BENCH = Path(__file__).resolve().parents[1] / "tests" / "data" / "b2b"


def load_optima() -> dict[str, str]:
    """file -> proven optimum at d = 2 (a number or UNSAT)."""
    with (BENCH / "optima.csv").open(encoding="utf-8") as fh:
        return {
            r["file"]: r["optimal_total_breaks"]
            for r in csv.DictReader(fh)
            if r["fairness_d"] == "2"
        }


def problem_of(path: Path) -> SchedulingProblem:
    """The instance at d = 2, as the solver saw it, for the validity check."""
    return to_problem(load_dzn(path), 2)


def run_instances(time_limits: dict[str, float], only: str | None) -> None:
    """Solve every shared instance with d = 2 and print one row each."""
    optima = load_optima()
    print(f"{'instance':42} {'breaks':>6} {'optimum':>7} {'seconds':>8} {'status':>10} valid match")
    matched: dict[str, list[bool]] = {"original": [], "forbidden": []}
    for folder in ("original", "forbidden"):
        for path in sorted((BENCH / folder).glob("*.dzn")):
            rel = f"{folder}/{path.name}"
            if only and only not in rel:
                continue
            res = solve_file(path, 2, time_limits[folder])
            optimum = optima.get(rel, "?")
            breaks = res["total_breaks"]
            # The schedule is checked here too: a figure for an invalid schedule is no figure.
            schedule = res["schedule"]
            assert isinstance(schedule, list)
            slot_of = {row["meeting"] - 1: row["slot"] - 1 for row in schedule}
            valid = "-" if not slot_of else "yes" if is_valid(problem_of(path), slot_of) else "NO"
            if optimum == "UNSAT":
                match = res["status"] == "infeasible"
            else:
                match = res["status"] == "optimal" and str(breaks) == optimum and valid == "yes"
            print(
                f"{rel:42} {breaks!s:>6} {optimum:>7} {res['seconds']:8.2f} "
                f"{res['status']:>10} {valid:>5} {'yes' if match else 'no'}",
                flush=True,
            )
            matched[folder].append(match)
    for folder, matches in matched.items():
        if matches:
            settled = sum(matches)
            print(f"{folder}: {settled} of {len(matches)} match the proven answer")


def product_problem(seed: int = 7) -> SchedulingProblem:
    """800 people, 3,000 wanted meetings with skewed popularity, 12 slots x 60 tables."""
    rng = random.Random(seed)
    people, n_slots = 800, 12
    # Zipf-like popularity: a few people are wanted by many.
    weights = [1.0 / (rank + 1) ** 0.8 for rank in range(people)]
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < 3000:
        a = rng.randrange(people)
        b = rng.choices(range(people), weights=weights)[0]
        if a != b:
            pairs.add((min(a, b), max(a, b)))
    meetings = [Meeting(a=a, b=b, value=rng.randint(1, 100)) for a, b in sorted(pairs)]
    unavailable = {
        p: frozenset(t for t in range(n_slots) if rng.random() < 0.2) for p in range(people)
    }
    return SchedulingProblem(
        n_slots=n_slots,
        tables_per_slot=[60] * n_slots,
        n_people=people,
        meetings=meetings,
        unavailable=unavailable,
        max_meetings=dict.fromkeys(range(people), 8),
        objective=Objective.VALUE_THEN_BREAKS,
    )


def run_product(time_limit: float) -> None:
    """Solve the product-size case and print objective, bound and gap."""
    problem = product_problem()
    started = time.perf_counter()
    res = solve(problem, time_limit)
    seconds = time.perf_counter() - started
    obj, bound = res.objective, res.best_bound
    gap = (
        abs(bound - obj) / max(1.0, abs(obj)) * 100
        if obj is not None and bound is not None
        else None
    )
    print(
        f"product: status={res.status.value} placed={len(res.assignments)} value={res.total_value} "
        f"breaks={res.total_breaks} objective={obj} bound={bound} "
        f"gap={'n/a' if gap is None else f'{gap:.3f}%'} seconds={seconds:.2f}"
    )


def main() -> None:
    """Parse arguments and run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--time-limit", type=float, default=30.0)
    parser.add_argument("--forbidden-time-limit", type=float, default=60.0)
    parser.add_argument("--only", default=None, help="substring of instance paths to run")
    parser.add_argument("--skip-product", action="store_true")
    args = parser.parse_args()
    limits = {"original": args.time_limit, "forbidden": args.forbidden_time_limit}
    run_instances(limits, args.only)
    if not args.skip_product and (args.only is None or args.only == "product"):
        run_product(args.time_limit)


if __name__ == "__main__":
    main()
