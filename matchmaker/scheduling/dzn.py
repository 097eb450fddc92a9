"""Reader for the B2B benchmark's MiniZinc data files (``tests/data/b2b``).

Only the subset of the ``.dzn`` syntax those files use is understood: integer scalars, 1-D
arrays of integers or of integer sets, and 2-D arrays written ``[| a, b, c | ... |]``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_INT = re.compile(r"-?\d+")
_SET = re.compile(r"\{([^}]*)\}")


@dataclass(frozen=True, slots=True, kw_only=True)
class B2BInstance:
    """A B2B instance with the file's 1-based numbering kept as it is."""

    n_business: int
    n_tables: int
    n_total_slots: int
    n_morning_slots: int
    #: One ``(a, b, session)`` per meeting; session 1 = morning, 2 = afternoon, 3 = either.
    requested: list[tuple[int, int, int]]
    #: Per participant, the slots they cannot meet in (the dummy 0 entry removed).
    forbidden: list[frozenset[int]]
    #: Per meeting, its booked slot or 0 when free.
    fixed: list[int]


def _statements(text: str) -> dict[str, str]:
    # '%' starts a comment to the end of the line in MiniZinc.
    text = "\n".join(line.split("%", 1)[0] for line in text.splitlines())
    out: dict[str, str] = {}
    for stmt in text.split(";"):
        if "=" in stmt:
            name, value = stmt.split("=", 1)
            out[name.strip()] = value.strip()
    return out


def _ints(text: str) -> list[int]:
    return [int(x) for x in _INT.findall(text)]


def _rows(text: str) -> list[list[int]]:
    body = text.strip().removeprefix("[").removesuffix("]")
    return [_ints(row) for row in body.split("|") if _INT.search(row)]


def _sets(text: str) -> list[frozenset[int]]:
    return [frozenset(x for x in _ints(body) if x != 0) for body in _SET.findall(text)]


def parse_dzn(text: str) -> B2BInstance:
    """Parse the text of one benchmark ``.dzn`` file."""
    st = _statements(text)
    n_business = int(st["nBusiness"])
    n_total = int(st["nTotalSlots"])
    requested = [(r[0], r[1], r[2]) for r in _rows(st["requested"])]
    if "nMeetings" in st and int(st["nMeetings"]) != len(requested):
        raise ValueError("nMeetings disagrees with the rows of requested")
    forbidden = _sets(st["forbidden"]) if "forbidden" in st else []
    forbidden += [frozenset()] * (n_business - len(forbidden))
    fixed = _ints(st["fixed"]) if "fixed" in st else []
    fixed += [0] * (len(requested) - len(fixed))
    return B2BInstance(
        n_business=n_business,
        n_tables=int(st["nTables"]),
        n_total_slots=n_total,
        n_morning_slots=int(st.get("nMorningSlots", str(n_total))),
        requested=requested,
        forbidden=forbidden,
        fixed=fixed,
    )


def load_dzn(path: Path) -> B2BInstance:
    """Read and parse a benchmark ``.dzn`` file."""
    return parse_dzn(path.read_text(encoding="utf-8"))
