"""The console's navigation: every section in the order organisers work through them. A key
is what a page passes as ``active``; the path is relative to ``/e/{event}/console/``."""

from __future__ import annotations

from dataclasses import dataclass

from matchmaker.pages.i18n import N_


@dataclass(frozen=True)
class NavItem:
    key: str
    path: str
    label: str


CONSOLE_NAV: tuple[NavItem, ...] = (
    NavItem("home", "", N_("Home")),
    NavItem("setup", "setup", N_("Setup")),
    NavItem("attendees", "attendees", N_("Attendees")),
    NavItem("sessions", "sessions", N_("Sessions")),
    NavItem("import", "import", N_("Import")),
    NavItem("match_settings", "match-settings", N_("Match settings")),
    NavItem("scheduler", "scheduler", N_("Scheduler")),
    NavItem("dashboard", "dashboard", N_("Dashboard")),
    NavItem("mail", "mail", N_("Mail")),
    NavItem("team", "team", N_("Team")),
    NavItem("audit", "audit", N_("Audit log")),
)


def console_path(event_slug: str, path: str = "") -> str:
    """The address of a console page: ``console_path("sdc", "team")`` is
    ``/e/sdc/console/team``."""
    return f"/e/{event_slug}/console/{path}"
