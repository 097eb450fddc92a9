"""People: suggestions with their reasons, search by meaning with filters, a person's page,
dismiss (with undo) and block (with confirmation)."""

from __future__ import annotations

import re
import time
from typing import Any

from litestar import Controller, Response, get, post
from litestar.params import FromPath
from litestar.plugins.flash import flash
from litestar.response import Template

from matchmaker.attendees import service as attendees
from matchmaker.attendees.schemas import AttendeePublic
from matchmaker.booking import requests_service
from matchmaker.booking import service as booking
from matchmaker.errors import NotFound
from matchmaker.events.service import get_match_settings
from matchmaker.pages.attendee.dependencies import View
from matchmaker.pages.attendee.labels import organisation_type_names
from matchmaker.pages.attendee.views import AttendeeView
from matchmaker.pages.forms import text
from matchmaker.pages.responses import local_path, page, wants_fragment
from matchmaker.suggestions import service as suggestions
from matchmaker.suggestions.service import SearchFilters

SUGGESTIONS = 10
MORE_SUGGESTIONS = 30
RESULTS = 20
SLOTS_SHOWN = 12
MAX_QUERY = 500
CHOICES_TTL_S = 60.0


async def _search_choices(view: AttendeeView) -> tuple[list[str], list[str]]:
    """The filters' countries and languages, recounted at most once a minute per process:
    they change rarely and counting them costs more than the rest of the page."""
    cache: dict[int, tuple[float, tuple[list[str], list[str]]]] = view.state.setdefault(
        "people_filter_choices", {}
    )
    cached = cache.get(view.event.id)
    now = time.monotonic()
    if cached is None or now - cached[0] > CHOICES_TTL_S:
        cached = (now, await suggestions.search_choices(view.conn, view.event))
        cache[view.event.id] = cached
    return cached[1]


def _filters(view: AttendeeView) -> SearchFilters:
    """The filters from the query string; values no form of ours would send are ignored."""
    params = view.request.query_params
    country = params.get("country") or None
    language = params.get("language") or None
    topic = params.get("topic") or None
    return SearchFilters(
        country=country if country and re.fullmatch(r"[A-Z]{2}", country) else None,
        language=language if language and re.fullmatch(r"[a-z]{2}", language) else None,
        topic=topic if topic in {t.slug for t in view.event.topics} else None,
    )


async def _back_to(view: AttendeeView, default: str) -> str:
    return local_path(text(await view.form(), "next"), view.path(default))


class PeoplePages(Controller):
    @get("/people", name="attendee:people")
    async def people(self, view: View) -> Template:
        query = (view.request.query_params.get("q") or "").strip()[:MAX_QUERY]
        filters = _filters(view)
        searching = bool(query) or bool(filters)
        matchers = view.state.matchers
        if searching:
            found: Any = await suggestions.search_attendees(
                view.conn, matchers, view.event, view.me, query, RESULTS, filters
            )
        else:
            more = bool(view.request.query_params.get("more"))
            settings = await get_match_settings(view.conn, view.event.id)
            found = await suggestions.suggestions_for(
                view.conn,
                matchers,
                view.event,
                view.me,
                settings,
                MORE_SUGGESTIONS if more else SUGGESTIONS,
            )
        context: dict[str, Any] = {
            "query": query,
            "filters": filters,
            "searching": searching,
            "items": found.items,
        }
        if wants_fragment(view.request):
            return page(
                view.request,
                "attendee/_people_results.html",
                event=view.event,
                me=view.me,
                **context,
            )
        t = view.t
        countries, languages = await _search_choices(view)
        return await view.render(
            "attendee/people.html",
            active="people",
            **context,
            countries=sorted(((c, t.country(c)) for c in countries), key=lambda p: p[1].lower()),
            languages=sorted(
                ((c, t.language_name(c)) for c in languages), key=lambda p: p[1].lower()
            ),
        )

    @get("/people/{attendee_id:int}", name="attendee:person")
    async def person(self, view: View, attendee_id: FromPath[int]) -> Template:
        conn, event, me = view.conn, view.event, view.me
        other = await attendees.get_attendee(conn, event, attendee_id)
        if await suggestions.is_blocked_by(conn, me, other.id):
            raise NotFound(f"no attendee {attendee_id} in this event", field="id")
        settings = await get_match_settings(conn, event.id)
        why = await suggestions.why_suggested(conn, view.state.matchers, event, me, other, settings)
        blocked = other.id in {p.id for p in await suggestions.blocked_people(conn, event, me)}
        shared = []
        if other.id != me.id and not blocked:
            shared = await booking.free_slots_together(conn, event, [me.id, other.id])
        return await view.render(
            "attendee/person.html",
            active="people",
            person=AttendeePublic.of(other),
            accepts_requests=other.consent and other.id != me.id,
            is_me=other.id == me.id,
            blocked=blocked,
            why=why,
            free_slots=shared[:SLOTS_SHOWN],
            more_slots=max(0, len(shared) - SLOTS_SHOWN),
            open_request=await requests_service.open_request_between(conn, event, me.id, other.id),
            organisation_types=organisation_type_names(view.t, event),
            now=view.now(),
        )

    @post("/people/{attendee_id:int}/dismiss")
    async def dismiss(self, view: View, attendee_id: FromPath[int]) -> Template | Response[Any]:
        await suggestions.dismiss(view.conn, view.event, view.me, attendee_id)
        other = await attendees.get_attendee(view.conn, view.event, attendee_id)
        back = await _back_to(view, "/people")
        if wants_fragment(view.request):
            return page(
                view.request, "attendee/_dismissed.html", event=view.event, person=other, next=back
            )
        undo = {
            "text": view.t.gettext("%(name)s will not be suggested again.", name=other.name),
            "action": view.path(f"/people/{other.id}/undismiss"),
            "next": back,
        }
        flash(view.request, undo, category="undo")
        return view.back(back)

    @post("/people/{attendee_id:int}/undismiss")
    async def undismiss(self, view: View, attendee_id: FromPath[int]) -> Template | Response[Any]:
        await suggestions.undismiss(view.conn, view.event, view.me, attendee_id)
        other = await attendees.get_attendee(view.conn, view.event, attendee_id)
        if wants_fragment(view.request):
            return page(view.request, "attendee/_undismissed.html", event=view.event, person=other)
        message = view.t.gettext("%(name)s may be suggested again.", name=other.name)
        return view.back(await _back_to(view, "/people"), message)

    @get("/people/{attendee_id:int}/block")
    async def confirm_block(self, view: View, attendee_id: FromPath[int]) -> Template:
        other = await attendees.get_attendee(view.conn, view.event, attendee_id)
        return await view.render("attendee/block_confirm.html", active="people", person=other)

    @post("/people/{attendee_id:int}/block")
    async def block(self, view: View, attendee_id: FromPath[int]) -> Response[Any]:
        await suggestions.block(view.conn, view.event, view.me, attendee_id)
        other = await attendees.get_attendee(view.conn, view.event, attendee_id)
        message = view.t.gettext("You blocked %(name)s.", name=other.name)
        return view.back(view.path("/people"), message)

    @post("/people/{attendee_id:int}/unblock")
    async def unblock(self, view: View, attendee_id: FromPath[int]) -> Response[Any]:
        await suggestions.unblock(view.conn, view.event, view.me, attendee_id)
        other = await attendees.get_attendee(view.conn, view.event, attendee_id)
        message = view.t.gettext("You unblocked %(name)s.", name=other.name)
        return view.back(await _back_to(view, "/me"), message)
