"""Match settings with a live preview: every setting as a slider or a switch; each change
asks the preview service what it would do to suggestions (coverage, how concentrated
exposure is, who is left with few good suggestions, one attendee's top five before and
after) before anything is saved. Saving goes through the same service as the API's PUT."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import msgspec
from litestar import Controller, Request, Response, get, post
from litestar.datastructures import FormMultiDict, State
from litestar.plugins.flash import flash
from litestar.response import Template

from matchmaker.attendees import service as attendees
from matchmaker.audit import service as audit
from matchmaker.errors import InvalidInput
from matchmaker.events.match_settings import MatchSettings
from matchmaker.events.models import Event
from matchmaker.events.service import get_match_settings, save_match_settings
from matchmaker.matching import PreviewReport, SampleChange
from matchmaker.pages.console.dependencies import ConsoleOrganiser, Organiser
from matchmaker.pages.console.navigation import console_path
from matchmaker.pages.console.rendering import console_page
from matchmaker.pages.forms import FieldErrors, choices, convert, text
from matchmaker.pages.i18n import N_, Translators
from matchmaker.pages.responses import see_other, wants_fragment
from matchmaker.suggestions.settings_service import preview_settings
from matchmaker.web.dependencies import Conn, CurrentEvent


@dataclass(frozen=True)
class Slider:
    name: str
    label: str
    hint: str
    minimum: float
    maximum: float
    step: float


SLIDERS: tuple[Slider, ...] = (
    Slider(
        "weight_seek_offer",
        N_("What one seeks against what the other offers"),
        N_("Weight in the ranking (relative to the others)."),
        0,
        10,
        0.1,
    ),
    Slider(
        "weight_topics",
        N_("Shared topics"),
        N_("Weight in the ranking (relative to the others)."),
        0,
        10,
        0.1,
    ),
    Slider(
        "weight_profile",
        N_("Similar profiles"),
        N_("Weight in the ranking (relative to the others)."),
        0,
        10,
        0.1,
    ),
    Slider(
        "weight_diversity",
        N_("Another city or country"),
        N_("Weight in the ranking (relative to the others)."),
        0,
        10,
        0.1,
    ),
    Slider(
        "popularity_damping",
        N_("Damping of very popular people"),
        N_("0 = none; 1 = strongest: people already suggested to very many are suggested less."),
        0,
        1,
        0.05,
    ),
    Slider(
        "max_meetings_per_person",
        N_("Meetings per person at most"),
        N_("Booked meetings one attendee may have."),
        1,
        200,
        1,
    ),
    Slider(
        "max_pending_requests",
        N_("Unanswered requests per person at most"),
        N_("Requests one attendee may have waiting for an answer."),
        1,
        1000,
        1,
    ),
    Slider(
        "request_cooldown_hours",
        N_("Hours before asking the same person again"),
        N_("After a declined or withdrawn request."),
        0,
        1440,
        1,
    ),
    Slider(
        "request_expiry_hours",
        N_("Hours before an unanswered request lapses"),
        N_("A request also lapses when its time starts."),
        1,
        2160,
        1,
    ),
)
SWITCHES: tuple[tuple[str, str], ...] = (
    ("exclude_same_organisation", N_("Never suggest colleagues from the same organisation")),
    ("require_common_language", N_("Only suggest people who share a language")),
)


def settings_values(form: FormMultiDict) -> dict[str, Any]:
    """The form's settings as the API's document (numbers from text, ticked switches)."""
    values: dict[str, Any] = {}
    for slider in SLIDERS:
        raw = text(form, slider.name).replace(",", ".")
        try:
            values[slider.name] = int(raw) if slider.step == 1 else float(raw)
        except ValueError:
            values[slider.name] = raw  # refused by the types, naming the field
    for name, _ in SWITCHES:
        values[name] = form.get(name) == "on"
    pairs: list[dict[str, str]] = []
    for kept in choices(form, "pair"):
        first, _, second = kept.partition(":")
        pairs.append({"first": first, "second": second})
    first, second = text(form, "pair_first"), text(form, "pair_second")
    if first and second and {"first": first, "second": second} not in pairs:
        pairs.append({"first": first, "second": second})
    values["disallowed_organisation_type_pairs"] = pairs
    return values


def read_settings(form: FormMultiDict) -> MatchSettings:
    return convert(settings_values(form), MatchSettings)


@dataclass(frozen=True)
class SampleView:
    """The sampled attendee whose top five the preview shows, with everyone's names."""

    name: str
    before: list[str]
    after: list[str]
    added: set[str]
    removed: set[str]


async def sample_view(conn: Conn, event: Event, report: PreviewReport) -> SampleView | None:
    """The first sampled attendee whose top five changes (else the first sampled)."""
    if not report.changes:
        return None
    change: SampleChange = next(
        (c for c in report.changes if c.added or c.removed), report.changes[0]
    )
    ids = [change.attendee_id, *change.before, *change.after]
    people = await attendees.public_profiles(conn, event, ids)

    def name(attendee_id: int) -> str:
        person = people.get(attendee_id)
        return (
            f"{person.name} ({person.organisation})"
            if person and person.organisation
            else (person.name if person else f"#{attendee_id}")
        )

    return SampleView(
        name=name(change.attendee_id),
        before=[name(i) for i in change.before],
        after=[name(i) for i in change.after],
        added={name(i) for i in change.added},
        removed={name(i) for i in change.removed},
    )


def changed(before: MatchSettings, after: MatchSettings) -> dict[str, Any]:
    """The audit entry's details: each setting changed, with its old and new value."""
    old, new = msgspec.to_builtins(before), msgspec.to_builtins(after)
    return {
        "changed": {
            name: {"from": old[name], "to": new[name]} for name in new if old.get(name) != new[name]
        }
    }


def refusal(request: Request[Any, Any, Any], error: InvalidInput) -> FieldErrors:
    """The refused setting, worded for the reader (the form's own limits, translated)."""
    translators: Translators = request.app.state.translators
    t = translators.for_connection(request)
    errors = FieldErrors()
    slider = next((s for s in SLIDERS if s.name == error.field), None)
    if slider is not None:
        errors.add(
            slider.name,
            t.gettext(
                "%(setting)s: choose a value from %(min)s to %(max)s.",
                setting=t.gettext(slider.label),
                min=_number(slider.minimum),
                max=_number(slider.maximum),
            ),
        )
    else:
        errors.add("settings", t.gettext("These settings cannot be used."))
    return errors


def _number(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def _type_options(event: Event, settings: MatchSettings) -> list[str]:
    used = [t for p in settings.disallowed_organisation_type_pairs for t in (p.first, p.second)]
    own = event.organisation_type_slugs()
    return own + [t for t in dict.fromkeys(used) if t not in own]


class MatchSettingsPages(Controller):
    @get("/match-settings", name="console:match-settings")
    async def form(
        self, request: Request[Any, Any, Any], conn: Conn, event: CurrentEvent, organiser: Organiser
    ) -> Template:
        settings = await get_match_settings(conn, event.id)
        return _page(request, event, organiser, settings, FieldErrors())

    @post("/match-settings/preview")
    async def preview(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        organiser: Organiser,
        state: State,
    ) -> Template:
        form = await request.form()
        errors = FieldErrors()
        report = sample = None
        try:
            candidate = read_settings(form)
        except InvalidInput as error:
            errors = refusal(request, error)
            candidate = None
        if candidate is not None:
            report = await preview_settings(conn, state.matchers, event, candidate)
            if report is not None:
                sample = await sample_view(conn, event, report)
        template = "console/_settings_preview.html" if wants_fragment(request) else None
        if template is not None:
            return console_page(
                request,
                template,
                event=event,
                organiser=organiser,
                active="match_settings",
                report=report,
                sample=sample,
                errors=errors,
                previewed=True,
            )
        shown = candidate or await get_match_settings(conn, event.id)
        return _page(
            request,
            event,
            organiser,
            shown,
            errors,
            report=report,
            sample=sample,
            previewed=True,
            status_code=422 if errors else 200,
        )

    @post("/match-settings")
    async def save(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        organiser: Organiser,
    ) -> Template | Response[Any]:
        form = await request.form()
        try:
            candidate = read_settings(form)
        except InvalidInput as error:
            errors = refusal(request, error)
            current = await get_match_settings(conn, event.id)
            return _page(request, event, organiser, current, errors, status_code=422)
        async with conn.transaction():
            before = await get_match_settings(conn, event.id)
            await save_match_settings(conn, event.id, candidate)
            await audit.record(
                conn, event.id, organiser, "match_settings.saved", changed(before, candidate)
            )
        translators: Translators = request.app.state.translators
        t = translators.for_connection(request)
        flash(
            request,
            t.gettext("The match settings are saved; suggestions follow them now."),
            "success",
        )
        return see_other(request, console_path(event.slug, "match-settings"))


def _page(
    request: Request[Any, Any, Any],
    event: Event,
    organiser: ConsoleOrganiser,
    settings: MatchSettings,
    errors: FieldErrors,
    *,
    status_code: int = 200,
    **context: Any,
) -> Template:
    context.setdefault("report", None)
    context.setdefault("sample", None)
    context.setdefault("previewed", False)
    return console_page(
        request,
        "console/match_settings.html",
        event=event,
        organiser=organiser,
        active="match_settings",
        status_code=status_code,
        settings=msgspec.to_builtins(settings),
        sliders=SLIDERS,
        switches=SWITCHES,
        type_options=_type_options(event, settings),
        type_labels={entry.slug: entry.label for entry in event.organisation_types},
        errors=errors,
        **context,
    )
