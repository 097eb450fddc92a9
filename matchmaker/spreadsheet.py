"""CSV files that organisers open in a spreadsheet: every export goes through here, so none
can carry a formula (a cell starting with ``=``, ``+``, ``-`` or ``@`` is run by Excel and
LibreOffice; a name or a free-text field typed by anyone could start that way)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence


def spreadsheet_cell(value: object) -> object:
    """``value``, with a text that a spreadsheet would run as a formula made plain text."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def csv_document(rows: Iterable[Sequence[object]], header: Sequence[str]) -> str:
    """The rows under their header as CSV text, every cell neutralised."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(tuple(spreadsheet_cell(value) for value in row) for row in rows)
    return out.getvalue()
