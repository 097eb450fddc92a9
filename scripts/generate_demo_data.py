"""Write the demo conference's attendees as CSV, in the format the attendee import reads.

python scripts/generate_demo_data.py --count 800 --seed 2024 --out attendees.csv
"""

from __future__ import annotations

import argparse
import csv
import sys
from typing import TextIO

from matchmaker.demo.generator import ATTENDEE_FIELDS, generate_attendees


def _cell(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    return str(value)


def write_csv(rows: list[dict[str, object]], out: TextIO) -> None:
    """One header row of the field names, then one row per attendee."""
    writer = csv.writer(out)
    writer.writerow(ATTENDEE_FIELDS)
    for row in rows:
        writer.writerow([_cell(row[field]) for field in ATTENDEE_FIELDS])


def main(argv: list[str] | None = None) -> int:
    """Parse the options and write the CSV to a file or to stdout."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--count", type=int, default=800, help="number of attendees")
    parser.add_argument("--seed", type=int, default=2024, help="random seed")
    parser.add_argument("--out", help="CSV file to write (default: stdout)")
    args = parser.parse_args(argv)
    if args.count < 0:
        parser.error("--count must not be negative")
    rows = generate_attendees(count=args.count, seed=args.seed)
    if args.out:
        with open(args.out, "w", newline="", encoding="utf-8") as handle:
            write_csv(rows, handle)
    else:
        write_csv(rows, sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
