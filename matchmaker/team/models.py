"""Organiser accounts as the rest of the code sees them."""

from __future__ import annotations

from datetime import datetime
from typing import Literal, get_args

import msgspec

Role = Literal["owner", "staff"]
ROLES: tuple[str, ...] = get_args(Role)


class OrganiserAccount(msgspec.Struct, frozen=True, kw_only=True):
    """One member of an event's team. The token holder is the account the organiser token
    signs in as; it has no e-mail address and cannot be removed or demoted."""

    id: int
    event_id: int
    name: str
    email: str
    role: str
    token_holder: bool
    created_at: datetime

    @property
    def is_owner(self) -> bool:
        return self.role == "owner"
