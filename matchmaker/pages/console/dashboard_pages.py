"""The dashboard: activation funnel, requests by status over time, meetings per attendee,
table use per slot, topics sought and offered. Each chart is SVG drawn on the server and
followed by its numbers as a table; the charts refresh themselves every minute."""

from __future__ import annotations

from typing import Any

from babel.dates import format_date, format_time
from litestar import Controller, Request, get
from litestar.response import Template

from matchmaker.dashboard.charts import (
    STATUSES,
    dashboard_figures,
    funnel_chart,
    grouped_bars,
    heatmap,
    histogram_chart,
    stacked_columns,
)
from matchmaker.dashboard.topic_needs import needs_per_topic
from matchmaker.events.models import Event
from matchmaker.pages.console.dependencies import ConsoleOrganiser, Organiser
from matchmaker.pages.console.rendering import console_page
from matchmaker.pages.i18n import N_, Translator, Translators
from matchmaker.web.dependencies import Conn, CurrentEvent

REFRESH_SECONDS = 60
FUNNEL_NAMES = {
    "imported": N_("Imported"),
    "signed_in": N_("Signed in"),
    "consented": N_("Consented to matchmaking"),
    "profile_complete": N_("Profile complete"),
    "sent_request": N_("Sent a request"),
    "has_meeting": N_("Has a meeting"),
}
STATUS_NAMES = {
    "pending": N_("Pending"),
    "accepted": N_("Accepted"),
    "declined": N_("Declined"),
    "withdrawn": N_("Withdrawn"),
    "expired": N_("Expired"),
    "cancelled": N_("Cancelled"),
}


def _translated(t: Translator, names: dict[str, str]) -> dict[str, str]:
    return {key: t.gettext(name) for key, name in names.items()}


async def _charts_context(
    request: Request[Any, Any, Any], conn: Conn, event: Event
) -> dict[str, Any]:
    translators: Translators = request.app.state.translators
    t = translators.for_connection(request)
    needs = await needs_per_topic(request.app.state.matchers, event)
    funnel, requests, bins, sessions, topics = await dashboard_figures(conn, event, needs)
    funnel_names = _translated(t, FUNNEL_NAMES)
    status_names = _translated(t, STATUS_NAMES)
    seeking, offering = t.gettext("Needs sought"), t.gettext("Needs offered")
    topic_rows = [
        (
            topic.label,
            [
                ("seeking", topic.seeking, f"{topic.label} · {seeking}: {topic.seeking}"),
                ("offering", topic.offering, f"{topic.label} · {offering}: {topic.offering}"),
            ],
        )
        for topic in topics
    ]
    return {
        "funnel": funnel,
        "funnel_chart": funnel_chart(funnel, funnel_names),
        "funnel_names": funnel_names,
        "requests": requests,
        "requests_chart": stacked_columns(
            requests,
            status_names,
            {d.day: format_date(d.day, "d MMM", locale=t.locale) for d in requests},
        ),
        "statuses": STATUSES,
        "status_names": status_names,
        "bins": bins,
        "histogram_chart": histogram_chart(bins),
        "sessions": [
            (use, heatmap(use, {s: format_time(s, "short", locale=t.locale) for s in use.slots}))
            for use in sessions
        ],
        "topics": topics,
        "topics_chart": grouped_bars(topic_rows),
        "refresh_seconds": REFRESH_SECONDS,
    }


class DashboardPages(Controller):
    @get("/dashboard", name="console:dashboard")
    async def dashboard(
        self, request: Request[Any, Any, Any], conn: Conn, event: CurrentEvent, organiser: Organiser
    ) -> Template:
        return _render(
            request,
            "console/dashboard.html",
            event,
            organiser,
            await _charts_context(request, conn, event),
        )

    @get("/dashboard/charts", name="console:dashboard-charts")
    async def charts(
        self, request: Request[Any, Any, Any], conn: Conn, event: CurrentEvent, organiser: Organiser
    ) -> Template:
        return _render(
            request,
            "console/_dashboard_charts.html",
            event,
            organiser,
            await _charts_context(request, conn, event),
        )


def _render(
    request: Request[Any, Any, Any],
    template: str,
    event: Event,
    organiser: ConsoleOrganiser,
    context: dict[str, Any],
) -> Template:
    return console_page(
        request, template, event=event, organiser=organiser, active="dashboard", **context
    )
