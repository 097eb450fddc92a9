"""Applying a column mapping: the export's rows become rows of the attendee CSV the import
already reads, so the same rules check both (never a second copy of them)."""

from __future__ import annotations

import csv
import io
from collections.abc import Collection, Sequence
from collections.abc import Mapping as MappingOf
from dataclasses import dataclass

from matchmaker.registration_import import values
from matchmaker.registration_import.presets import JOINED, TARGETS, Mapping
from matchmaker.registration_import.reading import SourceRow

LIST_TARGETS = frozenset({"languages", "topics"})


@dataclass(frozen=True)
class Canonical:
    """The attendee CSV made from the export and, per data row, where it came from."""

    text: str
    header: tuple[str, ...]
    lines: tuple[int, ...]
    """The export's line for each data row (row 2 of ``text`` is ``lines[0]``)."""
    cells: tuple[dict[str, str], ...]
    """Each row's values by field, as written into ``text``."""

    def line_of(self, row: int) -> int:
        return self.lines[row - 2]


def _joined(target: str, parts: list[str]) -> str:
    if target == "name":
        return " ".join(parts)
    return "\n\n".join(parts)


def _value(
    target: str,
    raw: list[str],
    topic_labels: MappingOf[str, str],
    type_labels: MappingOf[str, Collection[str]],
) -> str:
    parts = [part.strip() for part in raw if part.strip()]
    if not parts:
        return ""
    if target in LIST_TARGETS:
        items: list[str] = []
        for part in parts:
            found = (
                values.language_codes(part)
                if target == "languages"
                else values.topic_slugs(part, topic_labels)
            )
            items.extend(item for item in found if item not in items)
        return ";".join(items)
    if target in JOINED:
        return _joined(target, parts)
    first = parts[0]  # a field only one column feeds (the form refuses two)
    if target == "country":
        return values.country_code(first)
    if target == "organisation_type":
        return values.organisation_type(first, type_labels)
    return first


def canonical_rows(
    rows: Sequence[SourceRow],
    mapping: Mapping,
    *,
    topic_labels: MappingOf[str, str],
    type_labels: MappingOf[str, Collection[str]],
) -> Canonical:
    """The rows as the attendee CSV (header of field names, lists with ';')."""
    header = tuple(t for t in TARGETS if t in mapping or t in ("name", "email"))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    all_cells: list[dict[str, str]] = []
    for row in rows:
        cells = {
            target: _value(
                target,
                [cell for cell, t in zip(row.cells, mapping, strict=False) if t == target],
                topic_labels,
                type_labels,
            )
            for target in header
        }
        all_cells.append(cells)
        writer.writerow([cells[target] for target in header])
    return Canonical(
        text=out.getvalue(),
        header=header,
        lines=tuple(row.line for row in rows),
        cells=tuple(all_cells),
    )
