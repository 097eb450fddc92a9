"""The SAT solvers (PySAT "oracles") the B2B searches use, and how each is set up.

CaDiCaL 1.9.5 is the strongest solver PySAT ships, but only in its "sat" configuration (the
``--sat`` option: stable mode only, less effort on elimination and subsumption). Measured
under RC2 with per-person soft clauses: ticf-13crafb 10 s and forum-13crafb 11 s, against
20-50 s with Glucose 3 or with CaDiCaL's defaults. PySAT cannot interrupt CaDiCaL, so a
search using it keeps its time limit by running in a process that is ended on time.
"""

from __future__ import annotations

from pysat.solvers import Solver

CADICAL = "cd19"

#: CaDiCaL's options for its ``--sat`` configuration.
CADICAL_SAT_CONFIGURATION = {"stabilizeonly": 1, "elimreleff": 10, "subsumereleff": 60}


def configure(solver: Solver, name: str) -> None:
    """Give ``solver`` (created as ``name``) the options the searches were measured with."""
    if name == CADICAL:
        solver.configure(CADICAL_SAT_CONFIGURATION)


def interruptible(name: str) -> bool:
    """Whether PySAT can interrupt a call of this solver from another thread."""
    return name != CADICAL


__all__ = ["CADICAL", "CADICAL_SAT_CONFIGURATION", "configure", "interruptible"]
