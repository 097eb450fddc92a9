"""Reading an uploaded export into a header and rows, whatever its encoding and delimiter.

Registration systems and the spreadsheets organisers pass them through produce UTF-8 with or
without a byte-order mark, Windows-1252 (Excel on Windows "CSV"), commas, semicolons (Excel
in French or German locales) or tabs, and quoted cells with line breaks in them."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from matchmaker.errors import Conflict

DELIMITERS = (",", ";", "\t")
# Lines looked at to choose the delimiter: enough to see past a title-less header.
SNIFF_LINES = 20


@dataclass(frozen=True)
class SourceRow:
    line: int
    """The line of the file the row starts on (the header is line 1)."""
    cells: tuple[str, ...]


@dataclass(frozen=True)
class SourceTable:
    encoding: str
    delimiter: str
    header: tuple[str, ...]
    rows: tuple[SourceRow, ...]


def decode(content: bytes) -> tuple[str, str]:
    """The text and the name of the encoding it was read with: UTF-8 (a byte-order mark is
    dropped) when the bytes are valid UTF-8, else Windows-1252, whose few undefined bytes
    fall back to Latin-1 so no file is refused for its encoding alone."""
    try:
        if content.startswith(b"\xef\xbb\xbf"):
            return content[3:].decode("utf-8"), "utf-8-sig"
        return content.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return content.decode("cp1252"), "windows-1252"
    except UnicodeDecodeError:
        return content.decode("latin-1"), "latin-1"


def _counts_outside_quotes(line: str) -> dict[str, int]:
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    return counts


def sniff_delimiter(text: str) -> str:
    """The delimiter of the header line: the candidate seen most often outside quotes there,
    ties broken by how steadily it repeats on the following lines. Header lines rarely hold
    quoted text, so counting on them is more reliable than csv.Sniffer's guesses."""
    lines = [line for line in text.splitlines()[:SNIFF_LINES] if line.strip()]
    if not lines:
        return ","
    header = _counts_outside_quotes(lines[0])
    steady = {
        delimiter: sum(
            1 for line in lines[1:] if _counts_outside_quotes(line)[delimiter] == header[delimiter]
        )
        for delimiter in DELIMITERS
    }
    best = max(DELIMITERS, key=lambda d: (header[d], steady[d]))
    return best if header[best] > 0 else ","


def read_table(content: bytes) -> SourceTable:
    """The file as a header and rows; Conflict (field "file") when it has no header or
    cannot be read as delimited text."""
    text, encoding = decode(content)
    if "\x00" in text:
        raise Conflict("the file is not a text export (it holds NUL bytes)", field="file")
    delimiter = sniff_delimiter(text)
    # newline="": the csv module keeps line breaks inside quoted cells and counts lines.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    rows: list[SourceRow] = []
    header: tuple[str, ...] = ()
    try:
        start = 1
        for cells in reader:
            if not header:
                header = tuple(cell.strip() for cell in cells)
                if not any(header):
                    header = ()
            elif any(cell.strip() for cell in cells):
                rows.append(SourceRow(line=start, cells=tuple(cells)))
            start = reader.line_num + 1
    except csv.Error as error:
        raise Conflict(f"the file cannot be read as CSV: {error}", field="file") from error
    if not header:
        raise Conflict("the file is empty: a header row of column names is needed", field="file")
    return SourceTable(encoding=encoding, delimiter=delimiter, header=header, rows=tuple(rows))
