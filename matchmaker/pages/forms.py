"""Reading HTML forms into the same typed values the JSON API takes, so a form is checked by
exactly the rules the API applies, and reporting what is wrong next to each field."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import msgspec
from litestar.datastructures import FormMultiDict

from matchmaker.errors import InvalidInput

StructT = TypeVar("StructT", bound=msgspec.Struct)


@dataclass
class FieldErrors:
    """Messages by field name, in the order the fields were checked (an error summary at
    the top of the form links to each field, GOV.UK style)."""

    messages: dict[str, str] = field(default_factory=dict)

    def add(self, name: str, message: str) -> None:
        self.messages.setdefault(name, message)

    def __bool__(self) -> bool:
        return bool(self.messages)

    def get(self, name: str) -> str | None:
        return self.messages.get(name)


def text(form: FormMultiDict, name: str) -> str:
    """A text field, trimmed; missing is empty."""
    value = form.get(name)
    return value.strip() if isinstance(value, str) else ""


def choices(form: FormMultiDict, name: str) -> list[str]:
    """Every ticked value of a group of checkboxes, in form order, without repeats."""
    seen: list[str] = []
    for value in form.getall(name, []):
        if isinstance(value, str) and value.strip() and value.strip() not in seen:
            seen.append(value.strip())
    return seen


def ids(form: FormMultiDict, name: str) -> list[int]:
    """Every ticked numeric value; anything else is ignored (it did not come from our form)."""
    return [int(value) for value in choices(form, name) if value.isdigit() and len(value) < 19]


def one_id(form: FormMultiDict, name: str) -> int | None:
    found = ids(form, name)
    return found[0] if found else None


def field_of(error: msgspec.ValidationError) -> str | None:
    """The field msgspec names in its message (``... at `$.seeking` ``)."""
    message = str(error)
    marker = "at `$."
    if marker not in message:
        return None
    return message.split(marker, 1)[1].split("`", 1)[0].split("[", 1)[0]


def convert(values: dict[str, Any], into: type[StructT]) -> StructT:
    """``values`` as ``into``, or InvalidInput naming the field at fault."""
    try:
        return msgspec.convert(values, into)
    except msgspec.ValidationError as error:
        raise InvalidInput(str(error), field=field_of(error)) from error


def only(values: dict[str, Any], names: Iterable[str]) -> dict[str, Any]:
    wanted = set(names)
    return {name: value for name, value in values.items() if name in wanted}
