"""The dashboard's chart geometry: bars scale to the largest value, the histogram's last bar
gathers the long tail, the heatmap marks each booked table and each slot's share."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from matchmaker.dashboard.charts import (
    WIDTH,
    DayRequests,
    FunnelStep,
    HistogramBin,
    SessionUse,
    funnel_chart,
    heatmap,
    histogram_bins,
    histogram_chart,
    stacked_columns,
)


def test_funnel_bars_scale_to_the_first_step_and_keep_a_sliver_for_zero() -> None:
    steps = [
        FunnelStep("imported", 200, 1.0),
        FunnelStep("signed_in", 50, 0.25),
        FunnelStep("has_meeting", 0, 0.0),
    ]
    chart = funnel_chart(steps, {"imported": "Imported"})
    widths = [rect.width for rect in chart.rects]
    assert widths[0] == WIDTH - 2
    assert widths[1] == (WIDTH - 2) / 4
    assert widths[2] == 1.0  # visible, while the table says 0
    assert chart.rects[0].title == "Imported: 200"


def test_requests_stack_by_status_per_day() -> None:
    days = [
        DayRequests(date(2026, 5, 1), {"accepted": 3, "pending": 1}),
        DayRequests(date(2026, 5, 2), {"declined": 2}),
    ]
    chart = stacked_columns(days, {}, {d.day: d.day.isoformat() for d in days})
    first_day = [r for r in chart.rects if r.title.startswith("2026-05-01")]
    assert sorted(r.kind for r in first_day) == ["accepted", "pending"]
    assert sum(r.height for r in first_day) == 180.0  # the tallest day fills the plot


def test_the_histograms_last_bar_gathers_ten_and_more() -> None:
    bins = histogram_bins({0: 5, 1: 3, 12: 1, 15: 2})
    assert [(b.meetings, b.attendees, b.open_ended) for b in bins][-1] == (10, 3, True)
    assert bins[0] == HistogramBin(0, 5)
    assert len(histogram_chart(bins).rects) == 11


def test_the_heatmap_marks_booked_tables_and_each_slots_share() -> None:
    start = datetime(2026, 5, 1, 9, tzinfo=UTC)
    use = SessionUse(
        1,
        "Morning",
        [start, start + timedelta(minutes=20)],
        ["T1", "T2"],
        [[True, False], [True, True]],
    )
    chart = heatmap(use, {s: s.strftime("%H:%M") for s in use.slots})
    assert [r.kind for r in chart.rects] == ["booked", "free", "booked", "booked"]
    assert [label.text for label in chart.labels if label.text.endswith("%")] == ["50%", "100%"]
    assert use.share == 0.75
