"""The schedule groups meetings by day and puts the "now" marker before the first meeting
still to come today — after the last one when all of today's are over, nowhere on other
days."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from matchmaker.booking.schemas import AgendaItem
from matchmaker.pages.attendee.schedule import by_day
from matchmaker.sessions.schemas import SlotOut, TableOut

BRUSSELS = ZoneInfo("Europe/Brussels")


def meeting(number: int, starts: datetime) -> AgendaItem:
    return AgendaItem(
        meeting_id=number,
        status="booked",
        session_id=1,
        session_name="Networking",
        slot=SlotOut(id=number, starts_at=starts, ends_at=starts + timedelta(minutes=20)),
        table=TableOut(id=1, label="Table 1"),
        partner=None,
        request_id=None,
        booked_at=starts - timedelta(days=1),
        cancelled_at=None,
        uid=f"{number}@matchmaker",
        sequence=0,
        updated_at=starts - timedelta(days=1),
    )


def test_the_now_marker_stands_before_the_next_meeting_of_today_only() -> None:
    now = datetime(2024, 3, 20, 11, 5, tzinfo=BRUSSELS)
    items = [
        meeting(1, datetime(2024, 3, 20, 10, 0, tzinfo=BRUSSELS)),
        meeting(2, datetime(2024, 3, 20, 11, 0, tzinfo=BRUSSELS)),  # under way: still to come
        meeting(3, datetime(2024, 3, 20, 14, 0, tzinfo=BRUSSELS)),
        meeting(4, datetime(2024, 3, 21, 9, 0, tzinfo=BRUSSELS)),
    ]
    today, tomorrow = by_day(items, now)
    assert [i.meeting_id for i in today.items] == [1, 2, 3]
    assert today.now_before == 1
    assert tomorrow.now_before is None
    (evening,) = by_day(items[:3], now.replace(hour=20))
    assert evening.now_before == 3  # after the last meeting
