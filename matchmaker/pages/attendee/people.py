"""People: suggestions with their reasons, search by meaning with filters, a person's page,
dismiss (with undo) and block (with confirmation)."""

from __future__ import annotations

import re
import time
from typing import Any

import asyncpg
from litestar import Controller, Request, Response, get, post
from litestar.datastructures import State
from litestar.params import FromPath
from litestar.plugins.flash import flash
from litestar.response import Template

from matchmaker.attendees import service as attendees
from matchmaker.attendees.schemas import AttendeePublic
from matchmaker.booking import requests_service
from matchmaker.booking import service as booking
from matchmaker.errors import NotFound
from matchmaker.events.models import Event
from matchmaker.events.service import get_match_settings
from matchmaker.pages.attendee.dependencies import T
from matchmaker.pages.attendee.labels import ORGANISATION_TYPES
from matchmaker.pages.attendee.views import attendee_page, event_now
from matchmaker.pages.forms import text
from matchmaker.pages.responses import local_path, page, see_other, wants_fragment
from matchmaker.suggestions import service as suggestions
from matchmaker.suggestions.service import SearchFilters
from matchmaker.web.dependencies import Conn, CurrentEvent, Me

SUGGESTIONS = 10
MORE_SUGGESTIONS = 30
RESULTS = 20
# A person's page explains why they are suggested when they are among this many.
EXPLAINED = 50
SLOTS_SHOWN = 12
MAX_QUERY = 500
CHOICES_TTL_S = 60.0


async def _search_choices(
    conn: asyncpg.Connection, event: Event, state: State
) -> tuple[list[str], list[str]]:
    """The filters' countries and languages, recounted at most once a minute per process:
    they change rarely and counting them costs more than the rest of the page."""
    cache: dict[int, tuple[float, tuple[list[str], list[str]]]] = state.setdefault(
        "people_filter_choices", {}
    )
    cached = cache.get(event.id)
    now = time.monotonic()
    if cached is None or now - cached[0] > CHOICES_TTL_S:
        cached = (now, await suggestions.search_choices(conn, event))
        cache[event.id] = cached
    return cached[1]


def _filters(request: Request[Any, Any, Any], topic_slugs: set[str]) -> SearchFilters:
    """The filters from the query string; values no form of ours would send are ignored."""
    country = request.query_params.get("country") or None
    language = request.query_params.get("language") or None
    topic = request.query_params.get("topic") or None
    return SearchFilters(
        country=country if country and re.fullmatch(r"[A-Z]{2}", country) else None,
        language=language if language and re.fullmatch(r"[a-z]{2}", language) else None,
        topic=topic if topic in topic_slugs else None,
    )


class PeoplePages(Controller):
    @get("/people", name="attendee:people")
    async def people(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        me: Me,
        state: State,
        t: T,
    ) -> Template:
        query = (request.query_params.get("q") or "").strip()[:MAX_QUERY]
        filters = _filters(request, {topic.slug for topic in event.topics})
        searching = bool(query) or bool(filters)
        if searching:
            results = await suggestions.search_attendees(
                conn, state.matchers, event, me, query, RESULTS, filters
            )
            items: list[Any] = results.items
        else:
            settings = await get_match_settings(conn, event.id)
            more = bool(request.query_params.get("more"))
            limit = MORE_SUGGESTIONS if more else SUGGESTIONS
            found = await suggestions.suggestions_for(
                conn, state.matchers, event, me, settings, limit
            )
            items = found.items
        context: dict[str, Any] = {
            "query": query,
            "filters": filters,
            "searching": searching,
            "items": items,
        }
        if wants_fragment(request):
            return page(request, "attendee/_people_results.html", event=event, me=me, **context)
        countries, languages = await _search_choices(conn, event, state)
        return await attendee_page(
            request,
            conn,
            event,
            me,
            "attendee/people.html",
            active="people",
            **context,
            countries=sorted(((c, t.country(c)) for c in countries), key=lambda p: p[1].casefold()),
            languages=sorted(
                ((c, t.language_name(c)) for c in languages), key=lambda p: p[1].casefold()
            ),
        )

    @get("/people/{attendee_id:int}", name="attendee:person")
    async def person(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        me: Me,
        state: State,
        attendee_id: FromPath[int],
    ) -> Template:
        other = await attendees.get_attendee(conn, event, attendee_id)
        if await suggestions.is_blocked_by(conn, me, other.id):
            raise NotFound(f"no attendee {attendee_id} in this event", field="id")
        settings = await get_match_settings(conn, event.id)
        found = await suggestions.suggestions_for(
            conn, state.matchers, event, me, settings, EXPLAINED
        )
        why = next((item for item in found.items if item.attendee.id == other.id), None)
        blocked = other.id in {p.id for p in await suggestions.blocked_people(conn, event, me)}
        shared = []
        if other.id != me.id and not blocked:
            shared = await booking.free_slots_together(conn, event, [me.id, other.id])
        return await attendee_page(
            request,
            conn,
            event,
            me,
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
            organisation_types=ORGANISATION_TYPES,
            now=event_now(event),
        )

    @post("/people/{attendee_id:int}/dismiss")
    async def dismiss(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        me: Me,
        t: T,
        attendee_id: FromPath[int],
    ) -> Template | Response[Any]:
        await suggestions.dismiss(conn, event, me, attendee_id)
        other = await attendees.get_attendee(conn, event, attendee_id)
        back = local_path(text(await request.form(), "next"), f"/e/{event.slug}/people")
        if wants_fragment(request):
            return page(request, "attendee/_dismissed.html", event=event, person=other, next=back)
        flash(
            request,
            {
                "text": t.gettext("%(name)s will not be suggested again.", name=other.name),
                "action": f"/e/{event.slug}/people/{other.id}/undismiss",
                "next": back,
            },
            category="undo",
        )
        return see_other(request, back)

    @post("/people/{attendee_id:int}/undismiss")
    async def undismiss(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        me: Me,
        t: T,
        attendee_id: FromPath[int],
    ) -> Template | Response[Any]:
        await suggestions.undismiss(conn, event, me, attendee_id)
        other = await attendees.get_attendee(conn, event, attendee_id)
        back = local_path(text(await request.form(), "next"), f"/e/{event.slug}/people")
        if wants_fragment(request):
            return page(request, "attendee/_undismissed.html", event=event, person=other)
        flash(request, t.gettext("%(name)s may be suggested again.", name=other.name), "success")
        return see_other(request, back)

    @get("/people/{attendee_id:int}/block")
    async def confirm_block(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        me: Me,
        attendee_id: FromPath[int],
    ) -> Template:
        other = await attendees.get_attendee(conn, event, attendee_id)
        return await attendee_page(
            request, conn, event, me, "attendee/block_confirm.html", active="people", person=other
        )

    @post("/people/{attendee_id:int}/block")
    async def block(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        me: Me,
        t: T,
        attendee_id: FromPath[int],
    ) -> Response[Any]:
        await suggestions.block(conn, event, me, attendee_id)
        other = await attendees.get_attendee(conn, event, attendee_id)
        flash(request, t.gettext("You blocked %(name)s.", name=other.name), "success")
        return see_other(request, f"/e/{event.slug}/people")

    @post("/people/{attendee_id:int}/unblock")
    async def unblock(
        self,
        request: Request[Any, Any, Any],
        conn: Conn,
        event: CurrentEvent,
        me: Me,
        t: T,
        attendee_id: FromPath[int],
    ) -> Response[Any]:
        await suggestions.unblock(conn, event, me, attendee_id)
        other = await attendees.get_attendee(conn, event, attendee_id)
        flash(request, t.gettext("You unblocked %(name)s.", name=other.name), "success")
        back = local_path(text(await request.form(), "next"), f"/e/{event.slug}/me")
        return see_other(request, back)
