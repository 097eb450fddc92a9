"""The dashboard's figures and the geometry to draw them: every chart is a list of shapes in
a fixed view box (the SVG scales to the screen) plus the numbers shown again as a table."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import asyncpg

from matchmaker.dashboard import repository
from matchmaker.events.models import Event
from matchmaker.sessions.times import shown

WIDTH = 600
BAR_HEIGHT = 28
BAR_GAP = 10
PLOT_HEIGHT = 200
FUNNEL_STEPS = (
    "imported",
    "signed_in",
    "consented",
    "profile_complete",
    "sent_request",
    "has_meeting",
)
STATUSES = ("pending", "accepted", "declined", "withdrawn", "expired", "cancelled")
HISTOGRAM_LAST = 10  # meetings counts past this share the last bar ("10+")
CELL = 24


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float
    kind: str
    """What the shape stands for (a funnel step, a status, "booked"): its CSS class."""
    title: str
    """What a pointer over it reads (an SVG <title>)."""


@dataclass(frozen=True)
class Label:
    x: float
    y: float
    text: str
    anchor: str = "start"


@dataclass(frozen=True)
class Chart:
    width: float
    height: float
    rects: list[Rect] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)


@dataclass(frozen=True)
class FunnelStep:
    key: str
    attendees: int
    share: float
    """Of the imported attendees."""


@dataclass(frozen=True)
class DayRequests:
    day: date
    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class HistogramBin:
    meetings: int
    attendees: int
    open_ended: bool = False


@dataclass(frozen=True)
class SessionUse:
    session_id: int
    name: str
    slots: list[datetime]
    tables: list[str]
    booked: list[list[bool]]
    """booked[slot][table]."""

    @property
    def share(self) -> float:
        cells = sum(len(row) for row in self.booked)
        return sum(sum(row) for row in self.booked) / cells if cells else 0.0

    def slot_share(self, index: int) -> float:
        row = self.booked[index]
        return sum(row) / len(row) if row else 0.0


@dataclass(frozen=True)
class TopicBalance:
    """One topic: attendees interested in it, and the seeking / offering needs closest to it
    in meaning (see topic_needs)."""

    slug: str
    label: str
    interested: int
    seeking: int
    offering: int


def _scale(value: float, top: float, length: float) -> float:
    return round(value / top * length, 2) if top > 0 else 0.0


def funnel_chart(steps: list[FunnelStep], names: dict[str, str]) -> Chart:
    top = max((s.attendees for s in steps), default=0)
    row = BAR_HEIGHT + BAR_GAP + 18
    chart = Chart(width=WIDTH, height=row * len(steps) + 4)
    for i, step in enumerate(steps):
        y = i * row
        text = f"{names.get(step.key, step.key)}: {step.attendees}"
        chart.labels.append(Label(0, y + 14, text))
        width = max(_scale(step.attendees, top, WIDTH - 2), 1.0)
        chart.rects.append(Rect(0, y + 20, width, BAR_HEIGHT, step.key, text))
    return chart


def grouped_bars(
    rows: list[tuple[str, list[tuple[str, int, str]]]], *, width: float = WIDTH
) -> Chart:
    """Horizontal bars, one group per row label, one bar per (kind, value, title)."""
    top = max((v for _, bars in rows for _, v, _ in bars), default=0)
    per_bar = 14
    y = 0.0
    chart = Chart(width=width, height=0)
    for label, bars in rows:
        chart.labels.append(Label(0, y + 14, label))
        y += 20
        for kind, value, title in bars:
            chart.rects.append(
                Rect(0, y, max(_scale(value, top, width - 2), 1.0), per_bar - 2, kind, title)
            )
            y += per_bar
        y += BAR_GAP
    return Chart(width=width, height=y + 4, rects=chart.rects, labels=chart.labels)


def stacked_columns(
    days: list[DayRequests], names: dict[str, str], day_label: dict[date, str]
) -> Chart:
    top = max((d.total for d in days), default=0)
    chart = Chart(width=WIDTH, height=PLOT_HEIGHT + 40)
    if not days:
        return chart
    slot = WIDTH / len(days)
    bar = max(min(slot * 0.7, 60.0), 2.0)
    for i, day in enumerate(days):
        x = round(i * slot + (slot - bar) / 2, 2)
        base = float(PLOT_HEIGHT)
        for status in STATUSES:
            count = day.counts.get(status, 0)
            if not count:
                continue
            height = _scale(count, top, PLOT_HEIGHT - 20)
            base -= height
            title = f"{day_label[day.day]} · {names.get(status, status)}: {count}"
            chart.rects.append(Rect(x, round(base, 2), bar, height, status, title))
        chart.labels.append(Label(round(x + bar / 2, 2), base - 4, str(day.total), "middle"))
        if len(days) <= 14 or i % max(1, len(days) // 7) == 0:
            chart.labels.append(
                Label(round(x + bar / 2, 2), PLOT_HEIGHT + 18, day_label[day.day], "middle")
            )
    return chart


def histogram_chart(bins: list[HistogramBin]) -> Chart:
    top = max((b.attendees for b in bins), default=0)
    chart = Chart(width=WIDTH, height=PLOT_HEIGHT + 40)
    if not bins:
        return chart
    slot = WIDTH / len(bins)
    for i, item in enumerate(bins):
        height = _scale(item.attendees, top, PLOT_HEIGHT - 20)
        x = round(i * slot + 2, 2)
        label = f"{item.meetings}+" if item.open_ended else str(item.meetings)
        chart.rects.append(
            Rect(
                x, PLOT_HEIGHT - height, slot - 4, height, "attendees", f"{label}: {item.attendees}"
            )
        )
        chart.labels.append(
            Label(x + (slot - 4) / 2, PLOT_HEIGHT - height - 4, str(item.attendees), "middle")
        )
        chart.labels.append(Label(x + (slot - 4) / 2, PLOT_HEIGHT + 18, label, "middle"))
    return chart


def heatmap(use: SessionUse, slot_label: dict[datetime, str]) -> Chart:
    left = 64.0
    top = 20.0
    chart = Chart(
        width=left + CELL * max(1, len(use.tables)) + 60,
        height=top + CELL * max(1, len(use.slots)) + 4,
    )
    for j, table in enumerate(use.tables):
        chart.labels.append(Label(left + j * CELL + CELL / 2, 14, table, "middle"))
    for i, starts in enumerate(use.slots):
        y = top + i * CELL
        chart.labels.append(Label(0, y + CELL * 0.65, slot_label[starts]))
        for j, table in enumerate(use.tables):
            kind = "booked" if use.booked[i][j] else "free"
            chart.rects.append(
                Rect(
                    left + j * CELL + 1,
                    y + 1,
                    CELL - 2,
                    CELL - 2,
                    kind,
                    f"{slot_label[starts]} · {table}",
                )
            )
        percent = round(use.slot_share(i) * 100)
        chart.labels.append(
            Label(left + len(use.tables) * CELL + 6, y + CELL * 0.65, f"{percent}%")
        )
    return chart


def histogram_bins(counts: dict[int, int]) -> list[HistogramBin]:
    """Attendees per number of meetings, 0 up to the largest; from HISTOGRAM_LAST on, one
    open-ended bar."""
    last = min(max(counts, default=0), HISTOGRAM_LAST)
    return [
        HistogramBin(n, sum(v for k, v in counts.items() if k >= n), True)
        if n == HISTOGRAM_LAST
        else HistogramBin(n, counts.get(n, 0))
        for n in range(last + 1)
    ]


@dataclass
class _SessionCells:
    name: str
    slots: dict[int, datetime] = field(default_factory=dict)
    tables: dict[int, str] = field(default_factory=dict)
    booked: dict[tuple[int, int], bool] = field(default_factory=dict)


def _session_uses(rows: list[Any], timezone: str) -> list[SessionUse]:
    sessions: dict[int, _SessionCells] = {}
    for r in rows:
        cells = sessions.setdefault(r["session_id"], _SessionCells(r["session_name"]))
        cells.slots[r["slot_id"]] = shown(r["starts_at"], timezone)
        cells.tables[r["table_id"]] = r["table_label"]
        cells.booked[(r["slot_id"], r["table_id"])] = r["booked"]
    return [
        SessionUse(
            session_id=session_id,
            name=cells.name,
            slots=list(cells.slots.values()),
            tables=list(cells.tables.values()),
            booked=[
                [cells.booked[(slot_id, table_id)] for table_id in cells.tables]
                for slot_id in cells.slots
            ],
        )
        for session_id, cells in sessions.items()
    ]


async def dashboard_figures(
    conn: asyncpg.Connection, event: Event, needs: Mapping[str, tuple[int, int]]
) -> tuple[
    list[FunnelStep], list[DayRequests], list[HistogramBin], list[SessionUse], list[TopicBalance]
]:
    """Every chart's numbers, read fresh; `needs` per topic slug (needs sought, offered)."""
    row = await repository.funnel(conn, event.id)
    imported = row["imported"]
    funnel = [
        FunnelStep(key, row[key], round(row[key] / imported, 4) if imported else 0.0)
        for key in FUNNEL_STEPS
    ]
    per_day: dict[date, dict[str, int]] = defaultdict(dict)
    for r in await repository.requests_by_day(conn, event.id, event.timezone):
        per_day[r["day"]][r["status"]] = r["requests"]
    requests = [DayRequests(day, counts) for day, counts in sorted(per_day.items())]
    counts = {
        r["meetings"]: r["attendees"]
        for r in await repository.meetings_per_attendee(conn, event.id)
    }
    bins = histogram_bins(counts)
    uses = _session_uses(await repository.table_use(conn, event.id), event.timezone)
    topics = [
        TopicBalance(r["slug"], r["label"], r["interested"], *needs.get(r["slug"], (0, 0)))
        for r in await repository.topic_interest(conn, event.id)
    ]
    return funnel, requests, bins, uses, topics
