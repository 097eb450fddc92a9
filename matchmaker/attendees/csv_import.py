"""Reading the registration system's CSV into validated attendee records, row by row, with
a report of every bad row instead of a half-import."""

from __future__ import annotations

import csv
import io
from collections.abc import Collection, Sequence
from dataclasses import dataclass

import msgspec

from matchmaker.attendees.schemas import AttendeeCreate, RowError
from matchmaker.attendees.validation import check_profile_values
from matchmaker.errors import Conflict, InvalidInput, NotFound

LIST_FIELDS = frozenset({"languages", "topics", "hidden_fields"})
KNOWN_FIELDS = frozenset(AttendeeCreate.__struct_fields__)
TRUE_WORDS = frozenset({"true", "yes", "y", "1", "oui", "ja"})
FALSE_WORDS = frozenset({"false", "no", "n", "0", "non", "nee", "nein", ""})


@dataclass(frozen=True)
class ParsedRow:
    row: int
    attendee: AttendeeCreate


@dataclass(frozen=True)
class ParsedFile:
    rows: list[ParsedRow]
    errors: list[RowError]


def _split_list(value: str) -> list[str]:
    # Registration systems export lists with ';' (Excel-safe) or '|'; accept both.
    separators = value.replace("|", ";")
    return [part.strip() for part in separators.split(";") if part.strip()]


def _normalise_cell(field: str, raw: str) -> object:
    value = raw.strip()
    if field in LIST_FIELDS:
        items = _split_list(value)
        if field == "languages":
            return [item.lower() for item in items]
        return items
    if field == "country":
        return value.upper()
    if field == "email":
        return value.lower()
    if field == "consent":
        word = value.lower()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        raise InvalidInput(f"consent must be true or false, not {raw!r}", field="consent")
    return value


def _field_of(error: msgspec.ValidationError) -> str | None:
    message = str(error)
    marker = "at `$."
    if marker in message:
        return message.split(marker, 1)[1].split("`", 1)[0].split("[", 1)[0]
    return None


def parse_attendee_csv(
    content: bytes | str, topic_slugs: Collection[str], organisation_types: Sequence[str]
) -> ParsedFile:
    """Parse and validate every row; a row is either fully valid or reported with its field.
    A file that cannot be read as attendees at all (not UTF-8, not CSV, a header naming no
    known field) is refused as a whole with Conflict, naming the body or the header: any
    text is a CSV file to the document, so only this file's content is at fault."""
    if isinstance(content, bytes):
        try:
            content = content.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise Conflict("the CSV must be UTF-8 encoded", field="body") from error
    try:
        return _parse(content, topic_slugs, organisation_types)
    except csv.Error as error:  # not CSV at all (a stray quote or line break)
        raise Conflict(f"the CSV cannot be read: {error}", field="body") from error


def _parse(
    text: str, topic_slugs: Collection[str], organisation_types: Sequence[str]
) -> ParsedFile:
    # newline="": the csv module finds the rows itself, whatever their line endings.
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [name.strip() for name in (reader.fieldnames or [])]
    if not header:
        raise Conflict("the CSV is empty: a header row of field names is needed", field="body")
    unknown = [name for name in header if name not in KNOWN_FIELDS]
    if unknown:
        raise Conflict(f"unknown column(s): {', '.join(unknown)}", field="header")
    for required in ("name", "email"):
        if required not in header:
            raise Conflict(f"the column {required!r} is required", field="header")
    reader.fieldnames = header

    rows: list[ParsedRow] = []
    errors: list[RowError] = []
    seen_emails: dict[str, int] = {}
    for row_number, record in enumerate(reader, start=2):
        if None in record:
            errors.append(RowError(row=row_number, field=None, message="more cells than columns"))
            continue
        if all(not (value or "").strip() for value in record.values()):
            continue  # blank line
        try:
            values = {
                name: _normalise_cell(name, raw or "")
                for name, raw in record.items()
                if not (name not in ("name", "email") and (raw or "").strip() == "")
            }
            attendee = msgspec.convert(values, AttendeeCreate)
            check_profile_values(msgspec.to_builtins(attendee), topic_slugs, organisation_types)
        except msgspec.ValidationError as error:
            errors.append(RowError(row=row_number, field=_field_of(error), message=str(error)))
            continue
        # a repeat, an unknown topic or organisation type (its message lists the allowed ones)
        except (InvalidInput, NotFound, Conflict) as error:
            errors.append(RowError(row=row_number, field=error.field, message=error.detail))
            continue
        first = seen_emails.get(attendee.email)
        if first is not None:
            errors.append(
                RowError(row=row_number, field="email", message=f"same e-mail as row {first}")
            )
            continue
        seen_emails[attendee.email] = row_number
        rows.append(ParsedRow(row=row_number, attendee=attendee))
    return ParsedFile(rows=rows, errors=errors)
