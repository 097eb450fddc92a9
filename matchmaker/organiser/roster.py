"""The organiser's list of attendees: search by name, e-mail or organisation, filter by
consent, sign-in, onboarding and meetings, a page at a time. No HTTP here."""

from __future__ import annotations

from dataclasses import dataclass

import asyncpg

PAGE_SIZE = 50

_ROSTER = """
select a.id, a.name, a.email, a.organisation, a.organisation_type, a.consent,
       exists (select 1 from signin_links l
               where l.attendee_id = a.id and l.last_used_at is not null) as signed_in,
       coalesce(o.completed_at is not null, false) as profile_complete,
       (select count(*) from meeting_participants p join meetings m on m.id = p.meeting_id
        where p.attendee_id = a.id and m.status = 'booked') as meetings,
       count(*) over () as total
from attendees a
left join attendee_onboarding o on o.attendee_id = a.id
where a.event_id = $1
  and ($2::text = '' or a.name ilike $2 or a.email ilike $2 or a.organisation ilike $2)
  and ($3::boolean is null or a.consent = $3)
  and ($4::boolean is null or exists (select 1 from signin_links l
        where l.attendee_id = a.id and l.last_used_at is not null) = $4)
  and ($5::boolean is null or coalesce(o.completed_at is not null, false) = $5)
  and (not $6 or not exists (select 1 from meeting_participants p
        join meetings m on m.id = p.meeting_id
        where p.attendee_id = a.id and m.status = 'booked'))
order by lower(a.name), a.id
limit $7 offset $8
"""


@dataclass(frozen=True)
class RosterFilters:
    """None: either way."""

    query: str = ""
    consent: bool | None = None
    signed_in: bool | None = None
    profile_complete: bool | None = None
    no_meetings: bool = False


@dataclass(frozen=True)
class RosterRow:
    id: int
    name: str
    email: str
    organisation: str
    organisation_type: str
    consent: bool
    signed_in: bool
    profile_complete: bool
    meetings: int


@dataclass(frozen=True)
class RosterPage:
    rows: list[RosterRow]
    total: int
    page: int
    pages: int


def _pattern(query: str) -> str:
    """A LIKE pattern matching ``query`` anywhere, its own % and _ taken literally."""
    if not query.strip():
        return ""
    escaped = query.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


async def roster(
    conn: asyncpg.Connection, event_id: int, filters: RosterFilters, page: int = 1
) -> RosterPage:
    """One page (1-based) of the event's attendees matching ``filters``, by name."""
    page = max(page, 1)
    records = await conn.fetch(
        _ROSTER,
        event_id,
        _pattern(filters.query),
        filters.consent,
        filters.signed_in,
        filters.profile_complete,
        filters.no_meetings,
        PAGE_SIZE,
        (page - 1) * PAGE_SIZE,
    )
    total = int(records[0]["total"]) if records else 0
    rows = [
        RosterRow(
            id=r["id"],
            name=r["name"],
            email=r["email"],
            organisation=r["organisation"],
            organisation_type=r["organisation_type"],
            consent=r["consent"],
            signed_in=r["signed_in"],
            profile_complete=r["profile_complete"],
            meetings=int(r["meetings"]),
        )
        for r in records
    ]
    return RosterPage(rows=rows, total=total, page=page, pages=max(1, -(-total // PAGE_SIZE)))
